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
//! then stops growing with the database once its rare keys are filled.
//!
//! New keys go to small tables of their own (`claim_bands_recent`, `claim_shingles_recent`),
//! which [`RecentKeys`] merges into the large ones a million at a time
//! (`sql/0007_recent_claim_keys.sql` says why); a look-up reads both. The writer first asks a
//! filter of every key of the four tables ([`ClaimKeyFilter`]), and seeks only the keys it may
//! hold (`sql/0009_claim_key_filter.sql` says why).
//!
//! A full key stays full and gives the same ids for ever: ids only grow and are never deleted,
//! and a key is read in id order. So a new id is not added to a full key (it could never be
//! read back, and the key would grow with every reprint), and the writer remembers the full
//! keys it has read ([`FullKeys`]) instead of reading them again for every new claim.

use super::key_filter::KeyFilter;
use super::sql::{MATCHING, statement};
use crate::matching::Signature;
use crate::matching::signature::BANDS;
use rusqlite::{Connection, named_params};
use std::collections::HashMap;

/// The ids a shingle holds when it is full.
const SHINGLE_CAP: usize = 100;

/// The ids a band bucket holds when it is full.
const BUCKET_CAP: usize = 20;

/// How many full keys [`FullKeys`] remembers (some 10 MB).
const FULL_KEYS_KEPT: usize = 65_536;

/// The most candidates that share a single key verified for one new claim or statistic.
const SINGLE_KEY_CAP: usize = 8;

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

/// How many recent keys make a merge due: some 20 MB of pages, which stay in the cache.
const MERGE_RECENT_AT: usize = 1_000_000;

/// How many keys the recent tables hold, as the writer counts them, and their merge into the
/// large tables when they hold [`MERGE_RECENT_AT`].
#[derive(Debug, Default)]
pub(super) struct RecentKeys {
    /// Unknown until counted, and after a rollback.
    held: Option<usize>,
}

impl RecentKeys {
    /// Counts keys added in the open transaction.
    fn added(&mut self, keys: usize) {
        if let Some(held) = &mut self.held {
            *held += keys;
        }
    }

    /// Forgets the count (after a rollback, which may have taken keys away).
    pub(super) fn forget(&mut self) {
        self.held = None;
    }

    /// True when the recent tables hold enough keys for a merge.
    pub(super) fn merge_due(&mut self, conn: &Connection) -> rusqlite::Result<bool> {
        let held = match self.held {
            Some(held) => held,
            None => conn.query_row(statement(MATCHING, "recent_claim_keys"), [], |row| row.get::<_, i64>(0))? as usize,
        };
        self.held = Some(held);
        Ok(held >= MERGE_RECENT_AT)
    }

    /// Moves the recent keys into the large tables, in the open transaction, a
    /// [`MERGE_RANGES`]th of the key values at a time (of each band in turn), and stores the
    /// filter, which then holds the keys of the large tables alone.
    pub(super) fn merge(&mut self, tx: &Connection, filter: &mut ClaimKeyFilter) -> rusqlite::Result<()> {
        // Read before the merge, so that it holds the recent keys too.
        filter.get(tx)?;
        let mut bands = tx.prepare_cached(statement(MATCHING, "merge_recent_claim_bands"))?;
        let mut shingles = tx.prepare_cached(statement(MATCHING, "merge_recent_claim_shingles"))?;
        for (low, high) in key_ranges() {
            for band in 0..BANDS as i64 {
                bands.execute(named_params! {":band": band, ":low": low, ":high": high})?;
            }
            shingles.execute(named_params! {":low": low, ":high": high})?;
        }
        tx.execute_batch(statement(MATCHING, "clear_recent_claim_keys"))?;
        self.held = Some(0);
        filter.save(tx)
    }
}

/// How many keys the filter is sized for at first (80 KB, so that a small database stays
/// small); when its keys outgrow its capacity, it is made again from the tables at twice their
/// number, so that making it costs a linear time in all.
const FIRST_FILTER_CAPACITY: usize = 65_536;

