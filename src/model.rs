//! The shared types that flow between the stages: a [`Document`] read from a file, and the
//! [`Extraction`] made from it.
//!
//! Spans are byte ranges into [`Document::text`]; they are turned into character offsets only
//! at the report boundary, where people and other languages read them.

use serde::Serialize;
use std::ops::Range;

/// A byte range into a document's body text.
pub type Span = Range<usize>;

/// An article as read from a file: its body text, how that text splits into paragraphs, the
/// links inside it and what is known about the article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The body text: paragraphs separated by one blank line (`"\n\n"`).
    pub text: String,
    /// Byte ranges of the paragraphs in `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Links inside the body, in order of position.
    pub links: Vec<Link>,
    /// Title, authors, dates, URL and outlet, where the source says them.
    pub meta: Metadata,
}

/// A hyperlink in the body text: the anchor is `text[span]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Where the anchor text stands in the body.
    pub span: Span,
    /// The link target as written, or made absolute when the base URL is known.
    pub href: String,
}

/// What a document says about itself. Every field is optional: plain text says nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Publication time, ISO 8601 (a date, or a date and time with offset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Last modification time, ISO 8601.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The canonical URL of the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publication (site name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Language code, such as `en`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub statistics: Vec<Statistic>,
    /// Things the extractor noticed but could not make sense of (an unclosed quote, say).
    /// Extraction never fails; it reports.
    pub diagnostics: Vec<Diagnostic>,
}

/// How a claim is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The whole attributed content stands inside quotation marks.
    Direct,
    /// A reported clause that contains a quoted fragment.
    Mixed,
    /// Reported speech or an attributed claim with no quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in JSON, SQL and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One attributed claim: what was said, by whom, with which reporting words.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The parts of the body that hold the content. A direct quote interrupted by its
    /// attribution, or running over several paragraphs, has several parts.
    pub parts: Vec<Span>,
    /// The content as one string: the parts joined by a space.
    pub text: String,
    /// Index into [`Extraction::speakers`], when the speaker could be named.
    pub speaker: Option<usize>,
    /// The words that name the speaker at this attribution, as written.
    pub speaker_mention: Option<Span>,
    /// The reporting words ("said", "according to", ":").
    pub cue: Option<Span>,
    /// Links inside or right next to the quote and its attribution (indexes into
    /// [`Document::links`]): how an article cites its source.
    pub links: Vec<usize>,
}

/// What kind of thing a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    /// A source the text does not name ("officials", "a source").
    Unnamed,
}

/// A person or organisation that says something in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The canonical name: the fullest form of the name in the document.
    pub name: String,
    pub kind: SpeakerKind,
    /// Other ways the document names them ("Fomin", "Russian Deputy Defense Minister Alexander Fomin").
    pub aliases: Vec<String>,
    /// Roles and descriptions given to them ("deputy defense minister", "professor at ...").
    pub descriptions: Vec<String>,
}

/// A numeric claim and the source it is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Statistic {
    /// The quantity as written ("an estimated $807 million").
    pub span: Span,
    pub text: String,
    /// The clause that states it.
    pub claim: String,
    /// The value with its scale applied (807e6).
    pub value: Option<f64>,
    /// Upper end of a range ("between 3 and 5 million").
    pub value_max: Option<f64>,
    /// Currency code, `percent`, `points`, or the unit word.
    pub unit: Option<String>,
    /// What is counted ("people", "jobs").
    pub noun: Option<String>,
    /// A hedge: "over", "nearly", "an estimated", "at least".
    pub qualifier: Option<String>,
    /// When it applies ("for the decade", "in 2019").
    pub time: Option<String>,
    /// Who it comes from; `None` when the article states it on its own authority.
    pub source: Option<String>,
    /// Secondary sources the source cites ("an advocacy group").
    pub cites: Vec<String>,
    /// The link that carries the citation, if any.
    pub link: Option<String>,
}

/// A note about the input that the extractor could not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte offset in the body text.
    pub at: usize,
    pub message: String,
}
