import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineForm } from '../../cards/forms/formSpec.ts';
import { sectionFromSchema } from '../../cards/forms/sectionFromSchema.ts';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import { startReferral, VALID } from '../lado/ladoChat.ts';
import { next, textOf } from '../support/cardChat.ts';
import { newPractitioner } from '../support/newPractitioner.ts';
import { textOf as slackTextOf } from '../slack/slackChat.ts';
import { startSlackBot, type SlackBotUnderTest } from '../slack/slackTestBot.ts';
import type { BotUnderTest } from '../support/startBot.ts';

const KNOWN_AT = { date: '2026-11-23', time: '10:15' };

/** Everything the bot stored about conversations, users and records, as one text to search. */
async function everythingStored(bot: BotUnderTest): Promise<string> {
  const state = await bot.app.db.query<{ document: unknown }>('SELECT document FROM bot_state');
  const records = await bot.app.db.query<{ payload: unknown }>('SELECT payload FROM records');
  return JSON.stringify([state.rows, records.rows]);
}

describe('free-text length limits through /api/messages', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(() => bot?.stop());

  it('refuses an over-long name, address and narrative beside each field, and stores none of them', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    const longName = `Alex ${'Morganlong'.repeat(20)}`;
    const referrer = textOf(await next(chat, { ...VALID.referrer, name: longName }));
    expect(referrer).toContain('Name: shorten this to 200 characters or fewer');
    expect(referrer).toContain('Step 1 of 6 · About you');

    await next(chat, VALID.referrer);
    const longAddress = `1 Canary Lane, ${'Sample Town, '.repeat(40)}`;
    expect(textOf(await next(chat, { ...VALID.subject, address: longAddress }))).toContain('Home address: shorten this to 500 characters or fewer');

    const stored = await everythingStored(bot);
    expect(stored).not.toContain('Morganlong'.repeat(20));
    expect(stored).not.toContain('Sample Town, '.repeat(40));
    const { rows } = await bot.app.db.query<{ count: string }>('SELECT count(*)::text AS count FROM records');
    expect(rows[0]?.count).toBe('0');
  });

  it('refuses a narrative over 4,000 characters, and takes one of exactly 4,000', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, KNOWN_AT);
    await next(chat, VALID.referrer);
    await next(chat, VALID.subject);
    await next(chat, VALID.firstChild);
    await chat.submits({ choice: 'continue' });
    const tooLong = 'Canary narrative. '.repeat(223).slice(0, 4001);
    const refused = textOf(await next(chat, { ...VALID.allegation, summary: tooLong }));
    expect(refused).toContain('shorten this to 4000 characters or fewer');
    expect(await everythingStored(bot)).not.toContain(tooLong.slice(0, 500));

    const accepted = textOf(await next(chat, { ...VALID.allegation, summary: tooLong.slice(0, 4000) }));
    expect(accepted).toContain('Step 5 of 6');
  });

  it('will not start with a form whose free-text field has no limit', () => {
    const section = sectionFromSchema('about', 'About', z.strictObject({ story: z.string().meta({ title: 'Story' }) }));
    expect(() => defineForm({ id: 'unbounded', title: 'Unbounded', recordType: 'lado_referral', sections: [section] })).toThrow(/free-text field "story" needs a maximum length/);
  });
});

describe('free-text length limits in Slack form modals', () => {
  let harness: SlackBotUnderTest;
  beforeAll(async () => {
    harness = await startSlackBot();
  });
  afterAll(() => harness?.stop());

  it('answers an over-long answer with the error beside the field and keeps nothing of it', async () => {
    const chat = harness.newPractitioner();
    await chat.command('lado');
    await chat.says('No');
    await chat.submits(await chat.opensForm(), { harmTest: 'harmedChild', childReferralAlsoNeeded: 'false' });
    await chat.submits(await chat.opensForm(), { 'allegationKnownAt.date': '2026-11-23', 'allegationKnownAt.time': '10:15' });
    expect(slackTextOf(chat.messages.slice(-1))).toContain('Step 1 of 6 · About you');

    const longRole = 'Designated safeguarding lead '.repeat(10);
    const { answer } = await chat.submits(await chat.opensForm(), { ...VALID.referrer, role: longRole });
    const body = answer.body as { response_action: string; errors?: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors?.role).toMatch(/shorten this to 200 characters or fewer/);
    const state = await harness.bot.app.db.query<{ document: unknown }>('SELECT document FROM bot_state');
    expect(JSON.stringify(state.rows)).not.toContain(longRole.trim());
  });
});
