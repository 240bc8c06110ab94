//! Opening a database: pragmas at every open, then the numbered migrations of `sql/`.
//!
//! The order follows Firefox's application-services: first read what the file is (its
//! application id and schema version), refusing a foreign or newer database before anything
//! is written; then WAL and the busy timeout; then, in one immediate transaction, every pending
//! migration and the new `user_version`; then foreign keys. Two processes that open
//! a new database at once serialise on that transaction, and the second finds nothing to do.

use super::sql::{WRITE, statement};
use super::{Error, Result, Store};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior, named_params};
use std::path::Path;
use std::time::{Duration, Instant};

/// The migrations, in order; the database's `user_version` counts how many have run.
/// Append only: a released file is never edited, reordered or removed.
const MIGRATIONS: &[&str] = &[
    include_str!("../../sql/0001_init.sql"),
    include_str!("../../sql/0002_claim_origins.sql"),
    include_str!("../../sql/0003_matching.sql"),
    include_str!("../../sql/0004_cluster_speakers.sql"),
    include_str!("../../sql/0005_occurrence_dates.sql"),
    include_str!("../../sql/0006_direct_claims.sql"),
    include_str!("../../sql/0007_recent_claim_keys.sql"),
    include_str!("../../sql/0008_statistic_statements.sql"),
    include_str!("../../sql/0009_claim_key_filter.sql"),
    include_str!("../../sql/0010_claim_key_runs.sql"),
    include_str!("../../sql/0011_claim_key_tables.sql"),
    include_str!("../../sql/0012_claim_hash_blob.sql"),
    include_str!("../../sql/0013_claim_id_keys.sql"),
    include_str!("../../sql/0014_claim_sketches.sql"),
    include_str!("../../sql/0015_statistic_ids.sql"),
];

/// The version whose migration also adds the id keys of the claims stored
/// (`sql/0013_claim_id_keys.sql`).
const CLAIM_ID_KEYS: usize = 13;

/// The version whose migration also writes the ids of the statistics stored
/// (`sql/0015_statistic_ids.sql`).
const STATISTIC_IDS: usize = 15;

/// How many pages of 4 KiB the WAL holds before a checkpoint (64 MiB).
const WAL_PAGES: i64 = 16_384;

/// Marks the file as whosaid's (`PRAGMA application_id`, "WhoS").
const APPLICATION_ID: i64 = 0x5768_6f53;

/// How long a write waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

