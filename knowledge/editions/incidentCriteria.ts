import { z } from 'zod';
import type { Citation, RuleStatus } from '../citation.ts';
import { RULES, type RuleId } from './rules.ts';
import { publicSource } from './sources.ts';

/** What the person raising a serious incident knows; the dialog asks these before any notification. */
export const incidentAnswersSchema = z.object({
  outcome: z.enum(['died', 'seriouslyHarmed', 'neither']),
  abuseOrNeglect: z.enum(['known', 'suspected', 'notSuspected']),
  concernAboutWorkingTogether: z.boolean(),
  lookedAfter: z.boolean(),
  /** Set only when the person is a care leaver; 18 and over means an adult. */
  careLeaverAge: z.number().int().min(0).max(120).optional(),
  diedInCustody: z.boolean(),
  diedInRegulatedSetting: z.boolean(),
  incidentInArea: z.boolean(),
  /** Where the incident was not in the area: outside England (s16C(1)(b)), rather than elsewhere in England. */
  incidentOutsideEngland: z.boolean().optional(),
  normallyResidentInArea: z.boolean(),
});
export type IncidentAnswers = z.infer<typeof incidentAnswersSchema>;

export type NotificationAdvice = 'required' | 'advisable' | 'notNeeded';
export type ReviewAdvice = 'scrCriteriaMet' | 'rapidReview' | 'none';

/** All listed conditions must hold; a list means "one of". */
export type IncidentCondition = {
  outcome?: readonly IncidentAnswers['outcome'][];
  abuseOrNeglect?: readonly IncidentAnswers['abuseOrNeglect'][];
  concernAboutWorkingTogether?: boolean;
  lookedAfter?: boolean;
  diedInCustody?: boolean;
  diedInRegulatedSetting?: boolean;
  incidentInArea?: boolean;
  incidentOutsideEngland?: boolean;
  normallyResidentInArea?: boolean;
  /** A child, not an adult care leaver. */
  isChild?: boolean;
  careLeaverAgeAtMost?: number;
};

/** One limb of a pack's criteria: when it is met, and what it leads to. */
export type IncidentCriterion = {
  ruleId: string;
  text: string;
  status: RuleStatus;
  citations: readonly Citation[];
  when: IncidentCondition;
  notification?: Exclude<NotificationAdvice, 'notNeeded'>;
  review?: Exclude<ReviewAdvice, 'none'>;
  startsClocks?: readonly string[];
};

function fromRule(ruleId: RuleId): Pick<IncidentCriterion, 'ruleId' | 'status' | 'citations'> {
  const rule = RULES[ruleId];
  return { ruleId, status: rule.status, citations: rule.citations };
}

const ABUSE_KNOWN_OR_SUSPECTED = ['known', 'suspected'] as const;
const CHILD_DIED_WITH_ABUSE: IncidentCondition = { isChild: true, outcome: ['died'], abuseOrNeglect: ABUSE_KNOWN_OR_SUSPECTED };
const CHILD_HARMED_WITH_ABUSE: IncidentCondition = { isChild: true, outcome: ['seriouslyHarmed'], abuseOrNeglect: ABUSE_KNOWN_OR_SUSPECTED };
const CHILD_DIED_OR_HARMED_WITH_ABUSE: IncidentCondition = {
  isChild: true,
  outcome: ['died', 'seriouslyHarmed'],
  abuseOrNeglect: ABUSE_KNOWN_OR_SUSPECTED,
};
const REG5_HARM_AND_CONCERN: IncidentCondition = { ...CHILD_HARMED_WITH_ABUSE, concernAboutWorkingTogether: true };
const DEATH_IN_CUSTODY: IncidentCondition = { isChild: true, outcome: ['died'], diedInCustody: true };
const LOOKED_AFTER_DEATH: IncidentCondition = { outcome: ['died'], lookedAfter: true };

