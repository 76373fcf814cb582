import type { ExportedValue } from '../../knowledge/insight/suppressSmallCounts.ts';
import type { AnnualReport } from './annualReportLines.ts';

/** A cell quoted for CSV; text a spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe instead. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const valueText = (value: ExportedValue): string | number => value ?? '';

/** The annual report as CSV (RFC 4180, CRLF): the report's facts, then one row per figure, then the definitions. */
export function annualReportCsv(report: AnnualReport): string {
  const rows: Array<Array<string | number>> = [
    ['section', 'measure', 'value', 'unit'],
    ['Report', 'Board', report.boardName, ''],
    ['Report', 'Period', report.period, ''],
    ['Report', 'Guidance edition', report.editions.join('; '), ''],
    ['Report', 'Small numbers', report.suppressionNote, ''],
    ...report.lines.map((line) => [line.section, line.measure, valueText(line.value), line.unit]),
    ...report.definitions.map((definition) => ['Definition', definition.figure, definition.source ? `${definition.definition} Source: ${definition.source}.` : definition.definition, '']),
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
