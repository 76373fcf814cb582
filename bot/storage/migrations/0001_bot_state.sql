-- Conversation and user state of the bot (botbuilder Storage), one JSON document per key.
CREATE TABLE bot_state (
  key text PRIMARY KEY,
  document jsonb NOT NULL,
  etag text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
