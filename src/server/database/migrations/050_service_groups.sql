-- Service groups as records: every signed-in user learns who handles each group and how long it
-- usually takes, before filing a request (src/server/accounts/service-groups.ts).

-- One stable record id per group key (the change log is keyed by uuid).
CREATE TABLE service_groups (
  key text PRIMARY KEY CHECK (key IN
        ('party_guidance', 'talent', 'general', 'finance', 'legal', 'property', 'social')),
  id  uuid NOT NULL UNIQUE
);

INSERT INTO service_groups (key, id)
SELECT key, gen_random_uuid()
  FROM unnest(ARRAY['party_guidance', 'talent', 'general', 'finance', 'legal', 'property', 'social']) AS key;

-- 'everyone': visible to every signed-in user, whatever their org.
ALTER TABLE sync_log DROP CONSTRAINT sync_log_audience_check;
ALTER TABLE sync_log ADD CONSTRAINT sync_log_audience_check
  CHECK (audience IN ('public', 'private', 'organizers', 'everyone'));

-- The first version of each record, with its staff; the usual time follows at the group's next
-- accepted or resolved request. Versions are drawn under the change log's lock (change-log.ts).
SELECT pg_advisory_xact_lock(7270001);

INSERT INTO sync_log (type, id, version, audience, org_id, owner_id, group_key, data, deleted)
SELECT 'service_group', g.id, nextval('sync_version'), 'everyone', NULL, NULL, NULL,
       jsonb_build_object(
         'id', g.id,
         'key', g.key,
         'staff', coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
                              FROM users u
                             WHERE 'staff' = ANY(u.roles) AND g.key = ANY(u.groups) AND NOT u.disabled),
                           '[]'::jsonb),
         'typicalHours', NULL,
         'sample', 0,
         'updatedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
       false
  FROM service_groups g
 ORDER BY g.key;
