import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { TEAMS_MANIFEST_VERSION, buildTeamsManifest } from '../../bot/packaging/teamsManifest.ts';
import { TeamsPackageError, readTeamsPackageSettings } from '../../bot/packaging/teamsPackageSettings.ts';

const schemasDir = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams');

/** The official schema, offline, from the files @microsoft/app-manifest carries (JSON Schema draft-04). */
function officialSchemaValidator() {
  const schema = JSON.parse(readFileSync(join(schemasDir, `v${TEAMS_MANIFEST_VERSION}`, 'MicrosoftTeams.schema.json'), 'utf8'));
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

const BOT_APP_ID = '8e2b1f4c-9d3a-4c5e-b6f7-0a1b2c3d4e5f';
const deploymentEnvironment = {
  MicrosoftAppId: BOT_APP_ID,
  BOT_DOMAIN: 'safeguarding-bot.example.org',
  TEAMS_WEBSITE_URL: 'https://www.example.org/safeguarding',
  TEAMS_PRIVACY_URL: 'https://www.example.org/safeguarding/privacy',
};

function problemsOf(source: Record<string, string>): string[] {
  try {
    readTeamsPackageSettings(source);
  } catch (error) {
    if (error instanceof TeamsPackageError) return error.problems;
    throw error;
  }
  return [];
}

describe('Teams app manifest', () => {
  const validate = officialSchemaValidator();
  const manifest = buildTeamsManifest(readTeamsPackageSettings(deploymentEnvironment), '0.1.0');

  it('validates against the official Teams manifest schema', () => {
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('uses the newest manifest schema version the official package ships', () => {
    const numbered = readdirSync(schemasDir)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1));
    const newest = numbered.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
    expect(manifest.manifestVersion).toBe(newest);
  });

  it('is rejected by the schema when an id is not a GUID, so the validation can fail', () => {
    expect(validate({ ...manifest, id: 'safeguarding-assistant' })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/id');
  });

  it('is a conversational bot in personal chats, teams and group chats, without files', () => {
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_APP_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false, isNotificationOnly: false })]);
  });

  it('offers the three flows and help in personal chats, and help in channels and group chats', () => {
    const commandsFor = (scope: string) => manifest.bots?.[0]?.commandLists?.find((list) => (list.scopes as string[]).includes(scope))?.commands.map((command) => command.title);
    expect(commandsFor('personal')).toEqual(['threshold', 'lado', 'serious incident', 'my open items', 'menu', 'cancel', 'help']);
    expect(commandsFor('team')).toEqual(['threshold', 'lado', 'serious incident', 'my open items', 'menu', 'cancel', 'help', 'which alerts come here']);
    expect(commandsFor('groupChat')).toEqual(commandsFor('team'));
  });

  it("fills the bot's domain and the board's addresses from configuration", () => {
    expect(manifest.validDomains).toEqual(['safeguarding-bot.example.org']);
    expect(manifest.developer).toMatchObject({ privacyUrl: deploymentEnvironment.TEAMS_PRIVACY_URL, termsOfUseUrl: deploymentEnvironment.TEAMS_WEBSITE_URL });
    const withoutDomain = buildTeamsManifest(readTeamsPackageSettings({ ...deploymentEnvironment, BOT_DOMAIN: '' }), '0.1.0');
    expect(withoutDomain.validDomains).toEqual([]);
  });
});

describe('Teams package settings', () => {
  it('gives the same Teams app id for the same bot registration, different from the bot id', () => {
    const first = readTeamsPackageSettings(deploymentEnvironment).teamsAppId;
    const again = readTeamsPackageSettings({ ...deploymentEnvironment, MicrosoftAppId: BOT_APP_ID.toUpperCase() }).teamsAppId;
    const otherBot = readTeamsPackageSettings({ ...deploymentEnvironment, MicrosoftAppId: '00000000-0000-4000-8000-000000000001' }).teamsAppId;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(again).toBe(first);
    expect(otherBot).not.toBe(first);
    expect(first).not.toBe(BOT_APP_ID);
  });

  it('takes TEAMS_APP_ID when one is given', () => {
    const settings = readTeamsPackageSettings({ ...deploymentEnvironment, TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555' });
    expect(settings.teamsAppId).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('names every missing or malformed variable at once, with an example', () => {
    const problems = problemsOf({ BOT_DOMAIN: 'https://bot.example.org/api', TEAMS_WEBSITE_URL: 'http://www.example.org', TEAMS_APP_ID: 'my-app' });
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/MicrosoftAppId: is required .*example: MicrosoftAppId=/);
    expect(problems.join('\n')).toMatch(/TEAMS_APP_ID: must be a GUID/);
    expect(problems.join('\n')).toMatch(/BOT_DOMAIN: must be a host name only/);
    expect(problems.join('\n')).toMatch(/TEAMS_WEBSITE_URL: must be an https:\/\/ address/);
    expect(problems.join('\n')).toMatch(/TEAMS_PRIVACY_URL: is required/);
  });
});
