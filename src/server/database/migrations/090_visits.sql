-- Instructors' work: visits to firms, the problems they raise (as service requests), the monthly
-- work log and each district's visit settings (docs/organisation.md, "Instructors").

CREATE TABLE visits (
  id             uuid PRIMARY KEY,
  firm_id        uuid NOT NULL REFERENCES firms(id),
  org_id         uuid NOT NULL REFERENCES orgs(id),
  user_id        uuid NOT NULL REFERENCES users(id),
  instructor_id  uuid REFERENCES users(id),
  at             timestamptz NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('visit', 'phone', 'online')),
  notes          text NOT NULL,
  met            text,
  answers        jsonb NOT NULL DEFAULT '[]',
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_firm ON visits (firm_id, at);
CREATE INDEX visits_instructor ON visits (instructor_id, at);

ALTER TABLE requests ADD COLUMN visit_id uuid REFERENCES visits(id);
ALTER TABLE requests ADD COLUMN firm_id uuid REFERENCES firms(id);
CREATE INDEX requests_visit ON requests (visit_id) WHERE visit_id IS NOT NULL;

CREATE TABLE worklogs (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users(id),
  org_id        uuid NOT NULL REFERENCES orgs(id),
  month         text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  body          text NOT NULL,
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  submitted_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, month)
);

CREATE TABLE visit_settings (
  org_id         uuid PRIMARY KEY REFERENCES orgs(id),
  interval_days  int NOT NULL CHECK (interval_days BETWEEN 1 AND 90),
  questions      jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
