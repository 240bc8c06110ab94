//! Quantities in a sentence: where a measured or counted number stands, its value with the
//! scale applied, its unit or currency, what it counts and how it is hedged.
//!
//! A number is a statistic when something says what it measures: a currency (`$807 million`,
//! `€2bn`, `1.2 trillion rubles`), a percentage or points (`48%`, `3 points`), a scale
//! (`two million`), a ratio (`1 in 5`, `eight of 10`, `4 to 1`, a `5-4` vote) or a counted
//! noun (`12,000 jobs`). Bare figures count only when large enough not to be an index
//! (`a sample of 834`). Number words without a scale (`four cases`, `one of them`) are left
//! out: in news text they are narration, not figures. So are dates, years, times of day,
//! ages, ordinals, durations, and numbers that belong to a name (`Fortune 500`, `EB-5`,
//! `Section 8`), a bill or an identifier.

use super::tokens::{Kind, Token};
use crate::extract::lexicon::{self, Lower, WordTable, lower};
use crate::model::Span;
use std::sync::LazyLock;

/// One quantity found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the qualifier to the counted noun ("nearly 1,500 power plants").
    pub span: Span,
    /// The value with its scale applied; for a ratio, the quotient.
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// ISO currency code, `percent`, `points`, `ratio` or a unit word (`tons`).
    pub unit: Option<String>,
    /// What is counted ("people", "jobs").
    pub noun: Option<String>,
    /// The hedge as written, lowercased ("more than", "an estimated").
    pub qualifier: Option<String>,
}

/// The scale words and their factors; abbreviations only count glued to a figure (`$2bn`).
const SCALES: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
const SCALE_ABBREVIATIONS: &[(&str, f64)] =
    &[("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("b", 1e9), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12)];

const CURRENCY_SYMBOLS: &[(&str, &str)] =
    &[("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW")];
/// Letters glued before `$` that name another dollar (`C$`, `HK$`).
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("S", "SGD"),
];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("yen", "JPY"),
    ("rupees", "INR"),
    ("pesos", "MXN"),
];
/// Units of measure kept as written.
const UNIT_WORDS: &[&str] = &[
    "tons", "tonnes", "barrels", "gallons", "liters", "litres", "miles", "kilometers", "kilometres", "km", "acres",
    "hectares", "megawatts", "gigawatts", "kilowatts", "pounds", "kilograms", "kg", "feet", "meters", "metres",
];

/// Nouns that make a number a duration or an age, not a count.
const TIME_NOUNS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
    "seconds", "decade", "decades", "century", "centuries", "night", "nights", "times", "a.m", "p.m", "am", "pm",
    "o'clock", "o\u{2019}clock",
];

/// Words that end a counted noun phrase.
const NOUN_STOPS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "that", "which",
    "who", "whom", "whose", "were", "was", "are", "is", "have", "has", "had", "be", "been", "will", "would", "could",
    "should", "may", "might", "can", "do", "did", "does", "say", "said", "says", "tell", "told", "think", "believe",
    "than", "as", "per", "each", "every", "this", "these", "those", "their", "his", "her", "its", "our", "your", "my",
    "not", "no", "also", "more", "less", "including", "while", "when", "where", "after", "before", "since", "until",
    "during", "over", "under", "about", "between", "among", "into", "through", "rather", "then", "so", "if", "because",
    "all", "both", "only", "just", "still", "now", "ago", "later", "earlier", "last", "next", "apiece", "each",
    "total", "annually", "a.m", "p.m", "there", "here", "they", "them", "we", "you", "he", "she", "it", "i", "would",
    "whether", "like", "up", "out",
];

