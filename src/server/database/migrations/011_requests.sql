-- Service requests (docs/domain.md pillar 3, 线上点单、线下接单): the request, its photos, its comment thread
-- and its status timeline.

CREATE TABLE requests (
  id             uuid PRIMARY KEY,
  user_id        uuid NOT NULL REFERENCES users(id),
  org_id         uuid NOT NULL REFERENCES orgs(id),
  category       text NOT NULL CHECK (category IN
                   ('party_guidance', 'talent', 'general', 'finance', 'legal', 'property', 'social')),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
  body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  status         text NOT NULL DEFAULT 'submitted' CHECK (status IN
                   ('submitted', 'accepted', 'in_progress', 'resolved', 'rejected', 'cancelled')),
  venue_booking  uuid REFERENCES bookings(id),
  assignee_id    uuid REFERENCES users(id),
  rating_score   int CHECK (rating_score BETWEEN 1 AND 5),
  rating_comment text,
  accepted_at    timestamptz,
  resolved_at    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requests_user ON requests (user_id);
CREATE INDEX requests_queue ON requests (category, status, created_at);
CREATE INDEX requests_org ON requests (org_id, created_at);

-- Photos live in the database, not on disk: server replicas are stateless.
CREATE TABLE request_photos (
  id         uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests(id),
  position   int NOT NULL,
  mime       text NOT NULL CHECK (mime IN ('image/jpeg', 'image/webp', 'image/png')),
  bytes      bytea NOT NULL,
  size       int NOT NULL CHECK (size BETWEEN 1 AND 204800),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_photos_request ON request_photos (request_id, position);

CREATE TABLE request_comments (
  id         uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests(id),
  user_id    uuid NOT NULL REFERENCES users(id),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_comments_request ON request_comments (request_id, created_at);

CREATE TABLE request_events (
  id          uuid PRIMARY KEY,
  request_id  uuid NOT NULL REFERENCES requests(id),
  user_id     uuid NOT NULL REFERENCES users(id),
  from_status text,
  to_status   text NOT NULL,
  note        text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- The status graph has no cycles, so a request reaches each status at most once: the database itself
-- guarantees "every status change is recorded once", whatever races between replicas.
CREATE UNIQUE INDEX request_events_once ON request_events (request_id, to_status);
