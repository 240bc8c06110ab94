-- Statements that read clusters back for `whosaid matches` and `whosaid trace`
-- (src/store/clusters.rs). Each statement stands under its `-- name:` line.

-- name: cluster_ids
-- Clusters passing the filters, each optional (NULL means any): a class (identical, trimmed,
-- altered) or conflict kind (speaker, number, unit), a speaker name or alias, an outlet, and
-- publication dates.
SELECT cl.id, cl.kind FROM clusters cl
WHERE (:class IS NULL
       OR (:class = 'identical' AND (
            EXISTS (SELECT 1 FROM variants va JOIN claim_clusters cc ON cc.claim_id = va.variant_id
                    WHERE cc.cluster_id = cl.id AND va.class = 'identical')
            OR EXISTS (SELECT 1 FROM claim_clusters cc JOIN occurrences o ON o.claim_id = cc.claim_id
                       JOIN versions v ON v.id = o.version_id WHERE cc.cluster_id = cl.id
                       GROUP BY o.claim_id HAVING count(DISTINCT v.article_id) > 1)
            OR (cl.kind = 'statistic' AND NOT EXISTS (SELECT 1 FROM conflicts cf WHERE cf.cluster_id = cl.id))))
       OR EXISTS (SELECT 1 FROM variants va JOIN claim_clusters cc ON cc.claim_id = va.variant_id
                  WHERE cc.cluster_id = cl.id AND va.class = :class)
       OR EXISTS (SELECT 1 FROM conflicts cf WHERE cf.cluster_id = cl.id AND cf.kind = :class))
  AND (:speaker IS NULL OR EXISTS (
        SELECT 1 FROM claim_clusters cc JOIN occurrences o ON o.claim_id = cc.claim_id
        WHERE cc.cluster_id = cl.id AND o.speaker_id IN (
            SELECT id FROM speakers WHERE name = :speaker
            UNION SELECT speaker_id FROM speaker_aliases WHERE alias = :speaker)))
  -- One appearance fits the outlet and the dates together: the Courier's of March 4 is no
  -- appearance in the Courier until March 3 because another outlet printed it on March 2.
  AND (:outlet IS NULL AND :since IS NULL AND :until IS NULL OR EXISTS (
        SELECT 1 FROM cluster_appearances ca WHERE ca.cluster_id = cl.id
        AND (:outlet IS NULL OR ca.outlet = :outlet COLLATE NOCASE)
        AND (:since IS NULL OR ca.published >= :since)
        AND (:until IS NULL OR substr(ca.published, 1, length(:until)) <= :until)))
ORDER BY cl.id LIMIT :limit

-- name: claim_members
-- The claims of a cluster, first stored first, each with the relation that joined it.
SELECT c.id, lower(hex(c.hash)) AS hash, c.text, va.class, va.diff, lower(hex(parent.hash)) AS matched
FROM claim_clusters cc JOIN claims c ON c.id = cc.claim_id
LEFT JOIN variants va ON va.id = (SELECT min(id) FROM variants WHERE variant_id = c.id AND claim_id IN
                                  (SELECT claim_id FROM claim_clusters WHERE cluster_id = :cluster_id))
LEFT JOIN claims parent ON parent.id = va.claim_id
WHERE cc.cluster_id = :cluster_id ORDER BY c.id

-- name: claim_appearances
-- Every occurrence of one claim, oldest first: dated ones by publication date, then undated ones
-- by ingest time (`published` stays NULL for them: ingestion is no publication).
SELECT o.id, o.claim_id, lower(hex(c.hash)) AS hash, o.text, o.char_start, o.char_end, o.version_id, s.name AS speaker,
       s.kind AS speaker_kind, o.mention, coalesce(v.published, a.published) AS published, v.ingested_at,
       a.outlet, a.title, a.url, a.identity AS article,
       (SELECT json_group_array(l.href) FROM occurrence_links ol JOIN links l ON l.id = ol.link_id
        WHERE ol.occurrence_id = o.id) AS links
