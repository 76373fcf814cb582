import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface BotProcess {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  child: ChildProcess;
  /** Every line the process wrote to stdout and stderr. */
  output: string[];
  /** SIGTERM and wait (graceful), or SIGKILL to simulate a crash. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * Runs the real `bot/main.ts` in its own process (as `npm start` does), on a free port,
 * and resolves once it logs that it is listening.
 */
export async function spawnBot(env: Record<string, string>, script = 'bot/main.ts'): Promise<BotProcess> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = once(child, 'exit');
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output.join('\n')}`)), 60_000);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        const url = /"msg":"safeguarding bot listening"/.test(line) ? (JSON.parse(line) as { url?: string }).url : undefined;
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      });
    }
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`bot exited before listening:\n${output.join('\n')}`));
    });
  });
  const baseUrl = await listening;
  return {
    baseUrl,
    child,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