impl Store {
    /// Opens the database at `path`, creating it when missing, and brings its schema up to
    /// date.
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        Store::open_with(path, flags, MIGRATIONS.len())
    }

    /// Opens a database that must already exist (for the query commands). One that this user
    /// may read but not write, or that sits in a folder they cannot write (WAL keeps two files
    /// beside the database), is opened read-only: queries write nothing.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::Missing { path: path.to_path_buf() });
        }
        match Store::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE, MIGRATIONS.len()) {
            Err(refused @ Error::ReadOnly { .. }) => Store::open_read_only(path).map_err(|_| refused),
            opened => opened,
        }
    }

    /// Opens a database to read it only. `mode=ro` reads a WAL database while its writer has it
    /// open (its two files are there to share); with neither file there and none to be made,
    /// SQLite reads it only as immutable, which it is to everyone who cannot write beside it.
    fn open_read_only(path: &Path) -> Result<Store> {
        let open = |query: &str| -> Result<Store> {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
            let conn = Connection::open_with_flags(file_uri(path, query), flags).map_err(|err| classify(path, err))?;
            let store = Store { conn, path: path.to_path_buf(), remembered: Default::default() };
            store.prepare_read_only().map_err(|err| match err {
                Error::Sql(err) => store.classify(err),
                other => other,
            })?;
            Ok(store)
        };
        open("mode=ro").or_else(|_| open("immutable=1"))
    }

    /// `prepare` for a database read only: its identity and schema checked, nothing written.
    fn prepare_read_only(&self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.check_identity()?;
        let version = self.schema_version()?;
        if version < MIGRATIONS.len() as i64 {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
                reason: format!(
                    "it is at schema version {version}, and reading it takes version {}, which writes it",
                    MIGRATIONS.len()
                ),
            });
        }
        self.tune()
    }

    /// The settings of a connection that neither write nor need writing.
    fn tune(&self) -> Result<()> {
        // A page cache of up to 64 MiB (the default is 2 MiB), so that a batch of articles is
        // written to the WAL once, at its commit, rather than spilled page by page before it.
        self.conn.pragma_update(None, "cache_size", -65_536)?;
        // Statement journals and sorts in memory, not in temporary files: a statement that
        // fires a trigger keeps a journal of the pages it changes, and writing such journals to
        // files cost the writer a fifth of its time.
        self.conn.pragma_update(None, "temp_store", "memory")?;
        self.conn.set_prepared_statement_cache_capacity(64);
        // Plans that do not depend on the values bound. Without this, SQLite plans a statement
        // with `LIMIT :cap` (and a few other shapes) for the value bound, and every new value
        // (every use of a cached statement) compiled the statement again: a twentieth of an
        // ingest went to the SQL parser.
        self.conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    fn open_with(path: &Path, flags: OpenFlags, target: usize) -> Result<Store> {
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|err| classify(path, err))?;
        let mut store = Store { conn, path: path.to_path_buf(), remembered: Default::default() };
        // Every step of `prepare` can be taken again, and one that meets another process's
        // lock is: SQLite answers some of them (switching a new file to WAL) busy at once,
        // without waiting for its busy timeout, when two processes create one database together.
        let deadline = Instant::now() + BUSY_TIMEOUT;
        let mut pause = Duration::from_millis(2);
        loop {
            match store.prepare(target) {
                Err(Error::Sql(err)) if is_busy(&err) && Instant::now() < deadline => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(100));
                }
                Err(Error::Sql(err)) => return Err(store.classify(err)),
                Err(err) => return Err(err),
                Ok(()) => return Ok(store),
            }
        }
    }

    fn prepare(&mut self, target: usize) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.check_identity()?;
        self.conn.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))?;
        self.conn.pragma_update(None, "synchronous", "normal")?;
        // A checkpoint once the WAL holds WAL_PAGES, 64 MiB, not 4 MiB (the default): a batch's
        // commit writes more than 4 MiB, so each commit was checkpointed, and the pages that
        // every batch changes (those of the open run of claim keys, which its keys reach all
        // over) were written to the database file again at each commit.
        self.conn.pragma_update(None, "wal_autocheckpoint", WAL_PAGES)?;
        // And the WAL cut back to that size once checkpointed, after a merge of claim key runs
        // (one transaction of millions of keys) made it grow past it.
        self.conn.pragma_update(None, "journal_size_limit", WAL_PAGES * 4096)?;
        self.tune()?;
        // Migrations run with foreign keys off, as SQLite's way of changing a table asks: one
        // that makes a table anew drops the old one, and with them on, the drop would look up
        // every row that refers to it. A migration keeps the ids it copies.
        self.conn.pragma_update(None, "foreign_keys", "off")?;
        self.migrate(target)?;
        self.conn.pragma_update(None, "foreign_keys", "on")?;
        Ok(())
    }

    /// Refuses, before any write, a file that is not a whosaid database of a known version.
    fn check_identity(&self) -> Result<()> {
        let path = self.path.to_path_buf();
        // One statement, so one snapshot: read apart, another process's first migration could
        // commit between them and show tables with no application id yet.
        let (app_id, version, tables): (i64, i64, i64) = self.conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id), \
                    (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(Error::Foreign { path });
        }
        if version > MIGRATIONS.len() as i64 {
            return Err(Error::TooNew { path, found: version, known: MIGRATIONS.len() as i64 });
        }
        Ok(())
    }

    /// Runs the migrations after the database's `user_version`, up to `target`.
    fn migrate(&mut self, target: usize) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let done = usize::try_from(version).unwrap_or(0);
        if done >= target {
            return Ok(());
        }
        for (to_version, script) in (done + 1..=target).zip(&MIGRATIONS[done..target]) {
            // The transaction is rolled back when a step fails: the file stays as it was.
            let failed = |err: rusqlite::Error| match err {
                err if is_busy(&err) => Error::Sql(err),
                err => Error::Migration { path: self.path.clone(), version: to_version, reason: short_reason(&err) },
            };
            tx.execute_batch(script).map_err(failed)?;
            if to_version == CLAIM_ID_KEYS {
                super::id_keys::index_stored_claims(&tx).map_err(failed)?;
            }
            if to_version == STATISTIC_IDS {
                identify_stored_statistics(&tx).map_err(failed)?;
            }
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", target as i64)?;
        tx.commit()?;
        Ok(())
    }
}

/// `path` as a SQLite URI with `query` ("file:/data/who%20said.db?mode=ro"): every byte but
/// letters, digits, `/` and `-._~` percent-encoded, as `?`, `#` and `%` in a name must be.
fn file_uri(path: &Path, query: &str) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// Writes the id of each statistic stored before statistics had ids.
fn identify_stored_statistics(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let mut read = tx.prepare(statement(WRITE, "statistics_without_id"))?;
    let mut write = tx.prepare(statement(WRITE, "set_statistic_id"))?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let (id, clause): (i64, String) = (row.get(0)?, row.get(1)?);
        write.execute(named_params! {":id": id, ":hash": crate::hash::statistic_id(&clause).0})?;
    }
    Ok(())
}

