import { ladoReferralSchema } from '../../knowledge/lado/ladoReferral.ts';
import type { RecordOfType } from '../../knowledge/records/recordSchema.ts';
import { sampleRecords } from '../knowledge/records/sampleRecords.ts';

/** Strings that must never leave a one-to-one chat: a name in every text field, a date of birth in every date field. */
export const CANARY_NAME = 'Zebedee Canary';
export const CANARY_DATE = '2011-02-03';
export const CANARY_STRINGS = [CANARY_NAME, CANARY_DATE, '3 February 2011'];

type Json = Record<string, unknown> | unknown[];

function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  return [];
}

function setAt(root: Json, path: Array<string | number>, replacement: string): void {
  let holder = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) holder[last] = replacement;
}

/**
 * The sample LADO referral with every text field the schema lets hold a name set to CANARY_NAME and every date
 * set to CANARY_DATE (fields whose format forbids it, such as choices, phone numbers and emails, keep their value),
 * so it is still a record the submission service accepts.
 */
export function canaryLadoReferral(boardId: string): RecordOfType<'lado_referral'> {
  const record = structuredClone({ ...sampleRecords.lado_referral, boardId }) as unknown as Json;
  for (const path of leafPaths(record)) {
    if (path[0] === 'type' || path[0] === 'boardId' || path[0] === 'edition') continue;
    for (const replacement of [CANARY_NAME, CANARY_DATE]) {
      const candidate = structuredClone(record);
      setAt(candidate, path, replacement);
      if (ladoReferralSchema.safeParse(candidate).success) {
        setAt(record, path, replacement);
        break;
      }
    }
  }
  return ladoReferralSchema.parse(record);
}
