import { describe, expect, it } from 'vitest';
import { factsOfLabelledValues, type AdaptiveCardJson } from '../../cards/adaptive/cardElements.ts';
import { menuChoiceSchema } from '../../cards/adaptive/submissionContract.ts';
import { renderChoiceCard } from '../../cards/templates/choiceCard.ts';
import { renderMessageCard } from '../../cards/templates/messageCard.ts';
import { renderReceiptCard } from '../../cards/templates/receiptCard.ts';
import { allElements, texts } from './cardQueries.ts';

/** The facts a card shows, each label above its value. */
function labelledFacts(card: AdaptiveCardJson) {
  return allElements(card).flatMap((element) => factsOfLabelledValues(element) ?? []);
}

describe('renderReceiptCard', () => {
  it('leads with the reference, then the deadline, what happens next and who to contact', () => {
    const card = renderReceiptCard({
      reference: 'LADO-2026-000123',
      title: 'Referral sent to the LADO',
      nextSteps: ['The LADO reads it today.', 'They will contact you within one working day.'],
      deadlineText: 'The LADO must have this by the end of Tuesday 22 April 2025.',
      contacts: [{ label: 'LADO duty line', value: '01632 960999' }],
    });
    expect(texts(card)).toEqual([
      'Referral sent to the LADO',
      'Your reference',
      'LADO-2026-000123',
      'The LADO must have this by the end of Tuesday 22 April 2025.',
      'What happens next',
      '1. The LADO reads it today.\n\n2. They will contact you within one working day.',
      'Contacts',
      'LADO duty line',
      '01632 960999',
    ]);
    expect(labelledFacts(card)).toEqual([{ label: 'LADO duty line', value: '01632 960999' }]);
  });
});

describe('renderChoiceCard', () => {
  it('offers one button per choice, each sending { choice }', () => {
    const card = renderChoiceCard('What do you need?', 'Choose one.', [
      { value: 'lado', title: 'Allegation against staff (LADO)' },
      { value: 'threshold', title: 'Is this a referral?' },
    ]);
    const buttons = allElements(card)
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as { title: string; data: unknown }[]);
    expect(buttons.map((button) => [button.title, menuChoiceSchema.parse(button.data).choice])).toEqual([
      ['Allegation against staff (LADO)', 'lado'],
      ['Is this a referral?', 'threshold'],
    ]);
  });
});

describe('renderMessageCard', () => {
  it('shows the guidance, its facts and the sources it rests on', () => {
    const card = renderMessageCard(
      'Low-level concerns',
      ["Follow your organisation's policy.", 'You can still talk to the LADO.'],
      [{ label: 'Guidance', value: 'Working Together 2013' }],
      [
        { source: 'The Government’s Response to Lord Laming: One Year On', quote: 'within one working day', basis: 'seeds/002_7e5dc41e7c717b3b.txt L486' },
        { source: 'The Government’s Response to Lord Laming: One Year On', quote: 'within one working day', basis: 'seeds/002_7e5dc41e7c717b3b.txt L489' },
        { source: 'Keeping children safe in education', locator: 'Part four', url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2' },
      ],
    );
    expect(texts(card)).toEqual([
      'Low-level concerns',
      "Follow your organisation's policy.",
      'You can still talk to the LADO.',
      'Guidance',
      'Working Together 2013',
      'Sources',
      'The Government’s Response to Lord Laming: One Year On: “within one working day”',
      'Keeping children safe in education, Part four (https://www.gov.uk/government/publications/keeping-children-safe-in-education--2)',
    ]);
    expect(labelledFacts(card)).toEqual([{ label: 'Guidance', value: 'Working Together 2013' }]);
  });
});
