import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { fillReferral, formButton, newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

describe('LADO drafts', () => {
  let dataDir: string;
  let bot: BotUnderTest;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lado-drafts-'));
    bot = await startAlertBot({ dataDir });
  });
  afterAll(async () => {
    await bot?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a cancelled referral as a draft, resumes it in another conversation after a restart, and submits it', async () => {
    const person = newPractitioner();
    const chat = bot.conversation(person);
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await next(chat, VALID.referrer);
    const stopped = textOf(await chat.submits(formButton(chat, 'cancel')));
    expect(stopped).toContain('Nothing was submitted');
    expect(stopped).toContain('resume my LADO referral');

    await bot.stop();
    bot = await startAlertBot({ dataDir });

    const later = bot.conversation({ ...person, conversationId: `later-${person.userId}` });
    const resumed = textOf(await later.says('resume my LADO referral'));
    expect(resumed).toContain('Welcome back');
    expect(resumed).toContain('Step 2 of 6 · The adult concerned');
    expect(resumed).toContain('Tell the LADO: Due by the end of Tuesday 24 November 2026');
    const back = textOf(await later.submits(formButton(later, 'back')));
    expect(back).toContain(VALID.referrer.email);
    await fillReferral(later);
    expect(textOf(await later.submits(formButton(later, 'confirm')))).toMatch(/LADO-2026-\d{6}/);
  });

  it('offers the draft when the user starts the flow again, and starts afresh when asked', async () => {
    const person = newPractitioner();
    const chat = bot.conversation(person);
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await chat.says('cancel');
    const offered = textOf(await chat.says('lado'));
    expect(offered).toContain('You have a LADO referral in progress');
    expect(offered).toContain('Tell the LADO: Due by the end of Tuesday 24 November 2026');
    expect(textOf(await chat.submits({ choice: 'new' }))).toContain('Is a child in immediate danger right now?');
    await chat.says('cancel');
    expect(textOf(await chat.says('resume my lado referral'))).toContain('no LADO referral or consultation in progress');
  });

  it('never shows one user’s draft to another user', async () => {
    const owner = bot.conversation(newPractitioner());
    await startReferral(owner, { date: '2026-11-23', time: '10:15' });
    await next(owner, VALID.referrer);
    const stranger = bot.conversation(newPractitioner());
    const reply = textOf(await stranger.says('resume my LADO referral'));
    expect(reply).toContain('no LADO referral or consultation in progress');
    expect(reply).not.toContain(VALID.referrer.name);
  });

  it('answers help in the middle of the form, then shows the same step again', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    const help = textOf(await chat.says('help'));
    expect(help).toContain('What I can do');
    expect(help).toContain('Step 1 of 6 · About you');
  });
});
