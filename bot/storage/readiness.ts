import type { Database } from './database.ts';
import { migrationStatus } from './migrator.ts';

export interface StorageReadiness {
  ok: boolean;
  detail: string;
}

/** Ready means: the store answers, and every migration this build ships has been applied. */
export async function checkStorageReady(db: Database): Promise<StorageReadiness> {
  try {
    await db.query('SELECT 1');
    const status = await migrationStatus(db);
    if (status.pending.length > 0) {
      return { ok: false, detail: `${db.engine}: migrations pending: ${status.pending.join(', ')}` };
    }
    return { ok: true, detail: `${db.engine}: ${status.applied} migrations applied` };
  } catch {
    return { ok: false, detail: `${db.engine}: storage unreachable` };
  }
}
