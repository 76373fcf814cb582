import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { TestConversation } from '../support/conversation.ts';
import {
  alertButtons,
  cardProblems,
  cardsOf,
  CRITERIA,
  DEMO_MANAGER,
  DEMO_PRACTITIONER,
  formButton,
  next,
  NORTHFIELD_CHAIR,
  NORTHFIELD_MANAGER,
  NORTHFIELD_STAFF,
  notifyDeath,
  remindersAbout,
  startSeriousIncidentBot,
  TestClock,
  textOf,
} from './seriousIncidentChat.ts';

const AWARE = { date: '2026-11-23', time: '10:15' };
const WT2013_CRITERIA = { criterion1: 'yes', criterion2: 'no', criterion3: 'yes', criterion4: 'no', rationale: 'The child died and neglect is suspected.' };

/** Confirms the summary the walk is on and returns the receipt's text. */
async function confirm(chat: TestConversation): Promise<string> {
  return textOf(await chat.submits(formButton(chat, 'confirm')));
}

describe('the board’s side of a serious incident on the demo board (WT2013)', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  const channelId = 'demo-serious-incidents';
  let bot: BotUnderTest;
  let staff: TestConversation;
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(clock);
    // Reminders fire only when a test runs the scheduler with its own clock.
    await bot.app.scheduler.stop();
    await bot.conversation({ ...DEMO_MANAGER, conversationType: 'channel', conversationId: channelId }).says('register this channel for serious incident alerts');
    staff = bot.conversation(DEMO_MANAGER);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('records a decision not to start a serious case review: the national panel flag appears with its 14 days, and telling the panel stops that clock', async () => {
    const { reference } = await notifyDeath(bot.conversation(DEMO_MANAGER), CRITERIA.deathWithSuspectedNeglect, AWARE);

    const first = textOf(await staff.says(`record review decision ${reference}`));
    expect(first).toContain('Step 1 of 4 · The criteria');
    expect(first).toContain(`About ${reference}`);
    await next(staff, WT2013_CRITERIA);
    const warned = textOf(await next(staff, { outcome: 'noReview', reasons: 'A multi-agency audit is already under way.', decidedOn: '2026-11-24' }));
    expect(warned).toContain('This decision goes against criteria you answered as met');
    // No review starts, so there is no review model or lead reviewer to ask for: straight to the national panel.
    const panel = textOf(
      await next(staff, {
        outcome: 'noReview',
        reasons: 'A multi-agency audit is already under way.',
        decidedOn: '2026-11-24',
        reasonAgainstCriteria: 'The audit covers the same ground; the panel has been consulted.',
      }),
    );
    expect(panel).toContain('Step 3 of 3 · The national panel');
    expect(panel).not.toContain('Lead reviewer');
    const summary = textOf(await next(staff, {}));
    expect(summary).toContain('Check your answers');
    expect(summary).not.toContain('Lead reviewer');
    const receipt = await confirm(staff);
    expect(receipt).toContain('Review decision recorded');
    expect(receipt).toContain('Flagged for the national panel');
    expect(receipt).toContain('National panel told, with the notification and reasons: Due by the end of Tuesday 8 December 2026');
    expect(receipt).toContain('Clocks stopped, no more reminders: LSCB chair decides whether to start a serious case review');
    expect(receipt).toContain(`record national notification ${reference}`);

    const choices = textOf(await staff.says(`record national notification ${reference}`));
    expect(choices).toContain('Decision not to start a serious case review: to National panel');
    expect(textOf(await staff.says('why?'))).toContain('National panel of independent experts on serious case reviews: guidance flowcharts');
    await staff.submits({ choice: '2' });
    await next(staff, { reference: 'NP-2026-042', 'sentAt.date': '2026-11-24', 'sentAt.time': '09:30' });
    const recorded = await confirm(staff);
    expect(recorded).toContain('National notification recorded');
    expect(recorded).toContain('Clocks stopped, no more reminders: National panel told, with the notification and reasons');

    await bot.app.scheduler.runDueTimers(new Date('2026-12-10T00:00:00Z'));
    expect(remindersAbout(bot, channelId, 'PANEL_NO_SCR')).toEqual([]);
    expect(cardProblems(staff.transcript)).toEqual([]);
  });

  it('sends milestone reminders: the review’s completion aim, then at least 12 months on the website after publication', async () => {
    const { reference } = await notifyDeath(bot.conversation(DEMO_MANAGER), CRITERIA.deathWithSuspectedNeglect, AWARE);
    await staff.says(`record review decision ${reference}`);
    await next(staff, WT2013_CRITERIA);
    await next(staff, { outcome: 'scr', reasons: 'Regulation 5 is met.', decidedOn: '2026-11-24' });
    await next(staff, { reviewModel: 'learningTogether', leadReviewerName: 'Robin Reviewerton', leadReviewerIndependent: 'true' });
    await next(staff, {});
    const decided = await confirm(staff);
    expect(decided).toContain('Serious case review complete: Due by the end of Monday 24 May 2027');
    expect(decided).not.toContain('Flagged for the national panel');

    await bot.app.scheduler.runDueTimers(new Date('2027-05-24T16:30:00Z'));
    const completion = remindersAbout(bot, channelId, 'SCR_COMPLETE').filter((text) => text.includes('SCRD-2026'));
    expect(completion.some((text) => text.startsWith('Reminder for SCRD-2026-'))).toBe(true);
    expect(completion.join('\n')).not.toContain('Robin Reviewerton');

    const milestone = textOf(await staff.says(`record milestone ${reference}`));
    expect(milestone).toContain('Reviewer commissioned: the review has started');
    await next(staff, { kind: 'published', on: '2026-11-24', url: 'https://example.org/reviews/child-z' });
    const published = await confirm(staff);
    expect(published).toContain('Milestone recorded');
    expect(published).toContain('Earliest removal from the website; the report then stays "readily available": Due by the end of Wednesday 24 November 2027');
    expect(published).toContain('Clocks stopped, no more reminders: Serious case review complete');

    await bot.app.scheduler.runDueTimers(new Date('2027-11-25T00:00:00Z'));
    expect(remindersAbout(bot, channelId, 'SCR_ON_WEBSITE').some((text) => text.startsWith('Overdue: SCRM-2026-'))).toBe(true);
  });

  it('records the executive summary in the five sections of Annex B', async () => {
    const { reference } = await notifyDeath(bot.conversation(DEMO_MANAGER), CRITERIA.deathWithSuspectedNeglect, AWARE);
    const first = textOf(await staff.says(`record executive summary ${reference}`));
    expect(first).toContain('Step 1 of 6 · 1 Introduction');
    await next(staff, {
      circumstances: 'An infant died at home.',
      reviewProcess: 'Learning Together.',
      lscbChair: 'Alex Example',
      panelChair: 'Jordan Sample',
      overviewAuthor: 'Casey Specimen',
      panelMembers: 'Designated nurse, Sample ICB',
      familyInvolvement: 'The parents met the reviewer.',
    });
    expect(textOf(await next(staff, { keyFacts: 'Contacts over six months.' }))).toContain('The summary is appropriately anonymised');
    await next(staff, { keyFacts: 'Contacts over six months.', anonymisationConfirmed: 'true' });
    await next(staff, { themes: 'Information sharing.', keyDecisions: 'Step-down.', earlyInterventionOpportunities: 'Missed appointments.', hindsight: 'A strategy discussion.' });
    await next(staff, { agencyLessons: 'Record fathers.', interAgencyLessons: 'Share chronologies.', goodPractice: 'Health visiting.', systemsToImprove: 'Referral forms.' });
    await next(staff, {
      recommendation: 'Audit step-down.',
      relevantAgencies: 'Children’s social care\nHealth',
      responsibleAgencies: 'Children’s social care',
      monitoring: 'Audit group',
      progress: 'inProgress',
    });
    await staff.submits({ choice: 'continue' });
    await next(staff, { panelChairIndependent: 'true', overviewAuthorIndependent: 'true' });
    expect(await confirm(staff)).toContain('Executive summary recorded');
    expect(cardProblems(staff.transcript)).toEqual([]);
  });

  it('refuses people who are not board staff, and references that are not a notification of the board', async () => {
    const practitioner = bot.conversation(DEMO_PRACTITIONER);
    expect(textOf(await practitioner.says('record review decision SIN-2026-000001'))).toContain('Only your board’s business team, chair and board admins');
    expect(textOf(await staff.says('record review decision SIN-2026-999999'))).toContain('I cannot find a serious incident notification SIN-2026-999999');
  });
});

