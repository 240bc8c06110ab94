//! `whosaid check`: reads every page of the database and says whether it is whole, with what it
//! holds, or lists each fault SQLite finds in it. Exit 0 when whole, 1 when damaged.

use std::path::Path;
use std::process::ExitCode;

/// Check the database for damage (every page, index and constraint).
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<ExitCode> {
    let store = super::open_existing(db)?;
    let damage = store.damage()?;
    let path = db.display();
    if damage.is_empty() {
        let n = store.counts()?;
        println!(
            "{path}: whole; {} articles ({} versions), {} claims in {} occurrences, {} speakers, {} statistics",
            n.articles, n.versions, n.claims, n.occurrences, n.speakers, n.statistics
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!("{path}: damaged, {} fault{} found:", damage.len(), if damage.len() == 1 { "" } else { "s" });
    for fault in &damage {
        println!("  {fault}");
    }
    println!(
        "Restore {path} from a backup, or save what can still be read with `sqlite3 {path} .recover`; ingesting into it again may fail where a damaged page is read."
    );
    Ok(ExitCode::from(1))
}
