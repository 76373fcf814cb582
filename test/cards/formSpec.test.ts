import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineForm, findSection } from '../../cards/forms/formSpec.ts';
import type { FormSpec, SectionSpec } from '../../cards/forms/formSpec.ts';
import { sampleForm } from './sampleForm.ts';

function section(overrides: Partial<SectionSpec> = {}): SectionSpec {
  return {
    id: 'about',
    title: 'About',
    fields: [{ id: 'name', label: 'Name', kind: 'text', required: true }],
    schema: z.object({ name: z.string() }),
    ...overrides,
  };
}

function form(sections: SectionSpec[]): FormSpec {
  return { id: 'f', title: 'F', recordType: 'r', sections };
}

describe('defineForm', () => {
  it('accepts a well-declared form unchanged', () => {
    expect(defineForm(sampleForm)).toBe(sampleForm);
  });

  it.each([
    ['a form without sections', form([]), /no sections/],
    ['two sections with one id', form([section(), section()]), /section "about" is declared twice/],
    ['a section named like the summary step', form([section({ id: 'review' })]), /reserved for the summary step/],
    [
      'a field id that the card contract uses',
      form([
        section({
          fields: [{ id: 'intent', label: 'Intent', kind: 'text', required: true }],
          schema: z.object({ intent: z.string() }),
        }),
      ]),
      /"intent" is reserved/,
    ],
    ['a field missing from the schema', form([section({ schema: z.object({ other: z.string() }) })]), /field "name" is not in the section schema/],
    ['a schema key without a field', form([section({ schema: z.object({ name: z.string(), extra: z.string() }) })]), /schema key "extra" has no field/],
    ['a choice without choices', form([section({ fields: [{ id: 'name', label: 'Name', kind: 'choice', required: true }] })]), /needs choices/],
    [
      'a choice value with a comma',
      form([
        section({
          fields: [{ id: 'name', label: 'Name', kind: 'multiChoice', required: true, choices: [{ value: 'a,b', title: 'A or B' }] }],
        }),
      ]),
      /contain no comma/,
    ],
  ])('refuses %s', (_case, declaration, message) => {
    expect(() => defineForm(declaration)).toThrow(message);
  });

  it('finds sections by id and names the missing one', () => {
    expect(findSection(sampleForm, 'allegation').title).toBe('The allegation');
    expect(() => findSection(sampleForm, 'nope')).toThrow('Form "ladoReferral" has no section "nope"');
  });
});
