import { createPublicKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { errorTypeOf } from '../logging/errorType.ts';
import type { Logger } from '../logging/logger.ts';

const metadataSchema = z.looseObject({ jwks_uri: z.url() });
const keySetSchema = z.looseObject({
  keys: z.array(z.looseObject({ kty: z.string(), kid: z.string().optional(), n: z.string().optional(), e: z.string().optional() })),
});

class UnexpectedStatusError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.name = 'UnexpectedStatusError';
    this.status = status;
  }
}

export type KeyLookup = { kind: 'key'; key: KeyObject } | { kind: 'unknown key' } | { kind: 'keys unavailable' };

export interface OpenIdKeySetOptions {
  /** The OpenID metadata document, whose jwks_uri lists the signing keys. */
  metadataUrl: string;
  logger: Logger;
  /** After a failed fetch, no new fetch before this long has passed, however many requests arrive. */
  retryAfterFailureMs?: number;
  /** Keys are fetched again after this long (Bot Framework rotates them rarely). */
  maxAgeMs?: number;
  /** A token naming a key we do not have fetches the set again at most this often. */
  unknownKeyRefreshMs?: number;
  now?: () => number;
  fetchTimeoutMs?: number;
}

/**
 * The RSA signing keys an OpenID provider publishes, fetched on first use and cached. A failing endpoint is asked
 * at most once per `retryAfterFailureMs`, so a flood of forged tokens cannot turn into a flood of fetches; requests
 * arriving during a fetch share it.
 */
export class OpenIdKeySet {
  readonly #options: Required<Omit<OpenIdKeySetOptions, 'logger'>> & { logger: Logger };
  #keys: Map<string, KeyObject> | undefined;
  #fetchedAt = 0;
  #lastAttemptAt = Number.NEGATIVE_INFINITY;
  #lastAttemptFailed = false;
  #refreshing: Promise<void> | undefined;

  constructor(options: OpenIdKeySetOptions) {
    this.#options = {
      retryAfterFailureMs: 60_000,
      maxAgeMs: 24 * 60 * 60_000,
      unknownKeyRefreshMs: 5 * 60_000,
      now: Date.now,
      fetchTimeoutMs: 10_000,
      ...options,
    };
  }

  async keyFor(keyId: string): Promise<KeyLookup> {
    const now = this.#options.now();
    const fresh = this.#keys !== undefined && now - this.#fetchedAt < this.#options.maxAgeMs;
    if (!(fresh && this.#keys?.has(keyId)) && this.#mayFetch(now, fresh)) {
      this.#refreshing ??= this.#refresh().finally(() => {
        this.#refreshing = undefined;
      });
      await this.#refreshing;
    }
    const key = this.#keys?.get(keyId);
    if (key) return { kind: 'key', key };
    return this.#keys === undefined ? { kind: 'keys unavailable' } : { kind: 'unknown key' };
  }

  #mayFetch(now: number, fresh: boolean): boolean {
    if (this.#refreshing) return true;
    const wait = this.#lastAttemptFailed ? this.#options.retryAfterFailureMs : fresh ? this.#options.unknownKeyRefreshMs : 0;
    return now - this.#lastAttemptAt >= wait;
  }

  async #refresh(): Promise<void> {
    this.#lastAttemptAt = this.#options.now();
    try {
      const metadata = metadataSchema.parse(await this.#fetchJson(this.#options.metadataUrl));
      const keySet = keySetSchema.parse(await this.#fetchJson(metadata.jwks_uri));
      const keys = new Map<string, KeyObject>();
      for (const { kty, kid, n, e } of keySet.keys) {
        if (kty === 'RSA' && kid && n && e) keys.set(kid, createPublicKey({ key: { kty, n, e }, format: 'jwk' }));
      }
      this.#keys = keys;
      this.#fetchedAt = this.#options.now();
      this.#lastAttemptFailed = false;
    } catch (error) {
      this.#lastAttemptFailed = true;
      this.#options.logger.warn(
        {
          metadataHost: new URL(this.#options.metadataUrl).host,
          errorType: errorTypeOf(error),
          ...(error instanceof UnexpectedStatusError ? { status: error.status } : {}),
          retryInSeconds: Math.round(this.#options.retryAfterFailureMs / 1000),
        },
        'Bot Framework signing keys could not be fetched',
      );
    }
  }

  async #fetchJson(url: string): Promise<unknown> {
    const response = await fetch(url, { signal: AbortSignal.timeout(this.#options.fetchTimeoutMs), redirect: 'error' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new UnexpectedStatusError(response.status);
    }
    return response.json();
  }
}
