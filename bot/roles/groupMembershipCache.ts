import type { TimeSource } from '../../dialogs/ports.ts';
import type { EntraGroup } from '../../knowledge/boards/boardConfig.ts';
import { PollingLoop } from '../jobs/pollingLoop.ts';
import type { Worker } from '../jobs/worker.ts';
import { errorTypeOf } from '../logging/errorType.ts';
import type { LogSink } from '../logging/logger.ts';
import type { GroupMemberReader } from './graphGroupMembers.ts';

/** A group's members as far as they can be told: read lately, kept from before while Graph is unreachable, or unknown. */
export type Membership = { kind: 'known'; members: ReadonlySet<string>; lastKnown: boolean } | { kind: 'unknown' };

export interface MembershipSettings {
  /** Membership read this long ago is read again before it is used (and refreshed in the background before then). */
  lifetimeMs: number;
  /** While Graph cannot be reached, membership read at most this long ago is still used; after it, none is. */
  lastKnownMaxMs: number;
}

interface Entry {
  members: ReadonlySet<string>;
  readAt: number;
}

const keyOf = (group: EntraGroup) => `${group.tenantId}/${group.groupId}`;

/** Group membership read through Graph, kept per group for a short lifetime and refreshed in the background. */
export class GroupMembershipCache {
  readonly #read: GroupMemberReader;
  readonly #settings: MembershipSettings;
  readonly #clock: TimeSource;
  readonly #logger: Pick<LogSink, 'warn'>;
  readonly #entries = new Map<string, Entry>();
  readonly #reading = new Map<string, Promise<Entry>>();

  constructor(read: GroupMemberReader, settings: MembershipSettings, clock: TimeSource, logger: Pick<LogSink, 'warn'>) {
    this.#read = read;
    this.#settings = settings;
    this.#clock = clock;
    this.#logger = logger;
  }

  async membersOf(group: EntraGroup): Promise<Membership> {
    const entry = this.#entries.get(keyOf(group));
    const now = this.#clock.now().getTime();
    if (entry && now - entry.readAt < this.#settings.lifetimeMs) return { kind: 'known', members: entry.members, lastKnown: false };
    try {
      return { kind: 'known', members: (await this.#readNow(group)).members, lastKnown: false };
    } catch (error) {
      this.#logger.warn({ groupId: group.groupId, errorType: errorTypeOf(error) }, 'Entra group membership could not be read');
      if (entry && now - entry.readAt < this.#settings.lastKnownMaxMs) return { kind: 'known', members: entry.members, lastKnown: true };
      return { kind: 'unknown' };
    }
  }

  /**
   * The worker reading every group again before its membership expires, so turns rarely wait for Graph. A failed
   * read is logged by the turn that needs the group, not here.
   */
  refresher(groups: readonly EntraGroup[]): Worker {
    const refreshAll = async () => {
      await Promise.allSettled(groups.map((group) => this.#readNow(group)));
      return { more: false };
    };
    return new PollingLoop(refreshAll, Math.max(1000, Math.floor(this.#settings.lifetimeMs * 0.8)), () => undefined);
  }

  /** One read at a time per group; a failed read leaves the last known membership in place. */
  #readNow(group: EntraGroup): Promise<Entry> {
    const key = keyOf(group);
    const reading = this.#reading.get(key);
    if (reading) return reading;
    const started = this.#clock.now().getTime();
    const next = this.#read(group)
      .then((members) => {
        const entry = { members, readAt: started };
        this.#entries.set(key, entry);
        return entry;
      })
      .finally(() => this.#reading.delete(key));
    this.#reading.set(key, next);
    return next;
  }
}
