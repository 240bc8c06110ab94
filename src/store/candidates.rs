//! The candidate index of matching on the SQL side: which stored claims or statistics share a
//! key (a band bucket or a shingle of their [`Signature`]) with a new one, and adding the new
//! one's keys.
//!
//! A shingle that holds [`SHINGLE_CAP`] ids is *full*: a stock phrase, which gives no
//! candidates. A bucket that holds [`BUCKET_CAP`] ids is full too, and gives its oldest
//! [`FULL_SAMPLE`] ids: claims that agree on a whole band are near-identical, so a full bucket is
//! a crowd of one wording (a wire story's quote reprinted by hundreds of outlets), and one of
//! its members verified joins the crowd's cluster as well as all of them would. (Among the
//! first 200,000 generated claims of the matching benchmark, no bucket holds ten.)
//!
//! A candidate that shares a single key is weak evidence: one three-word shingle of common
//! words is chance, and such candidates grow with the database (in the matching benchmark at
//! 100,000 claims they were 37,364 of the 38,500 verified over the last 10,000 claims, and 7 of
//! them were variants, 6 through a key that only they held). So they are ranked by the size of
//! that key, rarest first, and at most [`SINGLE_KEY_CAP`] of them are verified; a candidate that
//! shares two keys or more always is (up to [`CLAIM_CANDIDATES`] in all). The cost of matching a claim
//! then stops growing with the database once its rare keys are filled. (Matching 20,000 claims
//! against 300,000, 55,362 of 58,132 candidates verified shared a single key, and 7 of them were
//! variants; at a cap of 2 instead of 8, 17,438 did, and the same 7.)
//!
//! The claim keys stand in runs (`key_runs.rs`, a log-structured merge): a look-up reads each
//! run that its filter says may hold the key, oldest first.
//!
//! A full key stays full and gives the same ids for ever: ids only grow and are never deleted,
//! and a key is read in id order. So a new id is not added to a full key (it could never be
//! read back, and the key would grow with every reprint), and the writer remembers the full
//! keys it has read ([`FullKeys`]) instead of reading them again for every new claim.

use super::key_runs::Runs;
use super::sql::{MATCHING, statement};
use crate::matching::Signature;
use rusqlite::{Connection, named_params};
use std::collections::HashMap;

/// The ids a shingle holds when it is full.
const SHINGLE_CAP: usize = 100;

/// The ids a band bucket holds when it is full.
const BUCKET_CAP: usize = 20;

/// How many full keys [`FullKeys`] remembers (some 10 MB).
const FULL_KEYS_KEPT: usize = 65_536;

/// The most candidates that share a single key verified for one new claim or statistic.
const SINGLE_KEY_CAP: usize = 2;

/// How many of a full bucket's ids are candidates.
const FULL_SAMPLE: usize = 10;

/// The most candidates verified for one new claim: those beyond the twentieth strongest were
/// seldom more than other members of a cluster already joined (generated news, where a quote is
/// retold in crowds of variants, had 38 candidates a claim at a cap of 50; 2 of its 14,613
/// relations came from beyond the twentieth).
pub(super) const CLAIM_CANDIDATES: usize = 20;

/// The most candidates verified for one new statistic. A figure restated in many articles has
/// a crowd of candidates in one cluster: at a cap of 50, 2,178,166 candidates were ranked for
/// 72,506 statistics of generated news, and 127,246 of them read.
pub(super) const STATISTIC_CANDIDATES: usize = 10;

/// Which index a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Index {
    Claims,
    Statistics,
}

/// The band of a claim's shingle in the claim keys.
const SHINGLE_BAND: i64 = -1;

/// One key of one index: a band's bucket (`band`, `value`) or a claim's shingle
/// ([`SHINGLE_BAND`], `value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    index: Index,
    band: i64,
    value: i64,
}

impl Key {
    fn is_shingle(self) -> bool {
        self.band == SHINGLE_BAND
    }

    /// How many ids this key holds when it is full.
    fn cap(self) -> usize {
        if self.is_shingle() { SHINGLE_CAP } else { BUCKET_CAP }
    }

