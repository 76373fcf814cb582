import { describe, expect, it } from 'vitest';
import { boardConfigSchema } from '../../../knowledge/boards/boardConfig.ts';
import { roleNamed } from '../../../knowledge/boards/roleNames.ts';
import { isRoleReviewDue, roleReviewDueOn } from '../../../knowledge/boards/roleReview.ts';
import { testBoardConfig } from '../../submissions/testBoards.ts';

const TENANT = '0e000000-0000-4000-8000-0000000000e1';
const GROUP = '0E000000-0000-4000-8000-00000000A001';

const parse = (extra: Record<string, unknown>) => boardConfigSchema.safeParse(testBoardConfig('role-settings', { extra }));

describe('role settings in a board file', () => {
  it('takes Entra groups per role, ids in lower case, and a review period of 12 months unless set', () => {
    const parsed = parse({ roleGroups: { manager: [{ tenantId: TENANT, groupId: GROUP }] } });
    expect(parsed.success && parsed.data.roleGroups.manager).toEqual([{ tenantId: TENANT, groupId: GROUP.toLowerCase() }]);
    expect(parsed.success && parsed.data.roleGroups.lado).toEqual([]);
    expect(parsed.success && parsed.data.roleReviewMonths).toBe(12);
  });

  it.each([
    [{ roleGroups: { manager: [{ tenantId: TENANT, groupId: 'managers' }] } }, 'roleGroups.manager.0.groupId', 'must be a GUID'],
    [{ roleGroups: { managers: [] } }, 'roleGroups', 'Unrecognized key'],
    [{ roleReviewMonths: 0 }, 'roleReviewMonths', 'Too small'],
  ])('refuses %j with a message at %s', (extra, path, message) => {
    const parsed = parse(extra);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });
});

describe('role review dates', () => {
  it.each([
    ['2026-01-31T12:00:00Z', 12, '2027-01-31'],
    ['2026-08-31T23:30:00Z', 6, '2027-03-01'],
  ])('a role confirmed at %s with %i months is due on %s (London days)', (confirmedAt, months, due) => {
    expect(roleReviewDueOn(new Date(confirmedAt), months)).toBe(due);
  });

  it('is due from the London day it falls on, not before', () => {
    const confirmed = new Date('2026-01-31T12:00:00Z');
    expect(isRoleReviewDue(confirmed, 12, new Date('2027-01-30T23:59:00Z'))).toBe(false);
    expect(isRoleReviewDue(confirmed, 12, new Date('2027-01-31T00:00:00Z'))).toBe(true);
  });
});

describe('role names typed in chat', () => {
  it.each([
    ['managers', 'manager'],
    ['LADO', 'lado'],
    ['board staff', 'boardStaff'],
    ['boardadmin', 'boardAdmin'],
    ['chief', undefined],
  ])('%s → %s', (words, role) => expect(roleNamed(words)).toBe(role));
});
