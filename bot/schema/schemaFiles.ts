import { join } from 'node:path';
import { RECORD_TYPES } from '../../knowledge/records/recordSchema.ts';
import { recordJsonSchema } from './recordJsonSchemas.ts';

/** Where the published schemas live in the repository. */
export const SCHEMA_FOLDER = join(import.meta.dirname, '..', '..', 'docs', 'schemas');

/** The file name and text of every published schema, as `npm run schemas` writes them. */
export function schemaFiles(): Array<{ name: string; text: string }> {
  return RECORD_TYPES.map((type) => ({ name: `${type}.schema.json`, text: `${JSON.stringify(recordJsonSchema(type), null, 2)}\n` }));
}
