import type { Activity, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Choice } from '../../cards/forms/formSpec.ts';
import { renderChoiceCard } from '../../cards/templates/choiceCard.ts';
import { userText } from '../userInput.ts';
import { cardMessage } from './cardMessage.ts';
import { isWhy } from './whyQuestion.ts';

export interface ChoiceStepOptions {
  title: string;
  text: string;
  choices: Choice[];
  /** What "why?" explains at this step; handed to the explain setting. */
  topic: string;
}

export interface ChoiceStepSettings {
  dialogId: string;
  explain(context: TurnContext, topic: string): Partial<Activity> | undefined;
}

const YES = /^(y|yes|yeah|yep)$/i;
const NO = /^(n|no|nope)$/i;

/**
 * A question answered with one of a few buttons, or by typing the choice (its value, its title, or
 * yes / no for a yes-no question). Ends with the chosen value. "why?" shows what the question rests on.
 */
export class ChoiceStepDialog extends Dialog<ChoiceStepOptions> {
  readonly #settings: ChoiceStepSettings;

  constructor(settings: ChoiceStepSettings) {
    super(settings.dialogId);
    this.#settings = settings;
  }

  override async beginDialog(dc: DialogContext, options?: ChoiceStepOptions): Promise<DialogTurnResult> {
    if (options === undefined) throw new Error(`${this.id} needs a question`);
    dc.activeDialog!.state = options;
    await this.#ask(dc.context, options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const options = dc.activeDialog!.state as ChoiceStepOptions;
    const text = userText(dc.context);
    const chosen = matchChoice(options.choices, text);
    if (chosen !== undefined) return dc.endDialog(chosen);
    const explanation = isWhy(text) ? this.#settings.explain(dc.context, options.topic) : undefined;
    if (explanation !== undefined) {
      await dc.context.sendActivity(explanation);
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(`Please choose one of: ${options.choices.map((choice) => `**${choice.title}**`).join(', ')}.`);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: { state: unknown }): Promise<void> {
    await this.#ask(context, instance.state as ChoiceStepOptions);
  }

  async #ask(context: TurnContext, options: ChoiceStepOptions): Promise<void> {
    await context.sendActivity(cardMessage(renderChoiceCard(options.title, options.text, options.choices)));
  }
}

function matchChoice(choices: Choice[], text: string): string | undefined {
  const normalised = text.trim().toLowerCase();
  if (normalised === '') return undefined;
  const exact = choices.find((choice) => choice.value.toLowerCase() === normalised || choice.title.toLowerCase() === normalised);
  if (exact !== undefined) return exact.value;
  const values = choices.map((choice) => choice.value);
  if (YES.test(normalised) && values.includes('yes')) return 'yes';
  if (NO.test(normalised) && values.includes('no')) return 'no';
  return undefined;
}
