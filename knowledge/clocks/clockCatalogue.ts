import type { EditionId } from '../editions/editionId.ts';
import { publicSource, seedSource } from '../editions/sources.ts';
import type { Clock } from './clock.ts';

const ALL_EDITIONS: EditionId[] = ['wt2010', 'wt2013', 'wt2015', 'wt2018', 'wt2023'];
const WT2013_ONWARDS: EditionId[] = ['wt2013', 'wt2015', 'wt2018', 'wt2023'];
const WT2018_ONWARDS: EditionId[] = ['wt2018', 'wt2023'];
const SCR_PANEL_ERA: EditionId[] = ['wt2013', 'wt2015'];
/** Editions after WT2013, for which a 2013 local guide (seed 004) is no evidence of their own wording. */
const WT2015_ONWARDS: EditionId[] = ['wt2015', 'wt2018', 'wt2023'];
const CARRIED_FORWARD_NOTE = 'Stated for WT2013 in a 2013 local guide; this edition’s own wording has not been checked.';

/**
 * A WT2013 clock whose only source is the 2013 one-minute guide (seed 004): S for WT2013, and P? (same value,
 * to confirm) for the later editions, which the guide cannot speak for.
 */
function seedClockThroughLaterEditions(clock: Omit<Clock, 'editions' | 'status'>): Clock[] {
  return [
    { ...clock, editions: ['wt2013'], status: 'S' },
    { ...clock, editions: WT2015_ONWARDS, status: 'P?', note: clock.note === undefined ? CARRIED_FORWARD_NOTE : `${clock.note} ${CARRIED_FORWARD_NOTE}` },
  ];
}

/**
 * Every timescale of the domain brief §3, with its editions, status and citations. A clock id can
 * appear twice when editions differ (LADO_REPORT is 1 working day from WT2013 but unverified in WT2010).
 * Left out on purpose: SCR_PUBLISH_KPI (a metric, not a rule) and LLI (a proposal, "do not enforce").
 */
