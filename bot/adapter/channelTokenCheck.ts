import { verify } from 'node:crypto';
import { z } from 'zod';
import type { OpenIdKeySet } from './openIdKeySet.ts';

/** The algorithms Bot Framework signs with (AuthenticationConstants.AllowedSigningAlgorithms), by their hash. */
const HASH_OF_ALGORITHM: Readonly<Record<string, string>> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

/** botframework-connector allows five minutes of clock skew on exp and nbf; so do we. */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;

const headerSchema = z.looseObject({ alg: z.string(), kid: z.string().min(1) });
const claimsSchema = z.looseObject({ iss: z.string(), aud: z.unknown(), exp: z.number(), nbf: z.number().optional() });

export type TokenVerdict = { ok: true } | { ok: false; status: 401 | 503; reason: string };

export interface ChannelTokenCheckOptions {
  appId: string;
  /** The issuer Bot Framework channel tokens carry (https://api.botframework.com). */
  issuer: string;
  keys: OpenIdKeySet;
  now?: () => number;
}

const refused = (reason: string): TokenVerdict => ({ ok: false, status: 401, reason });

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Checks a Bot Framework channel token in the request's Authorization header before the adapter sees it: its form,
 * algorithm, issuer, audience, validity period and signature. A forged token is refused here with a short reason
 * (never the token or a key), instead of reaching botframework-connector, which prints keys and stacks to stderr and
 * answers some forgeries with 500. The adapter then validates the token again, as it always does.
 */
export class ChannelTokenCheck {
  readonly #options: Required<ChannelTokenCheckOptions>;

  constructor(options: ChannelTokenCheckOptions) {
    this.#options = { now: Date.now, ...options };
  }

  async check(authorization: string | undefined): Promise<TokenVerdict> {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(authorization ?? '')?.[1];
    if (token === undefined) return refused(authorization ? 'not a bearer token' : 'no token');
    const [headerSegment, claimsSegment, signatureSegment] = token.split('.') as [string, string, string];
    const header = headerSchema.safeParse(decodeJson(headerSegment));
    const claims = claimsSchema.safeParse(decodeJson(claimsSegment));
    if (!header.success || !claims.success) return refused('malformed token');
    const hash = HASH_OF_ALGORITHM[header.data.alg];
    if (hash === undefined) return refused('signing algorithm not allowed');

    const { iss, aud, exp, nbf } = claims.data;
    const nowSeconds = this.#options.now() / 1000;
    if (iss !== this.#options.issuer) return refused('wrong issuer');
    if (aud !== this.#options.appId) return refused('wrong audience');
    if (exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) return refused('expired');
    if (nbf !== undefined && nbf - CLOCK_TOLERANCE_SECONDS > nowSeconds) return refused('not valid yet');

    const lookup = await this.#options.keys.keyFor(header.data.kid);
    if (lookup.kind === 'keys unavailable') return { ok: false, status: 503, reason: 'signing keys unavailable' };
    if (lookup.kind === 'unknown key') return refused('unknown signing key');
    const signed = Buffer.from(`${headerSegment}.${claimsSegment}`, 'utf8');
    return verify(hash, signed, lookup.key, Buffer.from(signatureSegment, 'base64url')) ? { ok: true } : refused('bad signature');
  }
}
