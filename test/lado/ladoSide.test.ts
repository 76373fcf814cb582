import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startAlertBot, submitCanaryReferral, teamsUser } from '../alerts/alertTestBoard.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import type { TestConversation } from '../support/conversation.ts';
import { cardProblems, cardsOf, formButton, newPractitioner, next, textOf } from './ladoChat.ts';

type AlertData = { verb: string; reference: string; cardId: string };

function alertButtons(card: Record<string, unknown>): AlertData[] {
  const actions = (card.actions ?? []) as Array<{ data?: AlertData }>;
  return actions.flatMap((action) => (action.data === undefined ? [] : [action.data]));
}

describe('the LADO’s side: alert actions, decision and outcome', () => {
  let bot: BotUnderTest;
  let channel: TestConversation;
  let reference: string;
  let cardId: string;

  beforeAll(async () => {
    bot = await startAlertBot();
    channel = bot.conversation(teamsUser('admin', { conversationType: 'channel', conversationId: 'lado-side-channel' }));
    await channel.says('register this channel for LADO alerts');
    reference = (await submitCanaryReferral(bot)).reference;
    const alert = await eventually(() => bot.connector.sent(channel.options.conversationId).find((sent) => textOf([sent]).includes(reference)));
    const card = cardsOf([alert]).at(-1) ?? {};
    cardId = alertButtons(card)[0]?.cardId ?? '';
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('lets the LADO acknowledge and take the referral for decision on the alert card; others are refused', async () => {
    const lado = bot.conversation(teamsUser('lado', { conversationType: 'channel', conversationId: channel.options.conversationId }));
    await lado.submits({ verb: 'acknowledge', reference, cardId });
    const practitioner = bot.conversation({ ...newPractitioner(), conversationType: 'channel', conversationId: channel.options.conversationId });
    expect(textOf(await practitioner.submits({ verb: 'ladoTakeForDecision', reference, cardId }))).toContain('Nothing was changed');
    await lado.submits({ verb: 'ladoTakeForDecision', reference, cardId });
    const updated = bot.connector.calls.filter((call) => call.kind === 'update').at(-1)?.activity ?? {};
    const updatedText = textOf([updated]);
    expect(updatedText).toContain('Assigned');
    expect(updatedText).toContain('Test lado');
  });

  it('records the LADO’s decision in a one-to-one chat, linked to the referral', async () => {
    const lado = bot.conversation(teamsUser('lado'));
    const first = textOf(await lado.says(`record LADO decision ${reference}`));
    expect(first).toContain('Step 1 of 2 · Decision');
    expect(first).toContain('Consultation only');
    const refused = textOf(await next(lado, { threshold: 'met', limbsMet: '', reasons: 'Pupil account is consistent.', suspensionAdvice: 'considerAlternatives' }));
    expect(refused).toContain('Limbs met: choose at least one of the options');
    await next(lado, { threshold: 'met', limbsMet: 'harmedChild', reasons: 'Pupil account is consistent.', suspensionAdvice: 'considerAlternatives' });
    await next(lado, { meetingKind: 'strategy', meetingHeldOn: '2026-11-24', meetingAttendees: 'Detective sergeant, Test Police\nHead teacher, Test School' });
    const receipt = textOf(await lado.submits(formButton(lado, 'confirm')));
    expect(receipt).toContain('LADO decision recorded');
    expect(receipt).toContain(`Linked to ${reference}`);
    expect(cardProblems(lado.transcript)).toEqual([]);
  });

  it('records the outcome with the five outcome definitions', async () => {
    const lado = bot.conversation(teamsUser('lado'));
    const card = textOf(await lado.says(`record outcome for ${reference}`));
    for (const outcome of ['Substantiated: there is enough evidence to prove', 'False:', 'Malicious:', 'Unsubstantiated:', 'Unfounded:']) expect(card).toContain(outcome);
    const refused = textOf(await next(lado, { outcome: 'unsubstantiated', outcomeOn: '2026-11-25', dbsReferral: 'notRequired', closedOn: '2026-11-20' }));
    expect(refused).toContain('cannot close before the outcome date');
    await next(lado, { outcome: 'unsubstantiated', outcomeOn: '2026-11-25', dbsReferral: 'notRequired', closedOn: '2026-11-26' });
    expect(textOf(await lado.submits(formButton(lado, 'confirm')))).toContain('LADO outcome recorded');
  });

  it('refuses decisions from anyone who is not a LADO, and unknown references', async () => {
    const practitioner = bot.conversation(newPractitioner());
    expect(textOf(await practitioner.says(`record LADO decision ${reference}`))).toContain('Only your board’s LADOs');
    const lado = bot.conversation(teamsUser('lado'));
    expect(textOf(await lado.says('record LADO decision LADO-2026-999999'))).toContain('I cannot find LADO-2026-999999');
  });
});
