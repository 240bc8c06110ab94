-- whosaid schema, version 1: articles and their versions, the claims quoted in them, who
-- said each claim where, the numbers they cite and the links that carry citations.
--
-- Conventions: plural table names, an integer `id` on every table, `<thing>_id` foreign keys
-- (declared and indexed), content ids as 64 lowercase hex digits (blake3 of normalised text),
-- times as ISO 8601 TEXT, offsets as character (not byte) offsets into `versions.body`, with
-- `*_end` exclusive. This file is never edited once released; later changes go in 0002_*.sql.

-- An article, whatever its revisions: one row per canonical URL, or per normalised body when
-- the URL is unknown. `identity` is that URL or body hash. `url`, `title`, `outlet` and
-- `published` are NULL where no version said them; they hold what the first version said.
CREATE TABLE articles (
    id        INTEGER PRIMARY KEY,
    identity  TEXT NOT NULL UNIQUE,
    url       TEXT,
    title     TEXT,
    outlet    TEXT,
    published TEXT
);

-- One body text of an article. `hash` is the version id (blake3 of the normalised body);
-- `number` counts the versions of one article from 1 in order of ingest. `body` is the text
-- that all offsets count into. `source` is the file it was read from (NULL for stdin).
-- `published`, `modified`, `title`, `authors` (a JSON array) and `language` are NULL when the
-- file did not say them.
CREATE TABLE versions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    title       TEXT,
    authors     TEXT,
    published   TEXT,
    modified    TEXT,
    language    TEXT,
    source      TEXT,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    body        TEXT NOT NULL,
    UNIQUE (article_id, hash),
    UNIQUE (article_id, number)
);
CREATE INDEX versions_hash ON versions(hash);
CREATE INDEX versions_published ON versions(published);

-- A person or organisation that says things, one row across all articles, found by its
-- canonical name (compared without case). `kind` is person, organization or unnamed (a
-- source the text does not name, such as "officials").
CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'unnamed'))
);

-- Other names articles give a speaker ("Clinton", "the Democratic nominee").
CREATE TABLE speaker_aliases (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_alias ON speaker_aliases(alias);

-- Roles and descriptions articles give a speaker ("professor at ...").
CREATE TABLE speaker_descriptions (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    UNIQUE (speaker_id, description)
);

-- A claim: one row per normalised text, however many times and by whomever it was quoted.
-- `hash` is the claim id; `text` is the wording first seen, `normalized` what was hashed.
CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    text       TEXT NOT NULL,
    normalized TEXT NOT NULL
);

-- Full-text search over claim text (external content: the text is stored once, in claims).
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
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

-- One place where a claim is quoted: in which version, where (`char_start`..`char_end`, and
-- `parts` as a JSON array of [start, end] when an attribution interrupts the quote), how
-- (`kind`: direct, mixed or indirect), by whom (`speaker_id`, NULL when unresolved) and with
-- which words (`text` as written here; `mention` names the speaker and `cue` is the reporting
-- verb, each NULL when absent, with their offsets).
CREATE TABLE occurrences (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claims(id),
    version_id    INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES speakers(id),
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    text          TEXT NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    parts         TEXT NOT NULL,
    mention       TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER
);
CREATE INDEX occurrences_claim_id ON occurrences(claim_id);
CREATE INDEX occurrences_version_id ON occurrences(version_id);
CREATE INDEX occurrences_speaker_id ON occurrences(speaker_id);

-- A hyperlink in a version's body: `anchor` is the linked text at `char_start`..`char_end`.
CREATE TABLE links (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    href       TEXT NOT NULL,
    anchor     TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);
CREATE INDEX links_version_id ON links(version_id);
CREATE INDEX links_href ON links(href);

-- The links inside or next to an occurrence: how an article cites where a quote comes from.
CREATE TABLE occurrence_links (
    id            INTEGER PRIMARY KEY,
    occurrence_id INTEGER NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
    link_id       INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    UNIQUE (occurrence_id, link_id)
);
CREATE INDEX occurrence_links_link_id ON occurrence_links(link_id);

-- A number stated in a version: the quantity as written (`text`, at `char_start`..`char_end`),
-- the clause that states it (`claim`), its value, unit and hedge, and who it is attributed to
-- (`source`; NULL when the article states it on its own authority). `value`, `value_max`,
-- `unit`, `noun`, `qualifier`, `time` and `link` (the href that carries the citation) are NULL
-- when the text does not give them.
CREATE TABLE statistics (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    claim      TEXT NOT NULL,
    value      REAL,
    value_max  REAL,
    unit       TEXT,
    noun       TEXT,
    qualifier  TEXT,
    time       TEXT,
    source     TEXT,
    link       TEXT,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);
CREATE INDEX statistics_version_id ON statistics(version_id);
CREATE INDEX statistics_source ON statistics(source);

-- The sources a statistic's source cites in turn ("citing data from an advocacy group"),
-- in the order the text gives them (`position` from 0).
CREATE TABLE citations (
    id           INTEGER PRIMARY KEY,
    statistic_id INTEGER NOT NULL REFERENCES statistics(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    UNIQUE (statistic_id, position)
);

-- Who said what: every occurrence with its claim, speaker and article. `latest_version` is 1
-- when the occurrence is in the newest version of its article; the ids at the end are for
-- joins.
CREATE VIEW who_said_what AS
SELECT o.id AS occurrence_id,
       c.hash AS claim,
       s.name AS speaker,
       o.mention,
       o.cue,
       o.kind,
       o.text,
       coalesce(v.published, a.published) AS published,
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

-- What did X say: each speaker's claims, once each, with how often and since when they were
-- quoted.
CREATE VIEW speaker_claims AS
SELECT s.name AS speaker,
       c.hash AS claim,
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

-- Where does this number come from: each statistic with its source, the sources it cites and
-- the article that states it.
CREATE VIEW statistic_sources AS
SELECT st.id AS statistic_id,
       st.text,
       st.value,
       st.unit,
       st.claim,
       st.source,
       (SELECT group_concat(ci.name, '; ') FROM citations ci WHERE ci.statistic_id = st.id) AS cites,
       st.link,
       coalesce(v.published, a.published) AS published,
       a.outlet,
       a.identity AS article
FROM statistics st
JOIN versions v ON v.id = st.version_id
JOIN articles a ON a.id = v.article_id;

-- Each speaker with their aliases and how much they are quoted.
CREATE VIEW speaker_summary AS
SELECT s.id,
       s.name,
       s.kind,
       (SELECT group_concat(al.alias, '; ') FROM speaker_aliases al WHERE al.speaker_id = s.id) AS aliases,
       (SELECT count(*) FROM occurrences o WHERE o.speaker_id = s.id) AS quotes,
       (SELECT count(DISTINCT v.article_id) FROM occurrences o JOIN versions v ON v.id = o.version_id
         WHERE o.speaker_id = s.id) AS articles
FROM speakers s;
