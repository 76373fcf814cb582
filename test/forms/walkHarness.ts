import { randomUUID } from 'node:crypto';
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { setTurnUser } from '../../dialogs/turnUser.ts';
import { textOf, type Reply } from '../support/conversation.ts';

/**
 * Runs one dialog in process on botbuilder's TestAdapter, with state in a storage the test keeps, so a
 * "restart" is a new harness on the same storage. The conversation tests of each flow go through
 * /api/messages; this is for the shared form walk on its own, with a form made only for it.
 */
export class WalkHarness {
  readonly storage: MemoryStorage;
  readonly #dialog: (userState: UserState) => Dialog;
  readonly #conversationId: string;
  readonly #userId: string;
  readonly results: unknown[] = [];

  constructor(options: { dialog: (userState: UserState) => Dialog; storage?: MemoryStorage; conversationId?: string; userId?: string }) {
    this.storage = options.storage ?? new MemoryStorage();
    this.#dialog = options.dialog;
    this.#conversationId = options.conversationId ?? `walk-${randomUUID()}`;
    this.#userId = options.userId ?? 'walk-user';
  }

  /** Starts the dialog with options, as a parent flow would. */
  async begin(options: unknown): Promise<Reply[]> {
    return this.#turn({ type: ActivityTypes.Message, text: 'start' }, async () => options);
  }

  /** Starts the dialog with options worked out during the turn, e.g. a draft loaded from user state. */
  async beginWith(options: (context: TurnContext, userState: UserState) => Promise<unknown>): Promise<Reply[]> {
    return this.#turn({ type: ActivityTypes.Message, text: 'resume' }, options);
  }

  async says(text: string): Promise<Reply[]> {
    return this.#turn({ type: ActivityTypes.Message, text });
  }

  async submits(value: Record<string, unknown>): Promise<Reply[]> {
    return this.#turn({ type: ActivityTypes.Message, value });
  }

  async #turn(fields: Partial<Activity>, beginOptions?: (context: TurnContext, userState: UserState) => Promise<unknown>): Promise<Reply[]> {
    const conversationState = new ConversationState(this.storage);
    const userState = new UserState(this.storage);
    const dialog = this.#dialog(userState);
    const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(dialog);
    const adapter = new TestAdapter(
      async (context: TurnContext) => {
        setTurnUser(context, { identity: `local:${this.#userId}`, boardId: 'sample-partnership', boardName: 'Sample Partnership', roles: [] });
        const dc = await dialogs.createContext(context);
        const result = beginOptions === undefined ? await dc.continueDialog() : await dc.beginDialog(dialog.id, (await beginOptions(context, userState)) as object);
        if (result.status === DialogTurnStatus.complete) this.results.push(result.result);
        await conversationState.saveChanges(context);
        await userState.saveChanges(context);
      },
      { conversation: { id: this.#conversationId, isGroup: false, conversationType: 'personal', name: '' } },
    );
    await adapter.send({ ...fields, from: { id: this.#userId, name: 'Walker' } }).startTest();
    return adapter.activeQueue.splice(0) as Reply[];
  }
}

export function replyText(replies: Reply[]): string {
  return replies.map(textOf).join('\n');
}
