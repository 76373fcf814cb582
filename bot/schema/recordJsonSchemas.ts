import { z } from 'zod';
import { RECORD_SCHEMAS, RECORD_TYPES, type RecordType } from '../../knowledge/records/recordSchema.ts';

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a record type, generated from its zod schema: the shape of `record` in a webhook delivery
 * (defaults applied). Fields marked `personalData: true` hold names, dates of birth, contact details or case text.
 */
export function recordJsonSchema(type: RecordType): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(RECORD_SCHEMAS[type], { io: 'output' }) as JsonSchema;
  return { $schema, $id: `urn:safeguarding-bot:record:${type}`, ...rest };
}

export interface SchemaListEntry {
  type: RecordType;
  title: string;
  path: string;
}

export function listRecordSchemas(): SchemaListEntry[] {
  return RECORD_TYPES.map((type) => ({
    type,
    title: String(RECORD_SCHEMAS[type].meta()?.title ?? type),
    path: `/api/schema/${type}`,
  }));
}
