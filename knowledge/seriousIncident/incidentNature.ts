import type { EditionId } from '../editions/editionId.ts';
import type { IncidentAnswers } from '../editions/incidentCriteria.ts';
import { natureAllowedIn, type IncidentNature } from './seriousIncidentNotification.ts';

/** What the notification will say happened, or undefined when there is nothing this edition can be notified of. */
export function incidentNatureOf(edition: EditionId, answers: IncidentAnswers): IncidentNature | undefined {
  if (answers.outcome === 'neither') return undefined;
  const adult = answers.careLeaverAge !== undefined && answers.careLeaverAge >= 18;
  if (answers.outcome === 'seriouslyHarmed') return adult ? undefined : 'seriousHarm';
  const candidates: Array<[boolean, IncidentNature]> = [
    [adult, 'careLeaverDeath'],
    [!adult && answers.lookedAfter, 'lookedAfterChildDeath'],
    [!adult && answers.diedInRegulatedSetting, 'deathInRegulatedSetting'],
    [!adult, 'childDeath'],
  ];
  return candidates.find(([applies, nature]) => applies && natureAllowedIn(nature, edition))?.[1];
}
