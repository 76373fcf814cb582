import { z } from 'zod';

/**
 * The parts of Slack's request payloads the bot reads, as Slack documents them (Events API, interactivity,
 * slash commands). Unknown fields are ignored; a payload without what the bot needs is refused with 400.
 */

export const urlVerificationSchema = z.object({ type: z.literal('url_verification'), challenge: z.string().min(1) });

/** A message in a one-to-one chat with the bot (message.im), or a mention of the bot (app_mention). */
const messageEventSchema = z.object({
  type: z.enum(['message', 'app_mention']),
  user: z.string().optional(),
  text: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  /** Set on messages posted by bots, this one included: never answered. */
  bot_id: z.string().optional(),
  /** message_changed, message_deleted, bot_message…: edits and system messages are not turns. */
  subtype: z.string().optional(),
});
export type SlackMessageEvent = z.infer<typeof messageEventSchema>;

export const eventCallbackSchema = z.object({
  type: z.literal('event_callback'),
  team_id: z.string(),
  api_app_id: z.string().optional(),
  event_id: z.string(),
  event: z.looseObject({ type: z.string() }),
  /** Who the app is in the workspace: the bot user's member id tells its own mention from other people's. */
  authorizations: z.array(z.looseObject({ user_id: z.string().optional(), is_bot: z.boolean().optional() })).optional(),
});
export type SlackEventCallback = z.infer<typeof eventCallbackSchema>;

export function messageEventOf(callback: SlackEventCallback): SlackMessageEvent | undefined {
  const parsed = messageEventSchema.safeParse(callback.event);
  return parsed.success ? parsed.data : undefined;
}

const teamSchema = z.object({ id: z.string() });
const userSchema = z.object({ id: z.string(), name: z.string().optional(), username: z.string().optional() });

export const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  team: teamSchema,
  user: userSchema,
  api_app_id: z.string().optional(),
  trigger_id: z.string(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.looseObject({ type: z.string(), channel_id: z.string().optional(), message_ts: z.string().optional(), thread_ts: z.string().optional() }).optional(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.looseObject({ action_id: z.string(), value: z.string().optional(), action_ts: z.string() })).min(1),
});
export type SlackBlockActions = z.infer<typeof blockActionsSchema>;

const elementStateSchema = z.looseObject({
  type: z.string().optional(),
  value: z.string().nullable().optional(),
  selected_date: z.string().nullable().optional(),
  selected_time: z.string().nullable().optional(),
  selected_option: z.object({ value: z.string() }).nullable().optional(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
});

export const viewSubmissionSchema = z.object({
  type: z.literal('view_submission'),
  team: teamSchema,
  user: userSchema,
  api_app_id: z.string().optional(),
  view: z.object({
    id: z.string(),
    callback_id: z.string(),
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), elementStateSchema)) }),
  }),
});
export type SlackViewSubmission = z.infer<typeof viewSubmissionSchema>;

export const interactionTypeSchema = z.looseObject({ type: z.string(), team: teamSchema.nullable().optional() });

/** A slash command arrives form-encoded; these are its fields. */
export const slashCommandSchema = z.object({
  team_id: z.string(),
  channel_id: z.string(),
  user_id: z.string(),
  user_name: z.string().optional(),
  command: z.string(),
  text: z.string().default(''),
  trigger_id: z.string(),
  api_app_id: z.string().optional(),
  /** Where the command may be answered (to the person, for 30 minutes) even where the app is not in the channel. */
  response_url: z.url().optional(),
});
export type SlackSlashCommand = z.infer<typeof slashCommandSchema>;
