//! `Workdir`: a scratch folder with a database, where tests write files and run the built
//! `whosaid` binary (the xsv/ripgrep habit).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "../../benches/corpus.rs"]
mod corpus;

pub use corpus::article as generated_article;

/// A temporary folder that is removed at the end of the test.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("a temporary folder") }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The default database of commands run here.
    pub fn db(&self) -> PathBuf {
        self.path("whosaid.db")
    }

    /// Writes a file (making folders as needed) and returns its path.
    pub fn write(&self, name: &str, content: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }

    /// A `whosaid` command run in this folder, with no `WHOSAID_DB` from outside.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_whosaid"));
        cmd.args(args).current_dir(self.dir.path()).env_remove("WHOSAID_DB");
        cmd
    }

    /// Runs `whosaid` and returns what it did, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("running whosaid")
    }

    /// Runs `whosaid`, requires success, and returns standard output.
    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "whosaid {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs `whosaid` and requires the exit code `code`; returns standard error.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(code), "whosaid {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stderr).unwrap()
    }

    /// Runs `whosaid … --format jsonl` and parses each line.
    pub fn jsonl(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let mut args = args.to_vec();
        args.extend(["--format", "jsonl"]);
        self.stdout(&args).lines().map(|line| serde_json::from_str(line).unwrap()).collect()
    }

    /// One number from the database at `db`.
    pub fn count(db: &Path, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row(sql, [], |row| row.get(0)).unwrap()
    }
}

/// The path of one of the project's fixture files.
pub fn fixture(name: &str) -> String {
    format!("{}/fixtures/store/{name}", env!("CARGO_MANIFEST_DIR"))
}
