-- Organisation work: the grid level of the tree, members' standing and activation, the firm
-- register, invitation codes, join requests and the audit log (docs/sync-protocol.md, v1.1).

ALTER TABLE orgs DROP CONSTRAINT IF EXISTS orgs_kind_check;
ALTER TABLE orgs ADD CONSTRAINT orgs_kind_check
  CHECK (kind IN ('district', 'committee', 'grid', 'branch', 'group'));

-- standing: full (正式党员) or probationary (预备党员) for members, null for accounts without the
-- member role. A member imported or approved signs in first with a one-time activation code: only
-- its hash is kept, and it expires. password_hash is '' until then, which no password matches.
ALTER TABLE users ADD COLUMN standing text CHECK (standing IN ('full', 'probationary'));
ALTER TABLE users ADD COLUMN joined_at date;
ALTER TABLE users ADD COLUMN activation_hash bytea;
ALTER TABLE users ADD COLUMN activation_expires_at timestamptz;
ALTER TABLE users ADD COLUMN activated boolean NOT NULL DEFAULT true;
CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL;

CREATE TABLE firms (
  id            uuid PRIMARY KEY,
  org_id        uuid NOT NULL REFERENCES orgs(id),
  name          text NOT NULL,
  credit_code   text NOT NULL,
  coverage      text NOT NULL CHECK (coverage IN ('own_branch', 'joint_branch', 'instructor', 'none')),
  branch_id     uuid REFERENCES orgs(id),
  building      text,
  industry      text,
  headcount     int,
  member_count  int,
  instructor_id uuid REFERENCES users(id),
  created_by    uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX firms_credit_code_key ON firms (credit_code);
CREATE INDEX firms_org ON firms (org_id);
CREATE INDEX firms_instructor ON firms (instructor_id);

CREATE TABLE invites (
  id          uuid PRIMARY KEY,
  org_id      uuid NOT NULL REFERENCES orgs(id),
  code        text NOT NULL,
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  user_id     uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX invites_code_key ON invites (code);

CREATE TABLE join_requests (
  id                    uuid PRIMARY KEY,
  invite_id             uuid NOT NULL REFERENCES invites(id),
  org_id                uuid NOT NULL REFERENCES orgs(id),
  name                  text NOT NULL,
  phone                 text NOT NULL,
  firm                  text,
  standing              text NOT NULL CHECK (standing IN ('full', 'probationary', 'activist', 'none')),
  status                text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  note                  text,
  decided_at            timestamptz,
  decided_by            uuid REFERENCES users(id),
  member_id             uuid REFERENCES users(id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX join_requests_org ON join_requests (org_id, status);

-- Every administrative change: who, what, when, before and after. Admins read and export it.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid REFERENCES users(id),
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text,
  org_id      uuid REFERENCES orgs(id),
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_org ON audit_log (org_id, at);
