import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADULT_NAME, ALLEGATION_TEXT, CHILD_NAMES, VALID } from '../lado/ladoChat.ts';
import { BoardReceiver } from '../support/boardReceiver.ts';
import { WEBHOOK_SECRET } from '../submissions/testBoards.ts';
import { buttonsOf, textOf, type SlackChat } from './slackChat.ts';
import { LADO_CHANNEL, PEOPLE, startSlackBot, type SlackBotUnderTest } from './slackTestBot.ts';

const KNOWN_AT = { 'allegationKnownAt.date': '2026-11-23', 'allegationKnownAt.time': '10:15' };

/** Opens the form on the latest card and submits it; returns Slack's answer's body and what was posted. */
async function fillIn(chat: SlackChat, answers: Record<string, string>) {
  const view = await chat.opensForm();
  const { answer, replies } = await chat.submits(view, answers);
  return { response: answer.body as { response_action: string; errors?: Record<string, string> }, replies, elapsedMs: answer.elapsedMs };
}

/** From the slash command to the referral's first section: not in danger, the first two limbs, heard of it on KNOWN_AT. */
async function startReferral(chat: SlackChat): Promise<void> {
  expect(textOf(await chat.command('lado'))).toContain('Is a child in immediate danger right now?');
  await chat.says('No');
  await fillIn(chat, { harmTest: 'harmedChild,possibleCriminalOffence', childReferralAlsoNeeded: 'false' });
  await fillIn(chat, KNOWN_AT);
}

/** Every section with valid answers and two children, to the summary. */
async function fillReferral(chat: SlackChat): Promise<void> {
  await fillIn(chat, VALID.referrer);
  await fillIn(chat, VALID.subject);
  await fillIn(chat, VALID.firstChild);
  await chat.presses('Add another child');
  await fillIn(chat, VALID.secondChild);
  await chat.presses('Continue');
  await fillIn(chat, VALID.allegation);
  await fillIn(chat, VALID.actionsTaken);
  await fillIn(chat, VALID.declaration);
}

describe('a LADO referral in Slack', () => {
  let harness: SlackBotUnderTest;
  let receiver: BoardReceiver;
  beforeAll(async () => {
    receiver = new BoardReceiver({ secret: WEBHOOK_SECRET });
    await receiver.start();
    harness = await startSlackBot({ webhookUrl: receiver.url, webhookTimeoutMs: 15_000 });
  });
  afterAll(async () => {
    await harness?.stop();
    await receiver?.stop();
  });

  it('runs from the slash command to a receipt and an alert the LADO acknowledges in place, with no case detail in the channel', async () => {
    const channel = harness.chat(PEOPLE.admin, LADO_CHANNEL);
    expect(textOf(await channel.says('register this channel for LADO alerts'))).toContain('now receives the *lado-duty* alerts');

    const chat = harness.newPractitioner();
    await startReferral(chat);
    expect(textOf(chat.messages)).toContain('Do not investigate');
    expect(textOf(chat.messages.slice(-1))).toContain('Step 1 of 6 · About you');

    const firstStep = chat.latestWith('Open form');
    await fillReferral(chat);
    const summary = textOf(chat.messages.slice(-1));
    expect(summary).toContain('Check your answers');
    for (const name of [ADULT_NAME, ...CHILD_NAMES]) expect(summary).toContain(name);

    await chat.pressOnly('Open form', firstStep);
    const note = await harness.slack.waitFor(() => harness.slack.callsTo('chat.postEphemeral').find((call) => call.args.user === chat.user));
    expect(note.args.text).toContain('That form is no longer open here');

    const receipt = textOf(await chat.presses('Confirm and submit'));
    const reference = /LADO-\d{4}-\d{6}/.exec(receipt)?.[0];
    expect(reference).toBeDefined();
    expect(receipt).toContain('LADO referral recorded');
    expect(receipt).toContain('01632 960200');

    const alert = await harness.slack.waitFor(() => channel.messages.find((message) => textOf([message]).includes(reference!)));
    for (const detail of [ADULT_NAME, ...CHILD_NAMES, ALLEGATION_TEXT, VALID.subject.address, VALID.referrer.name]) {
      expect(textOf([alert])).not.toContain(detail);
    }
    const acknowledge = buttonsOf(alert).find((button) => button.text.text === 'Acknowledge');
    expect(acknowledge).toBeDefined();
    const lado = harness.chat(PEOPLE.lado, LADO_CHANNEL);
    expect((await lado.pressOnly('Acknowledge', alert)).status).toBe(200);
    await harness.slack.waitFor(() => (alert.updates > 0 ? true : undefined));
    expect(textOf([alert])).toContain('Acknowledged');
    expect(harness.slack.callsTo('chat.update').at(-1)?.args.ts).toBe(alert.ts);
  });

  it('shows the server’s problem beside the field in the modal, and carries on once it is fixed', async () => {
    const chat = harness.newPractitioner();
    await chat.command('lado');
    await chat.says('No');
    await fillIn(chat, { harmTest: 'harmedChild', childReferralAlsoNeeded: 'false' });
    const future = await fillIn(chat, { 'allegationKnownAt.date': '2099-01-01', 'allegationKnownAt.time': '10:00' });
    expect(future.response.response_action).toBe('errors');
    expect(future.response.errors?.['allegationKnownAt.date']).toMatch(/future/);
    expect(future.replies).toEqual([]);

    const reopened = await chat.opensForm();
    expect(JSON.stringify(reopened)).toContain('this is in the future');
    const fixed = await chat.submits(reopened, KNOWN_AT);
    expect((fixed.answer.body as { response_action: string }).response_action).toBe('update');
    expect(textOf(fixed.replies)).toContain('Step 1 of 6 · About you');
  });

  it('acknowledges Slack at once while the board’s system stalls, and still gives the receipt', async () => {
    const first = harness.newPractitioner();
    await startReferral(first);
    await fillReferral(first);
    const second = harness.newPractitioner();
    await startReferral(second);
    await fillReferral(second);

    receiver.misbehave({ kind: 'stall', ms: 8_000 }, { times: 1 });
    await first.presses('Confirm and submit');
    await harness.slack.waitFor(() => receiver.requests.find((request) => request.answer === 'stalled'));
    const stallEnds = Date.now() + 6_000;

    const confirm = await second.pressOnly('Confirm and submit');
    expect(confirm.status).toBe(200);
    expect(confirm.elapsedMs).toBeLessThan(3_000);
    const receipt = await harness.slack.waitFor(() => second.messages.find((message) => textOf([message]).includes('LADO referral recorded')));
    expect(receipt).toBeDefined();
    expect(Date.now()).toBeLessThan(stallEnds);
  });
});
