-- A user's view epoch, part of the pull cursor's visibility hash (docs/sync-protocol.md pull rule 5).
-- A move in the tree changes what some organizers manage without changing their own org, path or
-- roles: those above the old place stop receiving the moved records and would keep stale copies;
-- for a moved node, those above the new place would never receive its older records. The move
-- bumps their epoch, so their next pull answers `reset` (src/server/accounts/sight.ts). An UPDATE
-- of users already tells every process to drop its cached viewer (migration 070).
ALTER TABLE users ADD COLUMN view_epoch int NOT NULL DEFAULT 0;

-- Time limits of service groups (限时办结): how long a request may take, in hours or working days
-- (src/shared/time-limit.ts); set with `group.save`. Null: no limit.
ALTER TABLE service_groups ADD COLUMN limit_unit text CHECK (limit_unit IN ('hours', 'workdays'));
ALTER TABLE service_groups ADD COLUMN limit_amount int CHECK (limit_amount > 0);
ALTER TABLE service_groups ADD CONSTRAINT service_groups_limit_whole
  CHECK ((limit_unit IS NULL) = (limit_amount IS NULL));
