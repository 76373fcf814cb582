import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { ACCENT_COLOUR, TEAMS_ICONS } from './teamsIcons.ts';
import type { TeamsPackageSettings } from './teamsPackageSettings.ts';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/** The newest manifest schema that @microsoft/app-manifest ships; the test validates against that very file. */
export const TEAMS_MANIFEST_VERSION = '1.30';

/** What a user can type to the bot; Teams offers these as suggestions. */
export const PERSONAL_COMMANDS = [
  { title: 'threshold', description: "Check a concern about a child against your board's threshold document, and what to do next" },
  { title: 'lado', description: 'An allegation against someone who works with children: refer to or consult the LADO' },
  { title: 'serious incident', description: 'Notify the safeguarding board of a serious incident' },
  { title: 'help', description: 'What the assistant can do, and who to contact' },
] as const;

/**
 * Channels and group chats get help only: forms carry case details, which belong in a personal chat, and a
 * channel's job is to receive alerts (reference, type and due time, never names).
 */
export const TEAM_AND_GROUP_COMMANDS = PERSONAL_COMMANDS.filter((command) => command.title === 'help');

/** The Teams app manifest for one deployment: ids and addresses come from the settings, the rest is fixed. */
export function buildTeamsManifest(settings: TeamsPackageSettings, appVersion: string): TeamsManifest {
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: appVersion,
    id: settings.teamsAppId,
    localizationInfo: { defaultLanguageTag: 'en-gb' },
    developer: {
      name: settings.developerName,
      websiteUrl: settings.websiteUrl,
      privacyUrl: settings.privacyUrl,
      termsOfUseUrl: settings.termsOfUseUrl,
    },
    name: { short: 'Safeguarding assistant', full: 'Safeguarding assistant: thresholds, LADO and serious incidents' },
    description: {
      short: 'Thresholds, LADO referrals and serious incident notifications, step by step.',
      full:
        "Walks practitioners through whether a concern about a child meets the local board's threshold, through an " +
        'allegation against someone who works with children to a LADO referral, and managers through notifying a ' +
        'serious incident to the safeguarding board. Every rule and deadline names the guidance it comes from. The ' +
        'assistant advises; people decide. Alerts to board staff carry a reference and a due time, never case details.',
    },
    icons: { color: TEAMS_ICONS.colour.fileName, outline: TEAMS_ICONS.outline.fileName },
    accentColor: ACCENT_COLOUR,
    bots: [
      {
        botId: settings.botAppId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands: PERSONAL_COMMANDS.map((command) => ({ ...command })) },
          { scopes: ['team', 'groupChat'], commands: TEAM_AND_GROUP_COMMANDS.map((command) => ({ ...command })) },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    defaultInstallScope: 'personal',
    validDomains: settings.botDomain ? [settings.botDomain] : [],
  };
}
