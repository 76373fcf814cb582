import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import { ADULT_NAME, ALLEGATION_TEXT, CHILD_NAMES, fillReferral, startReferral, VALID } from '../lado/ladoChat.ts';
import { formButton, next, textOf } from '../support/cardChat.ts';
import { newPractitioner } from '../support/newPractitioner.ts';
import type { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { CHILD_NAME, CRITERIA, DEMO_MANAGER, NOTIFIER_NAME, notifyDeath, OUTLINE, startSeriousIncidentBot, TestClock } from '../seriousIncident/seriousIncidentChat.ts';
import { newPractitioner as newThresholdPractitioner, walkToAnswer } from '../thresholds/thresholdChat.ts';

const CANARIES = [ADULT_NAME, ...CHILD_NAMES, ALLEGATION_TEXT, VALID.referrer.name, VALID.subject.address];

/** The conversation's and the user's state rows as stored, as one text to search. */
async function storedState(bot: BotUnderTest, chat: TestConversation): Promise<string> {
  const { rows } = await bot.app.db.query<{ key: string; document: unknown }>('SELECT key, document FROM bot_state WHERE key LIKE $1 OR key LIKE $2', [
    `%${chat.options.conversationId}%`,
    `%${chat.options.userId}%`,
  ]);
  expect(rows.length).toBeGreaterThan(0);
  return JSON.stringify(rows);
}

describe('case detail does not outlive the submission in conversation or user state', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  }, 240_000);
  afterAll(() => bot?.stop());

  it('keeps only the reference after a LADO referral is sent, and copies details forward only when the user says so', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const reference = /LADO-\d{4}-\d{6}/.exec(receipt)?.[0] ?? 'no reference';

    const afterSubmit = await storedState(bot, chat);
    for (const canary of CANARIES) expect(afterSubmit).not.toContain(canary);
    expect(afterSubmit).toContain(reference);

    const question = textOf(await chat.submits({ choice: 'another' }));
    expect(question).toContain(`the same as in ${reference}`);
    for (const canary of CANARIES) expect(await storedState(bot, chat)).not.toContain(canary);

    const nextAdult = textOf(await chat.submits({ choice: 'copy' }));
    expect(nextAdult).toContain('Step 2 of 6 · The adult concerned');
    expect(nextAdult).not.toContain(ADULT_NAME);
    // The children came forward from the stored referral, because the user said so.
    expect(textOf(await next(chat, { ...VALID.subject, name: 'Second Adultperson' }))).toContain(CHILD_NAMES[0]);
  });

  it('starts the next referral empty when the user says the details differ', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    await chat.submits(formButton(chat, 'confirm'));
    await chat.submits({ choice: 'another' });
    expect(textOf(await chat.submits({ choice: 'fresh' }))).toContain('Is a child in immediate danger right now?');
    for (const canary of CANARIES) expect(await storedState(bot, chat)).not.toContain(canary);
  });

  it('keeps none of the child’s words after a threshold check is saved', async () => {
    const chat = bot.conversation(newThresholdPractitioner());
    const childVoice = 'Canary voice: he said it hurts when dad is angry';
    await walkToAnswer(chat, { domains: ['4-C1', '', ''], voice: { childVoice, keepChildVoice: 'false', riskFactors: '' } });
    expect(textOf(await chat.submits({ choice: 'agree' }))).toContain(childVoice);
    expect(await storedState(bot, chat)).not.toContain(childVoice);
  });
});

describe('case detail does not outlive a serious incident notification in state', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(new TestClock('2026-11-24T10:00:00Z'));
  }, 240_000);
  afterAll(() => bot?.stop());

  it('keeps only the reference once the notification is sent', async () => {
    const chat = bot.conversation(DEMO_MANAGER);
    const { reference } = await notifyDeath(chat, CRITERIA.deathWithSuspectedNeglect, { date: '2026-11-23', time: '09:00' });
    const stored = await storedState(bot, chat);
    for (const canary of [CHILD_NAME, OUTLINE, NOTIFIER_NAME]) expect(stored).not.toContain(canary);
    expect(reference).toMatch(/^SIN-/);
  });
});
