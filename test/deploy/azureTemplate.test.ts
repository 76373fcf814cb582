import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES } from '../../bot/config/environment.ts';

// No Bicep compiler can be installed here (neither npm nor Debian carries one), so these tests read the template's
// structure; deploy/azure/README.md says how to compile it with `az bicep build`.

const azureDir = join(import.meta.dirname, '../../deploy/azure');
const templatePath = join(azureDir, 'main.bicep');
const template = readFileSync(templatePath, 'utf8');

interface Declaration {
  kind: string;
  name: string;
  /** The resource type (with API version) of a resource or module path; the type of a param or output. */
  target: string;
  /** A param's default value, when it has one. */
  defaultValue: string | undefined;
  decorators: string[];
  body: string;
}

const DECLARATION = /^(param|var|resource|module|output|targetScope)\b/;

/** Top-level declarations with the decorators above them; comments dropped. */
function declarations(text: string): Declaration[] {
  const chunks: string[] = [];
  for (const line of text.replace(/^\s*\/\/.*$/gm, '').split('\n')) {
    if (DECLARATION.test(line) || line.startsWith('@')) chunks.push(line);
    else if (chunks.length > 0) chunks[chunks.length - 1] += `\n${line}`;
  }
  const found: Declaration[] = [];
  let decorators: string[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('@')) {
      decorators.push(chunk.trim());
      continue;
    }
    const [, kind = '', name = '', target = '', defaultValue] = /^(\w+)\s+(\S+)\s+(\S+)(?:\s*=\s*([^\n{[]+))?/.exec(chunk) ?? [];
    found.push({ kind, name, target: target.replace(/^'|'$/g, ''), defaultValue: defaultValue?.trim(), decorators, body: chunk });
    decorators = [];
  }
  return found;
}

const all = declarations(template);
const params = all.filter((declaration) => declaration.kind === 'param');
const resources = all.filter((declaration) => declaration.kind === 'resource');
const resourcesOfType = (type: string) => resources.filter((resource) => resource.target.split('@')[0] === type);
const isSecure = (param: Declaration) => param.decorators.some((decorator) => decorator.startsWith('@secure()'));

/** `{ name: 'X', value: ... }` entries of the web app's settings. */
const appSettings = new Map([...template.matchAll(/\{ name: '([^']+)', value: (.+?) \}/g)].map(([, name = '', value = '']) => [name, value]));

describe('Azure template (deploy/azure/main.bicep)', () => {
  it('is balanced in its braces, brackets and parentheses', () => {
    const withoutStrings = template.replace(/'(?:[^'\\\n]|\\.)*'/g, "''").replace(/\/\/.*$/gm, '');
    for (const [open, close] of [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ] as const) {
      expect(withoutStrings.split(open).length, `${open}${close}`).toBe(withoutStrings.split(close).length);
    }
  });

  it('declares the bot registration, app service, database and vault, each with a pinned API version', () => {
    for (const type of [
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.ContainerRegistry/registries',
    ]) {
      expect(resourcesOfType(type), type).not.toHaveLength(0);
    }
    for (const resource of resources) expect(resource.target, resource.name).toMatch(/^[\w.]+\/[\w/]+@\d{4}-\d{2}-\d{2}$/);
  });

  it('registers a single-tenant Azure Bot whose endpoint is the web app, with the Teams channel on', () => {
    const [bot] = resourcesOfType('Microsoft.BotService/botServices');
    expect(bot?.body).toMatch(/kind: 'azurebot'/);
    expect(bot?.body).toMatch(/msaAppType: 'SingleTenant'/);
    expect(bot?.body).toMatch(/msaAppTenantId: tenant\(\)\.tenantId/);
    expect(bot?.body).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(resourcesOfType('Microsoft.BotService/botServices/channels')[0]?.body).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('runs the app on a Linux App Service plan from the project image, checked on /readyz', () => {
    expect(resourcesOfType('Microsoft.Web/serverfarms')[0]?.body).toMatch(/reserved: true/);
    const [webApp] = resourcesOfType('Microsoft.Web/sites');
    expect(webApp?.body).toMatch(/linuxFxVersion: 'DOCKER\|\$\{registry\.properties\.loginServer\}\/\$\{imageName\}:\$\{imageTag\}'/);
    expect(webApp?.body).toMatch(/httpsOnly: true/);
    expect(webApp?.body).toMatch(/healthCheckPath: '\/readyz'/);
  });

  it('keeps data in the UK: UK South by default, UK regions only', () => {
    const location = params.find((param) => param.name === 'location');
    expect(location?.defaultValue).toBe("'uksouth'");
    const allowed = location?.decorators.find((decorator) => decorator.startsWith('@allowed'));
    expect(allowed?.match(/'[a-z]+'/g)).toEqual(["'uksouth'", "'ukwest'"]);
    for (const resource of resources.filter((declaration) => /location: /.test(declaration.body))) {
      expect(resource.body, resource.name).toMatch(/location: (location|'global')\n/);
    }
  });

  it('has no default for any secret: every password or secret parameter is @secure() and must be given', () => {
    const secretLike = params.filter((param) => /password|secret/i.test(param.name));
    expect(secretLike.map((param) => param.name).sort()).toEqual(['microsoftAppPassword', 'postgresAdministratorPassword']);
    for (const param of params.filter((candidate) => secretLike.includes(candidate) || isSecure(candidate))) {
      expect(isSecure(param), param.name).toBe(true);
      expect(param.defaultValue, param.name).toBeUndefined();
    }
    const outputs = all.filter((declaration) => declaration.kind === 'output').map((output) => output.body);
    for (const param of params.filter(isSecure)) expect(outputs.join('\n')).not.toContain(param.name);
  });

  it('wires app settings only to variables the server reads (or App Service reads), with secrets as Key Vault references', () => {
    const serverVariables = [...appSettings.keys()].filter((name) => !name.startsWith('WEBSITES_'));
    expect(serverVariables.filter((name) => !ENVIRONMENT_VARIABLES.includes(name))).toEqual([]);
    expect(serverVariables).toEqual(expect.arrayContaining(['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'DATABASE_URL']));
    expect(appSettings.get('MicrosoftAppType')).toBe("'SingleTenant'");
    for (const secret of ['MicrosoftAppPassword', 'DATABASE_URL']) {
      expect(appSettings.get(secret), secret).toMatch(/^'@Microsoft\.KeyVault\(\$\{keyVaultReference\}=\$\{\w+\.name\}\)'$/);
    }
    expect(template).toMatch(/var keyVaultReference = 'VaultName=\$\{keyVault\.name\};SecretName'/);
  });

  it('lets the web app read the vault and pull its image by managed identity, with no registry password', () => {
    const roleScopes = resourcesOfType('Microsoft.Authorization/roleAssignments').map((assignment) => /scope: (\w+)/.exec(assignment.body)?.[1]);
    expect(roleScopes.sort()).toEqual(['keyVault', 'registry']);
    expect(resourcesOfType('Microsoft.Web/sites')[0]?.body).toMatch(/acrUseManagedIdentityCreds: true/);
    expect(resourcesOfType('Microsoft.ContainerRegistry/registries')[0]?.body).toMatch(/adminUserEnabled: false/);
    expect([...appSettings.keys()].filter((name) => name.startsWith('DOCKER_REGISTRY'))).toEqual([]);
  });

  it('refers only to module files that exist', () => {
    const modules = all.filter((declaration) => declaration.kind === 'module');
    expect(modules).not.toHaveLength(0);
    for (const module of modules) expect(existsSync(join(dirname(templatePath), module.target)), module.target).toBe(true);
  });
});
