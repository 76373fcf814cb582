import type { Citation, RuleStatus } from '../citation.ts';
import { publicSource, seedSource } from './sources.ts';

/** Who tells whom, and which clock times it (domain brief §7.2). External submissions are made outside the bot. */
export type NotificationStep = {
  step: string;
  from: string;
  to: string;
  /** Clocks timing this step; empty when there is none. */
  clockIds: readonly string[];
  status: RuleStatus;
  citations: readonly Citation[];
  note?: string;
};

const PANEL_DECISION_TO_START: NotificationStep = {
  step: 'Decision to start a serious case review',
  from: 'LSCB chair',
  to: 'National panel and Ofsted (reviewer names to the panel)',
  clockIds: [],
  status: 'P',
  citations: [publicSource('NPFC'), publicSource('TRIXNP'), publicSource('NP1')],
  note: 'LSCBs should have regard to the panel’s advice on starting, reviewers and publication, and comply with its requests.',
};

const PANEL_DECISION_NOT_TO_START: NotificationStep = {
  step: 'Decision not to start a serious case review',
  from: 'LSCB chair',
  to: 'National panel, with the local authority’s notification and the reasons',
  clockIds: ['PANEL_NO_SCR'],
  status: 'P',
  citations: [publicSource('NPFC')],
};

export const WT2010_NOTIFICATIONS: readonly NotificationStep[] = [
  {
    step: 'Serious incident',
    from: 'Local authority / LSCB',
    to: 'Government Office (the DfE from February 2011); the local authority also notifies Ofsted',
    clockIds: ['SIN_2010'],
    status: 'S',
    citations: [seedSource('002', 'L635'), publicSource('KNOW'), publicSource('BWD')],
  },
];

export const WT2013_NOTIFICATIONS: readonly NotificationStep[] = [
  {
    step: 'Serious incident',
    from: 'Local authority',
    to: 'Ofsted and the LSCB',
    clockIds: ['SIN_2013'],
    status: 'P?',
    citations: [publicSource('NPFC')],
  },
  PANEL_DECISION_TO_START,
  PANEL_DECISION_NOT_TO_START,
];

export const WT2015_NOTIFICATIONS: readonly NotificationStep[] = [
  {
    step: 'Notifiable incident',
    from: 'Local authority',
    to: 'Ofsted and the LSCB(s)',
    clockIds: ['SIN_2015'],
    status: 'P',
    citations: [publicSource('PDOR', { quote: 'promptly, and within five working days' })],
  },
  {
    step: 'Serious case review decision',
    from: 'LSCB chair',
    to: 'Recorded by the board; the panel is told of the decision',
    clockIds: ['SCR_DECISION'],
    status: 'P',
    citations: [publicSource('RICH')],
  },
  PANEL_DECISION_TO_START,
  PANEL_DECISION_NOT_TO_START,
];

const WT2018_ONWARDS_NOTIFICATIONS: readonly NotificationStep[] = [
  {
    step: 'Serious incident notification',
    from: 'Local authority',
    to: 'Child Safeguarding Practice Review Panel through CSINS (the Panel shares it with the DfE and Ofsted); the safeguarding partners and other affected areas are told',
    clockIds: ['SIN'],
    status: 'P',
    citations: [publicSource('SOLI'), publicSource('GOVSIN'), publicSource('NEL')],
  },
  {
    step: 'Rapid review',
    from: 'Safeguarding partners',
    to: 'Child Safeguarding Practice Review Panel',
    clockIds: ['RAPID_REVIEW'],
    status: 'P',
    citations: [publicSource('CAMBS'), publicSource('PFAQ')],
  },
  {
    step: 'Local child safeguarding practice review',
    from: 'Safeguarding partners',
    to: 'Published; a copy goes to the Panel and the Secretary of State first',
    clockIds: ['LCSPR_PUBLISH', 'LCSPR_PREPUB'],
    status: 'P',
    citations: [publicSource('TRAF')],
  },
];

export const WT2018_NOTIFICATIONS: readonly NotificationStep[] = [
  ...WT2018_ONWARDS_NOTIFICATIONS,
  {
    step: 'Death of a looked-after child',
    from: 'Local authority',
    to: 'Secretary of State and Ofsted, through the same system, whether or not abuse or neglect is suspected',
    clockIds: ['LAC_DEATH_NOTIFY'],
    status: 'P',
    citations: [publicSource('GOVSIN'), publicSource('EESM'), publicSource('NEL')],
  },
];

export const WT2023_NOTIFICATIONS: readonly NotificationStep[] = [
  ...WT2018_ONWARDS_NOTIFICATIONS,
  {
    step: 'Death of a looked-after child, or of a care leaver up to and including age 24',
    from: 'Local authority',
    to: 'Secretary of State and Ofsted, through the same system, whether or not abuse or neglect is suspected',
    clockIds: ['LAC_DEATH_NOTIFY'],
    status: 'P',
    citations: [publicSource('GOVSIN'), publicSource('EESM'), publicSource('NEL'), publicSource('SLOUGH')],
  },
];
