import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const WIDE = { width: 1280, height: 800 };
/** Each test loads Web Chat at least once: slow on a busy machine. */
const PAGE_TEST_TIMEOUT_MS = 120_000;

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ html: string }> };

/** axe-core's audit of the page as it is now, bundled from npm (no CDN). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
}

/** WCAG contrast of an element's text on its background, from the colours the browser computed. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .last()
    .evaluate((element) => {
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
          const channel = Number(part) / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(element);
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return (light! + 0.05) / (dark! + 0.05);
    });
}

/** The local page in UK English and usable with assistive technology, with the real bot. */
describe.skipIf(!chromiumPath)('the local chat page is accessible', () => {
  const page = realBotInBrowser();

  it(
    'says what to do in an emergency first, in a page marked as UK English',
    async () => {
      const chat = await page.open();
      const welcome = await chat.waitForBotMessage('the safeguarding assistant for');
      expect(await welcome.locator('p').first().innerText()).toBe('If a child is in immediate danger, call 999 now.');
      expect(await chat.page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      await chat.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'shows when each message was sent as UK time, 24-hour, read out the same way',
    async () => {
      const chat = await page.open();
      await chat.waitForBotMessage('What would you like to do?');
      await chat.sendText('hello');
      const status = chat.page.locator('.webchat__stacked-layout--from-user .webchat__activity-status').last();
      const shown = await status.locator('[aria-hidden="true"]').innerText();
      const ukClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      expect([ukClock.format(Date.now() - 60_000), ukClock.format(Date.now())]).toContain(shown);
      expect(await status.innerText()).toContain(`Sent at ${shown}`);
      const earlierDays = await chat.page.evaluate(() => {
        const formatDate = (window as unknown as { ukGlobalize: { dateFormatter(): (date: Date) => string } }).ukGlobalize.dateFormatter();
        return [formatDate(new Date('2025-07-04T15:19:00Z')), formatDate(new Date('2025-12-04T09:05:00Z'))];
      });
      expect(earlierDays).toEqual(['4 July 2025 at 16:19', '4 December 2025 at 09:05']);
      expect((await chat.page.locator('.webchat__activity-status').allInnerTexts()).join(' ')).not.toMatch(/\b(AM|PM)\b/);
      await chat.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'lets the person switch between the demo user and the practitioner, both ways',
    async () => {
      const chat = await page.open();
      const switchUser = chat.page.locator('#switch-user');
      await expect(switchUser.textContent()).resolves.toContain('Chat as a practitioner');
      await switchUser.click();
      await chat.page.waitForURL(/\?user=practitioner$/);
      await chat.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
      await expect(chat.page.locator('#user-id').textContent()).resolves.toBe('practitioner');
      await expect(switchUser.textContent()).resolves.toContain('Chat as the demo user');
      await switchUser.click();
      await chat.page.waitForURL((url) => url.search === '');
      await chat.page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 60_000 });
      await expect(chat.page.locator('#user-id').textContent()).resolves.toBe('demo-user');
      await chat.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'shows every quick reply at 1280 px, none under a scroll arrow',
    async () => {
      const chat = await page.open({ viewport: WIDE });
      await chat.waitForBotMessage('What would you like to do?');
      const buttons = chat.page.locator('.webchat__suggested-actions button');
      await buttons.first().waitFor();
      expect(await buttons.count()).toBeGreaterThanOrEqual(4);
      for (const button of await buttons.all()) {
        // A trial click fails when another element (such as a carousel arrow) would receive the click.
        await button.click({ trial: true, timeout: 5_000 });
        const box = await button.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(WIDE.width);
      }
      await chat.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );

  it(
    'marks fields with a problem as invalid, has a primary button of 4.5:1 contrast, and passes axe-core with a form card shown',
    async () => {
      const chat = await page.open({ viewport: WIDE, forAudit: true });
      await chat.waitForBotMessage('What would you like to do?');
      await chat.sendText('serious incident');
      await chat.waitForBotMessage('What happened?');
      await chat.chooseCardOption('What happened?', 'The child died (including suspected suicide)');
      await chat.chooseCardOption('Is abuse or neglect known or suspected?', 'Suspected');
      await chat.chooseCardOption('Who is this about?', 'A care leaver aged 18 or over');
      await chat.chooseCardOption('Did it happen in our area?', 'Yes, in our area');
      await chat.chooseCardOption('Does the child normally live in our area?', 'Yes');
      await chat.clickCardButton('Continue');
      await chat.waitForBotMessage('There is 1 thing to fix');

      const invalid = chat.page.locator('.ac-adaptiveCard [aria-invalid="true"]');
      await invalid.first().waitFor();
      expect(await invalid.count()).toBe(1);
      const describedBy = (await invalid.first().getAttribute('aria-describedby')) ?? '';
      const problemId = describedBy.split(' ').find((id) => id.startsWith('field-problem-'));
      expect(await chat.page.locator(`[id="${problemId}"]`).innerText()).toContain('Their age, if a care leaver aged 18 or over: enter a number');

      expect(await contrastOf(chat.page, '.ac-adaptiveCard button.style-positive')).toBeGreaterThanOrEqual(4.5);
      const serious = (await axeViolations(chat.page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html.slice(0, 120)).join(' | ')})`)).toEqual([]);
      expect(chat.errors).toEqual([]);
      await chat.close();
    },
    PAGE_TEST_TIMEOUT_MS,
  );
});
