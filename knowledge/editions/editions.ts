import { formatLongDate } from '../calendar/isoDate.ts';
import { CLOCK_CATALOGUE } from '../clocks/clockCatalogue.ts';
import { editionIdSchema, EDITION_IDS, type EditionId } from './editionId.ts';
import type { EditionPack } from './editionPack.ts';
import { WT2010_INCIDENT_CRITERIA, WT2013_INCIDENT_CRITERIA, WT2015_INCIDENT_CRITERIA, WT2018_INCIDENT_CRITERIA, WT2023_INCIDENT_CRITERIA } from './incidentCriteria.ts';
import { WT2010_NOTIFICATIONS, WT2013_NOTIFICATIONS, WT2015_NOTIFICATIONS, WT2018_NOTIFICATIONS, WT2023_NOTIFICATIONS } from './notificationSteps.ts';
import type { Rule } from './rule.ts';
import { RULES, type RuleId } from './rules.ts';
import { publicSource, seedSource } from './sources.ts';
import { THRESHOLD_RESPONSE_DEFAULTS } from './thresholdDefaults.ts';

type PackDefinition = Omit<EditionPack, 'clocks' | 'rules' | 'supersededBanner' | 'thresholdResponses'> & {
  ruleIds: readonly RuleId[];
  /** Those of ruleIds that a later pack keeps from WT2013 whose only source is the 2013 local guide: P? there, not S. */
  carriedForwardRuleIds?: readonly RuleId[];
};

function carriedForward(rule: Rule): Rule {
  return { ...rule, status: 'P?', note: 'Stated for WT2013 in a 2013 local guide; this edition’s own wording has not been checked.' };
}

function buildPack({ ruleIds, carriedForwardRuleIds = [], ...definition }: PackDefinition): EditionPack {
  const { until } = definition.inForce;
  return {
    ...definition,
    clocks: CLOCK_CATALOGUE.filter((clock) => clock.editions.includes(definition.id)),
    rules: ruleIds.map((ruleId) => (carriedForwardRuleIds.includes(ruleId) ? carriedForward(RULES[ruleId]) : RULES[ruleId])),
    thresholdResponses: THRESHOLD_RESPONSE_DEFAULTS,
    ...(until === undefined
      ? {}
      : {
          supersededBanner: `Superseded edition: ${definition.title} applied from ${formatLongDate(definition.inForce.from)} to ${formatLongDate(until)}. Use it only for cases that began under it; Working Together 2023 is current.`,
        }),
  };
}

const REVIEW_BELOW_THRESHOLD_OR_NONE = ['A learning review of a case below the serious case review threshold', 'A review of good practice', 'No review, with the reasons recorded'];
const LOCAL_REVIEW_OR_NONE = ['A local learning review under the partnership’s own arrangements', 'No review, with the reasons recorded'];

