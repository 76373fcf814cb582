-- Roles given in chat by a board admin, on top of the board file and its Entra groups. Identities and ids only:
-- the display name is the one the admin's mention showed, so a review can say who a grant is for.
CREATE TABLE role_grants (
  board_id text NOT NULL,
  role text NOT NULL,
  identity text NOT NULL,
  display_name text,
  granted_by text NOT NULL,
  granted_at timestamptz NOT NULL,
  -- An admin confirms a grant at review by adding it again; the review period runs from here.
  confirmed_at timestamptz NOT NULL,
  PRIMARY KEY (board_id, role, identity)
);

-- When each role holder last used the bot, for reviews of leavers.
CREATE TABLE role_holder_activity (
  board_id text NOT NULL,
  identity text NOT NULL,
  display_name text,
  last_seen_at timestamptz NOT NULL,
  PRIMARY KEY (board_id, identity)
);
