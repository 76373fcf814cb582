import { workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** Run as a worker thread: creates a fresh embedded store in the folder it is given (initdb), then closes it. */
const { dataDir } = workerData as { dataDir: string };
const pglite = await PGlite.create({ dataDir });
await pglite.close();
