//! Reading the database back: quotes with filters, speakers, full-text search, everything
//! known about one claim, statistic, speaker or article, and whole tables for export.
//!
//! Quotes come from the `who_said_what` view. Offsets in the rows count characters of the
//! stored version body, as in the JSON of `whosaid extract`.

use super::clusters::Subject;
use super::sql::{READ, statement};
use super::{Error, Result, Store};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Row, ToSql, named_params};
use serde::Serialize;

/// The tables, parents before children: the order `whosaid export` writes them in.
pub const TABLES: &[&str] = &[
    "articles", "versions", "speakers", "speaker_aliases", "speaker_descriptions", "claims", "occurrences", "links",
    "occurrence_links", "statistics", "citations",
];

/// The views, each answering a common question.
pub const VIEWS: &[&str] =
    &["who_said_what", "speaker_claims", "statistic_sources", "speaker_summary", "claim_origins"];

/// Which quotes to list. Every field left empty means "any".
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// A speaker's canonical name or one of their aliases (case does not matter).
    pub speaker: Option<String>,
    /// An article: its canonical URL, its identity, or a prefix of one of its version hashes.
    pub article: Option<String>,
    /// `direct`, `mixed` or `indirect`.
    pub kind: Option<String>,
    /// Published on or after this date or time (ISO 8601).
    pub since: Option<String>,
    /// Published on or before this date or time (ISO 8601; a day includes all of it).
    pub until: Option<String>,
    /// Words the claim contains (full-text search).
    pub search: Option<String>,
    /// Include the quotes of older versions of each article too.
    pub all_versions: bool,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// One occurrence of a claim, as the quote listings show it.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    /// The claim id (blake3 hex of the normalised text).
    pub claim: String,
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub cue: Option<String>,
    pub kind: String,
    pub text: String,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// The article's identity (canonical URL or body hash).
    pub article: String,
    pub version: i64,
    pub start: i64,
    pub end: i64,
}

/// A speaker with the names and descriptions articles give them and how much they are quoted.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerRow {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub descriptions: Vec<String>,
    pub quotes: i64,
    pub articles: i64,
}

/// A version of an article.
#[derive(Debug, Clone, Serialize)]
pub struct VersionRow {
    pub number: i64,
    pub hash: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub ingested_at: String,
    pub quotes: i64,
}

/// One stored version of an article, with its body: enough to diff it with another.
#[derive(Debug, Clone)]
pub struct StoredVersion {
    /// The article's identity (canonical URL or body hash).
    pub article: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// Counts the article's versions from 1, in order of ingest.
    pub number: i64,
    /// The version id: blake3 hex of the normalised body.
    pub hash: String,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub language: Option<String>,
    pub ingested_at: String,
    pub body: String,
}

impl StoredVersion {
    /// The version as a document, as it was read at ingest (links aside: the diff does not
    /// use them).
    pub fn document(&self) -> crate::model::Document {
        let meta = crate::model::Metadata {
            title: self.title.clone(),
            authors: self.authors.clone(),
            published: self.published.clone(),
            modified: self.modified.clone(),
            url: self.url.clone(),
            outlet: self.outlet.clone(),
            language: self.language.clone(),
        };
        crate::document::from_body(self.body.clone(), meta)
    }

    /// How the version is named on the command line: `ARTICLE@N`.
    pub fn label(&self) -> String {
        format!("{}@{}", self.article, self.number)
    }
}

/// A statistic as stored.
#[derive(Debug, Clone, Serialize)]
pub struct StatisticRow {
    /// The content id of its clause.
    pub id: String,
    pub text: String,
    pub claim: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub noun: Option<String>,
    pub qualifier: Option<String>,
    pub time: Option<String>,
    pub source: Option<String>,
    pub cites: Vec<String>,
    pub link: Option<String>,
    pub start: i64,
    pub end: i64,
}

/// A statistic where an article states it.
#[derive(Debug, Clone, Serialize)]
pub struct StatisticAppearance {
    #[serde(flatten)]
    pub statistic: StatisticRow,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    /// The article's identity (canonical URL or body hash).
    pub article: String,
    pub version: i64,
}

