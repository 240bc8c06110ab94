//! The database under faults: a crash mid-ingest, a damaged or foreign file given as `--db`, a
//! damaged page inside a whosaid database, a database from a newer whosaid, a read-only location,
//! and two ingests at once. Each must end in a clear error or a valid database, never in damage.

use crate::support::{Workdir, generated_article};
use std::path::Path;
use std::time::{Duration, Instant};

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap()
}

fn generate(wd: &Workdir, folder: &str, range: std::ops::Range<usize>) {
    for n in range {
        wd.write(&format!("{folder}/article-{n:05}.txt"), &generated_article(n));
    }
}

#[test]
fn a_kill_mid_ingest_loses_nothing_committed_and_leaves_a_valid_database() {
    let wd = Workdir::new();
    generate(&wd, "big", 0..1500);
    let mut child = wd.command(&["ingest", "big"]).stdout(std::process::Stdio::null()).spawn().unwrap();
    let db = wd.db();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = 0;
    while seen < 30 {
        assert!(Instant::now() < deadline, "the ingest stored nothing in time");
        assert!(child.try_wait().unwrap().is_none(), "the ingest ended before it could be killed; generate more");
        std::thread::sleep(Duration::from_millis(20));
        if let Ok(conn) = rusqlite::Connection::open(&db) {
            seen = conn.query_row("SELECT count(*) FROM articles", [], |row| row.get(0)).unwrap_or(0);
        }
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up.
    child.wait().unwrap();

    assert_eq!(integrity(&db), "ok");
    let kept = Workdir::count(&db, "SELECT count(*) FROM articles");
    assert!(kept >= seen, "committed articles were lost: saw {seen}, {kept} left");
    assert!(kept < 1500, "the ingest finished before the kill");
    let dangling = Workdir::count(
        &db,
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.article_id = a.id)",
    );
    assert_eq!(dangling, 0, "an article without its version: a transaction was split");

    let out = wd.stdout(&["ingest", "big"]);
    assert!(out.contains(&format!("{} new, {kept} unchanged", 1500 - kept)), "{out}");
    assert_eq!(Workdir::count(&db, "SELECT count(*) FROM articles"), 1500);
}

