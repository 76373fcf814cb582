import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } };

/**
 * The Node options `npm start` runs the bot with (e.g. a young-generation size that keeps idle memory down), read from
 * package.json so tests, benchmarks and the container start the bot exactly as `npm start` does.
 */
export const NODE_START_OPTIONS: readonly string[] = packageJson.scripts.start.split(' ').filter((word) => word.startsWith('--'));