/// The writer's filter of the claim keys ([`KeyFilter`]): every key of `claim_bands`,
/// `claim_shingles` and their recent tables, read on first use. The database keeps the large
/// tables' part (`claim_key_filter`), stored again at each merge; the recent keys are added
/// when it is read. Another connection's commit may have added keys: the filter is read again
/// after one (`PRAGMA data_version` tells).
#[derive(Debug, Default)]
pub(super) struct ClaimKeyFilter {
    filter: Option<KeyFilter>,
    /// The database's `data_version` when the filter was read.
    read_at: i64,
}

impl ClaimKeyFilter {
    /// Forgets the filter (after a rollback, which may have taken keys away).
    pub(super) fn forget(&mut self) {
        self.filter = None;
    }

    /// The filter, read when not in memory; made from the large tables (and stored) when the
    /// database has none.
    pub(super) fn get(&mut self, tx: &Connection) -> rusqlite::Result<&mut KeyFilter> {
        let version: i64 = tx.prepare_cached("PRAGMA data_version")?.query_row([], |row| row.get(0))?;
        let filter = match self.filter.take() {
            Some(filter) if version == self.read_at => filter,
            _ => {
                let mut parts = tx.prepare_cached(statement(MATCHING, "claim_key_filter"))?;
                let stored = parts.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<Vec<Vec<u8>>>>()?;
                let mut filter = match KeyFilter::from_parts(stored) {
                    Some(filter) => filter,
                    None => {
                        let keys = tx.query_row(
                            "SELECT (SELECT count(*) FROM claim_bands) + (SELECT count(*) FROM claim_shingles)",
                            [],
                            |row| row.get::<_, i64>(0),
                        )? as usize;
                        let filter = large_keys_filter(tx, (2 * keys).max(FIRST_FILTER_CAPACITY))?;
                        save_filter(tx, &filter)?;
                        filter
                    }
                };
                add_keys(tx, "recent_claim_keys_listed", &mut filter)?;
                self.read_at = version;
                filter
            }
        };
        let filter = self.filter.insert(filter);
        if filter.keys() > filter.capacity() {
            let keys = filter.keys();
            *filter = KeyFilter::with_capacity(0);
            *filter = large_keys_filter(tx, 2 * keys)?;
            add_keys(tx, "recent_claim_keys_listed", filter)?;
        }
        Ok(filter)
    }

    /// Stores the filter of the large tables (made anew by [`get`](ClaimKeyFilter::get) when
    /// they have outgrown it). Only after a merge, when the recent tables are empty.
    fn save(&mut self, tx: &Connection) -> rusqlite::Result<()> {
        let filter = self.get(tx)?;
        save_filter(tx, filter)
    }
}

/// A filter of `capacity` keys holding every key of the large tables.
fn large_keys_filter(tx: &Connection, capacity: usize) -> rusqlite::Result<KeyFilter> {
    let mut filter = KeyFilter::with_capacity(capacity);
    add_keys(tx, "large_claim_keys", &mut filter)?;
    Ok(filter)
}

/// Adds the keys a statement lists (`band, value` rows) to a filter.
fn add_keys(tx: &Connection, name: &str, filter: &mut KeyFilter) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare(statement(MATCHING, name))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        filter.insert(claim_key_hash(row.get(0)?, row.get(1)?));
    }
    Ok(())
}

fn save_filter(tx: &Connection, filter: &KeyFilter) -> rusqlite::Result<()> {
    tx.execute(statement(MATCHING, "clear_claim_key_filter"), [])?;
    let mut save = tx.prepare_cached(statement(MATCHING, "save_claim_key_filter"))?;
    for (part, bits) in filter.parts().enumerate() {
        save.execute(named_params! {":part": part as i64, ":bits": bits})?;
    }
    Ok(())
}

/// What the filter holds for a claim key: a bucket of `band`, or a shingle (`band` −1).
fn claim_key_hash(band: i64, value: i64) -> u64 {
    value as u64 ^ ((band + 1) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// How many ranges of key values a merge goes through one by one.
const MERGE_RANGES: u64 = 64;

/// [`MERGE_RANGES`] ranges of equal width, inclusive, that cover every `i64` in order.
fn key_ranges() -> impl Iterator<Item = (i64, i64)> {
    let width = u64::MAX / MERGE_RANGES + 1;
    (0..MERGE_RANGES).map(move |k| {
        let low = i64::MIN.wrapping_add((k * width) as i64);
        (low, low.wrapping_add((width - 1) as i64))
    })
}

/// Which index a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Index {
    ClaimBands,
    ClaimShingles,
    StatisticBands,
}

/// One key of one index: a band's bucket (`band`, `value`) or a shingle (`value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    index: Index,
    band: i64,
    value: i64,
}

