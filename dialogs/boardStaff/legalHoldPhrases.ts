import { commandText } from './boardStaffPhrases.ts';

/** What a legal hold command is about: a record by reference, every record of a case, or every record naming a person. */
export type LegalHoldTarget = { scope: 'record'; reference: string } | { scope: 'case'; reference: string } | { scope: 'person'; name: string };

export type LegalHoldCommand =
  | { kind: 'place' | 'lift'; target: LegalHoldTarget; reason: string }
  /** "hold …" or "lift hold …" not in the form below: answered with how to say it. */
  | { kind: 'howTo' };

const REFERENCE = '[a-z][a-z0-9]*(?:-[a-z0-9]+)+';
const HOLD = new RegExp(`^(lift )?(?:legal )?hold (?:(case|person) )?(.+?) because (.+)$`, 'i');
/** Said as a hold command, even if not completely: "hold on" and other everyday uses of the word are left alone. */
const ANY_HOLD = new RegExp(`^(?:lift (?:legal )?hold|legal hold|hold (?:case|person)|hold ${REFERENCE})\\b`, 'i');

function targetOf(scope: string | undefined, words: string): LegalHoldTarget | undefined {
  if (scope?.toLowerCase() === 'person') return { scope: 'person', name: words };
  if (!new RegExp(`^${REFERENCE}$`, 'i').test(words)) return undefined;
  return { scope: scope?.toLowerCase() === 'case' ? 'case' : 'record', reference: words.toUpperCase() };
}

/**
 * "hold LADO-2026-000123 because IICSA request", "hold case LADO-2026-000123 because litigation",
 * "hold person Gareth Invented because police investigation", and the same with "lift hold".
 */
export function recogniseLegalHoldCommand(text: string): LegalHoldCommand | undefined {
  const said = commandText(text);
  if (!ANY_HOLD.test(said)) return undefined;
  const match = HOLD.exec(said);
  const target = match?.[3] ? targetOf(match[2], match[3].trim()) : undefined;
  if (!match?.[4] || !target) return { kind: 'howTo' };
  return { kind: match[1] ? 'lift' : 'place', target, reason: match[4].trim() };
}
