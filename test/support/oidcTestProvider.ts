import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { closeNow, listenOnFreePort } from './localHttpServer.ts';

export interface TestOidcClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** An account the provider signs in: the login typed on its sign-in page, and the Entra claims its id tokens carry. */
export interface TestAccount {
  login: string;
  oid: string;
  tid: string;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a free port of 127.0.0.1, standing in for Microsoft
 * Entra ID: one confidential client, PKCE required, and accounts whose id tokens carry Entra's `oid` and `tid`
 * claims. Its development sign-in pages take any password.
 */
export class OidcTestProvider {
  readonly #server: Server = createServer();
  readonly #accounts = new Map<string, TestAccount>();
  issuer = '';

  async start(client: TestOidcClient): Promise<void> {
    this.issuer = await listenOnFreePort(this.#server);
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub', 'oid', 'tid'], profile: ['name'] },
      conformIdTokenClaims: false,
      cookies: { keys: ['oidc-test-provider-cookie-key-0123456789'] },
      jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      findAccount: async (_context: unknown, login: string) => {
        const account = this.#accounts.get(login);
        return account && { accountId: login, claims: async () => ({ sub: login, oid: account.oid, tid: account.tid, name: login }) };
      },
    });
    this.#server.on('request', provider.callback());
  }

  addAccount(account: TestAccount): void {
    this.#accounts.set(account.login, account);
  }

  async stop(): Promise<void> {
    await closeNow(this.#server);
  }
}
