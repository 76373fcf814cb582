-- Telling the submitter when their record's alert reached board staff. A receipt only says "alerted" once the alert
-- card was posted; when it could not say so yet, the submitter is owed a follow-up, sent once the card is posted.
-- 'owed' until the follow-up was sent, then 'sent'; null when the receipt already said so (or never mentioned it).
ALTER TABLE alert_cards ADD COLUMN submitter_notice text CHECK (submitter_notice IN ('owed', 'sent'));
-- Failed tries at the follow-up, and when to try next (also the lease of the instance sending it).
ALTER TABLE alert_cards ADD COLUMN submitter_notice_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE alert_cards ADD COLUMN submitter_notice_at timestamptz;

CREATE INDEX alert_cards_submitter_notice_idx ON alert_cards (submitter_notice_at) WHERE submitter_notice = 'owed';
