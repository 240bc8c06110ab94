//! Storing one article: its version, links, speakers, claims, occurrences and statistics, in
//! one transaction, so a failure leaves nothing of the article behind and a crash loses no
//! article that was committed. Outside a batch the transaction is the article's own; inside
//! one ([`Store::begin_batch`]) many articles share it, and a failure rolls back them all.
//!
//! Identity follows DESIGN.md: the article is its canonical URL when known, else the hash of
//! its normalised body; the version is the hash of the normalised body; a claim is the hash
//! of its normalised text. Offsets are stored as character offsets into the body. Before the
//! commit, the article's new claims and statistics are matched against the stored ones
//! (`store/matching.rs`), in the same transaction.

use super::id_keys::{self, ID_BAND};
use super::key_runs::Runs;
use super::keys::{ArticleKeys, ClaimKeys, StatisticKeys};
use super::matching::{NamedSpeaker, NewOccurrence, NewStatistic, Remembered};
use super::sql::{WRITE, statement};
use super::{Error, Result, Store};
use crate::model::{Document, Extraction, Quote, Span, SpeakerKind, Statistic};
use crate::report::CharOffsets;
use rusqlite::{Connection, OptionalExtension, named_params};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// What storing an article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// An article not seen before.
    NewArticle,
    /// A known article (same canonical URL) with a body not seen before.
    NewVersion,
    /// This very body of this article is already stored; nothing was written.
    Unchanged,
}

/// The result of storing one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    pub outcome: Outcome,
    /// The article's identity: its canonical URL, or its body hash.
    pub article: String,
    /// The version number within the article (1 for the first body seen).
    pub version: i64,
    /// Quotes stored (0 when unchanged).
    pub quotes: usize,
    /// Speakers that were new to the database.
    pub new_speakers: usize,
    /// Statistics stored (0 when unchanged).
    pub statistics: usize,
}

impl Store {
    /// Stores one article and what was extracted from it: in its own transaction, or as part
    /// of the open batch. `source` is the file it came from, if any.
    pub fn write(&mut self, doc: &Document, found: &Extraction, source: Option<&str>) -> Result<Ingested> {
        self.write_keyed(doc, found, &ArticleKeys::of(doc, found), source)
    }

    /// [`write`](Store::write) with the article's [`ArticleKeys`] made beforehand (by a thread
    /// other than the writer's).
    ///
    /// A write that fails inside a batch rolls back the whole batch: the articles of a batch
    /// share one transaction with no savepoint between them (a savepoint per article cost a
    /// seventh of a bulk ingest, in copies of the pages each article touched), so the failed
    /// article's rows cannot be undone alone. The caller writes again what it still wants.
    pub fn write_keyed(
        &mut self,
        doc: &Document,
        found: &Extraction,
        keys: &ArticleKeys,
        source: Option<&str>,
    ) -> Result<Ingested> {
        let own = self.conn.is_autocommit();
        if own {
            self.begin_batch()?;
        }
        match write_in(&self.conn, &mut self.remembered, Article { doc, found, keys }, source) {
            Ok(ingested) if own => self.commit_batch().map(|()| ingested),
            Ok(ingested) => Ok(ingested),
            // Any full key read during the batch may be gone with it.
            Err(err) => Err(self.roll_back(err)),
        }
    }

    /// Starts a batch: the writes that follow share one transaction until
    /// [`commit_batch`](Store::commit_batch). Committing once per many
    /// articles instead of once per article is what makes a bulk ingest fast; a crash loses
    /// only the uncommitted batch. Takes the write lock at once (`BEGIN IMMEDIATE`).
    pub fn begin_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|err| self.classify(err))
    }

    /// Commits the open batch, with the claim keys its articles added (which wait in memory
    /// until then); when the commit fails, the batch is rolled back. When the
    /// candidate index's open run is full, or its runs are due for a merge, each step follows in
    /// a transaction of its own, so that a failed merge takes no article with it.
    pub fn commit_batch(&mut self) -> Result<()> {
        let pending = self.remembered.key_runs.write_pending(&self.conn);
        pending.and_then(|()| self.conn.execute_batch("COMMIT")).map_err(|err| self.roll_back(err))?;
        while self.remembered.key_runs.merge_due(&self.conn).map_err(|err| self.classify(err))? {
            self.begin_batch()?;
            let merged = self.remembered.key_runs.merge(&self.conn);
            merged.and_then(|()| self.conn.execute_batch("COMMIT")).map_err(|err| self.roll_back(err))?;
        }
        Ok(())
    }

    /// Rolls back the open transaction, if any, after `err`, and forgets what it read.
    fn roll_back(&mut self, err: rusqlite::Error) -> Error {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        self.remembered.forget();
        self.classify(err)
    }
}

