-- The sync epoch names this database's version history. A restore from backup gives it a new value,
-- so every cursor made before the restore is answered with reset (versions may be reused after it).
INSERT INTO app_meta (key, value) VALUES ('sync_epoch', md5(random()::text || clock_timestamp()::text))
ON CONFLICT (key) DO NOTHING;
