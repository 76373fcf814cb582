import { measureFlows } from './formSize.ts';

/** `npm run forms:size`: the README's flow table; `-- --json` prints the measurements as JSON (how the baseline was taken). */
if (process.argv.includes('--json')) console.log(JSON.stringify(measureFlows(), null, 2));
else console.log(measureFlows().map((row) => `${row.flow}: ${row.cards} cards, ${row.fields} fields`).join('\n'));
