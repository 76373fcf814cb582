import { renderFigure } from './chartFigure.ts';
import { escapeHtml } from './html.ts';

export interface LineChartInput {
  id: string;
  title: string;
  description: string;
  /** Heading of the values' column in the table, e.g. "Within the deadline". */
  valueName: string;
  /** Percentages (0 to 100) in time order; null where there was nothing to measure. */
  points: ReadonlyArray<{ label: string; percent: number | null; detail: string }>;
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 48;
const RIGHT = 40;
const TOP = 16;
const BOTTOM = 48;

const yOf = (percent: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100);

function gridLines(): string {
  return [0, 50, 100]
    .map(
      (percent) =>
        `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${yOf(percent)}" y2="${yOf(percent)}"/><text class="axis-label" x="${LEFT - 6}" y="${yOf(percent) + 4}" text-anchor="end">${percent}%</text>`,
    )
    .join('\n');
}

/** A percentage over time: a line through the measured points (broken where nothing was measured), x-axis labels below. */
export function renderLineChart({ id, title, description, valueName, points }: LineChartInput): string {
  const step = points.length > 1 ? (WIDTH - LEFT - RIGHT) / (points.length - 1) : 0;
  const xOf = (index: number) => LEFT + index * step;
  const segments: string[][] = [[]];
  points.forEach(({ percent }, index) => {
    if (percent === null) segments.push([]);
    else segments.at(-1)!.push(`${xOf(index).toFixed(1)},${yOf(percent).toFixed(1)}`);
  });
  const lines = segments.filter((segment) => segment.length > 1).map((segment) => `<polyline class="line" points="${segment.join(' ')}"/>`);
  const dots = points.flatMap(({ percent }, index) => (percent === null ? [] : [`<circle class="dot" cx="${xOf(index).toFixed(1)}" cy="${yOf(percent).toFixed(1)}" r="4"/>`]));
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  const xLabels = points.flatMap(({ label }, index) =>
    index % labelEvery === 0 ? [`<text class="axis-label" x="${xOf(index).toFixed(1)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">${escapeHtml(label)}</text>`] : [],
  );
  return renderFigure({
    id,
    title,
    description,
    svgBody: [gridLines(), ...lines, ...dots, ...xLabels].join('\n'),
    width: WIDTH,
    height: HEIGHT,
    table: {
      columns: ['', valueName, 'Of'],
      rows: points.map(({ label, percent, detail }) => ({ label, cells: [percent === null ? 'none due' : `${percent}%`, detail] })),
    },
  });
}
