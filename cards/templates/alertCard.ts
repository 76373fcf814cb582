import { z } from 'zod';
import { adaptiveCard, heading, labelledValues, subtleText, submitAction } from '../adaptive/cardElements.ts';
import type { AdaptiveAction, AdaptiveCardJson } from '../adaptive/cardElements.ts';
import { ALERT_REFRESH_VERB, alertActionSchema } from '../adaptive/submissionContract.ts';
import type { AlertAction } from '../adaptive/submissionContract.ts';

const shortText = z.string().trim().min(1).max(80);

/**
 * Everything an alert card may show, and nothing else: it goes to a channel, so it carries no names,
 * dates of birth, addresses or allegation text (domain brief §8). The object is strict, so passing a
 * record (or anything with extra keys) is refused, and the reference must look like one
 * (e.g. LADO-2026-000123), so a name cannot travel in it.
 */
export const alertCardInputSchema = z.strictObject({
  reference: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/),
  typeLabel: shortText,
  boardName: shortText,
  dueText: z.string().trim().min(1).max(120),
  status: shortText,
  assignee: shortText.optional(),
  actions: z
    .array(z.strictObject({ verb: alertActionSchema.shape.verb, title: shortText }))
    .max(5)
    .refine((actions) => actions.every((action) => action.verb !== ALERT_REFRESH_VERB), `"${ALERT_REFRESH_VERB}" is reserved`),
  /** Identifies this alert so the bot can find and update the posted message. */
  cardId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** Teams user ids whose clients refresh the card automatically (Teams allows up to 60). */
  refreshUserIds: z.array(z.string().min(1)).max(60).optional(),
  /**
   * False for clients without Universal Actions (Web Chat, the local page): plain Action.Submit buttons and no
   * refresh, so a press is a message the bot answers by updating the posted card itself.
   */
  universalActions: z.boolean().default(true),
});
export type AlertCardInput = z.input<typeof alertCardInputSchema>;

/**
 * An alert for a board staff channel: reference, type, board, due time, status, assignee. Buttons are
 * Universal Actions (Action.Execute) with an Action.Submit fallback carrying the same data, or (universalActions
 * false) Action.Submit alone; see alertActionSchema for how the dialog tells them apart. Throws on input outside the schema, naming
 * only the offending keys, never their values.
 */
export function renderAlertCard(input: AlertCardInput): AdaptiveCardJson {
  const parsed = alertCardInputSchema.safeParse(input);
  if (!parsed.success) throw new Error(`Alert card input refused: ${describeIssues(parsed.error.issues)}`);
  const alert = parsed.data;
  const data = (verb: string): AlertAction => ({ verb, reference: alert.reference, cardId: alert.cardId });
  const body = [
    subtleText(`Board alert · ${alert.boardName}`),
    heading(alert.typeLabel),
    labelledValues([
      { label: 'Reference', value: alert.reference },
      { label: 'Due', value: alert.dueText },
      { label: 'Status', value: alert.status },
      { label: 'Assigned to', value: alert.assignee ?? 'Nobody yet' },
    ]),
    subtleText('Case details are never shown in a channel. Open the record in a chat with the bot.'),
  ];
  if (!alert.universalActions)
    return adaptiveCard(
      body,
      alert.actions.map((action) => submitAction(action.title, data(action.verb))),
    );
  const actions = alert.actions.map((action): AdaptiveAction => ({
    type: 'Action.Execute',
    title: action.title,
    verb: action.verb,
    data: data(action.verb),
    fallback: submitAction(action.title, data(action.verb)),
  }));
  const refresh = {
    action: { type: 'Action.Execute', verb: ALERT_REFRESH_VERB, data: data(ALERT_REFRESH_VERB) },
    ...(alert.refreshUserIds !== undefined && { userIds: alert.refreshUserIds }),
  };
  return adaptiveCard(body, actions, refresh);
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length === 0 ? 'input' : issue.path.join('.');
      return issue.code === 'unrecognized_keys' ? `${where}: unexpected ${issue.keys.join(', ')}` : `${where}: ${issue.code}`;
    })
    .join('; ');
}
