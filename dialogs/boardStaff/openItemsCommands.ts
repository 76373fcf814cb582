import type { TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import { renderRecordCard } from '../../cards/templates/recordCard.ts';
import { movedToPrivateChat, speakerOnly, type PrivateChatPort } from '../privateChat.ts';
import { getTurnUser } from '../turnUser.ts';
import type { BoardStaffCommand } from './boardStaffPhrases.ts';
import type { BoardInboxPort, OpenItemSummary } from './boardStaffPorts.ts';

type InboxCommand = Extract<BoardStaffCommand, { kind: 'openItems' | 'openRecord' }>;

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function itemLine(item: OpenItemSummary): string {
  const yours = item.assignedToSpeaker ? ' · **assigned to you**' : '';
  return `- **${item.reference}** · ${item.typeLabel} · ${item.status} · ${item.dueText}${yours}`;
}

/**
 * "my open items" lists what the speaker's roles may see (to them alone where the channel allows); "open
 * LADO-2026-000123" shows one record, in a one-to-one chat only.
 */
export async function runInboxCommand(context: TurnContext, command: InboxCommand, port: BoardInboxPort, privateChat: PrivateChatPort): Promise<void> {
  const user = getTurnUser(context);

  if (command.kind === 'openItems') {
    const items = await port.openItems(user);
    if (items === undefined) {
      await context.sendActivity(
        speakerOnly(
          `Open items are for the board staff of ${user.boardName}: the LADO sees LADO records; the business team, chair and board admins ` +
            'see serious incidents and reviews. You do not hold one of those roles.',
        ),
      );
    } else if (items.length === 0) {
      await context.sendActivity(speakerOnly('There are no open items for you right now.'));
    } else {
      const lines = [`**Open items (${items.length})**`, ...items.map(itemLine), '', 'Type **open** and a reference to see a record (I show it in a one-to-one chat).'];
      await context.sendActivity(speakerOnly(lines.join('\n')));
    }
    return;
  }

  if (await movedToPrivateChat(context, privateChat, `open ${command.reference}`)) return;
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