impl Key {
    /// What the filter of the claim keys holds for this key (not for a statistic's).
    fn filter_hash(self) -> u64 {
        claim_key_hash(if self.index == Index::ClaimShingles { -1 } else { self.band }, self.value)
    }

    /// How many ids this key holds when it is full.
    fn cap(self) -> usize {
        if self.index == Index::ClaimShingles { SHINGLE_CAP } else { BUCKET_CAP }
    }

    /// The ids under this key, oldest first, up to its cap.
    fn read(self, conn: &Connection) -> rusqlite::Result<Vec<i64>> {
        let cap = self.cap() as i64;
        let (name, band) = match self.index {
            Index::ClaimBands => ("claim_band_candidates", Some(self.band)),
            Index::StatisticBands => ("statistic_band_candidates", Some(self.band)),
            Index::ClaimShingles => ("claim_shingle_candidates", None),
        };
        let mut stmt = conn.prepare_cached(statement(MATCHING, name))?;
        let id = |row: &rusqlite::Row| row.get::<_, i64>(0);
        match band {
            Some(band) => {
                stmt.query_map(named_params! {":band": band, ":bucket": self.value, ":cap": cap}, id)?.collect()
            }
            None => stmt.query_map(named_params! {":shingle": self.value, ":cap": cap}, id)?.collect(),
        }
    }

