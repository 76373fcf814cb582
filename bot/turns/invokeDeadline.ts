import type { InvokeResponse } from 'botbuilder';

/** Teams gives a card action's invoke a few seconds; the bot answers well within that, whatever the store is doing. */
export const INVOKE_DEADLINE_MS = 4_000;

/**
 * What an invoke is answered when its work has not finished in time (or a redelivery arrives while the first delivery
 * is still being worked on): a message to the person who pressed, never an error. The work carries on, and the posted
 * card is updated when it is done.
 */
export const STILL_WORKING: InvokeResponse = {
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Working on it: the card will update in a moment.' },
};

/** The turn's own answer if it comes within `deadlineMs`, else undefined while the turn carries on. */
export async function withinDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<{ answer: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deadlineMs);
  });
  try {
    return await Promise.race([work.then((answer) => ({ answer })), late]);
  } finally {
    clearTimeout(timer);
  }
}
