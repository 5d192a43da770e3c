-- Recruitment (发展党员): each candidate of a branch with the dates of its stages, its contact
-- members and introducers, and the dated steps recorded inside a stage (docs/organisation.md,
-- "Recruitment"). Dates are China calendar dates.
CREATE TABLE candidates (
  id               uuid PRIMARY KEY,
  org_id           uuid NOT NULL REFERENCES orgs(id),
  name             text NOT NULL,
  phone            text,
  user_id          uuid REFERENCES users(id),
  stage            text NOT NULL DEFAULT 'applicant'
                   CHECK (stage IN ('applicant', 'activist', 'target', 'probationary', 'full')),
  applied_at       date NOT NULL,
  activist_at      date,
  target_at        date,
  probationary_at  date,
  full_at          date,
  contacts         uuid[] NOT NULL DEFAULT '{}',
  introducers      uuid[] NOT NULL DEFAULT '{}',
  steps            jsonb NOT NULL DEFAULT '[]',
  history          jsonb NOT NULL DEFAULT '[]',
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX candidates_org ON candidates (org_id);
CREATE INDEX candidates_user ON candidates (user_id) WHERE user_id IS NOT NULL;
