import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_PACKAGE_PATH, buildTeamsAppPackage } from './teamsAppPackage.ts';
import { TeamsPackageError, readTeamsPackageSettings } from './teamsPackageSettings.ts';

/**
 * `npm run package:teams [-- output.zip]`: writes the Teams app package from the environment (and .env when present).
 * The app's version is package.json's, so each release uploads as an update of the last.
 */
async function packageTeamsApp(): Promise<void> {
  const outputPath = resolve(process.argv[2] ?? DEFAULT_PACKAGE_PATH);
  const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const settings = readTeamsPackageSettings(process.env);
  const zip = await buildTeamsAppPackage({ settings, appVersion: packageJson.version });
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, zip);
  process.stdout.write(
    `Teams app package written: ${outputPath}\n` +
      `  Teams app id ${settings.teamsAppId}, bot id ${settings.botAppId}, version ${packageJson.version}, ` +
      `valid domains: ${settings.botDomain ?? '(none)'}\n`,
  );
}

try {
  await packageTeamsApp();
} catch (error) {
  if (!(error instanceof TeamsPackageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
