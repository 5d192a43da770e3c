-- Micro-lessons (docs/domain.md pillar 1): lessons, their media, members' progress and ratings.

-- Uploaded media, content-addressed: the id is the SHA-256 of the bytes (hex), so the same file
-- uploaded twice is stored once and a URL never changes meaning (immutable caching is safe).
-- Bytes live in PostgreSQL so every replica serves them; nothing is kept on local disk.
CREATE TABLE media (
  id          text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  mime        text NOT NULL,
  bytes       int NOT NULL,
  data        bytea NOT NULL,
  org_id      uuid NOT NULL REFERENCES orgs(id),
  uploaded_by uuid NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- Audio, video and images are already compressed: EXTERNAL storage skips a useless compression
-- pass and lets substring() read only the TOAST chunks a Range request asks for.
ALTER TABLE media ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE lessons (
  id           uuid PRIMARY KEY,
  org_id       uuid NOT NULL REFERENCES orgs(id),
  series       text NOT NULL CHECK (series IN ('lunch', 'weekend', 'film', 'forum')),
  title        text NOT NULL,
  speaker      text NOT NULL,
  summary      text NOT NULL DEFAULT '',
  body         text NOT NULL DEFAULT '',
  tags         text[] NOT NULL DEFAULT '{}',
  duration_min int NOT NULL DEFAULT 10,
  scheduled_at timestamptz,
  venue        text,
  media_id     text REFERENCES media(id),
  quiz         jsonb NOT NULL DEFAULT '[]',
  user_id      uuid NOT NULL REFERENCES users(id),
  withdrawn    boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lessons_org ON lessons (org_id);

-- Every media file a lesson uses (its audio/video and the images of its body): media is served
-- without sign-in only while some live lesson uses it.
CREATE TABLE lesson_media (
  lesson_id uuid NOT NULL REFERENCES lessons(id),
  media_id  text NOT NULL REFERENCES media(id),
  PRIMARY KEY (lesson_id, media_id)
);
CREATE INDEX lesson_media_media ON lesson_media (media_id);

CREATE TABLE lesson_progress (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  lesson_id   uuid NOT NULL REFERENCES lessons(id),
  org_id      uuid NOT NULL REFERENCES orgs(id),
  position    double precision NOT NULL DEFAULT 0,
  completed   boolean NOT NULL DEFAULT false,
  quiz_score  int,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, lesson_id)
);

CREATE TABLE lesson_ratings (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  lesson_id   uuid NOT NULL REFERENCES lessons(id),
  org_id      uuid NOT NULL REFERENCES orgs(id),
  score       int NOT NULL CHECK (score BETWEEN 1 AND 5),
  speaker_score int CHECK (speaker_score BETWEEN 1 AND 5),
  comment     text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, lesson_id)
);
