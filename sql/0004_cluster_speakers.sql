-- whosaid schema, version 4: the speakers of each claim cluster, kept by triggers, so that the
-- speaker check of matching (src/store/matching.rs) reads a few rows per cluster instead of
-- every occurrence of every claim in it (a cluster of a stock phrase holds thousands).
-- This file is never edited once released.

-- Each speaker quoted in a claim cluster, with their first occurrence in it (the least id).
-- Derived from claim_clusters and occurrences by the triggers below; never written directly.
CREATE TABLE cluster_speakers (
    cluster_id    INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    speaker_id    INTEGER NOT NULL REFERENCES speakers(id),
    occurrence_id INTEGER NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
    PRIMARY KEY (cluster_id, speaker_id)
) WITHOUT ROWID;

-- A claim joins a cluster (or moves to another when two merge): its speakers join too.
CREATE TRIGGER cluster_speakers_claim_joins AFTER INSERT ON claim_clusters BEGIN
    INSERT INTO cluster_speakers (cluster_id, speaker_id, occurrence_id)
    SELECT new.cluster_id, speaker_id, min(id) FROM occurrences
    WHERE claim_id = new.claim_id AND speaker_id IS NOT NULL GROUP BY speaker_id
    ON CONFLICT (cluster_id, speaker_id) DO UPDATE SET occurrence_id = min(occurrence_id, excluded.occurrence_id);
END;
CREATE TRIGGER cluster_speakers_claim_moves AFTER UPDATE OF cluster_id ON claim_clusters BEGIN
    INSERT INTO cluster_speakers (cluster_id, speaker_id, occurrence_id)
    SELECT new.cluster_id, speaker_id, min(id) FROM occurrences
    WHERE claim_id = new.claim_id AND speaker_id IS NOT NULL GROUP BY speaker_id
    ON CONFLICT (cluster_id, speaker_id) DO UPDATE SET occurrence_id = min(occurrence_id, excluded.occurrence_id);
END;

-- A new occurrence of a clustered claim: its speaker joins the claim's cluster.
CREATE TRIGGER cluster_speakers_occurrence AFTER INSERT ON occurrences
WHEN new.speaker_id IS NOT NULL BEGIN
    INSERT INTO cluster_speakers (cluster_id, speaker_id, occurrence_id)
    SELECT cluster_id, new.speaker_id, new.id FROM claim_clusters WHERE claim_id = new.claim_id
    ON CONFLICT (cluster_id, speaker_id) DO UPDATE SET occurrence_id = min(occurrence_id, excluded.occurrence_id);
END;

-- The clusters made before this version.
INSERT INTO cluster_speakers (cluster_id, speaker_id, occurrence_id)
SELECT cc.cluster_id, o.speaker_id, min(o.id) FROM claim_clusters cc
JOIN occurrences o ON o.claim_id = cc.claim_id
WHERE o.speaker_id IS NOT NULL
GROUP BY cc.cluster_id, o.speaker_id;