/// Hedges before a figure, longest first so "more than" wins over "than".
const QUALIFIERS: &[&str] = &[
    "an estimated", "an average of", "on average", "a bit over", "a bit more than", "a little over", "just over",
    "just under", "slightly more than", "slightly less than", "well over", "more than", "less than", "fewer than",
    "at least", "at most", "up to", "as many as", "as much as", "as long as", "as few as", "as high as",
    "as little as", "as low as", "close to", "upwards of", "in excess of", "plus or minus", "a minimum of",
    "a maximum of", "minimum", "maximum", "roughly", "about", "around", "approximately", "nearly", "almost", "over",
    "under", "above", "below", "some", "only", "just", "exceeds", "exceeded", "approaches", "past", "nearing",
    "estimated", "barely",
];

/// Words before a figure that make it a label, a bill or a place in a list.
const LABEL_WORDS: &[&str] = &[
    "no", "nos", "section", "sections", "bill", "number", "page", "pages", "room", "route", "chapter", "article",
    "amendment", "rule", "title", "flight", "highway", "interstate", "district", "precinct", "grade", "level", "tier",
    "phase", "item", "proposition", "prop", "resolution", "act", "code", "box", "suite", "unit", "exit", "gate",
    "platform", "volume", "episode", "season", "ward", "lot", "form", "model", "version", "channel", "line", "report",
    "plan", "street", "avenue", "road", "case", "docket", "building", "apartment", "exhibit",
];

/// Words before a percentage that make it the name of a group ("the top 1 percent").
const GROUP_WORDS: &[&str] =
    &["top", "bottom", "lower", "upper", "richest", "wealthiest", "poorest", "highest", "lowest"];

/// Capitalised words that open a sentence before a figure without naming it ("In 40 cases").
const SENTENCE_OPENERS: &[&str] = &[
    "a", "an", "in", "of", "the", "by", "at", "for", "with", "another", "all", "and", "but", "on", "from", "to",
    "those", "these", "while", "then", "now", "today", "yesterday", "since", "after", "before", "when", "if", "as",
    "because", "although", "though", "until", "yet", "so", "still", "each", "every",
];

const MONTHS: &[&str] = &[
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
];

const ONES: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The words `number_words` reads, in a case-blind table: nearly every word of a sentence
/// with a figure is tried as the start of one, and one look-up turns away those that are no
/// number before they are lowercased (that cost a tenth of the statistics stage).
static NUMBER_WORDS: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(["a", "an", "half"].iter().chain(ONES).chain(TENS).map(|w| (w.to_string(), ()))));

/// A figure and what directly follows it: `$`, digits or words, scale, unit.
#[derive(Debug, Clone)]
struct Amount {
    /// First and last token index (inclusive).
    first: usize,
    last: usize,
    value: f64,
    unit: Option<String>,
    /// Written with a scale word (`million`) or unit: a statistic by itself.
    measured: bool,
    /// Written in words (`two`): narration unless measured.
    in_words: bool,
    /// The digits as written had a thousands separator ("12,000").
    grouped: bool,
}

/// A sentence's tokens and the text they point into.
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| &self.text[t.span()])
    }
    fn lower(&self, i: usize) -> Option<Lower<'a>> {
        self.word(i).map(lower)
    }
    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }
    fn symbol(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Symbol).map(|t| &self.text[t.span()])
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }
    fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Number)
    }
    fn capitalized(&self, i: usize) -> bool {
        self.word(i).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase)
    }
}

