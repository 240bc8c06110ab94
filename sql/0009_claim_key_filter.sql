-- whosaid schema, version 9: a filter of the claim candidate index's keys
-- (src/store/key_filter.rs, src/store/candidates.rs ClaimKeyFilter).
-- A new claim looks up some 35 keys, each in claim_bands / claim_shingles and in their recent
-- tables, and most of them are found nowhere; once the large tables outgrew the page cache,
-- each of those seeks read a page, and look-ups cost a claim 3.5 times as much at 900,000
-- claims as at 100,000. The filter answers "no claim has this key" without a seek.
-- It holds every key of claim_bands and claim_shingles (not of their recent tables: the writer
-- adds those when it reads the filter), and is written again at each merge of the recent keys.
-- A database without its row (one made before this version) gets it from its tables when
-- its writer first matches a claim.
-- This file is never edited once released.

-- Stored in parts of 64 KB, so that neither side holds a copy of the whole (40 MB at
-- 1,000,000 claims): part 0 is the number of keys it holds, the next parts its blocks in order.
CREATE TABLE claim_key_filter (
    part INTEGER PRIMARY KEY,
    bits BLOB NOT NULL
);