describe('the board’s side of a serious incident on a WT2023 board', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  const channelId = 'northfield-leads';
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(clock);
    await bot.app.scheduler.stop();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('lets the chair take the notification for decision on its alert card; others are refused', async () => {
    const channel = bot.conversation(NORTHFIELD_STAFF({ conversationType: 'channel', conversationId: channelId }));
    await channel.says('register this channel for serious incident alerts');
    await channel.says('register this channel for review alerts');
    const { reference } = await notifyDeath(bot.conversation(NORTHFIELD_MANAGER), { ...CRITERIA.deathWithSuspectedNeglect, incidentInArea: 'yes', normallyResidentInArea: 'yes' }, AWARE);
    const alert = await eventually(() => bot.connector.sent(channelId).find((sent) => textOf([sent]).includes(reference)));
    const take = alertButtons(cardsOf([alert]).at(-1) ?? {}).find((button) => button.verb === 'reviewTakeForDecision');
    expect(take).toBeDefined();

    const manager = bot.conversation({ ...NORTHFIELD_MANAGER, conversationType: 'channel', conversationId: channelId });
    expect(textOf(await manager.submits({ ...take! }))).toContain('Nothing was changed');
    const chair = bot.conversation({ ...NORTHFIELD_CHAIR, conversationType: 'channel', conversationId: channelId });
    await chair.submits({ ...take! });
    const updated = textOf([bot.connector.calls.filter((call) => call.kind === 'update').at(-1)?.activity ?? {}]);
    expect(updated).toContain('Assigned');
    expect(updated).toContain('Northfield chair');
  });

  it('runs the rapid review from awareness, stops the Panel’s five days when the CSINS notification is recorded, then records the outcome', async () => {
    const { reference, receipt: notified } = await notifyDeath(
      bot.conversation(NORTHFIELD_MANAGER),
      { ...CRITERIA.deathWithSuspectedNeglect, incidentInArea: 'yes', normallyResidentInArea: 'yes' },
      AWARE,
    );
    // "Within 15 working days of becoming aware": from Monday 23 November 2026, not from the notification to the Panel.
    expect(notified).toContain('Rapid review sent to the Panel: Due by the end of Monday 14 December 2026');
    const staff = bot.conversation(NORTHFIELD_STAFF());
    const choices = textOf(await staff.says(`record national notification for ${reference}`));
    expect(choices).toContain('Serious incident notification: to Child Safeguarding Practice Review Panel through CSINS');
    await staff.submits({ choice: '0' });
    await next(staff, { reference: 'CSINS-2026-0001', 'sentAt.date': '2026-11-24', 'sentAt.time': '09:00' });
    const recorded = await confirm(staff);
    expect(recorded).not.toContain('Rapid review sent to the Panel: Due');
    expect(recorded).toContain('Clocks stopped, no more reminders: Child Safeguarding Practice Review Panel notified through CSINS');

    await bot.app.scheduler.runDueTimers(new Date('2026-12-01T00:00:00Z'));
    expect(remindersAbout(bot, channelId, 'SIN').filter((text) => text.includes(reference))).toEqual([]);

    const chair = bot.conversation(NORTHFIELD_CHAIR);
    const first = textOf(await chair.says(`record review decision ${reference}`));
    expect(first).toContain('(18.3)');
    const outcomes = textOf(await next(chair, { criterion1: 'yes', criterion2: 'yes', criterion3: 'no', rationale: 'Two agencies did not share what they knew.' }));
    expect(outcomes).toContain('Start a local child safeguarding practice review');
    expect(outcomes).toContain('Refer to the Panel for a national review');
    const decision = textOf(await next(chair, { outcome: 'lcspr', reasons: 'Learning about joint working.', decidedOn: '2026-11-24' }));
    expect(decision).toContain('Step 3 of 3 · The review');
    await next(chair, {});
    const receipt = await confirm(chair);
    expect(receipt).toContain('Final report published: Due by the end of Monday 24 May 2027');
    expect(receipt).toContain('Clocks stopped, no more reminders: Rapid review sent to the Panel');
    expect(receipt).not.toContain('Flagged for the national panel');

    await bot.app.scheduler.runDueTimers(new Date('2026-12-16T00:00:00Z'));
    expect(remindersAbout(bot, channelId, 'RAPID_REVIEW').filter((text) => text.includes('SCRM-2026'))).toEqual([]);
    expect(cardProblems([...staff.transcript, ...chair.transcript])).toEqual([]);
  });
});
