import { z } from 'zod';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderFormModal, type FormModal } from '../../cards/slack/formModal.ts';
import type { SlackTarget } from './slackConversation.ts';

/**
 * What a form modal carries in its private_metadata: the conversation its answers belong to (a view_submission
 * names the workspace and the person, not the channel) and the data the card's submit button sends (form,
 * instance, section, intent), which goes to the dialogs with the answers.
 */
const metadataSchema = z.strictObject({
  channel: z.string().min(1),
  thread: z.string().optional(),
  submit: z.record(z.string(), z.unknown()),
});

export type SubmittedFormView = { target: SlackTarget; submitData: Record<string, unknown> };

export function formModalFor(card: AdaptiveCardJson, target: SlackTarget): FormModal | undefined {
  return renderFormModal(card, (submit) => JSON.stringify({ channel: target.channelId, ...(target.threadTs === undefined ? {} : { thread: target.threadTs }), submit }));
}

/** Where a submitted form modal belongs and what its submit button sends; undefined when the metadata is not ours. */
export function readFormViewMetadata(teamId: string, privateMetadata: string): SubmittedFormView | undefined {
  let json: unknown;
  try {
    json = JSON.parse(privateMetadata);
  } catch {
    return undefined;
  }
  const parsed = metadataSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { channel, thread, submit } = parsed.data;
  return { target: { teamId, channelId: channel, ...(thread === undefined ? {} : { threadTs: thread }) }, submitData: submit };
}
