import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { looksLikeInitials } from '../../../knowledge/records/fields.ts';
import { ladoChildrenSection, ladoSubjectSection } from '../../../knowledge/lado/ladoReferral.ts';
import type { RecordType } from '../../../knowledge/records/recordSchema.ts';
import { markingOf, RECORD_SCHEMAS, RECORD_TYPES, recordSchema } from '../../../knowledge/records/recordSchema.ts';
import { sampleRecords } from './sampleRecords.ts';

type Editable = Record<string, unknown>;

/** Applies an edit to a deep copy of the sample of a type and returns zod's readable report, or '' if it parses. */
function problemsAfter(type: RecordType, edit: (record: Editable) => void): string {
  const record = structuredClone(sampleRecords[type]) as unknown as Editable;
  edit(record);
  const result = recordSchema.safeParse(record);
  return result.success ? '' : z.prettifyError(result.error);
}

const at = (value: unknown, ...keys: (string | number)[]): Editable => keys.reduce<unknown>((node, key) => (node as Editable)[key], value) as Editable;

describe('record schemas', () => {
  it('covers every record type the product stores or sends', () => {
    expect(RECORD_TYPES).toEqual([
      'threshold_consultation',
      'lado_referral',
      'lado_consultation',
      'lado_decision',
      'lado_outcome',
      'serious_incident_notification',
      'scr_decision',
      'scr_milestone',
      'executive_summary',
    ]);
  });

  it.each(RECORD_TYPES)('a valid %s parses through its own schema and the union', (type) => {
    expect(RECORD_SCHEMAS[type].safeParse(sampleRecords[type]).success).toBe(true);
    expect(recordSchema.parse(sampleRecords[type]).type).toBe(type);
  });

  it.each(RECORD_TYPES)('%s generates a JSON Schema with titled fields', (type) => {
    const jsonSchema = z.toJSONSchema(RECORD_SCHEMAS[type]) as { title?: string; properties: Record<string, { title?: string }> };
    expect(jsonSchema.title).toMatch(/\S/);
    expect(jsonSchema.properties.edition?.title).toBe('Guidance edition');
  });

  it('marks completed LADO and serious incident records, review decisions and unpublished executive summaries OFFICIAL-SENSITIVE', () => {
    expect(RECORD_TYPES.filter((type) => markingOf(type) === 'OFFICIAL-SENSITIVE')).toEqual([
      'lado_referral',
      'lado_consultation',
      'lado_decision',
      'lado_outcome',
      'serious_incident_notification',
      'scr_decision',
      'executive_summary',
    ]);
  });
});

describe('the DBS referral duty as the LADO outcome form states it', () => {
  it('turns on removal from regulated activity (redeployment included, or would have been removed), not only dismissal', () => {
    const description = z.toJSONSchema(RECORD_SCHEMAS.lado_outcome).properties as Record<string, { description?: string }>;
    const dbs = description.dbsReferral?.description ?? '';
    expect(dbs).toContain('removes the person from regulated activity');
    expect(dbs).toContain('redeployment');
    expect(dbs).toContain('would have removed them had they not left');
    expect(dbs).toContain('harm test or the relevant conduct test');
  });
});

describe('invalid records are rejected with the field named', () => {
  it.each<[string, RecordType, (record: Editable) => void, string]>([
    ['a missing subject name', 'lado_referral', (r) => delete at(r, 'subject').name, '→ at subject.name'],
    ['a missing clock start', 'lado_referral', (r) => delete r.allegationKnownAt, '→ at allegationKnownAt'],
    ['no children at all', 'lado_referral', (r) => (r.children = []), 'add at least one child'],
    ['a phone number as a number', 'lado_referral', (r) => (at(r, 'referrer').phone = 1632960123), '→ at referrer.phone'],
    ['a date in the wrong format', 'lado_outcome', (r) => (r.outcomeOn = '20/04/2026'), 'must be a date YYYY-MM-DD\n  → at outcomeOn'],
    ['an unknown allegation category', 'lado_referral', (r) => (at(r, 'allegation').categories = ['verbal']), '→ at allegation.categories[0]'],
    ['an unknown field at the top', 'threshold_consultation', (r) => (r.childName = 'Amelia'), 'Unrecognized key: "childName"'],
    ['an unknown field in a section', 'lado_referral', (r) => (at(r, 'subject').nickname = 'G'), 'Unrecognized key: "nickname"\n  → at subject'],
    ['a child given by initials', 'lado_referral', (r) => (at(r, 'children', 0).fullName = 'A.M.'), 'must be the full name, not initials\n  → at children[0].fullName'],
    ['a subject given by an initial and surname', 'lado_referral', (r) => (at(r, 'subject').name = 'G Invented'), '→ at subject.name'],
    ['a known child with neither age nor date of birth', 'lado_referral', (r) => delete at(r, 'children', 0).ageYears, 'give a date of birth or an age in years\n  → at children[0].dateOfBirth'],
    ['a level override without a reason', 'threshold_consultation', (r) => (at(r, 'level').practitionerLevel = '4'), '→ at level.overrideReason'],
    ['a harm test met with no limb', 'lado_decision', (r) => (r.limbsMet = []), '→ at limbsMet'],
    ['a declaration not confirmed', 'lado_referral', (r) => (at(r, 'declaration').lawfulBasisShown = false), '→ at declaration.lawfulBasisShown'],
    ['five children in detail', 'serious_incident_notification', (r) => (r.children = Array(5).fill(at(r, 'children', 0))), 'give up to 4 children in detail'],
    ['a death without the CDOP step', 'serious_incident_notification', (r) => (r.nature = 'childDeath'), '→ at childDeath'],
    [
      'a care-leaver death before WT2023',
      'serious_incident_notification',
      (r) => {
        r.nature = 'careLeaverDeath';
        r.childDeath = { cdopNotified: true, residenceArea: 'Sample', placeOfDeathArea: 'Sample' };
      },
      '"careLeaverDeath" is notifiable only under wt2023, not wt2013',
    ],
    ['an LCSPR decision under WT2013', 'scr_decision', (r) => (r.decision = { framework: 'lcspr', outcome: 'lcspr' }), 'wt2013 decides on a serious case review: use framework "scr"'],
    ['an unpublished summary not anonymised', 'executive_summary', (r) => (at(r, 'facts').anonymisationConfirmed = false), 'confirm the summary is appropriately anonymised'],
    ['an unknown record type', 'lado_referral', (r) => (r.type = 'lado_referal'), '→ at type'],
  ])('%s', (_case, type, edit, expected) => {
    expect(problemsAfter(type, edit)).toContain(expected);
  });
});

describe('full names, not initials', () => {
  it.each(['J.S.', 'J S', 'JS', 'JMS', 'j. smith', 'J Smith'])('"%s" is initials', (name) => {
    expect(looksLikeInitials(name)).toBe(true);
  });

  it.each(['Jo Li', 'John F Smith', 'Siobhán O’Neill', 'Ng', 'Li'])('"%s" is a name', (name) => {
    expect(looksLikeInitials(name)).toBe(false);
  });
});

describe('section schemas, for forms filled a section at a time', () => {
  it('validate one section alone', () => {
    expect(ladoSubjectSection.safeParse(sampleRecords.lado_referral.subject).success).toBe(true);
    expect(ladoChildrenSection.safeParse([{ identity: 'unknown', description: 'A girl in year 6' }]).success).toBe(true);
  });

  it('refuse a name on a child marked unknown', () => {
    const result = ladoChildrenSection.safeParse([{ identity: 'unknown', fullName: 'Someone Else', description: 'x' }]);
    expect(result.success).toBe(false);
  });
});
