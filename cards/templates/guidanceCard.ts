import type { GuidanceStatement } from '../../knowledge/guidanceStatement.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from './messageCard.ts';

/** A statement as a card: its paragraphs, any facts beside them, and its sources by document title. */
export function guidanceCard(statement: GuidanceStatement, facts: Fact[] = []): AdaptiveCardJson {
  return renderMessageCard(statement.title, statement.paragraphs, facts, statement.citations);
}
