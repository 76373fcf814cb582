-- The answer given to an invoke (a card button in Teams), kept with its claim: a redelivery gets the same answer.
ALTER TABLE processed_activities ADD COLUMN invoke_response jsonb;
