import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import type { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { cardProblems, formButton, newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

const LADO_PHONE = '01632 960200';
const EMERGENCY_DUTY_TEAM_PHONE = '01632 960300';

type StoredReferral = {
  subject: { professionalRegistration: string; inRegulatedActivity: string };
  children: Array<{ sex: string; status: string }>;
  actionsTaken: { childSafeNow: string; immediateActionsShownAt?: string; ofstedRegistration: string; ofstedNotified?: string };
};

/** From the menu to the card of actions taken, with one child. */
async function upToActions(chat: TestConversation): Promise<void> {
  await startReferral(chat, { date: '2026-11-23', time: '10:15' });
  await next(chat, VALID.referrer);
  await next(chat, VALID.subject);
  await next(chat, VALID.firstChild);
  await chat.submits({ choice: 'continue' });
  await next(chat, VALID.allegation);
}

describe('the LADO referral: is the child safe now?, and what the LADO needs to know about the people', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  async function storedReferral(receipt: string): Promise<StoredReferral> {
    const reference = /LADO-\d{4}-\d{6}/.exec(receipt)?.[0];
    const rows = await bot.app.db.query<{ payload: StoredReferral }>('SELECT payload FROM records WHERE reference = $1', [reference]);
    const payload = rows.rows[0]?.payload;
    if (payload === undefined) throw new Error(`no record for ${reference}`);
    return payload;
  }

  it('asks the question as a required Yes / No / Not sure, never a tick box that reads as "No"', async () => {
    const chat = bot.conversation(newPractitioner());
    await upToActions(chat);
    const card = textOf(chat.transcript.slice(-1));
    expect(card).toContain('Is the child safe now?');
    expect(card).toContain('Not sure');
    const { childSafeNow: _left, ...unanswered } = VALID.actionsTaken;
    const refused = textOf(await next(chat, unanswered));
    expect(refused).toContain('There is 1 thing to fix');
    expect(refused).toContain('Step 5 of 6 · Actions taken so far');
  });

  it('"No" stops the form with 999, the LADO’s and the emergency duty team’s numbers; the record says when they were shown', async () => {
    const person = newPractitioner();
    const chat = bot.conversation(person);
    await upToActions(chat);
    const stopped = textOf(await next(chat, { ...VALID.actionsTaken, childSafeNow: 'no' }));
    expect(stopped).toContain('Make the child safe first');
    for (const number of ['999', LADO_PHONE, EMERGENCY_DUTY_TEAM_PHONE]) expect(stopped).toContain(number);
    expect(stopped).toContain('resume my LADO referral');
    expect(stopped).not.toContain('Step 6 of 6');
    expect(textOf(await chat.says('hello'))).not.toContain('Step 6 of 6');

    const resumed = textOf(await chat.says('resume my LADO referral'));
    expect(resumed).toContain('Step 5 of 6 · Actions taken so far');
    expect(resumed).toContain('was shown to you at');
    await next(chat, { ...VALID.actionsTaken, childSafeNow: 'no' });
    const summary = textOf(await next(chat, VALID.declaration));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain('was shown to you at');
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const record = await storedReferral(receipt);
    expect(record.actionsTaken.childSafeNow).toBe('no');
    expect(record.actionsTaken.immediateActionsShownAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('"Not sure" stops the form the same way', async () => {
    const chat = bot.conversation(newPractitioner());
    await upToActions(chat);
    const stopped = textOf(await next(chat, { ...VALID.actionsTaken, childSafeNow: 'notSure' }));
    expect(stopped).toContain('Make the child safe first');
    for (const number of ['999', LADO_PHONE, EMERGENCY_DUTY_TEAM_PHONE]) expect(stopped).toContain(number);
    expect(stopped).not.toContain('Step 6 of 6');
  });

  it('keeps the child’s sex and status, the adult’s registration and regulated activity, and asks an Ofsted-registered setting whether Ofsted was told', async () => {
    const chat = bot.conversation(newPractitioner());
    await upToActions(chat);
    const earlyYears = { ...VALID.actionsTaken, ofstedRegistration: 'earlyYears' };
    const refused = textOf(await next(chat, earlyYears));
    expect(refused).toContain('Has Ofsted been told of the allegation?: choose one of the options');
    expect(textOf(await chat.says('why?'))).toContain('Statutory framework for the early years foundation stage');
    await next(chat, { ...earlyYears, ofstedNotified: 'notYet' });
    const summary = textOf(await next(chat, VALID.declaration));
    for (const shown of ['Looked after (in care)', 'Female', 'Teacher (Teaching Regulation Agency', 'Is the person in regulated activity with children?', 'Yes: early years or childcare', 'Not yet']) {
      expect(summary).toContain(shown);
    }
    const record = await storedReferral(textOf(await chat.submits(formButton(chat, 'confirm'))));
    expect(record.children[0]).toMatchObject({ sex: 'female', status: 'lookedAfter' });
    expect(record.subject).toMatchObject({ professionalRegistration: 'teacher', inRegulatedActivity: 'yes' });
    expect(record.actionsTaken).toMatchObject({ childSafeNow: 'yes', ofstedRegistration: 'earlyYears', ofstedNotified: 'notYet' });
    expect(record.actionsTaken.immediateActionsShownAt).toBeUndefined();
  });
});