/// The quantities of one sentence, in order.
pub fn find(text: &str, toks: &[Token]) -> Vec<Quantity> {
    let s = Sentence { text, toks };
    let first_word = toks.iter().position(|t| t.kind == Kind::Word).unwrap_or(0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start_amount(&s, i) {
            i += 1;
            continue;
        }
        match quantity_at(&s, i, first_word) {
            Some((q, next)) => {
                out.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether token `i` may start a figure for `amount_at`: any but a word, which starts one only
/// as a number word or before a symbol (the `$` of "US$5"). Most tokens of a sentence with a
/// figure are such words, turned away here by one look-up of their bytes instead of the
/// slices `amount_at` takes of them.
fn may_start_amount(s: &Sentence, i: usize) -> bool {
    let t = &s.toks[i];
    t.kind != Kind::Word
        || s.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Symbol)
        || NUMBER_WORDS.get_bytes(&s.text.as_bytes()[t.span()]).is_some()
}

/// The quantity whose figure starts at token `i`, and the token index after it.
fn quantity_at(s: &Sentence, i: usize, first_word: usize) -> Option<(Quantity, usize)> {
    let mut a = amount_at(s, i)?;
    if is_excluded(s, &a, first_word) {
        return None;
    }
    let mut value_max = None;
    // Ranges and ratios after the first figure.
    if let Some((b, ratio)) = second_figure(s, &mut a) {
        if ratio {
            a.value /= b.value;
            a.unit = Some("ratio".into());
            a.measured = true;
        } else {
            value_max = Some(b.value);
        }
        a.last = b.last;
        a.measured |= b.measured;
    }
    let mut last = a.last;
    if s.is_word(last + 1, &["or"]) && s.is_word(last + 2, &["more", "less", "so"]) {
        last += 2;
    } else if s.symbol(last + 1) == Some("-") && s.glued(last + 1) && s.is_word(last + 2, &["plus"]) {
        last += 2;
    }
    let counted = a.unit.is_none() || a.unit.as_deref().is_some_and(|u| UNIT_WORDS.contains(&u));
    let noun_end = if counted && a.unit.is_none() { noun_after(s, last) } else { None };
    let noun = noun_end.and_then(|e| s.word(e)).map(str::to_string);
    if noun.as_deref().is_some_and(|n| TIME_NOUNS.iter().any(|t| n.eq_ignore_ascii_case(t))) {
        return None;
    }
    if !a.measured {
        let large_bare = !a.in_words && (a.grouped || (a.value >= 100.0 && a.value.fract() == 0.0));
        if a.in_words || (noun.is_none() && !large_bare) {
            return None;
        }
    }
    if let Some(e) = noun_end {
        last = e;
    }
    let (first, qualifier) = qualifier_before(s, a.first);
    let span = s.toks[first].start..s.toks[last].end;
    Some((Quantity { span, value: a.value, value_max, unit: a.unit, noun, qualifier }, last + 1))
}

/// A figure starting at token `i`: currency symbol, digits or number words, scale and unit.
fn amount_at(s: &Sentence, i: usize) -> Option<Amount> {
    let mut j = i;
    let mut currency: Option<&str> = None;
    if let Some(prefix) = s.word(j)
        && s.symbol(j + 1) == Some("$")
        && s.glued(j + 1)
        && s.is_number(j + 2)
        && s.glued(j + 2)
    {
        currency = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == prefix).map(|(_, c)| *c);
        currency?;
        j += 2;
    } else if let Some(sym) = s.symbol(j) {
        currency = CURRENCY_SYMBOLS.iter().find(|(c, _)| *c == sym).map(|(_, code)| *code);
        if currency.is_none() || !s.is_number(j + 1) || !s.glued(j + 1) {
            return None;
        }
        if j > 0 && s.glued(j) && s.word(j - 1).is_some() {
            return None; // "US$" is taken from the prefix; other glued letters are a name
        }
        j += 1;
    }
    let (mut value, mut last, in_words, grouped) = if s.is_number(j) {
        let digits = &s.text[s.toks[j].span()];
        (parse_digits(digits)?, j, false, digits.contains(','))
    } else if currency.is_none() {
        let (v, l) = number_words(s, j)?;
        (v, l, true, false)
    } else {
        return None;
    };
    let mut measured = currency.is_some();
    let mut unit = currency.map(str::to_string);
    if let Some((factor, at)) = scale_after(s, last, currency.is_some() && !in_words) {
        value *= factor;
        last = at;
        measured = true;
    }
    if let Some((u, at, factor)) = unit_after(s, last, currency.is_some()) {
        value *= factor;
        last = at;
        measured = true;
        if unit.is_none() || u == "USD" {
            unit = Some(u);
        }
    }
    Some(Amount { first: i, last, value, unit, measured, in_words, grouped })
}

/// Digits with optional thousands separators (which must group by three) and decimals.
pub fn parse_digits(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').map_or((digits, None), |(w, f)| (w, Some(f)));
    if fraction.is_some_and(|f| f.contains(['.', ','])) {
        return None;
    }
    let mut groups = whole.split(',');
    let head = groups.next()?;
    if head.is_empty() || (whole.contains(',') && head.len() > 3) {
        return None;
    }
    let mut plain = head.to_string();
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        plain.push_str(g);
    }
    if let Some(f) = fraction {
        plain.push('.');
        plain.push_str(f);
    }
    plain.parse().ok()
}

/// A number in words at `j` ("two", "twenty-seven", "two hundred", "a" before a scale,
/// "a quarter of a", "half a"): its value and last token.
fn number_words(s: &Sentence, j: usize) -> Option<(f64, usize)> {
    let w = s.word(j).filter(|w| NUMBER_WORDS.get(w).is_some()).map(lower)?;
    if w == "a" || w == "an" {
        if let Some(f) = fraction_word(s.lower(j + 1).as_deref())
            && s.is_word(j + 2, &["of"])
            && s.is_word(j + 3, &["a"])
            && scale_after(s, j + 3, false).is_some()
        {
            return Some((f, j + 3));
        }
        return scale_after(s, j, false).map(|_| (1.0, j));
    }
    if w == "half" && s.is_word(j + 1, &["a"]) && scale_after(s, j + 1, false).is_some() {
        return Some((0.5, j + 1));
    }
    let mut value;
    let mut last = j;
    if let Some(t) = TENS.iter().position(|x| *x == w.as_ref()) {
        value = 20.0 + 10.0 * t as f64;
        if s.symbol(j + 1) == Some("-")
            && s.glued(j + 1)
            && s.glued(j + 2)
            && let Some(o) = s.lower(j + 2).and_then(|o| ONES.iter().position(|x| *x == o.as_ref()))
        {
            value += o as f64;
            last = j + 2;
        }
    } else {
        value = ONES.iter().position(|x| *x == w.as_ref())? as f64;
    }
    if s.is_word(last + 1, &["hundred"]) {
        value *= 100.0;
        last += 1;
    }
    Some((value, last))
}

fn fraction_word(w: Option<&str>) -> Option<f64> {
    match w? {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        "third" => Some(1.0 / 3.0),
        _ => None,
    }
}

/// A scale word after token `last`: its factor and token. Abbreviations count glued to
/// digits (`2bn`, `$5m`), or spaced after a currency figure (`$1.5 bn`).
fn scale_after(s: &Sentence, last: usize, money: bool) -> Option<(f64, usize)> {
    let w = s.lower(last + 1)?;
    if let Some((_, f)) = SCALES.iter().find(|(x, _)| *x == w.as_ref()) {
        return Some((*f, last + 1));
    }
    let (_, f) = SCALE_ABBREVIATIONS.iter().find(|(x, _)| *x == w.as_ref())?;
    let glued = s.glued(last + 1) && s.is_number(last);
    (glued || (money && w.len() > 1)).then_some((*f, last + 1))
}

/// A unit after token `last`: percent, points, a currency word or a unit of measure; its
/// name, last token and the factor it applies (cents are hundredths of a dollar).
fn unit_after(s: &Sentence, last: usize, has_currency: bool) -> Option<(String, usize, f64)> {
    if s.symbol(last + 1) == Some("%") {
        return Some(("percent".into(), last + 1, 1.0));
    }
    let w = s.lower(last + 1)?;
    let unit = |u: &str, at: usize| Some((u.to_string(), at, 1.0));
    match w.as_ref() {
        "percent" | "pct" => unit("percent", last + 1),
        "per" if s.is_word(last + 2, &["cent"]) => unit("percent", last + 2),
        "percentage" if s.is_word(last + 2, &["point", "points"]) => unit("points", last + 2),
        "point" | "points" if !has_currency => unit("points", last + 1),
        "basis" if s.is_word(last + 2, &["point", "points"]) => unit("basis points", last + 2),
        "cents" | "cent" if !has_currency => Some(("USD".into(), last + 1, 0.01)),
        "pounds" if s.is_word(last + 2, &["sterling"]) => unit("GBP", last + 2),
        _ => {
            if let Some((_, code)) = CURRENCY_WORDS.iter().find(|(x, _)| *x == w.as_ref()) {
                return unit(code, last + 1);
            }
            if !has_currency && UNIT_WORDS.contains(&w.as_ref()) {
                return unit(&w, last + 1);
            }
            None
        }
    }
}

/// A second figure that makes a range (`$500 to $2,000`, `between 3 and 5 million`,
/// `3-5%`) or a ratio (`1 in 5`, `eight of 10`, `4 to 1`, a `5-4` vote). A scale or unit
/// written only after the second figure applies to the first too.
fn second_figure(s: &Sentence, a: &mut Amount) -> Option<(Amount, bool)> {
    let next = a.last + 1;
    let between = a.first > 0 && s.is_word(a.first - 1, &["between"]);
    let hyphen = s.symbol(next) == Some("-") && s.glued(next) && s.glued(next + 1) && s.is_number(next + 1);
    let (connector_end, ratio_word) = if hyphen {
        (next, false)
    } else if between && s.is_word(next, &["and"]) {
        (next, false)
    } else if s.is_word(next, &["to"]) && !between {
        (next, false)
    } else if s.is_word(next, &["in"]) {
        (next, true)
    } else if s.is_word(next, &["of"]) {
        (next + usize::from(s.is_word(next + 1, &["every", "each"])), true)
    } else if s.is_word(next, &["out"]) && s.is_word(next + 1, &["of"]) {
        (next + 1 + usize::from(s.is_word(next + 2, &["every", "each"])), true)
    } else {
        return None;
    };
    // "$500,000 to more than $1 million": a hedge may stand before the upper end.
    let mut k = connector_end + 1;
    if !hyphen && !ratio_word {
        let (q_first, _) = qualifier_before_end(s, k);
        k = q_first;
    }
    let b = amount_at(s, k)?;
    if b.in_words && !b.measured && !ratio_word {
        return None;
    }
    if ratio_word {
        // A ratio's parts are plain numbers, the whole no larger than a thousand and not a year.
        let plain = a.unit.is_none() && b.unit.is_none() && !a.measured && !b.measured;
        let same_money = a.unit.is_some() && a.unit == b.unit && s.is_word(connector_end, &["every", "each"]);
        let ok = (plain && b.value <= 1000.0 && a.value < b.value && b.value.fract() == 0.0) || same_money;
        return ok.then(|| {
            let b = Amount { measured: true, ..b };
            (b, true)
        });
    }
    let plain = !a.measured && !b.measured;
    if hyphen && plain {
        // "5-4", "80-19": a vote or a score; ascending is a range ("3-5").
        let small = a.value <= 999.0 && b.value <= 999.0 && !a.grouped;
        let phone_like = s.symbol(k + 1) == Some("-") && s.glued(k + 1);
        if !small || phone_like {
            return None;
        }
        if b.value <= a.value {
            return Some((Amount { measured: true, ..b }, true));
        }
    }
    if s.is_word(connector_end, &["to"]) && plain && b.value <= a.value && b.value.fract() == 0.0 && b.value <= 10.0 {
        return Some((Amount { measured: true, ..b }, true)); // "4 to 1"
    }
    // A range runs upward, in one unit; the second figure's scale and unit carry back.
    let mut a_value = a.value;
    if !a.measured && b.measured {
        let b_scale = b.value / plain_value(s, &b).unwrap_or(b.value);
        a_value *= b_scale;
    }
    let unit_ok = a.unit.is_none() || b.unit.is_none() || a.unit == b.unit;
    if b.value <= a_value || !unit_ok {
        return None;
    }
    a.value = a_value;
    if a.unit.is_none() {
        a.unit.clone_from(&b.unit);
    }
    Some((b, false))
}

/// The figure of an amount without its scale, to carry a scale back over a range.
fn plain_value(s: &Sentence, b: &Amount) -> Option<f64> {
    let digits = (b.first..=b.last).find(|&i| s.is_number(i))?;
    parse_digits(&s.text[s.toks[digits].span()])
}

/// Whether the figure of `a` is a date, year, time, age, ordinal, name, label or identifier.
fn is_excluded(s: &Sentence, a: &Amount, first_word: usize) -> bool {
    let Some(n) = (a.first..=a.last).find(|&i| s.is_number(i)) else {
        return false; // number words
    };
    let digits = &s.text[s.toks[n].span()];
    let money = a.unit.as_deref().is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()));
    let prev = n.checked_sub(1);
    let prev_word = prev.and_then(|p| s.lower(p));
    let after = n + 1;
    // Dates and times: "Jan. 5", "5 March", "9/11", "2:45 p.m.", "10 a.m.".
    let month_before = prev_word.as_deref().is_some_and(|w| MONTHS.contains(&w))
        || (s.symbol(n.wrapping_sub(1)) == Some(".")
            && n >= 2
            && s.lower(n - 2).is_some_and(|w| MONTHS.contains(&w.as_ref())));
    let month_after = s.lower(after).is_some_and(|w| MONTHS.contains(&w.as_ref()) && w != "may");
    if month_before || month_after {
        return true;
    }
    if matches!(s.symbol(after), Some("/" | ":")) && s.glued(after) && s.is_number(after + 1) {
        return true;
    }
    if prev.is_some_and(|p| s.glued(n) && matches!(s.symbol(p), Some("/" | ":" | "=" | "#" | "@" | "_" | "§" | "+"))) {
        return true;
    }
    if s.is_word(after, TIME_NOUNS) && !a.measured {
        return true;
    }
    // Ordinals and decades: "13th", "1990s", "$20s" (banknotes).
    if s.glued(after) && s.word(after).is_some() && a.last == n {
        return true;
    }
    // Letters glued before: "Future45"; a word joined by a hyphen: "EB-5", "COVID-19".
    if prev.is_some_and(|p| s.glued(n) && s.word(p).is_some()) {
        return true;
    }
    // …and the second half of a pair that is not a tally or a range ("555-0199").
    if n >= 2
        && s.symbol(n - 1) == Some("-")
        && s.glued(n)
        && s.glued(n - 1)
        && (s.word(n - 2).is_some() || s.is_number(n - 2))
    {
        return true;
    }
    // A compound adjective: "a 30-second spot", "17-year-old" (but "$12-an-hour" is money).
    if !a.measured
        && s.symbol(after) == Some("-")
        && s.glued(after)
        && s.glued(after + 1)
        && s.word(after + 1).is_some()
        && !s.is_word(after + 1, &["plus"])
    {
        return true;
    }
    // Identifiers and phone numbers: long digit runs, "555-0199", "202-555-0199".
    let bare_digits = digits.bytes().filter(u8::is_ascii_digit).count();
    if !digits.contains([',', '.']) && bare_digits >= 8 {
        return true;
    }
    if s.symbol(after) == Some("-") && s.glued(after) && s.is_number(after + 1) && s.glued(after + 1) {
        let next = &s.text[s.toks[after + 1].span()];
        if next.len() > 3 || next.starts_with('0') || s.symbol(after + 2) == Some("-") {
            return true;
        }
    }
    if a.measured {
        // A group, not a share: "the top 1 percent".
        return a.unit.as_deref() == Some("percent") && prev_word.as_deref().is_some_and(|w| GROUP_WORDS.contains(&w));
    }
    // Years: four digits from 1000 to 2100 without a separator.
    if digits.len() == 4 && !money && (1000.0..=2100.0).contains(&a.value) {
        return true;
    }
    // Labels and names: "No. 5", "Section 8", "Fortune 500", "Apollo 11".
    let label_before = prev_word.as_deref().is_some_and(|w| LABEL_WORDS.contains(&w))
        || (s.symbol(n.wrapping_sub(1)) == Some(".") && n >= 2 && s.is_word(n - 2, &["no", "nos"]));
    // A possessive is an owner, not a name: "the Senate's 80-19 vote".
    let possessive = prev_word.as_deref().is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
    let name_before = !possessive
        && prev.is_some_and(|p| {
            s.capitalized(p) && !s.is_word(p, QUALIFIERS) && (p > first_word || !s.is_word(p, SENTENCE_OPENERS))
        });
    if label_before || name_before {
        return true;
    }
    // Ages: "age 12", "aged 70", "ages 16 to 24", and in apposition: "Trump, 70, said".
    if s.is_word(n.wrapping_sub(1), &["age", "aged", "ages"]) {
        return true;
    }
    // An age in apposition to a name.
    n >= 2
        && s.symbol(n - 1) == Some(",")
        && s.capitalized(n - 2)
        && matches!(s.symbol(after), Some("," | "." | ")"))
        && (1.0..=120.0).contains(&a.value)
}

