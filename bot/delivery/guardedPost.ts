import { lookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { privateAddressProblem } from '../../knowledge/boards/boardWebhook.ts';
import { addressCategory } from '../../knowledge/boards/networkAddress.ts';

/** The board's host is, or now resolves to, an address records must not go to. */
export class RefusedAddressError extends Error {
  readonly problem: string;
  constructor(problem: string) {
    super(problem);
    this.name = 'RefusedAddressError';
    this.problem = problem;
  }
}

export interface WebhookAnswer {
  status: number;
  retryAfter: string | undefined;
  /** The body as text, or undefined when it is longer than maxBytes (reading stops there). */
  readText(maxBytes: number): Promise<string | undefined>;
  /** Stops reading an answer whose body does not matter. */
  discard(): void;
}

export interface GuardedTarget {
  url: URL;
  timeoutMs: number;
  allowPrivateNetwork: boolean;
}

/**
 * Resolves the host as usual and refuses to connect when any address it gives is one records must not go to. The
 * check is on the address actually connected to, so a name that resolved to a public address when the configuration
 * was checked and to a private one now (DNS rebinding) is still refused.
 */
function guardedLookup(allowPrivateNetwork: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const problem = privateAddressProblem(addressCategory(address), allowPrivateNetwork);
        if (problem) return callback(new RefusedAddressError(problem), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      return callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POSTs a JSON body to a board's system and resolves with its status once the headers arrive. Redirects are not
 * followed. The timeout covers the whole exchange, reading the answer included.
 */
export function postJson(target: GuardedTarget, body: string, headers: Record<string, string>): Promise<WebhookAnswer> {
  if (isIP(target.url.hostname.replace(/^\[(.*)\]$/, '$1'))) {
    // An address in the URL is connected to without a lookup: check it here.
    const problem = privateAddressProblem(addressCategory(target.url.hostname), target.allowPrivateNetwork);
    if (problem) return Promise.reject(new RefusedAddressError(problem));
  }
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        lookup: guardedLookup(target.allowPrivateNetwork),
        signal: AbortSignal.timeout(target.timeoutMs),
      },
      (response) => {
        const retryAfter = response.headers['retry-after'];
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
          readText: (maxBytes) => readCapped(response, maxBytes),
          discard: () => response.destroy(),
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