    /// Adds `id` under this key.
    fn add(self, tx: &Connection, id: i64) -> rusqlite::Result<()> {
        match self.index {
            Index::ClaimBands | Index::StatisticBands => {
                let name = if self.index == Index::ClaimBands { "insert_claim_band" } else { "insert_statistic_band" };
                tx.prepare_cached(statement(MATCHING, name))?
                    .execute(named_params! {":band": self.band, ":bucket": self.value, ":id": id})?;
            }
            Index::ClaimShingles => {
                tx.prepare_cached(statement(MATCHING, "insert_claim_shingle"))?
                    .execute(named_params! {":shingle": self.value, ":id": id})?;
            }
        }
        Ok(())
    }
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
/// (for a reader, which remembers no full keys).
pub(super) fn claim_candidates(conn: &Connection, signature: &Signature) -> rusqlite::Result<Vec<i64>> {
    Ok(Lookup::claim(conn, &mut FullKeys::default(), None, signature)?.candidates())
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

    /// The claims sharing a band bucket or a shingle with a claim's signature; only the keys
    /// that `filter`, when given, may hold are read. A new claim is added under its buckets and
    /// kept shingles.
    pub(super) fn claim(
        conn: &Connection,
        full: &mut FullKeys,
        filter: Option<&KeyFilter>,
        signature: &Signature,
    ) -> rusqlite::Result<Lookup> {
        let mut found = Lookup::new(CLAIM_CANDIDATES);
        found.bands(conn, full, filter, Index::ClaimBands, signature)?;
        for &shingle in &signature.shingles {
            let key = Key { index: Index::ClaimShingles, band: 0, value: shingle };
            let is_full = found.read(conn, full, filter, key)?;
            if !is_full && signature.kept_shingles.binary_search(&shingle).is_ok() {
                found.open.push(key);
            }
        }
        Ok(found)
    }

    /// The statistics sharing a band bucket with a statistic's signature.
    pub(super) fn statistic(conn: &Connection, full: &mut FullKeys, signature: &Signature) -> rusqlite::Result<Lookup> {
        let mut found = Lookup::new(STATISTIC_CANDIDATES);
        found.bands(conn, full, None, Index::StatisticBands, signature)?;
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

    /// Adds a new id under the keys that are not full, counting the recent keys it adds, and
    /// adds a claim's keys to the filter.
    pub(super) fn add(
        &self,
        tx: &Connection,
        recent: &mut RecentKeys,
        filter: Option<&mut KeyFilter>,
        id: i64,
    ) -> rusqlite::Result<()> {
        self.open.iter().try_for_each(|key| key.add(tx, id))?;
        let claim_keys = self.open.iter().filter(|key| key.index != Index::StatisticBands);
        recent.added(claim_keys.clone().count());
        if let Some(filter) = filter {
            claim_keys.for_each(|key| filter.insert(key.filter_hash()));
        }
        Ok(())
    }

    fn bands(
        &mut self,
        conn: &Connection,
        full: &mut FullKeys,
        filter: Option<&KeyFilter>,
        index: Index,
        signature: &Signature,
    ) -> rusqlite::Result<()> {
        for (band, &bucket) in signature.buckets.iter().enumerate() {
            let key = Key { index, band: band as i64, value: bucket };
            if !self.read(conn, full, filter, key)? {
                self.open.push(key);
            }
        }
        Ok(())
    }

    /// Counts the ids a key gives; true when it is full.
    fn read(
        &mut self,
        conn: &Connection,
        full: &mut FullKeys,
        filter: Option<&KeyFilter>,
        key: Key,
    ) -> rusqlite::Result<bool> {
        if filter.is_some_and(|filter| !filter.may_hold(key.filter_hash())) {
            return Ok(false);
        }
        if let Some(sample) = full.keys.get(&key) {
            self.count_sample(sample);
            return Ok(true);
        }
        let ids = key.read(conn)?;
        if ids.len() < key.cap() {
            self.count(&ids);
            return Ok(false);
        }
        let sample = if key.index == Index::ClaimShingles { &[][..] } else { &ids[..FULL_SAMPLE] };
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
    use crate::store::Store;

    #[test]
    fn the_merge_ranges_cover_every_key_once_in_order() {
        let ranges: Vec<(i64, i64)> = key_ranges().collect();
        assert_eq!(ranges.len() as u64, MERGE_RANGES);
        assert_eq!(ranges[0].0, i64::MIN);
        assert_eq!(ranges.last().unwrap().1, i64::MAX);
        assert!(ranges.windows(2).all(|pair| pair[0].1.checked_add(1) == Some(pair[1].0)));
        assert!(ranges.iter().all(|(low, high)| low < high));
    }

    fn store_article(store: &mut Store, url: &str, text: &str) {
        let mut doc = crate::document::read_bytes(text.as_bytes(), Some("article.txt")).unwrap();
        doc.meta.url = Some(url.to_string());
        store.write(&doc, &crate::extract::extract(&doc), None).unwrap();
    }

    fn count(store: &Store, sql: &str) -> i64 {
        store.conn.query_row(sql, [], |row| row.get(0)).unwrap()
    }

    const SAID: &str = "The mayor said: \"We will rebuild the old harbour wall before the winter storms arrive.\"";
    const RETOLD: &str = "\"We will rebuild the harbour wall before the winter storms arrive,\" the mayor said.";

    #[test]
    fn keys_merged_into_the_large_tables_still_give_their_claims() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("merge.db")).unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        assert!(count(&store, "SELECT count(*) FROM claim_bands_recent") > 0);
        store.remembered.recent_keys.merge(&store.conn, &mut store.remembered.key_filter).unwrap();
        assert_eq!(count(&store, "SELECT count(*) FROM claim_bands_recent"), 0);
        assert_eq!(count(&store, "SELECT count(*) FROM claim_shingles_recent"), 0);
        assert!(count(&store, "SELECT count(*) FROM claim_bands") > 0);
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store), "the altered quote joins the first one");
    }

    fn one_cluster_of_two(store: &Store) -> bool {
        count(store, "SELECT count(*) FROM claim_clusters") == 2
            && count(store, "SELECT count(DISTINCT cluster_id) FROM claim_clusters") == 1
    }

    #[test]
    fn a_database_without_a_key_filter_gets_one_from_its_tables() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let mut store = Store::open(&path).unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        store.remembered.recent_keys.merge(&store.conn, &mut store.remembered.key_filter).unwrap();
        assert!(count(&store, "SELECT count(*) FROM claim_key_filter") > 0);
        // As a database of schema version 8 has it after its migration: keys, no filter.
        store.conn.execute("DELETE FROM claim_key_filter", []).unwrap();
        drop(store);
        let mut store = Store::open(&path).unwrap();
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store), "the altered quote joins the first one");
        assert!(count(&store, "SELECT count(*) FROM claim_key_filter") > 0);
    }

    #[test]
    fn a_filter_its_keys_outgrow_is_made_anew_larger_and_holds_them_all() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("grow.db")).unwrap();
        // A stored filter of a few dozen keys, as a small database has before it grows.
        save_filter(&store.conn, &KeyFilter::with_capacity(1)).unwrap();
        store.remembered.key_filter.forget();
        let before = store.remembered.key_filter.get(&store.conn).unwrap().capacity();
        store_article(&mut store, "https://news.example/one", SAID);
        let ships = ["tankers", "ferries", "trawlers", "barges"];
        for (n, ships) in ships.iter().enumerate() {
            let text = format!("The port said: \"All the {ships} will wait outside the bar until the storm is over.\"");
            store_article(&mut store, &format!("https://news.example/port-{n}"), &text);
        }
        let keys = count(&store, statement(MATCHING, "recent_claim_keys")) as usize;
        assert!(keys > before, "{keys} keys for a filter of {before}");
        let filter = store.remembered.key_filter.get(&store.conn).unwrap();
        assert!(filter.capacity() > before && filter.keys() <= filter.capacity(), "{} keys", filter.keys());
        assert_eq!(filter.keys(), keys, "every key once, from the tables");
        let clusters = |store: &Store| count(store, "SELECT count(DISTINCT cluster_id) FROM claim_clusters");
        let members = |store: &Store| count(store, "SELECT count(*) FROM claim_clusters");
        let (clusters_before, members_before) = (clusters(&store), members(&store));
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert_eq!(clusters(&store), clusters_before + 1, "the altered quote and the first one: a new cluster");
        assert_eq!(members(&store), members_before + 2);
    }

    #[test]
    fn keys_another_writer_added_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.db");
        let (mut first, mut second) = (Store::open(&path).unwrap(), Store::open(&path).unwrap());
        // The first writer reads the filter, then the second one adds a claim's keys.
        store_article(&mut first, "https://news.example/other", "The port said: \"Ships will wait outside.\"");
        store_article(&mut second, "https://news.example/one", SAID);
        store_article(&mut first, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&first));
    }

    #[test]
    fn the_filter_stored_at_a_merge_holds_the_merged_keys_and_no_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("filter.db")).unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        let keys = count(&store, statement(MATCHING, "recent_claim_keys"));
        store.remembered.recent_keys.merge(&store.conn, &mut store.remembered.key_filter).unwrap();
        let mut parts = store.conn.prepare("SELECT bits FROM claim_key_filter ORDER BY part").unwrap();
        let stored = KeyFilter::from_parts(parts.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap)).unwrap();
        assert_eq!(stored.keys() as i64, keys);
        let mut listed = store.conn.prepare(statement(MATCHING, "large_claim_keys")).unwrap();
        let held = listed.query_map([], |row| Ok(claim_key_hash(row.get(0)?, row.get(1)?))).unwrap();
        assert!(held.map(Result::unwrap).all(|key| stored.may_hold(key)));
        assert!(!stored.may_hold(claim_key_hash(3, 12_345)));
    }

    #[test]
    fn ids_of_two_keys_come_first_and_of_one_key_only_the_rarest() {
        // Id 1 shares two keys; ids 100 to 119 share one key each, and the later the id the
        // rarer its key, so that rarity and not age decides.
        let mut found = Lookup::new(CLAIM_CANDIDATES);
        found.hits.extend([(1, 40), (1, 60)]);
        found.hits.extend((100..120).map(|id| (id, 130 - id as usize)));
        let candidates = found.candidates();
        let rarest: Vec<i64> = (112..120).rev().collect();
        assert_eq!(candidates[0], 1);
        assert_eq!(candidates[1..], rarest[..]);
    }
}
