import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordSections } from '../../bot/boardInbox/recordDetails.ts';
import { canaryLadoReferral } from '../alerts/canaryRecord.ts';
import { CHROMIUM_MISSING_NOTE, chromiumPath } from './chatPage.ts';
import { realBotInBrowser } from './realBotPage.ts';

if (!chromiumPath) console.warn(CHROMIUM_MISSING_NOTE);

const BOARD = 'sample-partnership';

/**
 * Each label's words, as laid out: a word whose characters sit on more than one line was broken inside the word.
 * Runs in the page, on the labels of the last card that shows `heading`.
 */
function brokenLabelWords({ heading, labels }: { heading: string; labels: string[] }): string[] {
  const cards = [...document.querySelectorAll('.ac-adaptiveCard')].filter((card) => card.textContent?.includes(heading));
  const card = cards.at(-1);
  if (!card) return [`no card showing ${heading}`];
  const wanted = new Set(labels);
  const labelElements = [...card.querySelectorAll('.ac-textBlock')].filter((element) => wanted.has(element.textContent?.trim() ?? ''));
  if (labelElements.length === 0) return ['no labels found on the card'];
  const broken: string[] = [];
  for (const element of labelElements) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lineTops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lineTops.size > 1) broken.push(`${element.textContent?.trim()} → "${word[0]}"`);
      }
    }
  }
  return broken;
}

/** An opened record on the local chat page: labels above values, broken only at spaces, on a phone and on a desktop. */
describe.skipIf(!chromiumPath)('a record opened on the local chat page', () => {
  const page = realBotInBrowser();

  it('keeps every label whole at 360 px and at 1280 px wide', async () => {
    const record = canaryLadoReferral(BOARD);
    const { reference } = await page.bot.app.submissions.submit({
      recordType: 'lado_referral',
      record,
      formInstanceId: randomUUID(),
      boardId: BOARD,
      submitter: { identity: 'local:browser-practitioner' },
      conversation: { channelId: 'webchat', conversation: { id: `browser-${randomUUID()}`, isGroup: false, conversationType: 'personal', name: '' } },
      clocks: [{ clockId: 'LADO_REPORT', startsAt: new Date() }],
    });
    const labels = [...new Set(recordSections('lado_referral', record).flatMap((section) => section.facts.map((fact) => fact.label)))];
    const heading = `LADO referral ${reference}`;

    const chat = await page.open();
    await chat.page.setViewportSize({ width: 360, height: 900 });
    await chat.sendText(`open ${reference}`);
    await chat.waitForBotMessage(heading);
    for (const width of [360, 1280]) {
      await chat.page.setViewportSize({ width, height: 900 });
      await chat.page.waitForFunction((expected) => document.documentElement.clientWidth === expected, width);
      expect({ width, broken: await chat.page.evaluate(brokenLabelWords, { heading, labels }) }).toEqual({ width, broken: [] });
    }
    expect(chat.errors).toEqual([]);
    await chat.close();
  });
});
