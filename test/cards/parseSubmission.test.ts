import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSectionSubmission } from '../../cards/forms/parseSubmission.ts';
import { sectionFromSchema } from '../../cards/forms/sectionFromSchema.ts';
import { allegationSection, completeReferrer, declarationSection, referrerSection } from './sampleForm.ts';

const contract = { form: 'ladoReferral', instance: 'draft-1', section: 'referrer', intent: 'next' };
/** The allegation section as Adaptive Cards send it: every value a string, the date-time as two inputs. */
const allegationInputs = {
  'cameToAttentionAt.date': '2025-04-22',
  'cameToAttentionAt.time': '14:30',
  occurredOn: '',
  categories: 'physical,emotional',
  childrenInvolved: '2',
  repeated: 'false',
  summary: 'A pupil said a member of staff grabbed their arm.',
};

function problemsOf(result: ReturnType<typeof parseSectionSubmission>) {
  return result.ok ? [] : result.problems;
}

describe('parseSectionSubmission', () => {
  it('reads a complete card submission, ignoring the contract keys and trimming text', () => {
    const result = parseSectionSubmission(referrerSection, { ...contract, ...completeReferrer, fullName: '  Alex Example ' });
    expect(result).toEqual({ ok: true, values: completeReferrer });
  });

  it('coerces strings: comma-separated multi-select, number, toggle, London date and time, empty string as absent', () => {
    const result = parseSectionSubmission(allegationSection, { ...contract, ...allegationInputs });
    expect(result).toEqual({
      ok: true,
      values: {
        cameToAttentionAt: '2025-04-22T14:30:00+01:00',
        categories: ['physical', 'emotional'],
        childrenInvolved: 2,
        repeated: false,
        summary: 'A pupil said a member of staff grabbed their arm.',
      },
    });
  });

  it('writes a winter date and time with the GMT offset', () => {
    const result = parseSectionSubmission(allegationSection, { ...allegationInputs, 'cameToAttentionAt.date': '2025-01-10' });
    expect(result.ok && result.values.cameToAttentionAt).toBe('2025-01-10T14:30:00+00:00');
  });

  it('accepts values already typed by another channel (arrays, booleans, numbers, one date-time)', () => {
    const result = parseSectionSubmission(allegationSection, {
      cameToAttentionAt: '2025-04-22T14:30:00+01:00',
      categories: ['neglect'],
      childrenInvolved: 3,
      repeated: true,
      summary: 'Left alone.',
    });
    expect(result).toMatchObject({ ok: true, values: { categories: ['neglect'], childrenInvolved: 3, repeated: true } });
  });

  it.each([
    ['a missing required text', { ...completeReferrer, fullName: undefined }, 'fullName', 'Your full name: fill this in'],
    ['a required text left as an empty string', { ...completeReferrer, fullName: '   ' }, 'fullName', 'Your full name: fill this in'],
    ['a malformed email', { ...completeReferrer, email: 'alex.example.org' }, 'email', 'Email address: enter an email address like name@example.org'],
    ['a choice outside the list', { ...completeReferrer, agency: 'bank' }, 'agency', 'Agency type: choose one of the options'],
    ['text where a string belongs, sent as an object', { ...completeReferrer, fullName: { first: 'Alex' } }, 'fullName', 'Your full name: fill this in'],
    ['a too-long text', { ...completeReferrer, fullName: 'x'.repeat(121) }, 'fullName', 'Your full name: shorten this to 120 characters or fewer'],
  ])('refuses %s with a message naming the field', (_case, submission, fieldId, message) => {
    const problems = problemsOf(parseSectionSubmission(referrerSection, submission));
    expect(problems).toEqual([{ fieldId, label: expect.any(String), message }]);
  });

  it.each([
    ['a number that is not one', { childrenInvolved: 'two' }, 'childrenInvolved', 'How many children are involved?: enter a number, like 12'],
    ['a fractional count', { childrenInvolved: '1.5' }, 'childrenInvolved', 'How many children are involved?: enter a whole number, like 12'],
    ['a number over the maximum', { childrenInvolved: '31' }, 'childrenInvolved', 'How many children are involved?: enter a number no bigger than 30'],
    ['an empty multi-select', { categories: '' }, 'categories', 'Categories: choose at least one of the options'],
    ['a multi-select with an unknown value', { categories: 'physical,financial' }, 'categories', 'Categories: choose only from the options listed'],
    ['a toggle that is neither true nor false', { repeated: 'maybe' }, 'repeated', 'Has it happened more than once?: answer yes or no'],
    ['a date without its time', { 'cameToAttentionAt.time': '' }, 'cameToAttentionAt', 'When did your organisation hear of it?: enter both a date and a time'],
    ['an impossible date', { 'cameToAttentionAt.date': '2025-02-30' }, 'cameToAttentionAt', 'When did your organisation hear of it?: enter both a date and a time'],
    ['a malformed optional date', { occurredOn: '21/04/2025' }, 'occurredOn', 'Date it happened: enter a date as year-month-day, like 2025-04-22'],
  ])('refuses %s', (_case, change, fieldId, message) => {
    const problems = problemsOf(parseSectionSubmission(allegationSection, { ...allegationInputs, ...change }));
    expect(problems).toEqual([{ fieldId, label: expect.any(String), message }]);
  });

  it('treats an unticked declaration as not confirmed, whether sent as "false" or not sent', () => {
    const expected = [{ fieldId: 'confirmed', label: 'Declaration', message: 'Declaration: switch this on to confirm' }];
    expect(problemsOf(parseSectionSubmission(declarationSection, { confirmed: 'false' }))).toEqual(expected);
    expect(problemsOf(parseSectionSubmission(declarationSection, {}))).toEqual(expected);
    expect(parseSectionSubmission(declarationSection, { confirmed: 'true' })).toEqual({ ok: true, values: { confirmed: true } });
  });

  it('refuses fields the section does not have, even alongside valid answers', () => {
    const problems = problemsOf(parseSectionSubmission(referrerSection, { ...contract, ...completeReferrer, isAdmin: 'true' }));
    expect(problems).toEqual([{ fieldId: 'isAdmin', label: 'isAdmin', message: 'Unexpected field "isAdmin": this section has no such question' }]);
  });

  it('reports every problem at once, unexpected fields first and then in the order of the card', () => {
    const problems = problemsOf(parseSectionSubmission(referrerSection, { agency: 'bank', email: 'nope', extra: 'x' }));
    expect(problems.map((problem) => problem.fieldId)).toEqual(['extra', 'fullName', 'email', 'agency']);
  });

  it.each([
    ['null', null],
    ['a string', 'fullName=Alex'],
    ['an array', [completeReferrer]],
    ['a number', 42],
    ['undefined', undefined],
  ])('answers %s with a problem instead of throwing', (_case, raw) => {
    expect(parseSectionSubmission(referrerSection, raw)).toEqual({
      ok: false,
      problems: [{ fieldId: '', label: 'About you', message: 'About you: the answers could not be read; please fill in the card again' }],
    });
  });

  it("uses the schema author's own words for custom rules", () => {
    const section = sectionFromSchema(
      'child',
      'Child',
      z.object({
        fullName: z
          .string()
          .refine((name) => name.includes(' '), { error: 'give the full name, not initials' })
          .meta({ title: 'Full name' }),
      }),
    );
    expect(problemsOf(parseSectionSubmission(section, { fullName: 'JS' }))).toEqual([{ fieldId: 'fullName', label: 'Full name', message: 'Full name: give the full name, not initials' }]);
  });
});
