import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { cardProblems, next } from '../support/cardChat.ts';
import { NORTHFIELD_TENANT, newPractitioner, recordShownIn } from './thresholdChat.ts';

const textOf = TestConversation.textOf;

const SAMPLE = { frontDoor: '01632 960100', emergencyDutyTeam: '01632 960300' };
const NORTHFIELD = { frontDoor: '020 7946 0100', emergencyDutyTeam: '020 7946 0300' };

let now = new Date('2026-11-30T10:00:00Z');

describe('red flags first, and drafts that survive (through /api/messages)', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => now } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    { when: 'a weekday morning', at: '2026-11-30T10:00:00Z', board: SAMPLE, tenant: undefined, call: 'frontDoor' },
    { when: 'a Saturday night', at: '2026-12-05T22:30:00Z', board: SAMPLE, tenant: undefined, call: 'emergencyDutyTeam' },
    { when: 'a bank holiday (28 December 2026) at 10:00', at: '2026-12-28T10:00:00Z', board: SAMPLE, tenant: undefined, call: 'emergencyDutyTeam' },
    { when: '16:45 on a weekday, after Northfield closes at 16:30', at: '2026-12-01T16:45:00Z', board: NORTHFIELD, tenant: NORTHFIELD_TENANT, call: 'emergencyDutyTeam' },
    { when: '16:45 on the same weekday, before the demo board closes at 17:00', at: '2026-12-01T16:45:00Z', board: SAMPLE, tenant: undefined, call: 'frontDoor' },
    { when: "Northfield's own closure day (24 December) at 10:00", at: '2026-12-24T10:00:00Z', board: NORTHFIELD, tenant: NORTHFIELD_TENANT, call: 'emergencyDutyTeam' },
  ] as const)('on $when, says call 999, then the $call', async ({ at, board, tenant, call }) => {
    now = new Date(at);
    const chat = bot.conversation(newPractitioner(tenant ? { tenantId: tenant } : {}));
    const firstCard = textOf(await chat.says("I'm worried about a child"));
    expect(firstCard).toContain('Immediate danger first');
    const flag = tenant ? 'NF1' : 'R1';
    const text = textOf(await next(chat, { redFlags: flag }));
    expect(text).toContain('Call 999 now');
    expect(text).toContain(board[call]);
    expect(text).not.toContain(board[call === 'frontDoor' ? 'emergencyDutyTeam' : 'frontDoor']);
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('after red flags, saves a short record with the flags and no further questions', async () => {
    now = new Date('2026-12-05T22:30:00Z');
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    await next(chat, { redFlags: 'R5,R7' });
    await chat.submits({ choice: 'finish' });
    const saved = textOf(await next(chat, { agencyType: 'health', ageBand: '11to15' }));
    expect(saved).toContain('Threshold check saved');
    const record = await recordShownIn(bot, saved);
    expect(record.concern.redFlags).toEqual(['R5', 'R7']);
    expect(record.concern.indicators).toEqual([]);
    expect(record.outcome).toEqual({ nextStep: 'emergencyCall', consent: 'notRequired' });
  });

  it('shows what a red flag cites (the FGM reporting duty) and answers "why?" with it', async () => {
    now = new Date('2026-11-30T10:00:00Z');
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    const urgent = textOf(await next(chat, { redFlags: 'R7' }));
    expect(urgent).toContain('must report it to the police themselves');
    expect(urgent).toContain('Female Genital Mutilation Act 2003, s5B');
    expect(textOf(await chat.says('why?'))).toContain('Female Genital Mutilation Act 2003, s5B');
  });

  it('after red flags, can go on to the full check', async () => {
    now = new Date('2026-11-30T10:00:00Z');
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    await next(chat, { redFlags: 'R3' });
    expect(textOf(await chat.submits({ choice: 'continue' }))).toContain('About you and the child');
    expect(textOf(await next(chat, { agencyType: 'health', ageBand: 'under1' }))).toContain("Child's developmental needs (1 of 3)");
  });

  it('pauses on cancel and carries on where it stopped, from a later conversation', async () => {
    const user = newPractitioner();
    const chat = bot.conversation(user);
    await chat.says('threshold');
    await next(chat, { redFlags: '' });
    await next(chat, { agencyType: 'school', ageBand: '5to10' });
    await next(chat, { indicators: '2-C2', notSure: 'false' });
    expect(textOf(await chat.says('cancel'))).toContain('Cancelled');

    const later = bot.conversation({ ...user, conversationId: `later-${user.userId}` });
    expect(textOf(await later.says('threshold'))).toContain('Carry on where you stopped?');
    expect(textOf(await later.submits({ choice: 'resume' }))).toContain('Parenting capacity (2 of 3)');
    await next(later, { indicators: '', notSure: 'false' });
    await next(later, { indicators: '', notSure: 'false' });
    const answer = textOf(await next(later, { childVoice: '', keepChildVoice: 'false', riskFactors: '' }));
    expect(answer).toContain('Suggested level: Additional needs (early help)');
    expect(answer).toContain('Lateness or absence increasing');
  });

  it('starts afresh when asked, dropping the earlier answers', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    await next(chat, { redFlags: '' });
    await next(chat, { agencyType: 'school', ageBand: '5to10' });
    await next(chat, { indicators: '4-C1', notSure: 'false' });
    await chat.says('cancel');
    await chat.says('threshold');
    expect(textOf(await chat.submits({ choice: 'newCheck' }))).toContain('Immediate danger first');
    await next(chat, { redFlags: '' });
    await next(chat, { agencyType: 'school', ageBand: '5to10' });
    for (let domain = 0; domain < 3; domain += 1) await next(chat, { indicators: '', notSure: 'false' });
    const answer = textOf(await next(chat, { childVoice: '', keepChildVoice: 'false', riskFactors: '' }));
    expect(answer).toContain('No level suggested');
    expect(answer).not.toContain('Disclosure or evidence');
  });

  it('refuses a card of another form instance, says so, and changes nothing', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    await next(chat, { redFlags: '' });
    const stale = textOf(await chat.submits({ form: 'threshold-red-flags', instance: 'someone-elses-form', section: 'redFlags', intent: 'next', redFlags: 'R1' }));
    expect(stale).toContain('Nothing was changed');
    expect(stale).not.toContain('Call 999 now');
    expect(stale).toContain('About you and the child');
  });
});
