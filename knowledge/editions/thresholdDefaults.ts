import type { Citation } from '../citation.ts';
import { publicSource, seedSource } from './sources.ts';

/** What a level of need leads to and what consent it needs: the demo defaults of the domain brief §5.3–5.4. Boards may tighten them. */
export type ThresholdResponseDefault = {
  level: 1 | 2 | 3 | 4;
  name: string;
  response: string;
  consent: string;
  citations: readonly Citation[];
};

const SHARE_UNLESS_IMPEDIMENT = seedSource('003', 'L571', 'unless there is specific legal impediment');

export const THRESHOLD_RESPONSE_DEFAULTS: readonly ThresholdResponseDefault[] = [
  {
    level: 1, name: 'Universal',
    response: 'Universal services, information and ongoing monitoring. No referral.',
    consent: 'Normal information sharing within the service.',
    citations: [SHARE_UNLESS_IMPEDIMENT],
  },
  {
    level: 2, name: 'Additional needs (early help)',
    response: 'Single-agency help, or an early help assessment (formerly CAF) with a lead practitioner and a team around the family.',
    consent: 'Informed consent of the parent, and of the child if old enough to understand. Early help is voluntary.',
    citations: [seedSource('004', 'L32'), SHARE_UNLESS_IMPEDIMENT],
  },
  {
    level: 3, name: 'Complex needs (child in need, s17)',
    response: 'A request for support or referral to children’s social care for an assessment under s17.',
    consent: 'Consent is needed for a s17 referral. If it is refused, record that, weigh the risk, and treat the case as level 4 if harm is likely.',
    citations: [SHARE_UNLESS_IMPEDIMENT],
  },
  {
    level: 4, name: 'Acute / child protection (s47), and any red flag',
    response: 'A child protection referral to children’s social care, by phone first and then in writing; children’s social care decides on a strategy discussion and s47 enquiry.',
    consent: 'No consent is needed. Normally tell the parents, unless that could increase the risk to the child or others, compromise a police enquiry, or the concern is intra-familial sexual abuse or fabricated illness. Record who decided and why.',
    citations: [publicSource('PORT'), SHARE_UNLESS_IMPEDIMENT],
  },
];
