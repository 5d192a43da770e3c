-- Photos as evidence of an entered indicator (docs/organisation.md "Responsibility checklist"):
-- the same limits as a request's photos, read by those who receive the assessment.
CREATE TABLE checklist_photos (
  id            uuid PRIMARY KEY,
  assessment_id uuid NOT NULL REFERENCES checklist_assessments(id),
  position      int NOT NULL,
  mime          text NOT NULL CHECK (mime IN ('image/jpeg', 'image/webp', 'image/png')),
  bytes         bytea NOT NULL,
  size          int NOT NULL CHECK (size BETWEEN 1 AND 204800),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checklist_photos_assessment ON checklist_photos (assessment_id, position);
