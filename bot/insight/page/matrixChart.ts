import { renderFigure } from './chartFigure.ts';
import { escapeHtml } from './html.ts';

export interface MatrixChartInput {
  id: string;
  title: string;
  description: string;
  /** What the rows and the columns are, e.g. "Level the guidance suggested" and "Level chosen". */
  rowName: string;
  columnName: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** counts[row][column]. */
  counts: ReadonlyArray<ReadonlyArray<number>>;
}

const CELL = 72;
const LEFT = 96;
const TOP = 56;

/** A grid of counts, darker for more; the diagonal (rows and columns agreeing) outlined. */
export function renderMatrixChart({ id, title, description, rowName, columnName, rowLabels, columnLabels, counts }: MatrixChartInput): string {
  const largest = Math.max(1, ...counts.flat());
  const columnHeads = columnLabels.map((label, column) => `<text class="axis-label" x="${LEFT + column * CELL + CELL / 2}" y="${TOP - 10}" text-anchor="middle">${escapeHtml(label)}</text>`);
  const rows = rowLabels.flatMap((label, row) => [
    `<text class="axis-label" x="${LEFT - 8}" y="${TOP + row * CELL + CELL / 2 + 4}" text-anchor="end">${escapeHtml(label)}</text>`,
    ...columnLabels.map((_, column) => {
      const count = counts[row]?.[column] ?? 0;
      const shade = count === 0 ? 0 : Math.ceil((count / largest) * 4);
      const x = LEFT + column * CELL;
      const y = TOP + row * CELL;
      return `<rect class="cell shade-${shade}${row === column ? ' agreeing' : ''}" x="${x}" y="${y}" width="${CELL}" height="${CELL}"/><text class="cell-label shade-${shade}" x="${x + CELL / 2}" y="${y + CELL / 2 + 5}" text-anchor="middle">${count}</text>`;
    }),
  ]);
  const width = LEFT + columnLabels.length * CELL + 8;
  const height = TOP + rowLabels.length * CELL + 8;
  const heading = `<text class="axis-title" x="${LEFT}" y="16">${escapeHtml(columnName)} →</text><text class="axis-title" x="8" y="${TOP - 10}">${escapeHtml(rowName)} ↓</text>`;
  return renderFigure({
    id,
    title,
    description,
    svgBody: [heading, ...columnHeads, ...rows].join('\n'),
    width,
    height,
    table: {
      columns: [`${rowName} \\ ${columnName}`, ...columnLabels],
      rows: rowLabels.map((label, row) => ({ label, cells: columnLabels.map((_, column) => counts[row]?.[column] ?? 0) })),
    },
  });
}
