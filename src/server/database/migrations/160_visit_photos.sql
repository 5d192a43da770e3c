-- Photos an instructor takes on a visit (docs/organisation.md "Visits"): the same limits as a
-- request's photos, read by exactly those who receive the visit.
CREATE TABLE visit_photos (
  id         uuid PRIMARY KEY,
  visit_id   uuid NOT NULL REFERENCES visits(id),
  position   int NOT NULL,
  mime       text NOT NULL CHECK (mime IN ('image/jpeg', 'image/webp', 'image/png')),
  bytes      bytea NOT NULL,
  size       int NOT NULL CHECK (size BETWEEN 1 AND 204800),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_photos_visit ON visit_photos (visit_id, position);
