import { describe, expect, it } from 'vitest';
import { factsOfLabelledValues } from '../../cards/adaptive/cardElements.ts';
import { cardActionSchema } from '../../cards/adaptive/submissionContract.ts';
import { renderSummaryCard } from '../../cards/templates/summaryCard.ts';
import { allElements, texts } from './cardQueries.ts';
import { completeAllegation, completeReferrer, sampleForm } from './sampleForm.ts';

const values = { referrer: completeReferrer, allegation: completeAllegation, declaration: { confirmed: true } };

function factsOf(card: ReturnType<typeof renderSummaryCard>) {
  return allElements(card).flatMap((element) => {
    const facts = factsOfLabelledValues(element);
    return facts === undefined ? [] : [facts.map(({ label, value }) => ({ title: label, value }))];
  });
}

describe('renderSummaryCard', () => {
  it('reads every answer back as the user would say it, one fact set per section', () => {
    const card = renderSummaryCard(sampleForm, values, { instanceId: 'draft-1' });
    const [referrer, allegation, declaration] = factsOf(card);
    expect(referrer).toContainEqual({ title: 'Agency type', value: 'School' });
    expect(allegation).toEqual([
      { title: 'When did your organisation hear of it?', value: '14:30 on Tuesday 22 April 2025' },
      { title: 'Date it happened', value: 'Monday 21 April 2025' },
      { title: 'Categories', value: 'Physical, Emotional' },
      { title: 'How many children are involved?', value: '2' },
      { title: 'Has it happened more than once?', value: 'No' },
      { title: 'Brief factual summary', value: 'A pupil said a member of staff grabbed their arm in the corridor.' },
    ]);
    expect(declaration).toEqual([{ title: 'Declaration', value: 'Yes' }]);
  });

  it('shows only what was entered, lists a repeated section item by item, and an unticked box as No', () => {
    const card = renderSummaryCard(sampleForm, { referrer: [completeReferrer, { fullName: 'Sam Example' }] }, { instanceId: 'draft-1' });
    const [first, second] = factsOf(card);
    expect(first).toContainEqual({ title: 'Your full name', value: 'Alex Example' });
    expect(second).toEqual([{ title: 'Your full name', value: 'Sam Example' }]);
    expect(texts(card)).not.toContain('Not given');
    expect(texts(card)).toEqual(expect.arrayContaining(['1 of 2', '2 of 2']));
  });

  it('has an Edit button per section and ends with Confirm and submit or Cancel', () => {
    const card = renderSummaryCard(sampleForm, values, { instanceId: 'draft-1', stepBanner: 'Due by the end of Tuesday 22 April 2025' });
    const editData = allElements(card)
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as { title: string; data: unknown }[])
      .map((action) => ({ title: action.title, ...cardActionSchema.parse(action.data) }));
    expect(editData).toEqual(
      ['referrer', 'allegation', 'declaration'].map((section) => ({
        title: 'Edit',
        form: 'ladoReferral',
        instance: 'draft-1',
        section,
        intent: 'edit',
      })),
    );
    expect(card.actions?.map((action) => [action.title, cardActionSchema.parse(action.data).intent])).toEqual([
      ['Confirm and submit', 'confirm'],
      ['Cancel', 'cancel'],
    ]);
    expect(card.body[0]).toMatchObject({ text: 'OFFICIAL-SENSITIVE' });
    expect(texts(card)).toContain('Due by the end of Tuesday 22 April 2025');
  });
});
