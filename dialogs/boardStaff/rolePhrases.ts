import type { BoardRole } from '../../knowledge/boards/boardConfig.ts';
import { roleNamed } from '../../knowledge/boards/roleNames.ts';

/** What a board admin types to manage roles: "add manager @Sam", "remove LADO @Sam", "who holds managers", "roles review". */
export type RoleCommand =
  { kind: 'grantRole'; role: BoardRole; person: string } | { kind: 'revokeRole'; role: BoardRole; person: string } | { kind: 'whoHolds'; role: BoardRole } | { kind: 'rolesReview' };

const ROLE = '(board ?staff|business team|board ?admins?|managers?|lados?|chairs?|auditors?)';
const CHANGE = new RegExp(`^(add|remove) ${ROLE} (.+)$`, 'i');
const WHO_HOLDS = new RegExp(`^who (?:holds|has|are(?: the)?|is(?: a| the)?) (?:the )?${ROLE}(?: role)?$`, 'i');
const REVIEW = /^(?:roles review|review roles)$/i;

/** The text as typed, a Teams mention of someone else (<at>Name</at>) kept: it names the person. */
export function recogniseRoleCommand(text: string): RoleCommand | undefined {
  const said = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');
  const change = CHANGE.exec(said);
  const changedRole = change?.[2] === undefined ? undefined : roleNamed(change[2]);
  if (change?.[1] && change[3] && changedRole) {
    return { kind: change[1].toLowerCase() === 'add' ? 'grantRole' : 'revokeRole', role: changedRole, person: change[3].trim() };
  }
  const asked = WHO_HOLDS.exec(said)?.[1];
  const askedRole = asked === undefined ? undefined : roleNamed(asked);
  if (askedRole) return { kind: 'whoHolds', role: askedRole };
  return REVIEW.test(said) ? { kind: 'rolesReview' } : undefined;
}
