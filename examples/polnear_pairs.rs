//! The PolNeAR pair check: after ingesting `polnear-train` and `polnear-dev` from the shared
//! corpus, how many of the 114 pairs in `matching/polnear-quote-pairs.jsonl` (the same quoted
//! words in two different articles, found by 4-gram containment, not checked by hand) have
//! both sides in one cluster.
//!
//! ```text
//! cargo run --release --example polnear_pairs [-- SHARED_DIR [DB]]
//! ```
//!
//! SHARED_DIR defaults to `../shared`; the corpus is read there, never copied. DB defaults to a
//! temporary file; give a path to keep the database for `whosaid matches --db DB`. Without the
//! shared folder the check says so and exits 0.
//!
//! A side of a pair is found when one of the article's stored occurrences holds at least 80% of
//! the gold quote's words (the strict match of `score.py`); the pair is matched when a found
//! occurrence on each side has the same claim or the same cluster. An article is looked up by the
//! hash of its body, not by its file name: two files with one body are one stored version (the
//! second writes nothing), and the pairs between them are counted apart. Pairs a side of which the
//! extractor did not find are counted apart, and every unmatched pair is printed with both
//! quotes. A second figure takes extraction out: how many pairs of gold quote texts
//! `matching::compare` relates directly.

use rusqlite::Connection;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use whosaid::hash::content_id;
use whosaid::matching::{compare, matching_words, plain_words};
use whosaid::store::Store;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let shared = PathBuf::from(args.next().unwrap_or_else(|| "../shared".to_string()));
    let pairs_path = shared.join("corpus/matching/polnear-quote-pairs.jsonl");
    if !pairs_path.exists() {
        println!(
            "polnear_pairs: {} not found; skipped (give the shared folder as the first argument)",
            pairs_path.display()
        );
        return Ok(());
    }
    let scratch = tempfile::tempdir()?;
    let db = args.next().map_or_else(|| scratch.path().join("polnear.db"), PathBuf::from);
    ingest(&db, &[shared.join("corpus/polnear-train"), shared.join("corpus/polnear-dev")])?;
    let conn = Connection::open(&db)?;
    let (mut matched, mut missing_side, mut related_gold, mut one_body) = (0, 0, 0, 0);
    let (mut unmatched, mut unrelated_gold) = (Vec::new(), Vec::new());
    let pairs: Vec<serde_json::Value> =
        std::fs::read_to_string(&pairs_path)?.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    for (idx, pair) in pairs.iter().enumerate() {
        let gold = |side: &str| matching_words(pair[side]["quote"].as_str().unwrap_or_default());
        match compare(&gold("a"), &gold("b")) {
            Some(_) => related_gold += 1,
            None => unrelated_gold.push(idx.to_string()),
        }
        let (a_version, b_version) = (version_hash(&shared, &pair["a"])?, version_hash(&shared, &pair["b"])?);
        if a_version == b_version {
            one_body += 1;
        }
        let (a, b) = (found_claims(&conn, &a_version, &pair["a"])?, found_claims(&conn, &b_version, &pair["b"])?);
        if a.is_empty() || b.is_empty() {
            missing_side += 1;
            unmatched.push(format!("#{idx} (extractor missed a side)"));
        } else if a.iter().any(|x| b.contains(x)) {
            matched += 1;
        } else {
            unmatched.push(format!("#{idx}\n   a: {}\n   b: {}", pair["a"]["quote"], pair["b"]["quote"]));
        }
    }
    let total = pairs.len();
    println!("{matched}/{total} pairs in one cluster ({:.1}%)", 100.0 * matched as f64 / total as f64);
    println!("{missing_side} pairs with a side the extractor did not find");
    println!("{one_body} pairs between two files with one body (stored once)");
    let both_found = total - missing_side;
    println!("{matched}/{both_found} of the pairs with both sides extracted are in one cluster");
    println!("{related_gold}/{total} pairs of gold quote texts related by matching::compare");
    println!("gold texts not related: #{}", unrelated_gold.join(" #"));
    for line in &unmatched {
        println!("unmatched {line}");
    }
    Ok(())
}

/// Reads, extracts and stores every article of the folders (skipping a database that is
/// already filled).
fn ingest(db: &Path, folders: &[PathBuf]) -> anyhow::Result<()> {
    let mut store = Store::open(db)?;
    if store.counts()?.articles > 0 {
        return Ok(());
    }
    for folder in folders {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(folder)?.map(|entry| entry.map(|e| e.path())).collect::<Result<_, _>>()?;
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        for path in files {
            let doc = whosaid::document::read_path(&path)?;
            let found = whosaid::extract::extract(&doc);
            store.write(&doc, &found, Some(&path.to_string_lossy()))?;
        }
    }
    Ok(())
}

/// The version id (the hash of the body) of a side's article, as `Store::write` stored it.
fn version_hash(shared: &Path, side: &serde_json::Value) -> anyhow::Result<String> {
    let (split, article) = (side["split"].as_str().unwrap_or_default(), side["article"].as_str().unwrap_or_default());
    let doc = whosaid::document::read_path(&shared.join(format!("corpus/polnear-{split}/{article}.txt")))?;
    Ok(content_id(&doc.text).to_hex())
}

/// The cluster (or, unclustered, the claim) of each stored occurrence in the version that holds
/// at least 80% of the side's gold quote's words.
fn found_claims(conn: &Connection, version: &str, side: &serde_json::Value) -> anyhow::Result<HashSet<String>> {
    let gold: HashSet<String> = plain_words(side["quote"].as_str().unwrap_or_default()).into_iter().collect();
    let mut stmt = conn.prepare(
        "SELECT o.text, o.claim_id, cc.cluster_id FROM occurrences o JOIN versions v ON v.id = o.version_id
         LEFT JOIN claim_clusters cc ON cc.claim_id = o.claim_id WHERE v.hash = ?1",
    )?;
    let rows = stmt.query_map([version], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, Option<i64>>(2)?))
    })?;
    let mut out = HashSet::new();
    for row in rows {
        let (text, claim_id, cluster_id) = row?;
        let shared = plain_words(&text).into_iter().collect::<HashSet<_>>().intersection(&gold).count();
        if shared * 5 >= gold.len() * 4 {
            out.insert(cluster_id.map_or(format!("claim {claim_id}"), |c| format!("cluster {c}")));
        }
    }
    Ok(out)
}
