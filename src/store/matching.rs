//! Matching at ingest time: the SQL side of [`crate::matching`].
//!
//! It runs inside the article's own transaction, after its occurrences and statistics are
//! written and before the commit (chosen over a follow-up transaction so that a crash or a
//! failure can never leave an article stored but unmatched: the article and its matches go in
//! together or not at all). Only what the article adds is matched, against what is stored:
//!
//! - a claim new to the database gets candidates from the index (`claim_bands`,
//!   `claim_shingles`), each verified by [`compare`]; every relation found is kept in
//!   `variants` and puts both claims in one cluster (merging clusters when needed); then the
//!   claim's own buckets and shingles are added;
//! - a claim already stored that now appears in a second article gets a cluster of its own
//!   (the identical class);
//! - each occurrence of a clustered claim is checked against the cluster's other speakers
//!   ([`same_speaker`]), read from `cluster_speakers` (kept by the triggers of
//!   `sql/0004_cluster_speakers.sql`: one row per speaker, however large the cluster); a
//!   disagreement is a `speaker` conflict;
//! - a statistic is matched on its clause without the number (`statistic_bands`); a match
//!   joins its cluster, and a different number or unit is a `number` or `unit` conflict.

use super::sql::{MATCHING, statement};
use crate::matching::{
    Number, Signature, compare, matching_words, number_conflict, same_speaker, same_statistic, statistic_words,
};
use rusqlite::{Connection, OptionalExtension, named_params};
use std::collections::{BTreeMap, BTreeSet};

/// The most claims read from one bucket or shingle; more means a stock phrase.
const CANDIDATE_CAP: i64 = 100;

/// The most candidates verified with a diff for one new claim or statistic.
const VERIFY_CAP: usize = 50;

/// The fewest clause words for a statistic to be matched at all.
const MIN_STATISTIC_WORDS: usize = 4;

/// An occurrence just written, as matching needs it.
pub(super) struct NewOccurrence {
    pub id: i64,
    pub claim_id: i64,
    /// True when the claim itself was new to the database.
    pub new_claim: bool,
    pub text: String,
    /// The speaker's canonical name, when named (not an unnamed source).
    pub speaker: Option<String>,
}

/// What a stored statistic says, for matching.
struct StoredNumber {
    version_id: i64,
    text: String,
    words: Vec<String>,
    noun: Option<String>,
    number: Number,
}

/// Matches what one version added: its occurrences and the ids of its statistics.
pub(super) fn match_version(
    tx: &Connection,
    version_id: i64,
    occurrences: &[NewOccurrence],
    statistic_ids: &[i64],
) -> rusqlite::Result<()> {
    let same_version: BTreeSet<i64> = occurrences.iter().filter(|o| o.new_claim).map(|o| o.claim_id).collect();
    for occurrence in occurrences {
        if occurrence.new_claim {
            match_claim(tx, occurrence.claim_id, &occurrence.text, &same_version)?;
        } else if cluster_of(tx, "cluster_of_claim", occurrence.claim_id)?.is_none()
            && claim_articles(tx, occurrence.claim_id)? > 1
        {
            let cluster_id = new_cluster(tx, "insert_claim_cluster", occurrence.claim_id)?;
            join(tx, "join_claim_cluster", occurrence.claim_id, cluster_id)?;
        }
        check_speakers(tx, version_id, occurrence)?;
    }
    for &statistic_id in statistic_ids {
        match_statistic(tx, statistic_id)?;
    }
    Ok(())
}

/// Finds the stored variants of a new claim, records them, and indexes the claim. Claims new
/// in the same version (`same_version`) are not compared: two overlapping spans of one article
/// are the extractor's business, not a variant.
fn match_claim(tx: &Connection, claim_id: i64, text: &str, same_version: &BTreeSet<i64>) -> rusqlite::Result<()> {
    let words = matching_words(text);
    let signature = Signature::of(&words);
    let mut candidates = claim_candidates(tx, &signature)?;
    candidates.retain(|c| !same_version.contains(c));
    // One relation per cluster is enough to join it; the rest would only repeat it.
    let mut joined = BTreeSet::new();
    for candidate in candidates {
        if let Some(cluster_id) = cluster_of(tx, "cluster_of_claim", candidate)?
            && joined.contains(&cluster_id)
        {
            continue;
        }
        let stored: String = tx
            .prepare_cached(statement(MATCHING, "claim_text"))?
            .query_row(named_params! {":id": candidate}, |row| row.get(0))?;
        let Some(relation) = compare(&matching_words(&stored), &words) else { continue };
        tx.prepare_cached(statement(MATCHING, "insert_variant"))?.execute(named_params! {
            ":claim_id": candidate, ":variant_id": claim_id, ":class": relation.class.as_str(), ":diff": relation.diff,
        })?;
        joined.insert(unite(tx, Subject::Claim, candidate, claim_id)?);
    }
    let mut band_insert = tx.prepare_cached(statement(MATCHING, "insert_claim_band"))?;
    for (band, bucket) in signature.buckets.iter().enumerate() {
        band_insert.execute(named_params! {":band": band as i64, ":bucket": bucket, ":id": claim_id})?;
    }
    let mut shingle_insert = tx.prepare_cached(statement(MATCHING, "insert_claim_shingle"))?;
    for shingle in &signature.kept_shingles {
        shingle_insert.execute(named_params! {":shingle": shingle, ":id": claim_id})?;
    }
    Ok(())
}

