import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { adaptiveCardProblems } from '../../cards/adaptive/validateCard.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { renderAlertCard } from '../../cards/templates/alertCard.ts';
import { renderChoiceCard } from '../../cards/templates/choiceCard.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { completeAllegation, completeReferrer, sampleForm } from './sampleForm.ts';

const banner = 'LADO deadline: end of Tue 22 Apr — 1 working day left';

function problemsFor(sectionId: string, raw: unknown) {
  const section = sampleForm.sections.find((candidate) => candidate.id === sectionId)!;
  const parsed = parseSectionSubmission(section, raw);
  return parsed.ok ? [] : parsed.problems;
}

const sectionCards: [string, AdaptiveCardJson][] = sampleForm.sections.flatMap((section, index) => [
  [`${section.id}: empty, first visit`, renderSectionCard(sampleForm, section.id, { instanceId: 'i', canGoBack: index > 0 })],
  [`${section.id}: with the clock`, renderSectionCard(sampleForm, section.id, { instanceId: 'i', canGoBack: true, stepBanner: banner })],
  [
    `${section.id}: every problem the server can find`,
    renderSectionCard(sampleForm, section.id, {
      instanceId: 'i',
      canGoBack: true,
      problems: problemsFor(section.id, { unexpected: 'x' }),
    }),
  ],
]);

const alertInput = {
  reference: 'LADO-2026-000123',
  typeLabel: 'LADO referral',
  boardName: 'Northshire',
  dueText: 'By the end of Tuesday 22 April 2025',
  status: 'New',
  actions: [
    { verb: 'acknowledge', title: 'Acknowledge' },
    { verb: 'assignToMe', title: 'Assign to me' },
    { verb: 'markDone', title: 'Mark done' },
  ],
  cardId: 'alert-1',
};

const manyChoices = Array.from({ length: 8 }, (_, index) => ({ value: `option${index}`, title: `Option ${index}` }));

const otherCards: [string, AdaptiveCardJson][] = [
  ['referrer: prefilled', renderSectionCard(sampleForm, 'referrer', { instanceId: 'i', canGoBack: false, values: completeReferrer })],
  [
    'allegation: prefilled multi-choice, date-time, number, toggle',
    renderSectionCard(sampleForm, 'allegation', {
      instanceId: 'i',
      canGoBack: true,
      values: { ...completeAllegation, repeated: true },
    }),
  ],
  [
    'allegation: prefilled with what the user typed last time',
    renderSectionCard(sampleForm, 'allegation', {
      instanceId: 'i',
      canGoBack: true,
      values: { childrenInvolved: 'two', categories: 'physical,neglect', cameToAttentionAt: 'soon' },
    }),
  ],
  ['declaration: last section, ticked', renderSectionCard(sampleForm, 'declaration', { instanceId: 'i', canGoBack: true, values: { confirmed: true } })],
  ['summary: complete', renderSummaryCard(sampleForm, { referrer: completeReferrer, allegation: completeAllegation, declaration: { confirmed: true } }, { instanceId: 'i', stepBanner: banner })],
  ['summary: empty and repeated sections', renderSummaryCard(sampleForm, { referrer: [completeReferrer, completeReferrer], allegation: [] }, { instanceId: 'i' })],
  ['receipt: full', renderReceiptCard({ reference: 'LADO-2026-000123', title: 'Sent', nextSteps: ['One', 'Two'], deadlineText: 'By Tuesday', contacts: [{ label: 'LADO', value: '01632 960999' }] })],
  ['receipt: minimal', renderReceiptCard({ reference: 'LADO-2026-000123', title: 'Sent', nextSteps: [] })],
  ['alert: unassigned', renderAlertCard(alertInput)],
  ['alert: assigned, refreshing for named users', renderAlertCard({ ...alertInput, assignee: 'Robin Duty', refreshUserIds: ['29:1abc', '29:2def'] })],
  ['alert: closed, no actions left', renderAlertCard({ ...alertInput, status: 'Done', actions: [] })],
  ['menu: two choices', renderChoiceCard('Menu', 'Choose.', manyChoices.slice(0, 2))],
  ['menu: more choices than a card has actions', renderChoiceCard('Menu', 'Choose.', manyChoices)],
  ['message: plain', renderMessageCard('Title', ['Paragraph.'])],
  [
    'message: with facts and citations',
    renderMessageCard(
      'Title',
      ['One.', 'Two.'],
      [{ label: 'Edition', value: 'WT2013' }],
      [
        { source: '[GOVSIN]', url: 'https://www.gov.uk/' },
        { source: 'seeds/004_e13bb95539be3372.txt', locator: 'L49' },
      ],
    ),
  ],
];

describe('every card parses as Adaptive Card 1.5 without warnings', () => {
  it.each([...sectionCards, ...otherCards])('%s', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
