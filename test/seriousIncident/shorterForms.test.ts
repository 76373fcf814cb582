import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { answerCriteria, cardProblems, cardsOf, CRITERIA, DEMO_MANAGER, formButton, next, notifyDeath, startSeriousIncidentBot, TestClock, textOf, VALID } from './seriousIncidentChat.ts';

const AWARE = { date: '2026-11-23', time: '10:15' };

/** The ids and values of the inputs on the latest card of a turn. */
function inputsOf(replies: Reply[]): Map<string, unknown> {
  const inputs = new Map<string, unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const element = node as { type?: string; id?: string; value?: unknown };
    if (typeof element.type === 'string' && element.type.startsWith('Input.') && element.id !== undefined) inputs.set(element.id, element.value);
    Object.values(node).forEach(visit);
  };
  visit(cardsOf(replies).at(-1));
  return inputs;
}

describe('the serious incident forms ask each thing once, and only what can apply', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(clock);
    await bot.app.scheduler.stop();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('does not ask again whether abuse or neglect is known or suspected, and reads agencies back one per line', async () => {
    const chat = bot.conversation({ ...DEMO_MANAGER, conversationId: 'abuse-asked-once' });
    await answerCriteria(chat, CRITERIA.deathWithSuspectedNeglect);
    await chat.submits({ choice: 'notify' });
    await next(chat, { 'awareAt.date': AWARE.date, 'awareAt.time': AWARE.time });
    await next(chat, VALID.notifier);
    const abuseCard = await next(chat, VALID.incident);
    expect(textOf(abuseCard)).toContain('Abuse or neglect');
    expect([...inputsOf(abuseCard).keys()]).toEqual(['categories']);

    await next(chat, VALID.abuseOrNeglect);
    await next(chat, VALID.child);
    await chat.submits({ choice: 'continue' });
    await next(chat, VALID.whatHappened);
    await next(chat, VALID.otherChildren);
    await next(chat, VALID.proceedings);
    await next(chat, VALID.childDeath);
    await next(chat, VALID.partner);
    await chat.submits({ choice: 'continue' });
    const summary = textOf(await next(chat, VALID.nextSteps));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain('Health visiting\n\nChildren’s social care');
    expect(textOf(await chat.submits(formButton(chat, 'confirm')))).toContain('Serious incident notification recorded');
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('fills in the review criteria the notification answers, asks for the review only when one starts, and asks for it when the decision changes to one', async () => {
    const { reference } = await notifyDeath(bot.conversation({ ...DEMO_MANAGER, conversationId: 'notifier' }), CRITERIA.deathWithSuspectedNeglect, AWARE);
    const staff = bot.conversation({ ...DEMO_MANAGER, conversationId: 'decision-maker' });

    const criteriaCard = await staff.says(`record review decision ${reference}`);
    // WT2013: a child died with neglect suspected; nothing says how agencies worked together, so that stays for the board.
    const prefilled = inputsOf(criteriaCard);
    expect(prefilled.get('criterion1')).toBe('yes');
    expect(prefilled.get('criterion2')).toBe('no');
    expect(textOf(criteriaCard)).toContain('What the notification already says is filled in');

    await next(staff, { criterion1: 'yes', criterion2: 'no', criterion3: 'yes', criterion4: 'no', rationale: 'The child died and neglect is suspected.' });
    // The child died with neglect suspected, which under WT2013 always requires a review: "no review" needs a reason.
    const noReview = { outcome: 'noReview', reasons: 'An audit is under way.', decidedOn: '2026-11-24' };
    expect(textOf(await next(staff, noReview))).toContain('This decision goes against criteria you answered as met');
    const panel = textOf(await next(staff, { ...noReview, reasonAgainstCriteria: 'The audit covers the same ground.' }));
    expect(panel).toContain('The national panel');
    expect(textOf(await next(staff, {}))).toContain('Check your answers');

    await staff.submits(formButton(staff, 'edit', 'decision'));
    const review = textOf(await next(staff, { outcome: 'scr', reasons: 'Learning about joint working.', decidedOn: '2026-11-24' }));
    expect(review).toContain('The review');
    expect(review).toContain('Lead reviewer');
    const summary = textOf(await next(staff, { leadReviewerName: 'Robin Reviewer', leadReviewerIndependent: 'true' }));
    expect(summary).toContain('Check your answers');
    expect(summary).toContain('Robin Reviewer');
    // Starting a serious case review is not a decision the national panel challenges.
    expect(summary).not.toContain('The national panel');
    expect(textOf(await staff.submits(formButton(staff, 'confirm')))).toContain('Review decision recorded');
    expect(cardProblems(staff.transcript)).toEqual([]);
  });

  it('skips the kinds of abuse when none is suspected', async () => {
    const chat = bot.conversation({ ...DEMO_MANAGER, conversationId: 'abuse-not-suspected' });
    await answerCriteria(chat, { ...CRITERIA.deathWithSuspectedNeglect, abuseOrNeglect: 'notSuspected' });
    await chat.submits({ choice: 'notify' });
    await next(chat, { 'awareAt.date': AWARE.date, 'awareAt.time': AWARE.time });
    await next(chat, VALID.notifier);
    const afterIncident = textOf(await next(chat, VALID.incident));
    expect(afterIncident).toContain('Child 1');
    expect(afterIncident).not.toContain('Which kinds?');
    expect(afterIncident).toMatch(/Step 4 of 10/);
  });
});