export const CLOCK_CATALOGUE: readonly Clock[] = [
  {
    id: 'REF_FEEDBACK', startEvent: 'Referral received by children’s social care', length: 1, unit: 'workingDays',
    endEvent: 'Referrer told how the referral is being taken forward', editions: ['wt2010'], status: 'S',
    citations: [seedSource('002', 'L486', 'direct engagement with, and feedback to, the referring professional')],
  },
  {
    id: 'REF_DECISION', startEvent: 'Referral received by children’s social care', length: 1, unit: 'workingDays',
    endEvent: 'Social worker decides the type of response and acknowledges receipt to the referrer',
    editions: ['wt2013'], status: 'S',
    citations: [seedSource('004', 'L38', 'within one working day of receiving a referral'), publicSource('MILL')],
  },
  {
    id: 'REF_DECISION', startEvent: 'Referral received by children’s social care', length: 1, unit: 'workingDays',
    endEvent: 'Social worker decides the type of response and acknowledges receipt to the referrer',
    editions: WT2015_ONWARDS, status: 'P',
    citations: [publicSource('MILL', { quote: 'within one working day' }), seedSource('004', 'L38')],
  },
  {
    id: 'IA_2010', startEvent: 'Referral', length: null, unit: null,
    endEvent: 'Initial assessment done', editions: ['wt2010'], status: 'U',
    citations: [seedSource('004', 'L39', 'previous statutory timescales of 10 days to complete an initial assessment')],
    note: 'The seed gives 10 "days" but neither the unit nor the start event is verified: the board sets both.',
  },
  {
    id: 'CA_2010', startEvent: 'Start of core assessment', length: null, unit: null,
    endEvent: 'Core assessment done', editions: ['wt2010'], status: 'U',
    citations: [seedSource('004', 'L39', '35 days for a core assessment')],
    note: 'The seed gives 35 "days" but neither the unit nor the start event is verified: the board sets both.',
  },
  {
    id: 'ASSESS', startEvent: 'Referral received ("from the point of referral")', length: 45, unit: 'workingDays',
    endEvent: 'Child and family assessment done; if exceeded, the social worker records why',
    editions: WT2013_ONWARDS, status: 'P',
    citations: [
      publicSource('TRIXA', { quote: 'no longer than 45 working days' }),
      publicSource('NLAS'),
      seedSource('004', 'L39', 'Assessments must be completed within 45 days'),
    ],
    note: 'The 2013 guide says "45 days"; working days, from the point of referral, come from the public sources.',
  },
  {
    id: 'STRATEGY', startEvent: 'Significant harm suspected', length: null, unit: null,
    endEvent: 'Strategy discussion', editions: ALL_EDITIONS, status: 'L', citations: [],
    note: 'No national clock: a local setting the board chooses and cites.',
  },
  ...seedClockThroughLaterEditions({
    id: 'ICPC', startEvent: 'The strategy discussion at which section 47 enquiries were started (if there was more than one)',
    length: 15, unit: 'workingDays', endEvent: 'Initial child protection conference convened',
    citations: [
      seedSource('004', 'L40', 'within 15 working days of the last strategy discussion'),
      publicSource('WT13', { quote: 'within 15 working days of the strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one' }),
    ],
    note: 'The 2013 guide says "the last strategy discussion"; Working Together counts from the one at which section 47 enquiries were initiated. Whether "convened" means held or arranged is a local setting; the default is held.',
  }),
  ...seedClockThroughLaterEditions({
    id: 'CORE_GROUP', startEvent: 'Initial child protection conference', length: 10, unit: 'workingDays',
    endEvent: 'First core group meeting',
    citations: [seedSource('004', 'L41', 'within 10 working days of the initial child protection conference')],
  }),
  ...seedClockThroughLaterEditions({
    id: 'CP_REVIEW_1', startEvent: 'Initial child protection conference', length: 3, unit: 'months',
    endEvent: 'First review conference',
    citations: [seedSource('004', 'L42', 'reviewed with 3 months of the initial child protection conference')],
  }),
  ...seedClockThroughLaterEditions({
    id: 'CP_REVIEW_N', startEvent: 'Previous review conference', length: 6, unit: 'months',
    endEvent: 'Next review conference', repeats: true,
    citations: [seedSource('004', 'L42', 'intervals of no more than 6 months')],
  }),
  ...seedClockThroughLaterEditions({
    id: 'TRANSFER_IN', startEvent: 'Local authority told that a child on a child protection plan is moving in',
    length: 15, unit: 'workingDays', endEvent: 'Transfer-in conference',
    citations: [seedSource('004', 'L43', 'within 15 working days of being notified')],
  }),
  {
    id: 'LADO_REPORT', startEvent: 'Allegation comes to the employer’s attention', length: 1, unit: 'workingDays',
    endEvent: 'LADO informed', editions: ['wt2013'], status: 'S',
    citations: [
      seedSource('004', 'L49', 'report any allegation to the local authority designated officer (LADO) within 1 working day'),
      publicSource('LUT'),
      publicSource('STAFFCC'),
    ],
    note: 'The seed does not state the start event; the employer becoming aware is the reading of later procedures.',
  },
  {
    id: 'LADO_REPORT', startEvent: 'Allegation comes to the employer’s attention', length: 1, unit: 'workingDays',
    endEvent: 'LADO informed', editions: WT2015_ONWARDS, status: 'P',
    citations: [publicSource('LUT'), publicSource('STAFFCC'), seedSource('004', 'L49')],
  },
  {
    id: 'LADO_REPORT', startEvent: 'Allegation comes to the employer’s attention', length: null, unit: null,
    endEvent: 'LADO informed', editions: ['wt2010'], status: 'U',
    citations: [publicSource('DARL', { locator: 'WT2010 Appendix 5' })],
    note: 'No WT2010 report-to-LADO timescale has been verified.',
  },
  {
    id: 'LADO_24H', startEvent: 'Allegation comes to the employer’s attention', length: 24, unit: 'hours',
    endEvent: 'LADO informed', editions: ALL_EDITIONS, status: 'L',
    citations: [publicSource('KIRK'), publicSource('NYC')],
    note: 'A local variant of LADO_REPORT counting elapsed hours (W5).',
  },
  {
    id: 'LADO_ACK', startEvent: 'LADO referral received', length: null, unit: null,
    endEvent: 'LADO responds to the referrer', editions: ALL_EDITIONS, status: 'L',
    citations: [publicSource('ESX'), publicSource('DONC')],
    note: 'Local procedures vary (for example 1 working day); no default ships.',
  },
  {
    id: 'LADO_MEETING', startEvent: 'LADO decides a meeting is needed', length: null, unit: null,
    endEvent: 'Strategy or evaluation meeting', editions: ALL_EDITIONS, status: 'L',
    citations: [publicSource('ESX'), publicSource('DONC')],
    note: 'Local procedures vary (for example 72 hours); no default ships.',
  },
  {
    id: 'SIN_INTERNAL', startEvent: 'Team aware of the incident', length: null, unit: null,
    endEvent: 'Internal form sent to the local authority’s serious incident lead', editions: ALL_EDITIONS,
    status: 'L', citations: [], note: 'A local sub-clock (for example 24 hours); no default ships.',
  },
  {
    id: 'SIN_2010', startEvent: 'Local authority aware of the incident', length: null, unit: null,
    endEvent: 'Government Office (DfE from 21 Feb 2011) and Ofsted notified', editions: ['wt2010'], status: 'U',
    citations: [seedSource('002', 'L635', 'monitoring the pattern of serious incident notifications'), publicSource('KNOW'), publicSource('BWD')],
    note: 'No deadline found for WT2010 notifications or LAC(2007)25; the legacy Ofsted form states none.',
  },
  {
    id: 'SIN_2013', startEvent: 'Local authority aware of the incident', length: null, unit: null,
    endEvent: 'Ofsted and the LSCB notified', editions: ['wt2013'], status: 'U',
    citations: [publicSource('NPFC'), publicSource('OFSF')],
    note: 'No WT2013 notification deadline has been verified (including any "1 or 2 working days" rule).',
  },
  {
    id: 'SIN_2015', startEvent: 'Local authority aware of the incident', length: 5, unit: 'workingDays',
    endEvent: 'Ofsted and the LSCB(s) notified', editions: ['wt2015'], status: 'P',
    citations: [publicSource('PDOR', { quote: 'promptly, and within five working days' }), publicSource('WARR')],
  },
  {
    id: 'SIN', startEvent: 'Local authority aware of the incident', length: 5, unit: 'workingDays',
    endEvent: 'Child Safeguarding Practice Review Panel notified through CSINS, and the safeguarding partners told',
    editions: WT2018_ONWARDS, status: 'P',
    citations: [publicSource('SOLI'), publicSource('GOVSIN'), publicSource('NEL')],
  },
  {
    id: 'SCR_DECISION', startEvent: 'Incident notified to the LSCB', length: 1, unit: 'months',
    endEvent: 'LSCB chair decides whether to start a serious case review', editions: ['wt2015'], status: 'P',
    citations: [publicSource('RICH', { quote: 'should normally be made within one month of notification of the incident' })],
  },
  {
    id: 'SCR_DECISION', startEvent: 'Incident notified to the LSCB', length: null, unit: null,
    endEvent: 'LSCB chair decides whether to start a serious case review', editions: ['wt2010', 'wt2013'], status: 'U',
    citations: [publicSource('RICH')],
    note: 'WT2015 says "normally within one month"; whether earlier editions said so is unconfirmed.',
  },
  {
    id: 'PANEL_NO_SCR', startEvent: 'Chair decides not to start a serious case review', length: 14, unit: 'calendarDays',
    endEvent: 'National panel told, with the notification and reasons', editions: SCR_PANEL_ERA, status: 'P',
    citations: [publicSource('NPFC')],
  },
  {
    id: 'SCR_COMPLETE', startEvent: 'Serious case review started', length: 6, unit: 'months',
    endEvent: 'Serious case review complete', editions: SCR_PANEL_ERA, status: 'P?',
    citations: [publicSource('SCIEQM')],
    note: 'An aim ("within 6 months"), not a rule: the guidance sets only suggested timeframes.',
  },
  {
    id: 'SCR_COMPLETE', startEvent: 'Serious case review started', length: null, unit: null,
    endEvent: 'Serious case review complete', editions: ['wt2010'], status: 'U',
    citations: [publicSource('FLCONS')],
    note: 'The 2009 draft of chapter 8 proposed extending the suggested timescale from four to six months; the final wording is unchecked.',
  },
  {
    id: 'SCR_ON_WEBSITE', startEvent: 'Serious case review report published', length: 12, unit: 'months',
    endEvent: 'Earliest removal from the website; the report then stays "readily available"', editions: ['wt2013'],
    status: 'S', citations: [seedSource('004', 'L78', 'published on the LSCB’s website for a minimum of 12 months')],
  },
  {
    id: 'SCR_ON_WEBSITE', startEvent: 'Serious case review report published', length: 12, unit: 'months',
    endEvent: 'Earliest removal from the website; the report then stays "readily available"', editions: ['wt2015'],
    status: 'P?', citations: [seedSource('004', 'L78', 'published on the LSCB’s website for a minimum of 12 months')],
    note: CARRIED_FORWARD_NOTE,
  },
  {
    id: 'RAPID_REVIEW', startEvent: 'The safeguarding partners became aware of the incident',
    length: 15, unit: 'workingDays', endEvent: 'Rapid review sent to the Panel', editions: WT2018_ONWARDS, status: 'P',
    citations: [publicSource('CAMBS'), publicSource('PFAQ')],
    note: 'WT2018: "within 15 working days of becoming aware"; the WT2023 wording is to be confirmed. The local authority’s awareness, recorded on the notification, starts it.',
  },
  {
    id: 'LCSPR_PUBLISH', startEvent: 'Decision to start a local child safeguarding practice review', length: 6,
    unit: 'months', endEvent: 'Final report published', editions: WT2018_ONWARDS, status: 'P',
    citations: [publicSource('TRAF')],
  },
  {
    id: 'LCSPR_PREPUB', startEvent: 'Planned publication of the review', length: null, unit: null,
    endEvent: 'Copy of the review sent to the Panel and the Secretary of State before publication', editions: WT2018_ONWARDS, status: 'U',
    citations: [], direction: 'before',
    note: 'Believed to be 7 working days before publication, but no source has been found: no built-in value. The board sets it in clockSettings with its own citation.',
  },
  {
    id: 'LAC_DEATH_NOTIFY', startEvent: 'Local authority aware of the death of a looked-after child (or, in WT2023, a care leaver up to 24)',
    length: null, unit: null, endEvent: 'Secretary of State and Ofsted notified', editions: WT2018_ONWARDS, status: 'U',
    citations: [publicSource('GOVSIN'), publicSource('SWIN'), publicSource('NYSCP')],
    note: 'Local procedures apply 5 working days, but the guidance’s own wording for these deaths has not been seen.',
  },
  {
    id: 'ANNUAL_REPORT', startEvent: 'Start of the reporting year', length: 12, unit: 'months',
    endEvent: 'Annual report published', editions: ALL_EDITIONS, status: 'S', repeats: true,
    citations: [seedSource('002', 'L582', 'publish an annual report on the effectiveness of safeguarding in the local area')],
  },
];
