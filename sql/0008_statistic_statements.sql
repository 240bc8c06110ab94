-- whosaid schema, version 8: what a statistic states, as one key: its clause's words with the
-- quantity left out, its number, unit and noun (src/store/keys.rs). A statistic stated again in
-- the same words with the same number (a wire story's figure reprinted) joins the cluster of its
-- first statement on this key alone, without a look-up of the candidate index
-- (src/store/matching.rs). Statistics stored before this version have none and are found
-- through the index as before.
-- This file is never edited once released.

ALTER TABLE statistics ADD COLUMN statement INTEGER;
CREATE INDEX statistics_statement ON statistics(statement) WHERE statement IS NOT NULL;
