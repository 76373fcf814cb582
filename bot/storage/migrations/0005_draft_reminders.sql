-- Reminders about drafts not yet submitted (a LADO referral whose clock is running), and the one-to-one chat each
-- person last used, so a manager can be reminded too. Nothing here is case detail: the reminder's words are made
-- when it fires, from the board, the clock and when it started.

-- One row per reminder to send. Planning again (each time the drafter saves a step) replaces the rows not yet sent;
-- sent rows stay, so a reminder is sent once. Submitting or deleting the draft deletes its rows.
CREATE TABLE draft_reminders (
  id uuid PRIMARY KEY,
  -- "<drafter identity>|<form id>": a user has one draft of a form at a time.
  draft_key text NOT NULL,
  recipient text NOT NULL CHECK (recipient IN ('drafter', 'manager')),
  fire_at timestamptz NOT NULL,
  board_id text NOT NULL,
  drafter_identity text NOT NULL,
  -- The drafter's chat where they last worked on the draft (the manager's is looked up when the reminder fires).
  conversation jsonb NOT NULL,
  clock_id text NOT NULL,
  edition text NOT NULL,
  clock_starts_at timestamptz NOT NULL,
  draft_title text NOT NULL,
  deadline_label text NOT NULL,
  resume_command text NOT NULL,
  -- The draft's idle expiry: a reminder due after it is dropped.
  expires_at timestamptz NOT NULL,
  fired_at timestamptz,
  locked_until timestamptz,
  locked_by text,
  UNIQUE (draft_key, recipient, fire_at)
);

CREATE INDEX draft_reminders_due_idx ON draft_reminders (fire_at) WHERE fired_at IS NULL;

-- The one-to-one chat a person last spoke to the bot in, for reminders that are not about their own draft.
CREATE TABLE user_conversations (
  identity text PRIMARY KEY,
  conversation jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);
