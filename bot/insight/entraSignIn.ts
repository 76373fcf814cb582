import * as oidc from 'openid-client';
import { z } from 'zod';
import { guidSchema } from '../../knowledge/boards/identity.ts';
import type { InsightSignInSettings } from '../config/environment.ts';

/** What the browser carries (sealed) between leaving for the provider and coming back. */
export const pendingSignInSchema = z.object({
  codeVerifier: z.string().min(43),
  state: z.string().min(1),
  nonce: z.string().min(1),
  returnTo: z.string().startsWith('/insight'),
});
export type PendingSignIn = z.infer<typeof pendingSignInSchema>;

/** The person an id token names: their Entra object id (as board roles name them) and tenant. */
export interface SignedInPerson {
  identity: string;
  tenantId: string | undefined;
}

export const CALLBACK_PATH = '/insight/sign-in/callback';
const SCOPES = 'openid profile';

export class SignInRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SignInRefused';
  }
}

/**
 * OpenID Connect authorization code flow with PKCE, state and nonce, through openid-client, against Microsoft Entra
 * ID (or, in tests, a local provider). The provider's metadata is fetched on first use and again after a failure.
 */
export class EntraSignIn {
  readonly #settings: InsightSignInSettings;
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(settings: InsightSignInSettings) {
    this.#settings = settings;
  }

  get redirectUri(): string {
    return `${this.#settings.publicUrl}${CALLBACK_PATH}`;
  }

  async start(returnTo: string): Promise<{ providerUrl: URL; pending: PendingSignIn }> {
    const configuration = await this.#configured();
    const pending: PendingSignIn = { codeVerifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), returnTo };
    const providerUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { providerUrl, pending };
  }

  /** Exchanges the code the provider sent back for an id token, checking state, nonce and PKCE. */
  async finish(callbackQuery: string, pending: PendingSignIn): Promise<SignedInPerson> {
    const configuration = await this.#configured();
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${this.redirectUri}${callbackQuery}`), {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    const objectId = guidSchema.safeParse(claims?.['oid']);
    if (!objectId.success) throw new SignInRefused('The sign-in did not say who you are in Microsoft Entra ID (no object id).');
    const tenant = guidSchema.safeParse(claims?.['tid']);
    return { identity: `aad:${objectId.data}`, tenantId: tenant.success ? tenant.data : undefined };
  }

  #configured(): Promise<oidc.Configuration> {
    this.#configuration ??= this.#discover().catch((error: unknown) => {
      this.#configuration = undefined;
      throw error;
    });
    return this.#configuration;
  }

  #discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.#settings.issuer);
    // Plain http is allowed (by the environment's validation) only for a provider on this machine: tests.
    const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {};
    return oidc.discovery(issuer, this.#settings.clientId, this.#settings.clientSecret, undefined, options);
  }
}
