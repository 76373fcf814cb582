import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRecords } from '../../bot/records/export/subjectAccessExport.ts';
import { SubmissionService } from '../../bot/submissions/submissionService.ts';
import { testDatabases } from '../support/databases.ts';
import { recordFor, submissionRequest } from '../submissions/sampleSubmissions.ts';
import { testBoardConfig, writeTestBoards } from '../submissions/testBoards.ts';
import { CHROMIUM_MISSING_NOTE, chromiumPath, launchChromium } from './chatPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const HOSTILE_SUMMARY = 'Said <img src="https://tracker.example/p.gif" onerror="window.pwned = true"><script>window.pwned = true</script> twice';

describe.skipIf(!chromiumPath)('a subject access export opened in a browser', () => {
  let browser: Browser;
  let folder: string;
  let pageUrl: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'export-page-'));
    const boards = await writeTestBoards([testBoardConfig('page-board')]);
    const db = await testDatabases()[0]!.migrated();
    try {
      const record = recordFor('lado_referral', 'page-board') as { allegation: { summary: string } };
      record.allegation.summary = HOSTILE_SUMMARY;
      const service = new SubmissionService({ db, boardFor: (id) => boards.boards.get(id), time: { now: () => new Date() } });
      await service.submit(submissionRequest('lado_referral', 'page-board', { formInstanceId: randomUUID(), record }));
      const { files } = await exportRecords(db, {
        boardId: 'page-board',
        request: { kind: 'subject', subject: 'Gareth Invented' },
        actor: 'operator:tester',
        now: new Date(),
        outDir: folder,
      });
      pageUrl = pathToFileURL(files.html).href;
    } finally {
      await db.close();
      await boards.remove();
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('shows what people typed as text, runs nothing and asks for nothing beyond itself', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('dialog', (dialog) => void dialogs.push(dialog.message()));

    await page.goto(pageUrl);

    await expect(page.getByRole('heading', { level: 2, name: 'LADO referral LADO-2026-000001' }).isVisible()).resolves.toBe(true);
    const valueOf = (label: string) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell')
        .textContent();
    await expect(valueOf('Brief factual summary')).resolves.toBe(HOSTILE_SUMMARY);
    await expect(valueOf('Full name')).resolves.toBe('Gareth Invented');
    await expect(page.locator('.marking').first().textContent()).resolves.toBe('OFFICIAL-SENSITIVE');
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    expect(requested).toEqual([pageUrl]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(pageUrl);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      return (await axe.run(document)).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
