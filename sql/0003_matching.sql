-- whosaid schema, version 3: the same claim across articles. A candidate index over claims
-- and statistics, clusters of variants, the relation that joined each variant and the
-- conflicts found inside clusters (src/store/matching.rs fills them as articles are stored).
-- This file is never edited once released.

-- MinHash/LSH buckets: a claim's signature cut into bands (src/matching/signature.rs);
-- claims that share a (band, bucket) are candidates. No index on claim_id: claims are never
-- deleted, and one would double the table.
CREATE TABLE claim_bands (
    band     INTEGER NOT NULL,
    bucket   INTEGER NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    PRIMARY KEY (band, bucket, claim_id)
) WITHOUT ROWID;

-- Winnowed word shingles (xxh3 of three words) of each claim: a quote inside a longer one
-- shares at least one with it.
CREATE TABLE claim_shingles (
    shingle  INTEGER NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    PRIMARY KEY (shingle, claim_id)
) WITHOUT ROWID;

-- The same buckets for statistics, over a statistic's clause without its number.
CREATE TABLE statistic_bands (
    band         INTEGER NOT NULL,
    bucket       INTEGER NOT NULL,
    statistic_id INTEGER NOT NULL REFERENCES statistics(id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, statistic_id)
) WITHOUT ROWID;
CREATE INDEX statistic_bands_statistic_id ON statistic_bands(statistic_id);

-- A group of claims (kind 'claim') or statistics (kind 'statistic') that are one quote or one
-- number in different wordings. Made when a second article repeats a claim, or when a variant
-- is found; `first_claim_id` / `first_statistic_id` is the member stored first (the other is
-- NULL).
CREATE TABLE clusters (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('claim', 'statistic')),
    first_claim_id     INTEGER REFERENCES claims(id),
    first_statistic_id INTEGER REFERENCES statistics(id) ON DELETE SET NULL
);

-- Which cluster a claim belongs to (claims with no variant and one article have no row).
CREATE TABLE claim_clusters (
    claim_id   INTEGER PRIMARY KEY REFERENCES claims(id),
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX claim_clusters_cluster_id ON claim_clusters(cluster_id);

-- Which cluster a statistic belongs to.
CREATE TABLE statistic_clusters (
    statistic_id INTEGER PRIMARY KEY REFERENCES statistics(id) ON DELETE CASCADE,
    cluster_id   INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX statistic_clusters_cluster_id ON statistic_clusters(cluster_id);

-- How a claim (`variant_id`, the one stored later) relates to a claim stored before it
-- (`claim_id`): identical (the same words once quoted fragments and contractions are
-- accounted for), trimmed (one inside the other) or altered (words changed). `diff` is the
-- word diff from claim to variant: `[-removed-]`, `{+added+}`, `…` for trimmed ends.
CREATE TABLE variants (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id),
    variant_id INTEGER NOT NULL REFERENCES claims(id),
    class      TEXT NOT NULL CHECK (class IN ('identical', 'trimmed', 'altered')),
    diff       TEXT NOT NULL,
    UNIQUE (claim_id, variant_id)
);
CREATE INDEX variants_variant_id ON variants(variant_id);

-- A disagreement inside a cluster: the same words given to different speakers (`speaker`,
-- between two occurrences), or one statistic with another number or unit (`number`, `unit`,
-- between two statistics). The pair of columns of the other kind is NULL. `detail` says it in
-- words ("Ana Ruiz / Tom Baker", "$4.2 million / $2.4 million").
CREATE TABLE conflicts (
    id                  INTEGER PRIMARY KEY,
    cluster_id          INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL CHECK (kind IN ('speaker', 'number', 'unit')),
    occurrence_id       INTEGER REFERENCES occurrences(id) ON DELETE CASCADE,
    other_occurrence_id INTEGER REFERENCES occurrences(id) ON DELETE CASCADE,
    statistic_id        INTEGER REFERENCES statistics(id) ON DELETE CASCADE,
    other_statistic_id  INTEGER REFERENCES statistics(id) ON DELETE CASCADE,
    detail              TEXT NOT NULL
);
CREATE INDEX conflicts_cluster_id ON conflicts(cluster_id);
CREATE INDEX conflicts_occurrence_id ON conflicts(occurrence_id);
CREATE INDEX conflicts_other_occurrence_id ON conflicts(other_occurrence_id);
CREATE INDEX conflicts_statistic_id ON conflicts(statistic_id);
CREATE INDEX conflicts_other_statistic_id ON conflicts(other_statistic_id);

-- Where the members of each cluster appear: one row per occurrence of a clustered claim, or
-- per clustered statistic, with its speaker (for a statistic, its source), date and outlet.
CREATE VIEW cluster_appearances AS
SELECT cc.cluster_id, 'claim' AS kind, o.id AS occurrence_id, NULL AS statistic_id, c.hash AS claim, o.text,
       s.name AS speaker, coalesce(v.published, a.published) AS published, a.outlet, a.identity AS article
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

-- A trace follows a cited source to the article at its URL or to the articles of the outlet
-- it names.
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
