import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoData } from '../../bot/insight/demoData.ts';
import { addWorkingDays } from '../../knowledge/calendar/workingCalendar.ts';
import type { Queryable } from '../../bot/storage/database.ts';
import { startBot, type BotUnderTest } from '../support/startBot.ts';
import { CHROMIUM_MISSING_NOTE, chromiumPath, launchChromium } from './chatPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
/** A Friday; the page's default period is the twelve months up to it. */
const NOW = new Date('2026-11-20T10:00:00Z');
const PERIOD = { from: '2025-11-21', to: '2026-11-20' };

type AxeViolation = { id: string; impact: string | null; help: string };

/** The headline figures, counted here straight from the stored records, not through the product's measures. */
async function figuresFromRecords(db: Queryable, agencyType?: string) {
  const { rows } = await db.query<{ type: string; agency: string | null; submitted_on: string; known_on: string | null }>(
    `SELECT type,
            COALESCE(payload->'practitioner'->>'agencyType', payload->'referrer'->>'agencyType', payload->'contact'->>'agencyType') AS agency,
            to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS submitted_on,
            to_char((payload->>'allegationKnownAt')::timestamptz AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS known_on
       FROM records
      WHERE board_id = 'sample-partnership'
        AND (created_at AT TIME ZONE 'Europe/London')::date BETWEEN $1::date AND $2::date`,
    [PERIOD.from, PERIOD.to],
  );
  const ofAgency = rows.filter((row) => agencyType === undefined || row.agency === agencyType);
  const ofType = (type: string) => ofAgency.filter((row) => row.type === type);
  const referrals = ofType('lado_referral');
  // The LADO is told by the end of the next working day after the allegation came to the employer's attention.
  const onTime = referrals.filter((row) => row.submitted_on <= addWorkingDays(row.known_on!, 1)).length;
  return {
    thresholdChecks: ofType('threshold_consultation').length,
    consultations: ofType('lado_consultation').length,
    referrals: referrals.length,
    referralsOnTime: onTime,
  };
}

const figureValue = (page: Page, figure: string) => page.locator(`[data-figure="${figure}"] .value`).innerText();

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
}

/** The board staff's insight page in headless Chromium, local mode, on a year of demo data in the embedded store. */
describe.skipIf(!chromiumPath)('the insight page in a browser', () => {
  let bot: BotUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startBot({ time: { now: () => NOW } });
    await fillDemoData(bot.app.db, bot.app.boards.board('sample-partnership')!, { until: NOW });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const open = async (query = '', options: { forAudit?: boolean } = {}) => {
    const page = await browser.newPage({ bypassCSP: options.forAudit === true, viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(`${bot.baseUrl}/insight${query}`);
    return { page, status: response?.status(), requested };
  };

  it('shows the demo user the last twelve months, with headline figures that match the records counted independently', async () => {
    const { page, status, requested } = await open();
    expect(status).toBe(200);
    await expect(page.locator('#scope').innerText()).resolves.toContain('Friday 21 November 2025 to Friday 20 November 2026, every agency type');

    const expected = await figuresFromRecords(bot.app.db);
    expect(expected.thresholdChecks).toBeGreaterThan(100);
    expect(expected.referrals).toBeGreaterThan(50);
    await expect(figureValue(page, 'thresholdConsultations')).resolves.toBe(String(expected.thresholdChecks));
    await expect(figureValue(page, 'ladoContactMix')).resolves.toBe(`${expected.consultations} consultations, ${expected.referrals} referrals, 0 low-level concerns`);
    const percent = Math.round((expected.referralsOnTime / expected.referrals) * 100);
    await expect(figureValue(page, 'ladoReferralsWithinOneWorkingDay')).resolves.toBe(`${percent}% (${expected.referralsOnTime} of ${expected.referrals})`);

    const levelTable = page.locator('#level-mix table tbody tr td');
    const levelCounts = (await levelTable.allTextContents()).map(Number);
    expect(levelCounts.reduce((sum, count) => sum + count, 0)).toBe(expected.thresholdChecks);
    for (const chart of ['lado-timeliness', 'notification-timeliness', 'level-mix', 'override-matrix']) {
      await expect(page.locator(`#${chart} svg[role="img"] title`).count()).resolves.toBe(1);
    }

    const screenshots = await mkdtemp(join(tmpdir(), 'insight-page-'));
    const screenshot = join(screenshots, 'insight.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect((await stat(screenshot)).size).toBeGreaterThan(20_000);
    expect(requested.every((url) => url.startsWith(`${bot.baseUrl}/`))).toBe(true);
    await page.close();
  }, 120_000);

  it('has no serious or critical accessibility violations', async () => {
    const { page } = await open('', { forAudit: true });
    const violations = await axeViolations(page);
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.close();
  }, 120_000);

  it('narrows every figure to the agency type chosen in the filters', async () => {
    const { page } = await open();
    await page.getByLabel('Agency type').selectOption({ label: 'School' });
    await Promise.all([page.waitForURL(/agency=school/), page.getByRole('button', { name: 'Show figures' }).click()]);
    const expected = await figuresFromRecords(bot.app.db, 'school');
    await expect(page.locator('#scope').innerText()).resolves.toContain('School');
    await expect(figureValue(page, 'thresholdConsultations')).resolves.toBe(String(expected.thresholdChecks));
    await expect(figureValue(page, 'ladoContactMix')).resolves.toBe(`${expected.consultations} consultations, ${expected.referrals} referrals, 0 low-level concerns`);
    await page.close();
  }, 120_000);

  it('says what is wrong with a bad filter, on the page and without figures', async () => {
    const { page, status } = await open('?from=2026-02-30&to=2026-01-01');
    expect(status).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('From: enter a real date like 2026-04-01.');
    await expect(page.locator('[data-figure]').count()).resolves.toBe(0);
    await page.close();
  }, 120_000);

  it('refuses the practitioner, who holds no board role, saying why and showing no figures', async () => {
    const { page, status } = await open('?user=practitioner');
    expect(status).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('You cannot see board figures');
    await expect(page.locator('[data-figure]').count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.not.toContain('Sample Safeguarding Partnership');
    await page.close();
  }, 120_000);
});
