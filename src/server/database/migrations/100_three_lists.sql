-- The three lists (三张清单) of a park and quarter: needs, resources and activities, worked by
-- organizers and departments, and the snapshot a park publishes each quarter
-- (docs/organisation.md, "The three lists").

CREATE TABLE list_items (
  id              uuid PRIMARY KEY,
  org_id          uuid NOT NULL REFERENCES orgs(id),
  quarter         text NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
  kind            text NOT NULL CHECK (kind IN ('need', 'resource', 'activity')),
  title           text NOT NULL,
  description     text NOT NULL DEFAULT '',
  category        text,
  provider        text,
  contact         text,
  starts_at       timestamptz,
  venue           text,
  source_type     text CHECK (source_type IN ('request', 'event', 'lesson')),
  source_id       uuid,
  status          text CHECK (status IN ('open', 'claimed', 'in_progress', 'closed')),
  claimed_group   text,
  claimed_by      uuid REFERENCES users(id),
  claimed_at      timestamptz,
  resource_id     uuid REFERENCES list_items(id) ON DELETE SET NULL,
  notes           jsonb NOT NULL DEFAULT '[]',
  created_by      uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'need') = (status IS NOT NULL))
);
CREATE INDEX list_items_org_quarter ON list_items (org_id, quarter);

CREATE TABLE list_publications (
  id            uuid PRIMARY KEY,
  org_id        uuid NOT NULL REFERENCES orgs(id),
  quarter       text NOT NULL,
  published_by  uuid NOT NULL REFERENCES users(id),
  published_at  timestamptz NOT NULL,
  snapshot      jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, quarter)
);