/// An article as the writer takes it: read, extracted and keyed.
struct Article<'a> {
    doc: &'a Document,
    found: &'a Extraction,
    keys: &'a ArticleKeys,
}

fn write_in(
    tx: &Connection,
    remembered: &mut Remembered,
    Article { doc, found, keys }: Article,
    source: Option<&str>,
) -> rusqlite::Result<Ingested> {
    let hash = &keys.body_hash;
    let identity = doc.meta.url.clone().unwrap_or_else(|| hash.clone());
    let known_article: Option<i64> = tx
        .prepare_cached(statement(WRITE, "find_article"))?
        .query_row(named_params! {":identity": identity}, |row| row.get(0))
        .optional()?;
    if let Some(article_id) = known_article {
        let number: Option<i64> = tx
            .prepare_cached(statement(WRITE, "find_version"))?
            .query_row(named_params! {":article_id": article_id, ":hash": hash}, |row| row.get(0))
            .optional()?;
        if let Some(version) = number {
            let unchanged = Ingested {
                outcome: Outcome::Unchanged,
                article: identity,
                version,
                quotes: 0,
                new_speakers: 0,
                statistics: 0,
            };
            return Ok(unchanged);
        }
    }
    let meta = &doc.meta;
    let article_id: i64 = tx.prepare_cached(statement(WRITE, "upsert_article"))?.query_row(
        named_params! {":identity": identity, ":url": meta.url, ":title": meta.title, ":outlet": meta.outlet,
        ":published": meta.published},
        |row| row.get(0),
    )?;
    let authors = (!meta.authors.is_empty()).then(|| serde_json::to_string(&meta.authors).unwrap_or_default());
    let (version_id, version): (i64, i64) = tx.prepare_cached(statement(WRITE, "insert_version"))?.query_row(
        named_params! {":article_id": article_id, ":hash": hash, ":title": meta.title, ":authors": authors,
        ":published": meta.published, ":modified": meta.modified, ":language": meta.language,
        ":source": source, ":body": doc.text},
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let mut writer = VersionWriter { tx, doc, offsets: CharOffsets::new(&doc.text), version_id, new_speakers: 0 };
    let link_ids = writer.links()?;
    let speaker_ids = found.speakers.iter().map(|s| writer.speaker(s)).collect::<rusqlite::Result<Vec<i64>>>()?;
    let claim_ids = writer.claims(remembered.key_runs.get(tx)?, &found.quotes, &keys.claims)?;
    let mut occurrences = Vec::with_capacity(found.quotes.len());
    for ((quote, claim), claim_keys) in found.quotes.iter().zip(claim_ids).zip(&keys.claims) {
        let named = quote.speaker.map(|i| &found.speakers[i]).filter(|s| s.kind != SpeakerKind::Unnamed);
        let speaker = named.map(|s| (s.name.clone(), s.kind == SpeakerKind::Organization));
        occurrences.push(writer.occurrence(quote, claim, claim_keys, speaker, &speaker_ids, &link_ids)?);
    }
    let statistics = (found.statistics.iter().zip(&keys.statistics))
        .map(|(statistic, keys)| Ok(NewStatistic { id: writer.statistic(statistic, keys)?, statistic, keys }))
        .collect::<rusqlite::Result<Vec<NewStatistic>>>()?;
    super::matching::match_version(tx, remembered, version_id, &occurrences, &statistics)?;
    let new_speakers = writer.new_speakers;
    let outcome = if known_article.is_some() { Outcome::NewVersion } else { Outcome::NewArticle };
    Ok(Ingested {
        outcome,
        article: identity,
        version,
        quotes: found.quotes.len(),
        new_speakers,
        statistics: found.statistics.len(),
    })
}

/// A claim's id, and whether this article brought it into the database.
#[derive(Debug, Clone, Copy)]
struct Claim {
    id: i64,
    new: bool,
}

/// Writes the rows of one new version.
struct VersionWriter<'a> {
    tx: &'a Connection,
    doc: &'a Document,
    offsets: CharOffsets<'a>,
    version_id: i64,
    new_speakers: usize,
}

