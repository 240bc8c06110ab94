//! The claim candidate index in runs: a log-structured merge of its keys
//! (`sql/0010_claim_key_runs.sql` says why).
//!
//! The keys of run N stand in a table of their own, `claim_keys_N`
//! (`sql/0011_claim_key_tables.sql`). New keys go to the open run, the newest (held in
//! memory until the commit of their batch writes them, in key order); at
//! [`RUN_KEYS`] keys it is closed and a new one opened. Closed runs never change until merged:
//! when the [`FANOUT`] newest closed runs are of one level (a run of level `l` holds about
//! `RUN_KEYS · FANOUT^l` keys), they are merged into one new run, written in key order, and
//! their tables dropped. A key is so written once at each level it passes, some
//! log8(keys / `RUN_KEYS`) times, and no merge changes a page of a run it does not read.
//!
//! A look-up seeks a key in each run, oldest first ([`Runs::ids`]). The writer keeps a filter of
//! each run's keys ([`KeyFilter`]): a closed run's is stored with it, made once when the run is;
//! the open run's is made from its keys when read, and grows with them. Most keys a new claim
//! looks up are in no run, and a key that is in one is seldom in two, so the filters spare
//! nearly every seek. A reader (`trace`) has no filters and seeks every run.

use super::id_keys::ID_BAND;
use super::key_filter::KeyFilter;
use super::sql::{MATCHING, statement};
use crate::matching::signature::CLAIM_BANDS;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, named_params};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// The keys of a full open run: it is then closed. A batch's keys are random places in the open
/// run, so its commit writes nearly every page of it they reach: at 1,000,000 claims, a batch
/// of 1,000 changed some 1,500-2,600 pages of an open run of up to a million keys, 40-50% of the
/// pages it wrote. At half a million, storing the 1,000,000 claims of the matching benchmark
/// took 177.8 CPU s instead of 186.4 (one run each, on a busy machine), the database 1427 MB
/// instead of 1505, and a level-2 merge is still not due (at 250,000 it is, in the last tenth:
/// 191.1 CPU s, 1736 MB).
const RUN_KEYS: usize = 500_000;

/// How many closed runs of one level are merged into one. At 4, a key was written some
/// log4(keys / `RUN_KEYS`) times, and storing the 1,000,000 claims of the matching benchmark
/// (17 million keys) merged 32 million keys, 20 million of them in the last tenth (a level-2
/// merge of 16 million); at 8, 16 million, two merges of 8, for more runs to check (their
/// filters spare the seeks): the last tenth 0.216-0.246 CPU ms a claim instead of 0.288-0.294,
/// the database 1573 MB instead of 1749 (the whole build 1-14% cheaper, within the noise).
const FANOUT: usize = 8;

/// How many keys the open run's filter is sized for (1.1 MB): a full run's, and the keys of the
/// batch that fills it (the run is closed at that batch's commit). Sized at first for 65,536 keys
/// and made again from the run's keys at each doubling, it cost a scan of the run each time: a
/// claim of the matching benchmark added some 27 keys then, so a run of a million keys filled
/// every 37,000 claims, and the scans took 1.0 of the 34 CPU seconds of storing 150,000 claims.
/// When the open run outgrows it all the same (a batch of more than a quarter of a run's keys),
/// it is made again at twice the run's keys.
const OPEN_CAPACITY: usize = RUN_KEYS + RUN_KEYS / 4;

/// How many ranges of key values a merge goes through one by one, in each band: a statement
/// keeps in memory a copy of the pages it changes, and the sort of its rows.
const MERGE_RANGES: u64 = 64;

/// The SQL function that a merge calls on each key it copies (`merged_claim_keys`), which adds
/// it to the merged run's filter.
const MERGED_KEY: &str = "merged_claim_key";

/// How many ids under a key in the closed runs make its look-up worth remembering: a key that
/// many claims share (a shingle of common words) is looked up again by each new claim that has it.
const REMEMBERED_IDS: usize = 4;

/// How many keys the writer remembers the ids of in the closed runs; it forgets them all at that
/// ([`Runs::may_hold`]).
const REMEMBERED_KEYS: usize = 131_072;

/// One run of keys.
#[derive(Debug)]
pub(super) struct Run {
    id: i64,
    /// The statement that reads the ids under a key in this run's table.
    candidates: String,
    /// Every claim of a later run came after this one's (`claim_key_runs.since`).
    since: i64,
    /// How many keys it holds; `None` for the open run.
    keys: Option<usize>,
    /// The filter of its keys (a writer's; a reader has none and seeks every key).
    filter: Option<KeyFilter>,
}

/// The ids under a key in every closed run that came before `until` (the open run's `since`
/// when they were read: the runs closed since come after it, or start at it when no claim came
/// between), oldest first. A merged run takes the `since` of its oldest run, so a merge makes
/// them wrong: it forgets them all.
#[derive(Debug)]
struct Known {
    until: i64,
    ids: Box<[i64]>,
}

/// The runs of the index, oldest first; the open run is the last.
#[derive(Debug)]
pub(super) struct Runs {
    runs: Vec<Run>,
    /// The writer's keys of the open transaction, by key, not yet written to the open run: they
    /// are written at the commit, in key order ([`KeyRuns::write_pending`]). Written one by
    /// one as claims came, each key changed a page of the open run: storing 20,000 claims
    /// against 300,000 took 0.28-0.30 CPU ms a claim that way, 0.23-0.24 this one.
    pending: HashMap<(i64, i64), Vec<i64>>,
    /// The ids under the keys that hold [`REMEMBERED_IDS`] or more in the closed runs, as read
    /// (all of them: a read cut short by its cap is not remembered); a later look-up seeks only
    /// the runs closed since, and the open one. A closed run never changes until merged, and a
    /// merge forgets them all. At 800,000-900,000 claims the seeks in the runs were a fifth of
    /// the writer's time, nearly all of it reading pages outside SQLite's cache, and the
    /// shingles of common words (20 to 99 ids) were read again for every claim that has them,
    /// in every run (remembered for each run apart, a key with fewer than four ids in a run was
    /// still sought there every time).
    known: RefCell<HashMap<(i64, i64), Known>>,
}

