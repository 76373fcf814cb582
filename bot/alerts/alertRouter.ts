import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import type { AlertOutcome } from '../../cards/templates/receiptStatus.ts';
import type { AlertTopic } from '../../knowledge/boards/alertRoutes.ts';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { NotifySubmitter, OperationsAlert } from '../delivery/deliveryPorts.ts';
import { workerIdFor, type Lease } from '../jobs/leasedRows.ts';
import type { LogSink } from '../logging/logger.ts';
import type { Database } from '../storage/database.ts';
import { boardItemOf, createBoardItem, type BoardItem, type BoardItemState } from '../boardInbox/boardItemStore.ts';
import { BOARD_ITEM_TYPES } from '../boardInbox/itemAccess.ts';
import type { AlertActionRegistry } from './alertActions.ts';
import { cardActivity, operationsAlertCard, recordAlertCard } from './alertCardContent.ts';
import { alertCardClientFor, type RoleHolderLookup } from './alertCardClients.ts';
import { alertCardById, claimPostableCards, markCardPostFailed, markCardPosted, queueRecordCard, type StoredAlertCard } from './alertCardStore.ts';
import { alertChannelFor, type AlertChannel } from './alertChannelStore.ts';
import { raiseOperationsAlert } from './operationsAlerts.ts';
import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import { sendOwedSubmitterNotices } from './submitterNotices.ts';
import { receiptAlertOutcome } from './submitterNoticeStore.ts';
import { systemTime } from '../systemTime.ts';

/** What a record's alert says: reference, type and due time. Never names, dates of birth, addresses or allegation text. */
export interface RaiseAlertInput {
  recordId: string;
  boardId: string;
  recordType: string;
  reference: string;
  /** The earliest end of the record's clocks. */
  dueBy?: Date;
  /** Where the board's work on it starts; 'open' unless the record arrives already handled. */
  status?: BoardItemState;
}

export type BoardLookup = (boardId: string) => Pick<Board, 'name' | 'alertRoutes'> | undefined;

export interface AlertRouterOptions {
  db: Database;
  boardOf: BoardLookup;
  /** Who may act on a record, for Teams' card refresh. */
  roleHolders: RoleHolderLookup;
  messenger: ProactiveMessenger;
  actions: AlertActionRegistry;
  /** References, record types, routes and error types only. */
  logger: LogSink;
  /** Tells a submitter, in their chat, that the alert their receipt could not yet report has been posted. */
  notifySubmitter?: NotifySubmitter;
  clock?: TimeSource;
  /** How long a claimed card stays this instance's while it is posted. */
  leaseMs?: number;
}

const POST_BATCH = 20;
/** Card ids are UUIDs (the store's key); anything else came from a tampered or broken card. */
const CARD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/**
 * Routes alert cards to the conversations board admins registered: a record's card to the route configured for its
 * type, or to the board's operations route when that route has no conversation yet. A card that has nowhere to go
 * is kept and posted as soon as a conversation is registered. Posted cards are remembered, to be updated in place.
 */
export class AlertRouter {
  readonly #options: AlertRouterOptions;
  readonly #clock: TimeSource;
  readonly #workerId = workerIdFor('alerts');

  constructor(options: AlertRouterOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemTime;
  }

  /** Adds the record to its board's inbox and posts its alert card (now, or once its route has a conversation). */
  async raiseAlert(input: RaiseAlertInput): Promise<void> {
    if (await this.queueAlert(input)) await this.postPending(input.boardId);
  }

