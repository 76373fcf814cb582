import type { RequestHandler, Server } from 'restify';
import type { TimeSource } from '../../dialogs/ports.ts';
import type { Database } from '../storage/database.ts';
import { operationalStatus } from './operationalStatus.ts';
import { systemTime } from '../systemTime.ts';

/**
 * GET /metrics: the background jobs' counts as JSON, for monitoring. Counts only, never record detail;
 * `access` decides who may read them.
 */
export function registerStatusRoute(server: Server, db: Database, access: RequestHandler, clock: TimeSource = systemTime): void {
  server.get('/metrics', access, async (_req, res) => {
    try {
      res.send(200, await operationalStatus(db, clock.now()));
    } catch {
      res.send(503, { error: 'status_unavailable', message: 'The store did not answer.' });
    }
  });
}
