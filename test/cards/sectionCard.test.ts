import { describe, expect, it } from 'vitest';
import { renderSectionCard } from '../../cards/adaptive/renderSectionCard.ts';
import { cardActionSchema } from '../../cards/adaptive/submissionContract.ts';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { allElements, elementById, fieldContainer, texts } from './cardQueries.ts';
import { completeReferrer, sampleForm } from './sampleForm.ts';

const banner = 'LADO deadline: end of Tue 22 Apr — 1 working day left';

describe('renderSectionCard', () => {
  it('shows the marking first, then where the user is in the form', () => {
    const card = renderSectionCard(sampleForm, 'allegation', { instanceId: 'draft-1', canGoBack: true });
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'OFFICIAL-SENSITIVE', color: 'attention' });
    expect(texts(card)).toContain('Step 2 of 3 · The allegation');
  });

  it('puts the clock and the section warnings near the top, before any question', () => {
    const card = renderSectionCard(sampleForm, 'allegation', { instanceId: 'draft-1', canGoBack: true, stepBanner: banner });
    const all = texts(card);
    const firstQuestion = allElements(card).findIndex((element) => element.type.startsWith('Input.'));
    const warningIndex = allElements(card).findIndex((element) => element.text === 'Never upload or forward indecent images: tell the police.');
    expect(all).toContain(banner);
    expect(warningIndex).toBeGreaterThan(-1);
    expect(warningIndex).toBeLessThan(firstQuestion);
  });

  it('declares each input with its label, required check, limits and placeholder', () => {
    const card = renderSectionCard(sampleForm, 'referrer', { instanceId: 'draft-1', canGoBack: false });
    expect(elementById(card, 'fullName')).toMatchObject({
      type: 'Input.Text',
      label: 'Your full name',
      isRequired: true,
      errorMessage: 'Your full name: fill this in',
      maxLength: 120,
    });
    expect(elementById(card, 'email')).toMatchObject({ type: 'Input.Text', style: 'email' });
    expect(elementById(card, 'phone')).toMatchObject({ style: 'tel', placeholder: '01632 960123' });
    expect(elementById(card, 'phone').isRequired).toBeUndefined();
    expect(elementById(card, 'agency')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact' });
  });

  it('asks multi-choice, long text, date-time and declaration questions with the right inputs', () => {
    const allegation = renderSectionCard(sampleForm, 'allegation', { instanceId: 'draft-1', canGoBack: true });
    expect(elementById(allegation, 'categories')).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, style: 'expanded' });
    expect(elementById(allegation, 'summary')).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 2000 });
    expect(elementById(allegation, 'cameToAttentionAt.date')).toMatchObject({ type: 'Input.Date', isRequired: true });
    expect(elementById(allegation, 'cameToAttentionAt.time')).toMatchObject({ type: 'Input.Time', isRequired: true });
    expect(elementById(allegation, 'childrenInvolved')).toMatchObject({ type: 'Input.Number' });
    const declaration = renderSectionCard(sampleForm, 'declaration', { instanceId: 'draft-1', canGoBack: true });
    expect(elementById(declaration, 'confirmed')).toMatchObject({
      type: 'Input.Toggle',
      label: 'Declaration',
      title: 'I confirm this is accurate to the best of my knowledge.',
      isRequired: true,
      valueOn: 'true',
      valueOff: 'false',
    });
  });

  it('prefills saved values, showing a stored instant in London time', () => {
    const card = renderSectionCard(sampleForm, 'allegation', {
      instanceId: 'draft-1',
      canGoBack: true,
      values: { cameToAttentionAt: '2025-04-22T13:30:00Z', categories: ['physical', 'sexual'], childrenInvolved: 2, repeated: true, summary: 'Facts.' },
    });
    expect(elementById(card, 'cameToAttentionAt.date').value).toBe('2025-04-22');
    expect(elementById(card, 'cameToAttentionAt.time').value).toBe('14:30');
    expect(elementById(card, 'categories').value).toBe('physical,sexual');
    expect(elementById(card, 'childrenInvolved').value).toBe(2);
    expect(elementById(card, 'repeated').value).toBe('true');
    expect(elementById(card, 'summary').value).toBe('Facts.');
  });

  it("shows the server's problems in a list at the top and in red under each field", () => {
    const parsed = parseSectionSubmission(sampleForm.sections[0]!, { ...completeReferrer, email: 'not-an-email', fullName: '' });
    if (parsed.ok) throw new Error('expected problems');
    const card = renderSectionCard(sampleForm, 'referrer', { instanceId: 'draft-1', canGoBack: false, problems: parsed.problems, values: { email: 'not-an-email' } });
    expect(texts(card)).toContain('There are 2 things to fix:');
    expect(texts(card)).toContain('- Your full name: fill this in\n- Email address: enter an email address like name@example.org');
    const emailField = fieldContainer(card, 'email').items as { type: string; text?: string; color?: string }[];
    expect(emailField.at(-1)).toMatchObject({ type: 'TextBlock', color: 'attention', text: 'Email address: enter an email address like name@example.org' });
    expect(elementById(card, 'email').value).toBe('not-an-email');
  });

  it('offers Next, Back and Cancel, each carrying the card-submission contract', () => {
    const card = renderSectionCard(sampleForm, 'allegation', { instanceId: 'draft-1', canGoBack: true });
    const actions = card.actions ?? [];
    expect(actions.map((action) => action.title)).toEqual(['Next', 'Back', 'Cancel']);
    expect(actions.map((action) => cardActionSchema.parse(action.data))).toEqual([
      { form: 'ladoReferral', instance: 'draft-1', section: 'allegation', intent: 'next' },
      { form: 'ladoReferral', instance: 'draft-1', section: 'allegation', intent: 'back' },
      { form: 'ladoReferral', instance: 'draft-1', section: 'allegation', intent: 'cancel' },
    ]);
    expect(actions.map((action) => action.associatedInputs)).toEqual(['auto', 'none', 'none']);
  });

  it('says Review on the last section and has no Back on the first', () => {
    const first = renderSectionCard(sampleForm, 'referrer', { instanceId: 'draft-1', canGoBack: false });
    const last = renderSectionCard(sampleForm, 'declaration', { instanceId: 'draft-1', canGoBack: true });
    expect(first.actions?.map((action) => action.title)).toEqual(['Next', 'Cancel']);
    expect(last.actions?.map((action) => action.title)).toEqual(['Review', 'Back', 'Cancel']);
  });

  it('refuses a section the form does not have', () => {
    expect(() => renderSectionCard(sampleForm, 'children', { instanceId: 'draft-1', canGoBack: true })).toThrow('has no section "children"');
  });

  it('keeps its structure (snapshot)', () => {
    const card = renderSectionCard(sampleForm, 'referrer', {
      instanceId: 'draft-1',
      canGoBack: false,
      stepBanner: banner,
      values: { fullName: 'Alex Example', agency: 'school' },
      problems: [{ fieldId: 'email', label: 'Email address', message: 'Email address: enter an email address like name@example.org' }],
    });
    expect(card).toMatchSnapshot();
  });
});
