import { publicSource } from '../editions/sources.ts';
import type { GuidanceStatement } from '../guidanceStatement.ts';

/**
 * What the LADO flow tells people at each moment, each statement with the sources it rests on
 * (domain brief §6.2–§6.4, §8), so "why?" can always show them.
 */

const LEGISLATION = 'https://www.legislation.gov.uk/ukpga/2018/12/schedule/1';

export const IMMEDIATE_DANGER: GuidanceStatement = {
  title: 'A child is in immediate danger',
  paragraphs: [
    'Call **999** now. Then call the front door (or, out of hours, the emergency duty team) so the child is made safe.',
    'A LADO referral is not a referral about the child. When the child is safe, carry on here so the LADO is told within the deadline.',
  ],
  citations: [publicSource('DONC'), publicSource('STAFFCC')],
};

/** What is said about the harm test whichever wording applies; the sources are those of the wording (ladoHarmTest.ts). */
export const CHILD_NOT_SAFE: GuidanceStatement = {
  title: 'Make the child safe first',
  paragraphs: [
    'You said the child is not safe, or you are not sure. Before anything else:',
    '- If a child is in immediate danger, call **999**.\n- Keep the child away from the adult concerned.\n- Call the LADO now, or out of hours the emergency duty team, and say what you have done.',
    'I have stopped the form here and kept your answers. When the child is safe, carry on: the LADO still needs the referral within the deadline.',
  ],
  citations: [publicSource('KCSIE', { locator: 'Part four: make the child safe, and tell the case manager or designated safeguarding lead at once' }), publicSource('DONC'), publicSource('STAFFCC')],
};

export const HARM_TEST: Omit<GuidanceStatement, 'citations'> = {
  title: 'The harm test',
  paragraphs: [
    'An allegation goes to the LADO when the person has done any one of the things listed. You do not need to be sure it happened: "may have" is enough.',
    'If you are not sure whether it is met, ask the LADO for a consultation. If none is met, it may be a low-level concern for your own organisation.',
  ],
};

/** Plain-English examples per harm-test limb number; the limb wording itself comes from the edition's test. */
export const HARM_TEST_EXAMPLES: Record<1 | 2 | 3 | 4, string> = {
  1: 'for example hitting, rough handling or an injury that was not an accident',
  2: 'for example assault, sexual contact or grooming, or sharing indecent images',
  3: 'for example secret messages on personal social media, or gifts and favours to one child',
  4: 'for example violence at home, or an arrest for something outside work (transferable risk)',
};

export const REFERRAL_WARNINGS: GuidanceStatement = {
  title: 'Before you go on',
  paragraphs: [
    '**Do not investigate.** Do not interview the child or the adult, and do not ask leading questions. Write down what was said, factually.',
    '**Do not tell the adult concerned** until the LADO has advised you.',
    '**Never upload, copy, view or forward indecent images of children.** Describe them, keep the device safe, and tell the police.',
    '**The child may need a separate referral** to children’s social care. A LADO referral is not a referral about the child.',
    'Do not promise anyone confidentiality. Tell parents only after the police or children’s social care agree what may be said.',
  ],
  citations: [publicSource('KCSIE'), publicSource('DONC'), publicSource('ESX')],
};

export const LOW_LEVEL_CONCERN: GuidanceStatement = {
  title: 'This sounds like a low-level concern',
  paragraphs: [
    'When none of the harm test is met, the concern is usually handled inside your organisation under its own low-level concerns policy (for example being over-friendly, having favourites, or taking photos on a personal phone).',
    'Record it as your policy says and tell your designated safeguarding lead. Several low-level concerns about the same person can together meet the harm test: if they do, refer to the LADO.',
    'If you are unsure, you can still talk to the LADO.',
  ],
  citations: [publicSource('KCSIE', { locator: 'Part four, section two: low-level concerns' })],
};

export const CONSULTATION: GuidanceStatement = {
  title: 'Ask the LADO',
  paragraphs: [
    'When you are not sure whether the harm test is met, the LADO can advise. A consultation ends in "no further action, with advice" or "please make a referral".',
    'Describe people by their role, not their name.',
  ],
  citations: [publicSource('STAFFCC')],
};

