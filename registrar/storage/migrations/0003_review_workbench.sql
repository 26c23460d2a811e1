-- The supervisor's workbench: every decision on a duplicate case, the identities that
-- "same person" decisions build, end-of-day approvals, and operators' forced password change.

-- Append-only history of decisions; duplicate_cases holds the latest one. A revision adds a
-- row, so the earlier decision stays readable. note is the supervisor's free text (it lives
-- here, never in the audit log) and goes with the case when a person is erased.
CREATE TABLE case_decisions (
    seq          INTEGER PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES duplicate_cases (id) ON DELETE CASCADE,
    decision     TEXT NOT NULL CHECK (decision IN ('same', 'different', 'interview')),
    reason_code  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    primary_id   TEXT,                        -- for 'same': the record kept as primary
    decided_by   TEXT NOT NULL,
    decided_at   TEXT NOT NULL
) STRICT;
CREATE INDEX case_decisions_case ON case_decisions (case_id, seq);
CREATE TRIGGER case_decisions_no_update BEFORE UPDATE ON case_decisions
BEGIN SELECT RAISE(ABORT, 'case_decisions is append-only'); END;

-- People that current "same person" decisions link into one identity. Only linked people
-- have a row; identity_id is the id of the identity's primary record when it was formed.
CREATE TABLE identity_links (
    person_id    TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    identity_id  TEXT NOT NULL,
    is_primary   INTEGER NOT NULL CHECK (is_primary IN (0, 1))
) STRICT;
CREATE INDEX identity_links_identity ON identity_links (identity_id);

-- End-of-day approval of one version of a record (when the setting asks for it).
CREATE TABLE approvals (
    person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    approved    INTEGER NOT NULL CHECK (approved IN (0, 1)),
    reason      TEXT NOT NULL DEFAULT '',
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (person_id, version)
) STRICT;

ALTER TABLE operators ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));

-- What the review queue filters by, copied from the record that raised the case when it is
-- opened (the queue of 5,000 cases must not look up 5,000 people to filter or sort).
ALTER TABLE duplicate_cases ADD COLUMN anchor_site TEXT NOT NULL DEFAULT '';
ALTER TABLE duplicate_cases ADD COLUMN anchor_operator TEXT NOT NULL DEFAULT '';
UPDATE duplicate_cases SET
    anchor_site = (SELECT substr(p.registration_id, 1, instr(p.registration_id, '-') - 3)
                   FROM people p WHERE p.id = coalesce(duplicate_cases.probe_id,
                                                       duplicate_cases.person_a)),
    anchor_operator = (SELECT p.created_by FROM people p
                       WHERE p.id = coalesce(duplicate_cases.probe_id, duplicate_cases.person_a));
CREATE INDEX duplicate_cases_created ON duplicate_cases (state, created_at);
CREATE INDEX duplicate_cases_queue ON duplicate_cases (state, group_id);
CREATE INDEX people_created ON people (created_at);
