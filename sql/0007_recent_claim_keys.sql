-- whosaid schema, version 7: the newest keys of the claim candidate index stand in tables of
-- their own, and are merged into claim_bands and claim_shingles in bulk
-- (src/store/candidates.rs, RecentKeys).
-- A key is a random place in those two trees. Once the trees outgrew the page cache, each
-- batch of articles changed a page of them for almost every key it added, and the writes of
-- those pages made matching a claim cost twice as much at 1,000,000 claims as at 100,000.
-- Keys added to small tables stay in the cache; merged a million at a time, in key order,
-- they change each page of the large trees once per merge.
-- Every id in the recent tables is newer than every id in the large ones, so a look-up reads
-- the large table first and the recent one after it, oldest first as before.
-- This file is never edited once released.

CREATE TABLE claim_bands_recent (
    band     INTEGER NOT NULL,
    bucket   INTEGER NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    PRIMARY KEY (band, bucket, claim_id)
) WITHOUT ROWID;

CREATE TABLE claim_shingles_recent (
    shingle  INTEGER NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    PRIMARY KEY (shingle, claim_id)
) WITHOUT ROWID;
