-- The inbox (docs/notices.md). A notice is published at an org (org_id, public there and below),
-- or made by the server for one user (recipient_id) or for the organizers of a branch
-- (for_organizers). Read marks and the muted kinds are per user, shared by all their devices.
CREATE TABLE notices (
  id              uuid PRIMARY KEY,
  org_id          uuid REFERENCES orgs(id),
  kind            text NOT NULL,
  title           text NOT NULL,
  body            text NOT NULL DEFAULT '',
  user_id         uuid REFERENCES users(id),
  recipient_id    uuid REFERENCES users(id),
  for_organizers  boolean NOT NULL DEFAULT false,
  target_type     text,
  target_id       uuid,
  detail          text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (org_id IS NOT NULL OR recipient_id IS NOT NULL)
);
CREATE INDEX notices_org ON notices (org_id, created_at);
CREATE INDEX notices_recipient ON notices (recipient_id, created_at);

-- notice_id may name a notice, or the party day or lesson a phone-made reminder is about.
CREATE TABLE notice_reads (
  user_id    uuid NOT NULL REFERENCES users(id),
  notice_id  uuid NOT NULL,
  read_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, notice_id)
);

CREATE TABLE notice_prefs (
  user_id     uuid PRIMARY KEY REFERENCES users(id),
  muted       text[] NOT NULL DEFAULT '{}',
  updated_at  timestamptz NOT NULL DEFAULT now()
);
