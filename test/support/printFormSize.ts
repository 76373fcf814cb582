import { readFileSync } from 'node:fs';
import { flowSizeTable, measureFlows, type FlowSize } from './formSize.ts';

/** `npm run forms:size`: the README's flow table; `-- --json` prints the measurements as JSON (how the baseline was taken). */
export const BASELINE_FILE = new URL('./formSizeBaseline.json', import.meta.url);

export function readmeFlowTable(): string {
  return flowSizeTable(measureFlows(), JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as FlowSize[]);
}

if (import.meta.main) {
  console.log(process.argv.includes('--json') ? JSON.stringify(measureFlows(), null, 2) : readmeFlowTable());
}