impl Run {
    fn new(id: i64, since: i64, keys: Option<usize>, filter: Option<KeyFilter>) -> Run {
        Run { id, candidates: run_statement("claim_run_candidates", id), since, keys, filter }
    }
}

impl Runs {
    /// The runs as stored, without filters (for a reader).
    pub(super) fn listed(conn: &Connection) -> rusqlite::Result<Runs> {
        let mut stmt = conn.prepare_cached(statement(MATCHING, "claim_key_runs"))?;
        let runs = stmt
            .query_map([], |row| {
                let keys: Option<i64> = row.get(2)?;
                Ok(Run::new(row.get(0)?, row.get(1)?, keys.map(|k| k as usize), None))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Runs { runs, pending: HashMap::new(), known: RefCell::default() })
    }

    /// How many runs there are.
    pub(super) fn len(&self) -> usize {
        self.runs.len()
    }

    /// For each key (`band`, `value`), whether each run may hold it, oldest run first, by its
    /// filter (true for a run without one). A check reads a block of a filter from memory (the
    /// filters outgrow the processor's caches), and checked one at a time, each waited for its
    /// read in turn (at 270,000 claims in eight runs, the checks took 8.5% of the writer's time,
    /// nearly all of it on the first word of a block). So every block the checks of a claim's
    /// keys read is fetched first, in a loop that does not wait for the reads, which then
    /// overlap (the checks then took some 5.5%). A key is not checked, and false, in the closed
    /// runs whose ids under it are remembered ([`Known`]), as [`ids`](Runs::ids) does not seek
    /// them; at [`REMEMBERED_KEYS`] the keys remembered are forgotten here, before the look-ups
    /// that these flags are for.
    pub(super) fn may_hold(&self, keys: impl Iterator<Item = (i64, i64)>) -> Vec<bool> {
        let mut known = self.known.borrow_mut();
        if known.len() >= REMEMBERED_KEYS {
            known.clear();
        }
        // Each key's hash, and the `since` of the first run its look-up seeks.
        let keys: Vec<(u64, i64)> = keys
            .map(|key| (claim_key_hash(key.0, key.1), known.get(&key).map_or(i64::MIN, |known| known.until)))
            .collect();
        drop(known);
        let sought = |run: &Run, until: i64| run.since >= until;
        let fetched = (self.runs.iter())
            .filter_map(|run| Some((run, run.filter.as_ref()?)))
            .flat_map(|(run, filter)| {
                keys.iter().filter(move |key| sought(run, key.1)).map(|&(hash, _)| filter.fetch(hash))
            })
            .fold(0, u64::wrapping_add);
        std::hint::black_box(fetched);
        (keys.iter())
            .flat_map(|&(hash, until)| {
                (self.runs.iter()).map(move |run| {
                    sought(run, until) && run.filter.as_ref().is_none_or(|filter| filter.may_hold(hash))
                })
            })
            .collect()
    }

    /// The ids under a key (`band` −1 for a shingle) in the runs that may hold it (`held`, one
    /// flag per run from [`may_hold`](Runs::may_hold)), oldest first, then the pending ones, up
    /// to `cap`.
    pub(super) fn ids(
        &self,
        conn: &Connection,
        (band, value): (i64, i64),
        held: &[bool],
        cap: usize,
    ) -> rusqlite::Result<Vec<i64>> {
        let mut ids = Vec::new();
        let mut until = i64::MIN;
        if let Some(known) = self.known.borrow().get(&(band, value)) {
            ids.extend(known.ids.iter().take(cap));
            until = known.until;
        }
        // How many of `ids` come from closed runs.
        let mut closed = ids.len();
        for (run, _) in self.runs.iter().zip(held).filter(|(run, held)| **held && run.since >= until) {
            if ids.len() >= cap {
                break;
            }
            let mut stmt = conn.prepare_cached(&run.candidates)?;
            let params = named_params! {":band": band, ":value": value, ":cap": (cap - ids.len()) as i64};
            for id in stmt.query_map(params, |row| row.get::<_, i64>(0))? {
                ids.push(id?);
            }
            if run.keys.is_some() {
                closed = ids.len();
            }
        }
        // A run closed with the same `since` as the open one is sought again, so nothing new
        // is remembered then (its ids would be given twice).
        let open = self.runs.last().filter(|run| run.keys.is_none()).map(|open| open.since);
        if let Some(open) = open
            && open != until
            && (REMEMBERED_IDS..cap).contains(&closed)
        {
            self.known.borrow_mut().insert((band, value), Known { until: open, ids: ids[..closed].into() });
        }
        let pending = self.pending.get(&(band, value)).map_or(&[][..], Vec::as_slice);
        ids.extend(pending.iter().take(cap.saturating_sub(ids.len())));
        Ok(ids)
    }

    /// The ids under the keys of one band with values from `low` to `high`, in every run (for a
    /// reader: the pending keys are not read).
    pub(super) fn ids_between(&self, conn: &Connection, band: i64, values: (i64, i64)) -> rusqlite::Result<Vec<i64>> {
        let (low, high) = values;
        let mut ids = Vec::new();
        for run in &self.runs {
            let mut stmt = conn.prepare_cached(&run_statement("claim_run_range", run.id))?;
            for id in stmt.query_map(named_params! {":band": band, ":low": low, ":high": high}, |row| row.get(0))? {
                ids.push(id?);
            }
        }
        Ok(ids)
    }

    /// Adds `id` under a key of the open run (pending until the commit), and to its filter.
    pub(super) fn add(&mut self, band: i64, value: i64, id: i64) {
        self.pending.entry((band, value)).or_default().push(id);
        if let Some(filter) = self.runs.last_mut().and_then(|open| open.filter.as_mut()) {
            filter.insert(claim_key_hash(band, value));
        }
    }

    /// Writes the pending keys to the open run, in key order.
    pub(super) fn write_pending(&mut self, tx: &Connection) -> rusqlite::Result<()> {
        let Some(open) = self.runs.last() else { return Ok(()) };
        let mut pending: Vec<((i64, i64), Vec<i64>)> = self.pending.drain().collect();
        pending.sort_unstable();
        let mut insert = tx.prepare_cached(&run_statement("insert_claim_key", open.id))?;
        for ((band, value), ids) in pending {
            for id in ids {
                insert.execute(named_params! {":band": band, ":value": value, ":id": id})?;
            }
        }
        Ok(())
    }

    /// The closed runs a merge is due for: the [`FANOUT`] newest, when they are of one level.
    fn due_merge(&self) -> Option<&[Run]> {
        let closed = self.runs.len().checked_sub(1)?;
        let newest = &self.runs[closed.checked_sub(FANOUT)?..closed];
        let level = |run: &Run| run.keys.map(|keys| (keys / RUN_KEYS).max(1).ilog(FANOUT));
        newest.iter().all(|run| level(run) == level(&newest[0])).then_some(newest)
    }

    /// True when the open run is full.
    fn open_full(&self) -> bool {
        self.runs.last().and_then(|open| open.filter.as_ref()).is_some_and(|filter| filter.keys() >= RUN_KEYS)
    }
}

/// The writer's runs, with their filters: read on first use, and again after another
/// connection's commit (`PRAGMA data_version` tells), keeping the filters of the closed runs
/// that are still there (a closed run never changes).
#[derive(Debug, Default)]
pub(super) struct KeyRuns {
    runs: Option<Runs>,
    /// The database's `data_version` when the runs were read.
    read_at: i64,
}

impl KeyRuns {
    /// Forgets the runs (after a rollback, which may have taken keys away).
    pub(super) fn forget(&mut self) {
        self.runs = None;
    }

