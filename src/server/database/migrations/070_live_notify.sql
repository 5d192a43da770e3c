-- Live updates: every server process keeps short-lived copies of who a token belongs to
-- (src/server/auth/viewer-cache.ts) and holds open live streams per user. A committed change to
-- what a session lookup depends on tells every process through this channel, on COMMIT, so a
-- revoked token stops working everywhere within moments. The payload names the user concerned,
-- or `all`. Sliding a session's expiry forward (the lookup's renewal) is news to nobody.
-- OR REPLACE: a restore drops the tables and migrates again, but keeps the functions.
CREATE OR REPLACE FUNCTION lianxin_notify_session() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('lianxin_auth', 'user:' || OLD.user_id); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION lianxin_notify_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('lianxin_auth', 'user:' || OLD.id); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION lianxin_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('lianxin_auth', 'all'); RETURN NULL; END $$;

CREATE TRIGGER sessions_notify_user AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.expires_at < OLD.expires_at)
  EXECUTE FUNCTION lianxin_notify_session();
CREATE TRIGGER sessions_delete_notify_user AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION lianxin_notify_session();
CREATE TRIGGER users_notify_user AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION lianxin_notify_user();
-- An org moved, renamed or added below an organizer changes paths and what they manage: all.
CREATE TRIGGER orgs_notify_all AFTER INSERT OR UPDATE OR DELETE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();
CREATE TRIGGER sessions_truncate_notify_all AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();
CREATE TRIGGER users_truncate_notify_all AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();
CREATE TRIGGER orgs_truncate_notify_all AFTER TRUNCATE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();
-- The sync epoch (renewed by a restore) is part of every pull cursor.
CREATE TRIGGER app_meta_notify_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_meta
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_notify_all();
