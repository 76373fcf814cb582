import { renderFigure } from './chartFigure.ts';
import { escapeHtml } from './html.ts';

export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  /** Heading of the numbers' column in the table, e.g. "Consultations". */
  valueName: string;
  bars: ReadonlyArray<{ label: string; value: number }>;
}

const WIDTH = 720;
const LABEL_WIDTH = 300;
const BAR_HEIGHT = 28;
const GAP = 10;

/** Horizontal bars, one per category, each labelled with its name and count. */
export function renderBarChart({ id, title, description, valueName, bars }: BarChartInput): string {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL_WIDTH - 60;
  const body = bars
    .map(({ label, value }, index) => {
      const y = index * (BAR_HEIGHT + GAP) + GAP;
      const length = Math.round((value / largest) * room);
      return `<g><text class="axis-label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT * 0.68}" text-anchor="end">${escapeHtml(label)}</text>
<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${BAR_HEIGHT}"/>
<text class="value-label" x="${LABEL_WIDTH + length + 6}" y="${y + BAR_HEIGHT * 0.68}">${value}</text></g>`;
    })
    .join('\n');
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  return renderFigure({
    id,
    title,
    description,
    svgBody: body,
    width: WIDTH,
    height,
    table: { columns: ['', valueName], rows: bars.map(({ label, value }) => ({ label, cells: [value] })) },
  });
}