/// The noun phrase counted by a figure ending at `last`: up to four words, stopping at
/// function words and punctuation; the index of its head (last) word.
fn noun_after(s: &Sentence, last: usize) -> Option<usize> {
    let mut end = None;
    let mut k = last + 1;
    while k <= last + 6 {
        if let Some(w) = s.word(k) {
            let lower = w.to_ascii_lowercase();
            // A past participle or verb ends the noun: "two million voted", "5,300 employees fired".
            if NOUN_STOPS.contains(&lower.as_str()) || (lower.ends_with("ed") && !w.contains('-')) {
                break;
            }
            // "721 delegates cast their votes": a word in lower case after the first that "the"
            // or a possessive follows is a verb with its object ("jobs a year", "votes this
            // week" end in a rate or a time; "19 Hard Truths the Left …" is a title).
            if end.is_some()
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && s.word(k + 1).is_some_and(opens_object)
            {
                break;
            }
            end = Some(k);
            k += 1;
        } else if s.symbol(k) == Some("-") && s.glued(k) && end.is_some() && s.word(k + 1).is_some() && s.glued(k + 1) {
            k += 1; // "voter-registration"
        } else {
            break;
        }
    }
    end
}

/// Whether a word opens a verb's object: "the" or a possessive.
fn opens_object(word: &str) -> bool {
    word == "the" || lexicon::possessive_pronoun(word).is_some()
}

