import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const BOT = join(import.meta.dirname, '../../bot');

/** Relative modules a file imports or re-exports from: `import … from './x.ts'`, `export … from`, `import './x.ts'`. */
const RELATIVE_IMPORT = /^\s*(?:(?:import|export)\s[^;]*?\sfrom\s+|import\s+)'(\.[^']+)'/gm;

/** The folder directly under bot/ a file is in; undefined for the composition root's own files (bot/app.ts, …). */
function folderOf(file: string): string | undefined {
  const [first, ...rest] = relative(BOT, file).split(sep);
  return first !== undefined && first !== '..' && rest.length > 0 ? first : undefined;
}

/** For each folder under bot/, the other folders it imports from, with the files that do. */
function folderImports(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  const files = readdirSync(BOT, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    const from = folderOf(file);
    if (from === undefined) continue;
    for (const [, module] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const to = folderOf(resolve(dirname(file), module as string));
      if (to === undefined || to === from) continue;
      const targets = graph.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), `bot/${relative(BOT, file).split(sep).join('/')}`]);
      graph.set(from, targets);
    }
  }
  return graph;
}

function reaches(graph: Map<string, Map<string, string[]>>, start: string, goal: string): boolean {
  const seen = new Set<string>();
  const next = [start];
  for (let folder = next.pop(); folder !== undefined; folder = next.pop()) {
    if (folder === goal) return true;
    if (seen.has(folder)) continue;
    seen.add(folder);
    next.push(...(graph.get(folder)?.keys() ?? []));
  }
  return false;
}

describe('the folders under bot/', () => {
  const graph = folderImports();

  it('are read from the source: the scheduler imports the jobs toolkit, and delivery the audit log', () => {
    expect([...(graph.get('scheduler')?.keys() ?? [])]).toContain('jobs');
    expect([...(graph.get('delivery')?.keys() ?? [])]).toContain('audit');
  });

  it('import one another without a cycle, so each can be read and moved knowing only what it imports', () => {
    const onACycle = [...graph].flatMap(([from, targets]) => [...targets].filter(([to]) => reaches(graph, to, from)).map(([to, files]) => `${from} → ${to} (${[...new Set(files)].join(', ')})`));
    expect(onACycle).toEqual([]);
  });
});
