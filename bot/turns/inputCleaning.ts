import type { Middleware, TurnContext } from 'botbuilder';
import { withoutControlCharacters } from '../../knowledge/records/controlCharacters.ts';

/** Deeper than any activity a channel sends; anything below is dropped rather than walked. */
const DEEPEST = 32;

/** Every string, and every key, of a parsed JSON value cleaned; nesting beyond DEEPEST becomes null. */
function cleanedJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return withoutControlCharacters(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= DEEPEST) return null;
  if (Array.isArray(value)) return value.map((item) => cleanedJson(item, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutControlCharacters(key), cleanedJson(item, depth + 1)]));
}

/**
 * The first middleware of every adapter (Bot Framework and Slack): what a person sent is cleaned before anything
 * stores it or a dialog reads it, so a NUL can neither fail a save nor leave a conversation half-updated. Line breaks
 * and tabs stay; form fields that must be one line refuse them with a field error (cards/forms/coerceInput.ts).
 */
export function createInputCleaningMiddleware(): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const activity = context.activity as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(activity)) activity[key] = cleanedJson(value);
      await next();
    },
  };
}
