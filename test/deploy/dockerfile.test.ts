import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { NODE_START_OPTIONS } from '../support/startCommand.ts';

const repoRoot = join(import.meta.dirname, '../..');
const dockerfileText = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
const dockerignoreRules = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const all = instructions(dockerfileText);
const stages = all.reduce<Instruction[][]>((found, instruction) => {
  if (instruction.keyword === 'FROM') found.push([]);
  found.at(-1)?.push(instruction);
  return found;
}, []);
const runtime = stages.at(-1) ?? [];
const argsOf = (stage: Instruction[], keyword: string) => stage.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** Source folders and files the final image copies from the build context (not from another stage). */
const copiedFromContext = argsOf(runtime, 'COPY')
  .filter((args) => !args.startsWith('--from'))
  .flatMap((args) =>
    args
      .split(/\s+/)
      .filter((word) => !word.startsWith('--'))
      .slice(0, -1),
  );

describe('Dockerfile', () => {
  it('passes the Dockerfile validator without a single diagnostic', () => {
    expect(validate(dockerfileText).map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
  });

  it('is multi-stage on Node.js 24 (which runs the TypeScript sources), with production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage[0]?.args).toMatch(/^node:24-[a-z0-9-]+ AS \w+$/);
    expect(argsOf(all, 'RUN').join('\n')).toMatch(/npm ci --omit=dev/);
    expect(argsOf(all, 'RUN').join('\n')).not.toMatch(/npm install/);
    expect(argsOf(runtime, 'COPY').filter((args) => args.startsWith('--from'))).toEqual(['--from=dependencies /app/node_modules ./node_modules']);
  });

  it('runs as a user other than root', () => {
    expect(argsOf(runtime, 'USER').at(-1)).toBe('node');
  });

  it('checks its health on /healthz with Node itself (no curl in the slim image), and listens on 3978', () => {
    const [healthcheck] = argsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*\/healthz/);
    expect([...argsOf(all, 'RUN'), healthcheck].join('\n')).not.toMatch(/\b(curl|wget)\b/);
    expect(argsOf(runtime, 'EXPOSE')).toEqual(['3978']);
  });

  it('keeps the embedded store on the /data volume, writable by the app user', () => {
    expect(argsOf(runtime, 'ENV').join(' ')).toMatch(/\bDATA_DIR=\/data\b/);
    expect(argsOf(runtime, 'VOLUME')).toEqual(['["/data"]']);
    expect(argsOf(runtime, 'RUN').join(' ')).toMatch(/chown node:node \/data/);
  });

  it('starts the bot in exec form, as npm start does, so it receives SIGTERM and shuts down cleanly', () => {
    expect(NODE_START_OPTIONS).toContain('--max-semi-space-size=16');
    expect(argsOf(runtime, 'CMD')).toEqual([JSON.stringify(['node', ...NODE_START_OPTIONS, 'bot/main.ts']).replaceAll(',', ', ')]);
  });
});

/**
 * Bare package names reached at run time from a module, following relative imports; type-only imports are erased
 * by Node. A module not written yet is passed over: the server's own tests report it.
 */
function runtimePackages(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const pending = [entry];
  const importPattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm;
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    for (const [, typeOnly, specifier = ''] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      if (typeOnly) continue;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else if (!isBuiltin(specifier))
        packages.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  }
  return { packages, files };
}

describe('what the image holds', () => {
  const { packages, files } = runtimePackages(join(repoRoot, 'bot/main.ts'));

  it('has every package the server imports among the production dependencies', () => {
    const { dependencies } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect([...packages].filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('copies every source file the server loads', () => {
    const outsideTheImage = [...files].map((file) => relative(repoRoot, file)).filter((file) => !copiedFromContext.some((source) => file === source || file.startsWith(`${source}/`)));
    expect(outsideTheImage).toEqual([]);
  });

  it('lets only the copied sources into the build context, so .env and ./data never reach it', () => {
    expect(dockerignoreRules[0]).toBe('*');
    const allowed = dockerignoreRules.filter((rule) => rule.startsWith('!')).map((rule) => rule.slice(1).replace(/\/$/, ''));
    expect(allowed.sort()).toEqual([...copiedFromContext, 'package-lock.json'].sort());
  });
});