/** WT2010 and WT2013: the regulation 5 test with chapter 8's wording; notifications have no verified deadline. */
function seriousCaseCriteria(notificationClockId: 'SIN_2010' | 'SIN_2013', notifiedBodies: string): IncidentCriterion[] {
  return [
    {
      ...fromRule('10.1'),
      when: CHILD_DIED_WITH_ABUSE,
      review: 'scrCriteriaMet',
      startsClocks: ['SCR_DECISION'],
      text: 'Serious case: abuse or neglect is known or suspected and the child died.',
    },
    {
      ...fromRule('10.1'),
      when: REG5_HARM_AND_CONCERN,
      review: 'scrCriteriaMet',
      startsClocks: ['SCR_DECISION'],
      text: 'Serious case: abuse or neglect is known or suspected, the child was seriously harmed, and there is cause for concern about how agencies worked together.',
    },
    {
      ...fromRule('10.2'),
      when: CHILD_DIED_WITH_ABUSE,
      review: 'scrCriteriaMet',
      text: 'Chapter 8: always hold a serious case review when a child dies (including suspected suicide) and abuse or neglect is known or suspected to be a factor.',
    },
    {
      ...fromRule('13.2'),
      when: DEATH_IN_CUSTODY,
      review: 'scrCriteriaMet',
      notification: 'advisable',
      startsClocks: ['SCR_DECISION'],
      text: 'Always hold a serious case review after a death in custody, on remand, in a secure setting or while detained under the Mental Health Act.',
    },
    {
      ...fromRule('10.5'),
      when: CHILD_DIED_OR_HARMED_WITH_ABUSE,
      notification: 'required',
      startsClocks: [notificationClockId],
      text: `Serious incident: a death or serious harm where abuse or neglect is known or suspected is notified to ${notifiedBodies}. There is no national deadline on record; your board sets one.`,
    },
    {
      ruleId: '10.5',
      status: 'P?',
      citations: [publicSource('OFSF')],
      when: LOOKED_AFTER_DEATH,
      notification: 'advisable',
      startsClocks: [notificationClockId],
      text: 'The legacy Ofsted notification form lists the death of a looked-after child as a reason to notify Ofsted.',
    },
    {
      ruleId: '10.5',
      status: 'P?',
      citations: [publicSource('OFSF')],
      when: { outcome: ['died'], diedInRegulatedSetting: true },
      notification: 'advisable',
      startsClocks: [notificationClockId],
      text: 'The legacy Ofsted notification form lists a death in a children’s home as a reason to notify Ofsted.',
    },
  ];
}

export const WT2010_INCIDENT_CRITERIA = seriousCaseCriteria('SIN_2010', 'the Government Office (the DfE from 21 February 2011) and Ofsted');
export const WT2013_INCIDENT_CRITERIA = seriousCaseCriteria('SIN_2013', 'Ofsted and the LSCB');

/** WT2015: the notifiable-incident test drives notification; regulation 5 plus custody deaths drives the review. */
export const WT2015_INCIDENT_CRITERIA: readonly IncidentCriterion[] = [
  {
    ...fromRule('15.1'),
    when: CHILD_DIED_WITH_ABUSE,
    notification: 'required',
    startsClocks: ['SIN_2015'],
    text: 'Notifiable incident: a child died (including suspected suicide) and abuse or neglect is known or suspected.',
  },
  {
    ...fromRule('15.1'),
    when: CHILD_HARMED_WITH_ABUSE,
    notification: 'required',
    startsClocks: ['SIN_2015'],
    text: 'Notifiable incident: a child was seriously harmed and abuse or neglect is known or suspected.',
  },
  {
    ...fromRule('15.1'),
    when: LOOKED_AFTER_DEATH,
    notification: 'required',
    startsClocks: ['SIN_2015'],
    text: 'Notifiable incident: a looked-after child died, whatever the cause.',
  },
  {
    ...fromRule('15.1'),
    when: { outcome: ['died'], diedInRegulatedSetting: true },
    notification: 'required',
    startsClocks: ['SIN_2015'],
    text: 'Notifiable incident: a child died in a regulated setting, whatever the cause.',
  },
  {
    ...fromRule('15.3'),
    when: CHILD_DIED_WITH_ABUSE,
    review: 'scrCriteriaMet',
    startsClocks: ['SCR_DECISION'],
    text: 'Serious case review test (regulation 5): abuse or neglect is known or suspected and the child died.',
  },
  {
    ...fromRule('15.3'),
    when: REG5_HARM_AND_CONCERN,
    review: 'scrCriteriaMet',
    startsClocks: ['SCR_DECISION'],
    text: 'Serious case review test (regulation 5): abuse or neglect is known or suspected, the child was seriously harmed, and there is cause for concern about how agencies worked together.',
  },
  {
    ...fromRule('13.2'),
    when: DEATH_IN_CUSTODY,
    review: 'scrCriteriaMet',
    notification: 'required',
    startsClocks: ['SIN_2015', 'SCR_DECISION'],
    text: 'Serious case review test: a death in custody, on remand, in a secure setting or while detained under the Mental Health Act. Every serious case review case is notifiable.',
  },
];

