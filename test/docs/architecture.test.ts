import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const NOT_OURS = new Set(['node_modules', 'data', 'coverage', 'dist']);
const LAYERS = ['bot', 'dialogs', 'cards', 'knowledge'];
const CODE_FOLDERS = [...LAYERS, 'test', 'bench'];

function foldersIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !NOT_OURS.has(entry.name))
    .map((entry) => (folder === '' ? entry.name : `${folder}/${entry.name}`));
}

function sourceFilesIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !relative(ROOT, entry.parentPath)
          .split('/')
          .some((part) => NOT_OURS.has(part)),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every section a comment cites as "domain brief §6.2", "§6.2–§6.4", "§5.3–5.4" or "§3, §7.2". */
function citedDomainSections(text: string): string[] {
  const citations = text.match(/domain brief(?:'s)? §[\d.]+(?:\s*[–,-]\s*§?[\d.]+)*/g) ?? [];
  return citations.flatMap((citation) => citation.match(/\d+(?:\.\d+)?/g) ?? []);
}

function headingsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((match) => match[1] as string));
}

const architecture = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
const domainSections = headingsOf(readFileSync(join(ROOT, 'docs/domain.md'), 'utf8'));

describe('docs/architecture.md', () => {
  it('names every top-level folder of the repository', () => {
    expect(foldersIn('').filter((folder) => !architecture.includes(`\`${folder}/\``))).toEqual([]);
  });

  it.each(LAYERS)('names every folder under %s/', (layer) => {
    expect(foldersIn(layer).filter((folder) => !architecture.includes(`\`${folder}/\``))).toEqual([]);
  });
});

describe('docs/domain.md', () => {
  it('has every section the code cites as "domain brief §…"', () => {
    const missing = CODE_FOLDERS.flatMap(sourceFilesIn).flatMap((file) =>
      citedDomainSections(readFileSync(file, 'utf8'))
        .filter((section) => !domainSections.has(section))
        .map((section) => `${relative(ROOT, file)}: §${section}`),
    );
    expect(missing).toEqual([]);
  });
});
