import type { Board } from '../../knowledge/boards/boardFiles.ts';
import type { WebhookTarget } from './webhookClient.ts';

/** A board names a webhook secret variable that is not set: start-up stops rather than sending unsigned records. */
export class WebhookSecretMissingError extends Error {
  constructor(missing: ReadonlyArray<{ boardId: string; variable: string }>) {
    super(
      `Webhook secrets missing: ${missing.map(({ boardId, variable }) => `board ${boardId} needs ${variable}`).join('; ')}. ` +
        'Set each variable to the secret shared with the board (see deploy/.env.example).',
    );
    this.name = 'WebhookSecretMissingError';
  }
}

/** The webhook of every board that has one, with its secret read from the environment variable it names. */
export function webhookTargetsOf(boards: Iterable<Board>, secrets: Readonly<Record<string, string>>): Map<string, WebhookTarget> {
  const targets = new Map<string, WebhookTarget>();
  const missing: Array<{ boardId: string; variable: string }> = [];
  for (const board of boards) {
    if (!board.webhook) continue;
    const secret = secrets[board.webhook.secretEnv];
    if (!secret) {
      missing.push({ boardId: board.id, variable: board.webhook.secretEnv });
      continue;
    }
    targets.set(board.id, {
      url: new URL(board.webhook.url),
      secret,
      timeoutMs: board.webhook.timeoutMs,
      allowPrivateNetwork: board.webhook.allowPrivateNetwork === true,
    });
  }
  if (missing.length > 0) throw new WebhookSecretMissingError(missing);
  return targets;
}
