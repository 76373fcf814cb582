import { resolveClock } from '../clocks/resolveClock.ts';
import type { EffectiveClock } from '../clocks/clock.ts';
import type { EditionId } from '../editions/editionId.ts';

/**
 * What a referrer can expect after a referral to children's social care: the decision clock of the
 * edition (REF_DECISION from WT2013; REF_FEEDBACK, telling the referrer, under WT2010), with its citations.
 */
export function referralDecisionClock(edition: EditionId): EffectiveClock {
  return resolveClock(edition, edition === 'wt2010' ? 'REF_FEEDBACK' : 'REF_DECISION');
}
