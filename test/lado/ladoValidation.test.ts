import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BOARD_DIR, TEST_BOARD_ID } from '../alerts/alertTestBoard.ts';
import { TestClock } from '../seriousIncident/seriousIncidentChat.ts';
import type { TestConversation } from '../support/conversation.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { newPractitioner, next, startReferral, textOf, VALID } from './ladoChat.ts';

const THRESHOLDS = fileURLToPath(new URL('../../knowledge/data/thresholds/sample-partnership.yaml', import.meta.url));

/** The alert test board, setting the accepted domains for secure work email. */
function boardWithEmailDomains(domains: string[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'secure-email-board-'));
  const board = readFileSync(join(TEST_BOARD_DIR, `${TEST_BOARD_ID}.yaml`), 'utf8')
    .replace(/^thresholdDocument: .*$/m, `thresholdDocument: ${THRESHOLDS}`)
    .concat(`\nsecureEmailDomains: [${domains.join(', ')}]\n`);
  writeFileSync(join(directory, `${TEST_BOARD_ID}.yaml`), board);
  return directory;
}

describe('the LADO referral checks answers as people expect, through /api/messages', () => {
  const clock = new TestClock('2026-11-24T10:00:00Z');
  const boardDirectory = boardWithEmailDomains(['Sample.gov.uk', 'nhs.net']);
  let bot: BotUnderTest;
  let chat: TestConversation;
  beforeAll(async () => {
    bot = await startBot({ time: clock, env: { BOARD_CONFIG_DIR: boardDirectory, DEFAULT_BOARD_ID: TEST_BOARD_ID } });
    chat = bot.conversation(newPractitioner());
  });
  afterAll(async () => {
    await bot?.stop();
    rmSync(boardDirectory, { recursive: true, force: true });
  });

  it('takes a secure work email only on the board’s domains, saying which next to the field', async () => {
    await startReferral(chat, { date: '2026-11-24', time: '09:00' });
    const refused = textOf(await next(chat, VALID.referrer));
    expect(refused).toContain('There is 1 thing to fix');
    expect(refused).toContain('Secure work email: use a secure work email address; the board accepts addresses ending in @sample.gov.uk, @nhs.net');
    expect(refused).toContain('· About you');
    const subjectCard = textOf(await next(chat, { ...VALID.referrer, email: 'alex.morgan@school.sample.gov.uk' }));
    expect(subjectCard).toContain('The adult concerned');
  });

  it('refuses an employment start after today, then takes one before', async () => {
    const refused = textOf(await next(chat, { ...VALID.subject, startedOn: '2026-12-01' }));
    expect(refused).toContain('Start date: this date is after today: give a date on or before today');
    expect(textOf(await next(chat, { ...VALID.subject, startedOn: '2019-09-01' }))).toContain('Child 1');
  });

  it('refuses a date of the allegation in the future', async () => {
    await next(chat, VALID.firstChild);
    await chat.submits({ choice: 'continue' });
    const refused = textOf(await next(chat, { ...VALID.allegation, occurredFrom: '2026-11-25' }));
    expect(refused).toContain('When it happened (or started): this date is after today');
    expect(textOf(await next(chat, VALID.allegation))).toContain('Actions taken so far');
  });
});
