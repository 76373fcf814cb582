import type { ExportedValue } from '../../knowledge/insight/suppressSmallCounts.ts';
import type { AnnualReport } from './annualReportLines.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function valueText(value: ExportedValue, unit: AnnualReport['lines'][number]['unit']): string {
  if (value === null) return 'none measured';
  if (typeof value === 'string') return value;
  return unit === 'percent' ? `${value}%` : unit === 'working hours' ? `${value} working hours` : String(value);
}

function sectionTable(section: string, lines: AnnualReport['lines']): string {
  const rows = lines.map((line) => `<tr><th scope="row">${escapeHtml(line.measure)}</th><td>${escapeHtml(valueText(line.value, line.unit))}</td></tr>`);
  return `<section><h2>${escapeHtml(section)}</h2><table><thead><tr><th scope="col">Measure</th><th scope="col">Value</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #b1b4b6}
td{text-align:right}thead th{border-bottom:2px solid #0b0c0c}.marking{font-weight:bold}dt{font-weight:bold;margin-top:.8rem}`;

/** The annual report as one self-contained HTML page: no scripts, no outside files, every text escaped. */
export function annualReportHtml(report: AnnualReport): string {
  const sections = [...new Set(report.lines.map((line) => line.section))];
  const definitions = report.definitions
    .map((definition) => `<dt>${escapeHtml(definition.figure)}</dt><dd>${escapeHtml(definition.definition)}${definition.source ? ` Source: ${escapeHtml(definition.source)}.` : ''}</dd>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body><p class="marking">OFFICIAL</p><h1>${escapeHtml(report.title)}</h1>
<p>Period: ${escapeHtml(report.period)}. Guidance edition: ${escapeHtml(report.editions.join('; '))}.</p>
<p>${escapeHtml(report.suppressionNote)}</p>
${sections
  .map((section) =>
    sectionTable(
      section,
      report.lines.filter((line) => line.section === section),
    ),
  )
  .join('\n')}
<section><h2>Definitions</h2><dl>${definitions}</dl></section>
</body></html>
`;
}
