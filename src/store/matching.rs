//! Matching at ingest time: the SQL side of [`crate::matching`].
//!
//! It runs inside the article's own transaction, after its occurrences and statistics are
//! written and before the commit (chosen over a follow-up transaction so that a crash or a
//! failure can never leave an article stored but unmatched: the article and its matches go in
//! together or not at all). Only what the article adds is matched, against what is stored:
//!
//! - a claim new to the database gets candidates from the index (`claim_keys`, read and
//!   filled by `candidates.rs` and `key_runs.rs`), each verified by
//!   [`compare_wordings`];
//!   every relation found is kept in `variants` and puts both claims in one cluster (merging
//!   clusters when needed); then the claim's own buckets and shingles are added;
//! - a claim already stored that now appears in a second article gets a cluster of its own
//!   (the identical class), unless it is a few words of a reporter's ([`repeats_one_claim`]);
//! - each occurrence of a clustered claim is checked against the cluster's other speakers
//!   ([`same_speaker`]), read from `cluster_speakers` (kept by the triggers of
//!   `sql/0004_cluster_speakers.sql`: one row per speaker, however large the cluster); a
//!   disagreement is a `speaker` conflict;
//! - a statistic is matched on its clause without the number (`statistic_bands`); a match
//!   joins its cluster, and a different number or unit is a `number` or `unit` conflict when
//!   both clauses count the same thing ([`counts_the_same`]), else no match. A statistic that
//!   states what a stored one states, in the same words with the same number, joins that one's
//!   cluster on its statement key alone ([`first_statement`]).

use super::candidates::{FullKeys, Lookup};
use super::key_runs::KeyRuns;
use super::keys::StatisticKeys;
use super::sketches::Sketches;
use super::sql::{MATCHING, statement};
use crate::matching::{
    Number, Signature, Sketch, Wording, compare_wordings, counts_the_same, number_conflict, reads_as_outlet,
    repeats_one_claim, same_speaker, same_statistic, statistic_words,
};
use crate::model::Statistic;
use rusqlite::{Connection, OptionalExtension, named_params};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// An occurrence just written, as matching needs it.
pub(super) struct NewOccurrence<'k> {
    pub id: i64,
    pub claim_id: i64,
    /// True when the claim itself was new to the database.
    pub new_claim: bool,
    pub wording: &'k Wording,
    pub signature: &'k Signature,
    pub sketch: Sketch,
    /// The speaker, when named (not an unnamed source).
    pub speaker: Option<NamedSpeaker>,
}

/// A named speaker of an occurrence: their row and canonical name, and whether they are an
/// organisation.
pub(super) struct NamedSpeaker {
    pub id: i64,
    pub name: String,
    pub organization: bool,
}

/// What the writer remembers between articles, to match faster: the full keys of the
/// candidate index, its runs of claim keys with their filters, the sketches of claims, and the
/// stored statistics read lately. Each holds until a rollback: [`forget`](Remembered::forget) it then.
#[derive(Debug, Default)]
pub(super) struct Remembered {
    pub full_keys: FullKeys,
    pub key_runs: KeyRuns,
    sketches: Sketches,
    /// A figure repeated in every article has the same few candidates each time (the oldest of
    /// its full buckets), and reading and splitting them again and again took a tenth of an
    /// ingest. Rows never change once written; at [`RECENT_STATISTICS`] the memory starts anew.
    statistics: HashMap<i64, Arc<StoredNumber>>,
}

/// How many stored statistics [`Remembered`] keeps.
const RECENT_STATISTICS: usize = 4096;

impl Remembered {
    /// Forgets everything (after a rollback, which may have taken rows and keys away).
    pub(super) fn forget(&mut self) {
        self.full_keys.forget();
        self.key_runs.forget();
        self.sketches.forget();
        self.statistics.clear();
    }

