import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { PNG } from 'pngjs';
import { buildTeamsManifest } from './teamsManifest.ts';
import { TEAMS_ICONS } from './teamsIcons.ts';
import { TeamsPackageError, type TeamsPackageSettings } from './teamsPackageSettings.ts';

/** deploy/teams/: the committed icons, and build/ where the zip is written. */
export const TEAMS_DEPLOY_DIR = resolve(import.meta.dirname, '../../deploy/teams');
export const DEFAULT_PACKAGE_PATH = join(TEAMS_DEPLOY_DIR, 'build', 'safeguarding-assistant.zip');

/** A fixed entry time, so the same inputs always give the same zip, byte for byte. */
const ENTRY_TIME = new Date('2025-01-01T00:00:00Z');

export interface TeamsAppPackageInputs {
  settings: TeamsPackageSettings;
  appVersion: string;
  /** Where color.png and outline.png are; a board may replace them with its own of the same sizes. */
  iconsDir?: string;
}

async function readIcon(iconsDir: string, fileName: string, size: number): Promise<Uint8Array> {
  const path = join(iconsDir, fileName);
  const bytes = await readFile(path).catch(() => {
    throw new TeamsPackageError([`${fileName}: not found in ${iconsDir}`]);
  });
  let image: PNG;
  try {
    image = PNG.sync.read(bytes);
  } catch {
    throw new TeamsPackageError([`${fileName}: is not a PNG image`]);
  }
  if (image.width !== size || image.height !== size) {
    throw new TeamsPackageError([`${fileName}: must be ${size}×${size} pixels, is ${image.width}×${image.height}`]);
  }
  return bytes;
}

/** The app package Teams accepts for upload: manifest.json and the two icons at the zip's root. */
export async function buildTeamsAppPackage({ settings, appVersion, iconsDir = TEAMS_DEPLOY_DIR }: TeamsAppPackageInputs): Promise<Uint8Array> {
  const manifest = buildTeamsManifest(settings, appVersion);
  const entries = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    [TEAMS_ICONS.colour.fileName]: await readIcon(iconsDir, TEAMS_ICONS.colour.fileName, TEAMS_ICONS.colour.size),
    [TEAMS_ICONS.outline.fileName]: await readIcon(iconsDir, TEAMS_ICONS.outline.fileName, TEAMS_ICONS.outline.size),
  };
  return zipSync(entries, { mtime: ENTRY_TIME, level: 9 });
}
