import { createHmac, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnFreePort } from './localHttpServer.ts';

/** The issuer of Bot Framework channel tokens, which the bot expects. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface SigningOptions {
  /** Header fields over the usual { alg: 'RS256', kid, typ: 'JWT' }. */
  header?: Record<string, unknown>;
  /** Sign with this private key instead of the published one (a forger's key). */
  privateKey?: KeyObject;
  /** 'none' leaves the signature empty; 'HS256' signs with an HMAC keyed by the published public key (algorithm confusion). */
  algorithm?: 'RS256' | 'none' | 'HS256';
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * Stands in for login.botframework.com: a real HTTP server publishing an OpenID metadata document and its key set
 * (one RSA key), and the signer of tokens made with that key. It counts requests to the metadata document and can be
 * told to fail them.
 */
export class OpenIdProvider {
  readonly keyId = `test-key-${randomUUID()}`;
  readonly #keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  readonly #server: Server;
  #baseUrl = '';
  metadataRequests = 0;
  /** When set, the metadata document answers this status. */
  failingStatus: number | undefined;

  constructor() {
    this.#server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://provider').pathname;
      if (path === '/.well-known/openidconfiguration') {
        this.metadataRequests += 1;
        if (this.failingStatus !== undefined) {
          // Not writeHead(...).end(): restify, loaded in the same test process, patches writeHead to return nothing.
          response.writeHead(this.failingStatus);
          response.end();
          return;
        }
        return this.#json(response, { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${this.#baseUrl}/keys` });
      }
      if (path === '/keys') {
        const jwk = this.#keys.publicKey.export({ format: 'jwk' });
        return this.#json(response, { keys: [{ ...jwk, kid: this.keyId, use: 'sig', endorsements: ['msteams', 'webchat'] }] });
      }
      response.writeHead(404);
      response.end();
    });
  }

  async start(): Promise<void> {
    this.#baseUrl = await listenOnFreePort(this.#server);
  }

  get metadataUrl(): string {
    return `${this.#baseUrl}/.well-known/openidconfiguration`;
  }

  stop(): Promise<void> {
    return closeNow(this.#server);
  }

  /** A signed JWT with these claims. */
  sign(claims: Record<string, unknown>, options: SigningOptions = {}): string {
    const algorithm = options.algorithm ?? 'RS256';
    const header = { alg: algorithm, typ: 'JWT', kid: this.keyId, ...options.header };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    if (algorithm === 'none') return `${signingInput}.`;
    if (algorithm === 'HS256') {
      const secret = this.#keys.publicKey.export({ format: 'pem', type: 'spki' });
      return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
    }
    const signature = createSign('RSA-SHA256')
      .update(signingInput)
      .sign(options.privateKey ?? this.#keys.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  #json(response: ServerResponse, body: unknown): void {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}
