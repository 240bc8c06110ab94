//! A claim's id as a key of the claim candidate index (`key_runs.rs`), in place of a unique
//! index on `claims.hash` (`sql/0013_claim_id_keys.sql` says why): band [`ID_BAND`], the value
//! the id's first eight bytes, so that the values keep the order of the ids and a prefix of an
//! id is a range of them. The writer finds a claim's row through the runs' filters and at most a
//! seek or two, and adds a new claim's key with its other keys; a reader reads the range of a
//! prefix in every run. Either checks the whole id on the claim's row, as two ids may share
//! their first eight bytes.

use super::key_runs::Runs;
use super::sql::{MATCHING, statement};
use rusqlite::{Connection, OptionalExtension, named_params};

/// The band of the claim ids' keys, below the shingles' (−1) and the band buckets' (0 and up).
pub(super) const ID_BAND: i64 = -2;

/// The most ids read under one key: claims whose ids share their first eight bytes.
const SHARED_PREFIX_CAP: usize = 16;

/// The key value of an id: its first eight bytes, big-endian, with the sign bit flipped, so that
/// the signed values sort as the ids do.
pub(super) fn key_value(id: &[u8; 32]) -> i64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&id[..8]);
    (u64::from_be_bytes(first) ^ 1 << 63) as i64
}

/// The row id of the stored claim with this id (the writer's look-up: the runs' filters skip
/// the seeks of runs that do not hold its key, and the keys of the open batch count).
pub(super) fn find(conn: &Connection, runs: &Runs, id: &[u8; 32]) -> rusqlite::Result<Option<i64>> {
    let key = (ID_BAND, key_value(id));
    let held = runs.may_hold(std::iter::once(key));
    for row_id in runs.ids(conn, key, &held, SHARED_PREFIX_CAP)? {
        if stored_id(conn, row_id)?.is_some_and(|stored| stored == *id) {
            return Ok(Some(row_id));
        }
    }
    Ok(None)
}

/// The row ids of the stored claims whose ids may lie from `low` to `high`, as the JSON array
/// the statements that read them take (a reader's look-up, in every run; the statement checks
/// the whole id). The runs and their tables are read in one snapshot, as a writer's merge in
/// between would drop the tables of the runs it merged.
pub(super) fn rows_between(conn: &Connection, low: &[u8; 32], high: &[u8; 32]) -> rusqlite::Result<String> {
    conn.execute_batch("SAVEPOINT claim_id_keys")?;
    let found = Runs::listed(conn).and_then(|runs| runs.ids_between(conn, ID_BAND, (key_value(low), key_value(high))));
    conn.execute_batch("RELEASE claim_id_keys")?;
    Ok(serde_json::to_string(&found?).unwrap_or_default())
}

/// Adds the id keys of every stored claim to the open run (the migration to version 13), in key
/// order as a batch's keys go in.
pub(super) fn index_stored_claims(conn: &Connection) -> rusqlite::Result<()> {
    let mut runs = Runs::listed(conn)?;
    let mut stmt = conn.prepare(statement(MATCHING, "claim_ids"))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        runs.add(ID_BAND, key_value(&row.get(1)?), row.get(0)?);
    }
    runs.write_pending(conn)
}

/// The id of the claim with this row id.
fn stored_id(conn: &Connection, row_id: i64) -> rusqlite::Result<Option<[u8; 32]>> {
    let mut stmt = conn.prepare_cached(statement(MATCHING, "claim_id_of_row"))?;
    stmt.query_row(named_params! {":id": row_id}, |row| row.get(0)).optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_values_sort_as_the_ids_do() {
        let id = |first: u8, second: u8| {
            let mut id = [0u8; 32];
            (id[0], id[1]) = (first, second);
            id
        };
        let ids = [id(0, 0), id(0, 1), id(0x7f, 0xff), id(0x80, 0), id(0xff, 0xff)];
        let values: Vec<i64> = ids.iter().map(key_value).collect();
        assert!(values.is_sorted(), "{values:?}");
        assert_eq!(values[0], i64::MIN);
        assert_eq!(key_value(&[0xff; 32]), i64::MAX);
    }
}
