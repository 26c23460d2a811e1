-- Sync with the hub: the batches sealed for it (kept until its receipt), what the receipt
-- said of each record, records that cannot leave, and what the hub found across stations.

-- A batch as sealed. sequence orders batches without the clock.
CREATE TABLE sync_batches (
    batch_id         TEXT PRIMARY KEY,
    sequence         INTEGER NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    record_count     INTEGER NOT NULL,
    size             INTEGER NOT NULL,
    sha256           TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('waiting', 'done')),
    sent_bytes       INTEGER NOT NULL DEFAULT 0,  -- what the hub confirmed holding
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,                        -- an error code, never personal data
    next_attempt_at  TEXT,
    receipt          TEXT,
    done_at          TEXT
) STRICT;
CREATE INDEX sync_batches_state ON sync_batches (state, sequence);

-- The sealed bytes, kept until the hub's receipt (a resend must be byte-identical) and
-- deleted then. A table of their own: progress written to a batch row after every chunk
-- must not rewrite megabytes of packet each time.
CREATE TABLE sync_packets (
    batch_id  TEXT PRIMARY KEY REFERENCES sync_batches (batch_id) ON DELETE CASCADE,
    packet    BLOB NOT NULL
) STRICT;

-- No foreign key to people: an erased person's line stays (it holds no personal data).
CREATE TABLE sync_batch_records (
    batch_id   TEXT NOT NULL REFERENCES sync_batches (batch_id) ON DELETE CASCADE,
    person_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    status     TEXT CHECK (status IN ('accepted', 'duplicate', 'conflict', 'refused')),
    reason     TEXT,
    PRIMARY KEY (batch_id, person_id)
) STRICT;
CREATE INDEX sync_batch_records_person ON sync_batch_records (person_id);

-- A version that cannot leave as it is: too large to queue, or held back by the hub. A new
-- version (an edit, or a supervisor's "send again") lets the record go.
CREATE TABLE sync_problems (
    person_id  TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    problem    TEXT NOT NULL CHECK (problem IN ('too_large', 'conflict', 'refused')),
    detail     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL
) STRICT;

-- Another station's record that the hub matched with one of ours: shown to a supervisor
-- beside ours, never counted, listed or sent as this station's.
CREATE TABLE hub_copies (
    person_id     TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    site_code     TEXT NOT NULL,
    station_name  TEXT NOT NULL,
    received_at   TEXT NOT NULL
) STRICT;

-- The hub's findings as they arrived, with the case each one opened here.
CREATE TABLE hub_findings (
    finding_id   TEXT PRIMARY KEY,
    case_id      TEXT REFERENCES duplicate_cases (id) ON DELETE SET NULL,
    seq          INTEGER NOT NULL,
    received_at  TEXT NOT NULL
) STRICT;
