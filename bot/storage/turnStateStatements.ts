import { randomUUID } from 'node:crypto';
import type { Queryable } from './database.ts';
import { ETagConflictError } from './sqlStateStorage.ts';

/** A state item as a turn read it: the document and the eTag it was stored with. */
export interface StoredStateItem {
  document: Record<string, unknown>;
  etag: string;
}

export interface TurnLoadRequest {
  /** The activity to claim ("<channelId>:<conversationId>:<activityId>"); none for turns the bot starts itself. */
  claim?: { activityKey: string; conversationId: string };
  /** The conversation and user state keys the turn will use. */
  stateKeys: readonly string[];
  /** Whose roles given in chat to read along, when the speaker's board is known. */
  chatGrantsOf?: { boardId: string; identity: string };
}

export interface LoadedTurn {
  /** True the first time the activity is claimed, false for a redelivery; undefined when nothing was claimed. */
  claimed: boolean | undefined;
  /** Every requested key: its stored item, or undefined when nothing is stored under it. */
  state: Map<string, StoredStateItem | undefined>;
  chatRoles: string[];
}

interface LoadRow {
  claimed: number;
  states: Array<{ key: string; document: Record<string, unknown>; etag: string }>;
  chat_roles: string[];
}

/**
 * Everything a turn reads, in one round trip: the claim on the activity (the primary key lets exactly one delivery
 * through), the conversation and user state, and the speaker's roles given in chat.
 */
export async function loadTurnState(db: Queryable, { claim, stateKeys, chatGrantsOf }: TurnLoadRequest): Promise<LoadedTurn> {
  const { rows } = await db.query<LoadRow>(
    `WITH claim AS (
       INSERT INTO processed_activities (activity_key, conversation_id) SELECT $1::text, $2::text WHERE $1::text IS NOT NULL
       ON CONFLICT (activity_key) DO NOTHING RETURNING 1)
     SELECT (SELECT count(*) FROM claim)::int AS claimed,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('key', key, 'document', document, 'etag', etag)), '[]'::jsonb)
          FROM bot_state WHERE key = ANY($3::text[])) AS states,
       (SELECT coalesce(jsonb_agg(role), '[]'::jsonb) FROM role_grants WHERE board_id = $4::text AND identity = $5::text) AS chat_roles`,
    [claim?.activityKey ?? null, claim?.conversationId ?? null, stateKeys, chatGrantsOf?.boardId ?? null, chatGrantsOf?.identity ?? null],
  );
  const { claimed, states, chat_roles } = rows[0]!;
  const found = new Map(states.map(({ key, document, etag }) => [key, { document, etag }]));
  return {
    claimed: claim ? claimed === 1 : undefined,
    state: new Map(stateKeys.map((key) => [key, found.get(key)])),
    chatRoles: chat_roles,
  };
}

/** A state item the turn changed (as JSON), with the eTag it was read with ('' when it was not stored then). */
export interface StateChange {
  key: string;
  json: string;
  readETag: string;
}

/** The one-to-one chat a person last spoke to the bot in (bot/drafts/userConversations.ts), by normalised identity. */
export interface UserConversation {
  identity: string;
  reference: unknown;
  at: Date;
}

export interface TurnSave {
  changes: readonly StateChange[];
  /** The answer an invoke got, kept with its claim so a redelivery gets the same answer. */
  invokeAnswer?: { activityKey: string; response: unknown };
  userConversation?: UserConversation;
}

/** The SQLSTATE bot_state_changed_since_read() raises (migration 0010). */
const CHANGED_SINCE_READ = 'SB409';

/**
 * Everything a turn writes, in one round trip and all or nothing: each changed state item, saved only if nobody saved
 * it since the turn read it (else ETagConflictError and nothing is saved), an invoke's answer, and the speaker's
 * one-to-one chat.
 */
export async function saveTurnState(db: Queryable, { changes, invokeAnswer, userConversation }: TurnSave): Promise<void> {
  if (changes.length === 0 && !invokeAnswer && !userConversation) return;
  // The documents are JSON already: spliced in rather than parsed and encoded again.
  const items = `[${changes.map(({ key, json, readETag }) => `{"key":${JSON.stringify(key)},"read_etag":${JSON.stringify(readETag)},"etag":"${randomUUID()}","document":${json}}`).join(',')}]`;
  try {
    await db.query(
      `WITH item AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS item(key text, document jsonb, read_etag text, etag text)),
       saved AS (
         INSERT INTO bot_state AS stored (key, document, etag, updated_at) SELECT key, document, etag, now() FROM item
         ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at
         WHERE stored.etag = (SELECT read_etag FROM item WHERE item.key = stored.key)
         RETURNING 1),
       answered AS (UPDATE processed_activities SET invoke_response = $3::jsonb WHERE activity_key = $2::text RETURNING 1),
       remembered AS (
         INSERT INTO user_conversations (identity, conversation, updated_at) SELECT $5::text, $6::jsonb, $7::timestamptz WHERE $5::text IS NOT NULL
         ON CONFLICT (identity) DO UPDATE SET conversation = excluded.conversation, updated_at = excluded.updated_at RETURNING 1)
       SELECT CASE WHEN (SELECT count(*) FROM saved) = $4::int THEN (SELECT count(*) FROM answered) ELSE bot_state_changed_since_read() END AS answered`,
      [
        items,
        invokeAnswer?.activityKey ?? null,
        invokeAnswer ? JSON.stringify(invokeAnswer.response) : null,
        changes.length,
        userConversation?.identity ?? null,
        userConversation ? JSON.stringify(userConversation.reference) : null,
        userConversation?.at ?? null,
      ],
    );
  } catch (error) {
    if ((error as { code?: unknown }).code === CHANGED_SINCE_READ) throw new ETagConflictError();
    throw error;
  }
}
