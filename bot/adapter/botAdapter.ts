import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
// botbuilder's own dependency (same release); it does not re-export these constants.
import { AuthenticationConstants } from 'botframework-connector';
import type { Environment } from '../config/environment.ts';
import type { Logger } from '../logging/logger.ts';
import { ChannelTokenCheck } from './channelTokenCheck.ts';
import { OpenIdKeySet } from './openIdKeySet.ts';
import { ReusedClients } from './reusedClients.ts';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * CloudAdapter with the turn entry point exposed, so the HTTP route decides the status codes
 * (400 for a malformed body, 401 for a bad token) and logs through our logger, not the console.
 */
export class BotAdapter extends CloudAdapter {
  /** Validates the Bot Framework JWT (when an app id is configured) and runs one turn. Throws AuthenticationError on a bad token. */
  runTurn(authHeader: string, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

type AuthenticationSettings = Pick<Environment, 'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'BotOpenIdMetadata'>;

/**
 * The public Azure cloud's settings with another OpenID metadata document. botframework-connector takes every
 * setting as given once any one is set, so the others are spelled out with their usual values.
 */
function publicCloudWithMetadata(metadataUrl: string): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

export function createBotAdapter(env: AuthenticationSettings): BotAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId ?? '',
    MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    ...(env.BotOpenIdMetadata ? publicCloudWithMetadata(env.BotOpenIdMetadata) : {}),
  });
  return new BotAdapter(new ReusedClients(authentication));
}

/** The token check in front of the adapter; none in local mode, which has no authentication. */
export function createChannelTokenCheck(env: AuthenticationSettings, logger: Logger): ChannelTokenCheck | undefined {
  if (!env.MicrosoftAppId) return undefined;
  const keys = new OpenIdKeySet({ metadataUrl: env.BotOpenIdMetadata ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, logger });
  return new ChannelTokenCheck({ appId: env.MicrosoftAppId, issuer: AuthenticationConstants.ToBotFromChannelTokenIssuer, keys });
}
