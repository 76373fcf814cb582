import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_FOLDER, schemaFiles } from './schemaFiles.ts';

/** `npm run schemas`: writes docs/schemas/<type>.schema.json for every record type and removes stale ones. */
await mkdir(SCHEMA_FOLDER, { recursive: true });
const files = schemaFiles();
const current = new Set(files.map((file) => file.name));
for (const name of await readdir(SCHEMA_FOLDER)) {
  if (name.endsWith('.schema.json') && !current.has(name)) await rm(join(SCHEMA_FOLDER, name));
}
for (const file of files) await writeFile(join(SCHEMA_FOLDER, file.name), file.text);
process.stdout.write(`Wrote ${files.length} schemas to ${SCHEMA_FOLDER}\n`);
