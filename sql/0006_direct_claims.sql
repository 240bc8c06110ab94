-- whosaid schema, version 6: whether a claim is ever quoted directly is read from an index.
-- Matching asks it of every candidate (src/store/matching.rs); with the index on claim_id
-- alone, a claim reported in hundreds of articles meant hundreds of row look-ups to learn
-- that none of them quotes it directly.
-- This file is never edited once released.

-- An occurrence's claim and kind; it replaces the index on claim_id alone, which it covers.
CREATE INDEX occurrences_claim_kind ON occurrences(claim_id, kind);
DROP INDEX occurrences_claim_id;