const PACKS: Record<EditionId, EditionPack> = {
  wt2010: buildPack({
    id: 'wt2010',
    title: 'Working Together to Safeguard Children 2010',
    inForce: { from: '2010-03-17', until: '2013-04-14', citations: [seedSource('002', 'L556')] },
    board: 'Local Safeguarding Children Board (LSCB)',
    reviewModel: 'Serious case review: individual management reviews, overview report, Annex B executive summary',
    nationalOversight: 'Government Office (the DfE from 21 February 2011); Ofsted evaluates serious case reviews',
    ruleIds: ['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.8', '13.2'],
    incidentCriteria: WT2010_INCIDENT_CRITERIA,
    reviewDecisionBy: 'LSCB chair',
    reviewDecidedWhereChildLives: false,
    learningAlternatives: ['A multi-agency learning review below the serious case review threshold, under the board’s own arrangements', 'No review, with the reasons recorded'],
    notifications: WT2010_NOTIFICATIONS,
  }),
  wt2013: buildPack({
    id: 'wt2013',
    title: 'Working Together to Safeguard Children 2013',
    inForce: { from: '2013-04-15', until: '2015-03-25', citations: [seedSource('004', 'L12'), publicSource('WT13')] },
    board: 'Local Safeguarding Children Board (LSCB)',
    reviewModel: 'Serious case review using any learning model consistent with the principles',
    nationalOversight: 'National panel of independent experts on serious case reviews (from June 2013)',
    ruleIds: ['10.1', '10.2', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7'],
    incidentCriteria: WT2013_INCIDENT_CRITERIA,
    reviewDecisionBy: 'LSCB chair, advised and challenged by the national panel',
    reviewDecidedWhereChildLives: false,
    learningAlternatives: REVIEW_BELOW_THRESHOLD_OR_NONE,
    notifications: WT2013_NOTIFICATIONS,
  }),
  wt2015: buildPack({
    id: 'wt2015',
    title: 'Working Together to Safeguard Children 2015',
    inForce: { from: '2015-03-26', until: '2018-06-28', citations: [publicSource('NIP')] },
    board: 'Local Safeguarding Children Board (LSCB)',
    reviewModel: 'Serious case review',
    nationalOversight: 'National panel of independent experts on serious case reviews',
    ruleIds: ['10.1', '13.2', '13.3', '13.4', '13.5', '15.1', '15.2', '15.3', '15.4'],
    carriedForwardRuleIds: ['13.3', '13.4', '13.5'],
    incidentCriteria: WT2015_INCIDENT_CRITERIA,
    seriousHarmDefinition: RULES['15.2'],
    reviewDecisionBy: 'Chair of the LSCB where the child normally lives',
    reviewDecidedWhereChildLives: true,
    learningAlternatives: REVIEW_BELOW_THRESHOLD_OR_NONE,
    notifications: WT2015_NOTIFICATIONS,
  }),
  wt2018: buildPack({
    id: 'wt2018',
    title: 'Working Together to Safeguard Children 2018',
    inForce: { from: '2018-06-29', until: '2023-12-14', citations: [publicSource('SOLI'), publicSource('SOLILIF')] },
    board: 'LSCB, then the safeguarding partners (new arrangements in place by 29 September 2019)',
    reviewModel: 'Rapid review, then a local child safeguarding practice review where the criteria are met',
    nationalOversight: 'Child Safeguarding Practice Review Panel',
    ruleIds: ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6'],
    incidentCriteria: WT2018_INCIDENT_CRITERIA,
    seriousHarmDefinition: RULES['18.5'],
    reviewDecisionBy: 'The safeguarding partners, after the rapid review',
    reviewDecidedWhereChildLives: false,
    learningAlternatives: LOCAL_REVIEW_OR_NONE,
    notifications: WT2018_NOTIFICATIONS,
  }),
  wt2023: buildPack({
    id: 'wt2023',
    title: 'Working Together to Safeguard Children 2023',
    inForce: { from: '2023-12-15', citations: [publicSource('GOVDIFF'), publicSource('CUMB')] },
    board: 'Safeguarding partners',
    reviewModel: 'Rapid review, then a local child safeguarding practice review where the criteria are met',
    nationalOversight: 'Child Safeguarding Practice Review Panel',
    ruleIds: ['18.1', '18.2', '18.3', '18.4', '18.6', '23.1', '23.2', '23.3'],
    incidentCriteria: WT2023_INCIDENT_CRITERIA,
    seriousHarmDefinition: RULES['23.1'],
    reviewDecisionBy: 'The safeguarding partners, after the rapid review',
    reviewDecidedWhereChildLives: false,
    learningAlternatives: LOCAL_REVIEW_OR_NONE,
    notifications: WT2023_NOTIFICATIONS,
  }),
};

/** The pack for an edition id, in either case ('WT2013' or 'wt2013'). Throws with the valid ids otherwise. */
export function getEdition(id: string): EditionPack {
  const parsed = editionIdSchema.safeParse(id);
  if (!parsed.success) throw new Error(`Unknown edition "${id}": use one of ${EDITION_IDS.join(', ')}.`);
  return PACKS[parsed.data];
}

/** Every shipped pack, oldest first. */
export function listEditions(): EditionPack[] {
  return EDITION_IDS.map((id) => PACKS[id]);
}

/** What a board must settle before going live on an edition: P? items to confirm, U clocks to set. */
export function goLiveChecklist(id: EditionId): { confirmBeforeGoLive: string[]; boardMustSet: string[] } {
  const pack = PACKS[id];
  return {
    confirmBeforeGoLive: [
      ...pack.rules.filter((rule) => rule.status === 'P?').map((rule) => `rule ${rule.id}`),
      ...pack.clocks.filter((clock) => clock.status === 'P?').map((clock) => `clock ${clock.id}`),
    ],
    boardMustSet: pack.clocks.filter((clock) => clock.status === 'U').map((clock) => clock.id),
  };
}
