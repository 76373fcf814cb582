-- Submitted records and everything written with them in one transaction: the outbox row that delivers the record
-- to the board, the clocks it starts and their timers, the submitter's conversation, and the audit trail.

-- One row per submitted form. The payload is the zod-validated record; it is never logged.
CREATE TABLE records (
  id uuid PRIMARY KEY,
  board_id text NOT NULL,
  type text NOT NULL,
  -- Human reference, e.g. LADO-2026-000123: unique per board.
  reference text NOT NULL,
  -- A second confirm of the same form finds this row instead of writing another.
  form_instance_id text NOT NULL UNIQUE,
  -- The guidance edition and rule-pack version the record was created under: later pack changes never rewrite it.
  edition text NOT NULL,
  pack_version text NOT NULL,
  submitter_identity text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'submitted',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (board_id, reference)
);

CREATE INDEX records_board_type_created_idx ON records (board_id, type, created_at);

-- The last reference number handed out per board, record type and year.
CREATE TABLE reference_counters (
  board_id text NOT NULL,
  record_type text NOT NULL,
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (board_id, record_type, year)
);

-- Where to tell the submitter about the board's acknowledgement and reminders (a Bot Framework conversation reference).
CREATE TABLE submitter_conversations (
  record_id uuid PRIMARY KEY REFERENCES records (id),
  conversation jsonb NOT NULL
);

-- The clocks a record started, as computed at submission (W8: with the holiday data that produced them).
CREATE TABLE record_clocks (
  record_id uuid NOT NULL REFERENCES records (id),
  clock_id text NOT NULL,
  -- The order the submitter's receipt lists them in.
  position integer NOT NULL,
  edition text NOT NULL,
  rule_status text NOT NULL,
  starts_at timestamptz NOT NULL,
  -- Null when the clock has no value for the board (a U clock the board has not set): not_set_message says so.
  due_date date,
  due_by timestamptz,
  not_set_message text,
  -- Plain English, London time, as the receipt showed it.
  description text NOT NULL,
  holiday_data_version text,
  PRIMARY KEY (record_id, clock_id)
);

-- Delivery of each record to the board's system: its webhook, or the built-in board inbox.
CREATE TABLE outbox (
  record_id uuid PRIMARY KEY REFERENCES records (id),
  board_id text NOT NULL,
  destination text NOT NULL CHECK (destination IN ('webhook', 'boardInbox')),
  status text NOT NULL CHECK (status IN ('pending', 'delivering', 'delivered', 'parked')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  -- The lease of the worker delivering it; an expired lease (a crashed worker) lets another worker take the row.
  locked_until timestamptz,
  locked_by text,
  -- The last failure: HTTP status (null for network errors) and a short reason. Never the board's response text.
  last_error_status integer,
  last_error text,
  -- The board's own reference from its acknowledgement, when it sent one.
  board_reference text,
  delivered_at timestamptz,
  parked_at timestamptz,
  -- Set once board operations were told about a parked item, and once the submitter was told of delivery:
  -- a crash between the status change and the message leaves these null, and the worker sends them again.
  operations_alerted_at timestamptz,
  submitter_notified_at timestamptz,
  -- Failed tries at those two messages; telling the submitter stops after a few, alerting operations never does.
  follow_up_attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('pending', 'delivering');
CREATE INDEX outbox_follow_up_idx ON outbox (status) WHERE (status = 'parked' AND operations_alerted_at IS NULL)
  OR (status = 'delivered' AND submitter_notified_at IS NULL);

-- Reminders and escalations of a record's clocks. The submission service writes them; the scheduler fires them.
CREATE TABLE timers (
  id uuid PRIMARY KEY,
  record_id uuid NOT NULL REFERENCES records (id),
  board_id text NOT NULL,
  clock_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reminder', 'due', 'overdue', 'escalation')),
  fire_at timestamptz NOT NULL,
  -- The clock's end, for the message the timer sends.
  due_by timestamptz NOT NULL,
  -- Who is told: the board staff behind an alert route, or the submitter in their conversation.
  target_kind text NOT NULL CHECK (target_kind IN ('route', 'submitter')),
  target_route text,
  fired_at timestamptz,
  locked_until timestamptz,
  locked_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((target_kind = 'route') = (target_route IS NOT NULL))
);

CREATE INDEX timers_due_idx ON timers (fire_at) WHERE fired_at IS NULL;
CREATE INDEX timers_record_idx ON timers (record_id);

-- Who did what to which record, when. Append-only: the trigger below refuses every change and deletion.
-- detail never holds personal data (names, dates of birth, addresses, allegation text).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  record_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_log_record_idx ON audit_log (record_id, at);

CREATE FUNCTION refuse_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_log_change();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_log_change();
