import type { Request, Response } from 'restify';
import { slackMessageActivity, typedText } from './slackActivities.ts';
import { slashCommandSchema } from './slackPayloads.ts';
import { badRequest, continueAfterAcknowledgement, formFields, signedWorkspace, verifiedRequest, type SlackRouteParts } from './slackRequests.ts';

export const SLACK_COMMANDS_PATH = '/api/slack/commands';
export const SLASH_COMMAND = '/safeguarding';
const ROUTE = 'slack-commands';

/** What "/safeguarding" on its own means: help, which also shows where an unfinished flow is. */
const BARE_COMMAND_TEXT = 'help';

/**
 * POST /api/slack/commands: "/safeguarding lado" is a message turn saying "lado" in the conversation it was typed
 * in. Acknowledged at once with an empty answer (Slack then shows nothing of its own); the bot replies as messages.
 */
export function createSlackCommandsHandler(parts: SlackRouteParts) {
  return async (req: Request, res: Response): Promise<void> => {
    const request = await verifiedRequest(req, res, parts, ROUTE, 'application/x-www-form-urlencoded');
    if (request === undefined) return;
    const parsed = slashCommandSchema.safeParse(formFields(request.rawBody));
    if (!parsed.success) return badRequest(parts, res, ROUTE, 'slash command fields missing');
    const command = parsed.data;
    if (signedWorkspace(parts, res, request, command.team_id, ROUTE) === undefined) return;
    res.send(200);

    const text = typedText(command.text);
    const activity = slackMessageActivity(
      {
        target: { teamId: command.team_id, channelId: command.channel_id },
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