/// The stored claims that may be variants of a claim with this signature: those sharing a
/// band bucket or a kept shingle (a shingle shared by [`CANDIDATE_CAP`] claims or more is
/// skipped as a stock phrase), the [`VERIFY_CAP`] with the most shared keys first.
pub(super) fn claim_candidates(conn: &Connection, signature: &Signature) -> rusqlite::Result<Vec<i64>> {
    let mut hits = band_hits(conn, "claim_band_candidates", signature)?;
    let mut stmt = conn.prepare_cached(statement(MATCHING, "claim_shingle_candidates"))?;
    for shingle in &signature.shingles {
        let ids: Vec<i64> = stmt
            .query_map(named_params! {":shingle": shingle, ":cap": CANDIDATE_CAP}, |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if (ids.len() as i64) < CANDIDATE_CAP {
            for id in ids {
                *hits.entry(id).or_default() += 1;
            }
        }
    }
    Ok(strongest(hits))
}

/// The statistics sharing a band bucket with the signature, most shared buckets first.
pub(super) fn statistic_candidates(conn: &Connection, signature: &Signature) -> rusqlite::Result<Vec<i64>> {
    Ok(strongest(band_hits(conn, "statistic_band_candidates", signature)?))
}

/// How many band buckets each id shares with the signature (`lookup` names the statement:
/// claims or statistics).
fn band_hits(conn: &Connection, lookup: &str, signature: &Signature) -> rusqlite::Result<BTreeMap<i64, usize>> {
    let mut stmt = conn.prepare_cached(statement(MATCHING, lookup))?;
    let mut hits = BTreeMap::new();
    for (band, bucket) in signature.buckets.iter().enumerate() {
        let ids = stmt
            .query_map(named_params! {":band": band as i64, ":bucket": bucket, ":cap": CANDIDATE_CAP}, |row| {
                row.get::<_, i64>(0)
            })?;
        for id in ids {
            *hits.entry(id?).or_default() += 1;
        }
    }
    Ok(hits)
}

/// The [`VERIFY_CAP`] ids with the most hits (ties: the earliest stored), so that a claim in
/// a crowd of near-identical ones costs a bounded number of diffs.
fn strongest(hits: BTreeMap<i64, usize>) -> Vec<i64> {
    let mut ranked: Vec<(i64, usize)> = hits.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(VERIFY_CAP).map(|(id, _)| id).collect()
}

/// Records a speaker conflict when the occurrence's speaker is new to its cluster (no
/// occurrence in another version has a name that can be theirs).
fn check_speakers(tx: &Connection, version_id: i64, occurrence: &NewOccurrence) -> rusqlite::Result<()> {
    let Some(speaker) = &occurrence.speaker else { return Ok(()) };
    let Some(cluster_id) = cluster_of(tx, "cluster_of_claim", occurrence.claim_id)? else { return Ok(()) };
    let mut stmt = tx.prepare_cached(statement(MATCHING, "cluster_speakers"))?;
    let others: Vec<(i64, String)> = stmt
        .query_map(named_params! {":cluster_id": cluster_id, ":version_id": version_id}, |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // A speaker the cluster already has (in another article) is no news; a new one conflicts
    // with the cluster's first speaker.
    if others.iter().any(|(_, other)| same_speaker(speaker, other)) {
        return Ok(());
    }
    if let Some((other_id, other)) = others.first() {
        tx.prepare_cached(statement(MATCHING, "insert_speaker_conflict"))?.execute(named_params! {
            ":cluster_id": cluster_id, ":occurrence_id": occurrence.id, ":other_id": other_id,
            ":detail": format!("{speaker} / {other}"),
        })?;
    }
    Ok(())
}

/// Finds the stored statements of a new statistic, records its number or unit conflict, and
/// indexes it. A statistic gets one conflict at most, with the strongest candidate that gives
/// another number: a figure repeated with new numbers in every article would otherwise add a
/// conflict per stored statement of it (up to [`VERIFY_CAP`]) each time, and those rows
/// outgrew everything else in the database.
fn match_statistic(tx: &Connection, statistic_id: i64) -> rusqlite::Result<()> {
    let new = stored_number(tx, statistic_id)?;
    if new.words.len() < MIN_STATISTIC_WORDS {
        return Ok(());
    }
    let signature = Signature::of(&new.words);
    let candidates = statistic_candidates(tx, &signature)?;
    let mut conflicted = false;
    for candidate in candidates {
        let stored = stored_number(tx, candidate)?;
        let nouns_agree = match (&stored.noun, &new.noun) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => true,
        };
        if stored.version_id == new.version_id || !nouns_agree || !same_statistic(&stored.words, &new.words) {
            continue;
        }
        let cluster_id = unite(tx, Subject::Statistic, candidate, statistic_id)?;
        if !conflicted && let Some(conflict) = number_conflict(&stored.number, &new.number) {
            conflicted = true;
            tx.prepare_cached(statement(MATCHING, "insert_number_conflict"))?.execute(named_params! {
                ":cluster_id": cluster_id, ":kind": conflict.as_str(), ":statistic_id": statistic_id,
                ":other_id": candidate, ":detail": format!("{} / {}", new.text, stored.text),
            })?;
        }
    }
    let mut insert = tx.prepare_cached(statement(MATCHING, "insert_statistic_band"))?;
    for (band, bucket) in signature.buckets.iter().enumerate() {
        insert.execute(named_params! {":band": band as i64, ":bucket": bucket, ":id": statistic_id})?;
    }
    Ok(())
}

fn stored_number(tx: &Connection, statistic_id: i64) -> rusqlite::Result<StoredNumber> {
    tx.prepare_cached(statement(MATCHING, "statistic_number"))?.query_row(named_params! {":id": statistic_id}, |row| {
        let text: String = row.get("text")?;
        let clause: String = row.get("claim")?;
        Ok(StoredNumber {
            version_id: row.get("version_id")?,
            words: statistic_words(&clause, &text),
            text,
            noun: row.get("noun")?,
            number: Number { value: row.get("value")?, value_max: row.get("value_max")?, unit: row.get("unit")? },
        })
    })
}

/// Claims or statistics: which cluster statements apply.
#[derive(Clone, Copy)]
enum Subject {
    Claim,
    Statistic,
}

impl Subject {
    /// The statements (find the cluster, make one, join one) of this subject.
    fn statements(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Subject::Claim => ("cluster_of_claim", "insert_claim_cluster", "join_claim_cluster"),
            Subject::Statistic => ("cluster_of_statistic", "insert_statistic_cluster", "join_statistic_cluster"),
        }
    }
}

