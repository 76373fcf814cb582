import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { Citation } from '../../knowledge/citation.ts';
import { formatLongDate } from '../../knowledge/calendar/isoDate.ts';
import { NO_LEVEL, type AgencyType, type InsightPeriod } from '../../knowledge/insight/boardInsight.ts';
import { AGE_BAND_TITLES, AGENCY_TITLES } from '../thresholds/thresholdForms.ts';

/** Words for the insight's codes, shared by the chat card and the exports. */

export const agencyTitle = (agencyType: AgencyType): string => AGENCY_TITLES[agencyType];

export const ageBandTitle = (ageBand: keyof typeof AGE_BAND_TITLES): string => AGE_BAND_TITLES[ageBand];

/** 'Level 3: Complex needs (child in need, s17)' from the board's threshold document; 'No level chosen' for none. */
export function levelTitle(board: Pick<Board, 'thresholds'>, levelId: string): string {
  if (levelId === NO_LEVEL) return 'No level chosen';
  const level = board.thresholds.levels.find((candidate) => candidate.id === levelId);
  return level ? `Level ${level.id}: ${level.name}` : `Level ${levelId} (not in the current threshold document)`;
}

export function periodTitle(period: InsightPeriod): string {
  return `${formatLongDate(period.from)} to ${formatLongDate(period.to)}`;
}

/** A citation as people read it: the document's title, and where in it. */
export function citationTitle(citation: Citation): string {
  return citation.locator ? `${citation.source}, ${citation.locator}` : citation.source;
}

/** 0.756 → '76%'; no share → 'none measured'. */
export function percentText(share: number | null): string {
  return share === null ? 'none measured' : `${Math.round(share * 100)}%`;
}
