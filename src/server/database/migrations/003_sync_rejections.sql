-- Why a mutation was rejected, kept so that a push repeated after a lost response can tell the
-- phone again: `duplicate` results of rejected mutations carry the original code and message.
CREATE TABLE sync_rejections (
  client_id  uuid NOT NULL REFERENCES sync_clients(client_id) ON DELETE CASCADE,
  seq        bigint NOT NULL,
  code       text NOT NULL,
  message    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, seq)
);
