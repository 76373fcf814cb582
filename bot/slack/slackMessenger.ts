import type { ProactiveMessenger } from '../messaging/proactiveMessenger.ts';
import { SLACK_CHANNEL_ID, slackTargetOf } from './slackConversation.ts';
import type { SlackSender } from './slackSender.ts';

/** Alerts, reminders and acknowledgements in Slack conversations: posted (and later updated) with the Web API. */
export function createSlackMessenger(sender: SlackSender): ProactiveMessenger {
  return {
    async send(conversation, activity) {
      const [response] = await sender.send(slackTargetOf(conversation), [activity], undefined);
      return response?.id || undefined;
    },
    update: (conversation, activityId, activity) => sender.update(slackTargetOf(conversation), activityId, activity),
  };
}

/** One messenger for the alert router and scheduler: Slack conversations through Slack, the rest through `others`. */
export function messengerWithSlack(others: ProactiveMessenger, slack: ProactiveMessenger): ProactiveMessenger {
  const pick = (channelId: string | undefined) => (channelId === SLACK_CHANNEL_ID ? slack : others);
  return {
    send: (conversation, activity) => pick(conversation.channelId).send(conversation, activity),
    update: (conversation, activityId, activity) => pick(conversation.channelId).update(conversation, activityId, activity),
  };
}
