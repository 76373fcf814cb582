import type { Board } from '../../../knowledge/boards/boardFiles.ts';
import { formatLongDate } from '../../../knowledge/calendar/isoDate.ts';
import { formatLondonTime, londonDate } from '../../../knowledge/calendar/london.ts';
import type { BoardInsight } from '../../../knowledge/insight/boardInsight.ts';
import { AGENCY_TITLES } from '../../../cards/thresholds/thresholdForms.ts';
import type { FilterFormValues } from '../insightFilterForm.ts';
import { renderFilterForm } from './filterForm.ts';
import { renderHeadlineFigures } from './headlineFigures.ts';
import { escapeHtml } from './html.ts';
import { renderInsightCharts } from './insightCharts.ts';
import { pageShell } from './pageShell.ts';

export interface InsightPageView {
  /** Who the page is for, in words: 'the demo user' or 'you (signed in with Microsoft)'. */
  viewer: string;
  boards: readonly Board[];
  values: FilterFormValues;
  /** Fields the form carries over unchanged (the local identity). */
  hiddenFields: Readonly<Record<string, string>>;
  /** Where signing out goes, when there is a session to end. */
  signOutPath?: string;
  /** Either the figures, or what is wrong with the filters. */
  shown: { board: Board; insight: BoardInsight } | { problems: readonly string[] };
}

function problemSummary(problems: readonly string[]): string {
  return `<div class="problems" role="alert"><h2>The filters need changing</h2><ul>${problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul></div>`;
}

function figuresFor(board: Board, insight: BoardInsight): string {
  const { period, agencyType } = insight.filter;
  const generatedAt = new Date(insight.generatedAt);
  const scope = `${escapeHtml(board.name)}, ${escapeHtml(formatLongDate(period.from))} to ${escapeHtml(formatLongDate(period.to))}, ${agencyType ? escapeHtml(AGENCY_TITLES[agencyType]) : 'every agency type'}`;
  return `<p class="scope" id="scope">${scope}. Figures as of ${escapeHtml(formatLongDate(londonDate(generatedAt)))} at ${escapeHtml(formatLondonTime(generatedAt))}; counts only, never anyone’s details.</p>
<section aria-labelledby="headline-heading"><h2 id="headline-heading">Headline figures</h2>
${renderHeadlineFigures(insight)}
</section>
<section aria-labelledby="charts-heading" class="charts"><h2 id="charts-heading">Over the period</h2>
${renderInsightCharts(board, insight)}
</section>`;
}

/** The insight page: the filters, then the figures or what is wrong with the filters. */
export function renderInsightPage({ viewer, boards, values, hiddenFields, signOutPath, shown }: InsightPageView): string {
  const signOut = signOutPath ? ` <a href="${escapeHtml(signOutPath)}">Sign out</a>` : '';
  const body = `<h1>Board insight</h1>
<p class="viewer">Showing figures to ${escapeHtml(viewer)}.${signOut}</p>
${renderFilterForm(boards, values, hiddenFields)}
${'problems' in shown ? problemSummary(shown.problems) : figuresFor(shown.board, shown.insight)}`;
  return pageShell('Board insight', body);
}
