import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES } from '../../bot/config/environment.ts';
import { TEAMS_PACKAGE_VARIABLES } from '../../bot/packaging/teamsPackageSettings.ts';

const guidePath = join(import.meta.dirname, '../../docs/operations.md');
const guide = readFileSync(guidePath, 'utf8');

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const lines = guide.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && (/^#+/.exec(line)?.[0].length ?? 0) <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** The variable named in the first cell of each table row, e.g. "| `PORT` | ... |". */
function tableVariables(text: string): string[] {
  return [...text.matchAll(/^\| `([^`]+)` \|/gm)].map(([, name = '']) => name);
}

/** GitHub's anchor for a heading. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

describe('operations guide (docs/operations.md)', () => {
  it('documents every variable the server reads, and only those, in its configuration reference', () => {
    expect(tableVariables(section('### Server variables')).sort()).toEqual([...ENVIRONMENT_VARIABLES].sort());
  });

  it('documents every variable the Teams packager reads, and only those', () => {
    expect(tableVariables(section('### Teams app package variables')).sort()).toEqual([...TEAMS_PACKAGE_VARIABLES].sort());
  });

  it('names no variable, anywhere, that neither the server nor the packager reads', () => {
    const mentioned = new Set(guide.match(/\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|MicrosoftApp[A-Za-z]+)\b/g));
    // Node.js's own variables that the guide may advise on (the compile cache the entry point turns on).
    const nodeVariables = ['NODE_COMPILE_CACHE'];
    const known = new Set([...ENVIRONMENT_VARIABLES, ...TEAMS_PACKAGE_VARIABLES, ...nodeVariables]);
    expect([...mentioned].filter((name) => !known.has(name))).toEqual([]);
  });

  it('covers the way from nothing to a working Teams bot, and running it afterwards', () => {
    const headings = guide
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Before you start',
        'The afternoon, step by step',
        'Configuration reference',
        'Connecting Teams',
        'Connecting Slack',
        'Registering alert channels',
        'Adding a board and its threshold document',
        'Backups of the store',
        'Retention and purge',
        'Upgrading',
        'What to monitor',
      ]),
    );
    const monitoring = section('## What to monitor');
    for (const signal of ['/healthz', '/readyz', 'Delivery backlog', 'Timers overdue']) expect(monitoring).toContain(signal);
    expect(section('## Connecting Teams')).toContain('npm run package:teams');
    expect(section('## Adding a board and its threshold document')).toContain('npm run knowledge -- check');
  });

  it('has no broken links: every anchor names a heading, every relative path exists', () => {
    const anchors = new Set(
      guide
        .split('\n')
        .filter((line) => /^#+ /.test(line))
        .map((line) => anchorOf(line.replace(/^#+ /, ''))),
    );
    const targets = [...guide.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target = '']) => target);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets.filter((link) => link.startsWith('#'))) expect(anchors.has(target.slice(1)), target).toBe(true);
    for (const target of targets.filter((link) => !/^(#|https?:)/.test(link))) {
      expect(existsSync(join(dirname(guidePath), target.split('#')[0] as string)), target).toBe(true);
    }
  });
});