    /// The ids under this key, oldest first, up to its cap: a claim key's from the `runs` of
    /// the claim keys that may hold it, a statistic's (`runs` `None`) from its table.
    fn read(self, conn: &Connection, runs: Option<(&Runs, &[bool])>) -> rusqlite::Result<Vec<i64>> {
        if let Some((runs, held)) = runs {
            return runs.ids(conn, (self.band, self.value), held, self.cap());
        }
        let mut stmt = conn.prepare_cached(statement(MATCHING, "statistic_band_candidates"))?;
        let params = named_params! {":band": self.band, ":bucket": self.value, ":cap": self.cap() as i64};
        stmt.query_map(params, |row| row.get::<_, i64>(0))?.collect()
    }
}

/// The keys of a signature's band buckets in an index.
fn bands(index: Index, signature: &Signature) -> impl Iterator<Item = Key> + '_ {
    (signature.buckets.iter().enumerate()).map(move |(band, &value)| Key { index, band: band as i64, value })
}

/// The full keys read so far, each with the ids it gives as candidates. Valid as long as what
/// was read is not rolled back: [`forget`](FullKeys::forget) it then. At [`FULL_KEYS_KEPT`]
/// keys it starts anew, so that its memory does not grow with the database (a key forgotten is
/// read again, and found full again).
#[derive(Debug, Default)]
pub(super) struct FullKeys {
    keys: HashMap<Key, Box<[i64]>>,
}

impl FullKeys {
    /// Forgets every full key (after a rollback, which may have emptied some).
    pub(super) fn forget(&mut self) {
        self.keys.clear();
    }
}

/// The stored claims that may be variants of a claim with this signature, strongest first
/// (for a reader, which remembers no full keys). The runs and their tables are read in one
/// snapshot: a writer's merge in between would drop the tables of the runs it merged.
pub(super) fn claim_candidates(conn: &Connection, signature: &Signature) -> rusqlite::Result<Vec<i64>> {
    conn.execute_batch("SAVEPOINT claim_candidates")?;
    let found = Runs::listed(conn).and_then(|runs| Lookup::claim(conn, &mut FullKeys::default(), &runs, signature));
    conn.execute_batch("RELEASE claim_candidates")?;
    Ok(found?.candidates())
}

/// The stored statistics that may state the statistic with this signature, strongest first.
pub(super) fn statistic_candidates(conn: &Connection, signature: &Signature) -> rusqlite::Result<Vec<i64>> {
    Ok(Lookup::statistic(conn, &mut FullKeys::default(), signature)?.candidates())
}

/// What the index holds for one signature: how many keys each stored id shares with it, and
/// the keys a new id would be added under (those not full).
#[derive(Debug)]
pub(super) struct Lookup {
    /// Each id once for every key it shares, with the number of ids under that key (counted
    /// when ranked: cheaper than a map).
    hits: Vec<(i64, usize)>,
    /// How many candidates it gives at most.
    cap: usize,
    open: Vec<Key>,
}

impl Lookup {
    /// An empty look-up that gives at most `cap` candidates.
    fn new(cap: usize) -> Lookup {
        Lookup { hits: Vec::new(), cap, open: Vec::new() }
    }

    /// The claims sharing a band bucket or a shingle with a claim's signature, in the runs of
    /// the claim keys (those of a writer skip the keys their filters do not hold). A new claim
    /// is added under its buckets and kept shingles.
    pub(super) fn claim(
        conn: &Connection,
        full: &mut FullKeys,
        runs: &Runs,
        signature: &Signature,
    ) -> rusqlite::Result<Lookup> {
        let mut found = Lookup::new(CLAIM_CANDIDATES);
        let shingles = signature.shingles.iter().map(|&value| Key { index: Index::Claims, band: SHINGLE_BAND, value });
        // A full key remembered needs no run: only the others are checked in the filters, each
        // check a read from memory outside the processor's caches (a key in every run of a
        // million claims, as a shingle of common words is, cost a read in each).
        let mut keys: Vec<Key> = Vec::new();
        for key in bands(Index::Claims, signature).chain(shingles) {
            if !found.count_full(full, key) {
                keys.push(key);
            }
        }
        let held = runs.may_hold(keys.iter().map(|key| (key.band, key.value)));
        for (n, &key) in keys.iter().enumerate() {
            let held = &held[n * runs.len()..(n + 1) * runs.len()];
            let is_full = found.read(conn, full, Some((runs, held)), key)?;
            if !is_full && (!key.is_shingle() || signature.kept_shingles.binary_search(&key.value).is_ok()) {
                found.open.push(key);
            }
        }
        Ok(found)
    }

