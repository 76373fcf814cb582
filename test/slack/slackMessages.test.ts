import { describe, expect, it } from 'vitest';
import { labelledValues } from '../../cards/adaptive/cardElements.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { readButtonValue } from '../../cards/slack/buttonValue.ts';
import { slackRenderingOf } from '../../bot/slack/slackMessages.ts';
import { sampleForm } from '../cards/sampleForm.ts';
import { messageLimitProblems } from './blockKitLimits.ts';

const cardActivity = (content: unknown) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] });

describe('bot replies as Slack messages', () => {
  it('writes the dialogs’ markdown as mrkdwn', () => {
    const rendering = slackRenderingOf({ type: 'message', text: '**What I can do**\n- **help**: this message\n- see [the guidance](https://www.gov.uk/guidance)' });
    expect(rendering?.messages[0]?.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*What I can do*\n• *help*: this message\n• see <https://www.gov.uk/guidance|the guidance>' },
    });
  });

  it('never lets a person’s answer mention anyone or link anywhere when it is shown back', () => {
    const answers = { referrer: { fullName: '<!channel> <@U0BOSS> see <https://evil.example|this>', email: 'a@b.example', agency: 'school' } };
    const rendering = slackRenderingOf(cardActivity(renderSummaryCard(sampleForm, answers, { instanceId: 'i' })));
    const texts = (rendering?.messages ?? [])
      .flatMap((message) => message.blocks)
      .flatMap((block) => (block.type === 'section' ? [...(block.fields ?? []), ...(block.text === undefined ? [] : [block.text])] : []));
    // Plain text: Slack reads no mention, link or formatting in it.
    expect(texts).toContainEqual({ type: 'plain_text', text: answers.referrer.fullName, emoji: true });
    expect(
      texts
        .filter((text) => text.type === 'mrkdwn')
        .map((text) => text.text)
        .join('\n'),
    ).not.toContain('<!channel>');
  });

  it('splits a long reply into messages Slack accepts, losing nothing', () => {
    const paragraphs = Array.from({ length: 120 }, (_, index) => `Paragraph ${index}: ${'words '.repeat(60)}`);
    const card = { type: 'AdaptiveCard', version: '1.5', body: paragraphs.flatMap((text) => [{ type: 'TextBlock', text, wrap: true }, labelledValues([{ label: 'Fact', value: text }])]) };
    const rendering = slackRenderingOf(cardActivity(card))!;
    expect(rendering.messages.length).toBeGreaterThan(1);
    for (const message of rendering.messages) expect(messageLimitProblems(message)).toEqual([]);
    const shown = JSON.stringify(rendering.messages);
    for (let index = 0; index < 120; index += 1) expect(shown).toContain(`Paragraph ${index}:`);
  });

  it('turns suggested actions into buttons that send their words as if typed', () => {
    const rendering = slackRenderingOf({
      type: 'message',
      text: 'What would you like to do?',
      suggestedActions: {
        to: [],
        actions: [
          { type: 'imBack', title: 'LADO referral', value: 'LADO referral' },
          { type: 'imBack', title: 'Help', value: 'Help' },
        ],
      },
    });
    const actions = rendering?.messages[0]?.blocks.find((block) => block.type === 'actions');
    const buttons = actions?.type === 'actions' ? actions.elements : [];
    expect(buttons.map((button) => [button.text.text, readButtonValue(button.value)])).toEqual([
      ['LADO referral', { kind: 'text', text: 'LADO referral' }],
      ['Help', { kind: 'text', text: 'Help' }],
    ]);
  });

  it('shows nothing for typing indicators', () => {
    expect(slackRenderingOf({ type: 'typing' })).toBeUndefined();
  });
});
