import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAlertBot, teamsUser } from '../alerts/alertTestBoard.ts';
import { startReferral, VALID } from '../lado/ladoChat.ts';
import { cardsOf, formButton, next } from '../support/cardChat.ts';
import { newPractitioner } from '../support/newPractitioner.ts';
import type { SlackBlock } from '../../cards/slack/blockKit.ts';
import { startSlackBot, type SlackBotUnderTest } from '../slack/slackTestBot.ts';
import type { Reply } from '../support/conversation.ts';
import type { BotUnderTest } from '../support/startBot.ts';
import { newPractitioner as newThresholdPractitioner, walkToAnswer } from '../thresholds/thresholdChat.ts';

const MARKUP = '**Urgent** see [the note](https://attacker.example/x) _now_';
const LINK_TARGET = 'https://attacker.example/x';

type Fact = { title: string; value: string };

type Element = { type?: string; items?: Element[]; text?: string; weight?: string; isSubtle?: boolean };

/** The label-above-value pairs of a labelled values container, as rendered (escaped) text. */
function labelledPairs(element: Element): Fact[] {
  const items = element.type === 'Container' ? (element.items ?? []) : [];
  const pairs: Fact[] = [];
  items.forEach((item, index) => {
    const value = items[index + 1];
    if (item.weight === 'bolder' && item.isSubtle === true && value?.type === 'TextBlock') pairs.push({ title: String(item.text), value: String(value.text) });
  });
  return pairs;
}

/** Every fact the cards show, each label above its value. */
function factsOf(replies: Reply[]): Fact[] {
  const facts: Fact[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const element = node as Element;
    facts.push(...labelledPairs(element));
    Object.values(element).forEach(walk);
  };
  walk(cardsOf(replies));
  return facts;
}

/** True when no markdown character of the text is left unescaped: it can form no bold, link or list. */
function isLiteralMarkdown(markdown: string): boolean {
  return !/(^|[^\\])(\\\\)*[*_[\]]/.test(markdown);
}

describe('what people type is shown as typed, never as formatting or a link', () => {
  let bot: BotUnderTest;
  beforeAll(async () => {
    bot = await startAlertBot();
  });
  afterAll(() => bot?.stop());

  it('escapes markdown in the summary card and in the record the LADO opens', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    await next(chat, VALID.referrer);
    await next(chat, { ...VALID.subject, jobTitle: '**Head** teacher' });
    await next(chat, VALID.firstChild);
    await chat.submits({ choice: 'continue' });
    await next(chat, { ...VALID.allegation, summary: MARKUP });
    await next(chat, VALID.actionsTaken);
    const summary = factsOf(await next(chat, VALID.declaration));

    const shown = summary.find((fact) => fact.value.includes('attacker.example'));
    expect(shown?.value).toBe('\\*\\*Urgent\\*\\* see \\[the note\\](https://attacker.example/x) \\_now\\_');
    expect(isLiteralMarkdown(shown?.value ?? '*')).toBe(true);
    expect(summary.find((fact) => fact.title === 'Job title')?.value).toBe('\\*\\*Head\\*\\* teacher');

    const receipt = await chat.submits(formButton(chat, 'confirm'));
    const reference = /LADO-\d{4}-\d{6}/.exec(JSON.stringify(receipt))?.[0];
    const lado = bot.conversation(teamsUser('lado'));
    const record = factsOf(await lado.says(`open ${reference}`));
    const allegation = record.find((fact) => fact.value.includes(LINK_TARGET));
    expect(allegation).toBeDefined();
    expect(isLiteralMarkdown(allegation?.value ?? '*')).toBe(true);
  });

  it('removes a NUL and other control characters before anything is stored, and the conversation carries on', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    const subject = await next(chat, { ...VALID.referrer, name: 'Alex\u0000 Mor\u0007gan', role: 'Lead\u001b[31m' });
    expect(JSON.stringify(subject)).toContain('Step 2 of 6 · The adult concerned');

    const typed = await chat.post(chat.activity({ type: 'message', text: 'why?\u0000\u0008' }));
    expect(typed.status).toBe(200);
    expect(typed.replies.length).toBeGreaterThan(0);

    const { rows } = await bot.app.db.query<{ document: unknown }>('SELECT document FROM bot_state');
    const stored = JSON.stringify(rows);
    expect(stored).toContain('Alex Morgan');
    expect(stored).not.toMatch(/\\u000[0-8]|\\u001b/);
  });

  it('refuses a line break in a one-line answer with a field error', async () => {
    const chat = bot.conversation(newPractitioner());
    await startReferral(chat, { date: '2026-11-23', time: '10:15' });
    const refused = JSON.stringify(await next(chat, { ...VALID.referrer, organisation: 'Sample Primary\nSchool' }));
    expect(refused).toContain('Organisation: write this on one line, without line breaks or tabs');
    expect(refused).toContain('Step 1 of 6 · About you');
  });

  it('escapes the child’s words quoted in the threshold referral summary', async () => {
    const chat = bot.conversation(newThresholdPractitioner());
    const childVoice = 'He said **it hurts** [see](https://attacker.example/x)';
    await walkToAnswer(chat, { domains: ['4-C1', '', ''], voice: { childVoice, keepChildVoice: 'false', riskFactors: '' } });
    const texts: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const element = node as { type?: string; text?: unknown };
      if (element.type === 'TextBlock' && typeof element.text === 'string') texts.push(element.text);
      Object.values(element).forEach(walk);
    };
    walk(cardsOf(await chat.submits({ choice: 'agree' })));
    const quoted = texts.find((text) => text.includes('attacker.example'));
    expect(quoted).toBe('What the child says or shows: He said \\*\\*it hurts\\*\\* \\[see\\](https://attacker.example/x)');
  });
});

describe('what people type is shown as typed in Slack', () => {
  let harness: SlackBotUnderTest;
  beforeAll(async () => {
    harness = await startSlackBot();
  });
  afterAll(() => harness?.stop());

  it('shows a summary answer as plain text, with no link or bold made of it', async () => {
    const chat = harness.newPractitioner();
    await chat.command('lado');
    await chat.says('No');
    await chat.submits(await chat.opensForm(), { harmTest: 'harmedChild', childReferralAlsoNeeded: 'false' });
    await chat.submits(await chat.opensForm(), { 'allegationKnownAt.date': '2026-11-23', 'allegationKnownAt.time': '10:15' });
    await chat.submits(await chat.opensForm(), VALID.referrer);
    await chat.submits(await chat.opensForm(), { ...VALID.subject, jobTitle: MARKUP });
    await chat.submits(await chat.opensForm(), VALID.firstChild);
    await chat.presses('Continue');
    await chat.submits(await chat.opensForm(), VALID.allegation);
    await chat.submits(await chat.opensForm(), VALID.actionsTaken);
    await chat.submits(await chat.opensForm(), VALID.declaration);

    const sections = chat.messages.slice(-3).flatMap((message) => message.blocks as SlackBlock[]);
    const texts = sections.flatMap((block) => (block.type === 'section' ? [...(block.fields ?? []), ...(block.text === undefined ? [] : [block.text])] : []));
    expect(texts).toContainEqual({ type: 'plain_text', text: MARKUP, emoji: true });
    const mrkdwn = texts
      .filter((text) => text.type === 'mrkdwn')
      .map((text) => text.text)
      .join('\n');
    expect(mrkdwn).not.toContain('Urgent');
    expect(mrkdwn).not.toContain(LINK_TARGET);
  });
});
