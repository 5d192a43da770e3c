-- The instructor's two remaining duties (docs/organisation.md, "Instructors"): the half-yearly
-- group discussion (座谈会) with their firms, and the yearly review of who instructs where (年度评议).

CREATE TABLE discussions (
  id             uuid PRIMARY KEY,
  instructor_id  uuid NOT NULL REFERENCES users(id),
  -- the nearest org above all its firms: whose organizers receive it
  org_id         uuid NOT NULL REFERENCES orgs(id),
  -- who saved it last
  user_id        uuid NOT NULL REFERENCES users(id),
  at             timestamptz NOT NULL,
  place          text NOT NULL,
  topic          text NOT NULL,
  firm_ids       uuid[] NOT NULL CHECK (cardinality(firm_ids) BETWEEN 1 AND 30),
  notes          text NOT NULL DEFAULT '',
  held           boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX discussions_instructor ON discussions (instructor_id, at);

CREATE TABLE instructor_reviews (
  id             uuid PRIMARY KEY,
  year           int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  instructor_id  uuid NOT NULL REFERENCES users(id),
  -- the instructor's org when reviewed: whose organizers receive it
  org_id         uuid NOT NULL REFERENCES orgs(id),
  outcome        text NOT NULL CHECK (outcome IN ('keep', 'adjust')),
  notes          text NOT NULL DEFAULT '',
  -- the reviewer
  user_id        uuid NOT NULL REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (instructor_id, year)
);
