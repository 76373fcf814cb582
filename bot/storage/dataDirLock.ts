import { readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { LogSink } from '../logging/logger.ts';

export const LOCK_FILE_NAME = 'safeguarding-bot.lock';
/** The owner touches the lock this often, so a process on another host can tell a live owner from a dead one. */
const HEARTBEAT_MS = 10_000;
/** A lock from another host not touched for this long belongs to a process that is gone. */
const STALE_AFTER_MS = 60_000;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataDirLock {
  release(): void;
}

/** Another process holds the folder: start-up stops with this message. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, owner: LockOwner | undefined, lockFile: string) {
    const holder = owner ? `process ${owner.pid} on ${owner.host} (since ${owner.since})` : 'another process';
    super(
      `The embedded store in ${dataDir} is in use by ${holder}. Only one process may use a DATA_DIR at a time: stop the ` +
        `other one, or set DATABASE_URL (PostgreSQL) to run more than one. If that process is surely gone, delete ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Folders this process holds; a second open in the same process is refused like one from another process. */
const heldHere = new Set<string>();

function readOwner(lockFile: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: String(owner.since) } : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Gone: on this host, no process has the pid (or it is this process's own pid, which a restarted container reuses,
 * while this process does not hold the lock); on another host, the owner stopped touching the file.
 */
function ownerIsGone(owner: LockOwner | undefined, lockFile: string): boolean {
  if (owner?.host === hostname()) return owner.pid === process.pid || !isRunning(owner.pid);
  const touchedAt = statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return Date.now() - touchedAt > STALE_AFTER_MS;
}

/**
 * Takes the embedded store's folder for this process: a lock file naming the owner's pid and host, created
 * exclusively, touched while held, removed on release or exit. A lock left by a process that is gone is taken over.
 */
export function lockDataDir(dataDir: string, logger?: LogSink): DataDirLock {
  const lockFile = join(resolve(dataDir), LOCK_FILE_NAME);
  if (heldHere.has(lockFile)) throw new DataDirLockedError(dataDir, { pid: process.pid, host: hostname(), since: 'earlier' }, lockFile);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      writeFileSync(lockFile, `${JSON.stringify(me)}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (attempt > 0 || !ownerIsGone(owner, lockFile)) throw new DataDirLockedError(dataDir, owner, lockFile);
      logger?.warn({ dataDir, previousPid: owner?.pid, previousHost: owner?.host }, 'DATA_DIR lock of a stopped process taken over');
      unlinkSync(lockFile);
    }
  }
  heldHere.add(lockFile);

  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(lockFile, now, now);
    } catch {
      // Removed under us: release() and the next start will tell.
    }
  }, HEARTBEAT_MS).unref();
  const release = () => {
    clearInterval(heartbeat);
    process.off('exit', release);
    if (!heldHere.delete(lockFile)) return;
    if (readOwner(lockFile)?.pid === me.pid) unlinkSync(lockFile);
  };
  process.on('exit', release);
  return { release };
}
