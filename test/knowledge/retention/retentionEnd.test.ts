import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, type RetentionRule } from '../../../knowledge/boards/boardRetention.ts';
import { auditTrailCutoff, retentionDecision, retentionHasEnded, type RetentionFacts } from '../../../knowledge/retention/retentionEnd.ts';

const facts: RetentionFacts = {
  submittedAt: new Date('2020-02-29T23:30:00Z'),
  lastContactAt: new Date('2021-06-30T23:30:00Z'),
};

describe('when a retention period ends', () => {
  it.each<[string, RetentionRule | undefined, Partial<RetentionFacts>, unknown]>([
    ['6 years from last contact, on the London date (BST: 00:30 on 1 July)', DEFAULT_RETENTION.lado_consultation, {}, { status: 'ends', lastDay: '2027-07-01', years: 6, from: 'lastContact' }],
    ['from submission, 29 February clamped to 28 February', { years: 1, from: 'submission' }, {}, { status: 'ends', lastDay: '2021-02-28' }],
    ['a false allegation: 10 years from closure', DEFAULT_RETENTION.lado_referral, { outcome: 'false', closedOn: '2024-03-05' }, { status: 'ends', lastDay: '2034-03-05' }],
    ['a substantiated one: until the subject is 100', DEFAULT_RETENTION.lado_referral, { outcome: 'substantiated', subjectDateOfBirth: '1985-06-14' }, { status: 'ends', lastDay: '2085-06-14' }],
    ['no outcome yet: kept', DEFAULT_RETENTION.lado_referral, {}, { status: 'kept', reason: 'no outcome recorded yet' }],
    ['age only, no date of birth: kept', DEFAULT_RETENTION.lado_referral, { outcome: 'substantiated' }, { status: 'kept', reason: "the subject's date of birth is not recorded (age only)" }],
    ['no period set: kept', undefined, {}, { status: 'kept', reason: 'the board has no retention period for this record type' }],
    ['kept with another record', DEFAULT_RETENTION.lado_outcome, {}, { status: 'kept', reason: 'kept with its lado referral' }],
  ])('%s', (_, rule, extra, expected) => {
    expect(retentionDecision(rule, { ...facts, ...extra })).toMatchObject(expected as object);
  });

  it('carries the rule’s source, and ends only once its last day is over in London', () => {
    const decision = retentionDecision(DEFAULT_RETENTION.lado_consultation, facts);
    if (decision.status !== 'ends') throw new Error('expected an end');
    expect(decision.citation?.source).toBe('Devon County Council: records retention');
    expect(retentionHasEnded(decision, new Date('2027-07-01T22:59:00Z'))).toBe(false);
    expect(retentionHasEnded(decision, new Date('2027-07-01T23:00:00Z'))).toBe(true);
  });

  it('counts the audit trail’s period back from the start of the London day', () => {
    expect(auditTrailCutoff(new Date('2030-07-10T12:00:00Z'), 2)).toEqual(new Date('2028-07-09T23:00:00Z'));
  });
});
