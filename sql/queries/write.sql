-- Statements that store one article's extraction (src/store/write.rs), all run inside the
-- article's transaction. Each statement stands under its `-- name:` line.

-- name: find_article
SELECT id FROM articles WHERE identity = :identity

-- name: find_version
SELECT number FROM versions WHERE article_id = :article_id AND hash = :hash

-- name: upsert_article
INSERT INTO articles (identity, url, title, outlet, published)
VALUES (:identity, :url, :title, :outlet, :published)
ON CONFLICT (identity) DO UPDATE SET
    url = coalesce(url, excluded.url),
    title = coalesce(title, excluded.title),
    outlet = coalesce(outlet, excluded.outlet),
    published = coalesce(published, excluded.published)
RETURNING id

-- name: insert_version
INSERT INTO versions (article_id, number, hash, title, authors, published, modified, language, source, body)
VALUES (:article_id,
        (SELECT coalesce(max(number), 0) + 1 FROM versions WHERE article_id = :article_id),
        :hash, :title, :authors, :published, :modified, :language, :source, :body)
RETURNING id, number

-- name: insert_link
INSERT INTO links (version_id, href, anchor, char_start, char_end)
VALUES (:version_id, :href, :anchor, :char_start, :char_end)

-- name: find_speaker
SELECT id FROM speakers WHERE name = :name

-- name: insert_speaker
INSERT INTO speakers (name, kind) VALUES (:name, :kind)

-- name: insert_alias
INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (:speaker_id, :alias)

-- name: insert_description
INSERT OR IGNORE INTO speaker_descriptions (speaker_id, description) VALUES (:speaker_id, :description)

-- name: insert_claims
-- :rows is a JSON array of [hash, text, normalized] triples, all new, the hash in hex: one
-- statement for them all.
INSERT INTO claims (hash, text, normalized)
SELECT unhex(value ->> 0), value ->> 1, value ->> 2 FROM json_each(:rows)
RETURNING id, hash

-- name: insert_claim_sketch
INSERT INTO claim_sketches (claim_id, sketch) VALUES (:claim_id, :sketch)

-- name: insert_occurrence
INSERT INTO occurrences (claim_id, version_id, speaker_id, kind, text, char_start, char_end, parts,
                         mention, mention_start, mention_end, cue, cue_start, cue_end, published)
VALUES (:claim_id, :version_id, :speaker_id, :kind, :text, :char_start, :char_end, :parts,
        :mention, :mention_start, :mention_end, :cue, :cue_start, :cue_end,
        (SELECT coalesce(v.published, a.published) FROM versions v JOIN articles a ON a.id = v.article_id
         WHERE v.id = :version_id))

-- name: insert_occurrence_link
INSERT OR IGNORE INTO occurrence_links (occurrence_id, link_id) VALUES (:occurrence_id, :link_id)

-- name: insert_statistic
INSERT INTO statistics (version_id, text, claim, value, value_max, unit, noun, qualifier, time, source, link,
                        char_start, char_end, statement, hash)
VALUES (:version_id, :text, :claim, :value, :value_max, :unit, :noun, :qualifier, :time, :source, :link,
        :char_start, :char_end, :statement, :hash)

-- name: insert_citation
INSERT INTO citations (statistic_id, position, name) VALUES (:statistic_id, :position, :name)

-- name: statistics_without_id
-- The statistics stored before statistics had ids (sql/0015_statistic_ids.sql).
SELECT id, claim FROM statistics WHERE hash IS NULL

-- name: set_statistic_id
UPDATE statistics SET hash = :hash WHERE id = :id