    /// The runs with their filters, read when not in memory or changed by another connection.
    pub(super) fn get(&mut self, tx: &Connection) -> rusqlite::Result<&mut Runs> {
        let version: i64 = tx.prepare_cached("PRAGMA data_version")?.query_row([], |row| row.get(0))?;
        let mut runs = match self.runs.take() {
            Some(runs) if version == self.read_at => runs,
            kept => {
                let mut filters: HashMap<i64, KeyFilter> = kept
                    .into_iter()
                    .flat_map(|runs| runs.runs)
                    .filter(|run| run.keys.is_some())
                    .filter_map(|run| Some((run.id, run.filter?)))
                    .collect();
                let mut runs = Runs::listed(tx)?;
                for run in &mut runs.runs {
                    run.filter = Some(match (run.keys, filters.remove(&run.id)) {
                        (Some(_), Some(filter)) => filter,
                        (Some(keys), None) => closed_run_filter(tx, run.id, keys)?,
                        (None, _) => open_run_filter(tx, run.id, &HashMap::new())?,
                    });
                }
                self.read_at = version;
                runs
            }
        };
        let Runs { runs: list, pending, .. } = &mut runs;
        if let Some(open) = list.last_mut()
            && let Some(filter) = &mut open.filter
            && filter.keys() > filter.capacity()
        {
            *filter = KeyFilter::with_capacity(0);
            *filter = open_run_filter(tx, open.id, pending)?;
        }
        Ok(self.runs.insert(runs))
    }

    /// Writes the keys added in the open transaction to the open run: before its commit.
    pub(super) fn write_pending(&mut self, tx: &Connection) -> rusqlite::Result<()> {
        self.runs.as_mut().map_or(Ok(()), |runs| runs.write_pending(tx))
    }

    /// True when the open run is full or a merge of closed runs is due.
    pub(super) fn merge_due(&mut self, conn: &Connection) -> rusqlite::Result<bool> {
        let runs = self.get(conn)?;
        Ok(runs.open_full() || runs.due_merge().is_some())
    }

