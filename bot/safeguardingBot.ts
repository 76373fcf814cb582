import { ActivityTypes, TurnContext, type ConversationState, type StatePropertyAccessor, type UserState } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { cardActionSchema } from '../cards/adaptive/submissionContract.ts';
import { MAIN_DIALOG, type MainDialog, type MainDialogOptions } from '../dialogs/mainDialog.ts';
import { isSharedConversation, speakerOnly } from '../dialogs/privateChat.ts';
import { setTurnUser, type TurnUser } from '../dialogs/turnUser.ts';
import { userText } from '../dialogs/userInput.ts';
import type { AlertActionHandler } from './alerts/alertActionHandler.ts';

export interface SafeguardingBotParts {
  conversationState: ConversationState;
  userState: UserState;
  mainDialog: MainDialog;
  /** Undefined when the speaker's organisation is linked to no board. */
  resolveUser: (context: TurnContext) => Promise<TurnUser | undefined>;
  /** Buttons on alert cards (Universal Action invokes and their Action.Submit fallback), answered before the dialogs. */
  alertActions?: Pick<AlertActionHandler, 'handles' | 'handle'>;
}

const NO_BOARD_TEXT =
  'Your organisation is not linked to a safeguarding board in this service yet, so I cannot help here. ' +
  'Please ask your IT team to add it to the board configuration. If a child is in immediate danger, call 999.';

const UNSUPPORTED_INVOKE = { error: 'unsupported_invoke', message: 'This bot does not answer that kind of request.' };
/** Forms only ever run in a one-to-one chat, so a form card pressed in a shared conversation is someone else's (or an old one). */
const SOMEONE_ELSES_CARD_TEXT =
  'That card belongs to someone else’s conversation with me, so I can’t act on it. Nothing was changed. ' + 'Mention me and type **menu** to start your own: forms open in a private chat with you.';

/** One turn: who is speaking, then the dialogs, then the state saved (with eTags) before the turn ends. */
export class SafeguardingBot {
  readonly #parts: SafeguardingBotParts;
  readonly #dialogs: DialogSet;

  constructor(parts: SafeguardingBotParts) {
    this.#parts = parts;
    const dialogState: StatePropertyAccessor<DialogState> = parts.conversationState.createProperty('dialogState');
    this.#dialogs = new DialogSet(dialogState).add(parts.mainDialog);
  }

  async run(context: TurnContext): Promise<void> {
    const { type } = context.activity;
    const { alertActions } = this.#parts;
    // "<at>Safeguarding assistant</at> help" in a channel or group chat means "help", as in a personal chat.
    if (type === ActivityTypes.Message && typeof context.activity.text === 'string') TurnContext.removeRecipientMention(context.activity);
    if (alertActions?.handles(context)) {
      await alertActions.handle(context, await this.#parts.resolveUser(context));
    } else if (type === ActivityTypes.Message && isSharedConversation(context) && cardActionSchema.safeParse(context.activity.value).success) {
      await context.sendActivity(speakerOnly(SOMEONE_ELSES_CARD_TEXT));
    } else if (type === ActivityTypes.Message) {
      await this.#continueOrBegin(context, { greet: true, initialText: userText(context) });
    } else if (type === ActivityTypes.ConversationUpdate && this.#shouldGreet(context)) {
      await this.#continueOrBegin(context, { greet: true }, false);
    } else if (type === ActivityTypes.Invoke) {
      // An invoke this bot has no use for is refused plainly; left unanswered, the adapter would reply 501.
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: UNSUPPORTED_INVOKE } });
    }
    await this.#parts.conversationState.saveChanges(context);
    await this.#parts.userState.saveChanges(context);
  }

  /**
   * A request moved here from a shared conversation (see dialogs/privateChat.ts): the person's one-to-one chat starts
   * afresh with it, as if they had typed it here. Their drafts are kept (in user state), so a flow offers to resume.
   */
  async startInPrivate(context: TurnContext): Promise<void> {
    const dialogContext = await this.#speakersDialogs(context);
    if (dialogContext) {
      await dialogContext.cancelAllDialogs();
      await dialogContext.beginDialog(MAIN_DIALOG, { initialText: userText(context) } satisfies MainDialogOptions);
    }
    await this.#parts.conversationState.saveChanges(context);
    await this.#parts.userState.saveChanges(context);
  }

  async #continueOrBegin(context: TurnContext, options: MainDialogOptions, continueActive = true): Promise<void> {
    const dialogContext = await this.#speakersDialogs(context);
    if (!dialogContext) return;
    if (dialogContext.activeDialog && !continueActive) return;
    const result = continueActive ? await dialogContext.continueDialog() : { status: DialogTurnStatus.empty };
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(MAIN_DIALOG, options);
  }

  /** The dialogs for the person speaking; undefined (after saying why) when their organisation has no board here. */
  async #speakersDialogs(context: TurnContext) {
    const user = await this.#parts.resolveUser(context);
    if (!user) {
      await context.sendActivity(speakerOnly(NO_BOARD_TEXT));
      return undefined;
    }
    setTurnUser(context, user);
    return this.#dialogs.createContext(context);
  }

  /** Greet when the bot joins a conversation, or when a person opens a one-to-one chat with it. */
  #shouldGreet(context: TurnContext): boolean {
    const { membersAdded, recipient, conversation } = context.activity;
    if (!membersAdded?.length) return false;
    const botAdded = membersAdded.some((member) => member.id === recipient.id);
    const personAddedToPersonalChat = conversation.conversationType !== 'channel' && conversation.conversationType !== 'groupChat' && membersAdded.some((member) => member.id !== recipient.id);
    return botAdded || personAddedToPersonalChat;
  }
}
