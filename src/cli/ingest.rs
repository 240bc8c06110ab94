//! `whosaid ingest PATH…`: read articles, extract who said what, and store it all in the
//! database. PATH may be a file, a folder (searched recursively for .txt, .md, .markdown,
//! .html, .htm and .xhtml files, optionally gzipped) or `-` for standard input.
//!
//! Reading and extraction run on all cores but one; one writer, on the last, stores the
//! articles in the order given, committing a batch of them every quarter second (so a crash
//! loses at most that quarter second). When the database refuses an article, the articles
//! before it are committed, the summary says what was stored, and the run stops. The same
//! content again changes nothing and is counted as unchanged; the same canonical URL with a
//! new body becomes a new version. A file that cannot be read
//! is reported on stderr and skipped, the others still go in, and the exit code is then 2.
//! `--url`, `--published` and `--outlet` state what the file does not say (they override
//! what it does).

use anyhow::{Context, bail};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use whosaid::model::{Document, Extraction};
use whosaid::store::{ArticleKeys, Ingested, Outcome, Store};

/// File name endings taken from folders (files named on the command line are always read).
const ARTICLE_ENDINGS: &[&str] = &[".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"];

/// Store articles and what they say in the database.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files or folders (searched recursively); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The article's canonical URL (for a single article).
    #[arg(long)]
    url: Option<String>,
    /// When the article was published (YYYY-MM-DD or an ISO 8601 time).
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// The publication the article appeared in.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
}

