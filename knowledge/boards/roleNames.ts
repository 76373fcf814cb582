import type { BoardRole } from './boardConfig.ts';

/** A role as people name one holder of it in chat, e.g. "add **board staff** @Sam". */
export const ROLE_NAMES: Record<BoardRole, string> = {
  manager: 'manager',
  boardStaff: 'board staff',
  lado: 'LADO',
  chair: 'chair',
  boardAdmin: 'board admin',
  auditor: 'auditor',
};

const ROLE_PATTERNS: Array<[RegExp, BoardRole]> = [
  [/^managers?$/i, 'manager'],
  [/^(?:board ?staff|business team)$/i, 'boardStaff'],
  [/^lados?$/i, 'lado'],
  [/^chairs?$/i, 'chair'],
  [/^board ?admins?$/i, 'boardAdmin'],
  [/^auditors?$/i, 'auditor'],
];

/** "managers" → manager, "board staff" → boardStaff; undefined for words that name no role. */
export function roleNamed(words: string): BoardRole | undefined {
  const trimmed = words.trim();
  return ROLE_PATTERNS.find(([pattern]) => pattern.test(trimmed))?.[1];
}
