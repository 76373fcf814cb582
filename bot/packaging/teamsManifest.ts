import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { ACCENT_COLOUR, TEAMS_ICONS } from './teamsIcons.ts';
import type { TeamsPackageSettings } from './teamsPackageSettings.ts';

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/** The newest manifest schema that @microsoft/app-manifest ships; the test validates against that very file. */
export const TEAMS_MANIFEST_VERSION = '1.30';

const IN_PRIVATE = ' (in a channel or group chat, I message you privately)';

/** What a user can type to the bot in a personal chat; Teams offers these as suggestions. */
export const PERSONAL_COMMANDS = [
  { title: 'threshold', description: "Check a concern about a child against your board's threshold document, and what to do next" },
  { title: 'lado', description: 'An allegation against someone who works with children: refer to or consult the LADO' },
  { title: 'serious incident', description: 'Notify the safeguarding board of a serious incident' },
  { title: 'my open items', description: 'Board staff: the board items your role can see' },
  { title: 'menu', description: 'What I can do, as buttons' },
  { title: 'cancel', description: 'Stop what we are doing (nothing is submitted)' },
  { title: 'help', description: 'What the assistant can do, and who to contact' },
] as const;

/**
 * Channels and group chats (with an @mention): the same words work there, but a flow, whose forms carry case
 * details, continues in a private chat with the person; and a channel can say which alerts come to it.
 */
export const TEAM_AND_GROUP_COMMANDS = [
  ...PERSONAL_COMMANDS.map((command) => (['threshold', 'lado', 'serious incident'].includes(command.title) ? { ...command, description: `${command.description}${IN_PRIVATE}` } : command)),
  { title: 'which alerts come here', description: 'The board alerts routed to this channel or chat' },
];

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
