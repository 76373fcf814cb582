import type { TurnContext } from 'botbuilder';

/** What the user said: typed text, or the value of a menu button on a card ({ choice }). */
export function userText(context: TurnContext): string {
  const { text, value } = context.activity;
  if (typeof text === 'string' && text.trim() !== '') return text.trim();
  if (value && typeof value === 'object' && typeof (value as { choice?: unknown }).choice === 'string') {
    return (value as { choice: string }).choice;
  }
  return '';
}