#[test]
fn an_article_the_database_refuses_stops_the_run_after_the_articles_before_it_are_stored() {
    let wd = Workdir::new();
    generate(&wd, "batch", 0..40);
    wd.stdout(&["ingest", "batch/article-00000.txt"]);
    // The database refuses the 25th file mid-batch, after some of its rows are written: the
    // batch goes back, and the 24 before it must be stored again, whole.
    rusqlite::Connection::open(wd.db())
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse AFTER INSERT ON versions WHEN new.source LIKE '%article-00024.txt' \
             BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END",
        )
        .unwrap();
    let out = wd.run(&["ingest", "batch"]);
    assert_eq!(out.status.code(), Some(2));
    let (summary, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(summary.contains("23 new, 1 unchanged"), "what was stored is reported: {summary}");
    assert!(summary.contains("stopped after 24 of 40: the other 16 were not stored"), "{summary}");
    assert!(err.contains("storing batch/article-00024.txt (articles before it are stored)"), "{err}");
    assert!(err.contains("refused by a test trigger"), "{err}");
    let db = wd.db();
    assert_eq!(integrity(&db), "ok");
    assert_eq!(Workdir::count(&db, "SELECT count(*) FROM articles"), 24);
    assert_eq!(Workdir::count(&db, "SELECT count(*) FROM versions WHERE source LIKE '%article-00024.txt'"), 0);
    let per_article =
        Workdir::count(&db, "SELECT count(*) FROM occurrences") / Workdir::count(&db, "SELECT count(*) FROM versions");
    let first = Workdir::count(
        &db,
        "SELECT count(*) FROM occurrences o JOIN versions v ON v.id = o.version_id \
                                     WHERE v.source LIKE '%article-00000.txt'",
    );
    assert!(first > 0 && per_article == first, "every stored article has all its quotes: {first} / {per_article}");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let wd = Workdir::new();
    let junk: Vec<u8> = (0..20_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(wd.path("junk.db"), &junk).unwrap();
    wd.write("a.txt", &generated_article(1));
    for args in [&["--db", "junk.db", "ingest", "a.txt"][..], &["--db", "junk.db", "quotes"]] {
        let err = wd.fails(args, 2);
        assert!(err.contains("junk.db: not a SQLite database"), "{err}");
    }
    assert_eq!(std::fs::read(wd.path("junk.db")).unwrap(), junk);
}

#[test]
fn a_sqlite_database_of_another_program_is_refused_untouched() {
    let wd = Workdir::new();
    let other = wd.path("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE notes (body TEXT)").unwrap();
    let before = std::fs::read(&other).unwrap();
    wd.write("a.txt", &generated_article(1));
    let err = wd.fails(&["--db", "other.db", "ingest", "a.txt"], 2);
    assert!(err.contains("other.db: a SQLite database, but not one whosaid made"), "{err}");
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn a_database_from_a_newer_whosaid_is_refused_untouched() {
    let wd = Workdir::new();
    wd.write("a.txt", &generated_article(1));
    wd.stdout(&["ingest", "a.txt"]);
    rusqlite::Connection::open(wd.db()).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(wd.db()).unwrap();
    for args in [&["quotes"][..], &["ingest", "a.txt"]] {
        let err = wd.fails(args, 2);
        assert!(err.contains("whosaid.db: made by a newer whosaid (schema version 99"), "{err}");
    }
    assert_eq!(std::fs::read(wd.db()).unwrap(), before);
}

#[test]
fn a_schema_changed_by_hand_is_a_clear_error_and_keeps_what_is_stored() {
    let wd = Workdir::new();
    wd.write("a.txt", &generated_article(1));
    wd.write("b.txt", &generated_article(2));
    wd.stdout(&["ingest", "a.txt"]);
    // Version 13 says the last migration has not run, but its table is there.
    rusqlite::Connection::open(wd.db()).unwrap().pragma_update(None, "user_version", 13).unwrap();
    let err = wd.fails(&["ingest", "b.txt"], 2);
    assert!(
        err.contains(
            "whosaid.db: cannot bring the database to schema version 14 (table claim_sketches already exists)"
        ),
        "{err}"
    );
    assert!(!err.contains("CREATE") && !err.contains("-- whosaid schema"), "no migration SQL in the message: {err}");
    assert_eq!(Workdir::count(&wd.db(), "SELECT count(*) FROM articles"), 1, "what was stored is kept");
}

#[test]
fn a_read_only_location_is_read_by_queries_and_refuses_writes_clearly() {
    let wd = Workdir::new();
    wd.write("a.txt", &generated_article(1));
    let folder = wd.path("ro");
    std::fs::create_dir(&folder).unwrap();
    wd.stdout(&["--db", "ro/kept.db", "ingest", "a.txt"]);
    let stored = Workdir::count(&folder.join("kept.db"), "SELECT count(*) FROM occurrences");
    let _lock = ReadOnly::new(&folder);
    if std::fs::write(folder.join("probe"), b"").is_ok() {
        eprintln!("skipped: this system lets the test write to a read-only folder (root without chattr)");
        return;
    }
    let before = std::fs::read(folder.join("kept.db")).unwrap();
    let err = wd.fails(&["--db", "ro/new.db", "ingest", "a.txt"], 2);
    assert!(err.contains("ro/new.db: cannot write the database"), "{err}");
    let err = wd.fails(&["--db", "ro/kept.db", "ingest", "a.txt"], 2);
    assert!(err.contains("ro/kept.db: cannot write the database"), "{err}");
    // Queries write nothing: they read the database where it is.
    let quotes = wd.jsonl(&["--db", "ro/kept.db", "quotes"]);
    assert!(stored > 0 && quotes.len() as i64 == stored, "{} of {stored} quotes", quotes.len());
    assert!(wd.stdout(&["--db", "ro/kept.db", "check"]).starts_with("ro/kept.db: whole; 1 articles"));
    assert_eq!(std::fs::read(folder.join("kept.db")).unwrap(), before);
}

/// Makes a folder read-only for the length of a test, for root too (with `chattr +i`), and
/// writable again afterwards so that it can be removed.
struct ReadOnly<'a>(&'a Path);

impl<'a> ReadOnly<'a> {
    fn new(folder: &'a Path) -> ReadOnly<'a> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        let _ = std::process::Command::new("chattr").arg("+i").arg(folder).status();
        ReadOnly(folder)
    }
}

impl Drop for ReadOnly<'_> {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::process::Command::new("chattr").arg("-i").arg(self.0).status();
        let _ = std::fs::set_permissions(self.0, std::fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn two_ingests_at_once_both_succeed() {
    let wd = Workdir::new();
    generate(&wd, "one", 0..150);
    generate(&wd, "two", 150..300);
    let spawn = |folder: &str| {
        let mut cmd = wd.command(&["ingest", folder]);
        cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap()
    };
    let (a, b) = (spawn("one"), spawn("two"));
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(Workdir::count(&wd.db(), "SELECT count(*) FROM articles"), 300);
    assert_eq!(integrity(&wd.db()), "ok");
}

#[test]
fn a_damaged_page_is_listed_by_check_and_named_by_any_command_that_reads_it() {
    let wd = Workdir::new();
    wd.write("a.txt", &generated_article(1));
    wd.write("b.txt", &generated_article(2));
    wd.stdout(&["ingest", "a.txt"]);
    let whole = wd.stdout(&["check"]);
    assert!(whole.starts_with("whosaid.db: whole; 1 articles (1 versions)"), "{whole}");
    // The page at the root of the speakers table, overwritten with bytes no b-tree page has.
    let root = Workdir::count(&wd.db(), "SELECT rootpage FROM sqlite_schema WHERE name = 'speakers'");
    let mut bytes = std::fs::read(wd.db()).unwrap();
    let page = (root as usize - 1) * 4096;
    bytes[page..page + 64].fill(0xee);
    std::fs::write(wd.db(), &bytes).unwrap();

    let out = wd.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.starts_with("whosaid.db: damaged"), "{report}");
    assert!(report.contains("(in table speakers)") && report.contains(".recover"), "{report}");
    for args in [&["speakers"][..], &["ingest", "b.txt"]] {
        let err = wd.fails(args, 2);
        assert!(err.contains("whosaid.db: the database is damaged") && err.contains("`whosaid check`"), "{err}");
    }
    // The file that was being stored is still named.
    assert!(wd.fails(&["ingest", "b.txt"], 2).contains("storing b.txt"));
    assert_eq!(std::fs::read(wd.db()).unwrap(), bytes, "nothing was written to the damaged file");
}
