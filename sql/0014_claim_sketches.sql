-- whosaid schema, version 14: a sketch of each claim's words (src/matching/sketch.rs), which
-- matching reads before a candidate's row. A candidate that shares a key with a new claim by
-- chance was read and diffed all the same: at 1,000,000 claims some 77,000 pages of `claims`
-- (text and normalised text), each read a random place outside the page cache. Eighteen bytes
-- a claim, its sketches fit the cache, and most such candidates are ruled out by them.
-- Claims stored before this version have none, and are always read.
-- This file is never edited once released.

CREATE TABLE claim_sketches (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    sketch   BLOB NOT NULL
);
