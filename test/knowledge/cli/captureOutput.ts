import type { CliOutput } from '../../../knowledge/cli/main.ts';

/** A CliOutput that keeps what a command printed, for assertions. */
export function captureOutput(): CliOutput & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
}
