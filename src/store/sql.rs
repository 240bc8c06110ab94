//! The SQL statements of the store, kept in `sql/queries/*.sql` and embedded at build time.
//!
//! A query file holds several statements, each under a `-- name: <name>` line (the yesql
//! habit), so the SQL reads as SQL and the Rust names what it runs. The files are statics, so
//! each has one address, by which [`statement`] tells them apart.

use std::sync::OnceLock;

/// Statements that store an extraction.
pub static WRITE: &str = include_str!("../../sql/queries/write.sql");
/// Statements that answer the listing commands.
pub static READ: &str = include_str!("../../sql/queries/read.sql");
/// Statements that match a new article's claims and statistics against the stored ones.
pub static MATCHING: &str = include_str!("../../sql/queries/matching.sql");
/// Statements that read clusters back for `matches` and `trace`.
pub static CLUSTERS: &str = include_str!("../../sql/queries/clusters.sql");

/// The statement called `name` in a query file. Panics when there is none: the names are
/// fixed in the source, so a miss is a bug that any test of the caller finds. The files are
/// split once, so the writer's per-row lookups cost a short scan rather than a text search.
pub fn statement(file: &'static str, name: &str) -> &'static str {
    static SPLIT: OnceLock<Vec<(usize, &'static str, &'static str)>> = OnceLock::new();
    let split =
        SPLIT.get_or_init(|| [WRITE, READ, MATCHING, CLUSTERS].into_iter().flat_map(named_statements).collect());
    let key = file.as_ptr() as usize;
    split
        .iter()
        .find(|(of, n, _)| *of == key && *n == name)
        .map(|(_, _, sql)| *sql)
        .unwrap_or_else(|| panic!("no SQL statement {name}"))
}

/// The `(file, name, statement)` triples of one query file, `file` being its address.
fn named_statements(file: &'static str) -> impl Iterator<Item = (usize, &'static str, &'static str)> {
    file.split("-- name: ").skip(1).filter_map(move |chunk| {
        let (name, sql) = chunk.split_once('\n')?;
        Some((file.as_ptr() as usize, name.trim(), sql.trim()))
    })
}
