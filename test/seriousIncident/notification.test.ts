import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { Reply } from '../support/conversation.ts';
import {
  answerCriteria,
  cardProblems,
  CHILD_NAME,
  CRITERIA,
  DEMO_MANAGER,
  DEMO_PRACTITIONER,
  fillDeathNotification,
  formButton,
  next,
  NORTHFIELD_MANAGER,
  NORTHFIELD_STAFF,
  NOTIFIER_NAME,
  OUTLINE,
  startSeriousIncidentBot,
  TestClock,
  textOf,
  VALID,
} from './seriousIncidentChat.ts';

const NORTHFIELD_DEATH = { ...CRITERIA.deathWithSuspectedNeglect, incidentInArea: 'yes', normallyResidentInArea: 'yes' };

describe('a serious incident notification through /api/messages', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(clock);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('takes a death with suspected neglect from a manager of the demo board (WT2013) to a receipt with its clocks; the business team’s alert names nobody', async () => {
    const channel = bot.conversation({ ...DEMO_MANAGER, conversationType: 'channel', conversationId: 'demo-business-team' });
    await channel.says('register this channel for serious incident alerts');
    const chat = bot.conversation(DEMO_MANAGER);

    const criteria = textOf(await chat.says('serious incident'));
    expect(criteria).toContain('The criteria under Working Together to Safeguard Children 2013');
    expect(criteria).not.toContain('Did it happen in our area?');
    const advice = textOf(await next(chat, CRITERIA.deathWithSuspectedNeglect));
    expect(advice).toContain('The board must be notified');
    expect(advice).toContain('Serious case: abuse or neglect is known or suspected and the child died.');
    expect(advice).not.toMatch(/\(10\.1|, S\)|Status/);
    expect(advice).toContain('Who decides: LSCB chair, advised and challenged by the national panel.');
    expect(advice).toContain('Wood Report: review of the role and functions of Local Safeguarding Children Boards, March 2016: “abuse or neglect of a child is known or suspected”');
    expect(advice).not.toMatch(/seeds\/|\bL\d+/);
    expect(advice).toContain('Child death review through the CDOP');

    const first = textOf(await chat.submits({ choice: 'notify' }));
    expect(first).toContain('Step 1 of 11 · When the local authority became aware');
    expect(first).toContain('Ofsted and the LSCB notified: No national deadline recorded – board to set.');
    const summary = textOf(await fillDeathNotification(chat, { date: '2026-11-23', time: '10:15' }));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain(CHILD_NAME);

    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const reference = /SIN-2026-\d{6}/.exec(receipt)?.[0] ?? '';
    expect(receipt).toContain('Serious incident notification recorded');
    expect(receipt).toContain(`The board’s business team has been alerted about ${reference}.`);
    expect(receipt).toContain('Ofsted and the LSCB notified: No national deadline recorded – board to set');
    expect(receipt).toContain('LSCB chair decides whether to start a serious case review: No national deadline recorded – board to set');
    expect(receipt).toContain('Serious incident: Local authority tells Ofsted and the LSCB.');
    expect(receipt).toContain('I do not submit to national systems');
    expect(cardProblems(chat.transcript)).toEqual([]);

    const alert = await eventually(() => bot.connector.sent(channel.options.conversationId).find((sent) => textOf([sent]).includes(reference)));
    expect(textOf([alert])).toContain('Serious incident notification');
    const logs = bot.logs.join('\n');
    for (const detail of [CHILD_NAME, OUTLINE, NOTIFIER_NAME, VALID.otherChildren.actionTaken]) {
      expect(JSON.stringify(alert)).not.toContain(detail);
      expect(logs).not.toContain(detail);
    }
  });

  it('gives a manager of a WT2023 board the Panel’s five working days, and the rapid review’s fifteen, both from awareness', async () => {
    const chat = bot.conversation(NORTHFIELD_MANAGER);
    const criteria = textOf(await chat.says('a child has died'));
    expect(criteria).toContain('Did it happen in our area?');
    expect(criteria).toContain('serious and/or long-term impairment');
    const advice = textOf(await next(chat, NORTHFIELD_DEATH));
    expect(advice).toContain('A rapid review follows');
    expect(advice).toContain('Rapid review sent to the Panel: 15 working days');

    await chat.submits({ choice: 'notify' });
    const second = textOf(await next(chat, { 'awareAt.date': '2026-11-23', 'awareAt.time': '10:15' }));
    expect(second).toContain('Working Together to Safeguard Children 2023.');
    expect(second).toContain('Due by the end of Monday 30 November 2026');
    expect(second).toContain('4 working days left');
    expect(second).toContain('Rapid review sent to the Panel: Due by the end of Monday 14 December 2026');
    await chat.submits(formButton(chat, 'back'));

    await fillDeathNotification(chat, { date: '2026-11-23', time: '10:15' });
    await chat.submits(formButton(chat, 'edit', 'nextSteps'));
    await next(chat, { ...VALID.nextSteps, staffConductConcern: 'true' });
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    expect(receipt).toMatch(/Child Safeguarding Practice Review Panel notified through CSINS, and the safeguarding partners told: Due by the end of Monday 30 November 2026/);
    expect(receipt).toContain('Rapid review sent to the Panel: Due by the end of Monday 14 December 2026');
    expect(receipt).toContain('make a LADO referral too');
    expect(receipt).not.toContain('Ofsted and the LSCB');
    expect(cardProblems(chat.transcript)).toEqual([]);

    // Northfield has not registered its business team's channel yet: the receipt must not claim an alert.
    const reference = /SIN-2026-\d{6}/.exec(receipt)?.[0] ?? '';
    expect(receipt).toContain(`Recorded as ${reference}; the board’s business team has not been alerted yet — if this is urgent, call the Partnership business team on 020 7946 0500.`);
    expect(receipt).not.toMatch(/has been alerted/);
    const channel = bot.conversation(NORTHFIELD_STAFF({ conversationType: 'channel', conversationId: 'northfield-business-team' }));
    await channel.says('register this channel for serious incident alerts');
    const update = await eventually(() =>
      bot.connector
        .sent(chat.options.conversationId)
        .map((sent) => textOf([sent]))
        .find((text) => text.startsWith('Update on')),
    );
    expect(update).toBe(`Update on ${reference}: the board’s business team has now been alerted.`);
    expect(textOf(bot.connector.sent('northfield-business-team'))).toContain(reference);
  });

  it('tells someone who is not a manager to tell their manager now, and who the board’s contacts are', async () => {
    const chat = bot.conversation(DEMO_PRACTITIONER);
    const refusal = textOf(await chat.says('serious incident'));
    expect(refusal).toContain('Only managers can notify the board');
    expect(refusal).toContain('Tell your manager or your safeguarding lead now');
    for (const contact of ['business.team@sample-partnership.example.org', '01632 960100', '01632 960300', '999']) expect(refusal).toContain(contact);
    expect(refusal).not.toContain('The criteria under');
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('answers "why?" with the edition’s rules and sources, and says what to do instead when nothing needs notifying', async () => {
    const chat = bot.conversation(DEMO_MANAGER);
    await chat.says('serious incident');
    const why = textOf(await chat.says('why?'));
    expect(why).toContain('The criteria under Working Together to Safeguard Children 2013');
    expect(why).toContain('National panel of independent experts on serious case reviews: guidance flowcharts');
    const advice = textOf(await next(chat, { ...CRITERIA.deathWithSuspectedNeglect, outcome: 'neither', abuseOrNeglect: 'notSuspected' }));
    expect(advice).toContain('No serious incident notification is needed');
    expect(advice).toContain('What to do instead');
    expect(advice).toContain('A learning review of a case below the serious case review threshold');
    expect(advice).toContain('there is no form to fill in');
  });

  it('keeps a draft when the manager stops, and resumes it in a later chat', async () => {
    const chat = bot.conversation(DEMO_MANAGER);
    await answerCriteria(chat, CRITERIA.deathWithSuspectedNeglect);
    await chat.submits({ choice: 'notify' });
    await next(chat, { 'awareAt.date': '2026-11-23', 'awareAt.time': '10:15' });
    await next(chat, VALID.notifier);
    expect(textOf(await chat.says('cancel'))).toContain(
      'Cancelled. Nothing was submitted. Your answers are kept as a draft for a week after you last changed them: to carry on, type **resume serious incident** in any chat with me.',
    );

    const later = bot.conversation(DEMO_MANAGER);
    const resumed = textOf(await later.says('resume serious incident'));
    expect(resumed).toContain('Welcome back');
    expect(resumed).toContain('Step 3 of 11 · The incident');
    const why = textOf(await later.says('why?'));
    expect(why).toContain('Why these clocks');
    expect(why).toContain('National panel of independent experts on serious case reviews: guidance flowcharts');
    expect(textOf(await later.submits(formButton(later, 'cancel')))).toContain('Your answers are kept as a draft');
    const offered = textOf(await later.says('serious incident'));
    expect(offered).toContain('You have a serious incident notification in progress');
    expect(textOf(await later.submits({ choice: 'new' }))).toContain('The criteria under');
  });

  it('only takes a notification in a one-to-one chat', async () => {
    const channel = bot.conversation({ ...DEMO_MANAGER, conversationType: 'channel', conversationId: 'a-team-channel' });
    expect(textOf(await channel.says('serious incident'))).toBe('I’ve messaged you privately: case details stay in a one-to-one chat.');
    expect(textOf(bot.connector.sent(bot.connector.personalChatOf(channel.options.userId)!) as Reply[])).toContain('The criteria under');
  });

  it('refuses an awareness or an incident date in the future on their own cards, next to the field, by the bot’s clock', async () => {
    const chat = bot.conversation(NORTHFIELD_MANAGER);
    await answerCriteria(chat, NORTHFIELD_DEATH);
    await chat.submits({ choice: 'notify' });
    const awareness = textOf(await next(chat, { 'awareAt.date': '2026-11-25', 'awareAt.time': '09:00' }));
    expect(awareness).toContain('There is 1 thing to fix');
    expect(awareness).toContain('When the local authority became aware: this is in the future');
    expect(awareness).toContain('Step 1 of');
    await next(chat, { 'awareAt.date': '2026-11-24', 'awareAt.time': '09:00' });
    await next(chat, VALID.notifier);
    const incident = textOf(await next(chat, { ...VALID.incident, occurredOn: '2026-11-25' }));
    expect(incident).toContain('Date of the incident: this date is after today');
    expect(incident).toContain('· The incident');
    // The clock the dialogs read decides what "today" is: a day later the same date is accepted.
    clock.set('2026-11-25T10:00:00Z');
    expect(textOf(await next(chat, { ...VALID.incident, occurredOn: '2026-11-25' }))).toContain('Abuse or neglect');
    clock.set('2026-11-24T10:00:00Z');
    await chat.submits(formButton(chat, 'cancel'));
  });
});
