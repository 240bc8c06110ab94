-- Statements that match a new article's claims and statistics against those stored before it
-- (src/store/matching.rs, src/store/candidates.rs), run inside the article's transaction.
-- Candidate look-ups stop at :cap rows, oldest first: a bucket or shingle with that many is
-- full (src/store/candidates.rs says what a full key gives). Each statement stands under its
-- `-- name:` line.

-- name: claim_band_candidates
-- The large table's ids are all older than the recent one's (sql/0007_recent_claim_keys.sql).
SELECT claim_id FROM claim_bands WHERE band = :band AND bucket = :bucket
UNION ALL
SELECT claim_id FROM claim_bands_recent WHERE band = :band AND bucket = :bucket
LIMIT :cap

-- name: claim_shingle_candidates
SELECT claim_id FROM claim_shingles WHERE shingle = :shingle
UNION ALL
SELECT claim_id FROM claim_shingles_recent WHERE shingle = :shingle
LIMIT :cap

-- name: insert_claim_band
INSERT OR IGNORE INTO claim_bands_recent (band, bucket, claim_id) VALUES (:band, :bucket, :id)

-- name: insert_claim_shingle
INSERT OR IGNORE INTO claim_shingles_recent (shingle, claim_id) VALUES (:shingle, :id)

-- name: recent_claim_keys
SELECT (SELECT count(*) FROM claim_bands_recent) + (SELECT count(*) FROM claim_shingles_recent)

-- name: merge_recent_claim_bands
-- One range of one band's buckets at a time, in key order: a statement keeps in memory a copy
-- of every page it changes (temp_store is memory), and one statement for all the recent keys
-- took 500 MB at 1,000,000 claims.
INSERT OR IGNORE INTO claim_bands (band, bucket, claim_id)
SELECT band, bucket, claim_id FROM claim_bands_recent WHERE band = :band AND bucket BETWEEN :low AND :high

-- name: merge_recent_claim_shingles
INSERT OR IGNORE INTO claim_shingles (shingle, claim_id)
SELECT shingle, claim_id FROM claim_shingles_recent WHERE shingle BETWEEN :low AND :high

-- name: claim_key_filter
SELECT bits FROM claim_key_filter ORDER BY part

-- name: clear_claim_key_filter
DELETE FROM claim_key_filter

-- name: save_claim_key_filter
INSERT INTO claim_key_filter (part, bits) VALUES (:part, :bits)

-- name: large_claim_keys
-- Every key of the large tables, as the filter hashes them (a shingle as band -1).
SELECT band, bucket FROM claim_bands UNION ALL SELECT -1, shingle FROM claim_shingles

-- name: recent_claim_keys_listed
SELECT band, bucket FROM claim_bands_recent UNION ALL SELECT -1, shingle FROM claim_shingles_recent

-- name: clear_recent_claim_keys
DELETE FROM claim_bands_recent;
DELETE FROM claim_shingles_recent;

-- name: claim_text
SELECT text FROM claims WHERE id = :id

-- name: claim_candidate_clusters
-- The candidates of a new claim (:ids, a JSON array of claim ids in rank order), each with
-- its rank and its cluster: enough to pass over one in a cluster already joined unread.
SELECT j.key, j.value, cc.cluster_id FROM json_each(:ids) j LEFT JOIN claim_clusters cc ON cc.claim_id = j.value

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
SELECT cs.occurrence_id, s.name FROM cluster_speakers cs
JOIN speakers s ON s.id = cs.speaker_id
JOIN occurrences o ON o.id = cs.occurrence_id
WHERE cs.cluster_id = :cluster_id AND s.kind != 'unnamed' AND o.version_id != :version_id
ORDER BY cs.occurrence_id

-- name: insert_speaker_conflict
INSERT INTO conflicts (cluster_id, kind, occurrence_id, other_occurrence_id, detail)
VALUES (:cluster_id, 'speaker', :occurrence_id, :other_id, :detail)

-- name: first_statement
-- The first statistic stored with the same statement key in another version.
SELECT id FROM statistics WHERE statement = :statement AND version_id != :version_id ORDER BY id LIMIT 1

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
