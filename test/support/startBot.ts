import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../bot/app.ts';
import type { TimeSource } from '../../dialogs/ports.ts';
import { loadEnvironment } from '../../bot/config/environment.ts';
import { createLogger } from '../../bot/logging/logger.ts';
import { FakeConnector } from './fakeConnector.ts';
import { TestConversation, type ConversationOptions } from './conversation.ts';

export interface BotUnderTest {
  baseUrl: string;
  connector: FakeConnector;
  app: RunningApp;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  conversation(options?: ConversationOptions): TestConversation;
  stop(): Promise<void>;
}

export interface StartBotOptions {
  /** Extra environment variables (e.g. MicrosoftAppId to test authentication). */
  env?: Record<string, string>;
  /** Reuse a data folder (to test restarts); a fresh temporary one otherwise. */
  dataDir?: string;
  /** The time dialogs and submissions see (the system clock otherwise). */
  time?: TimeSource;
}

/** Starts the real server in this process on a free port, with a fresh embedded store and a fake Bot Connector. */
export async function startBot(options: StartBotOptions = {}): Promise<BotUnderTest> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'safeguarding-bot-test-')));
  const logs: string[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const connector = new FakeConnector();
  await connector.start();
  // In local mode the bot replies only to local connectors: the fake one is named as such.
  const localConnector = options.env?.MicrosoftAppId ? {} : { LOCAL_CONNECTOR_URL: connector.url };
  const env = loadEnvironment({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...localConnector, ...options.env });
  const app = await startApp(env, createLogger(env.LOG_LEVEL, logSink), options.time ? { time: options.time } : {});
  let sequence = 0;
  return {
    baseUrl: app.url,
    connector,
    app,
    logs,
    conversation: (conversationOptions = {}) => new TestConversation({ botUrl: app.url, connector, conversationId: `test-conversation-${++sequence}-${Date.now()}`, ...conversationOptions }),
    async stop() {
      await app.close();
      await connector.stop();
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
