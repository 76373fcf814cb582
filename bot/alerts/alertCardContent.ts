import type { Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderAlertCard } from '../../cards/templates/alertCard.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import type { BoardItem } from '../boardInbox/boardItemStore.ts';
import { recordTypeLabel, stateLabel } from '../boardInbox/itemLabels.ts';
import type { AlertActionRegistry } from './alertActions.ts';
import { dueText } from '../messaging/dueText.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function shortened(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** The assignee as the card shows them: the board staff member's name as their chat client gave it. */
function assigneeOf(item: BoardItem): string | undefined {
  if (item.assigneeIdentity === null) return undefined;
  return shortened(item.assigneeName ?? 'A member of board staff', 80);
}

/** How the client a card goes to takes its buttons: see renderAlertCard. */
export interface AlertCardClient {
  universalActions: boolean;
  refreshUserIds?: string[];
}

/** A record's alert card as it stands: reference, type, board, due time, status, assignee and the actions on offer. */
export function recordAlertCard(item: BoardItem, cardId: string, boardName: string, actions: AlertActionRegistry, client: AlertCardClient): AdaptiveCardJson {
  const assignee = assigneeOf(item);
  return renderAlertCard({
    reference: item.reference,
    typeLabel: shortened(recordTypeLabel(item.recordType), 80),
    boardName: shortened(boardName, 80),
    dueText: dueText(item.dueBy),
    status: stateLabel(item.state),
    ...(assignee === undefined ? {} : { assignee }),
    actions: actions.offeredFor(item).map(({ verb, title }) => ({ verb, title })),
    cardId,
    universalActions: client.universalActions,
    ...(client.refreshUserIds === undefined ? {} : { refreshUserIds: client.refreshUserIds }),
  });
}

/** A delivery that stopped: board operations must act. Reference and reason only. */
export function operationsAlertCard(reference: string, reason: string, boardName: string): AdaptiveCardJson {
  return renderMessageCard(
    'Board operations: action needed',
    [reason, 'Nothing has been lost: the record is kept in the store until it is delivered.'],
    [
      { label: 'Reference', value: reference },
      { label: 'Board', value: boardName },
    ],
  );
}

export function cardActivity(card: AdaptiveCardJson): Partial<Activity> {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}
