-- Alerts to board staff: the conversations board admins registered for each alert route, the board's working state
-- of each record it handles (the built-in board inbox), and the alert cards posted or still waiting for a conversation.

-- A conversation registered in chat by a board admin to receive a route's alerts. One conversation per route
-- (registering another one replaces it); one conversation may take several routes.
CREATE TABLE alert_channels (
  board_id text NOT NULL,
  route text NOT NULL,
  -- "<channel id>:<conversation id>", to answer "which alerts come here" in that conversation.
  conversation_key text NOT NULL,
  -- The Bot Framework conversation reference that proactive messages use.
  conversation jsonb NOT NULL,
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL,
  PRIMARY KEY (board_id, route)
);

CREATE INDEX alert_channels_conversation_idx ON alert_channels (conversation_key);

-- A record the board works: how far it has got and who has it. Reference and type are read from records.
CREATE TABLE board_items (
  record_id uuid PRIMARY KEY REFERENCES records (id),
  board_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('open', 'acknowledged', 'assigned', 'done')),
  -- The earliest end of the record's clocks, shown on its card and in the open-items list.
  due_by timestamptz,
  acknowledged_by text,
  acknowledged_at timestamptz,
  -- A member of board staff (never a person the record is about): identity, and the name their chat client gave.
  assignee_identity text,
  assignee_name text,
  done_at timestamptz,
  updated_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE INDEX board_items_open_idx ON board_items (board_id, due_by) WHERE state <> 'done';

-- An alert card: posted to a conversation (activity_id set, so it can be updated in place), or pending until a
-- conversation is registered for its route or for the board's operations route. Cards carry no case detail.
CREATE TABLE alert_cards (
  id uuid PRIMARY KEY,
  board_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('record', 'operations')),
  -- One card per record; an operations alert once per board, reference and reason.
  dedupe_key text NOT NULL UNIQUE,
  record_id uuid REFERENCES records (id),
  reference text NOT NULL,
  route text NOT NULL,
  -- The board's operations route, tried when the card's own route has no conversation (null on operations alerts).
  fallback_route text,
  -- Operations alerts only: why board operations must act, free of case detail.
  reason text,
  -- Where it was posted: its own route, or the operations route when its own had no conversation.
  posted_route text,
  conversation jsonb,
  activity_id text,
  posted_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until timestamptz,
  locked_by text,
  created_at timestamptz NOT NULL,
  CHECK ((kind = 'record') = (record_id IS NOT NULL))
);

CREATE INDEX alert_cards_unposted_idx ON alert_cards (board_id, next_attempt_at) WHERE posted_at IS NULL;
CREATE INDEX alert_cards_record_idx ON alert_cards (record_id);
