import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillReferral, startReferral } from '../lado/ladoChat.ts';
import {
  answerCriteria,
  CRITERIA,
  DEMO_MANAGER,
  DEMO_PRACTITIONER,
  fillDeathNotification,
  formButton,
  next,
  startSeriousIncidentBot,
  TestClock,
  textOf,
} from '../seriousIncident/seriousIncidentChat.ts';
import type { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { walkToAnswer } from '../thresholds/thresholdChat.ts';

/**
 * What practitioners and board staff read never shows the product's insides: repository paths, seed files, line
 * citations, section signs of internal documents, rule status markers or notes for whoever configures a board.
 */
const INTERNAL_TEXT: Array<[string, RegExp]> = [
  ['a repository path', /\bknowledge\/|\bseeds\//],
  ['a source file name', /\.(ts|txt|md)\b/],
  ['a line citation', /\bL\d+\b/],
  ['a section sign', /§/],
  ['a status marker', /\((S|P|P\?|U)\)|· [PS]\b|\bU\)/],
  ['a note for configuration', /to be confirmed|confirm before go-live/i],
];

/** Each line of text the bot sent in these chats (messages, card text, facts, buttons) that shows something internal. */
function internalTextIn(chats: TestConversation[]): string[] {
  const lines = chats.flatMap((chat) => chat.transcript.flatMap((reply) => textOf([reply]).split('\n')));
  const offending = lines.flatMap((line) => INTERNAL_TEXT.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${what}: ${line.trim().slice(0, 160)}`));
  return [...new Set(offending)];
}

async function confirm(chat: TestConversation): Promise<string> {
  return textOf(await chat.submits(formButton(chat, 'confirm')));
}

describe('no practitioner-facing text shows internal paths, citations or status markers, in any flow', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  let bot: BotUnderTest;
  const chats: TestConversation[] = [];
  const chat = (options: Parameters<BotUnderTest['conversation']>[0], conversationId: string) => {
    const started = bot.conversation({ ...options, conversationId });
    chats.push(started);
    return started;
  };
  beforeAll(async () => {
    bot = await startSeriousIncidentBot(clock);
    await bot.app.scheduler.stop();
  }, 180_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it('walks the threshold check, the LADO referral and consultation, a serious incident and the board’s side', async () => {
    const threshold = chat(DEMO_PRACTITIONER, 'walk-threshold');
    await threshold.joins();
    await threshold.says('help');
    await walkToAnswer(threshold, { domains: ['4-C1', '', ''] });
    await threshold.says('why?');
    const saved = textOf(await threshold.submits({ choice: 'agree' }));
    if (saved.includes('Consent for')) await next(threshold, { consent: 'given', consentNotSoughtReason: '' });

    const referral = chat(DEMO_PRACTITIONER, 'walk-lado-referral');
    await startReferral(referral, { date: '2026-11-24', time: '09:00' });
    await referral.says('why?');
    await fillReferral(referral);
    const ladoReference = /LADO-\d{4}-\d{6}/.exec(await confirm(referral))?.[0];
    expect(ladoReference).toBeDefined();

    const consultation = chat({ ...DEMO_PRACTITIONER, userId: 'consulting-practitioner' }, 'walk-lado-consultation');
    await consultation.says('lado');
    await consultation.says('No');
    await consultation.says('why?');
    await next(consultation, { harmTest: 'notSure', childReferralAlsoNeeded: 'false' });

    const lado = chat(DEMO_MANAGER, 'walk-lado-side');
    await lado.says(`record LADO decision ${ladoReference}`);
    await lado.says('why?');
    await next(lado, { threshold: 'met', limbsMet: 'harmedChild', reasons: 'Consistent account.', suspensionAdvice: 'considerAlternatives' });
    await next(lado, { meetingKind: 'strategy', meetingHeldOn: '2026-11-24', meetingAttendees: 'Detective sergeant\nHead teacher' });
    await confirm(lado);
    await lado.says(`record outcome for ${ladoReference}`);
    await next(lado, { outcome: 'unsubstantiated', outcomeOn: '2026-11-24', dbsReferral: 'notRequired', closedOn: '2026-11-24' });
    await confirm(lado);

    const manager = chat(DEMO_MANAGER, 'walk-serious-incident');
    await answerCriteria(manager, CRITERIA.deathWithSuspectedNeglect);
    await manager.says('why?');
    await manager.submits({ choice: 'notify' });
    await manager.says('why?');
    await fillDeathNotification(manager, { date: '2026-11-23', time: '10:15' });
    const sinReference = /SIN-\d{4}-\d{6}/.exec(await confirm(manager))?.[0];
    expect(sinReference).toBeDefined();

    const staff = chat(DEMO_MANAGER, 'walk-board-side');
    await staff.says(`record review decision ${sinReference}`);
    await staff.says('why?');
    await next(staff, { criterion1: 'yes', criterion2: 'no', criterion3: 'yes', criterion4: 'no', rationale: 'The child died and neglect is suspected.' });
    await next(staff, { outcome: 'noReview', reasons: 'An audit is under way.', decidedOn: '2026-11-24', reasonAgainstCriteria: 'The audit covers the same ground.' });
    await next(staff, {});
    await confirm(staff);
    await staff.says(`record national notification ${sinReference}`);
    await staff.says('why?');
    await staff.submits({ choice: '0' });
    await staff.says('why?');
    await next(staff, { reference: 'NP-2026-042', 'sentAt.date': '2026-11-24', 'sentAt.time': '09:30' });
    await confirm(staff);
    await staff.says(`record milestone ${sinReference}`);
    await staff.says('why?');

    expect(chats.every((walked) => walked.transcript.length > 0)).toBe(true);
    expect(internalTextIn(chats)).toEqual([]);
  }, 240_000);
});