    /// One step of upkeep, in the open transaction: closes the open run when it is full, else
    /// merges the closed runs a merge is due for.
    pub(super) fn merge(&mut self, tx: &Connection) -> rusqlite::Result<()> {
        let runs = self.get(tx)?;
        if runs.open_full() {
            close_open_run(tx, runs)
        } else if let Some(merged) = runs.due_merge() {
            let merged: Vec<i64> = merged.iter().map(|run| run.id).collect();
            merge_runs(tx, runs, &merged)
        } else {
            Ok(())
        }
    }
}

/// Stores the open run's filter and key count, and opens a new run after it.
fn close_open_run(tx: &Connection, runs: &mut Runs) -> rusqlite::Result<()> {
    runs.write_pending(tx)?;
    let Some(open) = runs.runs.last_mut() else { return Ok(()) };
    let Some(filter) = &open.filter else { return Ok(()) };
    let keys = filter.keys();
    tx.prepare_cached(statement(MATCHING, "close_claim_key_run"))?
        .execute(named_params! {":run": open.id, ":keys": keys as i64})?;
    save_filter(tx, open.id, filter)?;
    open.keys = Some(keys);
    let (id, since) = tx
        .prepare_cached(statement(MATCHING, "open_claim_key_run"))?
        .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    tx.execute_batch(&run_statement("create_claim_key_run", id))?;
    runs.runs.push(Run::new(id, since, None, Some(KeyFilter::with_capacity(OPEN_CAPACITY))));
    Ok(())
}

/// Merges the closed runs `merged` (the newest, in order) into one new run, which takes their
/// place, and drops their tables: one range of key values of one band at a time (a statement
/// keeps in memory a copy of the pages it changes), in key order; the keys of bands a claim no
/// longer has (`CLAIM_BANDS`: claims stored when they had 20) are left behind. The new run's
/// filter is made from the keys as they are copied ([`MERGED_KEY`]): made after, from the new
/// run, it cost a second pass over its keys.
fn merge_runs(tx: &Connection, runs: &mut Runs, merged: &[i64]) -> rusqlite::Result<()> {
    let into: i64 = tx.query_row(statement(MATCHING, "next_claim_key_run"), [], |row| row.get(0))?;
    tx.execute_batch(&run_statement("create_claim_key_run", into))?;
    let first = runs.runs.iter().position(|run| run.id == merged[0]).unwrap_or(0);
    let capacity: usize = runs.runs[first..first + merged.len()].iter().filter_map(|run| run.keys).sum();
    let filter = Arc::new(Mutex::new(KeyFilter::with_capacity(capacity)));
    let copied = Arc::clone(&filter);
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY;
    tx.create_scalar_function(MERGED_KEY, 2, flags, move |row| {
        let hash = claim_key_hash(row.get(0)?, row.get(1)?);
        copied.lock().unwrap_or_else(PoisonError::into_inner).insert(hash);
        Ok(true)
    })?;
    let sources: Vec<String> = merged.iter().map(|&run| run_statement("merged_claim_keys", run)).collect();
    let merge = run_statement("merge_claim_key_runs", into).replace("{runs}", &sources.join(" UNION ALL "));
    let copy = tx.prepare(&merge).and_then(|mut copy| {
        for band in ID_BAND..CLAIM_BANDS as i64 {
            for (low, high) in key_ranges() {
                copy.execute(named_params! {":band": band, ":low": low, ":high": high})?;
            }
        }
        Ok(())
    });
    tx.remove_function(MERGED_KEY, 2)?;
    copy?;
    let mut copied = filter.lock().unwrap_or_else(PoisonError::into_inner);
    let filter = std::mem::replace(&mut *copied, KeyFilter::with_capacity(0));
    for &run in merged {
        tx.execute_batch(&run_statement("drop_claim_key_run", run))?;
    }
    let ids = serde_json::to_string(merged).unwrap_or_default();
    let old: Vec<Run> = runs.runs.drain(first..first + merged.len()).collect();
    let keys = filter.keys();
    let since = old.iter().map(|run| run.since).min().unwrap_or(0);
    for name in ["delete_merged_claim_key_filters", "delete_merged_claim_key_runs"] {
        tx.prepare_cached(statement(MATCHING, name))?.execute(named_params! {":runs": ids})?;
    }
    tx.prepare_cached(statement(MATCHING, "insert_claim_key_run"))?
        .execute(named_params! {":run": into, ":since": since, ":keys": keys as i64})?;
    save_filter(tx, into, &filter)?;
    runs.runs.insert(first, Run::new(into, since, Some(keys), Some(filter)));
    // The merged run takes the place of its oldest run, and holds the keys of runs after it.
    runs.known.get_mut().clear();
    Ok(())
}

/// A closed run's filter as stored; made from its keys (and stored) when it has none, as the
/// first run of a database from before version 9 has not.
fn closed_run_filter(tx: &Connection, run: i64, keys: usize) -> rusqlite::Result<KeyFilter> {
    let mut parts = tx.prepare_cached(statement(MATCHING, "claim_key_filter"))?;
    let stored =
        parts.query_map(named_params! {":run": run}, |row| row.get(0))?.collect::<rusqlite::Result<Vec<Vec<u8>>>>()?;
    if let Some(filter) = KeyFilter::from_parts(stored) {
        return Ok(filter);
    }
    let filter = run_filter(tx, run, keys)?;
    save_filter(tx, run, &filter)?;
    Ok(filter)
}

/// The open run's filter: every key of the run and the `pending` ones, sized for twice their
/// number (at least [`OPEN_CAPACITY`]).
fn open_run_filter(tx: &Connection, run: i64, pending: &HashMap<(i64, i64), Vec<i64>>) -> rusqlite::Result<KeyFilter> {
    let mut hashes = Vec::new();
    for_each_run_key(tx, run, |hash| hashes.push(hash))?;
    for (&(band, value), ids) in pending {
        hashes.extend(ids.iter().map(|_| claim_key_hash(band, value)));
    }
    let mut filter = KeyFilter::with_capacity((2 * hashes.len()).max(OPEN_CAPACITY));
    hashes.into_iter().for_each(|hash| filter.insert(hash));
    Ok(filter)
}

/// A filter of at least `capacity` keys holding every key of a run.
fn run_filter(tx: &Connection, run: i64, capacity: usize) -> rusqlite::Result<KeyFilter> {
    let mut filter = KeyFilter::with_capacity(capacity);
    for_each_run_key(tx, run, |hash| filter.insert(hash))?;
    Ok(filter)
}

/// Calls `each` with what a filter holds for every key of a run.
fn for_each_run_key(tx: &Connection, run: i64, mut each: impl FnMut(u64)) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(&run_statement("claim_run_keys", run))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(claim_key_hash(row.get(0)?, row.get(1)?));
    }
    Ok(())
}

fn save_filter(tx: &Connection, run: i64, filter: &KeyFilter) -> rusqlite::Result<()> {
    let mut save = tx.prepare_cached(statement(MATCHING, "save_claim_key_filter"))?;
    for (part, bits) in filter.parts().enumerate() {
        save.execute(named_params! {":run": run, ":part": part as i64, ":bits": bits})?;
    }
    Ok(())
}