/// Puts `later` in the cluster of `earlier` (making one when neither has one, merging the
/// two when both do) and returns the cluster.
fn unite(tx: &Connection, subject: Subject, earlier: i64, later: i64) -> rusqlite::Result<i64> {
    let (find, insert, join_stmt) = subject.statements();
    let cluster_id = match cluster_of(tx, find, earlier)? {
        Some(id) => id,
        None => {
            let id = new_cluster(tx, insert, earlier)?;
            join(tx, join_stmt, earlier, id)?;
            id
        }
    };
    match cluster_of(tx, find, later)? {
        Some(other) if other != cluster_id => {
            for name in ["merge_claim_clusters", "merge_statistic_clusters", "merge_conflicts"] {
                tx.prepare_cached(statement(MATCHING, name))?
                    .execute(named_params! {":into": cluster_id, ":from": other})?;
            }
            tx.prepare_cached(statement(MATCHING, "delete_cluster"))?.execute(named_params! {":from": other})?;
        }
        Some(_) => {}
        None => join(tx, join_stmt, later, cluster_id)?,
    }
    Ok(cluster_id)
}

fn cluster_of(tx: &Connection, find: &str, id: i64) -> rusqlite::Result<Option<i64>> {
    tx.prepare_cached(statement(MATCHING, find))?.query_row(named_params! {":id": id}, |row| row.get(0)).optional()
}

fn new_cluster(tx: &Connection, insert: &str, first: i64) -> rusqlite::Result<i64> {
    tx.prepare_cached(statement(MATCHING, insert))?.query_row(named_params! {":id": first}, |row| row.get(0))
}

/// Puts a claim or statistic that has no cluster yet in one. A plain insert, not an upsert:
/// SQLite gives a statement that may replace rows a journal of its own, and releasing that
/// journal inside the article's savepoint cost a tenth of a bulk ingest.
fn join(tx: &Connection, join_stmt: &str, id: i64, cluster_id: i64) -> rusqlite::Result<()> {
    tx.prepare_cached(statement(MATCHING, join_stmt))?.execute(named_params! {":id": id, ":cluster_id": cluster_id})?;
    Ok(())
}

fn claim_articles(tx: &Connection, claim_id: i64) -> rusqlite::Result<i64> {
    tx.prepare_cached(statement(MATCHING, "claim_articles"))?
        .query_row(named_params! {":claim_id": claim_id}, |row| row.get(0))
}
