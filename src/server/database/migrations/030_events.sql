-- Themed party days (docs/domain.md pillar 2): events, RSVPs, check-ins and the message wall.

CREATE TABLE events (
  id         uuid PRIMARY KEY,
  org_id     uuid NOT NULL REFERENCES orgs(id),
  -- events planned together as a monthly series share this id (no table: the rule lives in the planner)
  series_id  uuid,
  title      text NOT NULL,
  theme      text NOT NULL,
  venue      text NOT NULL,
  capacity   int CHECK (capacity IS NULL OR capacity > 0),
  agenda     jsonb NOT NULL DEFAULT '[]',
  starts_at  timestamptz NOT NULL,
  ends_at    timestamptz NOT NULL,
  status     text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- 32 random bytes, hex: the HOTP key of the check-in codes (docs/sync-protocol.md "Check-in codes")
  secret     text NOT NULL,
  user_id    uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_org_time ON events (org_id, starts_at);

CREATE TABLE event_rsvps (
  id         uuid PRIMARY KEY,
  event_id   uuid NOT NULL REFERENCES events(id),
  user_id    uuid NOT NULL REFERENCES users(id),
  -- the member's org at the time, for visibility (organizers see what their org's members produced)
  org_id     uuid NOT NULL REFERENCES orgs(id),
  status     text NOT NULL CHECK (status IN ('going', 'not_going')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, user_id)
);

CREATE TABLE event_checkins (
  id          uuid PRIMARY KEY,
  event_id    uuid NOT NULL REFERENCES events(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  org_id      uuid NOT NULL REFERENCES orgs(id),
  method      text NOT NULL CHECK (method IN ('code', 'card', 'manual')),
  -- the code window a member checked in with (null for card and manual check-ins)
  code_window bigint,
  recorded_by uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- once per member and event, also under concurrent pushes from several replicas
  UNIQUE (event_id, user_id)
);

CREATE TABLE wall_posts (
  id         uuid PRIMARY KEY,
  event_id   uuid NOT NULL REFERENCES events(id),
  user_id    uuid NOT NULL REFERENCES users(id),
  body       text NOT NULL,
  hidden_by  uuid REFERENCES users(id),
  hidden_at  timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wall_posts_event ON wall_posts (event_id, created_at);
