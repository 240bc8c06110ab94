//! Reading clusters back: the listing of `whosaid matches`, and what `whosaid trace` needs (a
//! claim or statistic found by id or words, its cluster's members and appearances, and the
//! articles a cited source names).

use super::candidates::{claim_candidates, statistic_candidates};
use super::id_keys::rows_between;
use super::ids::prefix_range;
use super::sql::{CLUSTERS, MATCHING, statement};
use super::{Error, Result, Store};
use crate::hash::content_id;
use crate::matching::{Class, Number, Signature, compare, matching_words, number_conflict, replaced, statistic_words};
use rusqlite::{OptionalExtension, Row, named_params};
use serde::Serialize;

/// Which clusters to list. Every field left empty means "any".
#[derive(Debug, Clone, Default)]
pub struct MatchFilter {
    /// identical, trimmed, altered, or a conflict: speaker, number, unit.
    pub class: Option<String>,
    /// A speaker's canonical name or alias: clusters where they are quoted.
    pub speaker: Option<String>,
    /// An outlet: clusters with an appearance there.
    pub outlet: Option<String>,
    /// Clusters with an appearance published on or after this date.
    pub since: Option<String>,
    /// Clusters with an appearance published on or before this date (the whole day counts).
    pub until: Option<String>,
    /// At most this many clusters.
    pub limit: Option<usize>,
}

/// A cluster of variants with everything `whosaid matches` shows.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterRow {
    pub cluster: i64,
    /// `claim` or `statistic`.
    pub kind: String,
    /// The classes and conflicts found in it.
    pub classes: Vec<String>,
    pub speakers: Vec<String>,
    pub outlets: Vec<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub members: Vec<Member>,
    pub conflicts: Vec<ConflictRow>,
}

/// One wording in a cluster: a claim, or a statistic's clause.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    /// The claim id (NULL for a statistic).
    pub claim: Option<String>,
    /// The statistic's id (NULL for a claim).
    pub statistic: Option<String>,
    pub text: String,
    /// How it relates to the member it was matched to (`matched`); NULL for the first member.
    pub class: Option<String>,
    /// The word diff from `matched` to this member.
    pub diff: Option<String>,
    pub matched: Option<String>,
    pub appearances: Vec<Appearance>,
}

/// One place a member appears: an occurrence of a claim, or a statistic as an article states
/// it.
#[derive(Debug, Clone, Serialize)]
pub struct Appearance {
    /// The words as this article has them (for a statistic, the quantity).
    pub text: String,
    /// Who the article attributes it to (for a statistic, its source).
    pub speaker: Option<String>,
    /// The article's publication date; NULL when the article states none.
    pub published: Option<String>,
    /// When the article was stored: orders the undated appearances, never shown as a date.
    pub ingested_at: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The article's identity (canonical URL or body hash).
    pub article: String,
    /// The hrefs of links in or next to it.
    pub links: Vec<String>,
    /// A statistic's number as stated here; NULL for a claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<StatedNumber>,
    /// The sources a statistic's source cites in turn.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// The version the text stands in.
    #[serde(skip)]
    pub version_id: i64,
    /// Character offsets of the occurrence in the version body.
    #[serde(skip)]
    pub span: (i64, i64),
    /// The speaker is an organisation (it may be a source to follow).
    #[serde(skip)]
    pub speaker_is_organization: bool,
}

/// A number with its unit, as stated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatedNumber {
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
}

impl Appearance {
    /// Where it stands in time order, as the queries sort: its publication date, else (after
    /// every real date, since ingestion comes later) the time it was stored.
    pub fn time_order(&self) -> &str {
        self.published.as_deref().unwrap_or(&self.ingested_at)
    }

