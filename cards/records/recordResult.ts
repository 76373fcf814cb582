import type { z } from 'zod';

export type RecordResult<Record> = { ok: true; record: Record } | { ok: false; problems: string[] };

/** A record validated by its schema; problems name the place in the record, never the values entered. */
export function validatedRecord<Schema extends z.ZodType>(schema: Schema, candidate: unknown): RecordResult<z.output<Schema>> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(' › ') || 'record'}: ${issue.message}`) };
}
