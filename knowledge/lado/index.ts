/**
 * The LADO flow's knowledge as the rest of the product may use it: the record schemas for the record union and
 * the record types for their builders (cards/records/), the outcome values retention rules key on, and the harm
 * test's wordings for `npm run knowledge -- rules` and the inbox's labels. Everything else in knowledge/lado/ is the
 * flow's own (eslint.config.js enforces it).
 */
export type { LadoHarmTestLimb } from './harmTestLimbs.ts';
export { ladoConsultationSchema, type LadoConsultation } from './ladoConsultation.ts';
export { ladoDecisionSchema, type LadoDecision } from './ladoDecision.ts';
export { LADO_HARM_TESTS } from './ladoHarmTest.ts';
export { LADO_OUTCOMES, ladoOutcomeSchema, type LadoOutcome, type LadoOutcomeValue } from './ladoOutcome.ts';
export { ladoReferralSchema, type LadoReferral } from './ladoReferral.ts';
