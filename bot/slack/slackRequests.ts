import type { Request, Response } from 'restify';
import type { Activity } from 'botbuilder';
import type { TurnLogic } from '../adapter/botAdapter.ts';
import type { Logger } from '../logging/logger.ts';
import { closeAfterRefusal, readBody } from '../server/requestBody.ts';
import { describeErrorSafely } from '../turns/turnErrorHandler.ts';
import type { SlackAdapter } from './slackAdapter.ts';
import type { SlackSender } from './slackSender.ts';
import { verifySlackRequest } from './slackSignature.ts';
import type { SlackWorkspace, SlackWorkspaces } from './slackWorkspaces.ts';

/** Slack's own requests are small; anything larger is not Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

/** How each Slack endpoint's body comes: events as JSON, interactivity and slash commands form-encoded. */
export type SlackBodyType = 'application/json' | 'application/x-www-form-urlencoded';

/** What every Slack route needs. */
export interface SlackRouteParts {
  workspaces: SlackWorkspaces;
  adapter: SlackAdapter;
  sender: SlackSender;
  logic: TurnLogic;
  logger: Logger;
  /** How long a form submission's turn may take before Slack is answered without it (Slack waits 3 seconds). */
  formDeadlineMs: number;
}

export type VerifiedRequest = { rawBody: Buffer; secret: string };

/**
 * Reads the raw body, of the one type the route takes, and checks its Slack signature before anything in it is
 * parsed. Answers 415, 413 or 401 itself and returns undefined when the request is refused; the log names the route
 * and the reason, never the body.
 */
export async function verifiedRequest(req: Request, res: Response, parts: SlackRouteParts, route: string, type: SlackBodyType): Promise<VerifiedRequest | undefined> {
  const read = await readBody(req, { types: [type], maxBytes: MAX_BODY_BYTES });
  if (!read.ok) {
    parts.logger.warn({ route, reason: read.status === 415 ? 'content type' : 'body too large' }, 'Slack request refused');
    closeAfterRefusal(res);
    res.send(read.status, { error: read.status === 415 ? 'unsupported_media_type' : 'too_large' });
    return undefined;
  }
  const rawBody = read.body;
  const check = verifySlackRequest(
    { rawBody, timestamp: req.header('x-slack-request-timestamp') || undefined, signature: req.header('x-slack-signature') || undefined },
    parts.workspaces.signingSecrets(),
  );
  if (!check.ok) {
    parts.logger.warn({ route, reason: check.reason }, 'Slack request refused: signature not verified');
    res.send(401, { error: 'unauthorized' });
    return undefined;
  }
  return { rawBody, secret: check.secret };
}

/**
 * The workspace a verified request speaks for: its team must be one the bot serves, and signed with that team's
 * secret (one workspace's secret cannot speak for another). Answers 401 itself otherwise.
 */
export function signedWorkspace(parts: SlackRouteParts, res: Response, request: VerifiedRequest, teamId: string, route: string): SlackWorkspace | undefined {
  const workspace = parts.workspaces.byTeam.get(teamId);
  if (workspace?.signingSecret === request.secret) return workspace;
  parts.logger.warn({ route, reason: 'workspace not served by this secret' }, 'Slack request refused');
  res.send(401, { error: 'unauthorized' });
  return undefined;
}

/** Runs a turn after Slack has had its answer; failures are logged (the turn error handler has apologised). */
export function continueAfterAcknowledgement(parts: SlackRouteParts, activity: Partial<Activity>, route: string): void {
  void parts.adapter.runSlackTurn(activity, parts.logic).catch((error: unknown) => {
    parts.logger.error({ route, error: describeErrorSafely(error) }, 'Slack turn failed');
  });
}

export function badRequest(parts: SlackRouteParts, res: Response, route: string, reason: string): void {
  parts.logger.warn({ route, reason }, 'Slack request refused');
  res.send(400, { error: 'bad_request' });
}

/** A form-encoded body's fields (interactivity and slash commands). */
export function formFields(rawBody: Buffer): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(rawBody.toString('utf8')));
}
