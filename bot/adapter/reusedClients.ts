import type { Activity } from 'botbuilder';
// botbuilder's own dependency (same release): the authentication it runs every turn through.
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';

/** Service URLs are a handful per cloud; past this many clients the cache starts again rather than grow. */
const MOST_CLIENTS = 64;

/** The bot's own app id as a channel's token names it (its audience); empty in local mode, which has no token. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
}

/**
 * botbuilder's CloudAdapter builds a new connector client (credentials and an HTTP pipeline) for every turn, and a
 * user-token client this bot never uses: about a tenth of a turn's CPU. Each depends only on the bot's app id, the
 * service URL and the OAuth audience, so it is built once per combination and reused; its credentials renew their
 * own token. Authentication itself is the wrapped one's, unchanged, on every request.
 */
export class ReusedClients extends BotFrameworkAuthentication {
  readonly #inner: BotFrameworkAuthentication;
  readonly #connectors = new Map<string, Promise<ConnectorClient>>();
  readonly #userTokens = new Map<string, Promise<UserTokenClient>>();

  constructor(inner: BotFrameworkAuthentication) {
    super();
    this.#inner = inner;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.#withReusedConnectors(await this.#inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.#withReusedConnectors(await this.#inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#reusing(this.#inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return once(this.#userTokens, appIdOf(claimsIdentity), () => this.#inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.#inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.#inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.#inner.authenticateChannelRequest(authHeader);
  }

  #withReusedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.#reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  #reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return { create: (serviceUrl, audience) => once(this.#connectors, `${appId}|${serviceUrl}|${audience ?? ''}`, () => factory.create(serviceUrl, audience)) };
  }
}

/** The value built for this key, building it the first time; a failed build is forgotten, so the next turn tries again. */
function once<Value>(cache: Map<string, Promise<Value>>, key: string, build: () => Promise<Value>): Promise<Value> {
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MOST_CLIENTS) cache.clear();
  const built = build();
  cache.set(key, built);
  built.catch(() => {
    if (cache.get(key) === built) cache.delete(key);
  });
  return built;
}
