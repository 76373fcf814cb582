-- Retention: what is left of a purged record, legal holds that stop a purge, and the audit trail's own period.

-- A purged record's tombstone: the record row and everything written with it are deleted; this row says what was
-- there and why it went. No case detail: reference, type, board and dates only.
CREATE TABLE record_tombstones (
  record_id uuid PRIMARY KEY,
  board_id text NOT NULL,
  type text NOT NULL,
  reference text NOT NULL,
  submitted_at timestamptz NOT NULL,
  -- The last day of the retention period (London), and the rule in words with its source's title.
  period_ended_on date NOT NULL,
  reason text NOT NULL,
  purged_at timestamptz NOT NULL,
  purged_by text NOT NULL,
  UNIQUE (board_id, reference)
);

CREATE INDEX record_tombstones_purged_at_idx ON record_tombstones (purged_at);

-- A legal hold on one record. A hold on a person or a case is one row per record it found, sharing hold_group.
-- A record with a row not lifted is never purged. Lifted rows stay, so the history of holds can be read back.
CREATE TABLE legal_holds (
  id uuid PRIMARY KEY,
  hold_group uuid NOT NULL,
  -- No foreign key: lifted holds outlive the record they were on.
  record_id uuid NOT NULL,
  board_id text NOT NULL,
  -- How the record was found: by its own reference, as a record of a person, or as a record of a case reference.
  scope text NOT NULL CHECK (scope IN ('record', 'person', 'case')),
  reason text NOT NULL,
  placed_by text NOT NULL,
  placed_at timestamptz NOT NULL,
  lifted_by text,
  lifted_at timestamptz,
  lift_reason text,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);

-- Records of a LADO case (decision, outcome) name their referral: purging a referral finds them, and so does a hold.
CREATE INDEX records_referral_reference_idx ON records (board_id, (payload->>'referralReference'));

CREATE INDEX legal_holds_active_idx ON legal_holds (record_id) WHERE lifted_at IS NULL;

-- The audit trail follows its own period: an entry about a purged record may be deleted once its tombstone is old
-- enough, and only by the retention code, which sets safeguarding.audit_expiry for its own transaction. Everything
-- else stays refused: no update ever, no deletion of entries about records that still exist, no truncation.
CREATE OR REPLACE FUNCTION refuse_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
    AND current_setting('safeguarding.audit_expiry', true) = 'on'
    AND OLD.record_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM record_tombstones WHERE record_id = OLD.record_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP;
END;
$$;