export const LAWFUL_BASIS: GuidanceStatement = {
  title: 'Sharing this information lawfully',
  paragraphs: [
    'The adult’s consent is not needed. Safeguarding children is a lawful reason to share: UK GDPR Article 6 (public task, or legitimate interests for voluntary and private organisations) and, for special category data, Article 9(2)(g) with the Data Protection Act 2018, Schedule 1, paragraph 18.',
    'Allegations can be criminal-offence data (Article 10, Data Protection Act 2018 Schedule 1 Part 3): check with your data protection officer. Data protection law is not a barrier to sharing information to keep children safe.',
  ],
  citations: [
    { source: 'Data Protection Act 2018, Schedule 1, paragraph 18', url: `${LEGISLATION}/paragraph/18` },
    { source: 'Data Protection Act 2018, Schedule 1, Part 3', url: `${LEGISLATION}/part/3` },
  ],
};

/** Why the referral asks what it asks beyond the canonical fields (domain brief §6.4–§6.5). */
export const ALLEGATION_SOURCE: GuidanceStatement = {
  title: 'Who raised it',
  paragraphs: ['LADO referral forms ask who raised the allegation and their relationship to the adult, so the LADO knows who to speak to and how the allegation came about.'],
  citations: [publicSource('NYC'), publicSource('ESX'), publicSource('DONC')],
};

export const REGULATORS: GuidanceStatement = {
  title: 'Registration and regulated activity',
  paragraphs: [
    'Whether the adult is registered with a professional regulator (for example the Teaching Regulation Agency for teachers, the NMC, the HCPC or Social Work England) and whether they work in regulated activity with children tell the LADO which referrals may follow: to the Disclosure and Barring Service, the Teaching Regulation Agency or another regulator.',
  ],
  citations: [publicSource('KCSIE', { locator: 'Part four: referrals to the DBS and the Teaching Regulation Agency' })],
};

export const OFSTED_NOTIFICATION: GuidanceStatement = {
  title: 'Settings registered with Ofsted',
  paragraphs: [
    'Registered early years providers and children’s homes tell Ofsted of allegations of serious harm or abuse, as well as the LADO. The form asks whether that has been done when the setting is registered with Ofsted.',
  ],
  citations: [
    publicSource('EYFS', { locator: 'Safeguarding and welfare requirements: allegations' }),
    publicSource('CHR40', { locator: 'Children’s Homes (England) Regulations 2015, regulation 40' }),
  ],
};

export const CHILD_DETAILS: GuidanceStatement = {
  title: 'About each child',
  paragraphs: [
    'Full names, not initials, so the LADO can check who the child is. The child’s sex, and whether they are looked after or on a child protection or child in need plan, tell the LADO whose social worker to involve.',
    'Your board may relabel or hide these questions.',
  ],
  citations: [],
};

export const REPORTING_RESTRICTIONS: GuidanceStatement = {
  title: 'Reporting restrictions',
  paragraphs: ['Allegations against teachers are covered by reporting restrictions (Education Act 2002, section 141F): keep the adult’s identity confidential.'],
  citations: [publicSource('KCSIE')],
};

/** The five outcomes of an allegation, as the LADO records them (domain brief §6.5). */
export const OUTCOME_DEFINITIONS: GuidanceStatement & { definitions: Record<'substantiated' | 'false' | 'malicious' | 'unsubstantiated' | 'unfounded', string> } = {
  title: 'Outcomes of an allegation',
  paragraphs: ['Choose the outcome that fits the evidence. Boards may group malicious allegations under unfounded.'],
  definitions: {
    substantiated: 'Substantiated: there is enough evidence to prove the allegation',
    false: 'False: there is enough evidence to disprove the allegation',
    malicious: 'Malicious: there is enough evidence to disprove the allegation, and there has been a deliberate act to deceive',
    unsubstantiated: 'Unsubstantiated: there is not enough evidence to prove or disprove the allegation; this implies neither guilt nor innocence',
    unfounded: 'Unfounded: there is no evidence or proper basis which supports the allegation',
  },
  citations: [publicSource('KCSIE', { locator: 'Part four: outcome definitions' })],
};
