import type { EditionId } from '../editions/editionId.ts';
import type { AgeBand, AgencyType } from './boardInsight.ts';
import type { TimedFigure } from './figureDefinitions.ts';

/**
 * What the measures read: plain rows the store query makes from records, outbox rows and board items.
 * They hold kinds, levels, agencies and instants only, never a name, date of birth, address or reference.
 */

export type LadoReferralRow = { agencyType: AgencyType; edition: EditionId; allegationKnownAt: Date; submittedAt: Date };

export type LadoConsultationRow = { agencyType: AgencyType; submittedAt: Date };

export type ThresholdCheckRow = {
  agencyType: AgencyType;
  ageBand: AgeBand;
  /** The level the check pointed to; undefined when nothing ticked matched the threshold document. */
  suggestedLevel?: string;
  /** The level the practitioner chose; undefined when they took it to their safeguarding lead without choosing. */
  chosenLevel?: string;
  submittedAt: Date;
};

/** A step of a serious incident case measured against its edition's clock: started, and stopped once recorded. */
export type ReviewStepRow = { figure: Exclude<TimedFigure, 'ladoReferrals'>; edition: EditionId; startsAt: Date; stoppedAt?: Date };

export type ParkedDeliveryRow = { destination: 'webhook' | 'boardInbox' };

/** A board item nobody has acknowledged, with the end of its earliest clock. */
export type UnacknowledgedItemRow = { dueBy: Date };

export type InsightRows = {
  ladoReferrals: LadoReferralRow[];
  ladoConsultations: LadoConsultationRow[];
  thresholdChecks: ThresholdCheckRow[];
  reviewSteps: ReviewStepRow[];
  parkedDeliveries: ParkedDeliveryRow[];
  unacknowledgedItems: UnacknowledgedItemRow[];
};
