import type { Activity, TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { cardActionSchema } from '../../cards/adaptive/submissionContract.ts';
import type { FormSpec, SectionValues } from '../../cards/forms/formSpec.ts';
import type { FieldProblem } from '../../cards/forms/parseSubmission.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { userText } from '../userInput.ts';
import { cardMessage } from './cardMessage.ts';
import { staleCardText, useTheCardText } from './walkMessages.ts';
import { isWhy } from './whyQuestion.ts';

export interface SectionPromptOptions {
  /** The card's form instance: a card from another instance is refused. */
  instanceId: string;
  values?: SectionValues;
  stepBanner?: string;
  /** Which of several forms the settings build (e.g. one per threshold domain). */
  formKey?: string;
}

export type SectionPromptResult = { answered: true; values: SectionValues } | { answered: false };

export interface SectionPromptSettings {
  dialogId: string;
  /** A one-section form; worked out per turn (it may depend on the board's edition or the time). */
  form(context: TurnContext, options: SectionPromptOptions): FormSpec;
  explain?(context: TurnContext): Partial<Activity> | undefined;
}

/**
 * One card of questions asked on its own (not part of a walk): the answers are parsed with the
 * section's schema, problems are shown on the card, and Cancel ends it unanswered.
 */
export class SectionPromptDialog extends Dialog<SectionPromptOptions> {
  readonly #settings: SectionPromptSettings;

  constructor(settings: SectionPromptSettings) {
    super(settings.dialogId);
    this.#settings = settings;
  }

  override async beginDialog(dc: DialogContext, options?: SectionPromptOptions): Promise<DialogTurnResult> {
    if (options === undefined) throw new Error(`${this.id} needs a form instance`);
    dc.activeDialog!.state = options;
    await this.#show(dc.context, options);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const options = dc.activeDialog!.state as SectionPromptOptions;
    const form = this.#settings.form(dc.context, options);
    const action = cardActionSchema.safeParse(dc.context.activity.value);
    if (!action.success) {
      const explanation = isWhy(userText(dc.context)) ? this.#settings.explain?.(dc.context) : undefined;
      await dc.context.sendActivity(explanation ?? useTheCardText);
      return Dialog.EndOfTurn;
    }
    if (action.data.form !== form.id || action.data.instance !== options.instanceId) {
      await dc.context.sendActivity(staleCardText);
      await this.#show(dc.context, options);
      return Dialog.EndOfTurn;
    }
    if (action.data.intent === 'cancel') return dc.endDialog({ answered: false } satisfies SectionPromptResult);
    const section = form.sections[0];
    if (section === undefined) throw new Error(`form "${form.id}" has no section`);
    const parsed = parseSectionSubmission(section, dc.context.activity.value);
    if (!parsed.ok) {
      await this.#show(dc.context, { ...options, values: dc.context.activity.value as SectionValues }, parsed.problems);
      return Dialog.EndOfTurn;
    }
    return dc.endDialog({ answered: true, values: parsed.values } satisfies SectionPromptResult);
  }

  override async repromptDialog(context: TurnContext, instance: { state: unknown }): Promise<void> {
    await this.#show(context, instance.state as SectionPromptOptions);
  }

  async #show(context: TurnContext, options: SectionPromptOptions, problems?: FieldProblem[]): Promise<void> {
    const form = this.#settings.form(context, options);
    const section = form.sections[0];
    if (section === undefined) throw new Error(`form "${form.id}" has no section`);
    const card = renderSectionCard(form, section.id, {
      instanceId: options.instanceId,
      canGoBack: false,
      ...(options.values !== undefined && { values: options.values }),
      ...(options.stepBanner !== undefined && { stepBanner: options.stepBanner }),
      ...(problems !== undefined && { problems }),
    });
    await context.sendActivity(cardMessage(asSingleQuestionCard(card)));
  }
}

/**
 * The section renderer labels the last section's button "Review" and counts steps; a card asked on
 * its own has nothing to review and no steps, so its button says Continue and only the section's title stays.
 */
function asSingleQuestionCard(card: AdaptiveCardJson): AdaptiveCardJson {
  const body = card.body.map((element) =>
    element.type === 'TextBlock' && typeof element.text === 'string' && element.text.startsWith('Step 1 of 1 · ') ? { ...element, text: element.text.slice('Step 1 of 1 · '.length) } : element,
  );
  const actions = card.actions?.map((action) => (action.title === 'Review' ? { ...action, title: 'Continue' } : action));
  return { ...card, body, ...(actions !== undefined && { actions }) };
}
