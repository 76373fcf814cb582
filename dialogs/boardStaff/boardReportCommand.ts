import type { TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import { renderBoardReportCard } from '../../cards/insight/boardReportCard.ts';
import type { BoardInsight } from '../../knowledge/insight/boardInsight.ts';
import { BOARD_STAFF_ROLES } from '../boardDecisions/boardDecisionsDialog.ts';
import { movedToPrivateChat, type PrivateChatPort } from '../privateChat.ts';
import { getTurnUser, type TurnUser } from '../turnUser.ts';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The board's figures for board staff: bot/ reads them from the store. */
export interface BoardReportPort {
  lastQuarter(user: TurnUser): Promise<BoardInsight>;
  readonly insightPageUrl: string;
}

/** `board report`: last quarter's headline figures as a card, for board staff, in a one-to-one chat. */
export async function runBoardReportCommand(context: TurnContext, port: BoardReportPort, privateChat: PrivateChatPort): Promise<void> {
  if (await movedToPrivateChat(context, privateChat, 'board report')) return;
  const user = getTurnUser(context);
  if (!user.roles.some((role) => BOARD_STAFF_ROLES.includes(role))) {
    await context.sendActivity(`The board report is for the business team, chair and board admins of ${user.boardName}. You do not hold one of those roles.`);
    return;
  }
  const card = renderBoardReportCard(await port.lastQuarter(user), port.insightPageUrl);
  await context.sendActivity(MessageFactory.attachment({ contentType: ADAPTIVE_CARD, content: card }));
}
