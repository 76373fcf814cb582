import type { Citation } from '../../knowledge/citation.ts';
import type { AdaptiveCardJson, Fact } from '../adaptive/cardElements.ts';
import { renderMessageCard } from './messageCard.ts';

/** Something a flow tells people, with the sources it rests on, so "why?" can always show them. */
export type GuidanceStatement = { title: string; paragraphs: string[]; citations: Citation[] };

/** A statement as a card: its paragraphs, any facts beside them, and its sources by document title. */
export function guidanceCard(statement: GuidanceStatement, facts: Fact[] = []): AdaptiveCardJson {
  return renderMessageCard(statement.title, statement.paragraphs, facts, statement.citations);
}
