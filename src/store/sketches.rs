//! The writer's memory of claim sketches (`claim_sketches`, [`Sketch`]), by claim id: those of
//! the claims it stored, and those it read.
//!
//! Matching rules out most candidates of a new claim by their sketches, and read from the
//! database each was a seek into `claim_sketches` that grew with it (with the candidates'
//! clusters, 2.4 µs a claim at 65,000 claims and 8.7 at 800,000). The claims a writer stores
//! have ids one after another, so their sketches stand in one array of 18 bytes each (18 MB at
//! a million claims); those of older claims, read as candidates, in a map that starts anew at
//! [`READ_KEPT`].

use super::sql::{MATCHING, statement};
use crate::matching::Sketch;
use rusqlite::{Connection, OptionalExtension, named_params};
use std::collections::HashMap;

/// How many sketches read from the database are kept.
const READ_KEPT: usize = 65_536;

/// The sketches a writer knows. Valid as long as what was stored is not rolled back:
/// [`forget`](Sketches::forget) them then (a rolled-back claim's id is given again).
#[derive(Debug, Default)]
pub(super) struct Sketches {
    /// The id of the first claim of `stored`.
    first: i64,
    /// The sketches of the claims stored by this writer, from `first` on, as stored.
    stored: Vec<[u8; 18]>,
    /// Sketches read, by claim id: `None` for a claim stored before sketches were.
    read: HashMap<i64, Option<Sketch>>,
}

impl Sketches {
    /// Forgets every sketch (after a rollback).
    pub(super) fn forget(&mut self) {
        self.stored = Vec::new();
        self.read.clear();
    }

    /// Remembers the sketch of a claim just stored. The stored ones start anew at a gap in the
    /// ids (another writer's claims in between).
    pub(super) fn stored(&mut self, claim_id: i64, sketch: Sketch) {
        if self.first + self.stored.len() as i64 != claim_id {
            self.stored.clear();
            self.first = claim_id;
        }
        self.stored.push(sketch.to_bytes());
    }

    /// The sketch of a stored claim, from memory or read; `None` when it has none.
    pub(super) fn get(&mut self, tx: &Connection, claim_id: i64) -> rusqlite::Result<Option<Sketch>> {
        if let Some(bytes) = usize::try_from(claim_id - self.first).ok().and_then(|at| self.stored.get(at)) {
            return Ok(Sketch::from_bytes(bytes));
        }
        if let Some(&sketch) = self.read.get(&claim_id) {
            return Ok(sketch);
        }
        let bytes: Option<Vec<u8>> = tx
            .prepare_cached(statement(MATCHING, "claim_sketch"))?
            .query_row(named_params! {":id": claim_id}, |row| row.get(0))
            .optional()?;
        let sketch = bytes.as_deref().and_then(Sketch::from_bytes);
        if self.read.len() >= READ_KEPT {
            self.read.clear();
        }
        self.read.insert(claim_id, sketch);
        Ok(sketch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::Wording;

    #[test]
    fn a_sketch_comes_from_memory_or_is_read_and_a_gap_in_the_ids_starts_anew() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE claim_sketches (claim_id INTEGER PRIMARY KEY, sketch BLOB NOT NULL)").unwrap();
        let sketch = |text: &str| Sketch::of(text, &Wording::of(text, true));
        let a = sketch("The harbour wall will be rebuilt before the winter storms arrive");
        let b = sketch("Ferries wait outside the bar until the storm is over");
        let c = sketch("Customs officers seized eighty crates of counterfeit perfume");
        conn.execute("INSERT INTO claim_sketches VALUES (3, ?1)", [c.to_bytes().to_vec()]).unwrap();
        let mut sketches = Sketches::default();
        sketches.stored(10, a);
        sketches.stored(11, b);
        assert_eq!(sketches.get(&conn, 10).unwrap(), Some(a));
        assert_eq!(sketches.get(&conn, 11).unwrap(), Some(b));
        assert_eq!(sketches.get(&conn, 3).unwrap(), Some(c), "read from the table");
        assert_eq!(sketches.get(&conn, 4).unwrap(), None, "a claim stored before sketches were");
        // Another writer's claims came between: the stored ones start anew.
        sketches.stored(20, c);
        assert_eq!(sketches.get(&conn, 20).unwrap(), Some(c));
        assert_eq!(sketches.get(&conn, 10).unwrap(), None, "in neither memory nor the table");
        sketches.forget();
        assert_eq!(sketches.get(&conn, 20).unwrap(), None, "forgotten, and not in the table");
    }
}
