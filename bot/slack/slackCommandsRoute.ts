import type { Request, Response } from 'restify';
import { slackMessageActivity, typedText } from './slackActivities.ts';
import { conversationTypeOf } from './slackConversation.ts';
import { slashCommandSchema } from './slackPayloads.ts';
import { badRequest, continueAfterAcknowledgement, formFields, signedWorkspace, verifiedRequest, type SlackRouteParts } from './slackRequests.ts';

export const SLACK_COMMANDS_PATH = '/api/slack/commands';
export const SLASH_COMMAND = '/safeguarding';
const ROUTE = 'slack-commands';

/** What "/safeguarding" on its own means: help, which also shows where an unfinished flow is. */
const BARE_COMMAND_TEXT = 'help';

/** What the person alone sees at once when they type the command in a channel. */
const CHANNEL_ACKNOWLEDGEMENT = 'Got it. Anything about a case comes to you privately, never in this channel.';

/**
 * POST /api/slack/commands: "/safeguarding lado" is a message turn saying "lado" in the conversation it was typed
 * in. Acknowledged at once: in a channel with a note only the person sees, in the one-to-one chat with nothing (Slack
 * then shows nothing of its own). The bot replies as messages; where the app is not a member of the channel, and for
 * anything meant for the person alone, through the command's response_url.
 */
export function createSlackCommandsHandler(parts: SlackRouteParts) {
  return async (req: Request, res: Response): Promise<void> => {
    const request = await verifiedRequest(req, res, parts, ROUTE);
    if (request === undefined) return;
    const parsed = slashCommandSchema.safeParse(formFields(request.rawBody));
    if (!parsed.success) return badRequest(parts, res, ROUTE, 'slash command fields missing');
    const command = parsed.data;
    if (signedWorkspace(parts, res, request, command.team_id, ROUTE) === undefined) return;
    const inChannel = conversationTypeOf(command.channel_id) !== 'personal';
    res.send(200, inChannel ? { response_type: 'ephemeral', text: CHANNEL_ACKNOWLEDGEMENT } : undefined);

    const text = typedText(command.text);
    const activity = slackMessageActivity(
      {
        target: { teamId: command.team_id, channelId: command.channel_id, ...(command.response_url === undefined ? {} : { responseUrl: command.response_url }) },
        userId: command.user_id,
        ...(command.user_name === undefined ? {} : { userName: command.user_name }),
        ...(command.api_app_id === undefined ? {} : { appId: command.api_app_id }),
      },
      command.trigger_id,
      { text: text === '' ? BARE_COMMAND_TEXT : text },
    );
    continueAfterAcknowledgement(parts, activity, ROUTE);
  };
}