const SECTION_16C_CRITERIA: readonly IncidentCriterion[] = [
  {
    ...fromRule('18.1'),
    when: { ...CHILD_DIED_OR_HARMED_WITH_ABUSE, incidentInArea: true },
    notification: 'required',
    review: 'rapidReview',
    startsClocks: ['SIN', 'RAPID_REVIEW'],
    text: 'Section 16C: abuse or neglect is known or suspected and the child died or was seriously harmed in this area. A rapid review follows.',
  },
  {
    ...fromRule('18.1'),
    when: { ...CHILD_DIED_OR_HARMED_WITH_ABUSE, incidentInArea: false, incidentOutsideEngland: false, normallyResidentInArea: true },
    notification: 'advisable',
    text: 'Section 16C: the child normally lives here but the incident happened elsewhere in England. The authority where it happened notifies: make sure it has.',
  },
  {
    ...fromRule('18.3'),
    when: { ...CHILD_DIED_OR_HARMED_WITH_ABUSE, concernAboutWorkingTogether: true },
    review: 'rapidReview',
    text: 'Regulation 11(c): concern about agencies working together points towards a local child safeguarding practice review, decided after the rapid review.',
  },
  {
    ...fromRule('18.1'),
    when: { ...CHILD_DIED_OR_HARMED_WITH_ABUSE, incidentInArea: false, incidentOutsideEngland: true, normallyResidentInArea: true },
    notification: 'required',
    review: 'rapidReview',
    startsClocks: ['SIN', 'RAPID_REVIEW'],
    text: 'Section 16C: abuse or neglect is known or suspected, and the child, who normally lives in this area, died or was seriously harmed outside England. This authority notifies. A rapid review follows.',
  },
  {
    ruleId: '7.2',
    status: 'P',
    citations: [publicSource('GOVSIN'), publicSource('EESM'), publicSource('NEL')],
    when: LOOKED_AFTER_DEATH,
    notification: 'required',
    startsClocks: ['LAC_DEATH_NOTIFY'],
    text: 'Death of a looked-after child: the local authority notifies the Secretary of State and Ofsted whether or not abuse or neglect is suspected.',
  },
];

export const WT2018_INCIDENT_CRITERIA: readonly IncidentCriterion[] = SECTION_16C_CRITERIA;

export const WT2023_INCIDENT_CRITERIA: readonly IncidentCriterion[] = [
  ...SECTION_16C_CRITERIA,
  {
    ...fromRule('23.2'),
    when: { outcome: ['died'], careLeaverAgeAtMost: 24 },
    notification: 'required',
    startsClocks: ['LAC_DEATH_NOTIFY'],
    text: 'Death of a care leaver up to and including age 24: the local authority notifies the Secretary of State and Ofsted whether or not abuse or neglect is suspected; no rapid review or local review is required.',
  },
];
