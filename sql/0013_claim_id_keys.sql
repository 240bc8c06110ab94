-- whosaid schema, version 13: a claim is found by its id through the claim candidate index, not
-- through a unique index on `claims.hash` (src/store/id_keys.rs).
-- An id is a random place in that index, so each new claim changed a page of its own there: at
-- 1,000,000 claims, some 1,150 of the 3,500 pages a batch of 1,000 claims wrote, a third of
-- what each commit and checkpoint copied, and every look-up of a new claim a seek outside the
-- page cache. As a key of the index (band -2, its first eight bytes), an id goes into the open
-- run with the claim's other keys, and the filters of the runs answer that a new claim's is in
-- none of them.
-- The keys of the claims stored so far go into the open run; the writer (src/store/open.rs)
-- adds them after this file, as SQL does not name a table by a value.
-- This file is never edited once released.

DROP INDEX claims_hash;
