import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { fillReferral, formButton, newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

/** What a person hears after a flow is over: a button on an old card changes nothing and says why; cancel says what was kept. */
describe('after the end of a LADO flow', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const countRecords = async () => Number((await bot.app.db.query<{ count: string }>('SELECT count(*) AS count FROM records')).rows[0]?.count);

  it('answers a button on a card of a submitted referral with its reference, and stores nothing more', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const confirm = formButton(chat, 'confirm');
    const reference = /LADO-\d{4}-\d{6}/.exec(textOf(await chat.submits(confirm)))?.[0] ?? 'no reference';
    expect(textOf(await chat.submits({ choice: 'done' }))).toContain('Keep your reference');
    const stored = await countRecords();

    expect(textOf(await chat.submits(confirm))).toContain(`That form was already saved as ${reference}. Nothing was changed.`);
    expect(textOf(await chat.submits(formButton(chat, 'edit', 'allegation')))).toContain(`already saved as ${reference}`);
    expect(textOf(await chat.submits({ choice: 'another' }))).toContain('That card is from a conversation that has finished, so nothing was changed.');
    expect(await countRecords()).toBe(stored);
  });

  it('names the saved reference for a button on a submitted referral while another referral is open, then shows where that one is', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const oldConfirm = formButton(chat, 'confirm');
    const reference = /LADO-\d{4}-\d{6}/.exec(textOf(await chat.submits(oldConfirm)))?.[0] ?? 'no reference';
    await chat.submits({ choice: 'done' });
    await startReferral(chat, { date: '2026-11-24', time: '09:00' });
    const openNow = formButton(chat, 'next');
    const stored = await countRecords();

    const answer = await chat.submits(oldConfirm);
    expect(textOf(answer)).toContain(`That form was already saved as ${reference}. Nothing was changed.`);
    expect(textOf(answer)).toContain('This is where your form is now:');
    expect(formButton(chat, 'next')).toEqual(openNow);
    expect(await countRecords()).toBe(stored);
  });

  it('says the draft was kept and how to resume it, whether cancel is typed or pressed, and a later press on the old card changes nothing', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await next(chat, VALID.referrer);
    const kept = 'Cancelled. Nothing was submitted. Your answers are kept as a draft for a week after you last changed them: to carry on, type **resume my LADO referral** in any chat with me.';
    expect(textOf(await chat.says('cancel'))).toContain(kept);

    expect(textOf(await chat.submits(formButton(chat, 'next')))).toContain('This form was closed, so nothing was changed.');

    await chat.says('resume my LADO referral');
    expect(textOf(await chat.submits(formButton(chat, 'cancel')))).toContain(kept);
  });

  it('says no draft was kept when cancel comes before there is anything to keep', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    expect(textOf(await chat.says('cancel'))).toContain('Cancelled. Nothing was submitted, and no draft was kept.');
  });
});