    /// A stored statistic, from memory or read.
    fn statistic(&mut self, tx: &Connection, statistic_id: i64) -> rusqlite::Result<Arc<StoredNumber>> {
        if let Some(stored) = self.statistics.get(&statistic_id) {
            return Ok(Arc::clone(stored));
        }
        if self.statistics.len() >= RECENT_STATISTICS {
            self.statistics.clear();
        }
        let stored = Arc::new(StoredNumber::read(tx, statistic_id)?);
        self.statistics.insert(statistic_id, Arc::clone(&stored));
        Ok(stored)
    }
}

/// What a stored statistic says, for matching.
#[derive(Debug)]
struct StoredNumber {
    version_id: i64,
    text: String,
    noun: Option<String>,
    number: Number,
    /// The words it is matched on.
    words: Vec<String>,
}

impl StoredNumber {
    fn read(tx: &Connection, statistic_id: i64) -> rusqlite::Result<StoredNumber> {
        let mut stmt = tx.prepare_cached(statement(MATCHING, "statistic_number"))?;
        stmt.query_row(named_params! {":id": statistic_id}, |row| {
            let (text, clause): (String, String) = (row.get(1)?, row.get(2)?);
            Ok(StoredNumber {
                version_id: row.get(0)?,
                words: statistic_words(&clause, &text),
                text,
                noun: row.get(3)?,
                number: Number { value: row.get(4)?, value_max: row.get(5)?, unit: row.get(6)? },
            })
        })
    }
}

/// A candidate as first read: its id and its cluster as it was before matching began.
struct Candidate {
    id: i64,
    cluster_id: Option<i64>,
}

