import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ReplyHold } from '../../bot/slack/replyHold.ts';

/** A post that takes a moment, as a Web API call does, recording the order messages reach Slack. */
function slowPost(posted: string[]) {
  return async (activities: Array<Partial<Activity>>) => {
    for (const activity of activities) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      posted.push(activity.text ?? '');
    }
    return activities.map(() => ({ id: 'ts' }));
  };
}

const say = (text: string): Partial<Activity> => ({ type: 'message', text });

describe('replies held back for a form submission’s answer', () => {
  it('posts nothing until released, then what was held in order, then later replies after it', async () => {
    const posted: string[] = [];
    const post = slowPost(posted);
    const hold = new ReplyHold();
    await hold.send([say('first')], post);
    await hold.send([say('second')], post);
    expect(posted).toEqual([]);
    expect(hold.held.map((activity) => activity.text)).toEqual(['first', 'second']);

    // The deadline passed: Slack has its answer; the turn goes on talking while the held replies are posted.
    const released = hold.release(post);
    const later = hold.send([say('third')], post);
    await Promise.all([released, later]);
    expect(posted).toEqual(['first', 'second', 'third']);
  });

  it('posts only what the answer to Slack did not already show', async () => {
    const posted: string[] = [];
    const hold = new ReplyHold();
    await hold.send([say('the same step again, with problems'), say('a note')], slowPost(posted));
    await hold.release(slowPost(posted), [say('a note')]);
    expect(posted).toEqual(['a note']);
  });
});
