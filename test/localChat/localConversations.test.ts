import { describe, expect, it } from 'vitest';
import { LocalConversations, type LocalConversation } from '../../bot/localChat/localConversations.ts';

const HOUR = 60 * 60 * 1000;

function setUp(limits: ConstructorParameters<typeof LocalConversations>[0] = {}) {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const conversations = new LocalConversations(limits, () => now);
  const startOne = (): LocalConversation => {
    const started = conversations.start(conversations.issueToken({ id: 'demo-user', name: 'Demo user' }));
    if (!started) throw new Error('a fresh token did not start a conversation');
    return started;
  };
  return { conversations, startOne, advance: (ms: number) => (now += ms) };
}

describe('the local bridge memory', () => {
  it('keeps only the most recent activities of a long conversation, and the watermark keeps counting', () => {
    const { conversations, startOne } = setUp({ maxTranscript: 3 });
    const conversation = startOne();
    for (const text of ['one', 'two', 'three', 'four', 'five']) conversations.append(conversation, { type: 'message', text });

    const everything = conversations.activitiesAfter(conversation, 0);
    expect(everything.activities.map((activity) => activity.text)).toEqual(['three', 'four', 'five']);
    expect(everything.watermark).toBe('5');
    expect(conversations.activitiesAfter(conversation, 4).activities.map((activity) => activity.text)).toEqual(['five']);
  });

  it('forgets a conversation nobody has touched for longer than the idle limit', () => {
    const { conversations, startOne, advance } = setUp({ idleMs: 4 * HOUR });
    const idle = startOne();
    advance(3 * HOUR);
    const busy = startOne();
    advance(2 * HOUR);

    expect(conversations.findForBot(idle.id)).toEqual({ problem: 'unknown conversation' });
    expect(conversations.findForBot(busy.id)).toEqual({ found: busy });
  });

  it('keeps a conversation that is still being polled', () => {
    const { conversations, startOne, advance } = setUp({ idleMs: 4 * HOUR });
    const polled = startOne();
    for (let hour = 0; hour < 6; hour += 1) {
      advance(HOUR);
      expect(conversations.findForClient(polled.id, polled.token)).toEqual({ found: polled });
    }
  });

  it('drops the least recently used conversation when too many are open', () => {
    const { conversations, startOne, advance } = setUp({ maxConversations: 2 });
    const first = startOne();
    advance(1000);
    const second = startOne();
    advance(1000);
    conversations.findForBot(first.id);
    const third = startOne();

    expect(conversations.size).toBe(2);
    expect(conversations.findForBot(second.id)).toEqual({ problem: 'unknown conversation' });
    expect('found' in conversations.findForBot(first.id) && 'found' in conversations.findForBot(third.id)).toBe(true);
  });

  it('lets a token that was never used expire after the idle limit', () => {
    const { conversations, advance } = setUp({ idleMs: HOUR });
    const token = conversations.issueToken();
    advance(2 * HOUR);
    expect(conversations.start(token)).toBeUndefined();
  });

  it('chats as the id the client asks for when it differs from the one the token was issued to', () => {
    const { conversations } = setUp();
    expect(conversations.start(conversations.issueToken({ id: 'demo-user', name: 'Demo user' }), 'demo-user')?.user).toEqual({ id: 'demo-user', name: 'Demo user', role: 'user' });
    expect(conversations.start(conversations.issueToken({ id: 'demo-user', name: 'Demo user' }), 'practitioner')?.user).toEqual({ id: 'practitioner', role: 'user' });
    expect(conversations.start(conversations.issueToken())?.user.id).toMatch(/^user-/);
  });
});