    /// The statistics sharing a band bucket with a statistic's signature, from their table.
    pub(super) fn statistic(conn: &Connection, full: &mut FullKeys, signature: &Signature) -> rusqlite::Result<Lookup> {
        let mut found = Lookup::new(STATISTIC_CANDIDATES);
        for key in bands(Index::Statistics, signature) {
            if !found.read(conn, full, None, key)? {
                found.open.push(key);
            }
        }
        Ok(found)
    }

    /// The ids with the most shared keys, then those of rarer keys (ties: the
    /// earliest stored), so that a claim in a crowd of near-identical ones costs a bounded number
    /// of diffs; of the ids that share a single key, the [`SINGLE_KEY_CAP`] of the rarest.
    pub(super) fn candidates(&self) -> Vec<i64> {
        let mut hits = self.hits.clone();
        hits.sort_unstable();
        // (shared keys, the size of the smallest of them, id) of each id: sorted, a run of one
        // id starts with its smallest key.
        let mut ranked: Vec<(usize, usize, i64)> =
            hits.chunk_by(|a, b| a.0 == b.0).map(|run| (run.len(), run[0].1, run[0].0)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let single = ranked.iter().position(|&(shared, _, _)| shared == 1).unwrap_or(ranked.len());
        ranked.truncate(single + SINGLE_KEY_CAP);
        ranked.into_iter().take(self.cap).map(|(_, _, id)| id).collect()
    }

    /// Adds a new claim under the keys that are not full, in the open run.
    pub(super) fn add_claim(&self, runs: &mut Runs, id: i64) {
        self.open.iter().for_each(|key| runs.add(key.band, key.value, id));
    }

    /// Adds a new statistic under the keys that are not full.
    pub(super) fn add_statistic(&self, tx: &Connection, id: i64) -> rusqlite::Result<()> {
        let mut insert = tx.prepare_cached(statement(MATCHING, "insert_statistic_band"))?;
        for key in &self.open {
            insert.execute(named_params! {":band": key.band, ":bucket": key.value, ":id": id})?;
        }
        Ok(())
    }

    /// Counts the sample of a key remembered full; true when it is one.
    fn count_full(&mut self, full: &FullKeys, key: Key) -> bool {
        let sample = full.keys.get(&key);
        sample.inspect(|sample| self.count_sample(sample)).is_some()
    }

    /// Counts the ids a key gives; true when it is full.
    fn read(
        &mut self,
        conn: &Connection,
        full: &mut FullKeys,
        runs: Option<(&Runs, &[bool])>,
        key: Key,
    ) -> rusqlite::Result<bool> {
        if self.count_full(full, key) {
            return Ok(true);
        }
        let ids = key.read(conn, runs)?;
        if ids.len() < key.cap() {
            self.count(&ids);
            return Ok(false);
        }
        let sample = if key.is_shingle() { &[][..] } else { &ids[..FULL_SAMPLE] };
        self.count_sample(sample);
        if full.keys.len() >= FULL_KEYS_KEPT {
            full.keys.clear();
        }
        full.keys.insert(key, sample.into());
        Ok(true)
    }

    /// Counts the ids under a key that is not full.
    fn count(&mut self, ids: &[i64]) {
        self.hits.extend(ids.iter().map(|&id| (id, ids.len())));
    }

    /// Counts the sample of a full bucket: it stands for a crowd of one wording, so its ids
    /// rank as if their key were the rarest.
    fn count_sample(&mut self, sample: &[i64]) {
        self.hits.extend(sample.iter().map(|&id| (id, 0)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_of_two_keys_come_first_and_of_one_key_only_the_rarest() {
        // Id 1 shares two keys; ids 100 to 119 share one key each, and the later the id the
        // rarer its key, so that rarity and not age decides.
        let mut found = Lookup::new(CLAIM_CANDIDATES);
        found.hits.extend([(1, 40), (1, 60)]);
        found.hits.extend((100..120).map(|id| (id, 130 - id as usize)));
        let candidates = found.candidates();
        let rarest: Vec<i64> = (120 - SINGLE_KEY_CAP as i64..120).rev().collect();
        assert_eq!(candidates[0], 1);
        assert_eq!(candidates[1..], rarest[..]);
    }
}
