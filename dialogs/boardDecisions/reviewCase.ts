import { criteriaAnswersFromNotification } from '../../cards/seriousIncident/seriousIncidentDecisionForm.ts';
import type { SectionValues } from '../../cards/forms/formSpec.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { seriousIncidentNotificationSchema } from '../../knowledge/seriousIncident/seriousIncidentNotification.ts';
import type { CaseRecord } from './reviewCasePort.ts';

/** What a board-staff walk needs to know of its case: the notification it is linked to and the edition it was stamped with. */
export type ReviewCaseFacts = {
  reference: string;
  /** The case keeps the edition it was notified under, whatever the board uses now. */
  edition: EditionId;
  /** The review criteria the notification already answers, to fill in on the decision card. */
  criteriaFromNotification: SectionValues;
};

/** The facts of a case from its records; undefined when the first record is not a readable notification. */
export function reviewCaseFactsOf(records: readonly CaseRecord[]): ReviewCaseFacts | undefined {
  const first = records[0];
  const notification = seriousIncidentNotificationSchema.safeParse(first?.record);
  if (first === undefined || !notification.success) return undefined;
  const { edition } = notification.data;
  return { reference: first.reference, edition, criteriaFromNotification: criteriaAnswersFromNotification(edition, notification.data) };
}