/// The hedge that ends right before token `first`, if any: the new first token and the
/// hedge, lowercased.
fn qualifier_before(s: &Sentence, first: usize) -> (usize, Option<String>) {
    let start = if first > 0 && s.is_word(first - 1, &["between"]) { first - 1 } else { first };
    let (q_first, found) = qualifier_before_end(s, start);
    if q_first < start {
        return (q_first, found);
    }
    (start, (start < first).then(|| "between".to_string()))
}

/// The longest qualifier whose words end right before token `end`.
fn qualifier_before_end(s: &Sentence, end: usize) -> (usize, Option<String>) {
    let Some(last) = end.checked_sub(1).and_then(|i| s.word(i)) else { return (end, None) };
    // The last word turns away most qualifiers before their words are counted.
    let ends_with_last = |q: &&&str| {
        let Some(cut) = q.len().checked_sub(last.len()) else { return false };
        (cut == 0 || q.as_bytes()[cut - 1] == b' ') && q.as_bytes()[cut..].eq_ignore_ascii_case(last.as_bytes())
    };
    for q in QUALIFIERS.iter().filter(ends_with_last) {
        let Some(start) = end.checked_sub(q.split(' ').count()) else { continue };
        if q.split(' ').enumerate().all(|(k, w)| s.is_word(start + k, &[w])) {
            return (start, Some((*q).to_string()));
        }
    }
    (end, None)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    pub(crate) fn quantities(text: &str) -> Vec<Quantity> {
        let mut toks = Vec::new();
        tokenize(text, 0..text.len(), &mut toks);
        find(text, &toks)
    }

    fn surfaces(text: &str) -> Vec<&str> {
        quantities(text).into_iter().map(|q| &text[q.span]).collect::<Vec<_>>()
    }

    #[test]
    fn money_with_scale_and_hedge() {
        let q = &quantities("Spending totaled an estimated $807 million for the decade.")[0];
        assert_eq!((q.value, q.unit.as_deref(), q.qualifier.as_deref()), (807e6, Some("USD"), Some("an estimated")));
        let q = &quantities("It lost €2bn and 1.2 trillion rubles.");
        assert_eq!((q[0].value, q[0].unit.as_deref()), (2e9, Some("EUR")));
        assert_eq!((q[1].value, q[1].unit.as_deref()), (1.2e12, Some("RUB")));
    }

    #[test]
    fn counts_take_their_noun() {
        let q = &quantities("Forces killed over 300 people in attempts to end it.")[0];
        assert_eq!((q.value, q.noun.as_deref(), q.qualifier.as_deref()), (300.0, Some("people"), Some("over")));
        assert_eq!(surfaces("The plant cut 12,000 jobs."), ["12,000 jobs"]);
        // A verb with its object ends the counted noun; a rate after the noun does not.
        assert_eq!(quantities("In all, 721 delegates cast their votes.")[0].noun.as_deref(), Some("delegates"));
        assert_eq!(quantities("They lost 500 factory jobs a year.")[0].noun.as_deref(), Some("jobs"));
    }

    #[test]
    fn percentages_points_and_words() {
        assert_eq!(
            surfaces("It rose to 48% from 48 percent, or 3 points; two million voted; 5 per cent."),
            ["48%", "48 percent", "3 points", "two million", "5 per cent"]
        );
        assert_eq!(quantities("a quarter of a million dollars")[0].value, 250_000.0);
    }

    #[test]
    fn ranges_and_ratios() {
        let q = &quantities("between 3 and 5 million")[0];
        assert_eq!((q.value, q.value_max), (3e6, Some(5e6)));
        let q = &quantities("1 in 5 adults")[0];
        assert_eq!((q.value, q.unit.as_deref()), (0.2, Some("ratio")));
        assert_eq!(surfaces("Leads by 49 percent to 47 percent."), ["49 percent", "47 percent"]);
        assert_eq!(surfaces("a 5-4 decision, split 4 to 1"), ["5-4", "4 to 1"]);
        assert_eq!(surfaces("Bonuses were $500 to $2,000."), ["$500 to $2,000"]);
    }

    #[test]
    fn dates_years_times_and_ordinals_are_not_statistics() {
        assert!(
            surfaces("On Jan. 5, 2019, at 2:45 p.m. and 10 a.m. on 9/11 and 5 March, the 13th of the 1990s.")
                .is_empty()
        );
        assert!(surfaces("In 2019 the 2016 election was held in September 26.").is_empty());
    }

    #[test]
    fn ages_and_durations_are_not_statistics() {
        assert!(surfaces("Trump, 70, said his 17-year-old son, aged 12, served for 40 years.").is_empty());
    }

    #[test]
    fn names_labels_and_identifiers_are_not_statistics() {
        assert!(
            surfaces("Fortune 500 firms used the EB-5 program under Section 8 and bill No. 12, Future45 said.")
                .is_empty()
        );
        assert!(surfaces("Call 555-1234 or see tweet 778257943577919488.").is_empty());
    }

    #[test]
    fn number_words_without_a_scale_are_narration() {
        assert!(surfaces("One of the two candidates held four debates; one said so.").is_empty());
    }

    #[test]
    fn a_group_label_is_not_a_share() {
        assert!(surfaces("The top 1 percent would gain.").is_empty());
    }
}
