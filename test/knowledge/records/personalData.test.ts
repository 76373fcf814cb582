import { describe, expect, it } from 'vitest';
import { personalDataPaths, personalDataValues, REDACTED, redactPersonalData } from '../../../knowledge/records/personalData.ts';
import { RECORD_TYPES, recordSchema } from '../../../knowledge/records/recordSchema.ts';
import { sampleRecords } from './sampleRecords.ts';

describe('personal data in records', () => {
  it('lists the fields that name or describe people in a LADO referral', () => {
    expect(personalDataPaths.lado_referral).toEqual(
      expect.arrayContaining([
        'referrer.name',
        'subject.name',
        'subject.dateOfBirth',
        'subject.address',
        'children[].fullName',
        'children[].dateOfBirth',
        'children[].description',
        'allegation.summary',
      ]),
    );
    expect(personalDataPaths.lado_referral).not.toContain('subject.jobTitle');
  });

  it('keeps a threshold consultation anonymous apart from the child’s voice', () => {
    expect(personalDataPaths.threshold_consultation).toEqual(['concern.childVoice']);
  });

  it('finds the people in a serious incident notification', () => {
    expect(personalDataValues(sampleRecords.serious_incident_notification)).toEqual(expect.arrayContaining(['Helen Notreal', 'Oliver Imaginary', '2025-09-01', 'Family home']));
  });

  it.each(RECORD_TYPES)('redacting a %s leaves none of its personal data in the output', (type) => {
    const record = sampleRecords[type];
    const secrets = personalDataValues(record);
    const redacted = JSON.stringify(redactPersonalData(record));
    for (const secret of secrets) expect(redacted).not.toContain(JSON.stringify(secret));
  });

  it('replaces each personal field, keeps the rest, and leaves the original untouched', () => {
    const redacted = redactPersonalData(sampleRecords.lado_referral);
    expect(redacted.subject.name).toBe(REDACTED);
    expect(redacted.children[0]).toMatchObject({ identity: 'known', fullName: REDACTED });
    expect(redacted.children[1]).toMatchObject({ identity: 'unknown', description: REDACTED });
    expect(redacted.subject.jobTitle).toBe('Teaching assistant');
    expect(sampleRecords.lado_referral.subject.name).toBe('Gareth Invented');
    expect(recordSchema.safeParse(sampleRecords.lado_referral).success).toBe(true);
  });

  it('marks the published names of an executive summary', () => {
    expect(personalDataPaths.executive_summary).toEqual(['introduction.lscbChair', 'introduction.panelChair', 'introduction.overviewAuthor']);
  });
});
