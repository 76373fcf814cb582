import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startAlertBot, TEST_BOARD_ID, teamsUser } from '../alerts/alertTestBoard.ts';
import { sampleRecords } from '../knowledge/records/sampleRecords.ts';
import type { TestConversation } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { cardProblems, formButton, next, TestClock, textOf } from './seriousIncidentChat.ts';

/** WT2013 criteria on the decision card: 10.1 (death), 10.1 (harm and concern), 10.2 (always: a death), 13.2 (custody deaths). */
const CHILD_DIED_WITH_NEGLECT = { criterion1: 'yes', criterion2: 'no', criterion3: 'yes', criterion4: 'no', rationale: 'The child died and neglect is suspected.' };
const NOTHING_MET = { criterion1: 'no', criterion2: 'no', criterion3: 'no', criterion4: 'no', rationale: 'No abuse or neglect is suspected.' };
const NO_REVIEW = { outcome: 'noReview', reasons: 'A multi-agency audit is already under way.', decidedOn: '2026-11-24' };
const ALWAYS_CRITERION = 'always hold a serious case review when a child dies';

type StoredDecision = { decision: { outcome: string }; goesAgainstCriteria?: { criteria: string[]; reason: string } };

/** Board staff of the alert test board (Working Together 2013) record review decisions on a notified incident. */
describe('a review decision that goes against a criterion always requiring a review', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot({ time: clock });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  async function notifiedIncident(): Promise<string> {
    const receipt = await bot.app.submissions.submit({
      recordType: 'serious_incident_notification',
      record: { ...sampleRecords.serious_incident_notification, boardId: TEST_BOARD_ID },
      formInstanceId: randomUUID(),
      boardId: TEST_BOARD_ID,
      submitter: { identity: `aad:${PEOPLE.admin}`, displayName: 'Test admin' },
      conversation: { channelId: 'msteams', serviceUrl: bot.connector.url, conversation: { id: `admin-chat-${randomUUID()}`, conversationType: 'personal', isGroup: false, name: '' } },
      clocks: [],
    });
    return receipt.reference;
  }

  async function decide(staff: TestConversation, criteria: Record<string, string>): Promise<string> {
    const reference = await notifiedIncident();
    await staff.says(`record review decision ${reference}`);
    await next(staff, criteria);
    return reference;
  }

  async function storedDecision(receipt: string): Promise<StoredDecision> {
    const reference = /SCRD-\d{4}-\d{6}/.exec(receipt)?.[0];
    const rows = await bot.app.db.query<{ payload: StoredDecision }>('SELECT payload FROM records WHERE reference = $1', [reference]);
    const payload = rows.rows[0]?.payload;
    if (payload === undefined) throw new Error(`no record for ${reference}`);
    return payload;
  }

  it('warns, naming the criterion, and goes on only with a reason that is kept with the decision', async () => {
    const staff = bot.conversation(teamsUser('businessTeam', { conversationId: `staff-${randomUUID()}` }));
    await decide(staff, CHILD_DIED_WITH_NEGLECT);

    const held = textOf(await next(staff, NO_REVIEW));
    expect(held).toContain('This decision goes against criteria you answered as met');
    expect(held).toContain(ALWAYS_CRITERION);
    expect(held).toContain('(10.2)');
    expect(held).toContain('give your reason here, or change the decision');
    expect(held).toContain('Step 2 of 4 · The decision');
    expect(held).toContain(NO_REVIEW.reasons);

    const reason = 'The family moved abroad before the death; the coroner and police are leading and the panel has been consulted.';
    // No review starts, so the review step is skipped: on to the national panel, then the summary.
    expect(textOf(await next(staff, { ...NO_REVIEW, reasonAgainstCriteria: reason }))).toContain('Step 3 of 3 · The national panel');
    expect(textOf(await next(staff, {}))).toContain('Check your answers');
    const receipt = textOf(await staff.submits(formButton(staff, 'confirm')));
    expect(receipt).toContain('Review decision recorded');

    const record = await storedDecision(receipt);
    expect(record.decision.outcome).toBe('noReview');
    expect(record.goesAgainstCriteria?.reason).toBe(reason);
    expect(record.goesAgainstCriteria?.criteria.join(' ')).toContain('10.2');
    expect(cardProblems(staff.transcript)).toEqual([]);
  });

  it('records "no review" without a warning when no such criterion is met', async () => {
    const staff = bot.conversation(teamsUser('businessTeam', { conversationId: `staff-${randomUUID()}` }));
    await decide(staff, NOTHING_MET);
    const moved = textOf(await next(staff, NO_REVIEW));
    expect(moved).not.toContain('goes against');
    expect(moved).toContain('Step 3 of 3 · The national panel');
  });

  it('refuses to submit when the criteria are changed to met from the summary after deciding "no review"', async () => {
    const staff = bot.conversation(teamsUser('businessTeam', { conversationId: `staff-${randomUUID()}` }));
    await decide(staff, NOTHING_MET);
    await next(staff, NO_REVIEW);
    expect(textOf(await next(staff, {}))).toContain('Check your answers');
    await staff.submits(formButton(staff, 'edit', 'criteria'));
    await next(staff, CHILD_DIED_WITH_NEGLECT);
    const refused = textOf(await staff.submits(formButton(staff, 'confirm')));
    expect(refused).toContain('which always requires a review');
    expect(refused).not.toContain('Review decision recorded');
  });
});
