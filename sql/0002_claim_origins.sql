-- whosaid schema, version 2: where each claim was first said.
--
-- A view only; no table changes. This file is never edited once released.

-- Where was it first said: each claim's earliest occurrence by publication date (ingest time
-- when no date is known), with its speaker and article, and how many occurrences it has.
CREATE VIEW claim_origins AS
SELECT c.hash AS claim,
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