/// Everything known about one thing, as `whosaid show` prints it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Shown {
    /// A claim and every place it was quoted.
    Claim { claim: String, text: String, normalized: String, occurrences: Vec<QuoteRow> },
    /// A statistic (its id and its clause) and every article that states it in that clause.
    Statistic { statistic: String, claim: String, occurrences: Vec<StatisticAppearance> },
    /// A speaker and everything they are quoted saying.
    Speaker {
        #[serde(flatten)]
        speaker: SpeakerRow,
        occurrences: Vec<QuoteRow>,
    },
    /// An article: its versions, and the quotes and statistics of one of them (the newest,
    /// unless another was asked for).
    Article {
        article: String,
        version: i64,
        url: Option<String>,
        title: Option<String>,
        outlet: Option<String>,
        published: Option<String>,
        versions: Vec<VersionRow>,
        occurrences: Vec<QuoteRow>,
        statistics: Vec<StatisticRow>,
    },
}

/// How many of each thing the database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub articles: i64,
    pub versions: i64,
    pub claims: i64,
    pub occurrences: i64,
    pub speakers: i64,
    pub statistics: i64,
}

impl Store {
    /// The quotes that pass a filter, oldest first.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteRow>> {
        let search = filter.search.as_deref().map(fts_query);
        let mut conditions: Vec<(&str, &str, Value)> = Vec::new();
        let optional = [
            ("filter_article", ":article", filter.article.clone()),
            ("filter_kind", ":kind", filter.kind.clone()),
            ("filter_since", ":since", filter.since.clone()),
            ("filter_until", ":until", filter.until.clone()),
            ("filter_search", ":search", search),
        ];
        for (fragment, param, value) in optional {
            if let Some(value) = value {
                conditions.push((fragment, param, Value::Text(value)));
            }
        }
        if !filter.all_versions {
            conditions.push(("filter_latest", "", Value::Null));
        }
        match &filter.speaker {
            Some(name) => self.quotes_of_speakers(name, &conditions, filter.limit),
            None => self.quotes_where(&conditions, filter.limit),
        }
    }

    /// The quotes of every speaker a name or alias can mean, oldest first. Each speaker's
    /// come from an index in date order, up to the limit (SQLite stops there); the first
    /// `limit` of them all are then taken here, in the order of `quotes_order`. One query for
    /// all of them at once would look up and sort every quote of every one of them. Once
    /// `limit` quotes are in hand, the next speaker's are read only up to the date of the
    /// last of them: a surname that is an alias of seventeen people read 1,700 full rows for
    /// the 100 wanted, and now reads about 450.
    fn quotes_of_speakers(
        &self,
        name: &str,
        conditions: &[(&str, &str, Value)],
        limit: Option<usize>,
    ) -> Result<Vec<QuoteRow>> {
        let mut stmt = self.conn.prepare_cached(statement(READ, "speaker_ids"))?;
        let ids: Vec<i64> =
            stmt.query_map(named_params! {":speaker": name}, |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut rows: Vec<QuoteRow> = Vec::new();
        for id in ids {
            let mut with_speaker = vec![("filter_speaker_id", ":speaker_id", Value::Integer(id))];
            if let Some(last) = limit.filter(|&n| n > 0 && rows.len() >= n).map(|n| &rows[n - 1]) {
                let at_most = last.published.clone().map_or(Value::Null, Value::Text);
                with_speaker.push(("filter_published_at_most", ":at_most", at_most));
            }
            with_speaker.extend_from_slice(conditions);
            rows.extend(self.quotes_where(&with_speaker, limit)?);
            rows.sort_by(|a, b| {
                (&a.published, &a.article, a.version, a.start).cmp(&(&b.published, &b.article, b.version, b.start))
            });
            rows.truncate(limit.unwrap_or(usize::MAX));
        }
        Ok(rows)
    }

    /// The newest quotes whose claim contains the words of `text`, best match first.
    pub fn search(&self, text: &str, limit: Option<usize>) -> Result<Vec<QuoteRow>> {
        let mut stmt = self.conn.prepare_cached(statement(READ, "search"))?;
        let rows = stmt.query_map(named_params! {":search": fts_query(text), ":limit": limit_of(limit)}, quote_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// All speakers, most quoted first; with `name`, only those called so (by name or alias).
    pub fn speakers(&self, name: Option<&str>) -> Result<Vec<SpeakerRow>> {
        let mut stmt = self.conn.prepare_cached(statement(READ, "speakers"))?;
        let rows = stmt.query_map(named_params! {":name": name}, |row| {
            Ok(SpeakerRow {
                id: row.get("id")?,
                name: row.get("name")?,
                kind: row.get("kind")?,
                aliases: json_list(row, "aliases")?,
                descriptions: json_list(row, "descriptions")?,
                quotes: row.get("quotes")?,
                articles: row.get("articles")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything known about a claim or a statistic (an id or a prefix of at least 4 hex
    /// digits), a speaker (a name or alias) or an article (URL, identity or version hash
    /// prefix, with `@N` for its version N), tried in that order.
    pub fn show(&self, id: &str) -> Result<Shown> {
        let id = id.trim();
        match self.subject_with_id(id)? {
            Some(Subject::Claim { id: claim_id, hash, text, .. }) => {
                let mut stmt = self.conn.prepare_cached(statement(READ, "claim_normalized"))?;
                let normalized = stmt.query_row(named_params! {":claim_id": claim_id}, |row| row.get(0))?;
                let occurrences =
                    self.quotes_where(&[("filter_claim_id", ":claim_id", Value::Integer(claim_id))], None)?;
                return Ok(Shown::Claim { claim: hash, text, normalized, occurrences });
            }
            Some(Subject::Statistic { id: statistic_id, hash, clause, .. }) => {
                let occurrences =
                    self.statistics_where(&[("filter_statistic_id", ":id", Value::Integer(statistic_id))])?;
                return Ok(Shown::Statistic { statistic: hash, claim: clause, occurrences });
            }
            None => {}
        }
        if let Some(speaker) = only_one(id, self.speakers(Some(id))?, |s| s.name.clone())? {
            let occurrences =
                self.quotes_where(&[("filter_speaker_id", ":speaker_id", Value::Integer(speaker.id))], None)?;
            return Ok(Shown::Speaker { speaker, occurrences });
        }
        match parse_version_label(id) {
            Some((article, number)) => self.show_article(article, Some(number)),
            None => self.show_article(id, None),
        }
    }

    /// The one article an id names: its canonical URL, its identity, or a prefix of 4 or more
    /// hex digits of one of its version ids (either case); `None` when none does, an error when
    /// several do.
    fn article_named(&self, id: &str) -> Result<Option<ArticleRow>> {
        let mut stmt = self.conn.prepare_cached(statement(READ, "articles_by_id"))?;
        let articles: Vec<ArticleRow> = stmt
            .query_map(named_params! {":id": id, ":prefix": id.to_ascii_lowercase()}, |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        only_one(id, articles, |a| a.1.clone())
    }

    /// An article with the quotes and statistics of version `number` (else its newest).
    fn show_article(&self, id: &str, number: Option<i64>) -> Result<Shown> {
        let Some((article_id, article, url, title, outlet, published)) = self.article_named(id)? else {
            return Err(Error::NotFound(id.to_string()));
        };
        let mut stmt = self.conn.prepare_cached(statement(READ, "versions_of_article"))?;
        let versions: Vec<VersionRow> = stmt
            .query_map(named_params! {":article_id": article_id}, |row| {
                Ok(VersionRow {
                    number: row.get("number")?,
                    hash: row.get("hash")?,
                    title: row.get("title")?,
                    published: row.get("published")?,
                    source: row.get("source")?,
                    ingested_at: row.get("ingested_at")?,
                    quotes: row.get("quotes")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let newest = versions.last().map_or(0, |v| v.number);
        let version = number.unwrap_or(newest);
        if !versions.iter().any(|v| v.number == version) {
            return Err(Error::NoVersion { article, number: version });
        }
        let version_of_article = [
            ("filter_article_id", ":article_id", Value::Integer(article_id)),
            ("filter_version", ":version", Value::Integer(version)),
        ];
        let statistics = self.statistics_where(&version_of_article)?.into_iter().map(|s| s.statistic).collect();
        let occurrences = self.quotes_where(&version_of_article, None)?;
        Ok(Shown::Article { article, version, url, title, outlet, published, versions, occurrences, statistics })
    }

    /// Every version of an article (its canonical URL, its identity, or a prefix of one of
    /// its version ids), oldest first.
    pub fn versions(&self, article: &str) -> Result<Vec<StoredVersion>> {
        let Some((article_id, ..)) = self.article_named(article)? else {
            return Err(Error::UnknownArticle(article.to_string()));
        };
        let mut stmt = self.conn.prepare_cached(statement(READ, "stored_versions_of_article"))?;
        let rows = stmt.query_map(named_params! {":article_id": article_id}, stored_version)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Version `number` of an article (its canonical URL, identity or version hash prefix).
    pub fn version(&self, article: &str, number: i64) -> Result<StoredVersion> {
        let versions = self.versions(article)?;
        versions
            .into_iter()
            .find(|v| v.number == number)
            .ok_or_else(|| Error::NoVersion { article: article.to_string(), number })
    }

    /// The version whose id (body hash) starts with `prefix`.
    pub fn version_by_hash(&self, prefix: &str) -> Result<StoredVersion> {
        let prefix = prefix.to_ascii_lowercase();
        let mut stmt = self.conn.prepare_cached(statement(READ, "versions_by_hash"))?;
        let rows = stmt.query_map(named_params! {":prefix": prefix}, stored_version)?;
        let found: Vec<StoredVersion> = rows.collect::<rusqlite::Result<_>>()?;
        only_one(&prefix, found, StoredVersion::label)?.ok_or(Error::NotFound(prefix))
    }

    /// How many of each thing the database holds.
    pub fn counts(&self) -> Result<Counts> {
        let mut stmt = self.conn.prepare_cached(statement(READ, "counts"))?;
        Ok(stmt.query_row([], |row| {
            Ok(Counts {
                articles: row.get("articles")?,
                versions: row.get("versions")?,
                claims: row.get("claims")?,
                occurrences: row.get("occurrences")?,
                speakers: row.get("speakers")?,
                statistics: row.get("statistics")?,
            })
        })?)
    }

    /// What SQLite finds damaged in the file, one fault a line: none when it is whole. Reads
    /// every page, so it takes as long as reading the file.
    ///
    /// SQLite may stop at a fault after listing some: that fault ends the list.
    pub fn damage(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(statement(READ, "damage"))?;
        // The b-trees by root page, to name the table or index a fault is in ("Tree 9 page 9:
        // …"); the schema is read from page 1, which may be whole where others are not.
        let trees: std::collections::HashMap<String, String> = self
            .conn
            .prepare(statement(READ, "trees"))
            .and_then(|mut names| {
                names.query_map([], |row| Ok((format!("Tree {}", row.get::<_, i64>(0)?), row.get(1)?)))?.collect()
            })
            .unwrap_or_default();
        let named = |line: &str| match line.split_once(" page ").and_then(|(tree, _)| trees.get(tree)) {
            Some(name) => format!("{line} (in {name})"),
            None => line.to_string(),
        };
        let mut found = Vec::new();
        for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
            match row {
                // A row may hold several lines, the first naming the schema ("*** in database
                // main ***"): there is one.
                Ok(faults) => found.extend(faults.lines().filter(|l| !l.starts_with("***")).map(named)),
                Err(err) if err.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                    found.push(format!("SQLite stopped checking: {err}"));
                    break;
                }
                Err(err) => return Err(err.into()),
            }
        }
        Ok(if found.len() == 1 && found[0] == "ok" { Vec::new() } else { found })
    }

    /// Streams every row of one of the [`TABLES`] or [`VIEWS`] to `each`, with the
    /// column names.
    pub fn export<E: From<Error>>(
        &self,
        table: &str,
        mut each: impl FnMut(&[String], Vec<serde_json::Value>) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let Some(table) = TABLES.iter().chain(VIEWS).find(|t| **t == table) else {
            return Err(Error::NotFound(table.to_string()).into());
        };
        // The name comes from the fixed list above, never from the user's text.
        let mut stmt = self.conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1")).map_err(Error::from)?;
        let columns: Vec<String> = stmt.column_names().map(String::from).collect();
        let mut rows = stmt.query([]).map_err(Error::from)?;
        while let Some(row) = rows.next().map_err(Error::from)? {
            let values = (0..columns.len()).map(|i| row.get_ref(i).map(json_value)).collect::<rusqlite::Result<_>>();
            each(&columns, values.map_err(Error::from)?)?;
        }
        Ok(())
    }

    /// The quotes that pass every condition (a `filter_*` statement of `quotes` with its
    /// parameter and value; an empty parameter binds nothing), in the order of `quotes_order`.
    fn quotes_where(&self, conditions: &[(&str, &str, Value)], limit: Option<usize>) -> Result<Vec<QuoteRow>> {
        let limit = limit_of(limit);
        self.rows_where(["quotes", "quotes_order"], conditions, &[(":limit", &limit)], quote_row)
    }

    /// The statistics that pass every condition, as [`quotes_where`](Self::quotes_where) takes
    /// them, first published first.
    fn statistics_where(&self, conditions: &[(&str, &str, Value)]) -> Result<Vec<StatisticAppearance>> {
        self.rows_where(["statistics", "statistics_order"], conditions, &[], statistic_appearance)
    }

    /// The rows of statement `select` with each condition's statement after it, then statement
    /// `order`; `bound` are the parameters of `select` and `order`.
    fn rows_where<T>(
        &self,
        [select, order]: [&str; 2],
        conditions: &[(&str, &str, Value)],
        bound: &[(&str, &dyn ToSql)],
        row: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut sql = statement(READ, select).to_string();
        let mut params = bound.to_vec();
        for (fragment, param, value) in conditions {
            sql.push('\n');
            sql.push_str(statement(READ, fragment));
            if !param.is_empty() {
                params.push((param, value));
            }
        }
        sql.push('\n');
        sql.push_str(statement(READ, order));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The article and its version's number as `ARTICLE@N` gives them (see
/// [`StoredVersion::label`]); `None` when the text does not end in `@` and a number.
pub fn parse_version_label(label: &str) -> Option<(&str, i64)> {
    let (article, number) = label.rsplit_once('@')?;
    Some((article, number.parse().ok()?))
}

/// SQLite's "no limit" is -1.
fn limit_of(limit: Option<usize>) -> i64 {
    limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX))
}

fn statistic_appearance(row: &Row) -> rusqlite::Result<StatisticAppearance> {
    Ok(StatisticAppearance {
        statistic: StatisticRow {
            id: row.get("id")?,
            text: row.get("text")?,
            claim: row.get("claim")?,
            value: row.get("value")?,
            value_max: row.get("value_max")?,
            unit: row.get("unit")?,
            noun: row.get("noun")?,
            qualifier: row.get("qualifier")?,
            time: row.get("time")?,
            source: row.get("source")?,
            cites: json_list(row, "cites")?,
            link: row.get("link")?,
            start: row.get("char_start")?,
            end: row.get("char_end")?,
        },
        published: row.get("published")?,
        outlet: row.get("outlet")?,
        title: row.get("title")?,
        article: row.get("article")?,
        version: row.get("version")?,
    })
}

fn quote_row(row: &Row) -> rusqlite::Result<QuoteRow> {
    Ok(QuoteRow {
        claim: row.get("claim")?,
        speaker: row.get("speaker")?,
        mention: row.get("mention")?,
        cue: row.get("cue")?,
        kind: row.get("kind")?,
        text: row.get("text")?,
        published: row.get("published")?,
        outlet: row.get("outlet")?,
        title: row.get("title")?,
        article: row.get("article")?,
        version: row.get("version")?,
        start: row.get("char_start")?,
        end: row.get("char_end")?,
    })
}

fn stored_version(row: &Row) -> rusqlite::Result<StoredVersion> {
    Ok(StoredVersion {
        article: row.get("identity")?,
        url: row.get("url")?,
        outlet: row.get("outlet")?,
        number: row.get("number")?,
        hash: row.get("hash")?,
        title: row.get("title")?,
        authors: json_list(row, "authors")?,
        published: row.get("published")?,
        modified: row.get("modified")?,
        language: row.get("language")?,
        ingested_at: row.get("ingested_at")?,
        body: row.get("body")?,
    })
}

/// A column holding a JSON array of strings.
fn json_list(row: &Row, column: &str) -> rusqlite::Result<Vec<String>> {
    let text: Option<String> = row.get(column)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

fn json_value(value: ValueRef) -> serde_json::Value {
    match value {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(n) => n.into(),
        ValueRef::Real(x) => x.into(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
        ValueRef::Blob(b) => b.iter().map(|byte| format!("{byte:02x}")).collect::<String>().into(),
    }
}

/// An article's id, identity, URL, title, outlet and publication date.
type ArticleRow = (i64, String, Option<String>, Option<String>, Option<String>, Option<String>);

/// The one candidate that fits an id, `None` when none does, an error when several do.
fn only_one<T>(id: &str, mut found: Vec<T>, label: impl Fn(&T) -> String) -> Result<Option<T>> {
    match found.len() {
        0 | 1 => Ok(found.pop()),
        _ => Err(Error::Ambiguous {
            id: id.to_string(),
            candidates: found.iter().map(label).collect::<Vec<_>>().join(", "),
        }),
    }
}

/// Turns words as people type them into an FTS5 query that cannot be a syntax error: every
/// word is a quoted term, and all must match.
fn fts_query(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    if words.is_empty() { "\"\"".to_string() } else { words.join(" ") }
}
