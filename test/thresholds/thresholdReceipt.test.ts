import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../alerts/alertTestBoard.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { TestConversation } from '../support/conversation.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { testBoardConfig, WEBHOOK_SECRET, WEBHOOK_SECRET_ENV, writeTestBoards, type TestBoardDirectory } from '../submissions/testBoards.ts';
import { newPractitioner, walkToAnswer } from './thresholdChat.ts';

const textOf = TestConversation.textOf;
const BOARD = 'threshold-webhook-board';

/** A board that asks for its threshold checks: the receipt promises the board's system only its acknowledgement. */
describe('a threshold check receipt on a board whose system receives threshold checks', () => {
  let receiver: BoardReceiver;
  let boards: TestBoardDirectory;
  let bot: BotUnderTest;

  beforeAll(async () => {
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET });
    await receiver.start();
    boards = await writeTestBoards([testBoardConfig(BOARD, { webhookUrl: receiver.url, extra: { options: { postThresholdConsultations: true } } })]);
    bot = await startBot({
      time: { now: () => new Date('2026-11-30T10:00:00Z') },
      env: { BOARD_CONFIG_DIR: boards.directory, DEFAULT_BOARD_ID: BOARD, [WEBHOOK_SECRET_ENV]: WEBHOOK_SECRET, DELIVERY_POLL_INTERVAL_MS: '20' },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await receiver?.stop();
    await boards?.remove();
  });

  it('says the record is being sent and tells the practitioner once the board’s system acknowledged it', async () => {
    const chat = bot.conversation(newPractitioner());
    await walkToAnswer(chat, { domains: ['1-C1,1-C2', '1-P1', '1-F1'] });
    const replies = await chat.submits({ choice: 'agree' });
    const saved = textOf(replies.filter((reply) => textOf([reply]).includes('Threshold check saved')));
    const reference = /\b[A-Z]+-\d{4}-\d{6}\b/.exec(saved)?.[0] ?? 'no reference';
    expect(saved).toContain('It is being sent to the board’s own system; I will tell you here when that system has received it.');
    expect(saved).not.toContain("The board's system has received");

    const acknowledged = await eventually(() =>
      bot.connector
        .sent(chat.options.conversationId)
        .map((sent) => textOf([sent]))
        .find((text) => text.includes("The board's system has received")),
    );
    expect(acknowledged).toContain(`The board's system has received ${reference}.`);
    expect(receiver.firstDeliveries().some((delivery) => JSON.stringify(delivery.document).includes(reference))).toBe(true);
  });
});
