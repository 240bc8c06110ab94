-- whosaid schema, version 11: each run of the claim candidate index in a table of its own,
-- `claim_keys_<run>` (src/store/key_runs.rs).
-- With every run in one table (version 10), a merge deleted the keys of the runs it merged row
-- by row, which changed every page of them: three quarters of the cost of a merge, and merges
-- took a quarter of the time of storing 1,000,000 claims. A run of its own is dropped whole,
-- its pages freed unread. Its keys come from its table in key order, so a merge reads the runs
-- it merges side by side, without a sort.
-- The filters of the runs hold 14 bits a key from this version, not 10 (one false "held" in
-- 500 checks, not in 100): those stored are deleted, and made anew from the keys.
-- The keys of every run become the open run 1, which the writer closes at its next commit when
-- they are a full run or more (its filter is made from them when the writer first reads it).
-- This file is never edited once released.

CREATE TABLE claim_keys_1 (
    band     INTEGER NOT NULL,
    value    INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (band, value, claim_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_keys_1 (band, value, claim_id) SELECT band, value, claim_id FROM claim_keys;

DELETE FROM claim_key_filters;
DELETE FROM claim_key_runs;
INSERT INTO claim_key_runs (run, since) VALUES (1, 0);
DROP TABLE claim_keys;
