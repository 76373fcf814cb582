import type { TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import { renderRecordCard } from '../../cards/templates/recordCard.ts';
import { isSharedConversation } from '../sharedConversation.ts';
import { getTurnUser } from '../turnUser.ts';
import type { BoardStaffCommand } from './boardStaffPhrases.ts';
import type { BoardInboxPort, OpenItemSummary } from './boardStaffPorts.ts';

type InboxCommand = Extract<BoardStaffCommand, { kind: 'openItems' | 'openRecord' }>;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function itemLine(item: OpenItemSummary): string {
  const yours = item.assignedToSpeaker ? ' · **assigned to you**' : '';
  return `- **${item.reference}** · ${item.typeLabel} · ${item.status} · ${item.dueText}${yours}`;
}

/** "my open items" lists what the speaker's roles may see; "open LADO-2026-000123" shows one record in a one-to-one chat. */
export async function runInboxCommand(context: TurnContext, command: InboxCommand, port: BoardInboxPort): Promise<void> {
  const user = getTurnUser(context);

  if (command.kind === 'openItems') {
    const items = await port.openItems(user);
    if (items === undefined) {
      await context.sendActivity(
        `Open items are for the board staff of ${user.boardName}: the LADO sees LADO records; the business team, chair and board admins ` +
          'see serious incidents and reviews. You do not hold one of those roles.',
      );
    } else if (items.length === 0) {
      await context.sendActivity('There are no open items for you right now.');
    } else {
      const lines = [`**Open items (${items.length})**`, ...items.map(itemLine), '', 'Type **open** and a reference, in a one-to-one chat with me, to see a record.'];
      await context.sendActivity(lines.join('\n'));
    }
    return;
  }

  if (isSharedConversation(context)) {
    await context.sendActivity(
      `I can’t show ${command.reference} here: this conversation has more than one person in it, and case details are only shown ` +
        `in a one-to-one chat. Open a chat with me and type **open ${command.reference}** there.`,
    );
    return;
  }
  const opening = await port.openRecord(user, command.reference);
  if (opening.kind !== 'opened') {
    // The same answer whether it does not exist or the speaker may not see it: a reference alone reveals nothing.
    await context.sendActivity(`I can’t find a record ${command.reference} that you may open. Type **open items** to see the ones you can.`);
    return;
  }
  const { details } = opening;
  const card = renderRecordCard({
    title: `${details.typeLabel} ${details.reference}`,
    marking: details.marking,
    statusLine: `Status: ${details.status}. ${details.dueText}.`,
    facts: details.facts,
    sections: details.sections,
  });
  await context.sendActivity(MessageFactory.attachment({ contentType: ADAPTIVE_CARD, content: card }));
}
