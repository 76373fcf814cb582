import type { FakeSlackApi, SlackPostedMessage } from '../support/fakeSlackApi.ts';
import type { SlackAnswer, SlackRequests } from './slackRequests.ts';

type Json = Record<string, unknown>;
type Button = { text: { text: string }; value: string; action_id: string };

/**
 * An answer for one question of a modal: text, a choice's value, several values (an array, or comma-separated as
 * an Adaptive Card sends them), or a box ticked ('true' or true) or not.
 */
export type ModalAnswer = string | string[] | boolean;

/** How long the fake Slack must stay quiet before a turn's replies are taken as complete. */
const QUIET_MS = 300;

/**
 * One person in one Slack conversation, driving the bot as Slack would: typing, pressing buttons on the messages
 * the bot posted, opening forms and submitting them, and the slash command. Each step returns what the bot posted
 * in the conversation in answer (the bot answers Slack first and works after, so replies are awaited).
 */
export class SlackChat {
  readonly #requests: SlackRequests;
  readonly #slack: FakeSlackApi;
  readonly user: string;
  readonly channel: string;

  constructor(requests: SlackRequests, slack: FakeSlackApi, user: string, channel: string) {
    this.#requests = requests;
    this.#slack = slack;
    this.user = user;
    this.channel = channel;
  }

  get messages(): SlackPostedMessage[] {
    return this.#slack.messagesIn(this.channel);
  }

  async says(text: string): Promise<SlackPostedMessage[]> {
    const event = this.channel.startsWith('D') ? this.#requests.directMessage(this.user, this.channel, text) : this.#requests.mention(this.user, this.channel, text);
    return this.#replies(() => this.#requests.postEvent(this.#requests.eventBody(event)));
  }

  async command(text: string): Promise<SlackPostedMessage[]> {
    return this.#replies(() => this.#requests.postCommand(this.user, this.channel, text));
  }

  /** Presses the button with this title on the latest message that has one. */
  async presses(title: string): Promise<SlackPostedMessage[]> {
    return this.#replies(() => this.pressOnly(title));
  }

  /** Presses without waiting for replies; the bot's answer to Slack comes back. */
  pressOnly(title: string, message: SlackPostedMessage = this.latestWith(title)): Promise<SlackAnswer> {
    const button = buttonsOf(message).find((candidate) => candidate.text.text === title)!;
    return this.#requests.postInteraction({
      type: 'block_actions',
      team: { id: this.#requests.teamId, domain: 'test-workspace' },
      user: { id: this.user, username: `name-of-${this.user.toLowerCase()}`, name: `name-of-${this.user.toLowerCase()}`, team_id: this.#requests.teamId },
      api_app_id: this.#requests.appId,
      token: 'verification-token-not-used',
      container: { type: 'message', message_ts: message.ts, channel_id: this.channel, is_ephemeral: false },
      trigger_id: `${Date.now()}.trigger`,
      channel: { id: this.channel, name: 'a-channel' },
      message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks },
      response_url: 'https://hooks.slack.com/actions/T/1/x',
      actions: [{ action_id: button.action_id, block_id: 'b', text: button.text, value: button.value, type: 'button', action_ts: `${Date.now() / 1000}` }],
    });
  }

  /** Presses "Open form" on the latest form message; returns the modal the bot opened. */
  async opensForm(): Promise<Json> {
    const opened = this.#slack.callsTo('views.open').length;
    await this.pressOnly('Open form');
    const call = await this.#slack.waitFor(() => this.#slack.callsTo('views.open')[opened]);
    if (!call.answer.ok) throw new Error(`views.open failed: ${call.answer.error ?? ''}`);
    return call.args.view as Json;
  }

  /** Submits a modal with these answers (the rest as prefilled); returns the bot's answer and what it posted. */
  async submits(view: Json, answers: Record<string, ModalAnswer>): Promise<{ answer: SlackAnswer; replies: SlackPostedMessage[] }> {
    let answer: SlackAnswer | undefined;
    const replies = await this.#replies(async () => {
      answer = await this.#requests.postInteraction({
        type: 'view_submission',
        team: { id: this.#requests.teamId, domain: 'test-workspace' },
        user: { id: this.user, username: `name-of-${this.user.toLowerCase()}`, name: `name-of-${this.user.toLowerCase()}`, team_id: this.#requests.teamId },
        api_app_id: this.#requests.appId,
        token: 'verification-token-not-used',
        trigger_id: `${Date.now()}.trigger`,
        view: { ...view, id: 'V0FORM', team_id: this.#requests.teamId, state: { values: viewState(view, answers) }, hash: 'hash' },
      });
      return answer;
    }, 0);
    return { answer: answer!, replies };
  }

  latestWith(title: string): SlackPostedMessage {
    const message = this.messages.findLast((candidate) => buttonsOf(candidate).some((button) => button.text.text === title));
    if (message === undefined) throw new Error(`no message in ${this.channel} has a "${title}" button`);
    return message;
  }

  /** Sends, then waits for at least `atLeast` new messages and a quiet moment. */
  async #replies(send: () => Promise<SlackAnswer>, atLeast = 1): Promise<SlackPostedMessage[]> {
    const before = this.messages.length;
    const answer = await send();
    if (answer.status !== 200) throw new Error(`the bot answered Slack with ${answer.status}`);
    await this.#slack.waitFor(() => (this.messages.length >= before + atLeast ? true : undefined));
    let calls = -1;
    while (calls !== this.#slack.calls.length) {
      calls = this.#slack.calls.length;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
    return this.messages.slice(before);
  }
}

