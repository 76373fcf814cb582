import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThresholdConsultation } from '../../knowledge/records/thresholdConsultation.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { cardProblems, next } from '../support/cardChat.ts';
import { newPractitioner, walkToAnswer } from './thresholdChat.ts';

const textOf = TestConversation.textOf;

/** The stored record behind the reference the receipt showed. */
async function recordShownIn(bot: BotUnderTest, receiptText: string): Promise<ThresholdConsultation> {
  const reference = /\b[A-Z]+-\d{4}-\d{6}\b/.exec(receiptText)?.[0];
  expect(reference).toBeDefined();
  const { rows } = await bot.app.db.query<{ payload: ThresholdConsultation }>('SELECT payload FROM records WHERE reference = $1', [reference]);
  return rows[0]!.payload;
}

/** A controllable clock: Monday 30 November 2026, 10:00 London unless a test moves it. */
let now = new Date('2026-11-30T10:00:00Z');

describe('the threshold check through /api/messages (demo board, four levels)', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => now } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    { level: 'Universal', domains: ['1-C1,1-C2', '1-P1', '1-F1'], response: 'Universal services' },
    { level: 'Additional needs (early help)', domains: ['2-C2,2-C3', '2-P1', ''], response: 'early help assessment' },
    { level: 'Complex needs (child in need, s17)', domains: ['3-C2', '3-P2,2-P1', '3-F1'], response: 'assessment under s17' },
    { level: 'Acute / child protection (s47)', domains: ['4-C1,4-C2', '', '4-F2'], response: 'child protection referral' },
  ])('suggests $level with its reasoning, response, consent, contacts and the referral clock', async ({ level, domains, response }) => {
    const chat = bot.conversation(newPractitioner());
    const replies = await walkToAnswer(chat, { domains });
    const text = textOf(replies);
    expect(text).toContain(`Suggested level: ${level}`);
    expect(text).toContain(response);
    expect(text).toContain('Consent:');
    expect(text).toContain('safeguarding lead');
    expect(text).toContain('If you disagree with a threshold decision');
    expect(text).toContain('within 1 working day');
    expect(text).toMatch(/seeds\/004_e13bb95539be3372\.txt/);
    expect(cardProblems(chat.transcript)).toEqual([]);

    const saved = textOf(await chat.submits({ choice: 'agree' }));
    expect(saved).toContain('Threshold check saved');
    expect((await recordShownIn(bot, saved)).level.practitionerLevel).toBeDefined();
  });

  it('gives a referral summary to copy when the answer is a referral, without a child name in the record', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['4-C1', '', ''], voice: { childVoice: 'He said it hurts when dad is angry', keepChildVoice: 'false', riskFactors: 'domesticAbuse' } });
    const text = textOf(await chat.submits({ choice: 'agree' }));
    expect(text).toContain('Referral summary');
    expect(text).toContain('Disclosure or evidence of physical, sexual or emotional abuse.');
    expect(text).toContain('He said it hurts when dad is angry');
    expect(JSON.stringify(await recordShownIn(bot, text))).not.toContain('hurts when dad');
  });

  it('keeps the suggested level and the practitioner\'s own level with the reason', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['2-C1', '', ''] });
    const overrideCard = textOf(await chat.submits({ choice: 'override' }));
    expect(overrideCard).toContain('Choose a different level');
    const missingReason = textOf(await next(chat, { practitionerLevel: '3', overrideReason: '' }));
    expect(missingReason).toMatch(/Why/);
    const receipt = textOf(await next(chat, { practitionerLevel: '3', overrideReason: 'Third missed appointment this term and carers not engaging' }));
    const record = await recordShownIn(bot, receipt);
    expect(record.level).toMatchObject({ recommendedLevel: '2', practitionerLevel: '3', overrideReason: 'Third missed appointment this term and carers not engaging' });
    expect(record.outcome.nextStep).toBe('childInNeedReferral');
  });

  it('puts red flags first: 999 and the front door inside working hours', async () => {
    now = new Date('2026-11-30T10:00:00Z');
    const chat = bot.conversation(newPractitioner());
    await chat.says("I'm worried about a child");
    const text = textOf(await next(chat, { redFlags: 'R1,R3' }));
    expect(text).toContain('Call 999 now');
    expect(text).toContain('front door');
    expect(text).toContain('01632 960100');
    expect(text).not.toContain('01632 960300');
  });

  it('sends red flags to the emergency duty team outside working hours, then saves a short record', async () => {
    now = new Date('2026-12-05T22:30:00Z');
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    const text = textOf(await next(chat, { redFlags: 'R5' }));
    expect(text).toContain('emergency duty team');
    expect(text).toContain('01632 960300');
    await chat.submits({ choice: 'finish' });
    const saved = textOf(await next(chat, { agencyType: 'health', ageBand: '11to15' }));
    expect(saved).toContain('Threshold check saved');
    const record = await recordShownIn(bot, saved);
    expect(record.concern.redFlags).toEqual(['R5']);
    expect(record.outcome.nextStep).toBe('emergencyCall');
    now = new Date('2026-11-30T10:00:00Z');
  });

  it('pauses on cancel and carries on where it stopped', async () => {
    const user = newPractitioner();
    const chat = bot.conversation(user);
    await chat.says('threshold');
    await next(chat, { redFlags: '' });
    await next(chat, { agencyType: 'school', ageBand: '5to10' });
    expect(textOf(await chat.says('cancel'))).toContain('Cancelled');

    const later = bot.conversation({ ...user, conversationId: `later-${user.userId}` });
    expect(textOf(await later.says('threshold'))).toContain('Carry on where you stopped?');
    const resumed = textOf(await later.submits({ choice: 'resume' }));
    expect(resumed).toContain("Child's developmental needs");
  });

  it('refuses a card from an earlier step and changes nothing', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('threshold');
    await next(chat, { redFlags: '' });
    const stale = await chat.submits({ form: 'threshold-red-flags', instance: 'someone-elses-form', section: 'redFlags', intent: 'next', redFlags: 'R1' });
    expect(textOf(stale)).not.toContain('Call 999 now');
  });
});

describe('a second board with its own three-level document', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => new Date('2026-11-30T10:00:00Z') } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('asks its own questions and suggests its own levels, with no code change', async () => {
    const chat = bot.conversation(newPractitioner({ tenantId: '00000000-0000-4000-8000-00000000b001' }));
    await chat.says('threshold');
    const firstDomain = textOf(await next(chat, { redFlags: '' }).then(() => next(chat, { agencyType: 'school', ageBand: '5to10' })));
    expect(firstDomain).not.toContain('Growing and developing as expected');
    const board = bot.app.boards.board('northfield-partnership')!;
    const document = board.thresholds;
    const top = [...document.levels].sort((a, b) => b.order - a.order)[0]!;
    for (const domain of document.domains) {
      const ticked = document.indicators.filter((indicator) => indicator.domain === domain.id && indicator.level === top.id).map((indicator) => indicator.id);
      await next(chat, { indicators: ticked.join(','), notSure: 'false' });
    }
    const answer = textOf(await next(chat, { childVoice: '', keepChildVoice: 'false', riskFactors: '' }));
    expect(document.levels).toHaveLength(3);
    expect(answer).toContain(`Suggested level: ${top.name}`);
  });
});
