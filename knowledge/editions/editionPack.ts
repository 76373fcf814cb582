import type { Citation } from '../citation.ts';
import type { IsoDate } from '../calendar/isoDate.ts';
import type { Clock } from '../clocks/clock.ts';
import type { EditionId } from './editionId.ts';
import type { IncidentCriterion } from './incidentCriteria.ts';
import type { NotificationStep } from './notificationSteps.ts';
import type { Rule } from './rule.ts';
import type { ThresholdResponseDefault } from './thresholdDefaults.ts';

/** One edition of Working Together as a rule pack: everything the product applies for a board on that edition. */
export type EditionPack = {
  id: EditionId;
  title: string;
  inForce: { from: IsoDate; until?: IsoDate; citations: readonly Citation[] };
  /** Shown on every card of a case under an older edition. Absent for the current edition. */
  supersededBanner?: string;
  board: string;
  reviewModel: string;
  nationalOversight: string;
  clocks: readonly Clock[];
  rules: readonly Rule[];
  incidentCriteria: readonly IncidentCriterion[];
  /** How the edition defines "seriously harmed", where it does. */
  seriousHarmDefinition?: Rule;
  reviewDecisionBy: string;
  /** WT2015: the LSCB where the child normally lives decides whether to hold a review. */
  reviewDecidedWhereChildLives: boolean;
  learningAlternatives: readonly string[];
  thresholdResponses: readonly ThresholdResponseDefault[];
  notifications: readonly NotificationStep[];
};