impl VersionWriter<'_> {
    /// Character offsets of a byte span.
    fn chars(&self, span: &Span) -> (i64, i64) {
        let at = |byte: usize| i64::try_from(self.offsets.of(byte)).unwrap_or(i64::MAX);
        (at(span.start), at(span.end))
    }

    /// The text of an optional span, with its character offsets.
    fn spanned(&self, span: Option<&Span>) -> (Option<&str>, Option<i64>, Option<i64>) {
        match span {
            Some(span) => {
                let (start, end) = self.chars(span);
                (self.doc.text.get(span.clone()), Some(start), Some(end))
            }
            None => (None, None, None),
        }
    }

    fn links(&self) -> rusqlite::Result<Vec<i64>> {
        let mut insert = self.tx.prepare_cached(statement(WRITE, "insert_link"))?;
        let mut ids = Vec::with_capacity(self.doc.links.len());
        for link in &self.doc.links {
            let (start, end) = self.chars(&link.span);
            insert.execute(named_params! {":version_id": self.version_id, ":href": link.href,
            ":anchor": self.doc.text.get(link.span.clone()).unwrap_or(""), ":char_start": start, ":char_end": end})?;
            ids.push(self.tx.last_insert_rowid());
        }
        Ok(ids)
    }

    /// The database id of a speaker, adding the speaker, aliases and descriptions as needed.
    fn speaker(&mut self, speaker: &crate::model::Speaker) -> rusqlite::Result<i64> {
        let found: Option<i64> = self
            .tx
            .prepare_cached(statement(WRITE, "find_speaker"))?
            .query_row(named_params! {":name": speaker.name}, |row| row.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                let kind = serde_json::to_value(speaker.kind).ok().and_then(|v| v.as_str().map(String::from));
                self.tx
                    .prepare_cached(statement(WRITE, "insert_speaker"))?
                    .execute(named_params! {":name": speaker.name, ":kind": kind})?;
                self.new_speakers += 1;
                self.tx.last_insert_rowid()
            }
        };
        let mut alias = self.tx.prepare_cached(statement(WRITE, "insert_alias"))?;
        for name in speaker.aliases.iter().filter(|a| !a.eq_ignore_ascii_case(&speaker.name)) {
            alias.execute(named_params! {":speaker_id": id, ":alias": name})?;
        }
        let mut description = self.tx.prepare_cached(statement(WRITE, "insert_description"))?;
        for text in &speaker.descriptions {
            description.execute(named_params! {":speaker_id": id, ":description": text})?;
        }
        Ok(id)
    }

    /// The claim id of each quote, adding the claims not stored yet. The new claims go in with
    /// one statement: each statement that follows a claim insert makes SQLite flush the
    /// full-text index to disk, so one insert per claim would cost one flush (and merge) each.
    ///
    /// A claim is found by its id's key in the candidate index (`id_keys.rs`), where a new
    /// claim's key goes too; a new claim's sketch goes beside it (`claim_sketches`).
    fn claims(&self, runs: &mut Runs, quotes: &[Quote], keys: &[ClaimKeys]) -> rusqlite::Result<Vec<Claim>> {
        let mut ids: HashMap<[u8; 32], Option<i64>> = HashMap::new();
        let mut new = HashMap::new();
        let mut missing = Vec::new();
        for (quote, key) in quotes.iter().zip(keys) {
            let hash = key.hash.0;
            if let Entry::Vacant(e) = ids.entry(hash) {
                let known = id_keys::find(self.tx, runs, &hash)?;
                if known.is_none() {
                    new.insert(hash, key.sketch);
                    missing.push((key.hash.to_hex(), quote.text.as_str(), key.normalized.as_str()));
                }
                e.insert(known);
            }
        }
        if !missing.is_empty() {
            let rows = serde_json::to_string(&missing).unwrap_or_default();
            let mut sketches = Vec::with_capacity(missing.len());
            let mut insert = self.tx.prepare_cached(statement(WRITE, "insert_claims"))?;
            let mut inserted = insert.query(named_params! {":rows": rows})?;
            while let Some(row) = inserted.next()? {
                let (row_id, hash) = (row.get(0)?, row.get::<_, [u8; 32]>(1)?);
                runs.add(ID_BAND, id_keys::key_value(&hash), row_id);
                if let Some(id) = ids.get_mut(&hash) {
                    *id = Some(row_id);
                }
                sketches.extend(new.get(&hash).map(|sketch| (row_id, sketch.to_bytes())));
            }
            let mut insert = self.tx.prepare_cached(statement(WRITE, "insert_claim_sketch"))?;
            for (row_id, sketch) in sketches {
                insert.execute(named_params! {":claim_id": row_id, ":sketch": sketch})?;
            }
        }
        keys.iter()
            .map(|key| {
                let hash = key.hash.0;
                ids[&hash]
                    .map(|id| Claim { id, new: new.contains_key(&hash) })
                    .ok_or(rusqlite::Error::QueryReturnedNoRows)
            })
            .collect()
    }

    /// Writes one occurrence of a claim; `speaker` is its named speaker.
    fn occurrence<'k>(
        &self,
        quote: &Quote,
        claim: Claim,
        keys: &'k ClaimKeys,
        speaker: Option<(String, bool)>,
        speaker_ids: &[i64],
        link_ids: &[i64],
    ) -> rusqlite::Result<NewOccurrence<'k>> {
        let claim_id = claim.id;
        let parts: Vec<(i64, i64)> = quote.parts.iter().map(|p| self.chars(p)).collect();
        let start = parts.first().map_or(0, |p| p.0);
        let end = parts.last().map_or(0, |p| p.1);
        let (mention, mention_start, mention_end) = self.spanned(quote.speaker_mention.as_ref());
        let (cue, cue_start, cue_end) = self.spanned(quote.cue.as_ref());
        let speaker_id = quote.speaker.and_then(|i| speaker_ids.get(i).copied());
        self.tx.prepare_cached(statement(WRITE, "insert_occurrence"))?.execute(named_params! {
            ":claim_id": claim_id, ":version_id": self.version_id, ":speaker_id": speaker_id,
            ":kind": quote.kind.as_str(), ":text": quote.text, ":char_start": start, ":char_end": end,
            ":parts": serde_json::to_string(&parts).unwrap_or_default(),
            ":mention": mention, ":mention_start": mention_start, ":mention_end": mention_end,
            ":cue": cue, ":cue_start": cue_start, ":cue_end": cue_end,
        })?;
        let occurrence_id = self.tx.last_insert_rowid();
        let mut link = self.tx.prepare_cached(statement(WRITE, "insert_occurrence_link"))?;
        for link_id in quote.links.iter().filter_map(|&i| link_ids.get(i)) {
            link.execute(named_params! {":occurrence_id": occurrence_id, ":link_id": link_id})?;
        }
        let speaker = speaker.zip(speaker_id).map(|((name, organization), id)| NamedSpeaker { id, name, organization });
        Ok(NewOccurrence {
            id: occurrence_id,
            claim_id,
            new_claim: claim.new,
            wording: &keys.wording,
            signature: &keys.signature,
            sketch: keys.sketch,
            speaker,
        })
    }

    /// Writes one statistic and its citations; returns its id.
    fn statistic(&self, st: &Statistic, keys: &StatisticKeys) -> rusqlite::Result<i64> {
        let (start, end) = self.chars(&st.span);
        self.tx.prepare_cached(statement(WRITE, "insert_statistic"))?.execute(named_params! {
            ":version_id": self.version_id, ":text": st.text, ":claim": st.claim, ":value": st.value,
            ":value_max": st.value_max, ":unit": st.unit, ":noun": st.noun, ":qualifier": st.qualifier,
            ":time": st.time, ":source": st.source, ":link": st.link, ":char_start": start, ":char_end": end,
            ":statement": keys.statement, ":hash": crate::hash::statistic_id(&st.claim).0,
        })?;
        let statistic_id = self.tx.last_insert_rowid();
        let mut cite = self.tx.prepare_cached(statement(WRITE, "insert_citation"))?;
        for (position, name) in st.cites.iter().enumerate() {
            cite.execute(named_params! {":statistic_id": statistic_id, ":position": position as i64, ":name": name})?;
        }
        Ok(statistic_id)
    }
}