    /// Where it appeared, for people: the outlet and the article's title, either alone when the
    /// other is unknown, else its URL, else the first digits of the article's identity (an
    /// article read from a file with no title is known by the hash of its body).
    pub fn place(&self) -> String {
        match (&self.outlet, &self.title, &self.url) {
            (Some(outlet), Some(title), _) => format!("{outlet} · {title}"),
            (Some(place), None, _) | (None, Some(place), _) | (None, None, Some(place)) => place.clone(),
            (None, None, None) => self.article.get(..12).unwrap_or(&self.article).to_string(),
        }
    }
}

impl StatedNumber {
    /// The number for comparison.
    pub fn number(&self) -> Number {
        Number { value: self.value, value_max: self.value_max, unit: self.unit.clone() }
    }
}

/// A conflict inside a cluster.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictRow {
    pub kind: String,
    pub detail: String,
}

/// What a trace starts from: a claim, or a statistic.
#[derive(Debug, Clone)]
pub enum Subject {
    /// A claim: its database id, id (hash), text and cluster.
    Claim { id: i64, hash: String, text: String, cluster: Option<i64> },
    /// A statistic: its database id, id (the hash of its clause), quantity, clause and cluster.
    Statistic { id: i64, hash: String, text: String, clause: String, cluster: Option<i64> },
}

impl Subject {
    /// The id people give: a claim's or a statistic's content id, in hex.
    pub fn hash(&self) -> &str {
        match self {
            Subject::Claim { hash, .. } | Subject::Statistic { hash, .. } => hash,
        }
    }
}

/// An article a cited source may be: the newest version of it.
#[derive(Debug, Clone)]
pub struct SourceArticle {
    pub version_id: i64,
    pub body: String,
    pub article: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
}

/// A statistic of a version, for checking what a source says.
#[derive(Debug, Clone)]
pub struct VersionStatistic {
    pub text: String,
    pub words: Vec<String>,
    pub number: StatedNumber,
}