/// The candidates of a new claim or statistic, in rank order. Only the clusters are read here:
/// a candidate in a cluster already joined (in a crowd of reprints, all but one) is passed over
/// without its row being read.
fn candidate_clusters(tx: &Connection, name: &str, ids: &[i64]) -> rusqlite::Result<Vec<Candidate>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = tx.prepare_cached(statement(MATCHING, name))?;
    let mut ranked: Vec<(i64, Candidate)> = stmt
        .query_map(named_params! {":ids": json_ids(ids)}, |row| {
            Ok((row.get(0)?, Candidate { id: row.get(1)?, cluster_id: row.get(2)? }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    ranked.sort_unstable_by_key(|&(rank, _)| rank);
    Ok(ranked.into_iter().map(|(_, candidate)| candidate).collect())
}

/// A statistic just written, as matching needs it.
pub(super) struct NewStatistic<'a> {
    pub id: i64,
    pub statistic: &'a Statistic,
    pub keys: &'a StatisticKeys,
}

/// Matches what one version added: its occurrences and its statistics. `memory` is what the
/// writer remembers across articles.
pub(super) fn match_version(
    tx: &Connection,
    memory: &mut Remembered,
    version_id: i64,
    occurrences: &[NewOccurrence],
    statistics: &[NewStatistic],
) -> rusqlite::Result<()> {
    let same_version: BTreeSet<i64> = occurrences.iter().filter(|o| o.new_claim).map(|o| o.claim_id).collect();
    // A stored claim the version repeats is asked once whether it now spans two articles: the
    // answer cannot change within the version, and asking at each of its occurrences counted
    // them all each time (an article repeating one quote 35,000 times took minutes).
    let mut asked = BTreeSet::new();
    for occurrence in occurrences {
        if occurrence.new_claim {
            match_claim(tx, memory, occurrence, &same_version)?;
        } else if asked.insert(occurrence.claim_id)
            && repeats_one_claim(occurrence.wording)
            && cluster_of(tx, "cluster_of_claim", occurrence.claim_id)?.is_none()
            && claim_articles(tx, occurrence.claim_id)? > 1
        {
            let cluster_id = new_cluster(tx, "insert_claim_cluster", occurrence.claim_id)?;
            join(tx, "join_claim_cluster", occurrence.claim_id, cluster_id)?;
        }
        check_speakers(tx, version_id, occurrence)?;
    }
    for new in statistics {
        match_statistic(tx, memory, version_id, new)?;
    }
    Ok(())
}

/// Finds the stored variants of the claim of a new occurrence, records them, and indexes the
/// claim. Claims new in the same version (`same_version`) are not compared: two overlapping
/// spans of one article are the extractor's business, not a variant.
///
/// The candidates' clusters are read first, as they were then (a cluster merged away during
/// the loop was joined, so its old id is in `joined` too, beside the one it merged into); a
/// candidate's text, and whether any occurrence quotes it directly, only when it is
/// compared.
fn match_claim(
    tx: &Connection,
    memory: &mut Remembered,
    occurrence: &NewOccurrence,
    same_version: &BTreeSet<i64>,
) -> rusqlite::Result<()> {
    let claim_id = occurrence.claim_id;
    let wording = occurrence.wording;
    let runs = memory.key_runs.get(tx)?;
    let found = Lookup::claim(tx, &mut memory.full_keys, runs, occurrence.signature)?;
    // A candidate its sketch rules out (most of those that share a key by chance) is passed
    // over before its cluster is read.
    let mut candidates = Vec::new();
    for candidate in found.candidates() {
        if !same_version.contains(&candidate)
            && memory.sketches.get(tx, candidate)?.is_none_or(|sketch| sketch.may_relate(wording))
        {
            candidates.push(candidate);
        }
    }
    let stored = candidate_clusters(tx, "claim_candidate_clusters", &candidates)?;
    // One relation per cluster is enough to join it; the rest would only repeat it.
    let mut joined = BTreeSet::new();
    for Candidate { id: candidate, cluster_id } in stored {
        if cluster_id.is_some_and(|id| joined.contains(&id)) {
            continue;
        }
        let (stored_text, direct): (String, bool) = tx
            .prepare_cached(statement(MATCHING, "claim_candidate"))?
            .query_row(named_params! {":id": candidate}, |row| Ok((row.get(0)?, row.get(1)?)))?;
        let Some(relation) = compare_wordings(&Wording::of(&stored_text, direct), wording) else { continue };
        tx.prepare_cached(statement(MATCHING, "insert_variant"))?.execute(named_params! {
            ":claim_id": candidate, ":variant_id": claim_id, ":class": relation.class.as_str(), ":diff": relation.diff,
        })?;
        // The candidate's cluster may be merged away into the claim's: both count as joined.
        joined.extend(cluster_id);
        joined.insert(unite(tx, Subject::Claim, candidate, claim_id)?);
    }
    found.add_claim(runs, claim_id);
    memory.sketches.stored(claim_id, occurrence.sketch);
    Ok(())
}

/// A list of ids as the JSON array the candidate statements read.
fn json_ids(ids: &[i64]) -> String {
    serde_json::to_string(ids).unwrap_or_default()
}

/// Records a speaker conflict when the occurrence's speaker is new to its cluster (no
/// occurrence in another version has a name that can be theirs).
fn check_speakers(tx: &Connection, version_id: i64, occurrence: &NewOccurrence) -> rusqlite::Result<()> {
    let Some(speaker) = &occurrence.speaker else { return Ok(()) };
    let Some(cluster_id) = cluster_of(tx, "cluster_of_claim", occurrence.claim_id)? else { return Ok(()) };
    // The common case first, in one look-up: the same speaker row was quoted in the cluster
    // before. Reading every speaker of a much-quoted cluster for each new occurrence took a
    // third of an ingest.
    let quoted_before: Option<bool> = tx
        .prepare_cached(statement(MATCHING, "speaker_quoted_before"))?
        .query_row(
            named_params! {":cluster_id": cluster_id, ":speaker_id": speaker.id, ":version_id": version_id},
            |row| row.get(0),
        )
        .optional()?;
    if quoted_before == Some(true) {
        return Ok(());
    }
    let mut stmt = tx.prepare_cached(statement(MATCHING, "cluster_speakers"))?;
    let others: Vec<(i64, NamedSpeaker)> = stmt
        .query_map(named_params! {":cluster_id": cluster_id, ":version_id": version_id}, |row| {
            let organization = row.get::<_, String>(3)? == "organization";
            Ok((row.get(0)?, NamedSpeaker { id: row.get(1)?, name: row.get(2)?, organization }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // A speaker the cluster already has (in another article) is no news; a new one conflicts
    // with the cluster's first speaker. An outlet given as the speaker ("…, according to
    // Harbor Wire") is a citation of the outlet that printed the words, not another speaker
    // of them: the chain of citations is the trace's to follow.
    if others.iter().any(|(_, other)| same_speaker(&speaker.name, &other.name)) {
        return Ok(());
    }
    // The outlets are looked up only when there is someone to conflict with.
    let mut first_person = None;
    for (id, other) in &others {
        if !is_outlet(tx, other)? {
            first_person = Some((id, &other.name));
            break;
        }
    }
    let Some((other_id, other)) = first_person else { return Ok(()) };
    if is_outlet(tx, speaker)? {
        return Ok(());
    }
    tx.prepare_cached(statement(MATCHING, "insert_speaker_conflict"))?.execute(named_params! {
        ":cluster_id": cluster_id, ":occurrence_id": occurrence.id, ":other_id": other_id,
        ":detail": format!("{} / {other}", speaker.name),
    })?;
    Ok(())
}

/// Whether a speaker is a news outlet: the outlet of a stored article, or an organisation
/// whose name [reads as an outlet's](reads_as_outlet) though nothing it printed is stored.
fn is_outlet(tx: &Connection, speaker: &NamedSpeaker) -> rusqlite::Result<bool> {
    if speaker.organization && reads_as_outlet(&speaker.name) {
        return Ok(true);
    }
    let name = speaker.name.strip_prefix("The ").unwrap_or(&speaker.name);
    tx.prepare_cached(statement(MATCHING, "names_an_outlet"))?
        .query_row(named_params! {":name": name}, |row| row.get(0))
}

/// Finds the stored statements of a new statistic, records its number or unit conflict, and
/// indexes it. A statistic gets one conflict at most, with the strongest candidate that gives
/// another number: a figure repeated with new numbers in every article would otherwise add a
/// conflict per stored statement of it (up to
/// [`STATISTIC_CANDIDATES`](super::candidates::STATISTIC_CANDIDATES)) each time, and those rows
/// outgrew everything else in the database.
///
/// A candidate already in a cluster the statistic has joined can add nothing but that
/// conflict, so it is verified only while the conflict is open and when its number differs.
/// The candidates' clusters are read first, as in [`match_claim`].
fn match_statistic(
    tx: &Connection,
    memory: &mut Remembered,
    version_id: i64,
    &NewStatistic { id: statistic_id, statistic: new, keys }: &NewStatistic,
) -> rusqlite::Result<()> {
    // Too few words to match on.
    let Some(signature) = &keys.signature else { return Ok(()) };
    let new_words = &keys.words;
    let new_number = Number { value: new.value, value_max: new.value_max, unit: new.unit.clone() };
    if let Some(first) = first_statement(tx, memory, version_id, new, keys, &new_number)? {
        unite(tx, Subject::Statistic, first, statistic_id)?;
        return Ok(());
    }
    let found = Lookup::statistic(tx, &mut memory.full_keys, signature)?;
    let mut joined = BTreeSet::new();
    let mut conflicted = false;
    for Candidate { id: candidate, cluster_id, .. } in
        candidate_clusters(tx, "statistic_candidate_clusters", &found.candidates())?
    {
        let in_joined = cluster_id.is_some_and(|id| joined.contains(&id));
        if in_joined && conflicted {
            continue;
        }
        let stored = memory.statistic(tx, candidate)?;
        if in_joined && number_conflict(&stored.number, &new_number).is_none() {
            continue;
        }
        let nouns_agree = match (&stored.noun, &new.noun) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => true,
        };
        let stored_words = &stored.words;
        let conflict = number_conflict(&stored.number, &new_number);
        if stored.version_id == version_id
            || !nouns_agree
            || !same_statistic(stored_words, new_words)
            || (conflict.is_some() && !counts_the_same(stored_words, new_words))
        {
            continue;
        }
        joined.extend(cluster_id);
        let cluster_id = unite(tx, Subject::Statistic, candidate, statistic_id)?;
        joined.insert(cluster_id);
        if !conflicted && let Some(conflict) = conflict {
            conflicted = true;
            tx.prepare_cached(statement(MATCHING, "insert_number_conflict"))?.execute(named_params! {
                ":cluster_id": cluster_id, ":kind": conflict.as_str(), ":statistic_id": statistic_id,
                ":other_id": candidate, ":detail": format!("{} / {}", new.text, stored.text),
            })?;
        }
    }
    found.add_statistic(tx, statistic_id)
}

/// The first statistic stored in another version that states what a new one states: the same
/// words, number, unit and noun. Its key is checked against what it says, as a hash may collide.
/// A repeated figure joins that one's cluster without a look-up of the candidate index, and adds
/// no keys of its own to it (the first statement's stand for both).
fn first_statement(
    tx: &Connection,
    memory: &mut Remembered,
    version_id: i64,
    new: &Statistic,
    keys: &StatisticKeys,
    number: &Number,
) -> rusqlite::Result<Option<i64>> {
    let Some(key) = keys.statement else { return Ok(None) };
    let first: Option<(i64, i64)> = tx
        .prepare_cached(statement(MATCHING, "first_statement"))?
        .query_row(named_params! {":statement": key}, |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let Some(first) = first.and_then(|(id, version)| (version != version_id).then_some(id)) else { return Ok(None) };
    let stored = memory.statistic(tx, first)?;
    let lowercase = |noun: &Option<String>| noun.as_deref().map(str::to_lowercase);
    let same =
        stored.words == keys.words && stored.number == *number && lowercase(&stored.noun) == lowercase(&new.noun);
    Ok(same.then_some(first))
}

/// Claims or statistics: which cluster statements apply.
#[derive(Clone, Copy)]
enum Subject {
    Claim,
    Statistic,
}

/// The cluster statements of a [`Subject`].
struct ClusterStatements {
    find: &'static str,
    insert: &'static str,
    join: &'static str,
    size: &'static str,
}

impl Subject {
    fn statements(self) -> ClusterStatements {
        match self {
            Subject::Claim => ClusterStatements {
                find: "cluster_of_claim",
                insert: "insert_claim_cluster",
                join: "join_claim_cluster",
                size: "claim_cluster_size",
            },
            Subject::Statistic => ClusterStatements {
                find: "cluster_of_statistic",
                insert: "insert_statistic_cluster",
                join: "join_statistic_cluster",
                size: "statistic_cluster_size",
            },
        }
    }
}

/// Puts `later` in the cluster of `earlier` (making one when neither has one, merging the
/// two when both do) and returns the cluster. A merge moves the smaller cluster into the larger:
/// moving a crowd of reprints into the cluster of a newcomer rewrote thousands of rows, again
/// at each such merge.
fn unite(tx: &Connection, subject: Subject, earlier: i64, later: i64) -> rusqlite::Result<i64> {
    let ClusterStatements { find, insert, join: join_stmt, size } = subject.statements();
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
            let members = |cluster_id: i64| -> rusqlite::Result<i64> {
                tx.prepare_cached(statement(MATCHING, size))?
                    .query_row(named_params! {":id": cluster_id}, |row| row.get(0))
            };
            let (into, from) =
                if members(other)? > members(cluster_id)? { (other, cluster_id) } else { (cluster_id, other) };
            for name in ["merge_claim_clusters", "merge_statistic_clusters", "merge_conflicts", "keep_first_member"] {
                tx.prepare_cached(statement(MATCHING, name))?.execute(named_params! {":into": into, ":from": from})?;
            }
            tx.prepare_cached(statement(MATCHING, "delete_cluster"))?.execute(named_params! {":from": from})?;
            Ok(into)
        }
        Some(_) => Ok(cluster_id),
        None => join(tx, join_stmt, later, cluster_id).map(|()| cluster_id),
    }
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
