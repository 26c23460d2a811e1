-- A person erased here: the hub is told in the next batch, by id only, and erases what it
-- holds of them (a batch may have reached it even when no receipt came back). Kept after the
-- hub's answer as the proof that it was told. A batch abandoned before it was sent frees
-- its notices (SET NULL) for the next one.
CREATE TABLE sync_erasures (
    person_id  TEXT PRIMARY KEY,
    batch_id   TEXT REFERENCES sync_batches (batch_id) ON DELETE SET NULL,
    status     TEXT CHECK (status IN ('erased', 'not_held', 'refused')),
    reason     TEXT
) STRICT;
CREATE INDEX sync_erasures_batch ON sync_erasures (batch_id);

-- Erasures made before this table existed; not records that only left the laptop after
-- the hub's receipt (reason 'synced'): the hub keeps those.
INSERT INTO sync_erasures (person_id)
    SELECT person_id FROM erasures WHERE reason <> 'synced' ORDER BY erased_at;
