//! The provenance database: one SQLite file holding every article, version, claim, speaker,
//! occurrence, statistic and link whosaid has seen. This is the only module that touches
//! SQLite.
//!
//! - [`open`](Store::open) applies the pragmas (WAL, busy timeout, foreign keys) and the
//!   numbered migrations in `sql/` ([`open`] module). A database from a newer whosaid, a file
//!   that is not SQLite, or one that belongs to another program is refused untouched.
//! - [`write`](Store::write) stores one article's [`Extraction`](crate::model::Extraction) in
//!   one transaction ([`write`] module): the same body again changes nothing, the same
//!   article (canonical URL) with a new body becomes a new version. What the writer derives
//!   without the database (hashes, matching words and signatures) is an [`ArticleKeys`]
//!   (`store/keys.rs`), which `ingest` makes on its reading threads and hands to
//!   [`write_keyed`](Store::write_keyed).
//! - The [`query`] module answers the listing commands: quotes, speakers, search, show, export.
//!
//! Schema: `sql/0001_init.sql` (tables, indexes, views, FTS5), documented table by table.
//!
//! ```
//! # let dir = tempfile::tempdir().unwrap();
//! use whosaid::store::{Store, Outcome};
//! let mut store = Store::open(&dir.path().join("w.db")).unwrap();
//! let doc = whosaid::document::read_bytes(b"Plain words, nothing said.", None).unwrap();
//! let found = whosaid::model::Extraction::default();
//! assert_eq!(store.write(&doc, &found, None).unwrap().outcome, Outcome::NewArticle);
//! assert_eq!(store.write(&doc, &found, None).unwrap().outcome, Outcome::Unchanged);
//! ```

mod candidates;
pub mod clusters;
mod id_keys;
mod ids;
mod key_filter;
mod key_runs;
mod keys;
mod matching;
mod open;
pub mod query;
mod sketches;
mod sql;
mod write;

pub use keys::ArticleKeys;
pub use write::{Ingested, Outcome};

use std::path::{Path, PathBuf};

/// Why the database could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A query command was given a database that does not exist yet.
    #[error("{path}: no database there; run `whosaid ingest` first, or point --db or WHOSAID_DB at one")]
    Missing { path: PathBuf },
    /// The file exists but is not SQLite (or its header is damaged).
    #[error(
        "{path}: not a SQLite database (damaged, or another kind of file); it was left untouched, give another --db"
    )]
    NotADatabase { path: PathBuf },
    /// A whosaid database with a damaged page (a disk fault, a copy cut short, a write from
    /// outside SQLite); nothing was written.
    #[error(
        "{path}: the database is damaged ({reason}); what failed was not written. `whosaid check` lists the damage: restore the file from a backup, or save what can still be read with `sqlite3 {path} .recover`"
    )]
    Damaged { path: PathBuf, reason: String },
    /// A SQLite database that some other program made.
    #[error("{path}: a SQLite database, but not one whosaid made; it was left untouched, give another --db")]
    Foreign { path: PathBuf },
    /// The schema is newer than this build knows.
    #[error(
        "{path}: made by a newer whosaid (schema version {found}, this one knows up to {known}); it was left untouched, upgrade whosaid"
    )]
    TooNew { path: PathBuf, found: i64, known: i64 },
    /// The file or its folder cannot be written (WAL needs both).
    #[error(
        "{path}: cannot write the database ({reason}); check the permissions of the file and its folder, or give another --db"
    )]
    ReadOnly { path: PathBuf, reason: String },
    /// A migration failed on a schema that is not what its version says (a table made or
    /// dropped by hand); the migration was rolled back.
    #[error(
        "{path}: cannot bring the database to schema version {version} ({reason}); it was left as it was, but its tables do not match its schema version: was it changed by hand? Give another --db"
    )]
    Migration { path: PathBuf, version: usize, reason: String },
    /// Another process held the database for longer than the busy timeout.
    #[error("{path}: the database stayed locked by another process; try again when it has finished")]
    Busy { path: PathBuf },
    /// No claim, speaker or article goes by the id given to `show`.
    #[error("nothing in the database is called {0:?}; `whosaid search` finds claims by their words")]
    NotFound(String),
    /// No article in the database goes by this URL or identity.
    #[error("no article {0:?} in the database; `whosaid show` finds articles by URL or hash prefix")]
    UnknownArticle(String),
    /// The article exists but has no version with this number.
    #[error("{article} has no version {number}; `whosaid history {article}` lists its versions")]
    NoVersion { article: String, number: i64 },
    /// The id given to `show` fits several things.
    #[error("{id:?} could be any of: {candidates}; give more of it")]
    Ambiguous { id: String, candidates: String },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// The result type of this module.
pub type Result<T> = std::result::Result<T, Error>;

/// An open whosaid database.
#[derive(Debug)]
pub struct Store {
    conn: rusqlite::Connection,
    path: PathBuf,
    /// What matching remembers across articles (see `matching.rs`).
    remembered: matching::Remembered,
}

impl Error {
    /// A SQLite failure met after the file was opened (a damaged page that a query reads, a
    /// lock) named by its cause, with the file, as one met opening it; None for any other.
    pub fn about_database(&self, path: &Path) -> Option<Error> {
        match self {
            Error::Sql(err) => open::cause(path, err),
            _ => None,
        }
    }
}

impl Store {
    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names a SQLite failure by its cause, with the database's file name.
    fn classify(&self, err: rusqlite::Error) -> Error {
        open::classify(&self.path, err)
    }
}
