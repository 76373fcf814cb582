import { format } from 'date-fns/format';
import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import { NO_LEVEL, type BoardInsight, type MonthTimeliness, type OnTimeCounts } from '../../../knowledge/insight/boardInsight.ts';
import { renderBarChart } from './barChart.ts';
import { renderLineChart } from './lineChart.ts';
import { renderMatrixChart } from './matrixChart.ts';

/** A level as people read it: the threshold document's name for it, or what "no level" means. */
export function levelTitle(board: Board, level: string): string {
  if (level === NO_LEVEL) return 'No level chosen';
  const known = board.thresholds.levels.find((candidate) => candidate.id === level);
  return known ? `${known.id}: ${known.name}` : level;
}

/** A level in a grid's heading, where a full name does not fit: 'Level 3', 'None'. */
const shortLevelTitle = (level: string) => (level === NO_LEVEL ? 'None' : `Level ${level}`);

/** '2026-04' → 'Apr 2026'. */
const monthTitle = (month: string) => format(new Date(`${month}-15T12:00:00Z`), 'MMM yyyy');

function timelinessChart(id: string, title: string, months: readonly MonthTimeliness[], countsOf: (month: MonthTimeliness) => OnTimeCounts): string {
  const points = months.map((month) => {
    const counts = countsOf(month);
    return { label: monthTitle(month.month), percent: counts.share === null ? null : Math.round(counts.share * 100), detail: String(counts.total) };
  });
  const measured = points.filter((point) => point.percent !== null).length;
  return renderLineChart({
    id,
    title,
    description: `Percentage on time in each of ${points.length} months; ${measured} months had something due.`,
    valueName: 'On time',
    points,
  });
}

/** Suggested level (rows) × chosen level (columns), summed over agencies; levels in the threshold document's order. */
function overrideChart(board: Board, insight: BoardInsight): string {
  const levels = [...board.thresholds.levels].sort((a, b) => a.order - b.order).map((level) => level.id);
  const chosen = insight.overrides.matrix.some((cell) => cell.chosenLevel === NO_LEVEL) ? [...levels, NO_LEVEL] : levels;
  const counts = levels.map((suggested) =>
    chosen.map((level) => insight.overrides.matrix.filter((cell) => cell.suggestedLevel === suggested && cell.chosenLevel === level).reduce((sum, cell) => sum + cell.count, 0)),
  );
  return renderMatrixChart({
    id: 'override-matrix',
    title: 'Level suggested against level chosen',
    description: `Of ${insight.overrides.total} threshold checks, ${insight.overrides.same} chose the suggested level, ${insight.overrides.up} a higher one, ${insight.overrides.down} a lower one and ${insight.overrides.other} another.`,
    rowName: 'Suggested',
    columnName: 'Chosen',
    rowLabels: levels.map(shortLevelTitle),
    columnLabels: chosen.map(shortLevelTitle),
    counts,
  });
}

/** The page's charts: timeliness over time, the mix of levels chosen, and the override matrix. */
export function renderInsightCharts(board: Board, insight: BoardInsight): string {
  const levels = insight.levelMix.levels;
  return [
    timelinessChart('lado-timeliness', 'LADO referrals within one working day, by month', insight.timelinessByMonth, (month) => month.ladoReferrals),
    timelinessChart('notification-timeliness', 'Serious incident notifications on time, by month', insight.timelinessByMonth, (month) => month.seriousIncidentNotifications),
    renderBarChart({
      id: 'level-mix',
      title: 'Threshold checks by level chosen',
      description: levels.map(({ level, count }) => `${levelTitle(board, level)}: ${count}`).join('; ') || 'No threshold checks in the period.',
      valueName: 'Threshold checks',
      bars: levels.map(({ level, count }) => ({ label: levelTitle(board, level), value: count })),
    }),
    overrideChart(board, insight),
  ].join('\n');
}
