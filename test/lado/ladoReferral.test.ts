import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { ADULT_NAME, cardProblems, CHILD_NAMES, fillReferral, formButton, startReferral, textOf } from './ladoChat.ts';

describe('a LADO referral through /api/messages', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('goes from the harm test to a submitted referral about two children, with the clock on every card', async () => {
    const chat = bot.conversation();
    const safety = await chat.says('a teacher hurt a pupil');
    expect(textOf(safety)).toContain('Is a child in immediate danger right now?');
    const first = await startReferral(chat, { date: '2026-11-20', time: '16:30' });
    expect(textOf(first)).toContain('Due by the end of Monday 23 November 2026');
    expect(textOf(first)).toContain('Step 1 of 6 · About you');
    const summary = await fillReferral(chat);
    const summaryText = textOf(summary);
    expect(summaryText).toContain('Check your answers');
    expect(summaryText).toContain(CHILD_NAMES[0]);
    expect(summaryText).toContain(CHILD_NAMES[1]);
    expect(summaryText).toContain(ADULT_NAME);
    expect(summaryText).toContain('Due by the end of Monday 23 November 2026');
    const receipt = await chat.submits(formButton(chat, 'confirm'));
    console.log(textOf(receipt));
    expect(textOf(receipt)).toMatch(/LADO-2026-\d+/);
    expect(cardProblems(chat.transcript)).toEqual([]);
  });
});
