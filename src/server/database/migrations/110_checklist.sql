-- The responsibility checklist (责任清单): one template per district (goals, responsibilities and
-- indicators as one JSON document, always saved whole) and the indicators branches enter for a
-- month or a year, one row per branch, period and indicator (docs/organisation.md).

CREATE TABLE checklist_templates (
  id          uuid PRIMARY KEY,
  org_id      uuid NOT NULL UNIQUE REFERENCES orgs(id),
  goals       jsonb NOT NULL,
  user_id     uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE checklist_assessments (
  id            uuid PRIMARY KEY,
  org_id        uuid NOT NULL REFERENCES orgs(id),
  period        text NOT NULL CHECK (period ~ '^20[0-9]{2}(-(0[1-9]|1[0-2]))?$'),
  indicator_id  text NOT NULL,
  value         double precision,
  evidence      text NOT NULL DEFAULT '',
  user_id       uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, period, indicator_id)
);
