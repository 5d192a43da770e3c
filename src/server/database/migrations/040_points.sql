-- Points (积分) and the rules that award them. Entries are written only by the server, in the same
-- transaction as the confirmed fact that earns them (see src/server/points/award.ts).

-- Versioned rules: a change is a new row with its effective_from; the award picks the version in
-- force at the fact's server time, so a change never rewrites what was earned before it.
CREATE TABLE point_rules (
  rule           text NOT NULL,
  effective_from timestamptz NOT NULL,
  points         int NOT NULL CHECK (points >= 0 AND points <= 1000),
  daily_cap      int CHECK (daily_cap IS NULL OR daily_cap >= 0),
  monthly_cap    int CHECK (monthly_cap IS NULL OR monthly_cap >= 0),
  created_by     uuid REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule, effective_from)
);

-- Starting rules, in force from the beginning of time (daily caps like a study app's, monthly caps
-- for the rarer facts). Admins change them with `npm run admin -- set-rule` or PUT /api/points/rules/:rule.
INSERT INTO point_rules (rule, effective_from, points, daily_cap, monthly_cap) VALUES
  ('lesson_completed', '2000-01-01T00:00:00Z', 10, 30, NULL),
  ('lesson_rated',     '2000-01-01T00:00:00Z', 2, 6, NULL),
  ('event_attended',   '2000-01-01T00:00:00Z', 20, NULL, 80),
  ('request_rated',    '2000-01-01T00:00:00Z', 5, NULL, 20),
  ('volunteer_hours',  '2000-01-01T00:00:00Z', 10, NULL, 120)
ON CONFLICT DO NOTHING;

-- Hours of volunteer service an organizer confirmed for a member (mutation volunteer.log).
CREATE TABLE volunteer_logs (
  id         uuid PRIMARY KEY,
  member_id  uuid NOT NULL REFERENCES users(id),
  org_id     uuid NOT NULL REFERENCES orgs(id),
  hours      numeric(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 24),
  served_on  date NOT NULL,
  note       text NOT NULL,
  user_id    uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX volunteer_logs_member ON volunteer_logs (member_id);

-- The ledger. The unique key is what makes a replayed or duplicated fact earn once: every award
-- inserts with ON CONFLICT DO NOTHING on it.
CREATE TABLE points_entries (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  org_id      uuid NOT NULL REFERENCES orgs(id),
  rule        text NOT NULL,
  category    text NOT NULL CHECK (category IN ('learning', 'attendance', 'service')),
  points      int NOT NULL,
  capped      boolean NOT NULL DEFAULT false,
  source_type text NOT NULL,
  source_id   uuid NOT NULL,
  rule_from   timestamptz NOT NULL,
  hours       numeric(4, 1),
  note        text,
  earned_at   timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, rule, source_id)
);
CREATE INDEX points_entries_user_time ON points_entries (user_id, earned_at);
CREATE INDEX points_entries_org_time ON points_entries (org_id, earned_at);
