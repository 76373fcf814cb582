import { z } from 'zod';

const channelAccount = z.looseObject({ id: z.string().min(1, 'must not be empty'), name: z.string().optional() });

/**
 * The minimum an incoming Bot Framework activity must have before it reaches the adapter.
 * Loose objects: channels add fields of their own, which the turn ignores.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1, 'must not be empty'),
  id: z.string().optional(),
  channelId: z.string().min(1, 'must not be empty'),
  serviceUrl: z.url('must be a URL'),
  conversation: z.looseObject({ id: z.string().min(1, 'must not be empty') }),
  from: channelAccount,
  recipient: channelAccount,
  text: z.string().max(28_000, 'is too long').optional(),
  value: z.unknown().optional(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** A short explanation of what is wrong with a rejected body, naming the fields. */
export function describeActivityProblems(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'} ${issue.message.replace(/^Invalid input: /, '')}`)
    .join('; ');
}
