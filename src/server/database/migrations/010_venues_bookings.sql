-- Venues of the party-mass service centre and their bookings (docs/domain.md pillar 3).

CREATE TABLE venues (
  id         uuid PRIMARY KEY,
  org_id     uuid NOT NULL REFERENCES orgs(id),
  name       text NOT NULL,
  capacity   int NOT NULL DEFAULT 10,
  location   text NOT NULL DEFAULT '',
  opens_at   time NOT NULL DEFAULT '08:00',
  closes_at  time NOT NULL DEFAULT '22:00',
  active     boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
  id         uuid PRIMARY KEY,
  venue_id   uuid NOT NULL REFERENCES venues(id),
  user_id    uuid NOT NULL REFERENCES users(id),
  org_id     uuid NOT NULL REFERENCES orgs(id),
  starts_at  timestamptz NOT NULL,
  ends_at    timestamptz NOT NULL,
  purpose    text NOT NULL,
  status     text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX bookings_venue_time ON bookings (venue_id, starts_at) WHERE status = 'booked';
CREATE INDEX bookings_user ON bookings (user_id);
