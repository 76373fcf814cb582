import { addCalendarMonths, type IsoDate } from '../calendar/isoDate.ts';
import { londonDate } from '../calendar/london.ts';

/** The London day a role given in chat is due for an admin's review: the board's review period after it was last confirmed. */
export function roleReviewDueOn(confirmedAt: Date, reviewMonths: number): IsoDate {
  return addCalendarMonths(londonDate(confirmedAt), reviewMonths);
}

export function isRoleReviewDue(confirmedAt: Date, reviewMonths: number, now: Date): boolean {
  return londonDate(now) >= roleReviewDueOn(confirmedAt, reviewMonths);
}
