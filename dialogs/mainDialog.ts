import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnCommands } from './boardStaff/boardStaffCommands.ts';
import { findFlowFor, type FlowEntry } from './flowCatalogue.ts';
import { isGreeting, recogniseGlobalCommand } from './globalCommands.ts';
import { renderChoiceCard } from '../cards/templates/choiceCard.ts';
import { cardMessage } from './forms/cardMessage.ts';
import { cardActionSchema, menuChoiceSchema } from '../cards/adaptive/submissionContract.ts';
import { keptDraftHint } from './forms/keptDraft.ts';
import { alreadySavedText, cancelledText, closedFormText, finishedCardText, whereYourFormIsText } from './forms/walkMessages.ts';
import type { SavedForms } from './ports.ts';
import { greeting, helpText, menuPrompt, notUnderstoodText, sharedMenuText } from './mainMessages.ts';
import { isSharedConversation, movedToPrivateChat, type PrivateChatPort } from './privateChat.ts';
import { getTurnUser } from './turnUser.ts';
import { userText } from './userInput.ts';

export const MAIN_DIALOG = 'main';
const MENU = 'main.menu';

export interface MainDialogOptions {
  greet?: boolean;
  returning?: boolean;
  /** The message that opened the conversation, so "lado" on a first message goes straight to the flow. */
  initialText?: string;
}

/**
 * The root of every conversation: greets, offers the flows, starts the one asked for, and handles
 * help / cancel / start over / menu at any point, even in the middle of a flow.
 */
export class MainDialog extends ComponentDialog {
  readonly #flows: readonly FlowEntry[];
  readonly #commands: TurnCommands | undefined;
  readonly #privateChat: PrivateChatPort;
  readonly #savedForms: SavedForms | undefined;

  /**
   * `commands` (e.g. board staff commands) answer what they recognise before any flow or menu sees it. Every flow
   * collects case detail, so one asked for in a shared conversation starts in the person's private chat instead.
   * `savedForms` tells a press on a card of a finished form which record it became.
   */
  constructor(flows: readonly FlowEntry[], privateChat: PrivateChatPort, commands?: TurnCommands, savedForms?: SavedForms) {
    super(MAIN_DIALOG);
    this.#flows = flows;
    this.#privateChat = privateChat;
    this.#commands = commands;
    this.#savedForms = savedForms;
    for (const flow of flows) this.addDialog(flow.dialog);
    this.addDialog(new WaterfallDialog(MENU, [this.#offerMenu.bind(this), this.#startChosenFlow.bind(this), this.#backToMenu.bind(this)]));
    this.initialDialogId = MENU;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const activeFlow = this.#flows.find((flow) => flow.dialog.id === innerDc.activeDialog?.id);
    if (await this.#commands?.tryHandle(innerDc.context)) {
      if (activeFlow) await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (await this.#answerSavedFormCard(innerDc.context)) {
      if (activeFlow) {
        await innerDc.context.sendActivity(whereYourFormIsText);
        await innerDc.repromptDialog();
      }
      return Dialog.EndOfTurn;
    }
    if (!activeFlow && (await this.#answerFinishedCard(innerDc.context))) return Dialog.EndOfTurn;
    const command = recogniseGlobalCommand(userText(innerDc.context));
    switch (command) {
      case 'help':
        await innerDc.context.sendActivity(helpText(this.#flows, activeFlow?.title));
        if (activeFlow) {
          await innerDc.repromptDialog();
          return Dialog.EndOfTurn;
        }
        return innerDc.replaceDialog(MENU, { returning: true } satisfies MainDialogOptions);
      case 'cancel': {
        const resumeHint = activeFlow ? await keptDraftHint(innerDc) : undefined;
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity(activeFlow ? cancelledText(resumeHint) : 'There is nothing to cancel.');
        return innerDc.beginDialog(MENU, { returning: true } satisfies MainDialogOptions);
      }
      case 'startOver':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(MENU, { greet: true } satisfies MainDialogOptions);
      case 'menu':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(MENU, { returning: true } satisfies MainDialogOptions);
      default:
        return super.onContinueDialog(innerDc);
    }
  }

  /** A button pressed on a card of a form that was saved, whatever is open now: name the record, and change nothing. */
  async #answerSavedFormCard(context: TurnContext): Promise<boolean> {
    const formAction = cardActionSchema.safeParse(context.activity.value);
    if (!formAction.success) return false;
    const reference = await this.#savedForms?.referenceSavedFrom(formAction.data.instance, getTurnUser(context).identity);
    if (reference === undefined) return false;
    await context.sendActivity(alreadySavedText(reference));
    return true;
  }

  /**
   * A button pressed on a card of a flow that has finished without a record: say so, and change nothing. The menu's
   * own buttons (a flow or help, on the menu card of a shared conversation) are not finished cards.
   */
  async #answerFinishedCard(context: TurnContext): Promise<boolean> {
    const value: unknown = context.activity.value;
    if (cardActionSchema.safeParse(value).success) {
      await context.sendActivity(closedFormText);
      return true;
    }
    const choice = menuChoiceSchema.safeParse(value);
    if (!choice.success || findFlowFor(this.#flows, choice.data.choice) || recogniseGlobalCommand(choice.data.choice)) return false;
    await context.sendActivity(finishedCardText);
    return true;
  }

  async #offerMenu(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const options = step.options ?? {};
    const opening = options.initialText ?? '';
    if (opening && (await this.#commands?.tryHandle(step.context))) return Dialog.EndOfTurn;
    const flow = opening ? findFlowFor(this.#flows, opening) : undefined;
    if (flow) return step.next(flow.id);

    const command = recogniseGlobalCommand(opening);
    if (command === 'help') {
      await step.context.sendActivity(helpText(this.#flows));
    } else if (command === 'cancel') {
      await step.context.sendActivity('There is nothing to cancel.');
    } else if (options.greet) {
      await step.context.sendActivity(greeting(getTurnUser(step.context).boardName));
    }
    await step.context.sendActivity(this.#menu(step.context, options.returning === true));
    return Dialog.EndOfTurn;
  }

  /** Teams shows suggested actions only in personal chats: elsewhere the menu is a small card with buttons. */
  #menu(context: TurnContext, returning: boolean): Partial<Activity> {
    if (!isSharedConversation(context)) {
      return MessageFactory.suggestedActions([...this.#flows.map((entry) => entry.title), 'Help'], menuPrompt(this.#flows, returning));
    }
    const choices = [...this.#flows.map((entry) => ({ value: entry.id, title: entry.title })), { value: 'help', title: 'Help' }];
    return cardMessage(renderChoiceCard('Safeguarding assistant', sharedMenuText(returning), choices), sharedMenuText(returning));
  }

  async #startChosenFlow(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const chosen = typeof step.result === 'string' ? step.result : userText(step.context);
    const flow = findFlowFor(this.#flows, chosen) ?? this.#flows.find((entry) => entry.title.toLowerCase() === chosen.toLowerCase());
    if (flow && (await movedToPrivateChat(step.context, this.#privateChat, chosen))) return step.endDialog();
    if (flow) return step.beginDialog(flow.dialog.id);
    if (isGreeting(chosen)) return step.replaceDialog(MENU, { greet: true } satisfies MainDialogOptions);
    await step.context.sendActivity(notUnderstoodText);
    return step.replaceDialog(MENU, { returning: false } satisfies MainDialogOptions);
  }

  async #backToMenu(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    return step.replaceDialog(MENU, { returning: true } satisfies MainDialogOptions);
  }
}
