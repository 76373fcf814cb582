import type { Activity } from 'botbuilder';
import { guidanceCard } from '../../cards/templates/guidanceCard.ts';
import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { cardMessage } from './cardMessage.ts';

/** A statement as a card naming the guidance edition it comes from. */
export function statementMessage(statement: GuidanceStatement, edition: EditionId): Partial<Activity> {
  return cardMessage(guidanceCard(statement, [{ label: 'Guidance edition', value: getEdition(edition).title }]));
}
