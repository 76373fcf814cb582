import { z } from 'zod';
import { addressCategory, type AddressCategory } from './networkAddress.ts';

/** Never a board's system: these lead to the host itself or to the cloud's instance metadata and credentials. */
const NEVER_ALLOWED: ReadonlySet<AddressCategory> = new Set(['link-local', 'cloud metadata', 'unspecified', 'multicast or reserved']);

/**
 * Why records must not be sent to an address of this category, or undefined when they may. Loopback and private
 * addresses need the board's explicit `allowPrivateNetwork`; the rest are refused outright. Used on the configured
 * host and again, when a record is sent, on each address its name resolves to.
 */
export function privateAddressProblem(category: AddressCategory | undefined, allowPrivateNetwork: boolean): string | undefined {
  if (category === undefined) return undefined;
  if (NEVER_ALLOWED.has(category)) return `leads to a ${category} address, which is never a board's system`;
  if (allowPrivateNetwork) return undefined;
  return `leads to a ${category} address; a board system on a private network needs allowPrivateNetwork: true and privateNetworkReason`;
}

/** Everything wrong with a webhook URL for a board that does or does not allow private networks. */
export function webhookUrlProblem(url: URL, allowPrivateNetwork: boolean): string | undefined {
  if (url.username || url.password) return 'must not contain a user name or password (each record is signed with the shared secret instead)';
  const category = addressCategory(url.hostname);
  const addressProblem = privateAddressProblem(category, allowPrivateNetwork);
  if (addressProblem) return addressProblem;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && allowPrivateNetwork && category === 'loopback') return undefined;
  return 'must use https (plain http only for a receiver on this machine, with allowPrivateNetwork)';
}

/**
 * The board's own system, reached by a signed HTTPS POST of each record (docs/webhook.md). Without this block the
 * board works its records in the built-in board inbox. The signing secret is never in the file: `secretEnv` names
 * the environment variable that holds it. A system on a private network (or on this machine) must be allowed
 * explicitly, with the reason written down; cloud metadata and link-local addresses never are.
 */
export const boardWebhookSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be a URL like https://board.example.org/safeguarding/records' }),
    secretEnv: z.string().regex(/^WEBHOOK_SECRET_[A-Z0-9_]+$/, {
      error: 'must be the NAME of an environment variable starting WEBHOOK_SECRET_ (e.g. WEBHOOK_SECRET_SAMPLE), never the secret itself',
    }),
    timeoutMs: z.int().min(1_000).max(60_000).default(10_000),
    allowPrivateNetwork: z.literal(true, { error: 'can only be true (leave it out otherwise)' }).optional(),
    privateNetworkReason: z.string().trim().min(10, 'must say in a sentence why the board system is on a private network').max(300).optional(),
  })
  .superRefine((webhook, context) => {
    const allowPrivateNetwork = webhook.allowPrivateNetwork === true;
    const problem = webhookUrlProblem(new URL(webhook.url), allowPrivateNetwork);
    if (problem) context.addIssue({ code: 'custom', path: ['url'], message: problem });
    if (allowPrivateNetwork && webhook.privateNetworkReason === undefined) {
      context.addIssue({ code: 'custom', path: ['privateNetworkReason'], message: 'is required with allowPrivateNetwork: true (say why the board system is on a private network)' });
    }
  });

export type BoardWebhook = z.infer<typeof boardWebhookSchema>;
