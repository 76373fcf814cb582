import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './measure.ts';

type BenchModule = { default: () => Promise<BenchResult[]> };

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Runs every bench/*.bench.ts and prints ratios against baselines measured in the same run. */
async function runBenchmarks(): Promise<void> {
  const benchFiles = readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const rows = [['bench', 'measured', 'baseline', 'ratio', 'detail']];
  for (const file of benchFiles) {
    const bench = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as BenchModule;
    for (const result of await bench.default()) {
      rows.push([file.replace(/\.bench\.ts$/, ''), result.name, result.baselineName, `×${result.ratio.toFixed(1)}`, result.detail]);
    }
  }
  console.log(table(rows));
}

await runBenchmarks();
