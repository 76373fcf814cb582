import { escapeHtml } from './html.ts';

export interface ChartTable {
  /** Header cells: the first names the row labels' column. */
  columns: readonly string[];
  rows: ReadonlyArray<{ label: string; cells: ReadonlyArray<string | number> }>;
}

export interface ChartFigure {
  id: string;
  title: string;
  /** One or two sentences a screen reader reads for the picture: what it shows, not every number. */
  description: string;
  svgBody: string;
  width: number;
  height: number;
  table: ChartTable;
}

/**
 * A chart as a figure: the SVG picture (role="img", named by its title and described by its description) and, behind
 * it, the same figures as a table, so nothing is only in the picture.
 */
export function renderFigure({ id, title, description, svgBody, width, height, table }: ChartFigure): string {
  const header = table.columns.map((column, index) => `<th scope="col"${index === 0 ? '' : ' class="number"'}>${escapeHtml(column)}</th>`).join('');
  const rows = table.rows.map(({ label, cells }) => `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map((cell) => `<td class="number">${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<figure class="chart" id="${id}">
<figcaption><h3>${escapeHtml(title)}</h3></figcaption>
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(description)}</desc>
${svgBody}
</svg>
<details><summary>The figures as a table</summary>
<table><caption>${escapeHtml(title)}</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody></table></details>
</figure>`;
}
