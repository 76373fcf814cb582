import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { humanise, sectionFromSchema } from '../../cards/forms/sectionFromSchema.ts';
import { allegationSection, referrerSection } from './sampleForm.ts';

function field(section: typeof referrerSection | typeof allegationSection, id: string) {
  const found = section.fields.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no field ${id}`);
  return found;
}

describe('sectionFromSchema', () => {
  it('takes labels from .meta titles and help from descriptions, in schema order', () => {
    expect(referrerSection.fields.map((candidate) => candidate.id)).toEqual(['fullName', 'email', 'phone', 'agency']);
    expect(field(referrerSection, 'email')).toMatchObject({ label: 'Email address', help: 'A secure work address.' });
  });

  it.each([
    ['fullName', 'text', true],
    ['email', 'email', true],
    ['phone', 'phone', false],
    ['agency', 'choice', true],
  ] as const)('referrer field %s is a %s input, required: %s', (id, kind, required) => {
    expect(field(referrerSection, id)).toMatchObject({ kind, required });
  });

  it.each([
    ['cameToAttentionAt', 'datetime', true],
    ['occurredOn', 'date', false],
    ['categories', 'multiChoice', true],
    ['childrenInvolved', 'number', true],
    ['repeated', 'toggle', false],
    ['summary', 'multiline', true],
  ] as const)('allegation field %s is a %s input, required: %s', (id, kind, required) => {
    expect(field(allegationSection, id)).toMatchObject({ kind, required });
  });

  it('carries maximum lengths and enum choices with readable titles', () => {
    expect(field(referrerSection, 'fullName').maxLength).toBe(120);
    expect(field(allegationSection, 'summary').maxLength).toBe(2000);
    expect(field(referrerSection, 'agency').choices).toContainEqual({ value: 'earlyYears', title: 'Early years' });
  });

  it('makes a toggle required only when it must be switched on', () => {
    const section = sectionFromSchema('s', 'S', z.object({ agree: z.literal(true), aware: z.boolean() }));
    expect(section.fields.map((candidate) => [candidate.id, candidate.kind, candidate.required])).toEqual([
      ['agree', 'toggle', true],
      ['aware', 'toggle', false],
    ]);
  });

  it('finds metadata attached outside or inside optional, and treats nullable and defaulted fields as not required', () => {
    const section = sectionFromSchema(
      's',
      'S',
      z.object({
        outer: z.string().optional().meta({ title: 'Outer title' }),
        inner: z.string().meta({ title: 'Inner title' }).nullable(),
        defaulted: z.enum(['a', 'b']).default('a').describe('Pick one'),
      }),
    );
    expect(section.fields).toEqual([
      { id: 'outer', label: 'Outer title', kind: 'text', required: false },
      { id: 'inner', label: 'Inner title', kind: 'text', required: false },
      expect.objectContaining({ id: 'defaulted', label: 'Defaulted', kind: 'choice', required: false, help: 'Pick one' }),
    ]);
  });

  it('lets overrides replace what the schema cannot say', () => {
    const section = sectionFromSchema('s', 'S', z.object({ contact: z.string().meta({ title: 'Contact' }) }), {
      intro: 'Intro',
      warnings: ['Careful'],
      fields: { contact: { kind: 'phone', label: 'Phone or mobile' } },
    });
    expect(section).toMatchObject({ intro: 'Intro', warnings: ['Careful'], fields: [{ id: 'contact', kind: 'phone', label: 'Phone or mobile' }] });
  });

  it('refuses a property it cannot ask for, naming it', () => {
    const nested = z.object({ caseManager: z.object({ name: z.string() }) });
    expect(() => sectionFromSchema('s', 'S', nested)).toThrow(/Field "caseManager"/);
  });

  it.each([
    ['agencyStaff', 'Agency staff'],
    ['self_employed', 'Self employed'],
    ['not-sure', 'Not sure'],
  ])('humanises %s as %s', (identifier, words) => {
    expect(humanise(identifier)).toBe(words);
  });
});
