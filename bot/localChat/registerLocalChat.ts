import type { Server } from 'restify';
import type { Logger } from '../logging/logger.ts';
import { BotForwarder } from './botForwarder.ts';
import { registerChatPageRoutes } from './chatPageRoutes.ts';
import { registerConnectorRoutes } from './connectorRoutes.ts';
import { registerDirectLineRoutes } from './directLineRoutes.ts';
import { LocalConversations, type ConversationLimits } from './localConversations.ts';

export interface LocalChatOptions {
  /** The bot's activity endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** The serviceUrl the bot replies to; its path is where the connector routes are served, e.g. http://127.0.0.1:3978/local/connector. */
  connectorBaseUrl: string;
  logger: Logger;
  /** Memory bounds; the defaults suit a developer's machine. */
  limits?: Partial<ConversationLimits>;
}

/**
 * The local chat (local mode only, no authentication, loopback only): GET / serves Bot Framework Web Chat,
 * which talks Direct Line to an in-memory bridge; the bridge forwards to the bot and serves as its Bot Connector.
 */
export function registerLocalChat(server: Server, { botEndpoint, connectorBaseUrl, logger, limits }: LocalChatOptions): void {
  const conversations = new LocalConversations(limits);
  const forwarder = new BotForwarder(botEndpoint, conversations, logger);
  registerChatPageRoutes(server);
  registerDirectLineRoutes(server, { conversations, forwarder, connectorBaseUrl, logger });
  registerConnectorRoutes(server, connectorBaseUrl, conversations);
}
