import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { cardProblems, next } from '../support/cardChat.ts';
import { newPractitioner, recordShownIn, walkToAnswer } from './thresholdChat.ts';

const textOf = TestConversation.textOf;

/** Monday 30 November 2026, 10:00 in London: inside the demo board's working hours. */
const now = new Date('2026-11-30T10:00:00Z');

describe('the threshold check through /api/messages (demo board, four levels)', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => now } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it.each([
    {
      level: 'Universal',
      domains: ['1-C1,1-C2', '1-P1', '1-F1'],
      response: 'Universal services',
      withWhom: 'Within your own service',
      referralClock: false,
      consentAsked: false,
      nextStep: 'universalServices',
    },
    {
      level: 'Additional needs (early help)',
      domains: ['2-C2,2-C3', '2-P1', ''],
      response: 'early help assessment',
      withWhom: 'Talk with the family about early help as soon as you can, then contact Sample Early Help Hub',
      referralClock: false,
      consentAsked: true,
      nextStep: 'earlyHelp',
    },
    {
      level: 'Complex needs (child in need, s17)',
      domains: ['3-C2', '3-P2,2-P1', '3-F1'],
      response: 'assessment under s17',
      withWhom: 'Talk to your safeguarding lead today, then contact the front door in its working hours',
      referralClock: true,
      consentAsked: true,
      nextStep: 'childInNeedReferral',
    },
    {
      level: 'Acute / child protection (s47)',
      domains: ['4-C1,4-C2', '', '4-F2'],
      response: 'child protection referral',
      withWhom: 'Phone the front door now: it is within working hours. Then confirm the referral in writing',
      referralClock: true,
      consentAsked: false,
      nextStep: 'childProtectionReferral',
    },
  ])('suggests $level with its reasoning, response, with whom and by when, consent and contacts', async ({ level, domains, response, withWhom, referralClock, consentAsked, nextStep }) => {
    const chat = bot.conversation(newPractitioner());
    const text = textOf(await walkToAnswer(chat, { domains }));
    expect(text).toContain(`Suggested level: ${level}`);
    expect(text).toContain(response);
    expect(text).toContain(`**With whom, by when:** ${withWhom}`);
    expect(text).toContain('Consent:');
    expect(text).toContain('safeguarding lead');
    expect(text).toContain('If you disagree with a threshold decision');
    expect(text).not.toMatch(/no referral/i);
    // The social-care referral clock belongs only to an answer that is a referral to children's social care.
    expect(text.includes("After a referral to children's social care")).toBe(referralClock);
    // Its source is read by title; seed files and source tags are for administrators.
    expect(text.includes('Working Together to Safeguard Children 2013: one minute guide')).toBe(referralClock);
    expect(text).not.toMatch(/seeds\/|\[[A-Z]+\]/);
    expect(text.includes("Early help goes ahead only with the family's agreement")).toBe(level.includes('early help'));

    const afterAgree = textOf(await chat.submits({ choice: 'agree' }));
    expect(afterAgree.includes(`Consent for ${level}`)).toBe(consentAsked);
    const saved = consentAsked ? textOf(await next(chat, { consent: 'given', consentNotSoughtReason: '' })) : afterAgree;
    expect(saved).toContain('Threshold check saved');
    const record = await recordShownIn(bot, saved);
    expect(record.outcome).toEqual({ nextStep, consent: consentAsked ? 'given' : 'notRequired' });
    expect(record.level.practitionerLevel).toBe(record.level.recommendedLevel);
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it("gives a referral summary to copy when the answer is a referral, keeping the child's words out of the record unless asked", async () => {
    const chat = bot.conversation(newPractitioner());
    const voice = { childVoice: 'He said it hurts when dad is angry', keepChildVoice: 'false', riskFactors: 'domesticAbuse' };
    await walkToAnswer(chat, { domains: ['4-C1', '', ''], voice });
    const text = textOf(await chat.submits({ choice: 'agree' }));
    expect(text).toContain('Referral summary');
    expect(text).toContain("Child's age: 5 to 10");
    expect(text).toContain('Disclosure or evidence of physical, sexual or emotional abuse.');
    expect(text).toContain('Risk factors in the family: Domestic abuse');
    expect(text).toContain('He said it hurts when dad is angry');
    const record = await recordShownIn(bot, text);
    expect(JSON.stringify(record)).not.toContain('hurts when dad');
    expect(record.concern.riskFactors).toEqual(['domesticAbuse']);

    const keeping = bot.conversation(newPractitioner());
    await walkToAnswer(keeping, { domains: ['4-C1', '', ''], voice: { ...voice, keepChildVoice: 'true' } });
    const kept = await recordShownIn(bot, textOf(await keeping.submits({ choice: 'agree' })));
    expect(kept.concern.childVoice).toBe('He said it hurts when dad is angry');
  });

  it("keeps the suggested level and the practitioner's own level with the reason", async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['2-C1', '', ''] });
    const overrideCard = textOf(await chat.submits({ choice: 'override' }));
    expect(overrideCard).toContain('Choose a different level');
    expect(overrideCard).not.toContain('Additional needs (early help)');
    const missingReason = textOf(await next(chat, { practitionerLevel: '4', overrideReason: '' }));
    expect(missingReason).toContain('Choose a different level');
    expect(missingReason).not.toContain('Threshold check saved');
    const receipt = textOf(await next(chat, { practitionerLevel: '4', overrideReason: 'Third unexplained bruise this term' }));
    expect(receipt).toContain('Threshold check saved');
    expect(receipt).toContain('Level I judge right: Acute / child protection (s47), because Third unexplained bruise this term');
    const record = await recordShownIn(bot, receipt);
    expect(record.level).toMatchObject({ recommendedLevel: '2', practitionerLevel: '4', overrideReason: 'Third unexplained bruise this term' });
    expect(record.outcome).toEqual({ nextStep: 'childProtectionReferral', consent: 'notRequired' });
  });

  it('asks for consent in the words of the level chosen, and a reason when it was not sought', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['2-C1', '', ''] });
    await chat.submits({ choice: 'override' });
    const consentCard = textOf(await next(chat, { practitionerLevel: '3', overrideReason: 'Carers have not engaged with early help' }));
    expect(consentCard).toContain('Consent for Complex needs (child in need, s17)');
    expect(consentCard).toContain('If refused, record it, weigh the risk');
    const noReason = textOf(await next(chat, { consent: 'notSought', consentNotSoughtReason: '' }));
    expect(noReason).toContain('Why consent was not sought: fill this in');
    expect(noReason).not.toContain('Threshold check saved');
    const saved = textOf(await next(chat, { consent: 'notSought', consentNotSoughtReason: 'Mother may flee with the child if told' }));
    const record = await recordShownIn(bot, saved);
    expect(record.outcome).toEqual({ nextStep: 'childInNeedReferral', consent: 'notSought', consentNotSoughtReason: 'Mother may flee with the child if told' });
  });

  it('reminds the practitioner of the rule when consent is refused', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['3-C2', '', ''] });
    await chat.submits({ choice: 'agree' });
    const saved = textOf(await next(chat, { consent: 'refused', consentNotSoughtReason: '' }));
    expect(saved).toContain('Consent was refused.');
    expect(saved).toContain('escalate to Level 4 if harm is likely');
    expect((await recordShownIn(bot, saved)).outcome.consent).toBe('refused');
  });

  it('saves the check and hands over to the LADO flow when the concern is about an adult who works with children', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['4-C1', '', ''] });
    const handOff = textOf(await chat.submits({ choice: 'lado' }));
    expect(handOff).toContain('Threshold check saved');
    expect(handOff).toContain('now the LADO steps');
    expect(handOff).toContain('Is a child in immediate danger right now?');
    expect((await recordShownIn(bot, handOff)).outcome.nextStep).toBe('ladoReferral');
    expect(textOf(await chat.says('help'))).toContain('We were in the middle of **Allegation about someone who works with children (LADO)**');
  });

  it('answers "why?" with the board\'s document and the referral clock\'s source, at a card and at the answer', async () => {
    const chat = bot.conversation(newPractitioner());
    await chat.says('does this meet threshold?');
    const atCard = textOf(await chat.says('why?'));
    expect(atCard).toContain('Sample continuum of need');
    expect(atCard).toContain('Illustrative only');
    expect(atCard).toContain('Sample Safeguarding Partnership: sample continuum of need (illustrative)');
    expect(atCard).not.toContain('docs/domain.md');
    await chat.says('cancel');

    const another = bot.conversation(newPractitioner());
    await walkToAnswer(another, { domains: ['3-C2', '', ''] });
    const atAnswer = textOf(await another.says('why'));
    expect(atAnswer).toContain('WT2023');
    expect(atAnswer).toContain('Working Together to Safeguard Children 2013: one minute guide');
    expect(atAnswer).not.toMatch(/seeds\//);
    expect(cardProblems(another.transcript)).toEqual([]);
  });
});
