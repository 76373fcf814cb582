import type { Citation } from '../citation.ts';
import { publicSource } from '../editions/sources.ts';

/**
 * The government's advice on sharing information to safeguard children (domain brief §8, [ISA]). It applies
 * whatever a board's own consent rules say, so the threshold check shows it beside every consent rule.
 */
export const INFORMATION_SHARING_ADVICE: Citation = publicSource('ISA');

/** What the advice means for a practitioner weighing consent, in plain words. */
export const CONSENT_PRINCIPLES = [
  'Consent is not the lawful basis for sharing information to protect a child, and you do not need it to make a referral. (A family agreeing to take up a service, such as early help, is a different thing.)',
  'Where it is safe, be open with the family and seek their agreement. Never ask where that could put the child at risk, or where the concern is about a parent.',
] as const;
