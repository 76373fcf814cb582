import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot } from '../alerts/alertTestBoard.ts';
import { TestClock } from '../seriousIncident/seriousIncidentChat.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { fillReferral, formButton, newPractitioner, next, textOf, VALID } from './ladoChat.ts';

const THIRD_LIMB_FROM_2014 = 'may pose a risk of harm to children';
const THIRD_LIMB_BEFORE_2014 = 'he or she is unsuitable to work with children';
const FOURTH_LIMB = 'may not be suitable to work with children';

/** The alert test board runs Working Together 2013; the harm test must follow the date of the referral, not that edition. */
describe('the LADO harm test on a WT2013 board follows the date of the referral', () => {
  const clock = new TestClock('2026-12-04T10:00:00Z');
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot({ time: clock });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  async function harmTestCard(referredAt: string) {
    clock.set(referredAt);
    const chat = bot.conversation(newPractitioner());
    await chat.says('lado');
    const gate = textOf(await chat.says('No'));
    const why = textOf(await chat.says('why?'));
    return { chat, gate, why };
  }

  it('a referral made today (2026) gets four limbs, the fourth cited to KCSIE 2020', async () => {
    const { gate, why } = await harmTestCard('2026-12-04T10:00:00Z');
    expect(gate).toContain(THIRD_LIMB_FROM_2014);
    expect(gate).toContain(FOURTH_LIMB);
    expect(why).toContain('For a referral made on Friday 4 December 2026 the test has 4 parts');
    expect(why).toContain('Browne Jacobson: Keeping children safe in education 2020, key changes');
  });

  it('a referral made in 2019 gets three limbs, cited to the 2015-based procedures and never to the current KCSIE page', async () => {
    const { chat, gate, why } = await harmTestCard('2019-06-10T10:00:00+01:00');
    expect(gate).toContain(THIRD_LIMB_FROM_2014);
    expect(gate).not.toContain(FOURTH_LIMB);
    expect(why).toContain('For a referral made on Monday 10 June 2019 the test has 3 parts');
    expect(why).toContain('Luton Local Safeguarding Children Board: managing allegations');
    expect(why).not.toContain('Keeping children safe in education (Department for Education)');
    expect(why).not.toContain('Browne Jacobson: Keeping children safe in education 2020, key changes');

    // The fourth limb cannot be sent in for a 2019 referral, even by a hand-made submission.
    const refused = textOf(await next(chat, { harmTest: 'mayBeUnsuitableToWorkWithChildren', childReferralAlsoNeeded: 'false' }));
    expect(refused).not.toContain('When did you hear of it?');
  });

  it('a referral made before 2014 gets the older third limb', async () => {
    const { gate, why } = await harmTestCard('2013-06-10T10:00:00+01:00');
    expect(gate).toContain(THIRD_LIMB_BEFORE_2014);
    expect(gate).not.toContain(THIRD_LIMB_FROM_2014);
    expect(gate).not.toContain(FOURTH_LIMB);
    expect(why).toContain('Darlington: procedure for managing allegations against people who work with children');
    expect(why).not.toContain('Keeping children safe in education (Department for Education)');
  });

  it('records the fourth limb on a referral made on 1 September 2020, the day it came into force', async () => {
    const { chat } = await harmTestCard('2020-09-01T09:00:00+01:00');
    await next(chat, { harmTest: 'mayBeUnsuitableToWorkWithChildren', childReferralAlsoNeeded: 'false' });
    await next(chat, { 'allegationKnownAt.date': '2020-09-01', 'allegationKnownAt.time': '08:30' });
    // The allegation happened before the referral: dates after the test clock's today are refused.
    await fillReferral(chat, { allegation: { ...VALID.allegation, occurredFrom: '2020-08-28' } });
    const receipt = textOf(await chat.submits(formButton(chat, 'confirm')));
    const reference = /LADO-2020-\d{6}/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    const stored = await bot.app.db.query<{ payload: { gate: { harmTestLimbs: string[] } } }>('SELECT payload FROM records WHERE reference = $1', [reference]);
    expect(stored.rows[0]?.payload.gate.harmTestLimbs).toEqual(['mayBeUnsuitableToWorkWithChildren']);
  });
});
