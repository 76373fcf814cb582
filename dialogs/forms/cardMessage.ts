import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';

/** An Adaptive Card as a reply, with a plain-text line for clients that cannot show cards. */
export function cardMessage(card: AdaptiveCardJson, fallbackText?: string): Partial<Activity> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (fallbackText !== undefined) message.text = fallbackText;
  return message;
}
