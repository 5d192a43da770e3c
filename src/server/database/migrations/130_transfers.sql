-- Membership changes: flowing members (流动党员) and transfers (组织关系转接), see
-- docs/organisation.md "Flowing members and transfers".

-- A flowing member registers at the branch where they now work (the host) while their membership
-- stays at home (free text). Once the host's organizer confirms, the member sees what the host
-- branch publishes and checks in at its party days until `until` (src/server/auth/viewer.ts).
CREATE TABLE flowing_members (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  host_org_id  uuid NOT NULL REFERENCES orgs(id),
  home_org     text NOT NULL,
  since        date NOT NULL,
  until        date,
  contact      text NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected', 'ended')),
  note         text,
  decided_by   uuid REFERENCES users(id),
  decided_at   timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flowing_members_user ON flowing_members (user_id);
CREATE INDEX flowing_members_host ON flowing_members (host_org_id);

-- What a session lookup sees depends on confirmed registrations: tell every process (migration 070).
CREATE OR REPLACE FUNCTION lianxin_notify_flowing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('lianxin_auth', 'user:' || coalesce(NEW.user_id, OLD.user_id)); RETURN NULL; END $$;
CREATE TRIGGER flowing_members_notify_user AFTER INSERT OR UPDATE OR DELETE ON flowing_members
  FOR EACH ROW EXECUTE FUNCTION lianxin_notify_flowing();
CREATE TRIGGER flowing_members_truncate_notify_all AFTER TRUNCATE ON flowing_members
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();

-- A transfer case. Inside the district both sides are orgs; out of or into the district the other
-- side is free text. Each step keeps its date; the member's account moves when the receipt is in.
CREATE TABLE transfers (
  id              uuid PRIMARY KEY,
  direction       text NOT NULL CHECK (direction IN ('internal', 'out', 'in')),
  member_id       uuid REFERENCES users(id),
  member_name     text NOT NULL,
  from_org_id     uuid REFERENCES orgs(id),
  from_text       text,
  to_org_id       uuid REFERENCES orgs(id),
  to_text         text,
  stage           text NOT NULL
                  CHECK (stage IN ('requested', 'approved', 'letter_issued', 'accepted', 'completed', 'cancelled')),
  letter_no       text,
  placed_org_id   uuid REFERENCES orgs(id),
  note            text,
  steps           jsonb NOT NULL DEFAULT '[]',
  created_by      uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transfers_member ON transfers (member_id);

-- A record some audiences see from two orgs: a transfer goes to the organizers of the sending
-- and of the receiving side (docs/sync-protocol.md, pull rule 2).
ALTER TABLE sync_log ADD COLUMN org2_id uuid;
