-- whosaid schema, version 12: a claim's id (`claims.hash`) is stored as its 32 bytes, not as
-- 64 hex digits. The unique index on it is a random place per new claim; at 900,000 claims it
-- held some 70 bytes an entry (65 MB), outgrew the page cache, and a batch of 1,000 claims
-- changed some 1,300 of its pages, a quarter of the pages the batch wrote. The views still
-- give the id as lowercase hex, as do the commands (src/store/ids.rs).
-- SQLite changes no column's type in place: the table is made anew with the same ids, so the
-- rows that refer to claims, and the full-text index (keyed by id), stay as they are. The
-- migrations run with foreign keys off (src/store/open.rs): with them on, dropping the old
-- table would check every row that refers to it.
-- This file is never edited once released.

CREATE TABLE claims_new (
    id         INTEGER PRIMARY KEY,
    hash       BLOB NOT NULL,
    text       TEXT NOT NULL,
    normalized TEXT NOT NULL
);
INSERT INTO claims_new (id, hash, text, normalized) SELECT id, unhex(hash), text, normalized FROM claims ORDER BY id;
-- Made after the rows (from a sort), not entry by entry as they come.
CREATE UNIQUE INDEX claims_hash ON claims_new(hash);

-- The views that read claims go while the table is made anew (a rename checks every view).
DROP VIEW who_said_what;
DROP VIEW speaker_claims;
DROP VIEW claim_origins;
DROP VIEW cluster_appearances;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;

-- The triggers of version 1, which went with the old table.
CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claims_au AFTER UPDATE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;

-- The views of versions 1, 2, 3 and 5, with the claim id as hex.
CREATE VIEW who_said_what AS
SELECT o.id AS occurrence_id,
       lower(hex(c.hash)) AS claim,
       s.name AS speaker,
       o.mention,
       o.cue,
       o.kind,
       o.text,
       o.published,
       a.outlet,
       a.title,
       a.identity AS article,
       v.number AS version,
       v.number = (SELECT max(newest.number) FROM versions newest WHERE newest.article_id = v.article_id)
           AS latest_version,
       o.char_start,
       o.char_end,
       o.claim_id,
       o.speaker_id,
       o.version_id,
       v.article_id
FROM occurrences o
JOIN claims c ON c.id = o.claim_id
JOIN versions v ON v.id = o.version_id
JOIN articles a ON a.id = v.article_id
LEFT JOIN speakers s ON s.id = o.speaker_id;

CREATE VIEW speaker_claims AS
SELECT s.name AS speaker,
       lower(hex(c.hash)) AS claim,
       c.text,
       count(*) AS occurrences,
       count(DISTINCT v.article_id) AS articles,
       min(coalesce(v.published, a.published)) AS first_published
FROM occurrences o
JOIN speakers s ON s.id = o.speaker_id
JOIN claims c ON c.id = o.claim_id
JOIN versions v ON v.id = o.version_id
JOIN articles a ON a.id = v.article_id
GROUP BY s.id, c.id;

CREATE VIEW claim_origins AS
SELECT lower(hex(c.hash)) AS claim,
       c.text,
       first.speaker,
       first.published,
       first.outlet,
       first.article,
       (SELECT count(*) FROM occurrences o WHERE o.claim_id = c.id) AS occurrences
FROM claims c
JOIN (
    SELECT o.claim_id,
           s.name AS speaker,
           coalesce(v.published, a.published, v.ingested_at) AS published,
           a.outlet,
           a.identity AS article,
           row_number() OVER (PARTITION BY o.claim_id
                              ORDER BY coalesce(v.published, a.published, v.ingested_at), o.id) AS rank
    FROM occurrences o
    JOIN versions v ON v.id = o.version_id
    JOIN articles a ON a.id = v.article_id
    LEFT JOIN speakers s ON s.id = o.speaker_id
) first ON first.claim_id = c.id AND first.rank = 1;

CREATE VIEW cluster_appearances AS
SELECT cc.cluster_id, 'claim' AS kind, o.id AS occurrence_id, NULL AS statistic_id, lower(hex(c.hash)) AS claim,
       o.text, s.name AS speaker, coalesce(v.published, a.published) AS published, a.outlet, a.identity AS article
FROM claim_clusters cc
JOIN claims c ON c.id = cc.claim_id
JOIN occurrences o ON o.claim_id = cc.claim_id
JOIN versions v ON v.id = o.version_id
JOIN articles a ON a.id = v.article_id
LEFT JOIN speakers s ON s.id = o.speaker_id
UNION ALL
SELECT sc.cluster_id, 'statistic', NULL, st.id, NULL, st.claim, st.source, coalesce(v.published, a.published),
       a.outlet, a.identity
FROM statistic_clusters sc
JOIN statistics st ON st.id = sc.statistic_id
JOIN versions v ON v.id = st.version_id
JOIN articles a ON a.id = v.article_id;