export function buttonsOf(message: SlackPostedMessage): Button[] {
  return message.blocks.filter((block) => block.type === 'actions').flatMap((block) => block.elements as Button[]);
}

/** Everything a message says, for reading in assertions. */
export function textOf(messages: SlackPostedMessage[]): string {
  return messages.map((message) => `${message.text}\n${JSON.stringify(message.blocks)}`).join('\n');
}

/**
 * view.state.values as Slack sends it on submission: each input block's element state, from the given answer or,
 * for a question left alone, from what the modal prefilled.
 */
function viewState(view: Json, answers: Record<string, ModalAnswer>): Record<string, Record<string, Json>> {
  const values: Record<string, Record<string, Json>> = {};
  for (const block of (view.blocks as Json[]).filter((candidate) => candidate.type === 'input')) {
    const element = block.element as Json & { type: string; action_id: string };
    const blockId = block.block_id as string;
    values[blockId] = { [element.action_id]: { type: element.type, ...elementState(element, answers[blockId]) } };
  }
  return values;
}

function elementState(element: Json & { type: string }, answer: ModalAnswer | undefined): Json {
  const options = (element.options as Json[] | undefined) ?? ((element.option_groups as Json[] | undefined) ?? []).flatMap((group) => group.options as Json[]);
  const optionsFor = (values: string[]) => options.filter((option) => values.includes(option.value as string));
  switch (element.type) {
    case 'datepicker':
      return { selected_date: answer ?? element.initial_date ?? null };
    case 'timepicker':
      return { selected_time: answer ?? element.initial_time ?? null };
    case 'radio_buttons':
    case 'static_select':
      return { selected_option: answer === undefined ? (element.initial_option ?? null) : (optionsFor([answer as string])[0] ?? null) };
    case 'checkboxes':
    case 'multi_static_select': {
      if (answer === undefined) return { selected_options: element.initial_options ?? [] };
      if (typeof answer === 'boolean') return { selected_options: answer ? options.slice(0, 1) : [] };
      return { selected_options: optionsFor(Array.isArray(answer) ? answer : answer.split(',')) };
    }
    default:
      return { value: answer ?? element.initial_value ?? null };
  }
}
