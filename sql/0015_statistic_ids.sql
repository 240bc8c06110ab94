-- whosaid schema, version 15: a statistic has an id, as a quote has: the blake3 id of the
-- clause that states it (src/hash.rs `statistic_id`), so that the same clause with the same
-- number has one id wherever it is printed, and `trace` takes it. The ids of the statistics stored before this
-- version are written by the writer (src/store/open.rs) after this file, as SQL has no blake3.
-- This file is never edited once released.

ALTER TABLE statistics ADD COLUMN hash BLOB;
CREATE INDEX statistics_hash ON statistics(hash);