  /**
   * For a submitter's receipt: raises the record's alert (once) and posts it now if its route has a conversation,
   * then says where it stands. When `oweFollowUp` and it is not posted yet, the submitter is told once it is.
   */
  async alertForReceipt(input: RaiseAlertInput, options: { oweFollowUp: boolean }): Promise<AlertOutcome> {
    if (!(BOARD_ITEM_TYPES as readonly string[]).includes(input.recordType)) return 'none';
    await this.raiseAlert(input).catch((error: unknown) => {
      // The alert worker raises it on its next pass; the receipt says what stands now.
      this.#options.logger.warn({ reference: input.reference, errorType: errorTypeOf(error) }, 'alert could not be raised at submission; will retry');
    });
    return receiptAlertOutcome(this.#options.db, input.recordId, { oweFollowUp: options.oweFollowUp, at: this.#clock.now() });
  }

  /** Adds the record to its board's inbox and stores its alert card for posting; true when there is a card to post. */
  async queueAlert(input: RaiseAlertInput): Promise<boolean> {
    const { db, logger } = this.#options;
    const board = this.#options.boardOf(input.boardId);
    const route = board?.alertRoutes[input.recordType as AlertTopic];
    const at = this.#clock.now();
    await db.transaction(async (tx) => {
      await createBoardItem(tx, { recordId: input.recordId, boardId: input.boardId, dueBy: input.dueBy ?? null, state: input.status ?? 'open', at });
      if (route) {
        await queueRecordCard(tx, { recordId: input.recordId, boardId: input.boardId, reference: input.reference, route, fallbackRoute: this.#operationsRoute(input.boardId), at });
      }
    });
    if (!route) return false;
    if (!(await alertChannelFor(db, input.boardId, route))) {
      logger.warn({ reference: input.reference, recordType: input.recordType }, 'alert unrouted: no conversation is registered for its route');
    }
    return true;
  }

  /** A parked delivery: board operations are told, now or once the operations route has a conversation. */
  async raiseOperationsAlert(alert: OperationsAlert): Promise<void> {
    const { db, logger } = this.#options;
    const operationsRoute = this.#operationsRoute(alert.boardId);
    await raiseOperationsAlert({ db, operationsRoute, logger, now: this.#clock.now() }, alert);
    if (operationsRoute && !(await alertChannelFor(db, alert.boardId, operationsRoute))) {
      logger.warn({ reference: alert.reference, kind: 'operations' }, 'alert unrouted: no conversation is registered for board operations');
    }
    await this.postPending(alert.boardId);
  }

  /** Posts the cards waiting for a conversation that now have one, then tells submitters owed word of it; returns how many were posted. */
  async postPending(boardId?: string): Promise<number> {
    let posted = 0;
    for (;;) {
      const lease = this.#lease();
      const cards = await claimPostableCards(this.#options.db, lease, POST_BATCH, boardId);
      const results = await Promise.all(cards.map((card) => this.#post(card, lease)));
      posted += results.filter(Boolean).length;
      if (cards.length < POST_BATCH) break;
    }
    const { db, logger, notifySubmitter } = this.#options;
    if (notifySubmitter) await sendOwedSubmitterNotices({ db, logger, notifySubmitter }, this.#lease(), boardId);
    return posted;
  }

  /** A record's card as it stands now, or undefined for an unknown (or malformed) card id or an operations alert. */
  async currentRecordCard(cardId: string): Promise<{ card: StoredAlertCard; item: BoardItem; content: AdaptiveCardJson } | undefined> {
    if (!CARD_ID.test(cardId)) return undefined;
    const card = await alertCardById(this.#options.db, cardId);
    if (!card?.recordId) return undefined;
    const item = await boardItemOf(this.#options.db, card.recordId);
    if (!item) return undefined;
    return { card, item, content: await this.renderRecordCard(card, item) };
  }

  /** The card as the client of the conversation it was (or will be) posted to draws it. */
  async renderRecordCard(card: Pick<StoredAlertCard, 'id' | 'conversation'>, item: BoardItem, channelId = card.conversation?.channelId): Promise<AdaptiveCardJson> {
    const board = this.#options.boardOf(item.boardId);
    const client = await alertCardClientFor(channelId, item.boardId, item.recordType, this.#options.roleHolders);
    return recordAlertCard(item, card.id, board?.name ?? item.boardId, this.#options.actions, client);
  }

  /** Replaces a posted card for everyone in its conversation. False when it was never posted. */
  async updatePostedCard(card: StoredAlertCard, content: AdaptiveCardJson): Promise<boolean> {
    if (!card.conversation || !card.activityId) return false;
    await this.#options.messenger.update(card.conversation, card.activityId, cardActivity(content));
    return true;
  }

  #operationsRoute(boardId: string): string | null {
    return this.#options.boardOf(boardId)?.alertRoutes.operations ?? null;
  }

  #lease(): Lease {
    return { workerId: this.#workerId, now: this.#clock.now(), leaseMs: this.#options.leaseMs ?? 60_000 };
  }

  async #post(card: StoredAlertCard, lease: Lease): Promise<boolean> {
    const { db, logger, messenger } = this.#options;
    try {
      const channel = await this.#channelFor(card);
      if (!channel) {
        await markCardPostFailed(db, card, lease, new Date(lease.now.getTime() + FIRST_RETRY_MS));
        return false;
      }
      const activityId = await messenger.send(channel.conversation, cardActivity(await this.#contentOf(card, channel.conversation.channelId)));
      await markCardPosted(db, card, lease, { route: channel.route, conversation: channel.conversation, activityId });
      if (channel.route !== card.route) {
        logger.warn({ reference: card.reference, kind: card.kind, route: card.route }, 'alert unrouted: posted to board operations instead');
      }
      return true;
    } catch (error) {
      const waitMs = Math.min(FIRST_RETRY_MS * 2 ** card.attempts, LONGEST_RETRY_MS);
      await markCardPostFailed(db, card, lease, new Date(lease.now.getTime() + waitMs)).catch(() => undefined);
      logger.warn({ reference: card.reference, kind: card.kind, errorType: errorTypeOf(error) }, 'alert card could not be posted; will retry');
      return false;
    }
  }

  async #channelFor(card: StoredAlertCard): Promise<AlertChannel | undefined> {
    const own = await alertChannelFor(this.#options.db, card.boardId, card.route);
    if (own || !card.fallbackRoute) return own;
    return alertChannelFor(this.#options.db, card.boardId, card.fallbackRoute);
  }

  async #contentOf(card: StoredAlertCard, channelId: string | undefined): Promise<AdaptiveCardJson> {
    const boardName = this.#options.boardOf(card.boardId)?.name ?? card.boardId;
    if (card.kind === 'operations') return operationsAlertCard(card.reference, card.reason ?? 'A delivery needs attention.', boardName);
    const item = card.recordId ? await boardItemOf(this.#options.db, card.recordId) : undefined;
    if (!item) throw new Error('alert card without its board item');
    return this.renderRecordCard(card, item, channelId);
  }
}
