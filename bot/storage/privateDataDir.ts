import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogSink } from '../logging/logger.ts';

const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

/** Creates the embedded store's folder readable by this account only. */
export function createPrivateFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_FOLDER });
}

/** Sets one entry to owner-only; true when it was open to others. Symbolic links are left alone. */
function restrict(path: string): boolean {
  const entry = lstatSync(path);
  if (entry.isSymbolicLink()) return false;
  const wanted = entry.isDirectory() ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE;
  if ((entry.mode & 0o777) === wanted) return false;
  chmodSync(path, wanted);
  return (entry.mode & 0o077) !== 0;
}

/**
 * Makes the folder and everything in it owner-only (folders 0700, files 0600): a folder from an older version or
 * copied in with open permissions, and the files the embedded database unpacks with its own modes. Returns how many
 * entries were open to others.
 */
export function restrictToOwner(dataDir: string): number {
  let opened = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (restrict(path)) opened += 1;
      if (entry.isDirectory()) walk(path);
    }
  };
  if (restrict(dataDir)) opened += 1;
  walk(dataDir);
  return opened;
}

/**
 * At start, before the store opens: everything is made owner-only. Files the embedded database wrote inside the
 * owner-only folder with looser modes of its own were never reachable by others, so only a folder that was itself
 * open to other accounts is reported, as a warning.
 */
export function tightenExistingFolder(dataDir: string, logger?: LogSink): void {
  const folderWasOpen = (statSync(dataDir).mode & 0o077) !== 0;
  const opened = restrictToOwner(dataDir);
  if (folderWasOpen) logger?.warn({ dataDir, entriesTightened: opened }, 'DATA_DIR was readable by other accounts: tightened to owner only');
}