/// What the run did, for the summary.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    new: usize,
    unchanged: usize,
    new_versions: usize,
    failed: usize,
    quotes: usize,
    new_speakers: usize,
    statistics: usize,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let published = match &args.published {
        Some(raw) => Some(whosaid::document::parse_date(raw).with_context(|| {
            format!("--published {raw:?} is not a date whosaid reads; write it as YYYY-MM-DD or 2016-11-08T14:05:00Z")
        })?),
        None => None,
    };
    let total = count_inputs(&args.paths)?;
    if args.url.is_some() && total != 1 {
        bail!("--url names one article, but {total} files were given; ingest them one at a time");
    }
    let mut store = Store::open(db)?;
    let overrides = Overrides { url: args.url, published, outlet: args.outlet };
    let mut tally = Tally::default();
    let mut progress = Progress::new(total);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = std::sync::mpsc::sync_channel(64);
    let preparing = rayon::ThreadPoolBuilder::new()
        .num_threads(preparing_threads())
        .build()
        .context("could not start the threads that read and extract articles")?;
    let stored = std::thread::scope(|scope| -> anyhow::Result<()> {
        let (paths, overrides, stop) = (&args.paths, &overrides, &stop);
        scope.spawn(move || {
            preparing.install(|| {
                // Chunk by chunk, so that the articles waiting for their turn to be stored stay
                // few: over the whole list, rayon would start a second thread halfway through it.
                // A folder that can no longer be listed was readable when counted: it is skipped.
                let readable = Inputs::new(paths)
                    .filter_map(|input| input.map_err(|err| eprintln!("whosaid: {err}; skipped")).ok());
                let mut inputs = readable.enumerate().peekable();
                while inputs.peek().is_some() && !stop.load(Ordering::Relaxed) {
                    let chunk: Vec<(usize, PathBuf)> = inputs.by_ref().take(PREPARE_AHEAD).collect();
                    chunk.into_par_iter().for_each_with(sender.clone(), |sender, (idx, path)| {
                        if !stop.load(Ordering::Relaxed) {
                            let prepared = prepare(&path, overrides);
                            let _ = sender.send((idx, (path, prepared)));
                        }
                    });
                }
            })
        });
        let stored = store_all(&mut store, receiver, &mut tally, &mut progress);
        if stored.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        stored
    });
    progress.finish();
    // What was stored before a failure is reported too: it stays in the database.
    print_summary(db, total, &tally, stored.is_err());
    stored?;
    Ok(if tally.failed > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// How many threads read and extract articles: one core fewer than the machine has, as the
/// writer, which sets the pace, needs one of its own (on 2 cores, one preparing thread ingested
/// 1,108 to 1,155 generated news articles a second and two 967 to 980), unless
/// `RAYON_NUM_THREADS` says how many (0: rayon's own choice).
fn preparing_threads() -> usize {
    if std::env::var_os("RAYON_NUM_THREADS").is_some() {
        return 0;
    }
    std::thread::available_parallelism().map_or(1, |cores| cores.get().saturating_sub(1).max(1))
}

/// Stores the prepared articles in the order given (they arrive in any order), in batches
/// committed every [`COMMIT_EVERY`]. When a write fails, the articles before it are committed.
fn store_all(
    store: &mut Store,
    receiver: std::sync::mpsc::Receiver<(usize, (PathBuf, Prepared))>,
    tally: &mut Tally,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut committed = Instant::now();
    // The articles written since the last commit, and what they add to the tally: a failed
    // write rolls back the whole batch, and they are written again.
    let mut batch: Vec<(PathBuf, Article)> = Vec::new();
    let mut batch_tally = Tally::default();
    store.begin_batch()?;
    for (idx, res) in receiver {
        pending.insert(idx, res);
        while let Some((path, res)) = pending.remove(&next) {
            match res {
                Ok(article) => {
                    if let Err(err) = store_one(store, &path, &article, &mut batch_tally) {
                        let path = path.display();
                        return match store_again(store, &batch) {
                            Ok(stored) => {
                                tally.add(&stored);
                                Err(err.context(format!("storing {path} (articles before it are stored)")))
                            }
                            Err(again) => Err(err.context(format!(
                                "storing {path} (and the {} articles before it since the last commit could not be \
                                 stored again: {again:#})",
                                batch.len()
                            ))),
                        };
                    }
                    batch.push((path, article));
                }
                Err(err) => {
                    eprintln!("whosaid: {}: {err}; skipped", path.display());
                    tally.failed += 1;
                }
            }
            next += 1;
            if committed.elapsed() >= COMMIT_EVERY {
                store.commit_batch()?;
                tally.add(&std::mem::take(&mut batch_tally));
                batch.clear();
                store.begin_batch()?;
                committed = Instant::now();
            }
            progress.tick(next, tally.failed);
        }
    }
    store.commit_batch()?;
    tally.add(&batch_tally);
    Ok(())
}

/// How often a bulk ingest commits: often enough that little is lost to a crash, seldom
/// enough that the commit (a write of the WAL) costs little per article.
const COMMIT_EVERY: Duration = Duration::from_millis(250);

/// How many articles are read and extracted ahead of the writer, at most: enough to keep the
/// cores busy, few enough that memory does not grow with the number of files.
const PREPARE_AHEAD: usize = 256;

/// A read, extracted and keyed article.
type Article = (Document, Extraction, ArticleKeys);

/// An article, or why it could not be read.
type Prepared = Result<Article, whosaid::document::Error>;

/// What the command line says about the article, over what the file says.
#[derive(Debug)]
struct Overrides {
    url: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
}

/// Reads, extracts and keys one article (the parallel part).
fn prepare(path: &Path, overrides: &Overrides) -> Prepared {
    let mut doc = whosaid::document::read_path(path)?;
    let meta = &mut doc.meta;
    for (field, value) in [
        (&mut meta.url, &overrides.url),
        (&mut meta.published, &overrides.published),
        (&mut meta.outlet, &overrides.outlet),
    ] {
        if value.is_some() {
            field.clone_from(value);
        }
    }
    let found = whosaid::extract::extract(&doc);
    let keys = ArticleKeys::of(&doc, &found);
    Ok((doc, found, keys))
}

/// Stores again, in a batch of their own, the articles a failed write rolled back with it.
fn store_again(store: &mut Store, batch: &[(PathBuf, Article)]) -> anyhow::Result<Tally> {
    let mut tally = Tally::default();
    store.begin_batch()?;
    for (path, article) in batch {
        store_one(store, path, article, &mut tally).with_context(|| format!("storing {}", path.display()))?;
    }
    store.commit_batch()?;
    Ok(tally)
}

/// Stores one article and counts what it added; only a database failure is an error.
fn store_one(store: &mut Store, path: &Path, (doc, found, keys): &Article, tally: &mut Tally) -> anyhow::Result<()> {
    let source = (path.as_os_str() != "-").then(|| path.to_string_lossy());
    let Ingested { outcome, quotes, new_speakers, statistics, .. } =
        store.write_keyed(doc, found, keys, source.as_deref())?;
    match outcome {
        Outcome::NewArticle => tally.new += 1,
        Outcome::NewVersion => tally.new_versions += 1,
        Outcome::Unchanged => tally.unchanged += 1,
    }
    tally.quotes += quotes;
    tally.new_speakers += new_speakers;
    tally.statistics += statistics;
    Ok(())
}

/// How many files [`Inputs`] gives for these paths; a folder that cannot be read is an error,
/// and one with no article files is reported.
fn count_inputs(paths: &[PathBuf]) -> anyhow::Result<usize> {
    let mut total = 0;
    for path in paths {
        let mut found = 0;
        for input in Inputs::new(std::slice::from_ref(path)) {
            input.with_context(|| format!("reading the folder {}", path.display()))?;
            found += 1;
        }
        if found == 0 && path.is_dir() {
            eprintln!("whosaid: {}: no article files in this folder ({})", path.display(), ARTICLE_ENDINGS.join(" "));
        }
        total += found;
    }
    Ok(total)
}

/// The files to read, in order: files and `-` as given, folders walked in name order. One
/// folder's listing is held at a time (with those of the folders above it), not the list of
/// every file: a run over a million files would hold a hundred megabytes of paths.
struct Inputs {
    /// The entries still to visit in each folder entered, innermost last, each with whether
    /// it is a folder (known from the listing, so that no file is looked up again).
    stack: Vec<std::vec::IntoIter<(PathBuf, bool)>>,
}

impl Inputs {
    fn new(paths: &[PathBuf]) -> Inputs {
        Inputs { stack: vec![paths.iter().map(|path| (path.clone(), path.is_dir())).collect::<Vec<_>>().into_iter()] }
    }
}

impl Iterator for Inputs {
    /// A file, or why a folder could not be listed (it is then skipped).
    type Item = std::io::Result<PathBuf>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let Some((path, is_dir)) = self.stack.last_mut()?.next() else {
                self.stack.pop();
                continue;
            };
            if !is_dir {
                return Some(Ok(path));
            }
            match article_entries(&path) {
                Ok(entries) => self.stack.push(entries.into_iter()),
                Err(err) => return Some(Err(std::io::Error::new(err.kind(), format!("{}: {err}", path.display())))),
            }
        }
    }
}

