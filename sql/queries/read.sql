-- Statements that answer the listing commands (src/store/query.rs). The quote listing is
-- `quotes`, then any of the `filter_*` lines, then `quotes_order`; each filter binds the
-- parameter it names; a speaker's quotes are the listing once for each of `speaker_ids`, with
-- `filter_speaker_id`. Each statement stands under its `-- name:` line.

-- name: quotes
SELECT * FROM who_said_what WHERE 1 = 1

-- name: speaker_ids
-- The speakers a name or alias can mean.
SELECT id FROM speakers WHERE name = :speaker UNION SELECT speaker_id FROM speaker_aliases WHERE alias = :speaker

-- name: filter_article
-- An article by its identity, its URL or a prefix of 4 or more digits of a version id.
AND article_id IN (SELECT id FROM articles WHERE identity = :article OR url = :article
                   UNION SELECT article_id FROM versions
                   WHERE length(:article) >= 4 AND hash >= :article AND hash < :article || 'g')

-- name: filter_kind
AND kind = :kind

-- name: filter_since
AND published >= :since

-- name: filter_until
AND substr(published, 1, length(:until)) <= :until

-- name: filter_search
AND claim_id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :search)

-- name: filter_latest
AND latest_version

-- name: filter_claim_id
AND claim_id = :claim_id

-- name: filter_speaker_id
AND speaker_id = :speaker_id

-- name: filter_published_at_most
-- A quote dated no later than :at_most (undated quotes sort first, so they always pass).
AND (published IS NULL OR published <= :at_most)

-- name: filter_article_id
AND article_id = :article_id

-- name: filter_version
AND version = :version

-- name: quotes_order
ORDER BY published, article, version, char_start LIMIT :limit

-- name: search
-- Occurrences in latest versions of the claims that match, best rank first. A common word
-- matches a large share of all claims, so the claims are first walked in rank order (FTS5
-- sorts them itself) only as far as the :limit-th claim that has such an occurrence: no
-- claim ranked after it can make the answer, and only the claims up to it are joined.
WITH cutoff AS (
    SELECT rank FROM (SELECT rowid AS claim_id, rank FROM claims_fts WHERE claims_fts MATCH :search ORDER BY rank) h
    WHERE :limit > 0 AND EXISTS (SELECT 1 FROM who_said_what q WHERE q.claim_id = h.claim_id AND q.latest_version)
    LIMIT 1 OFFSET :limit - 1
)
SELECT q.* FROM claims_fts f JOIN who_said_what q ON q.claim_id = f.rowid
WHERE claims_fts MATCH :search AND q.latest_version AND f.rank <= coalesce((SELECT rank FROM cutoff), f.rank)
ORDER BY f.rank, q.published LIMIT :limit

-- name: speakers
SELECT s.id, s.name, s.kind,
       (SELECT json_group_array(alias) FROM
           (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id ORDER BY alias)) AS aliases,
       (SELECT json_group_array(description) FROM
           (SELECT description FROM speaker_descriptions WHERE speaker_id = s.id ORDER BY id)) AS descriptions,
       count(o.id) AS quotes,
       count(DISTINCT v.article_id) AS articles
FROM speakers s
LEFT JOIN occurrences o ON o.speaker_id = s.id
LEFT JOIN versions v ON v.id = o.version_id
WHERE :name IS NULL OR s.id IN (SELECT id FROM speakers WHERE name = :name
                                UNION SELECT speaker_id FROM speaker_aliases WHERE alias = :name)
GROUP BY s.id
ORDER BY quotes DESC, s.name

-- name: claim_normalized
SELECT normalized FROM claims WHERE id = :claim_id

-- name: articles_by_id
-- An article by its identity, its URL or a prefix of 4 or more digits of a version id.
SELECT id, identity, url, title, outlet, published FROM articles
WHERE id IN (SELECT id FROM articles WHERE identity = :id OR url = :id
             UNION SELECT article_id FROM versions
             WHERE length(:prefix) >= 4 AND hash >= :prefix AND hash < :prefix || 'g')
ORDER BY identity LIMIT 6

-- name: versions_of_article
SELECT v.number, v.hash, v.title, v.published, v.source, v.ingested_at,
       (SELECT count(*) FROM occurrences o WHERE o.version_id = v.id) AS quotes
FROM versions v WHERE v.article_id = :article_id ORDER BY v.number

-- name: statistics
-- Statistics with the article that states them: `statistics`, then any of the `filter_*`
-- lines below that apply, then `statistics_order`.
SELECT * FROM (
    SELECT lower(hex(st.hash)) AS id, st.text, st.claim, st.value, st.value_max, st.unit, st.noun,
           st.qualifier, st.time, st.source,
           (SELECT json_group_array(name) FROM (SELECT name FROM citations WHERE statistic_id = st.id ORDER BY position))
               AS cites,
           st.link, st.char_start, st.char_end, st.hash, v.article_id, v.number AS version,
           coalesce(v.published, a.published) AS published, a.outlet, a.title, a.identity AS article
    FROM statistics st JOIN versions v ON v.id = st.version_id JOIN articles a ON a.id = v.article_id
) WHERE 1 = 1

-- name: filter_statistic_id
-- The statistics with the id (the same clause) of statistic :id.
AND hash = (SELECT hash FROM statistics WHERE id = :id)

-- name: statistics_order
ORDER BY published, article, version, char_start

-- name: counts
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM versions) AS versions,
       (SELECT count(*) FROM claims) AS claims,
       (SELECT count(*) FROM occurrences) AS occurrences,
       (SELECT count(*) FROM speakers) AS speakers,
       (SELECT count(*) FROM statistics) AS statistics

-- name: damage
-- Every fault SQLite finds in the file (its pages, the indexes against their tables, the
-- constraints, the full-text index), one a row; the one row 'ok' when there is none.
PRAGMA integrity_check

-- name: trees
-- Each table and index by the root page of its b-tree, as integrity_check names them.
SELECT rootpage, type || ' ' || name FROM sqlite_schema WHERE rootpage > 0

-- name: stored_versions_of_article
SELECT a.identity, a.url, a.outlet, v.number, v.hash, v.title, v.authors, v.published, v.modified,
       v.language, v.ingested_at, v.body
FROM versions v JOIN articles a ON a.id = v.article_id
WHERE a.id = :article_id
ORDER BY v.number

-- name: versions_by_hash
SELECT a.identity, a.url, a.outlet, v.number, v.hash, v.title, v.authors, v.published, v.modified,
       v.language, v.ingested_at, v.body
FROM versions v JOIN articles a ON a.id = v.article_id
WHERE v.hash >= :prefix AND v.hash < :prefix || 'g'
ORDER BY a.identity, v.number LIMIT 6
