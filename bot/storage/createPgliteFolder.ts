import { PGlite } from '@electric-sql/pglite';

/** Run as a child process: creates a fresh embedded store in the folder named by its argument (initdb), then closes it. */
const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('Usage: createPgliteFolder.ts <data folder>');
const pglite = await PGlite.create({ dataDir });
await pglite.close();