/// The subfolders and article files of a folder, in name order, each with whether it is a
/// folder; hidden ones are left out.
fn article_entries(dir: &Path) -> std::io::Result<Vec<(PathBuf, bool)>> {
    let mut entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.sort_by_key(|e| e.file_name());
    let mut out = Vec::new();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().to_lowercase();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if kind.is_dir() || (kind.is_file() && ARTICLE_ENDINGS.iter().any(|ending| name.ends_with(ending))) {
            out.push((entry.path(), kind.is_dir()));
        }
    }
    Ok(out)
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.new += other.new;
        self.unchanged += other.unchanged;
        self.new_versions += other.new_versions;
        self.failed += other.failed;
        self.quotes += other.quotes;
        self.new_speakers += other.new_speakers;
        self.statistics += other.statistics;
    }
}

fn print_summary(db: &Path, total: usize, t: &Tally, stopped: bool) {
    let articles = if total == 1 { "article" } else { "articles" };
    println!(
        "{total} {articles} into {}: {} new, {} unchanged, {} new versions, {} failed",
        db.display(),
        t.new,
        t.unchanged,
        t.new_versions,
        t.failed
    );
    println!("stored {} quotes, {} new speakers, {} statistics", t.quotes, t.new_speakers, t.statistics);
    if stopped {
        let handled = t.new + t.unchanged + t.new_versions + t.failed;
        println!("stopped after {handled} of {total}: the other {} were not stored", total - handled);
    }
    if t.unchanged > 0 && t.unchanged == total {
        println!("nothing was written: every article was already in the database");
    }
}

/// A progress line on stderr for runs long enough to need one.
struct Progress {
    total: usize,
    started: Instant,
    last: Instant,
    terminal: bool,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let now = Instant::now();
        Progress { total, started: now, last: now, terminal: std::io::stderr().is_terminal(), shown: false }
    }

    /// Shows progress every 200 ms on a terminal, or every 10 s as a line in a log.
    fn tick(&mut self, done: usize, failed: usize) {
        let every = if self.terminal { Duration::from_millis(200) } else { Duration::from_secs(10) };
        if self.last.elapsed() < every || done == self.total {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        let line = format!("whosaid: ingesting {done}/{} ({failed} failed, {rate:.0} articles/s)", self.total);
        if self.terminal { eprint!("\r{line}\x1b[K") } else { eprintln!("{line}") }
    }

    fn finish(&self) {
        if self.shown && self.terminal {
            eprint!("\r\x1b[K");
        }
    }
}
