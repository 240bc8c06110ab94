-- whosaid schema, version 10: the claim candidate index in runs (a log-structured merge:
-- src/store/key_runs.rs).
-- Merging the recent keys a million at a time into one large tree (version 7) changed nearly
-- every page of that tree at each merge, so the merges cost a time quadratic in the database:
-- 14 to 27 seconds each at 300,000 claims, and matching a claim cost 1.7 times as much at
-- 1,000,000 claims as at 100,000.
-- Now the keys of a run lead with its number: new keys go to the open run, whose pages stay in
-- the cache; at a million keys it is closed, and a new one opened. When four closed runs of one
-- level (size within a factor of four) are the newest, they are merged into one new run,
-- written in key order at the end of the tree, and deleted. Each key is so written once per
-- level, some log4(keys / 1,000,000) times. A look-up reads each run, newest last, and each
-- closed run has a filter of its keys that skips the seeks of keys it does not hold.
-- The keys of the old tables become run 1 (its filter is the one version 9 kept), the recent
-- keys the open run 2.
-- This file is never edited once released.

-- One row per run, in the order of `since`: every claim of a run came after those of the runs
-- with a smaller `since`. `keys` is NULL for the open run, the one new keys go to.
CREATE TABLE claim_key_runs (
    run   INTEGER PRIMARY KEY,
    since INTEGER NOT NULL,
    keys  INTEGER
);

-- A claim's band buckets (`band` 0 to 19, `value` the bucket) and kept shingles (`band` -1,
-- `value` the shingle), by run. No foreign key: a merge rewrites millions of keys, and would
-- look each claim up again; claims are never deleted.
CREATE TABLE claim_keys (
    run      INTEGER NOT NULL,
    band     INTEGER NOT NULL,
    value    INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (run, band, value, claim_id)
) WITHOUT ROWID;

-- The filter of a closed run's keys (src/store/key_filter.rs), in parts of 64 KB.
CREATE TABLE claim_key_filters (
    run  INTEGER NOT NULL REFERENCES claim_key_runs(run),
    part INTEGER NOT NULL,
    bits BLOB NOT NULL,
    PRIMARY KEY (run, part)
);

INSERT INTO claim_key_runs (run, since, keys)
SELECT 1, 0, (SELECT count(*) FROM claim_bands) + (SELECT count(*) FROM claim_shingles)
WHERE EXISTS (SELECT 1 FROM claim_bands) OR EXISTS (SELECT 1 FROM claim_shingles);
-- Shingles (band -1) first: each table is read in the order of its key, so the rows come in key
-- order without a sort (which would hold them all in memory).
INSERT INTO claim_keys (run, band, value, claim_id)
SELECT 1, -1, shingle, claim_id FROM claim_shingles
UNION ALL SELECT 1, band, bucket, claim_id FROM claim_bands;
INSERT INTO claim_key_filters (run, part, bits)
SELECT 1, part, bits FROM claim_key_filter WHERE EXISTS (SELECT 1 FROM claim_key_runs WHERE run = 1);

INSERT INTO claim_key_runs (run, since) VALUES (2, 1);
INSERT INTO claim_keys (run, band, value, claim_id)
SELECT 2, band, bucket, claim_id FROM claim_bands_recent
UNION ALL SELECT 2, -1, shingle, claim_id FROM claim_shingles_recent;

DROP TABLE claim_bands;
DROP TABLE claim_shingles;
DROP TABLE claim_bands_recent;
DROP TABLE claim_shingles_recent;
DROP TABLE claim_key_filter;
