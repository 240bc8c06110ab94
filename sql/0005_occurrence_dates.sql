-- whosaid schema, version 5: each occurrence carries its publication date, so that the quotes
-- of one speaker are read from an index in date order (`quotes --speaker`, `show SPEAKER`)
-- instead of all of them being looked up and sorted for the first hundred.
-- This file is never edited once released.

-- `published` is coalesce(version's published, article's published): the date the listings
-- sort by. It is set when the occurrence is written (sql/queries/write.sql) and follows the
-- article's date when an article without one gets it from a later version.
ALTER TABLE occurrences ADD COLUMN published TEXT;
UPDATE occurrences SET published = (
    SELECT coalesce(v.published, a.published) FROM versions v JOIN articles a ON a.id = v.article_id
    WHERE v.id = occurrences.version_id
);
CREATE TRIGGER occurrences_follow_article_date AFTER UPDATE OF published ON articles
WHEN new.published IS NOT old.published BEGIN
    UPDATE occurrences SET published = new.published
    WHERE version_id IN (SELECT id FROM versions WHERE article_id = new.id AND published IS NULL);
END;

-- A speaker's occurrences in date order; it replaces the index on speaker_id alone.
CREATE INDEX occurrences_speaker_published ON occurrences(speaker_id, published);
DROP INDEX occurrences_speaker_id;

-- who_said_what as in version 1, with `published` read from the occurrence.
DROP VIEW who_said_what;
CREATE VIEW who_said_what AS
SELECT o.id AS occurrence_id,
       c.hash AS claim,
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
