-- The first schema of the vault. Personal data lives in people, consents, face_photos,
-- documents, document_pages, face_templates and person_versions; erasing a person deletes
-- their rows from all of them (ON DELETE CASCADE) and SQLCipher's secure_delete zeroes the
-- freed space. audit_log never holds personal data.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE operators (
    name        TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('supervisor', 'officer')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    removed_at  TEXT
) STRICT;

CREATE TABLE households (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    id               TEXT PRIMARY KEY,
    registration_id  TEXT NOT NULL UNIQUE,
    sequence         INTEGER NOT NULL UNIQUE,
    version          INTEGER NOT NULL CHECK (version >= 1),
    state            TEXT NOT NULL CHECK (state IN ('draft', 'complete', 'queued', 'synced')),
    content_hash     TEXT NOT NULL,
    given_name       TEXT NOT NULL,
    family_name      TEXT NOT NULL,
    other_names      TEXT NOT NULL,
    search_key       TEXT NOT NULL,
    sex              TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    birth_date       TEXT,
    birth_year       INTEGER,
    birth_estimated  INTEGER NOT NULL CHECK (birth_estimated IN (0, 1)),
    nationality      TEXT,
    languages        TEXT NOT NULL,   -- JSON array of ISO 639-3 codes
    phone            TEXT,
    specific_needs   TEXT NOT NULL,   -- JSON array of codes
    household_id     TEXT REFERENCES households (id),
    relationship     TEXT,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL
) STRICT;
CREATE INDEX people_search_key ON people (search_key);
CREATE INDEX people_state ON people (state, updated_at);
CREATE INDEX people_household ON people (household_id);

-- Every version of a person's details, for history and for sync by (id, version).
CREATE TABLE person_versions (
    person_id     TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    details       TEXT NOT NULL,   -- JSON of PersonDetails
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    PRIMARY KEY (person_id, version)
) STRICT;

CREATE TABLE consents (
    person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('registration', 'duplicate_check', 'sharing')),
    partner      TEXT NOT NULL DEFAULT '',
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    language     TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (person_id, purpose, partner)
) STRICT;

CREATE TABLE face_photos (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    jpeg         BLOB NOT NULL,
    sha256       TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    source       TEXT NOT NULL,
    quality      TEXT NOT NULL,    -- JSON object of named figures
    captured_at  TEXT NOT NULL
) STRICT;
CREATE INDEX face_photos_person ON face_photos (person_id);

CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    person_id        TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    doc_type         TEXT NOT NULL,
    number           TEXT NOT NULL,
    number_key       TEXT NOT NULL,
    issuing_country  TEXT,
    expiry           TEXT
) STRICT;
CREATE INDEX documents_person ON documents (person_id);
CREATE INDEX documents_number_key ON documents (number_key);

CREATE TABLE document_pages (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page_no      INTEGER NOT NULL,
    image        BLOB NOT NULL,
    media_type   TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    PRIMARY KEY (document_id, page_no)
) STRICT;

CREATE TABLE face_templates (
    person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    photo_id   TEXT REFERENCES face_photos (id) ON DELETE CASCADE,
    model_id   TEXT NOT NULL,
    dim        INTEGER NOT NULL CHECK (dim > 0),
    vector     BLOB NOT NULL CHECK (length(vector) = 4 * dim),   -- float32, little-endian
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX face_templates_model ON face_templates (model_id);
CREATE INDEX face_templates_person ON face_templates (person_id);

-- One case per unordered pair of people (person_a < person_b), whoever raised it first.
-- group_id gathers the cases of one new record (enrolment) or one review group (batch
-- dedup), so the queue shows one entry per group rather than one per pair.
CREATE TABLE duplicate_cases (
    id          TEXT PRIMARY KEY,
    person_a    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    person_b    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    probe_id    TEXT,                       -- the record whose search raised the case
    source      TEXT NOT NULL CHECK (source IN ('enrolment', 'batch', 'hub')),
    group_id    TEXT NOT NULL,
    score_id    TEXT NOT NULL,              -- model id, or 'fused', that decided the band
    distance    REAL NOT NULL,
    band        TEXT NOT NULL CHECK (band IN ('strong', 'possible', 'none')),
    evidence    TEXT NOT NULL,              -- JSON: distance per model, fused score
    state       TEXT NOT NULL CHECK (state IN ('open', 'decided')),
    decision    TEXT CHECK (decision IN ('same', 'different', 'interview')),
    reason      TEXT,
    decided_by  TEXT,
    decided_at  TEXT,
    created_at  TEXT NOT NULL,
    CHECK (person_a < person_b)
) STRICT;
CREATE UNIQUE INDEX duplicate_cases_pair ON duplicate_cases (person_a, person_b);
CREATE INDEX duplicate_cases_open ON duplicate_cases (state, band, distance);
CREATE INDEX duplicate_cases_group ON duplicate_cases (group_id);

-- Tombstones of erased people: no personal data, just that a record existed and why it went.
CREATE TABLE erasures (
    person_id   TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    erased_at   TEXT NOT NULL,
    erased_by   TEXT NOT NULL
) STRICT;

-- Append-only: no UPDATE or DELETE is ever issued against it by the application.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator    TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_ref  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