/// A statement of `sql/queries/matching.sql` on the table of one run.
fn run_statement(name: &str, run: i64) -> String {
    statement(MATCHING, name).replace("{run}", &run.to_string())
}

/// What a filter holds for a claim key: a bucket of `band`, or a shingle (`band` −1).
fn claim_key_hash(band: i64, value: i64) -> u64 {
    value as u64 ^ ((band + 1) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// [`MERGE_RANGES`] ranges of equal width, inclusive, that cover every `i64` in order.
fn key_ranges() -> impl Iterator<Item = (i64, i64)> {
    let width = u64::MAX / MERGE_RANGES + 1;
    (0..MERGE_RANGES).map(move |k| {
        let low = i64::MIN.wrapping_add((k * width) as i64);
        (low, low.wrapping_add((width - 1) as i64))
    })
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

    /// A claim for article `n` that shares nothing with the others.
    fn port_news(n: usize) -> String {
        let claims = [
            "All the tankers will wait outside the bar until the storm is over.",
            "Fishing licences for the northern bay cost twice what they did last spring.",
            "Our new crane lifts forty containers an hour without a single extra driver.",
            "Nobody expected the ferry timetable to change during the school holidays.",
            "Dredging the channel again would leave the oyster beds buried under silt.",
            "Three warehouses on the east quay have stood empty since the strike ended.",
            "Pilots guiding cruise liners past the lighthouse earn more than surgeons do.",
            "Seagulls nesting on rusty cranes delayed repairs by almost seven weeks.",
            "A tugboat captain found ancient coins while scraping barnacles off his hull.",
            "Customs officers seized eighty crates of counterfeit perfume on Tuesday.",
        ];
        format!("The port said: \"{}\"", claims[n])
    }

    fn one_cluster_of_two(store: &Store) -> bool {
        count(store, "SELECT count(*) FROM claim_clusters") == 2
            && count(store, "SELECT count(DISTINCT cluster_id) FROM claim_clusters") == 1
    }

    /// Closes the open run, as when it is full.
    fn close(store: &mut Store) {
        let runs = store.remembered.key_runs.get(&store.conn).unwrap();
        close_open_run(&store.conn, runs).unwrap();
    }

    /// The keys of one run's table.
    fn run_keys(store: &Store, run: i64) -> Vec<(i64, i64, i64)> {
        let mut stmt = store.conn.prepare(&format!("SELECT band, value, claim_id FROM claim_keys_{run}")).unwrap();
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?))).unwrap().map(Result::unwrap).collect()
    }

    /// The runs, oldest first.
    fn run_ids(store: &Store) -> Vec<i64> {
        Runs::listed(&store.conn).unwrap().runs.iter().map(|run| run.id).collect()
    }

    /// Every key, without its run.
    fn keys(store: &Store) -> Vec<(i64, i64, i64)> {
        let mut keys: Vec<(i64, i64, i64)> = run_ids(store).into_iter().flat_map(|run| run_keys(store, run)).collect();
        keys.sort_unstable();
        keys
    }

    /// How many runs hold keys.
    fn runs_with_keys(store: &Store) -> usize {
        run_ids(store).into_iter().filter(|&run| !run_keys(store, run).is_empty()).count()
    }

    /// The run tables in the database.
    fn run_tables(store: &Store) -> i64 {
        count(store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name GLOB 'claim_keys_*'")
    }

    /// A new database at `path` with the mayor's claim in a closed run.
    fn said_in_a_closed_run(path: &std::path::Path) -> Store {
        let mut store = Store::open(path).unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        close(&mut store);
        store
    }

    /// The first port claim not in [`closed_runs_of_one_level`].
    const LATER_PORT: usize = FANOUT - 1;

    /// The mayor's claim in the oldest of [`FANOUT`] closed runs, one port claim in each of the
    /// others.
    fn closed_runs_of_one_level(path: &std::path::Path) -> Store {
        let mut store = said_in_a_closed_run(path);
        for n in 0..LATER_PORT {
            store_article(&mut store, &format!("https://news.example/port-{n}"), &port_news(n));
            close(&mut store);
        }
        store
    }

    /// Opens a transaction and merges the runs due for it there.
    fn begin_merge(store: &mut Store) {
        store.begin_batch().unwrap();
        store.remembered.key_runs.merge(&store.conn).unwrap();
    }

    #[test]
    fn the_ids_of_a_shared_key_in_the_closed_runs_are_remembered_whole_and_cut_as_a_seek_would() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = said_in_a_closed_run(&dir.path().join("remembered.db"));
        let insert = |store: &Store, run: i64, value: i64, ids: std::ops::RangeInclusive<i64>| {
            for id in ids {
                let insert = format!("INSERT INTO claim_keys_{run} (band, value, claim_id) VALUES (0, {value}, {id})");
                store.conn.execute(&insert, []).unwrap();
            }
        };
        // Key 42 in two closed runs and the open one; key 43 in the open run only.
        let first = run_ids(&store)[0];
        insert(&store, first, 42, 1..=3);
        close(&mut store);
        let [_, second, open] = run_ids(&store)[..] else { panic!("two closed runs and the open one") };
        insert(&store, second, 42, 4..=6);
        insert(&store, open, 42, 7..=7);
        insert(&store, open, 43, 1..=6);
        let conn = &store.conn;
        let runs = store.remembered.key_runs.get(conn).unwrap();
        let remembered = || runs.known.borrow().len();
        let held = [true, true, true];
        assert_eq!(runs.ids(conn, (0, 42), &held, 5).unwrap(), [1, 2, 3, 4, 5]);
        assert_eq!(remembered(), 0, "a read its cap cut short is not remembered");
        assert_eq!(runs.ids(conn, (0, 42), &held, 20).unwrap(), [1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(remembered(), 1);
        // The closed runs' rows go; remembered, their ids are still given, and the open run's read.
        conn.execute_batch(&format!("DELETE FROM claim_keys_{first}; DELETE FROM claim_keys_{second}")).unwrap();
        assert_eq!(runs.ids(conn, (0, 42), &held, 20).unwrap(), [1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(runs.ids(conn, (0, 42), &held, 4).unwrap(), [1, 2, 3, 4], "as LIMIT cuts a seek");
        assert_eq!(runs.ids(conn, (0, 43), &held, 20).unwrap(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(remembered(), 1, "the open run changes at each commit and is sought every time");
    }

    #[test]
    fn a_key_remembered_is_sought_in_a_run_closed_since_and_forgotten_at_a_merge() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = said_in_a_closed_run(&dir.path().join("since.db"));
        let insert = |store: &Store, run: i64, id: i64| {
            store.conn.execute(&format!("INSERT INTO claim_keys_{run} VALUES (0, 42, {id})"), []).unwrap();
        };
        let [closed, open] = run_ids(&store)[..] else { panic!("one closed run and the open one") };
        (1..=4).for_each(|id| insert(&store, closed, id));
        insert(&store, open, 1000);
        let look_up = |store: &mut Store| {
            let runs = store.remembered.key_runs.get(&store.conn).unwrap();
            let held = vec![true; runs.len()];
            runs.ids(&store.conn, (0, 42), &held, 20).unwrap()
        };
        let known = |store: &mut Store| {
            let runs = store.remembered.key_runs.get(&store.conn).unwrap();
            runs.known.borrow().get(&(0, 42)).map(|known| known.ids.to_vec())
        };
        assert_eq!(look_up(&mut store), [1, 2, 3, 4, 1000]);
        assert_eq!(known(&mut store), Some(vec![1, 2, 3, 4]));
        // The open run is closed after a claim, and a new one holds the key too: both are read.
        store_article(&mut store, "https://news.example/port-0", &port_news(0));
        close(&mut store);
        insert(&store, *run_ids(&store).last().unwrap(), 2000);
        assert_eq!(look_up(&mut store), [1, 2, 3, 4, 1000, 2000]);
        assert_eq!(known(&mut store), Some(vec![1, 2, 3, 4, 1000]));
        // Merged with the runs closed since, the runs of the ids remembered start no later.
        for n in 1..LATER_PORT {
            store_article(&mut store, &format!("https://news.example/port-{n}"), &port_news(n));
            close(&mut store);
        }
        begin_merge(&mut store);
        store.conn.execute_batch("COMMIT").unwrap();
        assert_eq!(runs_with_keys(&store), 1, "every closed run merged");
        assert_eq!(known(&mut store), None);
        assert_eq!(look_up(&mut store), [1, 2, 3, 4, 1000, 2000]);
    }

    #[test]
    fn a_merge_of_runs_keeps_every_key_and_look_ups_find_keys_in_any_run() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = closed_runs_of_one_level(&dir.path().join("merge.db"));
        let before = keys(&store);
        assert!(store.remembered.key_runs.merge_due(&store.conn).unwrap(), "FANOUT runs of one level");
        begin_merge(&mut store);
        store.conn.execute_batch("COMMIT").unwrap();
        assert!(!store.remembered.key_runs.merge_due(&store.conn).unwrap());
        assert_eq!(keys(&store), before, "every key once");
        assert_eq!(count(&store, "SELECT count(*) FROM claim_key_runs"), 2, "the merged run and the open one");
        let merged = count(&store, "SELECT run FROM claim_key_runs WHERE keys IS NOT NULL");
        assert_eq!(count(&store, "SELECT keys FROM claim_key_runs WHERE keys IS NOT NULL"), before.len() as i64);
        assert_eq!(run_keys(&store, merged).len(), before.len());
        assert_eq!(run_tables(&store), 2, "the tables of the runs merged are dropped");
        assert_eq!(count(&store, "SELECT count(DISTINCT run) FROM claim_key_filters"), 1);
        let runs = store.remembered.key_runs.get(&store.conn).unwrap();
        let made_while_copying = runs.runs[0].filter.clone();
        let made_from_the_run = run_filter(&store.conn, merged, before.len()).unwrap();
        assert_eq!(made_while_copying, Some(made_from_the_run));
        // A run after the merged one, and the open run, hold keys too.
        store_article(&mut store, "https://news.example/port-a", &port_news(LATER_PORT));
        close(&mut store);
        store_article(&mut store, "https://news.example/port-b", &port_news(LATER_PORT + 1));
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert_eq!(runs_with_keys(&store), 3);
        assert!(one_cluster_of_two(&store), "the altered quote joins the first one, in the merged run");
        // A reader, without filters, finds it in the merged run too.
        let words =
            crate::matching::Wording::of("We will rebuild the harbour wall before the winter storms", true).words;
        let said = count(&store, "SELECT min(claim_id) FROM claim_clusters");
        let candidates =
            super::super::candidates::claim_candidates(&store.conn, &crate::matching::Signature::of_claim(&words));
        assert!(candidates.unwrap().contains(&said));
    }

    #[test]
    fn a_claim_is_found_by_its_id_in_a_merged_run_in_the_open_batch_and_by_a_reader() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = closed_runs_of_one_level(&dir.path().join("ids.db"));
        begin_merge(&mut store);
        store.conn.execute_batch("COMMIT").unwrap();
        let claims = |store: &Store| count(store, "SELECT count(*) FROM claims");
        let stored = claims(&store);
        let id_keys = |store: &Store| keys(store).iter().filter(|key| key.0 == ID_BAND).count() as i64;
        assert_eq!(id_keys(&store), stored, "one id key a claim, kept by the merge");
        // Quoted again, in another article, the mayor's claim (in the merged run) is no new claim.
        store_article(&mut store, "https://news.example/again", SAID);
        assert_eq!(claims(&store), stored);
        // A claim new in the open batch is found by the next article of the batch.
        store.begin_batch().unwrap();
        store_article(&mut store, "https://news.example/port-x", &port_news(LATER_PORT));
        store_article(&mut store, "https://news.example/port-y", &port_news(LATER_PORT));
        store.commit_batch().unwrap();
        assert_eq!(claims(&store), stored + 1);
        assert_eq!(id_keys(&store), stored + 1);
        // A reader finds a claim by a prefix of its id, in the merged run and the open one.
        for which in ["min", "max"] {
            let sql = format!("SELECT lower(hex(hash)) FROM claims WHERE id = (SELECT {which}(id) FROM claims)");
            let id: String = store.conn.query_row(&sql, [], |row| row.get(0)).unwrap();
            let Ok(crate::store::query::Shown::Claim { claim, .. }) = store.show(&id[..6]) else {
                panic!("the {which} claim by the first digits of its id");
            };
            assert_eq!(claim, id);
        }
    }

    #[test]
    fn a_merge_leaves_behind_the_keys_of_bands_a_claim_no_longer_has() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = closed_runs_of_one_level(&dir.path().join("bands.db"));
        // A bucket of a band that claims had when they had 20, in the oldest run.
        let sql = format!("INSERT INTO claim_keys_{} (band, value, claim_id) VALUES (?1, 7, 1)", run_ids(&store)[0]);
        store.conn.execute(&sql, [CLAIM_BANDS as i64]).unwrap();
        let before = keys(&store);
        begin_merge(&mut store);
        store.conn.execute_batch("COMMIT").unwrap();
        let after = keys(&store);
        assert_eq!(after.len(), before.len() - 1);
        assert!(after.iter().all(|&(band, _, _)| band < CLAIM_BANDS as i64));
        assert_eq!(count(&store, "SELECT keys FROM claim_key_runs WHERE keys IS NOT NULL"), after.len() as i64);
    }

    #[test]
    fn a_rolled_back_merge_leaves_the_runs_as_they_were() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = closed_runs_of_one_level(&dir.path().join("rollback.db"));
        let before = keys(&store);
        begin_merge(&mut store);
        store.conn.execute_batch("ROLLBACK").unwrap();
        store.remembered.forget();
        assert_eq!(keys(&store), before);
        assert_eq!(count(&store, "SELECT count(*) FROM claim_key_runs"), FANOUT as i64 + 1);
        assert_eq!(count(&store, "SELECT count(DISTINCT run) FROM claim_key_filters"), FANOUT as i64);
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store));
        // The merge is still due, and done at the next commit.
        assert_eq!(count(&store, "SELECT count(*) FROM claim_key_runs"), 2);
    }

    #[test]
    fn keys_of_the_open_batch_are_found_before_its_commit_writes_them_and_gone_after_a_rollback() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("batch.db")).unwrap();
        store.begin_batch().unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store));
        assert!(keys(&store).is_empty(), "pending until the commit");
        store.commit_batch().unwrap();
        let written = keys(&store);
        assert!(!written.is_empty());
        // A batch rolled back takes its pending keys with it.
        store.begin_batch().unwrap();
        store_article(&mut store, "https://news.example/port-0", &port_news(0));
        store.conn.execute_batch("ROLLBACK").unwrap();
        store.remembered.forget();
        let ferries = "\"All the ferries will wait outside the bar until the storm is over,\" the port said.";
        store_article(&mut store, "https://news.example/port-9", ferries);
        assert_eq!(count(&store, "SELECT count(*) FROM variants"), 1, "the rolled-back claim is not found");
        assert!(keys(&store).len() > written.len());
    }

    #[test]
    fn a_second_writers_runs_and_merges_are_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.db");
        let mut first = Store::open(&path).unwrap();
        // The first writer reads the runs, then the second one adds a claim's keys, closes
        // runs and merges them.
        store_article(&mut first, "https://news.example/other", "The port said: \"Ships will wait outside.\"");
        let mut second = closed_runs_of_one_level(&path);
        store_article(&mut second, "https://news.example/port-c", &port_news(LATER_PORT + 2));
        assert_eq!(count(&second, "SELECT count(*) FROM claim_key_runs"), 2, "merged at the commit");
        store_article(&mut first, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&first));
    }

    #[test]
    fn the_open_runs_filter_is_made_anew_larger_when_its_keys_outgrow_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("grow.db")).unwrap();
        store_article(&mut store, "https://news.example/one", SAID);
        store.begin_batch().unwrap();
        store_article(&mut store, "https://news.example/port-0", &port_news(0));
        // A filter its keys have outgrown, while the port's keys are pending: the next look-up
        // makes it anew, from the run and the pending keys.
        let mut outgrown = KeyFilter::with_capacity(1);
        (0..2 * outgrown.capacity() as u64).for_each(|key| outgrown.insert(key));
        let runs = store.remembered.key_runs.get(&store.conn).unwrap();
        runs.runs.last_mut().unwrap().filter = Some(outgrown);
        store_article(&mut store, "https://news.example/port-1", &port_news(1));
        store.commit_batch().unwrap();
        let keys = keys(&store).len();
        let runs = store.remembered.key_runs.get(&store.conn).unwrap();
        let filter = runs.runs.last().unwrap().filter.as_ref().unwrap();
        assert!(filter.capacity() >= OPEN_CAPACITY, "{}", filter.capacity());
        assert_eq!(filter.keys(), keys, "every key once, from the run and the pending ones");
        let ferries = "\"All the ferries will wait outside the bar until the storm is over,\" the port said.";
        store_article(&mut store, "https://news.example/port-9", ferries);
        assert_eq!(count(&store, "SELECT count(*) FROM variants"), 1, "the port's claim, pending then, is found");
    }

    #[test]
    fn a_closed_run_without_a_filter_gets_one_from_its_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let store = said_in_a_closed_run(&path);
        store.conn.execute("DELETE FROM claim_key_filters", []).unwrap();
        drop(store);
        let mut store = Store::open(&path).unwrap();
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store), "the altered quote joins the first one");
        assert!(count(&store, "SELECT count(*) FROM claim_key_filters") > 0);
    }

    /// Checks that a database of the mayor's claim in a closed run and a port claim
    /// (`port_news(0)`) in the open one, turned into an older version by `as_older`, keeps
    /// every key in the open run 1 once migrated, with no other run, and that both claims are
    /// found by their variants.
    fn keeps_every_key_in_the_open_run(as_older: &str) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("older.db");
        let store = two_runs(&path);
        let before = keys(&store);
        // Claim ids as hex, as versions before 12 stored them (version 13 has no index on them),
        // no sketches (version 14) and no statistic ids (version 15).
        store
            .conn
            .execute_batch(
                "UPDATE claims SET hash = lower(hex(hash)); DROP TABLE claim_sketches;
                 DROP INDEX statistics_hash; ALTER TABLE statistics DROP COLUMN hash",
            )
            .unwrap();
        store.conn.execute_batch(as_older).unwrap();
        drop(store);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 15);
        assert_eq!(run_ids(&store), [1]);
        assert_eq!(count(&store, "SELECT count(*) FROM claim_key_runs WHERE keys IS NULL"), 1);
        assert_eq!(count(&store, "SELECT count(*) FROM claim_key_filters"), 0);
        assert_eq!(keys(&store), before);
        assert_eq!(run_tables(&store), 1);
        store_article(&mut store, "https://news.example/two", RETOLD);
        assert!(one_cluster_of_two(&store), "the altered quote finds the mayor's, in run 1");
        let ferries = "\"All the ferries will wait outside the bar until the storm is over,\" the port said.";
        store_article(&mut store, "https://news.example/port-9", ferries);
        assert_eq!(count(&store, "SELECT count(*) FROM variants"), 2, "the port's claim is found in run 1");
    }

    /// A database with the mayor's claim in a closed run (1) and a port claim in the open one (2).
    fn two_runs(path: &std::path::Path) -> Store {
        let mut store = said_in_a_closed_run(path);
        store_article(&mut store, "https://news.example/port-0", &port_news(0));
        assert_eq!(run_ids(&store), [1, 2]);
        store
    }

    #[test]
    fn a_database_of_version_9_keeps_every_key() {
        // The tables of versions 3, 7 and 9, filled as a writer of version 9 left them: keys
        // merged into the large tables (the mayor's) and recent ones (the port's).
        keeps_every_key_in_the_open_run(
            "CREATE TABLE claim_bands (band INTEGER NOT NULL, bucket INTEGER NOT NULL, claim_id INTEGER NOT NULL,
                     PRIMARY KEY (band, bucket, claim_id)) WITHOUT ROWID;
                 CREATE TABLE claim_shingles (shingle INTEGER NOT NULL, claim_id INTEGER NOT NULL,
                     PRIMARY KEY (shingle, claim_id)) WITHOUT ROWID;
                 CREATE TABLE claim_bands_recent (band INTEGER NOT NULL, bucket INTEGER NOT NULL,
                     claim_id INTEGER NOT NULL, PRIMARY KEY (band, bucket, claim_id)) WITHOUT ROWID;
                 CREATE TABLE claim_shingles_recent (shingle INTEGER NOT NULL, claim_id INTEGER NOT NULL,
                     PRIMARY KEY (shingle, claim_id)) WITHOUT ROWID;
                 CREATE TABLE claim_key_filter (part INTEGER PRIMARY KEY, bits BLOB NOT NULL);
                 INSERT INTO claim_bands SELECT band, value, claim_id FROM claim_keys_1 WHERE band >= 0;
                 INSERT INTO claim_shingles SELECT value, claim_id FROM claim_keys_1 WHERE band = -1;
                 INSERT INTO claim_bands_recent SELECT band, value, claim_id FROM claim_keys_2 WHERE band >= 0;
                 INSERT INTO claim_shingles_recent SELECT value, claim_id FROM claim_keys_2 WHERE band = -1;
                 INSERT INTO claim_key_filter SELECT part, bits FROM claim_key_filters WHERE run = 1;
                 DROP TABLE claim_key_filters; DROP TABLE claim_key_runs;
                 DROP TABLE claim_keys_1; DROP TABLE claim_keys_2;
                 PRAGMA user_version = 9;",
        );
    }

    #[test]
    fn a_database_of_version_10_keeps_every_key_in_the_open_run() {
        // The one table of version 10, with the runs as they are here, and their filters.
        keeps_every_key_in_the_open_run(
            "CREATE TABLE claim_keys (run INTEGER NOT NULL, band INTEGER NOT NULL, value INTEGER NOT NULL,
                     claim_id INTEGER NOT NULL, PRIMARY KEY (run, band, value, claim_id)) WITHOUT ROWID;
                 INSERT INTO claim_keys SELECT 1, band, value, claim_id FROM claim_keys_1;
                 INSERT INTO claim_keys SELECT 2, band, value, claim_id FROM claim_keys_2;
                 DROP TABLE claim_keys_1; DROP TABLE claim_keys_2;
                 PRAGMA user_version = 10;",
        );
    }
}
