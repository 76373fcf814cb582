import { startApp } from '../../bot/app.ts';
import { loadEnvironment } from '../../bot/config/environment.ts';
import { createLogger } from '../../bot/logging/logger.ts';
import { submissionRequest } from '../submissions/sampleSubmissions.ts';

/**
 * A child process for crash and multi-process tests: starts the real app (store, submission service, delivery
 * worker) from its environment, then submits SUBMIT_COUNT LADO referrals through the app's SubmissionPort, form
 * instances "<SUBMIT_PREFIX>-<n>", SUBMIT_PARALLEL at a time, from conversations on SUBMIT_SERVICE_URL (a fake Bot
 * Connector), writing one JSON event line per receipt. It then keeps
 * delivering until SIGTERM closes it gracefully (or SIGKILL ends it mid-burst).
 */
const env = loadEnvironment(process.env);
const logger = createLogger(env.LOG_LEVEL);
const app = await startApp(env, logger);
const emit = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
// The line spawnBot waits for, as bot/main.ts writes it.
logger.info({ url: app.url }, 'safeguarding bot listening');

const count = Number(process.env.SUBMIT_COUNT ?? '0');
const parallel = Number(process.env.SUBMIT_PARALLEL ?? '4');
const prefix = process.env.SUBMIT_PREFIX ?? 'form';
const boardId = env.DEFAULT_BOARD_ID;
const serviceUrl = process.env.SUBMIT_SERVICE_URL;
// A clock far enough ahead that every reminder the board's offsets give lies in the future.
const clockStart = new Date('2030-01-07T10:00:00Z');

let next = 0;
async function submitNext(): Promise<void> {
  while (next < count) {
    const index = next;
    next += 1;
    // Real confirms arrive as separate HTTP requests; yielding here lets the worker's network I/O run between them,
    // as it would (PGlite answers without leaving the microtask queue, so a tight loop would starve it).
    await new Promise((resolve) => setImmediate(resolve));
    const receipt = await app.submissions.submit(
      submissionRequest('lado_referral', boardId, {
        formInstanceId: `${prefix}-${index}`,
        clocks: [{ clockId: 'LADO_REPORT', startsAt: clockStart }],
        ...(serviceUrl === undefined ? {} : { serviceUrl }),
      }),
    );
    emit({ event: 'submitted', index, recordId: receipt.recordId, duplicate: receipt.duplicate });
  }
}
await Promise.all(Array.from({ length: parallel }, submitNext));
emit({ event: 'submittedAll', count });
