import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../alerts/alertTestBoard.ts';
import { CANARY_STRINGS, canaryLadoReferral } from '../alerts/canaryRecord.ts';
import { fillReferral, startReferral } from '../lado/ladoChat.ts';
import { formButton } from '../support/cardChat.ts';
import { newPractitioner } from '../support/newPractitioner.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, WEBHOOK_SECRET, WEBHOOK_SECRET_ENV, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';

const BOARD = 'webhook-board';
/** The bot's retry timing at 1:1200, so an hour of it passes in 3 seconds: 60 s → 50 ms, 8 h → 24 s. */
const TIME_SCALE = 1_200;
const SIMULATED_HOUR_MS = 3_600_000 / TIME_SCALE;

describe('records reaching the board through the running bot', () => {
  let receiver: BoardReceiver;
  let boards: TestBoardDirectory;
  let bot: BotUnderTest;

  beforeAll(async () => {
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET });
    await receiver.start();
    boards = await writeTestBoards([testBoardConfig(BOARD, { webhookUrl: receiver.url })]);
    bot = await startBot({
      env: {
        BOARD_CONFIG_DIR: boards.directory,
        DEFAULT_BOARD_ID: BOARD,
        [WEBHOOK_SECRET_ENV]: WEBHOOK_SECRET,
        DELIVERY_POLL_INTERVAL_MS: '20',
        DELIVERY_RETRY_BASE_MS: String(60_000 / TIME_SCALE),
        DELIVERY_RETRY_MAX_DELAY_MS: String((8 * 3_600_000) / TIME_SCALE),
      },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await receiver.stop();
    await boards.remove();
  });

  const outboxOf = async (recordId: string) =>
    (await bot.app.db.query<{ status: string; attempts: number; last_error: string | null }>('SELECT status, attempts, last_error FROM outbox WHERE record_id = $1', [recordId])).rows[0];

  /** A LADO referral from a practitioner's chat, through the submission service the flows use. */
  async function submitReferral(record?: unknown) {
    const conversationId = `practitioner-${randomUUID()}`;
    const request = submissionRequest('lado_referral', BOARD, { formInstanceId: randomUUID(), serviceUrl: bot.connector.url, ...(record ? { record } : {}) });
    const receipt = await bot.app.submissions.submit({
      ...request,
      conversation: { ...request.conversation, conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '' } },
    });
    return { receipt, conversationId };
  }

  it('stores one referral when its confirm is pressed twice at once, delivers it once and tells the submitter the board reference', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await fillReferral(chat);
    const confirm = formButton(chat, 'confirm');

    const answers = await Promise.all([chat.post(chat.activity({ type: 'message', value: confirm })), chat.post(chat.activity({ type: 'message', value: confirm }))]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const { rows } = await bot.app.db.query<{ id: string; reference: string }>(
      `SELECT records.id, records.reference FROM records JOIN submitter_conversations ON submitter_conversations.record_id = records.id
       WHERE submitter_conversations.conversation -> 'conversation' ->> 'id' = $1`,
      [chat.options.conversationId],
    );
    expect(rows).toHaveLength(1);
    const [record] = rows;
    await eventually(() => receiver.firstDeliveries().find((delivery) => delivery.idempotencyKey === record?.id));
    const told = await eventually(() => bot.connector.sent(chat.options.conversationId).find((activity) => String(activity.text ?? '').startsWith("The board's system has received")));
    const boardReference = receiver.firstDeliveries().find((delivery) => delivery.idempotencyKey === record?.id)?.document.reference;
    expect(boardReference).toBe(record?.reference);
    expect(told.text).toMatch(new RegExp(`^The board's system has received ${record?.reference}\\. Their reference is BOARD-\\d+\\.$`));
    expect(receiver.deliveries.filter((delivery) => delivery.idempotencyKey === record?.id)).toHaveLength(1);
  });

  it('delivers a referral once the board is back after being unreachable for a (simulated) hour', async () => {
    receiver.misbehave({ kind: 'drop' }, { forMs: SIMULATED_HOUR_MS });
    const { receipt, conversationId } = await submitReferral();

    await eventually(() => receiver.firstDeliveries().find((delivery) => delivery.idempotencyKey === receipt.recordId), 20_000);

    const requests = receiver.requestsFor(receipt.recordId);
    expect(requests.filter((request) => request.answer === 'dropped').length).toBeGreaterThanOrEqual(4);
    expect(requests.filter((request) => request.answer === 200)).toHaveLength(1);
    expect(await eventually(async () => ((await outboxOf(receipt.recordId))?.status === 'delivered' ? true : undefined))).toBe(true);
    await eventually(() => bot.connector.sent(conversationId).find((activity) => String(activity.text).includes(receipt.reference)));
  });

  it('parks a referral the board refuses and alerts board operations in their channel', async () => {
    const operations = bot.conversation({ channelId: 'webchat', userId: 'demo-user', conversationType: 'channel', conversationId: `operations-${randomUUID()}` });
    await operations.says('register this channel for operations alerts');
    receiver.misbehave({ kind: 'status', status: 422 }, { times: 1 });
    const { receipt } = await submitReferral();

    // The operations channel may also get the record's own alert (no LADO channel is registered); this is the other one.
    const alert = await eventually(() =>
      bot.connector.sent(operations.options.conversationId).find((activity) => JSON.stringify(activity).includes(receipt.reference) && JSON.stringify(activity).includes('HTTP 422')),
    );

    expect(JSON.stringify(alert)).toContain("the board's system refused it");
    expect(await outboxOf(receipt.recordId)).toMatchObject({ status: 'parked', attempts: 1, last_error: "the board's system refused it (HTTP 422)" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.requestsFor(receipt.recordId)).toHaveLength(1);
  });

  it('keeps a name and date of birth in every field of a record out of logs, messages, stored errors and the audit trail', async () => {
    // Earlier tests' one-to-one chats rightly show their own case details: scan only what this test causes.
    const logsBefore = bot.logs.length;
    const callsBefore = bot.connector.calls.length;
    const canary = canaryLadoReferral(BOARD);
    receiver.misbehave({ kind: 'status', status: 503, retryAfter: '0' }, { times: 2 });
    const retried = await submitReferral({ ...canary, edition: 'wt2018' });
    await eventually(() => receiver.firstDeliveries().find((delivery) => delivery.idempotencyKey === retried.receipt.recordId), 20_000);
    receiver.misbehave({ kind: 'status', status: 400 }, { times: 1 });
    const parked = await submitReferral({ ...canary, edition: 'wt2018' });
    await eventually(async () => ((await outboxOf(parked.receipt.recordId))?.status === 'parked' ? true : undefined));
    const refusal = await bot.app.submissions
      .submit(submissionRequest('lado_referral', BOARD, { formInstanceId: randomUUID(), record: { ...canary, edition: 'wt2018', declaration: 'Zebedee Canary' } }))
      .catch((error: Error) => error.message);
    await eventually(() => bot.connector.sent(retried.conversationId)[0]);

    const { rows: stored } = await bot.app.db.query(
      `SELECT outbox.last_error, outbox.board_reference, audit_log.detail FROM outbox JOIN audit_log ON audit_log.record_id = outbox.record_id
       WHERE outbox.record_id = ANY($1::uuid[])`,
      [[retried.receipt.recordId, parked.receipt.recordId]],
    );
    const everythingOutsideTheRecord = [bot.logs.slice(logsBefore).join('\n'), JSON.stringify(bot.connector.calls.slice(callsBefore)), JSON.stringify(stored), refusal].join('\n');
    expect(refusal).toContain('declaration');
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const canaryText of CANARY_STRINGS) expect(everythingOutsideTheRecord).not.toContain(canaryText);
    // The board's system itself does receive the record: the canary is there, so the scan above could have found it.
    expect(JSON.stringify(receiver.firstDeliveries().map((delivery) => delivery.document))).toContain(CANARY_STRINGS[0]);
  });
});
