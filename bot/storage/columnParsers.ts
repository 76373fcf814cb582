/** PostgreSQL type oids whose text form both engines must turn into the same JavaScript value. */
const INT8_OID = 20;
const DATE_OID = 1082;

function parseBigInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError("A bigint column holds a value beyond JavaScript's safe integer range; cast it to text in the query.");
  }
  return value;
}

/** A calendar date stays a calendar date: turning it into a Date would shift it by the process's time zone. */
function keepDateText(text: string): string {
  return text;
}

/** Parsers applied by both engines on top of their defaults, keyed by type oid. */
export const sharedColumnParsers: Record<number, (text: string) => unknown> = {
  [INT8_OID]: parseBigInteger,
  [DATE_OID]: keepDateText,
};
