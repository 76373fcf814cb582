import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { ALERT_REFRESH_VERB, alertActionSchema, type AlertAction } from '../../cards/adaptive/submissionContract.ts';
import { speakerOnly } from '../../dialogs/privateChat.ts';
import { refusalFor, type TurnUser } from '../../dialogs/turnUser.ts';
import { boardItemOf, saveBoardItemProgress, type BoardItem, type BoardItemProgress } from '../boardInbox/boardItemStore.ts';
import { mayOpen, rolesInWords, rolesThatMayOpen } from '../boardInbox/itemAccess.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import { appendAuditEntry } from '../audit/auditLog.ts';
import type { AlertActionDefinition, AlertActionRegistry } from './alertActions.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './alertCardContent.ts';
import type { StoredAlertCard } from './alertCardStore.ts';
import type { AlertRouter } from './alertRouter.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import { systemTime } from '../systemTime.ts';

/** The invoke Teams sends for a Universal Action (Action.Execute). */
export const ADAPTIVE_CARD_ACTION_INVOKE = 'adaptiveCard/action';

export interface AlertActionHandlerOptions {
  db: Database;
  router: AlertRouter;
  actions: AlertActionRegistry;
  logger: LogSink;
  clock?: TimeSource;
}

/** What came of a press: the card to show, a sentence for the person who pressed, or a press that is not a card's. */
type ActionResult = { kind: 'card'; card: AdaptiveCardJson } | { kind: 'message'; text: string } | { kind: 'malformed' };

const PROGRESS_FIELDS: ReadonlyArray<keyof BoardItemProgress> = ['state', 'acknowledgedBy', 'assigneeIdentity', 'assigneeName'];

const UNKNOWN_CARD_TEXT = 'I cannot find that alert any more. Type **open items** to see the board’s open items.';

/**
 * Alert card buttons, in both shapes (see alertActionSchema): a Universal Action invoke, answered with the
 * refreshed card, and the Action.Submit fallback, a message. Either way the posted card is updated for everyone,
 * and every press, refresh and refusal is audited. Who may press is who may open the record (itemAccess.ts).
 */
export class AlertActionHandler {
  readonly #options: AlertActionHandlerOptions;
  readonly #clock: TimeSource;

  constructor(options: AlertActionHandlerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemTime;
  }

  /** True for the activities this handler answers: the card-action invoke, or a message carrying an alert action. */
  handles(context: TurnContext): boolean {
    const { type, name, value } = context.activity;
    if (type === ActivityTypes.Invoke) return name === ADAPTIVE_CARD_ACTION_INVOKE;
    return type === ActivityTypes.Message && alertActionSchema.safeParse(value).success;
  }

  async handle(context: TurnContext, user: TurnUser | undefined): Promise<void> {
    if (context.activity.type === ActivityTypes.Invoke) {
      const result = await this.#invokeResult(context, user);
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: invokeResponseOf(result) });
      return;
    }
    const result = await this.#perform(alertActionSchema.parse(context.activity.value), user);
    // Refusals and "not found" go to the person who pressed (only they see it where the channel allows).
    if (result.kind === 'message') await context.sendActivity(speakerOnly(result.text));
  }

  async #invokeResult(context: TurnContext, user: TurnUser | undefined): Promise<ActionResult> {
    const invoke = (context.activity.value ?? {}) as { action?: { verb?: unknown; data?: unknown } };
    const data = alertActionSchema.safeParse({ ...(invoke.action?.data as object | undefined), verb: invoke.action?.verb });
    if (!data.success) return { kind: 'malformed' };
    return this.#perform(data.data, user);
  }

  async #perform(action: AlertAction, user: TurnUser | undefined): Promise<ActionResult> {
    const current = await this.#options.router.currentRecordCard(action.cardId);
    if (!current) return { kind: 'message', text: UNKNOWN_CARD_TEXT };
    const { item } = current;
    const allowed = user !== undefined && mayActOn(user, item);
    if (action.verb === ALERT_REFRESH_VERB) {
      await this.#audit(user, item, allowed ? 'alert.refreshed' : 'alert.refreshRefused', action.verb);
      return allowed ? { kind: 'card', card: current.content } : { kind: 'message', text: refusalText(user, item, 'see this alert') };
    }

    const definition = this.#options.actions.find(action.verb);
    if (!definition) return { kind: 'message', text: 'That button is not one I recognise. Please use the buttons on the latest card.' };
    if (!allowed) {
      await this.#audit(user, item, 'alert.actionRefused', action.verb);
      return { kind: 'message', text: refusalText(user, item, `use **${definition.title}** on this alert`) };
    }
    const updated = await this.#apply(definition, item.recordId, user);
    const card = await this.#options.router.renderRecordCard(current.card, updated);
    await this.#updatePosted(current.card, card);
    return { kind: 'card', card };
  }

  /** Applies the action under the item's row lock, so two presses at once both count, and audits it with the change. */
  async #apply(definition: AlertActionDefinition, recordId: string, user: TurnUser): Promise<BoardItem> {
    const at = this.#clock.now();
    return this.#options.db.transaction(async (tx) => {
      const item = await boardItemOf(tx, recordId, { forUpdate: true });
      if (!item) throw new Error('board item disappeared');
      const progress = definition.apply(item, { identity: user.identity, roles: user.roles, ...(user.displayName ? { displayName: user.displayName } : {}) });
      const changed = PROGRESS_FIELDS.some((field) => progress[field] !== item[field]);
      if (changed) await saveBoardItemProgress(tx, recordId, progress, at);
      await appendAuditEntry(tx, {
        actor: user.identity,
        action: `alert.${definition.verb}`,
        recordId,
        detail: { reference: item.reference, state: progress.state, changed },
      });
      return { ...item, ...progress };
    });
  }

  async #updatePosted(card: StoredAlertCard, content: AdaptiveCardJson): Promise<void> {
    try {
      await this.#options.router.updatePostedCard(card, content);
    } catch (error) {
      // The change is stored; the card catches up at its next refresh or action.
      this.#options.logger.warn({ reference: card.reference, errorType: errorTypeOf(error) }, 'alert card could not be updated');
    }
  }

  async #audit(user: TurnUser | undefined, item: BoardItem, action: string, verb: string): Promise<void> {
    await appendAuditEntry(this.#options.db, {
      actor: user?.identity ?? 'unknown',
      action,
      recordId: item.recordId,
      detail: { reference: item.reference, verb },
    });
  }
}

/** The same rule as opening the record: the speaker's board, and a role that may open this record type. */
function mayActOn(user: TurnUser, item: BoardItem): boolean {
  return user.boardId === item.boardId && mayOpen(user.roles, item.recordType);
}

function refusalText(user: TurnUser | undefined, item: BoardItem, what: string): string {
  const text = `Sorry, only ${rolesInWords(rolesThatMayOpen(item.recordType))} of this board can ${what}. Nothing was changed. ` + 'If you need access, ask your board’s business team.';
  return user ? refusalFor(user, text) : text;
}

/**
 * The invoke response of a Universal Action: the refreshed card, a message for the person who pressed, or, for
 * data no card of ours sends, a 400 in the Universal Actions error shape (Teams shows it to that person only).
 */
function invokeResponseOf(result: ActionResult): { status: number; body: object } {
  switch (result.kind) {
    case 'card':
      return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card } };
    case 'message':
      return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.text } };
    case 'malformed':
      return {
        status: 400,
        body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'That button is not from one of my alert cards. Nothing was changed.' } },
      };
  }
}