/// Whether SQLite gave up on another connection's lock.
fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

/// Names a SQLite failure by its cause.
pub(super) fn classify(path: &Path, err: rusqlite::Error) -> Error {
    cause(path, &err).unwrap_or(Error::Sql(err))
}

/// The error that names a SQLite failure by its cause and the file, for the causes a user can
/// act on.
pub(super) fn cause(path: &Path, err: &rusqlite::Error) -> Option<Error> {
    let path = path.to_path_buf();
    Some(match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase { path },
        Some(ErrorCode::DatabaseCorrupt) => Error::Damaged { path, reason: short_reason(err) },
        Some(ErrorCode::ReadOnly) | Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
            Error::ReadOnly { path, reason: short_reason(err) }
        }
        _ if is_busy(err) => Error::Busy { path },
        _ => return None,
    })
}

/// SQLite's own words for a failure, without the file name it sometimes repeats or the
/// statement it failed in.
fn short_reason(err: &rusqlite::Error) -> String {
    match err {
        rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
        rusqlite::Error::SqliteFailure(code, None) => {
            let text = code.to_string();
            text.split_once(": ").map_or(text.clone(), |(_, words)| words.to_string())
        }
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::clusters::Subject;
    use crate::store::query::Shown;

    /// A name with the characters a URI gives meaning to still names the file.
    #[test]
    fn file_uri_encodes_what_a_uri_would_read() {
        assert_eq!(file_uri(Path::new("a dir/who?#%.db"), "mode=ro"), "file:a%20dir/who%3F%23%25.db?mode=ro");
        assert_eq!(file_uri(Path::new("/data/whosaid.db"), "immutable=1"), "file:/data/whosaid.db?immutable=1");
    }

    /// The schema of a database as text: every object's SQL, sorted, and the pragmas that
    /// migrations set.
    fn schema_of(store: &Store) -> Vec<String> {
        let mut stmt =
            store.conn.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name").unwrap();
        let mut out: Vec<String> = stmt
            .query_map([], |row| {
                Ok(format!("{} {} {}", row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?))
            })
            .unwrap()
            .map(|row| row.unwrap())
            .collect();
        out.push(format!("user_version {}", store.schema_version().unwrap()));
        out
    }

    /// A new database in a new folder (kept while the first value lives), as whosaid left it
    /// at schema `version`, and its path.
    fn store_at_version(version: usize) -> (tempfile::TempDir, std::path::PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("whosaid.db");
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let store = Store::open_with(&path, flags, version).unwrap();
        (dir, path, store)
    }

    #[test]
    fn a_database_migrated_step_by_step_equals_a_fresh_one() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.db");
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let v1 = Store::open_with(&old, flags, 1).unwrap();
        assert_eq!(v1.schema_version().unwrap(), 1);
        v1.conn.execute("INSERT INTO articles (identity) VALUES ('https://example.org/a')", []).unwrap();
        drop(v1);
        let upgraded = Store::open(&old).unwrap();
        let fresh = Store::open(&dir.path().join("fresh.db")).unwrap();
        assert_eq!(schema_of(&upgraded), schema_of(&fresh));
        let kept: i64 = upgraded.conn.query_row("SELECT count(*) FROM articles", [], |row| row.get(0)).unwrap();
        assert_eq!(kept, 1);
    }

    #[test]
    fn claims_of_a_version_11_database_keep_their_ids_their_quotes_and_their_words() {
        let (_dir, path, v11) = store_at_version(11);
        let said = "We will rebuild the harbour wall.";
        let id = crate::hash::content_id(said).to_hex();
        v11.conn
            .execute_batch(&format!(
                "INSERT INTO articles (id, identity) VALUES (1, 'https://news.example/a');
                 INSERT INTO versions (id, article_id, number, hash, body) VALUES (1, 1, 1, 'ab', '{said}');
                 INSERT INTO claims (id, hash, text, normalized) VALUES (7, '{id}', '{said}', 'we will rebuild');
                 INSERT INTO occurrences (claim_id, version_id, kind, text, char_start, char_end, parts)
                 VALUES (7, 1, 'direct', '{said}', 0, 33, '[[0,33]]');"
            ))
            .unwrap();
        drop(v11);
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let Shown::Claim { claim, text, occurrences, .. } = store.show(&id[..8].to_ascii_uppercase()).unwrap() else {
            panic!("a claim by its id's first digits");
        };
        assert_eq!((claim.as_str(), text.as_str(), occurrences.len()), (id.as_str(), said, 1));
        assert_eq!(occurrences[0].claim, id, "the views give the id in hex");
        assert!(
            matches!(store.claim_subject(said).unwrap(), Some(Subject::Claim { id: 7, .. })),
            "found by its words' id"
        );
        let searched =
            store.conn.query_row("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'harbour'", [], |row| {
                row.get::<_, i64>(0)
            });
        assert_eq!(searched.unwrap(), 7, "the full-text index still points at it");
        let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |row| row.get(0)).unwrap() };
        assert_eq!(count("SELECT count(*) FROM sqlite_schema WHERE name = 'claims_hash'"), 0, "version 13 drops it");
        assert_eq!(count("SELECT claim_id FROM claim_keys_1 WHERE band = -2"), 7, "its id's key in the open run");
        // Quoted again, it is the same claim, not a new one.
        let doc = crate::document::read_bytes(format!("She said: \"{said}\"").as_bytes(), None).unwrap();
        store.write(&doc, &crate::extract::extract(&doc), None).unwrap();
        let claims: i64 = store.conn.query_row("SELECT count(*) FROM claims", [], |row| row.get(0)).unwrap();
        assert_eq!(claims, 1);
        let check: String = store.conn.query_row("PRAGMA foreign_key_check", [], |row| row.get(0)).unwrap_or_default();
        assert_eq!(check, "", "no row refers to a claim that is gone");
    }

    #[test]
    fn statistics_of_a_version_14_database_get_their_ids_and_are_traced_by_them() {
        let (_dir, path, v14) = store_at_version(14);
        let clause = "The harbour wall will cost $4.2 million";
        v14.conn
            .execute_batch(&format!(
                "INSERT INTO articles (id, identity) VALUES (1, 'https://news.example/a');
                 INSERT INTO versions (id, article_id, number, hash, body) VALUES (1, 1, 1, 'ab', '{clause}.');
                 INSERT INTO statistics (id, version_id, text, claim, value, char_start, char_end)
                 VALUES (5, 1, '$4.2 million', '{clause}', 4200000, 27, 39);"
            ))
            .unwrap();
        drop(v14);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        let id = crate::hash::statistic_id(clause).to_hex();
        let Ok(Some(Subject::Statistic { id: 5, hash, .. })) = store.claim_subject(&id[..8]) else {
            panic!("the statistic by its id's first digits");
        };
        assert_eq!(hash, id);
    }

    #[test]
    fn a_claim_stored_before_sketches_is_still_compared_and_a_new_one_gets_its_sketch() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sketches.db")).unwrap();
        let write = |store: &mut Store, said: &str| {
            let doc = crate::document::read_bytes(format!("The mayor said: \"{said}\"").as_bytes(), None).unwrap();
            store.write(&doc, &crate::extract::extract(&doc), None).unwrap();
        };
        let first = "We will keep the night ferry running through the whole winter season.";
        write(&mut store, first);
        // As a database of version 13 left it: its claims have no sketch.
        store.conn.execute("DELETE FROM claim_sketches", []).unwrap();
        let variant = "We will keep the night ferry running through the whole spring season.";
        write(&mut store, variant);
        let cluster = |said: &str| match store.claim_subject(said).unwrap() {
            Some(Subject::Claim { cluster, .. }) => cluster,
            _ => None,
        };
        assert!(cluster(first).is_some());
        assert_eq!(cluster(first), cluster(variant));
        let sketches: i64 = store.conn.query_row("SELECT count(*) FROM claim_sketches", [], |row| row.get(0)).unwrap();
        assert_eq!(sketches, 1, "the variant's");
    }

    #[test]
    fn every_fts_trigger_keeps_the_index_in_step() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("w.db")).unwrap();
        let hits = |word: &str| -> i64 {
            store
                .conn
                .query_row("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?1", [word], |row| row.get(0))
                .unwrap()
        };
        store
            .conn
            .execute(
                "INSERT INTO claims (hash, text, normalized) VALUES ('h', 'taxes will rise', 'taxes will rise')",
                [],
            )
            .unwrap();
        assert_eq!(hits("taxes"), 1);
        store.conn.execute("UPDATE claims SET text = 'prices will fall'", []).unwrap();
        assert_eq!((hits("taxes"), hits("prices")), (0, 1));
        store.conn.execute("DELETE FROM claims", []).unwrap();
        assert_eq!(hits("prices"), 0);
        let check: String = store.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
        assert_eq!(check, "ok");
    }
}
