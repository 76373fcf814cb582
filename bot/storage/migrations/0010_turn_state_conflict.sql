-- A turn's state is saved in one statement (bot/storage/turnStateStatements.ts). When an item changed since the turn
-- read it, the statement calls this, so the whole statement, every item and the invoke's answer, is rolled back.
CREATE FUNCTION bot_state_changed_since_read() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bot state changed since the turn read it' USING ERRCODE = 'SB409';
END
$$;
