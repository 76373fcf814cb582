import type { BoardItem, BoardItemProgress } from '../boardInbox/boardItemStore.ts';

/** Who pressed the button: someone who may open the record (see itemAccess.ts). */
export interface AlertActor {
  identity: string;
  displayName?: string;
  roles: readonly string[];
}

/**
 * A button on a record's alert card. Later flows register their own (a LADO decision, a review decision);
 * verbs are letters and digits only (the card contract), e.g. 'ladoRecordDecision'.
 */
export interface AlertActionDefinition {
  verb: string;
  title: string;
  /** Whether the card offers the button for the item as it stands. */
  offeredFor(item: BoardItem): boolean;
  /** The item after the action. Applying an action twice gives the same item (a double press changes nothing). */
  apply(item: BoardItem, actor: AlertActor): BoardItemProgress;
}

/** The actions alert cards offer, in the order their buttons appear. */
export class AlertActionRegistry {
  readonly #actions = new Map<string, AlertActionDefinition>();

  register(action: AlertActionDefinition): this {
    if (this.#actions.has(action.verb)) throw new Error(`alert action "${action.verb}" is registered twice`);
    this.#actions.set(action.verb, action);
    return this;
  }

  find(verb: string): AlertActionDefinition | undefined {
    return this.#actions.get(verb);
  }

  offeredFor(item: BoardItem): AlertActionDefinition[] {
    return [...this.#actions.values()].filter((action) => action.offeredFor(item));
  }
}

function progressOf(item: BoardItem): BoardItemProgress {
  return { state: item.state, acknowledgedBy: item.acknowledgedBy, assigneeIdentity: item.assigneeIdentity, assigneeName: item.assigneeName };
}

const acknowledge: AlertActionDefinition = {
  verb: 'acknowledge',
  title: 'Acknowledge',
  offeredFor: (item) => item.state === 'open',
  apply: (item, actor) => ({
    ...progressOf(item),
    state: item.state === 'open' ? 'acknowledged' : item.state,
    acknowledgedBy: item.acknowledgedBy ?? actor.identity,
  }),
};

const assignToMe: AlertActionDefinition = {
  verb: 'assignToMe',
  title: 'Assign to me',
  offeredFor: (item) => item.state !== 'done',
  apply: (item, actor) =>
    item.state === 'done'
      ? progressOf(item)
      : {
          state: 'assigned',
          acknowledgedBy: item.acknowledgedBy ?? actor.identity,
          assigneeIdentity: actor.identity,
          assigneeName: actor.displayName ?? null,
        },
};

const markDone: AlertActionDefinition = {
  verb: 'markDone',
  title: 'Mark done',
  offeredFor: (item) => item.state !== 'done',
  apply: (item, actor) => ({ ...progressOf(item), state: 'done', acknowledgedBy: item.acknowledgedBy ?? actor.identity }),
};

/** Acknowledge, assign to me, mark done. */
export function standardAlertActions(): AlertActionRegistry {
  return new AlertActionRegistry().register(acknowledge).register(assignToMe).register(markDone);
}
