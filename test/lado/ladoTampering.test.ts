import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { TestConversation } from '../support/conversation.ts';
import { cardProblems, formButton, newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

describe('tampered or incomplete LADO cards', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  async function onTheAdultSection(): Promise<TestConversation> {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await next(chat, VALID.referrer);
    return chat;
  }

  /** Going back shows what the draft holds for "About you": proof a refused card changed nothing. */
  async function referrerAsStored(chat: TestConversation): Promise<string> {
    return textOf(await chat.submits(formButton(chat, 'back')));
  }

  it('names a missing required field and keeps what was typed', async () => {
    const chat = await onTheAdultSection();
    const { name: _name, ...withoutName } = VALID.subject;
    const refused = textOf(await next(chat, withoutName));
    expect(refused).toContain('There is 1 thing to fix');
    expect(refused).toContain('Full name: fill this in');
    expect(refused).toContain('Step 2 of 6 · The adult concerned');
    expect(refused).toContain(VALID.subject.jobTitle);
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('refuses a field the form does not have', async () => {
    const chat = await onTheAdultSection();
    const refused = textOf(await next(chat, { ...VALID.subject, isApproved: 'true' }));
    expect(refused).toContain('Unexpected field "isApproved"');
    expect(refused).toContain('Step 2 of 6');
  });

  it('refuses a value of the wrong type', async () => {
    const chat = await onTheAdultSection();
    const refused = textOf(await next(chat, { ...VALID.subject, ageYears: 'forty' }));
    expect(refused).toContain('Age, if date of birth not known: enter a number, like 12');
    const wrongChoice = textOf(await next(chat, { ...VALID.subject, employmentBasis: 'contractor' }));
    expect(wrongChoice).toContain('Employment basis: choose one of the options');
  });

  it('refuses initials for a child, and a child with neither age nor date of birth', async () => {
    const chat = await onTheAdultSection();
    await next(chat, VALID.subject);
    expect(textOf(await next(chat, { identity: 'known', fullName: 'J.S.', ageYears: '9' }))).toContain('not initials');
    expect(textOf(await next(chat, { identity: 'known', fullName: 'Zebedee Canarywood', sex: 'male', status: 'notKnown' }))).toContain('give a date of birth or an age in years');
    expect(textOf(await next(chat, { identity: 'unknown' }))).toContain('If you do not know who: what is known about the child: fill this in');
  });

  it('refuses a card from another user’s form and changes nothing', async () => {
    const victim = await onTheAdultSection();
    const victimsNext = formButton(victim, 'next');
    const attacker = await onTheAdultSection();
    const refused = textOf(await attacker.submits({ ...victimsNext, ...VALID.subject, name: 'Mallory Intruder' }));
    expect(refused).toContain('belongs to a form that is no longer open here, or to someone else');
    expect(refused).toContain('Nothing was changed');
    const victimSummary = textOf(await next(victim, VALID.subject));
    expect(victimSummary).not.toContain('Mallory Intruder');
    expect(await referrerAsStored(attacker)).toContain(VALID.referrer.email);
  });

  it('refuses a card from an earlier step or an old form, and changes nothing', async () => {
    const chat = await onTheAdultSection();
    const oldReferrerNext = formButton(chat, 'next', 'referrer');
    const earlier = textOf(await chat.submits({ ...oldReferrerNext, ...VALID.referrer, email: 'changed@example.org' }));
    expect(earlier).toContain('earlier card');
    expect(await referrerAsStored(chat)).not.toContain('changed@example.org');
    const oldForm = textOf(await chat.submits({ ...formButton(chat, 'next'), instance: 'an-old-form-instance', ...VALID.referrer }));
    expect(oldForm).toContain('no longer open here');
  });

  it('refuses a card submission that is not an object of answers', async () => {
    const chat = await onTheAdultSection();
    const refused = textOf(await chat.submits({ ...formButton(chat, 'next'), name: ['an', 'array'] }));
    expect(refused).toContain('Full name');
    expect(refused).toContain('Step 2 of 6');
  });
});