FROM occurrences o JOIN claims c ON c.id = o.claim_id
JOIN versions v ON v.id = o.version_id JOIN articles a ON a.id = v.article_id
LEFT JOIN speakers s ON s.id = o.speaker_id
WHERE o.claim_id = :claim_id
ORDER BY coalesce(v.published, a.published, v.ingested_at), o.id

-- name: statistic_members
-- The statistics of a cluster (or the one statistic :statistic_id), oldest first as
-- claim_appearances orders them, with the article that states each.
SELECT st.id, lower(hex(st.hash)) AS hash, st.version_id, st.text, st.claim, st.value, st.value_max, st.unit,
       st.source, st.link,
       (SELECT json_group_array(name) FROM (SELECT name FROM citations WHERE statistic_id = st.id ORDER BY position))
           AS cites,
       coalesce(v.published, a.published) AS published, v.ingested_at, a.outlet, a.title, a.url, a.identity AS article
FROM statistics st
JOIN versions v ON v.id = st.version_id JOIN articles a ON a.id = v.article_id
WHERE st.id IN (SELECT statistic_id FROM statistic_clusters WHERE cluster_id = :cluster_id) OR st.id = :statistic_id
ORDER BY coalesce(v.published, a.published, v.ingested_at), st.id

-- name: cluster_conflicts
-- Each disagreement once: an article that quotes the words twice ("…" and a part of it)
-- conflicts once for each occurrence.
SELECT kind, detail FROM conflicts WHERE cluster_id = :cluster_id GROUP BY kind, detail ORDER BY min(id)

-- name: claims_by_hash_prefix
-- The claims whose id starts with a prefix: ids from :low to :high (src/store/ids.rs), among
-- the rows :rows (a JSON array) their keys in the candidate index give (src/store/id_keys.rs).
SELECT c.id, lower(hex(c.hash)), c.text, cc.cluster_id FROM claims c LEFT JOIN claim_clusters cc ON cc.claim_id = c.id
WHERE c.id IN (SELECT value FROM json_each(:rows)) AND c.hash BETWEEN :low AND :high ORDER BY c.hash LIMIT 6

-- name: claim_by_id
SELECT c.id, lower(hex(c.hash)), c.text, cc.cluster_id FROM claims c LEFT JOIN claim_clusters cc ON cc.claim_id = c.id
WHERE c.id = :id

-- name: statistic_by_id
SELECT st.id, st.text, st.claim, sc.cluster_id, lower(hex(st.hash)) FROM statistics st
LEFT JOIN statistic_clusters sc ON sc.statistic_id = st.id WHERE st.id = :id

-- name: statistics_by_hash_prefix
-- The first statistic stored with each id from :low to :high (src/store/ids.rs).
SELECT min(id) FROM statistics WHERE hash BETWEEN :low AND :high GROUP BY hash ORDER BY hash LIMIT 6

-- name: statistic_by_clause
-- The first statistic stated in exactly these words (a clause too short for the candidate
-- index; read only when the index found none).
SELECT id FROM statistics WHERE claim = :clause ORDER BY id LIMIT 1

-- name: articles_at_url
-- The newest version of the article at a URL (its canonical URL or identity).
SELECT v.id AS version_id, v.body, a.identity AS article, a.url, a.outlet, a.title,
       coalesce(v.published, a.published) AS published
FROM articles a JOIN versions v ON v.article_id = a.id
WHERE (a.url = :source OR a.identity = :source)
  AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id)

-- name: articles_of_outlet
-- The newest version of each article of an outlet (by name, any case), oldest article first.
SELECT v.id AS version_id, v.body, a.identity AS article, a.url, a.outlet, a.title,
       coalesce(v.published, a.published) AS published
FROM articles a JOIN versions v ON v.article_id = a.id
WHERE a.outlet = :source COLLATE NOCASE
  AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id)
ORDER BY coalesce(v.published, a.published, v.ingested_at) LIMIT 200

-- name: statistics_of_version
SELECT st.id, st.text, st.claim, st.value, st.value_max, st.unit, st.noun FROM statistics st
WHERE st.version_id = :version_id ORDER BY st.char_start

-- name: version_body
SELECT body FROM versions WHERE id = :version_id
