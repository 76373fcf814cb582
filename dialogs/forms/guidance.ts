import type { Activity } from 'botbuilder';
import { guidanceCard, type GuidanceStatement } from '../../cards/templates/guidanceStatement.ts';
import type { EditionId } from '../../knowledge/editions/editionId.ts';
import { getEdition } from '../../knowledge/editions/editions.ts';
import { cardMessage } from './cardMessage.ts';

/** A statement as a card naming the guidance edition it comes from. */
export function statementMessage(statement: GuidanceStatement, edition: EditionId): Partial<Activity> {
  return cardMessage(guidanceCard(statement, [{ label: 'Guidance edition', value: getEdition(edition).title }]));
}
