import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NODE_START_OPTIONS } from './startCommand.ts';

/** Starting the real bot takes seconds alone, and minutes on a shared machine under load. */
const STARTUP_TIMEOUT_MS = 180_000;

/** A child script that starts the real app and submits records through its real SubmissionPort (crash tests). */
export const SUBMITTING_BOT = join(import.meta.dirname, 'submittingBot.ts');

/** A progress line a child script writes as JSON, e.g. {"event":"submitted","index":3}. */
export type ProcessEvent = Record<string, unknown> & { event: string };

export interface BotProcess {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  child: ChildProcess;
  /** Every line the process wrote to stdout and stderr. */
  output: string[];
  /** The lines that are progress events, in order. */
  events: ProcessEvent[];
  /** Resolves when the predicate holds (checked on each line and every 50 ms); rejects on timeout or if the process ends first. */
  waitForEvent(predicate: (event: ProcessEvent) => boolean, timeoutMs?: number): Promise<void>;
  /** SIGTERM and wait (graceful), or SIGKILL to simulate a crash. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/**
 * Runs the real `bot/main.ts` (or another script that starts the app) in its own process, as `npm start` does, on a
 * free port, and resolves once it logs that it is listening. The store is the one `env` names: the test run's own
 * DATABASE_URL is not passed on, so a bot given a DATA_DIR stays on PGlite.
 */
export async function spawnBot(env: Record<string, string>, script = 'bot/main.ts', startTimeoutMs = STARTUP_TIMEOUT_MS): Promise<BotProcess> {
  const { DATABASE_URL: _testRunDatabase, ...inherited } = process.env;
  const child = spawn(process.execPath, [...NODE_START_OPTIONS, script], {
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const events: ProcessEvent[] = [];
  const onLine = new Set<() => void>();
  const exited = once(child, 'exit');
  let ended = false;
  void exited.then(() => {
    ended = true;
    onLine.forEach((listener) => listener());
  });

  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bot did not start within ${startTimeoutMs} ms:\n${output.join('\n')}`));
    }, startTimeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line);
        if (line.startsWith('{"event":')) events.push(JSON.parse(line) as ProcessEvent);
        const url = /"msg":"[a-z ]*bot listening"/.test(line) ? (JSON.parse(line) as { url?: string }).url : undefined;
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
        onLine.forEach((listener) => listener());
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
    events,
    waitForEvent(predicate, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const lastLines = () => output.slice(-10).join('\n');
        const finish = () => {
          clearTimeout(timer);
          clearInterval(poll);
          onLine.delete(check);
        };
        const check = () => {
          if (events.some(predicate)) {
            finish();
            resolve();
          } else if (ended) {
            finish();
            reject(new Error(`bot process ended before the awaited event; last lines:\n${lastLines()}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`bot process: awaited event did not come within ${timeoutMs} ms; last lines:\n${lastLines()}`));
        }, timeoutMs);
        // The predicate may depend on more than the process's output (what a receiver has seen): look again now and then.
        const poll = setInterval(check, 50);
        onLine.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
