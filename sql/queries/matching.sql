-- Statements that match a new article's claims and statistics against those stored before it
-- (src/store/matching.rs, src/store/candidates.rs), run inside the article's transaction.
-- Candidate look-ups stop at :cap rows, oldest first: a bucket or shingle with that many is
-- full (src/store/candidates.rs says what a full key gives). Each statement stands under its
-- `-- name:` line.

-- name: claim_key_runs
-- The runs of the claim candidate index, oldest first: the open one is the last
-- (sql/0010_claim_key_runs.sql). The keys of run N stand in table claim_keys_N
-- (sql/0011_claim_key_tables.sql): in the statements below, {run} is that number.
SELECT run, since, keys FROM claim_key_runs ORDER BY since

-- name: claim_run_candidates
-- The ids under one key of one run, oldest first.
SELECT claim_id FROM claim_keys_{run} WHERE band = :band AND value = :value LIMIT :cap

-- name: claim_run_range
-- The ids under the keys of one band with values from :low to :high, in one run.
SELECT claim_id FROM claim_keys_{run} WHERE band = :band AND value BETWEEN :low AND :high

-- name: claim_id_of_row
SELECT hash FROM claims WHERE id = :id

-- name: claim_ids
SELECT id, hash FROM claims

-- name: insert_claim_key
INSERT OR IGNORE INTO claim_keys_{run} (band, value, claim_id) VALUES (:band, :value, :id)

-- name: claim_run_keys
SELECT band, value FROM claim_keys_{run}

-- name: create_claim_key_run
CREATE TABLE claim_keys_{run} (
    band     INTEGER NOT NULL,
    value    INTEGER NOT NULL,
    claim_id INTEGER NOT NULL,
    PRIMARY KEY (band, value, claim_id)
) WITHOUT ROWID

-- name: drop_claim_key_run
DROP TABLE claim_keys_{run}

-- name: close_claim_key_run
UPDATE claim_key_runs SET keys = :keys WHERE run = :run

-- name: open_claim_key_run
-- After every run: its claims all come after the claims stored so far.
INSERT INTO claim_key_runs (run, since)
VALUES ((SELECT coalesce(max(run), 0) + 1 FROM claim_key_runs), (SELECT coalesce(max(id), 0) + 1 FROM claims))
RETURNING run, since

-- name: next_claim_key_run
SELECT coalesce(max(run), 0) + 1 FROM claim_key_runs

-- name: insert_claim_key_run
INSERT INTO claim_key_runs (run, since, keys) VALUES (:run, :since, :keys)

-- name: merge_claim_key_runs
-- One range of one band's values of the runs merged, into the new run in key order: the
-- sources are one merged_claim_keys for each run merged, joined by UNION ALL. Each comes from
-- its table in key order, so SQLite merges them as they come, without a sort.
INSERT INTO claim_keys_{run} (band, value, claim_id) {runs} ORDER BY 2, 3

-- name: merged_claim_keys
-- merged_claim_key(band, value) adds the key to the merged run's filter, and is true.
SELECT band, value, claim_id FROM claim_keys_{run}
WHERE band = :band AND value BETWEEN :low AND :high AND merged_claim_key(band, value)

-- name: delete_merged_claim_key_filters
DELETE FROM claim_key_filters WHERE run IN (SELECT value FROM json_each(:runs))

-- name: delete_merged_claim_key_runs
DELETE FROM claim_key_runs WHERE run IN (SELECT value FROM json_each(:runs))

-- name: claim_key_filter
SELECT bits FROM claim_key_filters WHERE run = :run ORDER BY part

-- name: save_claim_key_filter
INSERT INTO claim_key_filters (run, part, bits) VALUES (:run, :part, :bits)

-- name: claim_text
SELECT text FROM claims WHERE id = :id

-- name: claim_candidate_clusters
-- The candidates of a new claim (:ids, a JSON array of claim ids in rank order), each with
-- its rank and its cluster: enough to pass over one in a cluster already joined, unread.
SELECT j.key, j.value, cc.cluster_id FROM json_each(:ids) j
LEFT JOIN claim_clusters cc ON cc.claim_id = j.value

-- name: claim_sketch
SELECT sketch FROM claim_sketches WHERE claim_id = :id

-- name: claim_candidate
-- A candidate's text, and whether an occurrence quotes it directly.
SELECT text, EXISTS (SELECT 1 FROM occurrences o WHERE o.claim_id = :id AND o.kind = 'direct')
FROM claims WHERE id = :id

-- name: claim_articles
SELECT count(DISTINCT v.article_id) FROM occurrences o JOIN versions v ON v.id = o.version_id
WHERE o.claim_id = :claim_id

