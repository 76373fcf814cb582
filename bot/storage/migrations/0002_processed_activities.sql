-- Activities already handled, so a channel's redelivery is not processed twice.
-- Key: "<channelId>:<conversationId>:<activityId>".
CREATE TABLE processed_activities (
  activity_key text PRIMARY KEY,
  conversation_id text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now()
);

-- Purging old claims scans by age.
CREATE INDEX processed_activities_processed_at_idx ON processed_activities (processed_at);
