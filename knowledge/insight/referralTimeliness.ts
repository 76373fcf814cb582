import { workingMinutesBetween } from '../calendar/boardWorkingTime.ts';
import { AGENCY_TYPES } from '../records/fields.ts';
import type { AgencyTimeliness, OnTimeCounts, WorkingHoursSpread } from './boardInsight.ts';
import { figureClockId } from './figureDefinitions.ts';
import type { LadoReferralRow } from './insightRows.ts';
import { nearestRankPercentile } from './percentile.ts';
import { countOnTime, deadlineOf, metDeadline, type ClockBoard } from './timeliness.ts';

/** One referral measured: whether it beat its LADO_REPORT clock (undefined where the edition sets none) and the working hours it took. */
export type MeasuredLadoReferral = { row: LadoReferralRow; onTime: boolean | undefined; workingHours: number };

export function measureLadoReferral(row: LadoReferralRow, board: ClockBoard): MeasuredLadoReferral {
  const clockId = figureClockId(row.edition, 'ladoReferrals');
  const deadline = clockId === undefined ? undefined : deadlineOf(board, row.edition, clockId, row.allegationKnownAt);
  const workingHours = workingMinutesBetween(row.allegationKnownAt, row.submittedAt, board.calendar) / 60;
  return { row, onTime: deadline && metDeadline(deadline, row.submittedAt), workingHours };
}

export function ladoOnTime(referrals: readonly MeasuredLadoReferral[]): OnTimeCounts {
  return countOnTime(referrals.flatMap((referral) => (referral.onTime === undefined ? [] : [referral.onTime])));
}

/** Median and 90th percentile (nearest rank) in working hours, to one decimal place. */
export function workingHoursSpread(referrals: readonly MeasuredLadoReferral[]): WorkingHoursSpread {
  const hours = referrals.map((referral) => referral.workingHours);
  const rounded = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return { medianWorkingHours: rounded(nearestRankPercentile(hours, 50)), p90WorkingHours: rounded(nearestRankPercentile(hours, 90)) };
}

export function ladoTimelinessOf(referrals: readonly MeasuredLadoReferral[]): OnTimeCounts & WorkingHoursSpread & { byAgency: AgencyTimeliness[] } {
  const byAgency = AGENCY_TYPES.flatMap((agencyType) => {
    const ofAgency = referrals.filter((referral) => referral.row.agencyType === agencyType);
    return ofAgency.length === 0 ? [] : [{ agencyType, ...ladoOnTime(ofAgency), ...workingHoursSpread(ofAgency) }];
  });
  return { ...ladoOnTime(referrals), ...workingHoursSpread(referrals), byAgency };
}
