import type { LadoHarmTestLimb } from './harmTestLimbs.ts';

/** Besides the limbs themselves, the two answers the harm-test question allows. */
export const NOT_SURE = 'notSure';
export const NONE_MET = 'none';
export type HarmTestAnswer = LadoHarmTestLimb | typeof NOT_SURE | typeof NONE_MET;

export type GateDecision =
  | { route: 'referral'; limbs: LadoHarmTestLimb[]; childReferralAlsoNeeded: boolean }
  | { route: 'consultation'; childReferralAlsoNeeded: boolean }
  | { route: 'lowLevel'; childReferralAlsoNeeded: boolean };

/** Any limb → referral; not sure → consultation; none → low-level concern (domain brief §6.2). */
export function gateDecisionOf(values: { harmTest?: unknown; childReferralAlsoNeeded?: unknown }): GateDecision {
  const chosen = Array.isArray(values.harmTest) ? (values.harmTest as HarmTestAnswer[]) : [];
  const childReferralAlsoNeeded = values.childReferralAlsoNeeded === true;
  if (chosen.includes(NOT_SURE)) return { route: 'consultation', childReferralAlsoNeeded };
  const limbs = chosen.filter((answer): answer is LadoHarmTestLimb => answer !== NONE_MET);
  if (limbs.length === 0) return { route: 'lowLevel', childReferralAlsoNeeded };
  return { route: 'referral', limbs, childReferralAlsoNeeded };
}
