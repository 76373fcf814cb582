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
/** Consent is not the lawful basis for sharing to protect a child ([ISA]): the consent wording follows that advice. */
const INFORMATION_SHARING_ADVICE = publicSource('ISA');

export const THRESHOLD_RESPONSE_DEFAULTS: readonly ThresholdResponseDefault[] = [
  {
    level: 1,
    name: 'Universal',
    response: 'Universal services, information and ongoing monitoring; talk to your safeguarding lead if you remain worried.',
    consent: 'Normal information sharing within the service.',
    citations: [INFORMATION_SHARING_ADVICE, SHARE_UNLESS_IMPEDIMENT],
  },
  {
    level: 2,
    name: 'Additional needs (early help)',
    response: 'Single-agency help, or an early help assessment (formerly CAF) with a lead practitioner and a team around the family.',
    consent: 'Informed consent of the parent, and of the child if old enough to understand. Early help is voluntary.',
    citations: [seedSource('004', 'L32'), INFORMATION_SHARING_ADVICE],
  },
  {
    level: 3,
    name: 'Complex needs (child in need, s17)',
    response: 'A request for support or referral to children’s social care for an assessment under s17.',
    consent:
      'Seek the parents’ agreement to a s17 request for support where it is safe to; never where that could put the child at risk or the concern is about a parent. If it is refused, record that, weigh the risk, and treat the case as level 4 if harm is likely.',
    citations: [INFORMATION_SHARING_ADVICE],
  },
  {
    level: 4,
    name: 'Acute / child protection (s47), and any red flag',
    response: 'A child protection referral to children’s social care, by phone first and then in writing; children’s social care decides on a strategy discussion and s47 enquiry.',
    consent:
      'Consent is not the lawful basis for sharing to protect a child and is not needed to refer. Normally tell the parents, unless that could increase the risk to the child or others, compromise a police enquiry, or the concern is about a parent. Record who decided and why.',
    citations: [INFORMATION_SHARING_ADVICE],
  },
];
