import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAlertBot, teamsUser } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { ADULT_NAME, ALLEGATION_TEXT, cardProblems, CHILD_NAMES, fillReferral, formButton, newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

describe('a LADO referral through /api/messages', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('goes from an allegation to a submitted referral about two children; the LADO channel gets an alert without case detail', async () => {
    const channel = bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: 'lado-duty-channel' }));
    expect(textOf(await channel.says('register this channel for LADO alerts'))).toMatch(/lado/i);

    const chat = bot.conversation(newPractitioner());
    expect(textOf(await chat.says('a teacher hurt a pupil'))).toContain('Is a child in immediate danger right now?');
    const first = await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    const beforeTheForm = textOf(chat.transcript);
    expect(beforeTheForm).toContain('Do not investigate');
    expect(beforeTheForm).toContain('Never upload, copy, view or forward indecent images');
    expect(beforeTheForm).toContain('Do not tell the adult concerned');
    expect(textOf(first)).toContain('Step 1 of 6 · About you');
    expect(textOf(first)).toContain('Tell the LADO: Due by the end of Tuesday 24 November 2026');

    const summary = textOf(await fillReferral(chat));
    const conversationState = await bot.app.db.query<{ document: unknown }>('SELECT document FROM bot_state WHERE key LIKE $1', [`%/conversations/${chat.options.conversationId}%`]);
    expect(conversationState.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(conversationState.rows)).not.toContain(ADULT_NAME);
    expect(summary).toContain('Check your answers');
    for (const name of [ADULT_NAME, ...CHILD_NAMES]) expect(summary).toContain(name);
    expect(summary).toContain('1 of 2');
    expect(summary).toContain('Tell the LADO: Due by the end of Tuesday 24 November 2026');

    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const reference = /LADO-2026-\d{6}/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    expect(receipt).toContain('Deadline for telling the LADO: Due by the end of Tuesday 24 November 2026');
    expect(receipt).toContain('01632 960200');
    expect(receipt).toContain('Start a referral for another adult');
    expect(cardProblems(chat.transcript)).toEqual([]);

    const alert = await eventually(() => bot.connector.sent(channel.options.conversationId).find((sent) => textOf([sent]).includes(reference ?? '?')));
    const alertText = JSON.stringify(alert);
    expect(alertText).toContain('LADO referral');
    const logs = bot.logs.join('\n');
    for (const detail of [ADULT_NAME, ...CHILD_NAMES, ALLEGATION_TEXT, VALID.subject.address, VALID.subject.dateOfBirth, VALID.referrer.name]) {
      expect(alertText).not.toContain(detail);
      expect(logs).not.toContain(detail);
    }
  });

  it('edits a section from the summary and comes back to the summary', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const reopened = textOf(await chat.submits(formButton(chat, 'edit', 'allegation')));
    expect(reopened).toContain('Step 4 of 6 · The allegation');
    expect(reopened).toContain('Classroom 3');
    const summary = textOf(await next(chat, { ...VALID.allegation, place: 'Sports hall' }));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain('Sports hall');
    expect(summary).not.toContain('Classroom 3');
  });

  it('starts the next referral for another adult with the shared details filled in, once the user says they are the same', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    await chat.submits(formButton(chat, 'confirm'));
    expect(textOf(await chat.submits({ choice: 'another' }))).toContain('Start from your last referral?');
    const nextAdult = textOf(await chat.submits({ choice: 'copy' }));
    expect(nextAdult).toContain('Step 2 of 6 · The adult concerned');
    expect(nextAdult).not.toContain(ADULT_NAME);
    await next(chat, { ...VALID.subject, name: 'Second Adultperson' });
    expect(textOf(await next(chat, VALID.firstChild))).toContain('Step 3 of 6 · Child 2');
  });

  it('answers "why?" with the edition, the rule and its sources', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    expect(textOf(await chat.says('why?'))).toContain('Doncaster Council: LADO referral form');
    await chat.says('no');
    const harmTest = textOf(await chat.says('why?'));
    expect(harmTest).toContain('Working Together to Safeguard Children 2013');
    expect(harmTest).toContain('Browne Jacobson: Keeping children safe in education 2020, key changes');
    await startReferralFromGate(chat);
    const clock = textOf(await chat.says('why?'));
    expect(clock).toContain('within 1 working day');
    expect(clock).toContain('Working Together to Safeguard Children 2013: one minute guide (No. 027, May 2013)');
    expect(clock).not.toMatch(/seeds\/|\bL49\b|Status:/);
  });
});

async function startReferralFromGate(chat: ReturnType<BotUnderTest['conversation']>): Promise<void> {
  await next(chat, { harmTest: 'harmedChild', childReferralAlsoNeeded: 'false' });
  await next(chat, { 'allegationKnownAt.date': '2026-11-23', 'allegationKnownAt.time': '10:15' });
}
