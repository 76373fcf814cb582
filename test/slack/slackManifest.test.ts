import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_COMMANDS_PATH, SLASH_COMMAND } from '../../bot/slack/slackCommandsRoute.ts';
import { SLACK_EVENTS_PATH } from '../../bot/slack/slackEventsRoute.ts';
import { SLACK_INTERACTIONS_PATH } from '../../bot/slack/slackInteractionsRoute.ts';

type Manifest = {
  display_information: { name: string; description: string; long_description: string };
  features: { app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean }; slash_commands: Array<{ command: string; url: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
};

const manifest = parse(readFileSync(new URL('../../deploy/slack/manifest.yml', import.meta.url), 'utf8')) as Manifest;
/** The manifest's placeholder host, which the operator replaces. */
const onBotHost = (path: string) => `https://bot.example.org${path}`;

describe('the Slack app manifest (deploy/slack/manifest.yml)', () => {
  it('points events, interactivity and the slash command at the bot’s Slack endpoints', () => {
    expect(manifest.settings.event_subscriptions.request_url).toBe(onBotHost(SLACK_EVENTS_PATH));
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: onBotHost(SLACK_INTERACTIONS_PATH) });
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: SLASH_COMMAND, url: onBotHost(SLACK_COMMANDS_PATH) })]);
  });

  it('asks for the scopes and events the bot uses, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
  });

  it('lets people message the bot one to one, and fits Slack’s lengths for its descriptions', () => {
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });
});
