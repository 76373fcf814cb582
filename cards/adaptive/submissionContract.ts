import { z } from 'zod';

/**
 * The card-submission contract: what a button on one of our cards sends back, and how dialogs
 * read it. Teams and Web Chat merge an Action.Submit's `data` with the card's input values into
 * the message activity's `value`, so one object holds both; field ids may therefore never use
 * the keys below (defineForm refuses them).
 *
 * Form cards (section and summary):
 *   value = { form, instance, section, intent, ...inputs }
 *   - intent 'next' and 'back' come from a section card; 'next' carries the section's inputs.
 *   - 'edit' comes from the summary card, with `section` = the section to reopen.
 *   - 'confirm' and 'cancel' on the summary card carry section = REVIEW_SECTION_ID.
 *   Dialogs parse with `cardActionSchema.safeParse(activity.value)` (extra keys, the inputs, are
 *   stripped), check that form and instance are the user's own draft, then hand the whole value to
 *   parseSectionSubmission for intent 'next'.
 *
 * Alert cards (board staff channels): see alertActionSchema.
 * Menu cards: value = { choice }, see menuChoiceSchema.
 */
export const CARD_INTENTS = ['next', 'back', 'cancel', 'edit', 'confirm'] as const;
export type CardIntent = (typeof CARD_INTENTS)[number];

export const CARD_ACTION_KEYS = ['form', 'instance', 'section', 'intent'] as const;

/** The `section` of actions on the summary card that are about the whole form. */
export const REVIEW_SECTION_ID = 'review';

export const cardActionSchema = z.object({
  form: z.string().min(1),
  instance: z.string().min(1),
  section: z.string().min(1),
  intent: z.enum(CARD_INTENTS),
});
export type CardAction = z.infer<typeof cardActionSchema>;

/**
 * Alert card buttons. The same data arrives in two shapes, and the activity type tells them apart:
 * - Universal Actions (Action.Execute, Teams): an `invoke` activity named 'adaptiveCard/action'
 *   with `value.action.verb` and `value.action.data` = this object; the bot answers the invoke
 *   with the updated card, which Teams shows to everyone.
 * - Fallback (Action.Submit, clients without Universal Actions): a `message` activity whose
 *   `value` = this object; the bot updates the posted message itself.
 * The refresh action (verb ALERT_REFRESH_VERB) only ever arrives as an invoke.
 */
export const alertActionSchema = z.object({
  verb: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  reference: z.string().min(1),
  cardId: z.string().min(1),
});
export type AlertAction = z.infer<typeof alertActionSchema>;

export const ALERT_REFRESH_VERB = 'refreshAlert';

/** A menu button: the message activity's `value`. */
export const menuChoiceSchema = z.object({ choice: z.string().min(1) });
export type MenuChoice = z.infer<typeof menuChoiceSchema>;
