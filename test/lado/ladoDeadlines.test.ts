import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { fillReferral, formButton, newPractitioner, startReferral, textOf } from './ladoChat.ts';

/** Heard of at day 0 (London time), the LADO must be told by the end of the next working day (domain brief §4). */
const CASES = [
  { name: 'a Friday at 16:30', knownAt: { date: '2026-11-20', time: '16:30' }, due: 'Monday 23 November 2026' },
  { name: 'the eve of Good Friday', knownAt: { date: '2026-04-02', time: '16:30' }, due: 'Tuesday 7 April 2026' },
  { name: 'the Friday before the August bank holiday', knownAt: { date: '2026-08-28', time: '16:30' }, due: 'Tuesday 1 September 2026' },
];

describe('the LADO deadline shown while filling in and on the receipt', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each(CASES)('heard of on $name: due by the end of $due', async ({ knownAt, due }) => {
    const chat = bot.conversation(newPractitioner());
    const first = textOf(await startReferral(chat, knownAt));
    expect(first).toContain(`Tell the LADO: Due by the end of ${due}`);
    expect(textOf(await fillReferral(chat))).toContain(`Due by the end of ${due}`);
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    expect(receipt).toContain(`Deadline for telling the LADO: Due by the end of ${due}`);
  });

  it('refuses a time in the future and says what to fix', async () => {
    const chat = bot.conversation(newPractitioner());
    const refused = textOf(await startReferral(chat, { date: '2099-01-05', time: '09:00' }));
    expect(refused).toContain('this is in the future');
  });
});
