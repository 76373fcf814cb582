import type { Queryable } from '../storage/database.ts';

/** Counts for monitoring; never a reference, name or any other detail of a record. */
export interface OperationalStatus {
  /** Timers not fired although their time passed more than the grace period ago: the scheduler is behind or stuck. */
  timersOverdue: number;
  /** Records waiting to be delivered to boards' systems (pending or being delivered). */
  deliveryBacklog: number;
  /** Records whose delivery stopped and wait for board operations. */
  deliveriesParked: number;
  /** Alert cards not yet in any conversation (no conversation registered for their route, or posting failing). */
  alertsUnposted: number;
}

/** A timer firing this long after its time is late but not yet a problem (one scheduler interval and a lease). */
export const DEFAULT_TIMER_GRACE_MS = 5 * 60_000;

export async function operationalStatus(db: Queryable, now: Date, graceMs: number = DEFAULT_TIMER_GRACE_MS): Promise<OperationalStatus> {
  const { rows } = await db.query<OperationalStatus>(
    `SELECT
       (SELECT count(*)::int FROM timers WHERE fired_at IS NULL AND fire_at < $1) AS "timersOverdue",
       (SELECT count(*)::int FROM outbox WHERE status IN ('pending', 'delivering')) AS "deliveryBacklog",
       (SELECT count(*)::int FROM outbox WHERE status = 'parked') AS "deliveriesParked",
       (SELECT count(*)::int FROM alert_cards WHERE posted_at IS NULL) AS "alertsUnposted"`,
    [new Date(now.getTime() - graceMs)],
  );
  const status = rows[0];
  if (!status) throw new Error('status query returned no row');
  return status;
}
