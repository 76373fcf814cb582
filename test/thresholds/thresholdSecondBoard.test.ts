import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { cardProblems, next } from '../support/cardChat.ts';
import { NORTHFIELD_TENANT, newPractitioner, recordShownIn, walkToAnswer } from './thresholdChat.ts';

const textOf = TestConversation.textOf;

/** The Northfield board (on WT2013, the second demo board) loads a three-level document: the same code asks other questions. */
describe('a second board with its own three-level document', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => new Date('2026-11-30T10:00:00Z') } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const northfielder = () => newPractitioner({ tenantId: NORTHFIELD_TENANT });

  it('asks its own red flags and domains, in its own words', async () => {
    const chat = bot.conversation(northfielder());
    const redFlags = textOf(await chat.says('threshold'));
    expect(redFlags).toContain('A child says they are afraid to go home tonight.');
    expect(redFlags).not.toContain('Child left alone or abandoned');
    await next(chat, { redFlags: '' });
    const firstDomain = textOf(await next(chat, { agencyType: 'school', ageBand: '5to10' }));
    expect(firstDomain).toContain("The child's development (1 of 3)");
    expect(firstDomain).toContain('Attendance below 90% this term.');
    expect(firstDomain).not.toContain('Growing and developing as expected');
  });

  it.each([
    { level: 'Green – needs met', domains: ['G-CH1', 'G-CA1', ''], consent: 'notRequired', nextStep: 'universalServices' },
    { level: 'Amber – extra help', domains: ['A-CH2', '', 'A-HO1'], consent: 'given', nextStep: 'earlyHelp' },
    { level: 'Red – social care', domains: ['R-CH1', '', ''], consent: 'notRequired', nextStep: 'childProtectionReferral' },
  ])('suggests $level with its response, consent rule and contact', async ({ level, domains, consent, nextStep }) => {
    const chat = bot.conversation(northfielder());
    const answer = textOf(await walkToAnswer(chat, { domains }));
    expect(answer).toContain(`Suggested level: ${level}`);
    expect(answer).toContain('Northfield escalation protocol (illustrative)');
    expect(answer).toContain('Manager to manager');
    if (level.startsWith('Amber')) expect(answer).toContain('familyhubs@northfield.example.org');
    if (level.startsWith('Red')) expect(answer).toContain('020 7946 0100');

    const afterAgree = textOf(await chat.submits({ choice: 'agree' }));
    const saved = consent === 'given' ? textOf(await next(chat, { consent: 'given', consentNotSoughtReason: '' })) : afterAgree;
    if (consent === 'given') expect(afterAgree).toContain('Family support is voluntary');
    const record = await recordShownIn(bot, saved);
    expect(record).toMatchObject({ boardId: 'northfield-partnership', edition: 'wt2013' });
    expect(record.level.thresholdDocument).toEqual({ id: 'northfield-three-level', version: '2025.1' });
    expect(record.outcome).toEqual({ nextStep, consent });
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it("offers only the document's other levels when the practitioner disagrees", async () => {
    const chat = bot.conversation(northfielder());
    await walkToAnswer(chat, { domains: ['', 'A-CA2', ''] });
    const override = textOf(await chat.submits({ choice: 'override' }));
    expect(override).toContain('Green – needs met');
    expect(override).toContain('Red – social care');
    expect(override).not.toContain('Acute / child protection');
    const saved = textOf(await next(chat, { practitionerLevel: 'red', overrideReason: "Father's drinking has left the child alone at night" }));
    const record = await recordShownIn(bot, saved);
    expect(record.level).toMatchObject({ recommendedLevel: 'amber', practitionerLevel: 'red' });
  });
});
