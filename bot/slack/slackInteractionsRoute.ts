import type { Activity } from 'botbuilder';
import type { Request, Response } from 'restify';
import { readButtonValue } from '../../cards/slack/buttonValue.ts';
import { FORM_VIEW_CALLBACK_ID } from '../../cards/slack/formModal.ts';
import { answersFromViewState } from '../../cards/slack/viewState.ts';
import { describeErrorSafely } from '../turns/turnErrorHandler.ts';
import { readFormViewMetadata } from './formViewMetadata.ts';
import { formSubmissionOutcome } from './formSubmissionOutcome.ts';
import { ReplyHold } from './replyHold.ts';
import { buttonPressActivity, slackMessageActivity, type SlackOrigin } from './slackActivities.ts';
import { blockActionsSchema, interactionTypeSchema, viewSubmissionSchema, type SlackBlockActions } from './slackPayloads.ts';
import { badRequest, continueAfterAcknowledgement, formFields, signedWorkspace, verifiedRequest, type SlackRouteParts, type VerifiedRequest } from './slackRequests.ts';

export const SLACK_INTERACTIONS_PATH = '/api/slack/interactions';
const ROUTE = 'slack-interactions';

/**
 * POST /api/slack/interactions (interactivity, form-encoded `payload`): button presses (block_actions) and form
 * modal submissions (view_submission). Presses are acknowledged at once and their turn runs after; "Open form"
 * opens the person's current step with the press's trigger. A submission's turn gets a short deadline so that the
 * answer can carry errors beside the fields or the next step; past it, Slack is answered and the turn carries on.
 */
export function createSlackInteractionsHandler(parts: SlackRouteParts) {
  return async (req: Request, res: Response): Promise<void> => {
    const request = await verifiedRequest(req, res, parts, ROUTE, 'application/x-www-form-urlencoded');
    if (request === undefined) return;
    let payload: unknown;
    try {
      payload = JSON.parse(formFields(request.rawBody).payload ?? '');
    } catch {
      badRequest(parts, res, ROUTE, 'payload is not JSON');
      return;
    }
    const kind = interactionTypeSchema.safeParse(payload);
    if (!kind.success) {
      badRequest(parts, res, ROUTE, 'payload has no type');
      return;
    }
    if (kind.data.type === 'block_actions') return onBlockActions(parts, res, request, payload);
    if (kind.data.type === 'view_submission') return onViewSubmission(parts, res, request, payload);
    res.send(200);
  };
}

async function onBlockActions(parts: SlackRouteParts, res: Response, request: VerifiedRequest, payload: unknown): Promise<void> {
  const parsed = blockActionsSchema.safeParse(payload);
  if (!parsed.success) return badRequest(parts, res, ROUTE, 'block_actions payload incomplete');
  const actions = parsed.data;
  if (signedWorkspace(parts, res, request, actions.team.id, ROUTE) === undefined) return;
  res.send(200);

  const [action] = actions.actions;
  const origin = originOfPress(actions);
  const press = readButtonValue(action?.value);
  if (action === undefined || press === undefined || origin === undefined) return;
  if (press.kind === 'openForm') {
    await parts.sender.openForm(origin.target, origin.userId, actions.trigger_id).catch((error: unknown) => {
      parts.logger.warn({ route: ROUTE, error: describeErrorSafely(error) }, 'Slack form could not be opened');
    });
    return;
  }
  continueAfterAcknowledgement(parts, buttonPressActivity(origin, action.action_ts, press), ROUTE);
}

/** Where the pressed message is; undefined for a press outside a conversation message (e.g. in a modal). */
function originOfPress(actions: SlackBlockActions): SlackOrigin | undefined {
  const channelId = actions.container?.channel_id ?? actions.channel?.id;
  if (channelId === undefined) return undefined;
  const threadTs = actions.message?.thread_ts ?? actions.container?.thread_ts;
  return {
    target: { teamId: actions.team.id, channelId, ...(threadTs === undefined ? {} : { threadTs }) },
    userId: actions.user.id,
    ...nameOf(actions.user),
    ...(actions.api_app_id === undefined ? {} : { appId: actions.api_app_id }),
  };
}

async function onViewSubmission(parts: SlackRouteParts, res: Response, request: VerifiedRequest, payload: unknown): Promise<void> {
  const parsed = viewSubmissionSchema.safeParse(payload);
  if (!parsed.success) return badRequest(parts, res, ROUTE, 'view_submission payload incomplete');
  const submission = parsed.data;
  if (signedWorkspace(parts, res, request, submission.team.id, ROUTE) === undefined) return;
  const form = submission.view.callback_id === FORM_VIEW_CALLBACK_ID ? readFormViewMetadata(submission.team.id, submission.view.private_metadata) : undefined;
  if (form === undefined) {
    res.send(200);
    return;
  }
  const origin: SlackOrigin = { target: form.target, userId: submission.user.id, ...nameOf(submission.user) };
  // The answers, then the submit button's data over them: the same value an Adaptive Card's Next sends.
  const value = { ...answersFromViewState(submission.view.state.values), ...form.submitData };
  const hold = new ReplyHold();
  const post = (replies: Array<Partial<Activity>>) => parts.sender.send(form.target, replies, origin.userId);
  const turn = parts.adapter.runSlackTurn(slackMessageActivity(origin, undefined, { value }), parts.logic, hold).then(
    () => true,
    (error: unknown) => {
      parts.logger.error({ route: ROUTE, error: describeErrorSafely(error) }, 'Slack form submission turn failed');
      return true;
    },
  );
  const finishedInTime = await Promise.race([turn, delay(parts.formDeadlineMs).then(() => false)]);
  const outcome = finishedInTime ? formSubmissionOutcome(form.submitData, form.target, hold.held) : undefined;
  // Past the deadline Slack closes the modal, and what the turn says is posted in the conversation as it comes.
  res.send(200, outcome?.response ?? { response_action: 'clear' });
  try {
    if (outcome?.currentView !== undefined) await parts.sender.keepForm(form.target, origin.userId, outcome.currentView);
    await hold.release(post, outcome?.toPost);
  } catch (error) {
    parts.logger.error({ route: ROUTE, error: describeErrorSafely(error) }, 'Slack replies to a form submission could not be posted');
  }
}

function nameOf(user: { name?: string | undefined; username?: string | undefined }): { userName?: string } {
  const name = user.name ?? user.username;
  return name === undefined ? {} : { userName: name };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
