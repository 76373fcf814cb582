/**
 * Small counts in anything exported (an annual report, a CSV): 1 to 4 are shown as "fewer than 5", so a reader
 * cannot single out a child or an adult. Zero is shown: it identifies nobody. A share or a spread built on a
 * suppressed count is withheld too, or the count could be worked back from it.
 */
export const SMALL_COUNT_LIMIT = 5;
export const FEWER_THAN_FIVE = 'fewer than 5';
export const WITHHELD = 'not shown (small numbers)';

export type ExportedValue = number | typeof FEWER_THAN_FIVE | typeof WITHHELD | null;

const isSmall = (count: number) => count > 0 && count < SMALL_COUNT_LIMIT;

/** A figure as measured, before suppression: a count, a share of a total, or a spread over a number of items. */
export type ReportValue = { kind: 'count'; count: number } | { kind: 'share'; part: number; total: number } | { kind: 'hours'; hours: number | null; over: number };

export function suppressSmallCount(value: ReportValue): ExportedValue {
  switch (value.kind) {
    case 'count':
      return isSmall(value.count) ? FEWER_THAN_FIVE : value.count;
    case 'share': {
      if (value.total === 0) return null;
      const hidesACount = isSmall(value.total) || isSmall(value.part) || isSmall(value.total - value.part);
      return hidesACount ? WITHHELD : Math.round((value.part / value.total) * 1000) / 10;
    }
    case 'hours':
      return isSmall(value.over) ? WITHHELD : value.hours;
  }
}

/** Every line's value suppressed, the rest of the line as it was. */
export function suppressSmallCounts<Line extends { value: ReportValue }>(lines: readonly Line[]): Array<Omit<Line, 'value'> & { value: ExportedValue }> {
  return lines.map((line) => ({ ...line, value: suppressSmallCount(line.value) }));
}
