import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Environment } from '../config/environment.ts';

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

export function createBotAdapter(env: Environment): BotAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: env.MicrosoftAppId ?? '',
    MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
    MicrosoftAppType: env.MicrosoftAppType,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
  });
  return new BotAdapter(authentication);
}