impl Store {
    /// The clusters that pass a filter, in the order they were made.
    pub fn clusters(&self, filter: &MatchFilter) -> Result<Vec<ClusterRow>> {
        let limit = filter.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "cluster_ids"))?;
        let ids: Vec<(i64, String)> = stmt
            .query_map(
                named_params! {":class": filter.class, ":speaker": filter.speaker, ":outlet": filter.outlet,
                ":since": filter.since, ":until": filter.until, ":limit": limit},
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|(id, kind)| self.cluster(id, &kind)).collect()
    }

    /// One cluster with its members, appearances and conflicts.
    pub fn cluster(&self, cluster_id: i64, kind: &str) -> Result<ClusterRow> {
        let mut members = if kind == "statistic" {
            self.statistic_members(Some(cluster_id), None)?
        } else {
            self.claim_members(cluster_id)?
        };
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "cluster_conflicts"))?;
        let conflicts: Vec<ConflictRow> = stmt
            .query_map(named_params! {":cluster_id": cluster_id}, |row| {
                Ok(ConflictRow { kind: row.get(0)?, detail: row.get(1)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let appearances = || members.iter().flat_map(|m| m.appearances.iter());
        let mut classes: Vec<String> = members.iter().filter_map(|m| m.class.clone()).collect();
        let mut articles: Vec<&str> = appearances().map(|a| a.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        if members.iter().any(|m| m.appearances.len() > 1) && articles.len() > 1
            || kind == "statistic" && conflicts.is_empty()
        {
            classes.push(Class::Identical.as_str().to_string());
        }
        classes.extend(conflicts.iter().map(|c| c.kind.clone()));
        let mut speakers: Vec<String> = appearances().filter_map(|a| a.speaker.clone()).collect();
        let mut outlets: Vec<String> = appearances().filter_map(|a| a.outlet.clone()).collect();
        let mut dates: Vec<String> = appearances().filter_map(|a| a.published.clone()).collect();
        for list in [&mut classes, &mut speakers, &mut outlets, &mut dates] {
            list.sort();
            list.dedup();
        }
        if kind == "statistic" {
            label_by_number(&mut members);
        }
        Ok(ClusterRow {
            cluster: cluster_id,
            kind: kind.to_string(),
            classes,
            speakers,
            outlets,
            first_published: dates.first().cloned(),
            last_published: dates.last().cloned(),
            members,
            conflicts,
        })
    }

    /// The claims of a cluster, each with its appearances (oldest first).
    fn claim_members(&self, cluster_id: i64) -> Result<Vec<Member>> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "claim_members"))?;
        let rows: Vec<(i64, Member)> = stmt
            .query_map(named_params! {":cluster_id": cluster_id}, |row| {
                Ok((
                    row.get(0)?,
                    Member {
                        claim: row.get(1)?,
                        statistic: None,
                        text: row.get(2)?,
                        class: row.get(3)?,
                        diff: row.get(4)?,
                        matched: row.get(5)?,
                        appearances: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(claim_id, mut member)| {
                member.appearances = self.claim_appearances(claim_id)?;
                Ok(member)
            })
            .collect()
    }

    /// Every occurrence of a claim, oldest first.
    pub fn claim_appearances(&self, claim_id: i64) -> Result<Vec<Appearance>> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "claim_appearances"))?;
        let rows = stmt.query_map(named_params! {":claim_id": claim_id}, |row| {
            Ok(Appearance {
                text: row.get("text")?,
                speaker: row.get("speaker")?,
                published: row.get("published")?,
                ingested_at: row.get("ingested_at")?,
                outlet: row.get("outlet")?,
                title: row.get("title")?,
                url: row.get("url")?,
                article: row.get("article")?,
                links: json_strings(row, "links")?,
                number: None,
                cites: Vec::new(),
                version_id: row.get("version_id")?,
                span: (row.get("char_start")?, row.get("char_end")?),
                speaker_is_organization: row.get::<_, Option<String>>("speaker_kind")?.as_deref()
                    == Some("organization"),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The statistics of a cluster (or one statistic), one member each, oldest first.
    fn statistic_members(&self, cluster_id: Option<i64>, statistic_id: Option<i64>) -> Result<Vec<Member>> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "statistic_members"))?;
        let rows = stmt.query_map(named_params! {":cluster_id": cluster_id, ":statistic_id": statistic_id}, |row| {
            let appearance = Appearance {
                text: row.get("text")?,
                speaker: row.get("source")?,
                published: row.get("published")?,
                ingested_at: row.get("ingested_at")?,
                outlet: row.get("outlet")?,
                title: row.get("title")?,
                url: row.get("url")?,
                article: row.get("article")?,
                links: row.get::<_, Option<String>>("link")?.into_iter().collect(),
                number: Some(StatedNumber {
                    value: row.get("value")?,
                    value_max: row.get("value_max")?,
                    unit: row.get("unit")?,
                }),
                cites: json_strings(row, "cites")?,
                version_id: row.get("version_id")?,
                span: (0, 0),
                speaker_is_organization: false,
            };
            Ok(Member {
                claim: None,
                statistic: row.get("hash")?,
                text: row.get("claim")?,
                class: None,
                diff: None,
                matched: None,
                appearances: vec![appearance],
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The claim a trace starts from: a claim's or a statistic's id (at least 4 hex digits),
    /// else the claim with these words, else the closest claim variant; `None` when no claim
    /// fits (the query may be a statistic's clause: [`statistic_subject`](Self::statistic_subject)).
    pub fn claim_subject(&self, query: &str) -> Result<Option<Subject>> {
        let query = query.trim();
        if let Some(found) = self.subject_with_id(query)? {
            return Ok(Some(found));
        }
        let id = content_id(query).0;
        if let Some(found) = self.claims_between(&id, &id)?.into_iter().next() {
            return Ok(Some(found));
        }
        self.closest_claim(query)
    }

    /// The claim or statistic whose id is `id` or starts with it (at least 4 hex digits);
    /// `None` when none does, an error naming the candidates when several do.
    pub fn subject_with_id(&self, id: &str) -> Result<Option<Subject>> {
        let Some((low, high)) = prefix_range(id).filter(|_| id.len() >= 4) else { return Ok(None) };
        let mut found = self.claims_between(&low, &high)?;
        found.extend(self.statistics_between(&low, &high)?);
        if found.len() > 1 {
            return Err(Error::Ambiguous {
                id: id.to_string(),
                candidates: found.iter().map(Subject::hash).collect::<Vec<_>>().join(", "),
            });
        }
        Ok(found.pop())
    }

    /// The claims whose ids lie from `low` to `high`, in their order, up to six.
    fn claims_between(&self, low: &[u8; 32], high: &[u8; 32]) -> Result<Vec<Subject>> {
        let rows = rows_between(&self.conn, low, high)?;
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "claims_by_hash_prefix"))?;
        let found = stmt.query_map(named_params! {":rows": rows, ":low": low, ":high": high}, claim_subject)?;
        Ok(found.collect::<rusqlite::Result<_>>()?)
    }

    /// The statistics whose ids lie from `low` to `high`, in their order, up to six: of the
    /// statistics stated in one clause (one id), the first stored.
    fn statistics_between(&self, low: &[u8; 32], high: &[u8; 32]) -> Result<Vec<Subject>> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "statistics_by_hash_prefix"))?;
        let ids: Vec<i64> = stmt
            .query_map(named_params! {":low": low, ":high": high}, |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.statistic_by_id(id)).collect()
    }

    /// The statistic whose clause (without its number) says these words. `quantities` are the
    /// numbers the words state ("$4.2 million"), as extraction finds them: a clause is indexed
    /// with its number left out.
    pub fn statistic_subject(&self, clause: &str, quantities: &[String]) -> Result<Subject> {
        self.closest_statistic(clause.trim(), quantities)?.ok_or_else(|| Error::NotFound(clause.to_string()))
    }

    /// The stored claim closest to these words (identical before trimmed before altered).
    fn closest_claim(&self, text: &str) -> Result<Option<Subject>> {
        let words = matching_words(text);
        let mut best: Option<(Class, i64)> = None;
        for candidate in claim_candidates(&self.conn, &Signature::of_claim(&words))? {
            let stored: String = self
                .conn
                .prepare_cached(statement(MATCHING, "claim_text"))?
                .query_row(named_params! {":id": candidate}, |row| row.get(0))?;
            if let Some(relation) = compare(&matching_words(&stored), &words)
                && best.is_none_or(|(class, _)| relation.class < class)
            {
                best = Some((relation.class, candidate));
            }
        }
        let Some((_, id)) = best else { return Ok(None) };
        Ok(Some(
            self.conn
                .prepare_cached(statement(CLUSTERS, "claim_by_id"))?
                .query_row(named_params! {":id": id}, claim_subject)?,
        ))
    }

    /// The stored statistic whose clause (without its number) says these words: one stated in
    /// these very words first, else the first candidate whose words match. A clause too short
    /// to be indexed is found as stored.
    fn closest_statistic(&self, text: &str, quantities: &[String]) -> Result<Option<Subject>> {
        let mut matched = None;
        for quantity in quantities.iter().map(String::as_str).chain([""]) {
            let words = statistic_words(text, quantity);
            for candidate in statistic_candidates(&self.conn, &Signature::of(&words))? {
                let found = self.statistic_by_id(candidate)?;
                let Subject::Statistic { text: stored_quantity, clause, .. } = &found else { continue };
                if clause == text {
                    return Ok(Some(found));
                }
                if matched.is_none()
                    && compare(&statistic_words(clause, stored_quantity), &statistic_words(text, stored_quantity))
                        .is_some()
                {
                    matched = Some(found);
                }
            }
        }
        if matched.is_some() {
            return Ok(matched);
        }
        let stated: Option<i64> = self
            .conn
            .prepare_cached(statement(CLUSTERS, "statistic_by_clause"))?
            .query_row(named_params! {":clause": text}, |row| row.get(0))
            .optional()?;
        stated.map(|id| self.statistic_by_id(id)).transpose()
    }

    fn statistic_by_id(&self, id: i64) -> Result<Subject> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "statistic_by_id"))?;
        Ok(stmt.query_row(named_params! {":id": id}, |row| {
            Ok(Subject::Statistic {
                id: row.get(0)?,
                text: row.get(1)?,
                clause: row.get(2)?,
                cluster: row.get(3)?,
                hash: row.get(4)?,
            })
        })?)
    }

    /// The members of a subject's cluster, or the subject alone when it has none.
    pub fn members_of(&self, subject: &Subject) -> Result<Vec<Member>> {
        match subject {
            Subject::Claim { cluster: Some(cluster), .. } => self.claim_members(*cluster),
            Subject::Statistic { cluster: Some(cluster), .. } => self.statistic_members(Some(*cluster), None),
            Subject::Claim { id, hash, text, cluster: None } => Ok(vec![Member {
                claim: Some(hash.clone()),
                statistic: None,
                text: text.clone(),
                class: None,
                diff: None,
                matched: None,
                appearances: self.claim_appearances(*id)?,
            }]),
            Subject::Statistic { id, cluster: None, .. } => self.statistic_members(None, Some(*id)),
        }
    }

    /// The articles a cited source may be: the article at a URL, or the articles of an outlet
    /// by that name (oldest first).
    pub fn source_articles(&self, source: &str) -> Result<Vec<SourceArticle>> {
        let mut out = Vec::new();
        for name in ["articles_at_url", "articles_of_outlet"] {
            let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, name))?;
            let rows = stmt.query_map(named_params! {":source": source}, |row| {
                Ok(SourceArticle {
                    version_id: row.get("version_id")?,
                    body: row.get("body")?,
                    article: row.get("article")?,
                    url: row.get("url")?,
                    outlet: row.get("outlet")?,
                    title: row.get("title")?,
                    published: row.get("published")?,
                })
            })?;
            out.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        out.dedup_by_key(|a| a.version_id);
        Ok(out)
    }

    /// The body text of a version.
    pub fn version_body(&self, version_id: i64) -> Result<String> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "version_body"))?;
        Ok(stmt.query_row(named_params! {":version_id": version_id}, |row| row.get(0))?)
    }

    /// The statistics a version states.
    pub fn version_statistics(&self, version_id: i64) -> Result<Vec<VersionStatistic>> {
        let mut stmt = self.conn.prepare_cached(statement(CLUSTERS, "statistics_of_version"))?;
        let rows = stmt.query_map(named_params! {":version_id": version_id}, |row: &Row| {
            let text: String = row.get("text")?;
            let clause: String = row.get("claim")?;
            Ok(VersionStatistic {
                words: statistic_words(&clause, &text),
                text,
                number: StatedNumber {
                    value: row.get("value")?,
                    value_max: row.get("value_max")?,
                    unit: row.get("unit")?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn claim_subject(row: &Row) -> rusqlite::Result<Subject> {
    Ok(Subject::Claim { id: row.get(0)?, hash: row.get(1)?, text: row.get(2)?, cluster: row.get(3)? })
}

/// A column holding a JSON array of strings.
fn json_strings(row: &Row, column: &str) -> rusqlite::Result<Vec<String>> {
    let text: Option<String> = row.get(column)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

/// Labels a statistic cluster's members after the first by their numbers: identical when they
/// state the first one's, else the conflict (number or unit) with the change as a diff. Words
/// alone would call every member identical: a statistic's clause is matched without its number.
fn label_by_number(members: &mut [Member]) {
    let Some(first) = members.first().and_then(|m| m.appearances.first()).cloned() else { return };
    let Some(first_number) = &first.number else { return };
    for member in members.iter_mut().skip(1) {
        let Some(here) = member.appearances.first() else { continue };
        let conflict = here.number.as_ref().and_then(|n| number_conflict(&first_number.number(), &n.number()));
        member.diff = conflict.map(|_| replaced(&first.text, &here.text));
        member.class = Some(conflict.map_or(Class::Identical.as_str(), |c| c.as_str()).to_string());
    }
}
