/**
 * The LADO flow's forms as the rest of the product may use them: every form, so the inbox can label a LADO
 * record's fields, and the referral's sections and child shape for its record builder (cards/records/).
 */
export { ladoConsultationForm } from './ladoConsultationForm.ts';
export { ladoDecisionForm } from './ladoDecisionForm.ts';
export { ladoGateForm } from './ladoGateForm.ts';
export { ladoOutcomeForm } from './ladoOutcomeForm.ts';
export { childRecordOf, LADO_REFERRAL_SECTIONS, ladoReferralForm } from './ladoReferralForm.ts';
