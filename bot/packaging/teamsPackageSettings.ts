import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Each variable `npm run package:teams` reads, with an example shown when the value is wrong or missing. */
const examples: Record<string, string> = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_DOMAIN: 'safeguarding-bot.example.org',
  TEAMS_DEVELOPER_NAME: 'Anytown Safeguarding Partnership',
  TEAMS_WEBSITE_URL: 'https://www.example.org/safeguarding',
  TEAMS_PRIVACY_URL: 'https://www.example.org/safeguarding/privacy',
  TEAMS_TERMS_URL: 'https://www.example.org/safeguarding/terms',
};

export const TEAMS_PACKAGE_VARIABLES = Object.keys(examples);

const GUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (meaningWhenMissing?: string) => z.string({ error: (issue) => (issue.input === undefined && meaningWhenMissing ? `is required (${meaningWhenMissing})` : undefined) }).trim();
const guid = (meaningWhenMissing?: string) => text(meaningWhenMissing).regex(GUID, 'must be a GUID');
const httpsUrl = (meaningWhenMissing?: string) => text(meaningWhenMissing).regex(/^https:\/\/\S+$/i, 'must be an https:// address');
const blankIsMissing = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(emptyAsUndefined, schema);

const settingsSchema = z.object({
  MicrosoftAppId: blankIsMissing(guid('the app id of the Azure Bot registration')),
  TEAMS_APP_ID: blankIsMissing(guid().optional()),
  BOT_DOMAIN: blankIsMissing(text().regex(HOST_NAME, 'must be a host name only, without https:// or a path').optional()),
  TEAMS_DEVELOPER_NAME: blankIsMissing(text().max(32, 'must be 32 characters or fewer').default('Safeguarding partnership')),
  TEAMS_WEBSITE_URL: blankIsMissing(httpsUrl("the board's web page about the assistant")),
  TEAMS_PRIVACY_URL: blankIsMissing(httpsUrl("the board's privacy notice for the assistant")),
  TEAMS_TERMS_URL: blankIsMissing(httpsUrl().optional()),
});

export interface TeamsPackageSettings {
  /** The Azure Bot registration's app id; the bot's id in the manifest. */
  botAppId: string;
  /** The Teams app's own id: stable across rebuilds so an upload replaces the previous version. */
  teamsAppId: string;
  /** The host the bot is served from, listed in validDomains; undefined lists none. */
  botDomain: string | undefined;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

export class TeamsPackageError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The Teams app package cannot be built: ${problems.length} problem(s):\n${problems.map((line) => `  - ${line}`).join('\n')}\nSee docs/operations.md, "Teams app package".`);
    this.name = 'TeamsPackageError';
    this.problems = problems;
  }
}

/**
 * A name-based (version 5 style) GUID from the bot's app id, so the same registration always yields the same
 * Teams app id without anyone having to store one.
 */
export function deriveTeamsAppId(botAppId: string): string {
  const hex = createHash('sha1').update(`safeguarding-assistant/teams-app/${botAppId.toLowerCase()}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** Reads the packaging variables. Throws TeamsPackageError listing every problem at once. */
export function readTeamsPackageSettings(source: Record<string, string | undefined>): TeamsPackageSettings {
  const parsed = settingsSchema.safeParse(source);
  if (!parsed.success) {
    throw new TeamsPackageError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name}: ${issue.message} (example: ${name}=${examples[name] ?? ''})`;
      }),
    );
  }
  const values = parsed.data;
  const botAppId = values.MicrosoftAppId.toLowerCase();
  return {
    botAppId,
    teamsAppId: values.TEAMS_APP_ID?.toLowerCase() ?? deriveTeamsAppId(botAppId),
    botDomain: values.BOT_DOMAIN?.toLowerCase(),
    developerName: values.TEAMS_DEVELOPER_NAME,
    websiteUrl: values.TEAMS_WEBSITE_URL,
    privacyUrl: values.TEAMS_PRIVACY_URL,
    termsOfUseUrl: values.TEAMS_TERMS_URL ?? values.TEAMS_WEBSITE_URL,
  };
}
