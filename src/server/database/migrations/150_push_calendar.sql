-- Web Push: one row per browser that asked for notifications (docs/notices.md "Web Push"). The
-- endpoint is the push service's URL for that browser; it belongs to whoever subscribed last on it,
-- so a shared phone that changes hands stops notifying the previous user.
CREATE TABLE push_subscriptions (
  endpoint    text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  p256dh      text NOT NULL,
  auth        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

-- A personal calendar feed: one secret per user, stored hashed like session tokens, replaced or
-- removed by its owner (docs/notices.md "Calendar").
CREATE TABLE calendar_feeds (
  user_id     uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  token_hash  bytea NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now()
);
