import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../slack/slackChat.ts';
import { LADO_CHANNEL, PEOPLE, startSlackBot, type SlackBotUnderTest } from '../slack/slackTestBot.ts';

const POINTER = 'I’ve messaged you privately: case details stay in a one-to-one chat.';

/** Slack channels: requests for case detail continue in the person's direct messages; refusals are seen by them alone. */
describe('Slack channels: case detail only in direct messages, refusals private', () => {
  let slackBot: SlackBotUnderTest;
  beforeAll(async () => {
    slackBot = await startSlackBot();
  }, 120_000);
  afterAll(() => slackBot?.stop());

  /** A mention of the bot in a channel (app_mention), as Slack sends it; waits until the bot has had its say. */
  async function mentionInChannel(user: string, channel: string, text: string): Promise<void> {
    const { requests, slack } = slackBot;
    const calls = slack.calls.length;
    const answer = await requests.postEvent(requests.eventBody(requests.mention(user, channel, text)));
    expect(answer.status).toBe(200);
    await slack.waitFor(() => (slack.calls.slice(calls).some((call) => call.method === 'chat.postEphemeral') ? true : undefined));
  }

  const ephemeralTexts = (user: string, channel: string) => slackBot.slack.ephemeralsTo(user, channel).map((args) => String(args.text));

  it.each([
    ['threshold', 'Immediate danger first'],
    ['lado', 'Is a child in immediate danger right now?'],
    ['serious incident', 'Only managers can notify the board'],
  ])('moves “%s” asked in a channel to the person’s direct messages, with only a private pointer in the channel', async (request, firstWords) => {
    const user = `U0CH${request.replace(/\W/g, '').toUpperCase().slice(0, 8)}`;
    const channel = 'C0TEAMROOM';
    await mentionInChannel(user, channel, request);

    const opened = slackBot.slack.callsTo('conversations.open').at(-1);
    expect(opened?.args.users).toBe(user);
    const direct = `D${user.slice(1)}`;
    await slackBot.slack.waitFor(() => (slackBot.slack.messagesIn(direct).length > 0 ? true : undefined));
    expect(textOf(slackBot.slack.messagesIn(direct))).toContain(firstWords);
    expect(slackBot.slack.messagesIn(channel)).toEqual([]);
    expect(ephemeralTexts(user, channel)).toContain(POINTER);
  });

  it('says, to the person alone, how to open the app’s messages when Slack will not open a direct message', async () => {
    const user = 'U0NODMS';
    slackBot.slack.unreachableUsers.add(user);
    await mentionInChannel(user, 'C0TEAMROOM', 'lado');
    const [note] = ephemeralTexts(user, 'C0TEAMROOM');
    expect(note).toContain('I couldn’t open a private chat with you');
    expect(note).toContain('In Slack, open **Safeguarding assistant** under **Apps**');
    expect(slackBot.slack.messagesIn('C0TEAMROOM')).toEqual([]);
  });

  it('sends a refusal in a channel to the person alone (chat.postEphemeral), posting nothing in the channel', async () => {
    const before = slackBot.slack.messagesIn(LADO_CHANNEL).length;
    await mentionInChannel(PEOPLE.practitioner, LADO_CHANNEL, 'register this channel for LADO alerts');
    expect(ephemeralTexts(PEOPLE.practitioner, LADO_CHANNEL).join('\n')).toContain('Only a board admin');
    expect(slackBot.slack.messagesIn(LADO_CHANNEL)).toHaveLength(before);
  });

  it('refuses, to the presser alone, a form card’s button pressed in a channel', async () => {
    const { requests, slack } = slackBot;
    const channel = 'C0CARDROOM';
    const data = { form: 'threshold-redFlags', instance: 'someone-elses', section: 'redFlags', intent: 'next' };
    const calls = slack.calls.length;
    const answer = await requests.postInteraction({
      type: 'block_actions',
      team: { id: requests.teamId, domain: 'test-workspace' },
      user: { id: 'U0PRESSER', username: 'presser', name: 'presser', team_id: requests.teamId },
      api_app_id: requests.appId,
      trigger_id: `${Date.now()}.trigger`,
      container: { type: 'message', message_ts: '1.000001', channel_id: channel, is_ephemeral: false },
      channel: { id: channel, name: 'card-room' },
      message: { type: 'message', ts: '1.000001', text: 'a form step', blocks: [] },
      actions: [{ action_id: 'next', block_id: 'b', type: 'button', value: JSON.stringify({ data }), action_ts: `${Date.now() / 1000}` }],
    });
    expect(answer.status).toBe(200);
    await slack.waitFor(() => (slack.calls.slice(calls).some((call) => call.method === 'chat.postEphemeral') ? true : undefined));
    expect(ephemeralTexts('U0PRESSER', channel).join('\n')).toContain('That card belongs to someone else’s conversation with me');
    expect(slack.messagesIn(channel)).toEqual([]);
  });

  it('keeps two people’s conversations in one channel apart', async () => {
    const channel = 'C0SHAREDROOM';
    const { requests, slack } = slackBot;
    await requests.postEvent(requests.eventBody(requests.mention('U0FIRST', channel, 'menu')));
    await slack.waitFor(() => (slack.messagesIn(channel).length >= 2 ? true : undefined));
    const before = slack.messagesIn(channel).length;
    await requests.postEvent(requests.eventBody(requests.mention('U0SECOND', channel, 'good morning')));
    await slack.waitFor(() => (slack.messagesIn(channel).length >= before + 2 ? true : undefined));
    const secondReplies = textOf(slack.messagesIn(channel).slice(before));
    expect(secondReplies).toContain('Hello.');
    expect(secondReplies).not.toContain("didn't understand");
  });

  it('answers a slash command typed where the app is not a member through its response_url, with an ephemeral acknowledgement', async () => {
    const channel = 'C0NOAPPHERE';
    slackBot.slack.channelsWithoutApp.add(channel);
    const answer = await slackBot.requests.postCommand(PEOPLE.practitioner, channel, 'help');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    const response = await slackBot.slack.waitFor(() => slackBot.slack.responseUrlPosts.find((post) => JSON.stringify(post.body).includes('What I can do')));
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect(slackBot.slack.messagesIn(channel)).toEqual([]);
  });

  it('acknowledges a slash command in a channel the app is in ephemerally, and answers there', async () => {
    const answer = await slackBot.requests.postCommand(PEOPLE.lado, LADO_CHANNEL, 'help');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Got it') });
    await slackBot.slack.waitFor(() => (textOf(slackBot.slack.messagesIn(LADO_CHANNEL)).includes('What I can do') ? true : undefined));
  });

  it('moves a slash command for a flow in a channel to direct messages, the pointer through its response_url', async () => {
    const user = 'U0SLASHER';
    await slackBot.requests.postCommand(user, 'C0NOAPPHERE', 'lado');
    await slackBot.slack.waitFor(() => (slackBot.slack.messagesIn(`D${user.slice(1)}`).length > 0 ? true : undefined));
    const pointer = await slackBot.slack.waitFor(() => slackBot.slack.responseUrlPosts.find((post) => post.body.text === POINTER));
    expect(pointer.body.response_type).toBe('ephemeral');
    expect(slackBot.slack.messagesIn('C0NOAPPHERE')).toEqual([]);
  });
});
