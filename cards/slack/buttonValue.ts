import { z } from 'zod';
import { SLACK_LIMITS } from './blockKit.ts';

/**
 * What a Slack button carries in its `value`, and so what a press (block_actions) means:
 * - data: a card button's data, handed to the dialogs as the message's `value`, exactly as Teams hands over an
 *   Action.Submit's data (the card-submission contract);
 * - text: a suggested action, handed over as if the person had typed it;
 * - openForm: opens the person's current form step in a modal.
 */
export type ButtonPress = { kind: 'data'; data: Record<string, unknown> } | { kind: 'text'; text: string } | { kind: 'openForm' };

const pressSchema = z.union([z.strictObject({ data: z.record(z.string(), z.unknown()) }), z.strictObject({ text: z.string().min(1) }), z.strictObject({ openForm: z.literal(true) })]);

/** The button's value; throws when it would be longer than Slack allows (a card carrying far too much data). */
export function buttonValue(press: ButtonPress): string {
  const encoded = JSON.stringify(press.kind === 'data' ? { data: press.data } : press.kind === 'text' ? { text: press.text } : { openForm: true });
  if (encoded.length > SLACK_LIMITS.buttonValue) throw new Error(`A button's value is ${encoded.length} characters; Slack allows ${SLACK_LIMITS.buttonValue}`);
  return encoded;
}

/** The press a button value stands for, or undefined for a value this app did not write. */
export function readButtonValue(value: string | undefined): ButtonPress | undefined {
  if (value === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = pressSchema.safeParse(json);
  if (!parsed.success) return undefined;
  if ('data' in parsed.data) return { kind: 'data', data: parsed.data.data };
  if ('text' in parsed.data) return { kind: 'text', text: parsed.data.text };
  return { kind: 'openForm' };
}
