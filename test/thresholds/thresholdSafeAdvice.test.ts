import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { TestConversation } from '../support/conversation.ts';
import { cardProblems, next } from '../support/cardChat.ts';
import { NORTHFIELD_TENANT, newPractitioner, recordShownIn, walkToAnswer } from './thresholdChat.ts';

const textOf = TestConversation.textOf;

const SAMPLE = { frontDoor: '01632 960100', emergencyDutyTeam: '01632 960300' };
const NORTHFIELD = { frontDoor: '020 7946 0100', emergencyDutyTeam: '020 7946 0300' };
/** Monday 30 November 2026, 10:00 in London: inside both demo boards' working hours. */
const MONDAY_MORNING = '2026-11-30T10:00:00Z';
/** Saturday 5 December 2026, 22:30 in London. */
const SATURDAY_NIGHT = '2026-12-05T22:30:00Z';

let now = new Date(MONDAY_MORNING);

/** Advice that never under-calls a child protection case (issue 12, items 1 to 5), through /api/messages. */
describe('safe threshold advice through /api/messages', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startBot({ time: { now: () => now } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('keeps a red flag ticked earlier: the full check suggests child protection, asks no consent, and records and summarises the flag', async () => {
    now = new Date(MONDAY_MORNING);
    const chat = bot.conversation(newPractitioner());
    const answer = textOf(await walkToAnswer(chat, { redFlags: 'R3', domains: ['2-C1', '', ''], about: { agencyType: 'health', ageBand: 'under1' } }));
    expect(answer).toContain('Suggested level: Acute / child protection (s47)');
    expect(answer).not.toContain('Suggested level: Additional needs (early help)');
    expect(answer).toContain('- Red flag: Serious or unexplained injury, or any bruise or injury on a baby who is not yet mobile.');
    expect(answer).toContain('You ticked a red flag for immediate danger');

    const saved = textOf(await chat.submits({ choice: 'agree' }));
    expect(saved).not.toContain('Consent for');
    expect(saved).toContain('Threshold check saved');
    expect(saved).toContain('Immediate danger (red flags):');
    expect(saved).toContain('- Serious or unexplained injury, or any bruise or injury on a baby who is not yet mobile.');
    expect(saved).toContain('Level suggested by the threshold document: Acute / child protection (s47)');
    const record = await recordShownIn(bot, saved);
    expect(record.concern.redFlags).toEqual(['R3']);
    expect(record.level).toMatchObject({ recommendedLevel: '4', practitionerLevel: '4' });
    expect(record.outcome).toEqual({ nextStep: 'childProtectionReferral', consent: 'notRequired' });
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it("suggests no level when nothing matched, even with a disclosure in the child's words: talk to the lead now, with contacts", async () => {
    now = new Date(MONDAY_MORNING);
    const chat = bot.conversation(newPractitioner());
    const voice = { childVoice: 'She told me her uncle comes into her room at night', keepChildVoice: 'false', riskFactors: '' };
    const answer = textOf(await walkToAnswer(chat, { domains: ['', '', ''], notSure: [2], voice }));
    expect(answer).toContain('No level suggested: talk to your safeguarding lead now');
    expect(answer).toContain('did not match any indicator in the Sample continuum of need');
    expect(answer).toContain('If it describes abuse or harm, that alone can be a child protection concern');
    expect(answer).toContain('You were not sure about 1 area');
    expect(answer).toContain('Your safeguarding lead');
    expect(answer).toContain(SAMPLE.frontDoor);
    expect(answer).not.toMatch(/no referral/i);
    expect(answer).not.toContain('Universal');
    expect(answer).not.toContain('Suggested level');

    const saved = textOf(await chat.submits({ choice: 'agree' }));
    expect(saved).toContain('Talk to your safeguarding lead now');
    expect(saved).not.toContain('Consent for');
    const record = await recordShownIn(bot, saved);
    expect(record.level.recommendedLevel).toBeUndefined();
    expect(record.level.practitionerLevel).toBeUndefined();
    expect(record.outcome).toEqual({ nextStep: 'discussWithSafeguardingLead' });
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('gives the emergency duty team too when nothing matched out of hours, and after the practitioner chooses child protection, 999 and that team again', async () => {
    now = new Date(SATURDAY_NIGHT);
    const chat = bot.conversation(newPractitioner());
    const answer = textOf(await walkToAnswer(chat, { domains: ['', '', ''] }));
    expect(answer).toContain(SAMPLE.emergencyDutyTeam);
    expect(answer).toContain(SAMPLE.frontDoor);
    const overrideCard = textOf(await chat.submits({ choice: 'override' }));
    expect(overrideCard).toContain('Universal');
    expect(overrideCard).toContain('Acute / child protection (s47)');
    const saved = textOf(await next(chat, { practitionerLevel: '4', overrideReason: 'What she said describes sexual abuse' }));
    expect(saved).toContain('999');
    expect(saved).toContain(SAMPLE.emergencyDutyTeam);
    expect(saved).not.toContain(SAMPLE.frontDoor);
    const record = await recordShownIn(bot, saved);
    expect(record.level).toMatchObject({ practitionerLevel: '4', overrideReason: 'What she said describes sexual abuse' });
    expect(record.level.recommendedLevel).toBeUndefined();
    expect(record.outcome.nextStep).toBe('childProtectionReferral');
  });

  it('lets one child protection indicator stand alone, with no hint inviting a lower level', async () => {
    now = new Date(MONDAY_MORNING);
    const chat = bot.conversation(newPractitioner());
    const answer = textOf(await walkToAnswer(chat, { domains: ['4-C1,3-C2,2-C3', '2-P1', '2-F1'] }));
    expect(answer).toContain('Suggested level: Acute / child protection (s47)');
    expect(answer).not.toMatch(/only one indicator|borderline|at lower levels against|span \d+ levels/i);
  });

  it.each([
    { when: 'a weekday morning', at: MONDAY_MORNING, tenant: undefined, board: SAMPLE, domains: ['4-C1', '', ''], call: 'frontDoor' },
    { when: 'a Saturday night', at: SATURDAY_NIGHT, tenant: undefined, board: SAMPLE, domains: ['4-C1', '', ''], call: 'emergencyDutyTeam' },
    { when: 'a bank holiday (28 December 2026) at 10:00', at: '2026-12-28T10:00:00Z', tenant: undefined, board: SAMPLE, domains: ['4-C1', '', ''], call: 'emergencyDutyTeam' },
    { when: '16:45 on a weekday, after Northfield closes', at: '2026-12-01T16:45:00Z', tenant: NORTHFIELD_TENANT, board: NORTHFIELD, domains: ['R-CH1', '', ''], call: 'emergencyDutyTeam' },
  ] as const)('gives a child protection answer on $when with 999 and the $call', async ({ at, tenant, board, domains, call }) => {
    now = new Date(at);
    const chat = bot.conversation(newPractitioner(tenant ? { tenantId: tenant } : {}));
    const answer = textOf(await walkToAnswer(chat, { domains: [...domains] }));
    expect(answer).toMatch(/Suggested level: (Acute \/ child protection \(s47\)|Red – social care)/);
    expect(answer).toContain('999');
    expect(answer).toContain(board[call]);
    expect(answer).not.toContain(board[call === 'frontDoor' ? 'emergencyDutyTeam' : 'frontDoor']);
    expect(answer).toContain(call === 'frontDoor' ? 'Phone the front door now' : 'Phone the emergency duty team now');
    expect(cardProblems(chat.transcript)).toEqual([]);
  });

  it('keeps the social-care referral clock off an early-help answer of the second board, and says with whom and by when', async () => {
    now = new Date(MONDAY_MORNING);
    const chat = bot.conversation(newPractitioner({ tenantId: NORTHFIELD_TENANT }));
    const answer = textOf(await walkToAnswer(chat, { domains: ['A-CH2', '', 'A-HO1'] }));
    expect(answer).toContain('Suggested level: Amber – extra help');
    expect(answer).toContain('**With whom, by when:** Talk with the family about early help as soon as you can, then contact Northfield');
    expect(answer).not.toContain("After a referral to children's social care");
    expect(answer).not.toContain('working day');
  });
});
