import { AsyncLocalStorage } from 'node:async_hooks';
import type { StoreItem } from 'botbuilder';
import type { LoadedTurn, StateChange, StoredStateItem } from './turnStateStatements.ts';

/**
 * What one turn loaded up front, and the state it changed, held until the turn saves it in one statement. Reads and
 * writes of the turn's own state keys stay here; every other key goes to the store as before. Once the turn is over
 * the scope is closed, so work that outlives the turn (a worker nudged from it) reads and writes the store itself.
 */
export class TurnStateScope {
  readonly #loaded: Map<string, StoredStateItem | undefined>;
  /** Each changed item as JSON, taken when it was written: botbuilder goes on changing the object it wrote. */
  readonly #changed = new Map<string, string>();
  #chatRoles: { boardId: string; identity: string; roles: string[] } | undefined;
  #open = true;

  constructor(loaded: LoadedTurn, chatGrantsOf: { boardId: string; identity: string } | undefined) {
    this.#loaded = loaded.state;
    if (chatGrantsOf) this.#chatRoles = { ...chatGrantsOf, roles: loaded.chatRoles };
  }

  /** True for the turn's own state keys while the turn runs. */
  holds(key: string): boolean {
    return this.#open && this.#loaded.has(key);
  }

  /** The item as the turn last left it (a copy: callers change what they read); undefined when nothing is stored. */
  read(key: string): StoreItem | undefined {
    const loaded = this.#loaded.get(key);
    const changed = this.#changed.get(key);
    if (changed !== undefined) return { ...(JSON.parse(changed) as StoreItem), ...(loaded && { eTag: loaded.etag }) };
    return loaded && { ...structuredClone(loaded.document), eTag: loaded.etag };
  }

  /** Keeps a change to one of the turn's keys for the save at the end of the turn. */
  change(key: string, item: StoreItem): void {
    // JSON keeps of class instances in the state (dialog stacks, Dates) what the store would keep of them.
    this.#changed.set(key, JSON.stringify({ ...item, eTag: undefined }));
  }

  /** The item was deleted in the store: nothing of it is left to read or save. */
  forget(key: string): void {
    if (!this.holds(key)) return;
    this.#changed.delete(key);
    this.#loaded.set(key, undefined);
  }

  /**
   * The speaker's roles given in chat, read with the turn's state, once: a later question in the same turn (after an
   * admin changed a grant, say) goes to the store.
   */
  takeChatRoles(boardId: string, identity: string): string[] | undefined {
    const held = this.#chatRoles;
    if (!this.#open || held?.boardId !== boardId || held.identity !== identity) return undefined;
    this.#chatRoles = undefined;
    return held.roles;
  }

  /** Ends the turn: what it changed, each with the eTag it was read with. */
  close(): StateChange[] {
    this.#open = false;
    return [...this.#changed].map(([key, json]) => ({ key, json, readETag: this.#loaded.get(key)?.etag ?? '' }));
  }
}

const scopes = new AsyncLocalStorage<TurnStateScope>();

/** Runs a turn with its scope: the turn's state reads and writes, and what comes from them, find it. */
export function runInTurnScope<T>(scope: TurnStateScope, turn: () => Promise<T>): Promise<T> {
  return scopes.run(scope, turn);
}

/** The scope of the turn running now, if any. */
export function currentTurnScope(): TurnStateScope | undefined {
  return scopes.getStore();
}
