import { ActivityEventNames, ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { TurnLogic } from '../adapter/botAdapter.ts';
import type { ReplyHold } from './replyHold.ts';
import { slackTargetOf } from './slackConversation.ts';
import type { SlackSender } from './slackSender.ts';

const REPLY_HOLD = Symbol('slackReplyHold');

/**
 * The Slack channel's Bot Framework adapter: Slack requests, turned into activities, run through the same
 * middleware (input cleaning) and turn logic (state, dedupe, dialogs) as Teams; the bot's replies, updates and
 * deletions become Web API calls.
 */
export class SlackAdapter extends BotAdapter {
  readonly #sender: SlackSender;

  constructor(sender: SlackSender) {
    super();
    this.#sender = sender;
  }

  /** Runs one turn. With a hold, replies wait in it until the caller releases them (form submissions). */
  runSlackTurn(activity: Partial<Activity>, logic: TurnLogic, hold?: ReplyHold): Promise<void> {
    const context = new TurnContext(this, activity);
    if (hold !== undefined) context.turnState.set(REPLY_HOLD, hold);
    return this.runMiddleware(context, logic);
  }

  override async sendActivities(context: TurnContext, activities: Array<Partial<Activity>>): Promise<ResourceResponse[]> {
    const target = slackTargetOf(context.activity);
    const userId = context.activity.type === ActivityTypes.Message ? context.activity.from?.id : undefined;
    const post = (replies: Array<Partial<Activity>>) => this.#sender.send(target, replies, userId);
    const hold = context.turnState.get(REPLY_HOLD) as ReplyHold | undefined;
    return hold === undefined ? post(activities) : hold.send(activities, post);
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (!activity.id) throw new Error('An update needs the id (ts) of the Slack message');
    await this.#sender.update(slackTargetOf(context.activity), activity.id, activity);
  }

  override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    if (!reference.activityId) throw new Error('A deletion needs the id (ts) of the Slack message');
    await this.#sender.delete(slackTargetOf(context.activity), reference.activityId);
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
