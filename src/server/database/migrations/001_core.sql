-- Core: organisation tree, accounts, sessions, rate limits, sync clients and the change log.

CREATE TABLE orgs (
  id          uuid PRIMARY KEY,
  parent_id   uuid REFERENCES orgs(id),
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('district', 'committee', 'branch', 'group')),
  -- ancestors from the root down to and including this org: "published at a node is visible below it"
  path        uuid[] NOT NULL,
  leaderboard boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orgs_path_gin ON orgs USING gin (path);

CREATE TABLE users (
  id            uuid PRIMARY KEY,
  login         text NOT NULL,
  name          text NOT NULL,
  phone         text,
  password_hash text NOT NULL,
  roles         text[] NOT NULL,
  org_id        uuid NOT NULL REFERENCES orgs(id),
  groups        text[] NOT NULL DEFAULT '{}',
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_login_key ON users (lower(login));
CREATE INDEX users_org ON users (org_id);

CREATE TABLE sessions (
  token_hash   bytea PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed-login counters per key ('login:<name>' or 'addr:<ip>') in fixed windows, shared by every replica.
CREATE TABLE rate_limits (
  key          text NOT NULL,
  window_start timestamptz NOT NULL,
  hits         int NOT NULL DEFAULT 0,
  PRIMARY KEY (key, window_start)
);

CREATE TABLE sync_clients (
  client_id   uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  last_seq    bigint NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE sync_version;

CREATE TABLE sync_log (
  type      text NOT NULL,
  id        uuid NOT NULL,
  version   bigint NOT NULL,
  audience  text NOT NULL CHECK (audience IN ('public', 'private', 'organizers')),
  org_id    uuid,
  owner_id  uuid,
  group_key text,
  data      jsonb,
  deleted   boolean NOT NULL DEFAULT false,
  PRIMARY KEY (type, id)
);
CREATE UNIQUE INDEX sync_log_version ON sync_log (version);
CREATE INDEX sync_log_owner ON sync_log (owner_id, version);

CREATE TABLE app_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
