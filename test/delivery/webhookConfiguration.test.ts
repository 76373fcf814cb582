import { describe, expect, it } from 'vitest';
import { loadEnvironment } from '../../bot/config/environment.ts';
import { webhookTargetsOf, WebhookSecretMissingError } from '../../bot/delivery/webhookTargets.ts';
import { boardWebhookSchema } from '../../knowledge/boards/boardWebhook.ts';
import { testBoardConfig, writeTestBoards } from '../submissions/testBoards.ts';

describe('webhook configuration', () => {
  it('accepts https, and plain http only for a receiver on this machine that the board allows with a reason', () => {
    const parse = (url: string, extra: Record<string, unknown> = {}) => boardWebhookSchema.safeParse({ url, secretEnv: 'WEBHOOK_SECRET_X', ...extra });
    const allowed = { allowPrivateNetwork: true, privateNetworkReason: 'the receiver runs on this machine' };
    expect(parse('https://board.example.org/records').success).toBe(true);
    expect(parse('http://127.0.0.1:8080/webhook', allowed).success).toBe(true);
    expect(parse('http://localhost:8080/webhook', allowed).success).toBe(true);
    expect(parse('http://127.0.0.1:8080/webhook').error?.issues[0]?.message).toMatch(/^leads to a loopback address; a board system on a private network needs allowPrivateNetwork/);
    expect(parse('http://board.example.org/records').error?.issues[0]?.message).toBe('must use https (plain http only for a receiver on this machine, with allowPrivateNetwork)');
  });

  it('takes the name of the secret variable, never a secret', () => {
    const result = boardWebhookSchema.safeParse({ url: 'https://board.example.org/records', secretEnv: 's3cr3t-value' });
    expect(result.error?.issues[0]?.message).toMatch(/must be the NAME of an environment variable starting WEBHOOK_SECRET_/);
    expect(boardWebhookSchema.parse({ url: 'https://board.example.org/records', secretEnv: 'WEBHOOK_SECRET_X' }).timeoutMs).toBe(10_000);
  });

  it('reads every WEBHOOK_SECRET_ variable and the delivery settings from the environment', () => {
    const env = loadEnvironment({ WEBHOOK_SECRET_SAMPLE: 'abc', WEBHOOK_SECRET_EMPTY: ' ', OTHER_SECRET: 'x', DELIVERY_MAX_ATTEMPTS: '5' });
    expect(env.webhookSecrets).toEqual({ WEBHOOK_SECRET_SAMPLE: 'abc' });
    expect(env).toMatchObject({ DELIVERY_MAX_ATTEMPTS: 5, DELIVERY_RETRY_BASE_MS: 60_000, DELIVERY_RETRY_MAX_DELAY_MS: 28_800_000, DELIVERY_POLL_INTERVAL_MS: 5_000 });
    expect(() => loadEnvironment({ DELIVERY_MAX_ATTEMPTS: '0' })).toThrow(/DELIVERY_MAX_ATTEMPTS: must be 1 or more \(example: DELIVERY_MAX_ATTEMPTS=12\)/);
  });

  it('stops start-up when a board names a secret variable that is not set, without printing any secret', async () => {
    const boards = await writeTestBoards([testBoardConfig('with-secret', { webhookUrl: 'https://a.example.org/records' }), testBoardConfig('inbox-only')]);
    try {
      const targets = webhookTargetsOf(boards.boards.values(), { WEBHOOK_SECRET_RECEIVER: 'shared-secret' });
      expect([...targets.keys()]).toEqual(['with-secret']);
      expect(targets.get('with-secret')).toMatchObject({ secret: 'shared-secret', timeoutMs: 2_000 });

      const missing = () => webhookTargetsOf(boards.boards.values(), { WEBHOOK_SECRET_OTHER: 'shared-secret' });
      expect(missing).toThrow(WebhookSecretMissingError);
      expect(missing).toThrow('Webhook secrets missing: board with-secret needs WEBHOOK_SECRET_RECEIVER.');
    } finally {
      await boards.remove();
    }
  });
});
