import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

/** One thing wrong with a configuration file: which file, where inside it (e.g. `levels[2].id`), and what. */
export type ConfigProblem = {
  file: string;
  path: string;
  message: string;
};

export function formatConfigProblem(problem: ConfigProblem): string {
  return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export class ConfigFileError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
    this.name = 'ConfigFileError';
    this.problems = problems;
  }
}

/** `['levels', 2, 'indicators', 0, 'level']` → `levels[2].indicators[0].level` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}

export type FileContent = { ok: true; data: unknown } | { ok: false; problem: ConfigProblem };

/** Reads a YAML (.yaml, .yml) or JSON (.json) file. */
export function readConfigFile(file: string): FileContent {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'file cannot be read';
    return { ok: false, problem: { file, path: '', message: reason } };
  }
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.json') return { ok: true, data: JSON.parse(text) };
    if (extension === '.yaml' || extension === '.yml') return { ok: true, data: parseYaml(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    return { ok: false, problem: { file, path: '', message: `not valid ${extension.slice(1).toUpperCase()}: ${detail}` } };
  }
  return { ok: false, problem: { file, path: '', message: 'must be a .yaml, .yml or .json file' } };
}

/** Says "is required" for a missing field instead of zod's "expected string, received undefined". */
const requiredFieldMessage: z.core.$ZodErrorMap = (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? `is required (${issue.expected})` : undefined);

export type ParsedConfig<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

export function parseConfig<T>(schema: z.ZodType<T>, data: unknown, file: string): ParsedConfig<T> {
  const result = schema.safeParse(data, { error: requiredFieldMessage });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message })),
  };
}
