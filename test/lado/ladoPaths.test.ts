import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAlertBot, teamsUser } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { Reply } from '../support/conversation.ts';
import { cardProblems, formButton, newPractitioner, next, textOf, VALID } from './ladoChat.ts';

const QUESTION = 'A colleague messages a pupil on a personal account. Is that for the LADO?';

describe('the other ways out of the harm test', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('sends a consultation request to the LADO duty channel when the person is not sure', async () => {
    const channel = bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: 'lado-consultations' }));
    await channel.says('register this channel for LADO consultation alerts');
    const chat = bot.conversation(newPractitioner());
    await chat.says('concern about a staff member');
    await chat.says('no');
    const contact = textOf(await next(chat, { harmTest: 'notSure', childReferralAlsoNeeded: 'false' }));
    expect(contact).toContain('Step 1 of 2 · How the LADO can reach you');
    const question = textOf(await next(chat, VALID.referrer));
    expect(question).toContain('Describe people by their role, not their name');
    const summary = textOf(await next(chat, { question: QUESTION, limbsConsidered: 'mayPoseRiskOfHarm' }));
    expect(summary).toContain('Check your answers');
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    expect(receipt).toContain('Consultation request recorded');
    const reference = /LADOC-2026-\d{6}/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    expect(cardProblems(chat.transcript)).toEqual([]);

    const alert = await eventually(() => bot.connector.sent(channel.options.conversationId).find((sent) => textOf([sent]).includes(reference ?? '?')));
    expect(JSON.stringify(alert)).not.toContain(QUESTION);
    expect(JSON.stringify(alert)).not.toContain(VALID.referrer.name);
  });

  it('explains low-level concerns when no part of the test is met, and offers the LADO anyway', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    await chat.says('no');
    const advice = textOf(await next(chat, { harmTest: 'none', childReferralAlsoNeeded: 'false' }));
    expect(advice).toContain('low-level concern');
    expect(advice).toContain('Ask the LADO for advice anyway');
    expect(textOf(await chat.says('why?'))).toContain('Keeping children safe in education');
    expect(textOf(await chat.submits({ choice: 'done' }))).toContain('Nothing has been sent or stored');

    const another = bot.conversation(newPractitioner());
    await another.says('lado');
    await another.says('no');
    await next(another, { harmTest: 'none', childReferralAlsoNeeded: 'false' });
    expect(textOf(await another.submits({ choice: 'consult' }))).toContain('How the LADO can reach you');
  });

  it('puts safety first: 999 and the board’s numbers, then carries on for the record', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    const emergency = textOf(await chat.says('yes'));
    expect(emergency).toContain('999');
    expect(emergency).toContain('01632 960100');
    expect(emergency).toContain('01632 960300');
    expect(emergency).toContain('The harm test');
    await next(chat, { harmTest: 'harmedChild', childReferralAlsoNeeded: 'true' });
    const childReferral = textOf(chat.transcript.slice(-4));
    expect(childReferral).toContain('Refer the child as well');
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('takes allegations only in a one-to-one chat, never in a channel', async () => {
    const channel = bot.conversation({ ...newPractitioner(), conversationType: 'channel', conversationId: 'a-team-channel' });
    const reply = textOf(await channel.says('lado'));
    expect(reply).toBe('I’ve messaged you privately: case details stay in a one-to-one chat.');
    expect(textOf(bot.connector.sent(bot.connector.personalChatOf(channel.options.userId)!) as Reply[])).toContain('Is a child in immediate danger right now?');
  });

  it('refuses a mix of "not sure" and parts of the test, and says what to fix', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    await chat.says('no');
    const refused = textOf(await next(chat, { harmTest: 'harmedChild,notSure', childReferralAlsoNeeded: 'false' }));
    expect(refused).toContain('but not a mix');
  });
});
