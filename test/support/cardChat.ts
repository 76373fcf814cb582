import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { TestConversation, type Reply } from './conversation.ts';

/** Reading the cards a conversation received, and pressing their buttons, as a user of Teams or Web Chat does. */

type CardJson = Record<string, unknown>;

/** The text of every reply, one a line. */
export const textOf = TestConversation.textOf;

export function cardsOf(replies: Reply[]): CardJson[] {
  return replies.flatMap((reply) => reply.attachments ?? []).map((attachment) => attachment.content);
}

/** Every card must parse as Adaptive Card 1.5 without warnings. */
export function cardProblems(replies: Reply[]): string[] {
  return cardsOf(replies).flatMap((card) => adaptiveCardProblems(card));
}

type FormAction = { form: string; instance: string; section: string; intent: string };

function actionsIn(node: unknown, found: FormAction[]): void {
  if (Array.isArray(node)) return node.forEach((child) => actionsIn(child, found));
  if (node === null || typeof node !== 'object') return;
  const data = (node as { data?: Partial<FormAction> }).data;
  if (data?.form !== undefined && data.instance !== undefined && data.section !== undefined && data.intent !== undefined) {
    found.push(data as FormAction);
  }
  Object.values(node).forEach((child) => actionsIn(child, found));
}

/** The data of a button on the latest form card of the conversation, e.g. its Next, or Edit of a section. */
export function formButton(chat: TestConversation, intent: string, section?: string): FormAction {
  for (const card of cardsOf(chat.transcript).reverse()) {
    const found: FormAction[] = [];
    actionsIn(card, found);
    const match = found.find((action) => action.intent === intent && (section === undefined || action.section === section));
    if (match !== undefined) return match;
  }
  throw new Error(`no "${intent}" button${section ? ` for ${section}` : ''} on any card`);
}

/** Fills in the open card and presses its Next (or Continue / Review). */
export function next(chat: TestConversation, values: Record<string, string>): Promise<Reply[]> {
  return chat.submits({ ...formButton(chat, 'next'), ...values });
}
