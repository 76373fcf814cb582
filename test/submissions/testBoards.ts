import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { Board } from '../../knowledge/boards/boardFiles.ts';
import { loadBoards } from '../../knowledge/boards/boardRegistry.ts';

/** The secret the test boards and the board receiver share, and the variable that carries it. */
export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789abcdef';
export const WEBHOOK_SECRET_ENV = 'WEBHOOK_SECRET_RECEIVER';

const thresholdDocument = fileURLToPath(new URL('../../knowledge/data/thresholds/sample-partnership.yaml', import.meta.url));

/** What a test board says about its receiver on 127.0.0.1: a private address must be allowed with a reason. */
export const LOCAL_RECEIVER_REASON = 'the test board receiver runs on this machine';

/**
 * A board configuration for tests: the demo board's contacts and threshold document, edition WT2018 unless
 * another is given (SIN is 5 working days), 'local:demo-user' as staff, and a webhook when a URL is given. A
 * webhook on this machine (a BoardReceiver) is allowed explicitly, with LOCAL_RECEIVER_REASON.
 */
export function testBoardConfig(id: string, options: { webhookUrl?: string; timeoutMs?: number; edition?: string; extra?: Record<string, unknown> } = {}): Record<string, unknown> {
  return {
    id,
    name: `Test board ${id}`,
    areas: ['Sample Borough Council'],
    edition: options.edition ?? 'wt2018',
    thresholdDocument,
    contacts: {
      frontDoor: { phone: '01632 960100', hours: 'Monday to Friday, 9am to 5pm' },
      lado: { phone: '01632 960200', email: 'lado@example.org', dutyHours: 'Monday to Friday, 9am to 5pm' },
      emergencyDutyTeam: { phone: '01632 960300' },
      businessTeam: { email: 'business.team@example.org' },
      others: { earlyHelp: { name: 'Early Help Hub', phone: '01632 960400' } },
    },
    roles: { boardStaff: ['local:demo-user'], boardAdmin: ['local:demo-user'], lado: ['local:demo-user'] },
    ...(options.webhookUrl === undefined
      ? {}
      : { webhook: { url: options.webhookUrl, secretEnv: WEBHOOK_SECRET_ENV, timeoutMs: options.timeoutMs ?? 2_000, ...privateNetworkAllowance(options.webhookUrl) } }),
    ...options.extra,
  };
}

function privateNetworkAllowance(webhookUrl: string): Record<string, unknown> {
  return new URL(webhookUrl).hostname === '127.0.0.1' ? { allowPrivateNetwork: true, privateNetworkReason: LOCAL_RECEIVER_REASON } : {};
}

export interface TestBoardDirectory {
  directory: string;
  boards: Map<string, Board>;
  remove(): Promise<void>;
}

/** Writes board configurations to a fresh folder (for BOARD_CONFIG_DIR) and loads them as the bot would. */
export async function writeTestBoards(configs: ReadonlyArray<Record<string, unknown>>): Promise<TestBoardDirectory> {
  const directory = await mkdtemp(join(tmpdir(), 'test-boards-'));
  for (const config of configs) await writeFile(join(directory, `${String(config.id)}.yaml`), stringify(config));
  return { directory, boards: loadBoards(directory), remove: () => rm(directory, { recursive: true, force: true }) };
}
