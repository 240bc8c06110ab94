//! The SQL statements of the store, kept in `sql/queries/*.sql` and embedded at build time.
//!
//! A query file holds several statements, each under a `-- name: <name>` line (the yesql
//! habit), so the SQL reads as SQL and the Rust names what it runs.

/// Statements that store an extraction.
pub const WRITE: &str = include_str!("../../sql/queries/write.sql");
/// Statements that answer the listing commands.
pub const READ: &str = include_str!("../../sql/queries/read.sql");

/// The statement called `name` in a query file. Panics when there is none: the names are
/// fixed in the source, so a miss is a bug that any test of the caller finds.
pub fn statement(file: &'static str, name: &str) -> &'static str {
    let marker = format!("-- name: {name}\n");
    let start = file.find(&marker).map(|at| at + marker.len()).unwrap_or_else(|| panic!("no SQL statement {name}"));
    let end = file[start..].find("-- name: ").map_or(file.len(), |at| start + at);
    file[start..end].trim()
}
/// Statements that match a new article's claims and statistics against the stored ones.
pub const MATCHING: &str = include_str!("../../sql/queries/matching.sql");
/// Statements that read clusters back for `matches` and `trace`.
pub const CLUSTERS: &str = include_str!("../../sql/queries/clusters.sql");
