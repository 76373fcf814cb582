import { z } from 'zod';

export interface GraphCredentials {
  /** The bot's own app registration (MicrosoftAppId / MicrosoftAppPassword), granted GroupMember.Read.All. */
  clientId: string;
  clientSecret: string;
  /** Where tokens come from, e.g. https://login.microsoftonline.com/ (a local stand-in in tests). */
  loginUrl: string;
}

const tokenResponseSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });

/** Refresh a token this long before Entra says it expires. */
const EARLY_MS = 60_000;

/** Application tokens for Microsoft Graph by client credentials, one per tenant, reused until shortly before they expire. */
export class GraphTokens {
  readonly #credentials: GraphCredentials;
  readonly #tokens = new Map<string, { value: string; expiresAt: number }>();

  constructor(credentials: GraphCredentials) {
    this.#credentials = credentials;
  }

  async tokenFor(tenantId: string): Promise<string> {
    const cached = this.#tokens.get(tenantId);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const { clientId, clientSecret, loginUrl } = this.#credentials;
    const response = await fetch(new URL(`${tenantId}/oauth2/v2.0/token`, loginUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 'https://graph.microsoft.com/.default' }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`Entra token request answered ${response.status}`);
    const token = tokenResponseSchema.parse(await response.json());
    this.#tokens.set(tenantId, { value: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 - EARLY_MS });
    return token.access_token;
  }
}