-- name: cluster_of_claim
SELECT cluster_id FROM claim_clusters WHERE claim_id = :id

-- name: cluster_of_statistic
SELECT cluster_id FROM statistic_clusters WHERE statistic_id = :id

-- name: insert_claim_cluster
INSERT INTO clusters (kind, first_claim_id) VALUES ('claim', :id) RETURNING id

-- name: insert_statistic_cluster
INSERT INTO clusters (kind, first_statistic_id) VALUES ('statistic', :id) RETURNING id

-- name: join_claim_cluster
INSERT INTO claim_clusters (claim_id, cluster_id) VALUES (:id, :cluster_id)

-- name: join_statistic_cluster
INSERT INTO statistic_clusters (statistic_id, cluster_id) VALUES (:id, :cluster_id)

-- name: claim_cluster_size
SELECT count(*) FROM claim_clusters WHERE cluster_id = :id

-- name: statistic_cluster_size
SELECT count(*) FROM statistic_clusters WHERE cluster_id = :id

-- name: merge_claim_clusters
UPDATE claim_clusters SET cluster_id = :into WHERE cluster_id = :from

-- name: merge_statistic_clusters
UPDATE statistic_clusters SET cluster_id = :into WHERE cluster_id = :from

-- name: merge_conflicts
UPDATE conflicts SET cluster_id = :into WHERE cluster_id = :from

-- name: keep_first_member
-- The cluster merged into keeps the first member of the two.
UPDATE clusters SET first_claim_id = (SELECT min(first_claim_id) FROM clusters WHERE id IN (:into, :from)),
    first_statistic_id = (SELECT min(first_statistic_id) FROM clusters WHERE id IN (:into, :from))
WHERE id = :into

-- name: delete_cluster
DELETE FROM clusters WHERE id = :from

-- name: insert_variant
INSERT OR IGNORE INTO variants (claim_id, variant_id, class, diff) VALUES (:claim_id, :variant_id, :class, :diff)

-- name: speaker_quoted_before
-- Whether a speaker has an occurrence in the cluster outside one version: their first
-- occurrence in it is elsewhere (the version being matched is the newest).
SELECT o.version_id != :version_id FROM cluster_speakers cs JOIN occurrences o ON o.id = cs.occurrence_id
WHERE cs.cluster_id = :cluster_id AND cs.speaker_id = :speaker_id

-- name: cluster_speakers
-- Each named speaker of a cluster (outside one version) once, with their first occurrence.
-- The version being matched is the newest, so its occurrences come after all others: a
-- speaker whose first occurrence is in it has none outside it.
SELECT cs.occurrence_id, s.id, s.name, s.kind FROM cluster_speakers cs
JOIN speakers s ON s.id = cs.speaker_id
JOIN occurrences o ON o.id = cs.occurrence_id
WHERE cs.cluster_id = :cluster_id AND s.kind != 'unnamed' AND o.version_id != :version_id
ORDER BY cs.occurrence_id

-- name: names_an_outlet
-- Whether a speaker's name is an outlet of a stored article ("according to Harbor Wire"),
-- any case, with or without "The".
SELECT EXISTS (SELECT 1 FROM articles WHERE outlet COLLATE NOCASE IN (:name, 'The ' || :name))

-- name: insert_speaker_conflict
INSERT INTO conflicts (cluster_id, kind, occurrence_id, other_occurrence_id, detail)
VALUES (:cluster_id, 'speaker', :occurrence_id, :other_id, :detail)

-- name: first_statement
-- The first statistic stored with the same statement key, and its version. The version being
-- matched is the newest: when the first is in it, no other version has one. (Asking for the
-- first outside it read every row of the key in it, at each of an article's repeats.)
SELECT id, version_id FROM statistics WHERE statement = :statement ORDER BY id LIMIT 1

-- name: statistic_band_candidates
SELECT statistic_id FROM statistic_bands WHERE band = :band AND bucket = :bucket LIMIT :cap

-- name: insert_statistic_band
INSERT OR IGNORE INTO statistic_bands (band, bucket, statistic_id) VALUES (:band, :bucket, :id)

-- name: statistic_candidate_clusters
-- The candidates of a new statistic (:ids, a JSON array of ids in rank order), each with its
-- rank and its cluster.
SELECT j.key, j.value, sc.cluster_id FROM json_each(:ids) j
LEFT JOIN statistic_clusters sc ON sc.statistic_id = j.value

-- name: statistic_number
SELECT version_id, text, claim, noun, value, value_max, unit FROM statistics WHERE id = :id

-- name: insert_number_conflict
INSERT INTO conflicts (cluster_id, kind, statistic_id, other_statistic_id, detail)
VALUES (:cluster_id, :kind, :statistic_id, :other_id, :detail)
