//! Word lists the rules consult: reporting verbs (cues) in all their forms, titles that stand
//! before names, words that mark organisations, pronouns, and nouns for unnamed sources.
//! Lookups ignore case: the long lists, and the short ones the rules consult at every word,
//! sit in case-blind `WordTable`s; the rest are matched against the word in lower case.

use super::tokens::{is_capitalized, without_possessive};
use arrayvec::ArrayString;
use std::sync::{LazyLock, OnceLock};

/// A word in lower case, borrowed when it already is (most words are) and kept on the stack
/// when it is short ASCII, so lookups in the hot loops do not allocate.
#[inline]
pub fn lower(word: &str) -> Lower<'_> {
    // One pass settles the common case: lower-case ASCII.
    if !word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Lower::Borrowed(word)
    } else if word.is_ascii() && word.len() <= SHORT {
        let mut short = ArrayString::new();
        short.push_str(word);
        short.make_ascii_lowercase();
        Lower::Short(short)
    } else {
        lower_unicode(word)
    }
}

/// `lower` for a word beyond short ASCII, kept out of line so that the common cases inline
/// where the rules compare a word in lower case.
#[cold]
fn lower_unicode(word: &str) -> Lower<'_> {
    if word.chars().any(|c| !c.to_lowercase().eq([c])) {
        // Not only upper case: a titlecase letter ("ǅ", "ᾨ") lowercases too.
        Lower::Owned(word.to_lowercase())
    } else {
        Lower::Borrowed(word)
    }
}

/// The longest word `lower` lowercases on the stack.
const SHORT: usize = 32;

/// A word in lower case, as `lower` gives it.
pub enum Lower<'a> {
    Borrowed(&'a str),
    Short(ArrayString<SHORT>),
    Owned(String),
}

impl Lower<'_> {
    pub fn into_owned(self) -> String {
        self.as_ref().to_owned()
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(word) => word,
            Lower::Short(word) => word,
            Lower::Owned(word) => word,
        }
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_ref() == *other
    }
}

/// How a cue verb reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Speech and writing: said, told, wrote, tweeted.
    Speech,
    /// Thought and intent: believes, wants, hopes (PolNeAR-style attributions).
    Belief,
    /// Evidence that states something: a poll shows, a report found.
    Finding,
}

/// The grammatical form of a cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// say, says, said
    Finite,
    /// saying, adding: follows a comma and takes the sentence's subject as speaker.
    Participle,
}

/// A cue verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub class: CueClass,
    pub form: Form,
    /// Takes a person object before its content: "told reporters that".
    pub takes_object: bool,
    /// Reports a clause ("said the plan failed"), not only a noun phrase ("called it a
    /// fraud", "rejected the plan").
    pub takes_clause: bool,
    /// The bare form ("state", "report"), which is as often a noun.
    pub bare: bool,
    /// Prepositions after which it reports a thing: "called *for* a ban", "talked *about* jobs".
    pub particles: &'static [&'static str],
}

/// Speech verbs as (base, third person, past, participle-ing); regular forms are derived
/// when a slot is empty.
const SPEECH: &[(&str, &str, &str, &str)] = &[
    ("say", "says", "said", "saying"),
    ("tell", "tells", "told", "telling"),
    ("write", "writes", "wrote", "writing"),
    ("add", "", "", ""),
    ("note", "", "", ""),
    ("argue", "", "", ""),
    ("claim", "", "", ""),
    ("tweet", "", "", ""),
    ("report", "", "", ""),
    ("warn", "", "", ""),
    ("insist", "", "", ""),
    ("explain", "", "", ""),
    ("continue", "", "", ""),
    ("state", "", "", ""),
    ("declare", "", "", ""),
    ("announce", "", "", ""),
    ("recall", "", "", ""),
    ("suggest", "", "", ""),
    ("acknowledge", "", "", ""),
    ("admit", "", "admitted", "admitting"),
    ("concede", "", "", ""),
    ("contend", "", "", ""),
    ("assert", "", "", ""),
    ("maintain", "", "", ""),
    ("charge", "", "", ""),
    ("complain", "", "", ""),
    ("predict", "", "", ""),
    ("promise", "", "", ""),
    ("pledge", "", "", ""),
    ("vow", "", "", ""),
    ("deny", "denies", "denied", "denying"),
    ("confirm", "", "", ""),
    ("reply", "replies", "replied", "replying"),
    ("respond", "", "", ""),
    ("answer", "", "", ""),
    ("ask", "", "", ""),
    ("emphasize", "", "", ""),
    ("stress", "stresses", "", ""),
    ("observe", "", "", ""),
    ("remark", "", "", ""),
    ("comment", "", "", ""),
    ("testify", "testifies", "testified", "testifying"),
    ("conclude", "", "", ""),
    ("estimate", "", "", ""),
    ("reveal", "", "", ""),
    ("disclose", "", "", ""),
    ("allege", "", "", ""),
    ("boast", "", "", ""),
    ("joke", "", "", ""),
    ("quip", "", "quipped", "quipping"),
    ("counter", "", "", ""),
    ("retort", "", "", ""),
    ("lament", "", "", ""),
    ("grouse", "", "", ""),
    ("gripe", "", "", ""),
    ("grumble", "", "", ""),
    ("agree", "", "agreed", "agreeing"),
    ("caution", "", "", ""),
    ("post", "", "", ""),
    ("reiterate", "", "", ""),
    ("write", "writes", "wrote", "writing"),
    ("shout", "", "", ""),
    ("yell", "", "", ""),
    ("whisper", "", "", ""),
    ("urge", "", "", ""),
    ("demand", "", "", ""),
    ("announce", "", "", ""),
    ("mention", "", "", ""),
    ("point", "", "", ""),
    ("hint", "", "", ""),
    ("speculate", "", "", ""),
    ("acknowledge", "", "", ""),
    ("proclaim", "", "", ""),
    ("declare", "", "", ""),
    ("inform", "", "", ""),
    ("assure", "", "", ""),
    ("remind", "", "", ""),
    ("advise", "", "", ""),
    ("blast", "", "", ""),
    ("accuse", "", "", ""),
    ("criticize", "", "", ""),
    ("criticise", "", "", ""),
    ("call", "", "", ""),
    ("describe", "", "", ""),
    ("cite", "", "", ""),
    ("contend", "", "", ""),
    ("estimate", "", "", ""),
    ("forecast", "", "forecast", ""),
    ("project", "", "", ""),
    ("threaten", "", "", ""),
    ("propose", "", "", ""),
    ("recount", "", "", ""),
    ("concur", "", "concurred", "concurring"),
    ("mention", "", "", ""),
    ("question", "", "", ""),
    ("discuss", "discusses", "", ""),
    ("reference", "", "", ""),
    ("refer", "", "referred", "referring"),
    ("signal", "", "", ""),
    ("slam", "", "slammed", "slamming"),
    ("attack", "", "", ""),
    ("praise", "", "", ""),
    ("defend", "", "", ""),
    ("reject", "", "", ""),
    ("dismiss", "dismisses", "", ""),
    ("blame", "", "", ""),
    ("tout", "", "", ""),
    ("highlight", "", "", ""),
    ("brag", "", "bragged", "bragging"),
    ("lash", "lashes", "", ""),
    ("repeat", "", "", ""),
    ("recommend", "", "", ""),
    ("endorse", "", "", ""),
    ("applaud", "", "", ""),
    ("condemn", "", "", ""),
    ("dispute", "", "", ""),
    ("challenge", "", "", ""),
    ("promote", "", "", ""),
    ("encourage", "", "", ""),
    ("support", "", "", ""),
    ("oppose", "", "", ""),
    ("decline", "", "", ""),
    ("refuse", "", "", ""),
    ("denounce", "", "", ""),
    ("express", "expresses", "", ""),
    ("echo", "echoes", "", ""),
    ("welcome", "", "", ""),
    ("back", "", "", ""),
    ("hail", "", "", ""),
    ("mock", "", "", ""),
    ("brand", "", "", ""),
    ("label", "", "labeled", "labeling"),
    ("dub", "", "dubbed", "dubbing"),
    ("portray", "", "", ""),
    ("characterize", "", "", ""),
    ("credit", "", "", ""),
    ("thank", "", "", ""),
    ("deride", "", "", ""),
    ("liken", "", "", ""),
    ("lambaste", "", "", ""),
    ("exhort", "", "", ""),
    ("interject", "", "", ""),
    ("muse", "", "", ""),
    ("opine", "", "", ""),
    ("bark", "", "", ""),
    ("decry", "decries", "decried", "decrying"),
    ("assail", "", "", ""),
    ("bemoan", "", "", ""),
    ("rebuke", "", "", ""),
    ("rip", "", "ripped", "ripping"),
    ("downplay", "", "", ""),
    ("mull", "", "", ""),
    ("outline", "", "", ""),
    ("retweet", "", "", ""),
    ("quote", "", "", ""),
    ("email", "", "", ""),
    ("order", "", "", ""),
    ("voice", "", "", ""),
    ("chant", "", "", ""),
    ("request", "", "", ""),
    ("champion", "", "", ""),
    ("imply", "implies", "implied", "implying"),
    ("invoke", "", "", ""),
    ("unveil", "", "", ""),
    ("document", "", "", ""),
    ("balk", "", "", ""),
    ("rebuff", "", "", ""),
    ("rebut", "", "rebutted", "rebutting"),
    ("congratulate", "", "", ""),
    ("justify", "justifies", "justified", "justifying"),
    ("disavow", "", "", ""),
    ("offer", "offers", "offered", "offering"),
    ("sound", "sounds", "sounded", "sounding"),
    ("nominate", "nominates", "nominated", "nominating"),
];

const BELIEF: &[(&str, &str, &str, &str)] = &[
    ("believe", "", "", ""),
    ("think", "", "thought", ""),
    ("feel", "", "felt", ""),
    ("hope", "", "", ""),
    ("expect", "", "", ""),
    ("fear", "", "", ""),
    ("worry", "worries", "worried", ""),
    ("want", "", "", ""),
    ("know", "", "knew", ""),
    ("doubt", "", "", ""),
    ("suspect", "", "", ""),
    ("wonder", "", "", ""),
    ("plan", "", "planned", "planning"),
    ("intend", "", "", ""),
    ("argue", "", "", ""),
    ("assume", "", "", ""),
    ("understand", "", "understood", ""),
    ("consider", "", "", ""),
    ("acknowledge", "", "", ""),
    ("recognize", "", "", ""),
    ("learn", "", "learned", ""),
    ("realize", "", "", ""),
    ("insist", "", "", ""),
    ("see", "", "saw", ""),
    ("view", "", "", ""),
    ("decide", "", "", ""),
    ("seem", "", "", ""),
    ("appear", "", "", ""),
    ("agree", "", "agreed", "agreeing"),
    ("seek", "", "sought", ""),
    ("favor", "", "", ""),
    ("prefer", "", "preferred", "preferring"),
    ("remember", "", "", ""),
    ("imagine", "", "", ""),
];

const FINDING: &[(&str, &str, &str, &str)] = &[
    ("show", "", "showed", ""),
    ("find", "", "found", ""),
    ("indicate", "", "", ""),
    ("reveal", "", "", ""),
    ("suggest", "", "", ""),
    ("conclude", "", "", ""),
    ("estimate", "", "", ""),
    ("project", "", "", ""),
    ("predict", "", "", ""),
];

/// Verbs whose object is a listener: "told reporters", "assured voters".
const TAKES_OBJECT: &[&str] = &["tell", "inform", "assure", "remind", "advise", "ask"];

/// Verbs that report with a noun phrase only: "called it a fraud", "rejected the plan",
/// "continued to press".
const OBJECT_ONLY: &[&str] = &[
    "accuse", "applaud", "attack", "blame", "blast", "call", "challenge", "cite", "condemn", "continue", "criticise",
    "criticize", "defend", "describe", "discuss", "dismiss", "endorse", "highlight", "lash", "mention", "oppose",
    "praise", "promote", "propose", "question", "recommend", "recount", "refer", "reference", "reject", "repeat",
    "signal", "slam", "support", "tout", "denounce", "express", "echo", "welcome", "back", "favor", "prefer", "hail",
    "mock", "brand", "label", "dub", "portray", "characterize", "credit", "thank", "deride", "liken", "lambaste",
    "exhort", "decry", "assail", "bemoan", "rebuke", "rip", "downplay", "mull", "outline", "retweet", "quote", "order",
    "voice", "request", "champion", "invoke", "unveil", "document", "balk", "rebuff", "rebut", "congratulate",
    "justify", "disavow", "offer", "sound", "nominate",
];

/// Forms of the verbs above that are nearly always another word: "came back", "thanks to",
/// "credit histories", "a brand", "his quotes", "her emails", "in order to", "documents",
/// "an offering", "the sound of"; the verb's other forms ("backed", "thanked", "emailed",
/// "ordered", "offered", "sounded") stay cues.
const NOT_CUE_FORMS: &[&str] = &[
    "back", "thanks", "credit", "brand", "quote", "quotes", "email", "emails", "order", "orders", "voice", "voices",
    "request", "requests", "champion", "champions", "document", "documents", "offer", "offers", "offering", "sound",
    "sounds", "sounding",
];

/// Prepositions after which a verb reports a thing: "called for a ban", "talked about the
/// economy", "shot back that …". A verb in none of the lists above is a cue only before one of its prepositions.
const PHRASAL: &[(&str, &str, &str, &str, &[&str])] = &[
    ("call", "", "", "", &["for", "on"]),
    ("comment", "", "", "", &["on"]),
    ("complain", "", "", "", &["about"]),
    ("warn", "", "", "", &["about", "of", "against"]),
    ("worry", "worries", "worried", "", &["about"]),
    ("argue", "", "", "", &["for", "against"]),
    ("hint", "", "", "", &["at"]),
    ("talk", "", "", "", &["about"]),
    ("speak", "", "spoke", "", &["about", "of"]),
    ("focus", "focuses", "focused", "focusing", &["on"]),
    ("push", "pushes", "", "", &["for"]),
    ("press", "presses", "", "", &["for"]),
    ("plead", "", "", "", &["for"]),
    ("advocate", "", "", "", &["for"]),
    ("rail", "", "", "", &["against"]),
    ("campaign", "", "", "", &["for", "against"]),
    ("refer", "", "referred", "referring", &["to"]),
    ("lay", "lays", "laid", "laying", &["out"]),
    ("touch", "touches", "", "", &["on"]),
    ("shrug", "", "shrugged", "shrugging", &["off"]),
    ("apologize", "", "", "", &["for"]),
    ("vouch", "vouches", "", "", &["for"]),
    ("side", "", "", "", &["with"]),
    ("allude", "", "", "", &["to"]),
    ("react", "", "", "", &["to"]),
    ("single", "", "singled", "singling", &["out"]),
    ("brush", "brushes", "", "", &["off", "aside"]),
    ("point", "", "", "", &["to"]),
    ("shoot", "shoots", "shot", "shooting", &["back"]),
    ("fire", "", "", "", &["back"]),
    ("hit", "hits", "hit", "hitting", &["back"]),
];

fn regular_forms(base: &str) -> [String; 3] {
    let third = if base.ends_with(['s', 'x']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    };
    let (past, ing) = if let Some(stem) = base.strip_suffix('e') {
        (format!("{base}d"), format!("{stem}ing"))
    } else if let Some(stem) = base.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        (format!("{stem}ied"), format!("{base}ing"))
    } else {
        (format!("{base}ed"), format!("{base}ing"))
    };
    [third, past, ing]
}

/// Words looked up without regard to ASCII case and without allocating: a word is hashed as
/// if lowercased and confirmed against its key, held in lower case. Open addressing over a
/// power-of-two table kept at most a quarter full (most words looked up are not held, and a
/// miss probes until an empty slot); the first entry given for a word wins.
pub(crate) struct WordTable<V> {
    slots: Vec<Option<Entry<V>>>,
    /// The shapes of the words held, as (first letter, length) bits: most words looked up
    /// are not held, and this turns nearly all of them away before they are hashed.
    shapes: [u32; 32],
}

/// A word a `WordTable` holds, in lower case, with its value.
struct Entry<V> {
    key: Box<str>,
    value: V,
    /// The key's ends as `folded_ends` reads them, compared before its bytes.
    ends: (u64, u64),
    /// Whether equal ends prove a word the key: a key of at most 16 ASCII small letters (the
    /// ends cover all its bytes, and setting bit 0x20 folds only a letter's capital onto it).
    /// Nearly every key is one, and comparing a found word byte by byte cost most of a hit.
    ends_suffice: bool,
}

impl<V: Copy> WordTable<V> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, V)>) -> Self {
        let entries: Vec<(String, V)> = entries.into_iter().collect();
        let size = (entries.len() * 4).next_power_of_two().max(8);
        let mut table = Self { slots: (0..size).map(|_| None).collect(), shapes: [0; 32] };
        for (word, value) in entries {
            let (row, bit) = shape(word.as_bytes());
            table.shapes[row] |= bit;
            let slot = table.slot(word.as_bytes());
            let key = word.to_ascii_lowercase().into_boxed_str();
            let ends_suffice = key.len() <= 16 && key.bytes().all(|b| b.is_ascii_lowercase());
            table.slots[slot].get_or_insert(Entry { ends: folded_ends(key.as_bytes()), key, value, ends_suffice });
        }
        table
    }

    /// The slot that holds `word`, or the empty one where it would go.
    fn slot(&self, word: &[u8]) -> usize {
        let mask = self.slots.len() - 1;
        let ends = folded_ends(word);
        let mut i = case_blind_hash(word.len(), ends) as usize & mask;
        while let Some(e) = &self.slots[i] {
            // Compared in line: a call to `eq_ignore_ascii_case` made every look-up save six registers.
            if e.key.len() == word.len()
                && e.ends == ends
                && (e.ends_suffice || e.key.bytes().zip(word).all(|(k, w)| k == w.to_ascii_lowercase()))
            {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    pub(crate) fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// `get` for a word's bytes: a caller that holds a token's span slices the text's bytes,
    /// which spares the two checks of a `str` slice that its ends are character boundaries.
    pub(crate) fn get_bytes(&self, word: &[u8]) -> Option<V> {
        let (row, bit) = shape(word);
        if self.shapes[row] & bit == 0 {
            return None;
        }
        self.slots[self.slot(word)].as_ref().map(|e| e.value)
    }
}

/// A word's shape for `WordTable::shapes`: its first byte with case folded (the row) and its
/// length (the bit, lengths from 31 up sharing one).
fn shape(word: &[u8]) -> (usize, u32) {
    let first = word.first().map_or(0, |b| usize::from(b | 0x20) & 31);
    (first, 1 << word.len().min(31))
}

/// The first and the last eight bytes of a word (the last none for a word of at most eight)
/// with bit 0x20 of every byte set, which folds the two cases of a letter together (and some
/// punctuation with digits, which the probe's comparison tells apart).
fn folded_ends(bytes: &[u8]) -> (u64, u64) {
    let load = |chunk: &[u8]| padded_le(chunk) | 0x2020_2020_2020_2020;
    if bytes.len() <= 8 { (load(bytes), 0) } else { (load(&bytes[..8]), load(&bytes[bytes.len() - 8..])) }
}

/// A hash of a word of `len` bytes that ignores ASCII case, from its `folded_ends`: the words
/// looked up are short, and a byte-by-byte hash cost more than the probe.
fn case_blind_hash(len: usize, (head, tail): (u64, u64)) -> u64 {
    let mixed = (head ^ tail.rotate_left(29) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    mixed ^ (mixed >> 32)
}

/// Up to eight bytes as `u64::from_le_bytes` of them padded with zeros. From four bytes on, two
/// loads of four that overlap (their common bytes are the same, so or-ing them is exact): a
/// byte at a time cost most of a look-up, and copying a chunk of unknown length into an array
/// called `memcpy`.
fn padded_le(chunk: &[u8]) -> u64 {
    let n = chunk.len();
    let four = |at: usize| u64::from(u32::from_le_bytes([chunk[at], chunk[at + 1], chunk[at + 2], chunk[at + 3]]));
    if n >= 4 {
        four(0) | four(n - 4) << (8 * (n - 4))
    } else {
        chunk.iter().rev().fold(0, |word, &b| word << 8 | u64::from(b))
    }
}

/// A case-blind set of words, made into a `WordTable` on first use, so that a list can be
/// a `static` where it is consulted: `static SET: WordSet = WordSet::new(&["a", "the"]);`.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    table: OnceLock<WordTable<()>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self { words, table: OnceLock::new() }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// `contains` for a word's bytes, which a caller may cut without the checks of a `str` slice.
    pub(crate) fn contains_bytes(&self, word: &[u8]) -> bool {
        self.table
            .get_or_init(|| WordTable::new(self.words.iter().map(|w| (w.to_string(), ()))))
            .get_bytes(word)
            .is_some()
    }
}

/// A word's readings as a cue: on its own, and, for a verb that reports only through a
/// preposition ("talked about"), before one of its particles.
#[derive(Clone, Copy)]
struct CueReadings {
    alone: Option<Cue>,
    before_particle: Option<Cue>,
}

/// Every cue form in one table, so that a word is looked up once for both readings.
static CUES: LazyLock<WordTable<CueReadings>> = LazyLock::new(|| {
    let mut entries = Vec::new();
    // Speech first: a verb in two lists keeps its speech reading.
    for (class, list) in [(CueClass::Speech, SPEECH), (CueClass::Finding, FINDING), (CueClass::Belief, BELIEF)] {
        for &(base, third, past, ing) in list {
            let takes_object = TAKES_OBJECT.contains(&base);
            let takes_clause = !OBJECT_ONLY.contains(&base);
            let particles = PHRASAL.iter().find(|p| p.0 == base).map_or(&[][..], |p| p.4);
            let finite = Cue { class, form: Form::Finite, takes_object, takes_clause, bare: false, particles };
            let forms = cue_forms((base, third, past, ing), finite);
            entries.extend(forms.into_iter().filter(|(w, _)| !NOT_CUE_FORMS.contains(&w.as_str())));
        }
    }
    let is_cue = |base: &str| entries.iter().any(|(w, _): &(String, Cue)| w == base);
    let phrasal_only: Vec<(String, Cue)> = PHRASAL
        .iter()
        .filter(|p| !is_cue(p.0))
        .flat_map(|&(base, third, past, ing, particles)| {
            let finite = Cue {
                class: CueClass::Speech,
                form: Form::Finite,
                takes_object: false,
                takes_clause: false,
                bare: false,
                particles,
            };
            cue_forms((base, third, past, ing), finite)
        })
        .collect();
    let alone = entries.into_iter().map(|(w, c)| (w, CueReadings { alone: Some(c), before_particle: None }));
    let before_particle =
        phrasal_only.into_iter().map(|(w, c)| (w, CueReadings { alone: None, before_particle: Some(c) }));
    WordTable::new(alone.chain(before_particle))
});

/// The four forms of a verb (base, third person, past, participle-ing; empty slots derived)
/// with the cue each is, given its finite reading.
fn cue_forms((base, third, past, ing): (&str, &str, &str, &str), finite: Cue) -> [(String, Cue); 4] {
    let [r3, rp, ri] = regular_forms(base);
    let pick = |given: &str, derived: String| if given.is_empty() { derived } else { given.to_string() };
    [
        (base.to_string(), Cue { bare: true, ..finite }),
        (pick(third, r3), finite),
        (pick(past, rp), finite),
        (pick(ing, ri), Cue { form: Form::Participle, ..finite }),
    ]
}

/// The lengths of the shortest and longest cue forms ("say", "characterizing").
const MIN_CUE_LEN: usize = 3;
const MAX_CUE_LEN: usize = 14;

/// The cue reading of a word, if it is a reporting verb form.
pub fn cue(word: &str) -> Option<Cue> {
    // Most words can be turned away by length alone.
    if !(MIN_CUE_LEN..=MAX_CUE_LEN).contains(&word.len()) {
        return None;
    }
    CUES.get(word)?.alone
}

/// The cue reading of the word at position `at` of a sentence (or of the stretch read): a
/// capitalised cue after the first word is part of a name ("the United States", "Editor's
/// Note", "The Post").
pub fn cue_at(word: &str, at: usize) -> Option<Cue> {
    if at > 0 && is_capitalized(word) {
        return None;
    }
    cue(word)
}

/// The shapes of the cue forms (either reading) as bits of length by first, second and last
/// letter (case folded, as `shape` folds them): a finer sieve than a table's own, for the scan
/// of every word of every sentence (on polnear-dev the first and last letter alone let 37,124
/// words through to the table, the second letter too 16,662).
static CUE_SHAPES: LazyLock<CueSieve> = LazyLock::new(|| {
    let mut shapes = Box::new([0; SHAPE_ROWS]);
    for e in CUES.slots.iter().flatten() {
        let (row, bit) = cue_shape(&e.key);
        shapes[row] |= bit;
    }
    CueSieve(shapes)
});

/// Rows of `CUE_SHAPES`, one for each first, second and last letter folded to five bits: a
/// row read is in bounds by its type, with no check at each word.
const SHAPE_ROWS: usize = 32 * 32 * 32;

/// The sieve of cue forms by their shape, `CUE_SHAPES`.
pub struct CueSieve(Box<[u32; SHAPE_ROWS]>);

impl CueSieve {
    /// Whether `word` may be a cue form, told by its first, second and last letter and its
    /// length alone: false for most words, which a sentence's scan for cues thus passes
    /// without looking them up.
    pub fn passes(&self, word: &str) -> bool {
        let (row, bit) = cue_shape(word);
        self.0[row] & bit != 0
    }
}

/// The sieve of cue forms, taken once by a scan that asks it of every word, not through the
/// lazy static at each.
pub fn cue_sieve() -> &'static CueSieve {
    &CUE_SHAPES
}

/// A word's row in `CUE_SHAPES` (its first, second and last byte with case folded, as in
/// `shape`) and its length as a bit.
fn cue_shape(word: &str) -> (usize, u32) {
    let bytes = word.as_bytes();
    let fold = |b: Option<&u8>| b.map_or(0, |b| usize::from(b | 0x20) & 31);
    let row = (fold(bytes.first()) * 32 + fold(bytes.get(1))) * 32 + fold(bytes.last());
    (row, 1 << word.len().min(31))
}

/// The cue reading of the word at position `at` before the words `next` and `then`: a verb
/// that reports only through a preposition ("talked about", "focused on") counts before it;
/// "back" reports no claim before the manner of the reply ("shot back in a statement", "fired
/// back with a post").
pub fn cue_before(word: &str, next: Option<&str>, then: Option<&str>, at: usize) -> Option<Cue> {
    if at > 0 && is_capitalized(word) {
        return None;
    }
    let readings = CUES.get(word)?;
    readings.alone.or_else(|| {
        let c = readings.before_particle?;
        let particle = lower(next?);
        let manner = particle == "back" && then.is_some_and(|w| matches!(w, "in" | "with"));
        (c.particles.contains(&particle.as_ref()) && !manner).then_some(c)
    })
}

/// Forms of "offer", whose infinitive object is a deed offered, not a claim ("offered to run
/// a reading club"); its noun object is one ("offered an apology").
pub fn offers_deed(word: &str) -> bool {
    matches!(lower(word).as_ref(), "offer" | "offers" | "offered" | "offering")
}

/// Forms of "help", "let" and "make", after which (and their object) a verb's bare form is an
/// infinitive, not a finite verb ("to help encourage delegates", "let voters decide").
pub fn takes_bare_infinitive(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "help" | "helps" | "helped" | "helping" | "let" | "lets" | "letting" | "make" | "makes" | "made" | "making"
    )
}

/// Forms of "continue", which before "to" and a verb of speech only say that the speaking
/// goes on ("continues to insist that …"): that verb reports.
pub fn is_continue(word: &str) -> bool {
    matches!(lower(word).as_ref(), "continue" | "continues" | "continued" | "continuing")
}

/// Forms of "seem" and "appear", which give the writer's impression of their subject ("Trump
/// seemed to retreat"), unless a speech verb follows ("appeared to suggest").
pub fn is_impression_verb(word: &str) -> bool {
    matches!(lower(word).as_ref(), "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared")
}

/// Cue participles that are as often nouns: "a strong showing", "additional reporting".
pub fn is_ing_noun(word: &str) -> bool {
    matches!(lower(word).as_ref(), "showing" | "reporting" | "finding" | "warning")
}

/// Prepositions and conjunctions before a gerund that takes the sentence's subject: "after
/// seeking", "despite saying", "by calling".
pub fn opens_gerund(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "after" | "before" | "by" | "despite" | "while" | "without" | "since" | "when" | "besides"
    )
}

/// Abbreviated titles that stand before a name ("Sen.", "Dr.", "Messrs."): a sentence never
/// ends after one, as a name follows.
static ABBREVIATED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "sens", "rep", "reps", "gov", "gen", "gens", "lt", "col", "capt", "sgt",
    "maj", "adm", "cmdr", "prof", "rev", "pres", "atty", "supt", "asst", "amb", "msgr", "insp", "hon", "messrs",
];

/// Words written with a period that need not end a sentence: abbreviated titles, name
/// suffixes, months, company forms and shorthands ("Jr.", "Jan.", "Inc.", "etc."). Case-blind
/// tables, as the tokenizer and the sentence splitter ask at every period. "No." is one only
/// before a number, `abbreviates_number`.
pub fn is_abbreviation(word: &str) -> bool {
    static OTHERS: WordSet = WordSet::new(&[
        "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
        "dec", "ave", "dept", "fig", "approx", "est", "e.g", "i.e", "etc", "mt", "ft", "del",
    ]);
    is_abbreviated_title(word) || OTHERS.contains(word)
}

/// Whether `word` (without its period) abbreviates "number" ("No. 2", "Nos. 3 and 4"): the
/// period is the word's only before a number, and "said no." ends its sentence.
pub fn abbreviates_number(word: &str) -> bool {
    word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos")
}

/// Whether `word` (without its period) is an abbreviated title ("Sen", "DR").
pub fn is_abbreviated_title(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ABBREVIATED_TITLES);
    SET.contains(word)
}

/// A particle written in lower case inside a surname: "Charles de Gaulle", "Ursula von der
/// Leyen", "Osama bin Laden", "Luiz Inácio Lula da Silva". Capitalised at a sentence's start
/// ("De Vries said"), so asked of a lower-cased word where it may open one.
pub fn is_surname_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "del"
            | "della"
            | "der"
            | "den"
            | "di"
            | "da"
            | "das"
            | "dos"
            | "du"
            | "van"
            | "von"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "ter"
            | "ten"
            | "zu"
    )
}

/// Honorifics that stand right before a surname: "Mr.", "Mrs.", "Ms.", "Dr.".
pub fn is_honorific(word: &str) -> bool {
    // A case-blind table: the mention rules ask of most capitalised words, which `lower` copies.
    static SET: WordSet = WordSet::new(&["mr", "mrs", "ms", "dr", "miss", "mx"]);
    SET.contains_bytes(without_final_periods(word))
}

/// An honorific or a title: a word that may stand before a person's name ("Mr.", "Sen.",
/// "President").
pub fn is_honorific_or_title(word: &str) -> bool {
    is_honorific(word) || is_title(word)
}

/// Words that stand before a name as a title or role ("Deputy", "Sen.", "nominee").
pub fn is_title(word: &str) -> bool {
    is_listed_title(word) || is_demonym(word)
}

fn is_listed_title(word: &str) -> bool {
    static SET: WordSet = WordSet::new(TITLES);
    let bare = without_final_periods(word);
    // "Del." is a delegate, "Del Beccaro" a surname: a title only with its period.
    SET.contains_bytes(bare) || bare.len() < word.len() && bare.eq_ignore_ascii_case(b"del")
}

/// A word's bytes without the periods that end it ("Sen." → "Sen"), found byte by byte: titles
/// and honorifics are looked up at most capitalised words, where `trim_end_matches` decoded
/// characters.
fn without_final_periods(word: &str) -> &[u8] {
    let bytes = word.as_bytes();
    &bytes[..bytes.iter().rposition(|&b| b != b'.').map_or(0, |i| i + 1)]
}

/// Whether word `i` of a capitalised run is a title there. A word only shaped like a
/// nationality is a first name or a surname next to a name word ("Brian Fallon", "Craig
/// Minassian"); "Russian President" and "the Russian" keep it a title. A title that is also a
/// surname ends a run after a common first name as a surname ("Larry King", "John Major"):
/// titles go before names.
pub fn is_title_in_run(words: &[&str], i: usize) -> bool {
    let word = words[i];
    if is_listed_title(word) {
        // "Peter T. King of New York": last, or before the place it is of, after a first name
        // or an initial.
        let surname = (i + 1 == words.len() || words[i + 1] == "of")
            && i > 0
            && matches!(
                lower(word).as_ref(),
                "bishop"
                    | "chancellor"
                    | "coach"
                    | "general"
                    | "judge"
                    | "king"
                    | "major"
                    | "pope"
                    | "prince"
                    | "sheriff"
                    | "speaker"
            )
            && (first_name_gender(words[i - 1]).is_some() || is_initial(words[i - 1]));
        return !surname;
    }
    if !is_demonym(word) {
        return false;
    }
    // "Brian Deese": a common first name is a name word even when shaped like a nationality.
    let name_word = |w: &&str| {
        is_capitalized(w)
            && (!is_title(w) || !is_listed_title(w) && first_name_gender(w).is_some())
            && !is_honorific(w)
            && !is_org_word(w)
            && !is_country(w)
    };
    if first_name_gender(word).is_some() && words.get(i + 1).is_some_and(|w| is_capitalized(w)) {
        return false;
    }
    let next = words.get(i + 1);
    let prev = i.checked_sub(1).and_then(|p| words.get(p));
    !(next.is_some_and(name_word) || prev.is_some_and(name_word))
}

const TITLES: &[&str] = &[
    "acting", "actor", "actress", "adm", "administrator", "adviser", "advisor", "agent", "aide", "alderman",
    "alderwoman", "amb", "ambassador", "analyst", "anchor", "archbishop", "architect", "artist", "assemblyman",
    "assemblywoman", "assistant", "associate", "asst", "attorney", "atty", "author", "billionaire", "biologist",
    "bishop", "blogger", "boss", "brig", "businessman", "businesswoman", "campaigner", "candidate", "capt", "captain",
    "cardinal", "ceo", "cfo", "chair", "chairman", "chairwoman", "challenger", "chancellor", "chief", "cmdr",
    "co-anchor", "co-chair", "co-founder", "co-moderator", "coach", "col", "colonel", "columnist", "comedian",
    "commander", "commander-in-chief", "commentator", "commissioner", "committeeman", "committeewoman", "comptroller",
    "congressman", "congresswoman", "consultant", "coo", "correspondent", "councillor", "councilman", "councilmember",
    "councilor", "councilwoman", "counsel", "cpl", "defence", "defense", "delegate", "democrat", "democratic",
    "deputy", "designer", "detective", "director", "dr", "economist", "editor", "emeritus", "engineer", "entrepreneur",
    "envoy", "epidemiologist", "executive", "expert", "filmmaker", "first", "foreign", "former", "founder", "gen",
    "general", "gop", "gov", "governor", "govs", "head", "historian", "host", "insp", "investor", "journalist",
    "judge", "justice", "king", "lawmaker", "lawyer", "leader", "lobbyist", "lt", "maj", "major", "manager", "mayor",
    "member", "minister", "moderator", "mr", "mrs", "ms", "msgr", "musician", "nominee", "novelist", "officer",
    "official", "organiser", "organizer", "pastor", "photographer", "physician", "physicist", "playwright", "poet",
    "pollster", "pope", "premier", "pres", "president", "president-elect", "presidential", "press", "prime", "prince",
    "princess", "principal", "producer", "prof", "professor", "prosecutor", "psychologist", "pundit", "queen", "rabbi",
    "recorder", "rep", "reporter", "representative", "reps", "republican", "researcher", "rev", "rival", "scientist",
    "sculptor", "sec", "secretary", "secretary-general", "sen", "senate", "senator", "senators", "senior", "sens",
    "sergeant", "sgt", "sheriff", "sir", "sociologist", "speaker", "spokesman", "spokesperson", "spokeswoman", "state",
    "strategist", "superintendent", "supervisor", "supt", "surgeon", "treasurer", "trustee", "vice", "volunteer",
    "whip", "writer",
];

/// A title's full word for its abbreviation ("sen" is "senator", "gop" is "republican"), so
/// that a title and a later description of the same person meet.
pub fn title_in_full(word: &str) -> &str {
    match word {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "sec" => "secretary",
        "gen" => "general",
        "pres" => "president",
        "del" => "delegate",
        "atty" => "attorney",
        "asst" => "assistant",
        "amb" => "ambassador",
        "supt" => "superintendent",
        "gop" => "republican",
        other => other,
    }
}

/// Nouns that name one person by the office or part they hold, so that "the nominee" or "the
/// senator" is someone the article has named ("the spokesman", someone else's voice, is not).
pub fn is_person_role(word: &str) -> bool {
    matches!(
        word,
        "senator"
            | "candidate"
            | "nominee"
            | "governor"
            | "president"
            | "secretary"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "mayor"
            | "businessman"
            | "businesswoman"
            | "billionaire"
            | "mogul"
            | "magnate"
            | "front-runner"
            | "frontrunner"
            | "minister"
            | "chancellor"
            | "premier"
            | "representative"
            | "ambassador"
            | "chairman"
            | "chairwoman"
            | "lady"
            | "hopeful"
            | "contender"
            | "incumbent"
            | "challenger"
            | "democrat"
            | "republican"
            | "president-elect"
            | "prosecutor"
            | "commissioner"
    )
}

/// "Russian", "American", "Chinese": nationality words that start a title run.
fn is_demonym(word: &str) -> bool {
    is_capitalized(word)
        && word.len() > 4
        && (word.ends_with("ian") || word.ends_with("ese") || word.ends_with("ish") || word.ends_with("can"))
}

/// "Americans", "Russians", "Syrians": a people, which names no one person.
pub fn is_plural_demonym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(is_demonym)
}

/// Words that make a name an organisation ("Institute", "Times", "Campaign").
pub fn is_org_word(word: &str) -> bool {
    static SET: WordSet = WordSet::new(ORG_WORDS);
    SET.contains(word)
}

const ORG_WORDS: &[&str] = &[
    "abc", "academy", "administration", "afp", "agency", "airlines", "airways", "alliance", "ap", "army", "associated",
    "association", "authority", "bank", "bbc", "bloomberg", "board", "bureau", "buzzfeed", "campaign", "caucus", "cbs",
    "center", "centre", "church", "cia", "club", "cnn", "co", "co.", "coalition", "college", "commission", "committee",
    "communications", "companies", "company", "congress", "corp", "corp.", "corporation", "council", "court", "daily",
    "democrats", "department", "electric", "enterprises", "facebook", "fbi", "fed", "federation", "forbes", "force",
    "forces", "foundation", "fox", "fund", "gazette", "government", "group", "guardian", "herald", "holdings",
    "hospital", "house", "inc", "inc.", "industries", "institute", "institution", "insurance", "journal", "kremlin",
    "laboratories", "league", "lines", "ltd", "magazine", "media", "ministry", "motors", "msnbc", "nations", "navy",
    "nbc", "network", "news", "npr", "office", "organisation", "organization", "parliament", "partners", "party",
    "pentagon", "pharmaceuticals", "police", "politico", "poll", "post", "press", "program", "project", "railroad",
    "railways", "republicans", "reuters", "school", "senate", "service", "shipping", "society", "survey", "systems",
    "tass", "team", "technologies", "telegraph", "times", "tribune", "trust", "twitter", "union", "university",
    "watch", "xinhua",
];

/// Nouns that call what they stand before an organisation ("the activist *group* Mosul Eye",
/// "the law *firm* Jones Day", "tech *giant* Apple"), in lower case: kinds of organisation,
/// not the words of organisations' names, some of which are common nouns too ("at times").
pub fn is_organization_noun(word: &str) -> bool {
    static KINDS: WordSet = WordSet::new(&[
        "agency", "alliance", "association", "automaker", "bank", "band", "broadcaster", "chain", "charity",
        "coalition", "committee", "company", "conglomerate", "corporation", "firm", "foundation", "fund", "giant",
        "group", "institute", "insurer", "lender", "lobby", "magazine", "manufacturer", "network", "newspaper",
        "nonprofit", "organisation", "organization", "outlet", "party", "publisher", "retailer", "startup", "union",
        "watchdog", "website",
    ]);
    KINDS.contains(word)
}

/// Countries and blocs that speak through their governments ("China … saying").
pub fn is_country(name: &str) -> bool {
    // The case-blind table turns most words away without a comparison; the list then holds
    // the exact spelling ("US", not "us").
    static TABLE: WordSet = WordSet::new(COUNTRIES);
    TABLE.contains(name) && COUNTRIES.binary_search(&name).is_ok()
}

const COUNTRIES: &[&str] = &[
    "Afghanistan", "America", "Argentina", "Australia", "Austria", "Bangladesh", "Belarus", "Belgium", "Brazil",
    "Britain", "Canada", "Chile", "China", "Colombia", "Cuba", "Denmark", "Egypt", "Ethiopia", "Europe", "France",
    "Germany", "Greece", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan",
    "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Lebanon", "Libya", "Malaysia", "Mexico", "Moscow", "Myanmar", "NATO",
    "Netherlands", "Nigeria", "Norway", "Pakistan", "Palestine", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Saudi Arabia", "Serbia", "Singapore", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland",
    "Syria", "Taiwan", "Thailand", "Turkey", "U.K.", "U.N.", "U.S.", "UK", "UN", "US", "Ukraine", "Venezuela",
    "Vietnam", "Washington", "Yemen",
];

/// A word without a contracted auxiliary: "he" of "he's", "they" of "they’re".
pub fn without_auxiliary(word: &str) -> &str {
    // Most words end in no auxiliary's last letter: turned away on one byte.
    if !word.ends_with(['s', 'e', 'm']) {
        return word;
    }
    ["'s", "\u{2019}s", "'re", "\u{2019}re", "'ve", "\u{2019}ve", "'m", "\u{2019}m"]
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .unwrap_or(word)
}

/// Personal pronouns that can stand for a speaker. Six words of one to four letters,
/// compared directly (case-blind): asked of nearly every word a mention may start at, where a
/// table's hash and probe cost more.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    match word.len() {
        1 if is("i") => Some(Pronoun::First),
        2 if is("he") => Some(Pronoun::He),
        2 if is("it") => Some(Pronoun::It),
        2 if is("we") => Some(Pronoun::First),
        3 if is("she") => Some(Pronoun::She),
        4 if is("they") => Some(Pronoun::They),
        _ => None,
    }
}

/// The pronoun a possessive determiner stands for: "her remark" is what she said.
pub fn possessive_pronoun(word: &str) -> Option<Pronoun> {
    let owner = ["his", "her", "their", "its", "my", "our"].iter().position(|p| lower(word) == *p)?;
    pronoun(["he", "she", "they", "it", "i", "we"][owner])
}

/// The gender a pronoun, a title or a first name gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Pronoun {
    /// The gender of "he" and "she".
    pub fn gender(self) -> Option<Gender> {
        match self {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        }
    }
}

/// The gender a lowercase word of a title or description gives ("mrs", "congresswoman",
/// "mr", "spokesman").
pub fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "mrs" | "ms" | "miss" | "madam" | "lady" | "wife" | "mother" | "daughter" | "sister" | "grandmother"
        | "widow" | "actress" | "congresswoman" | "spokeswoman" | "chairwoman" | "businesswoman" | "councilwoman"
        | "assemblywoman" | "alderwoman" | "anchorwoman" | "queen" | "princess" => Some(Gender::Female),
        "mr" | "husband" | "father" | "son" | "brother" | "grandfather" | "widower" | "actor" | "congressman"
        | "spokesman" | "businessman" | "councilman" | "assemblyman" | "alderman" | "anchorman" | "king" | "prince" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// A middle initial: "T." of "Peter T. King".
pub fn is_initial(word: &str) -> bool {
    matches!(word.as_bytes(), [letter, b'.'] if letter.is_ascii_uppercase())
}

/// The gender of a common English first name, when it is nearly always one.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    // A case-blind table, not a lowercase copy searched in two lists: every new person's
    // first name is looked up, and most are in neither list.
    static TABLE: LazyLock<WordTable<Gender>> = LazyLock::new(|| {
        let female = FEMALE_FIRST_NAMES.iter().map(|&n| (n.to_string(), Gender::Female));
        let male = MALE_FIRST_NAMES.iter().map(|&n| (n.to_string(), Gender::Male));
        WordTable::new(female.chain(male))
    });
    TABLE.get(name)
}

/// Common women's first names, sorted.
const FEMALE_FIRST_NAMES: &[&str] = &[
    "abby", "abigail", "alexandra", "alexis", "alice", "alicia", "alison", "allison", "alyssa", "amanda", "amber",
    "amy", "andrea", "angela", "anita", "ann", "anna", "anne", "annie", "april", "ashley", "audrey", "barbara",
    "becky", "beth", "betsy", "betty", "beverly", "bonnie", "brenda", "brittany", "candace", "carly", "carmen",
    "carol", "caroline", "carolyn", "cassandra", "catherine", "cathy", "charlotte", "chelsea", "cheryl", "christina",
    "christine", "cindy", "claire", "colleen", "condoleezza", "connie", "courtney", "crystal", "cynthia", "danielle",
    "dawn", "deb", "debbie", "deborah", "debra", "denise", "diana", "diane", "dolores", "donna", "doris", "dorothy",
    "edith", "eileen", "elaine", "eleanor", "elena", "elise", "elizabeth", "ellen", "emily", "emma", "erica", "erin",
    "esther", "eva", "evelyn", "felicia", "florence", "gabrielle", "gail", "gina", "gladys", "gloria", "grace",
    "gretchen", "gwen", "hannah", "heather", "helen", "hillary", "holly", "huma", "irene", "isabel", "isabella",
    "ivanka", "jacqueline", "jane", "janet", "janice", "jasmine", "jeanine", "jeanne", "jen", "jenna", "jennifer",
    "jenny", "jessica", "jill", "joan", "joanne", "jocelyn", "josephine", "joy", "joyce", "judith", "judy", "julia",
    "julie", "justine", "kamala", "kara", "karen", "kate", "katherine", "kathleen", "kathy", "katie", "katrina",
    "kayla", "kelly", "kellyanne", "kimberly", "kirsten", "kristen", "kristin", "laura", "lauren", "leah", "lillian",
    "linda", "lisa", "liz", "lois", "loretta", "lori", "lorraine", "louise", "lucy", "lydia", "lynn", "madeline",
    "maggie", "marcia", "margaret", "margarita", "maria", "marie", "marilyn", "marjorie", "marsha", "martha", "mary",
    "maureen", "maxine", "meg", "megan", "megyn", "melania", "melanie", "melissa", "mia", "michele", "michelle",
    "mildred", "miranda", "molly", "monica", "nadia", "nancy", "naomi", "natalie", "natasha", "nicole", "nikki",
    "nina", "nora", "norma", "olivia", "omarosa", "oprah", "paige", "pam", "pamela", "patricia", "patty", "paula",
    "pauline", "peggy", "penny", "phyllis", "priscilla", "rachel", "rebecca", "renee", "rhonda", "rita", "roberta",
    "rosa", "rose", "rosemary", "roxanne", "ruth", "sabrina", "sally", "samantha", "sandra", "sara", "sarah",
    "shannon", "sharon", "sheila", "shirley", "sonia", "sophia", "stacy", "stephanie", "sue", "susan", "suzanne",
    "sylvia", "tamara", "tammy", "tanya", "tara", "teresa", "theresa", "tiffany", "tina", "tulsi", "valerie",
    "vanessa", "vera", "veronica", "vicki", "victoria", "virginia", "vivian", "wanda", "wendy", "yvonne", "zoe",
];

/// Common men's first names, sorted.
const MALE_FIRST_NAMES: &[&str] = &[
    "aaron", "adam", "al", "alan", "albert", "alexander", "alfred", "allen", "alvin", "andrew", "andy", "anthony",
    "arnold", "arthur", "austin", "barack", "barry", "ben", "benjamin", "bernard", "bernie", "bill", "billy", "bob",
    "bobby", "brad", "bradley", "brandon", "brent", "brett", "brian", "bruce", "bryan", "calvin", "carl", "carlos",
    "chad", "charles", "charlie", "chris", "christopher", "chuck", "clarence", "clifford", "cody", "colin", "corey",
    "craig", "curtis", "dan", "daniel", "danny", "darrell", "dave", "david", "dean", "del", "dennis", "derek", "dick",
    "don", "donald", "donnie", "doug", "douglas", "duane", "dustin", "dwight", "earl", "eddie", "edward", "edwin",
    "elijah", "elliot", "eric", "ernest", "eugene", "evan", "frank", "fred", "gabriel", "gary", "gene", "george",
    "gerald", "glenn", "gordon", "grant", "greg", "gregory", "hank", "harold", "harry", "henry", "herbert", "howard",
    "ian", "isaac", "jack", "jacob", "jake", "james", "jared", "jason", "jay", "jeb", "jeff", "jeffrey", "jeremy",
    "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "joshua",
    "juan", "justin", "karl", "keith", "ken", "kenneth", "kenny", "kevin", "kurt", "kyle", "lance", "larry",
    "lawrence", "leon", "leonard", "lewis", "lloyd", "louis", "lucas", "luis", "luke", "marco", "marcus", "mario",
    "mark", "martin", "marvin", "matt", "matthew", "maurice", "max", "melvin", "micah", "michael", "mike", "mitch",
    "mitt", "nathan", "neil", "newt", "nicholas", "nick", "noah", "norman", "oliver", "oscar", "owen", "patrick",
    "paul", "peter", "phil", "philip", "phillip", "ralph", "rand", "randy", "ray", "raymond", "reggie", "reince",
    "rex", "richard", "rick", "rob", "robert", "rod", "rodney", "roger", "ron", "ronald", "ross", "roy", "rudy",
    "russ", "russell", "ryan", "sam", "samuel", "scott", "sean", "seth", "shawn", "sidney", "spencer", "stanley",
    "stephen", "steve", "steven", "stuart", "ted", "theodore", "thomas", "tim", "timothy", "todd", "tom", "tony",
    "travis", "trevor", "troy", "tyler", "van", "vernon", "victor", "vincent", "vladimir", "wade", "walter", "warren",
    "wayne", "wesley", "william", "willie", "zachary",
];

/// A pronoun's reference class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    First,
}

/// Cue words that are as often common nouns ("the swing state", "her remarks", "his
/// plans"), in the bare or the plural form.
pub fn is_noun_like_cue(word: &str) -> bool {
    // Told by its length first, as every cue word is asked: only ASCII lowers to these, and
    // the Kelvin sign (three bytes) to the "k" of "remarks".
    if !(4..=9).contains(&word.len()) {
        return false;
    }
    let lower = lower(word);
    matches!(
        lower.strip_suffix('s').unwrap_or(&lower),
        "state" | "remark" | "comment" | "plan" | "point" | "report" | "call"
    )
}

/// Documents whose words are their owner's ("the study found", "a Times article"). The
/// statistics' sources keep a list of their own: research a figure is found in.
pub const DOCUMENT_NOUNS: &[&str] = &[
    "study", "report", "poll", "survey", "statement", "ruling", "article", "analysis", "letter", "memo", "complaint",
    "editorial", "lawsuit", "filing", "audit",
];

/// Whether a word names a document; a plain comparison, as "the report" scans the words of
/// the paragraphs before it.
pub fn is_document_noun(word: &str) -> bool {
    (4..=9).contains(&word.len()) && DOCUMENT_NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n))
}

/// Words that open a noun phrase: "the", "a", "another", "his".
pub fn is_determiner(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "the", "a", "an", "another", "some", "many", "most", "several", "his", "her", "their", "its", "this", "that",
        "these", "those", "one", "two", "three", "other", "both", "few", "all", "our", "my", "no", "each", "every",
        "any", "more", "top",
    ]);
    SET.contains(word)
}

/// Verbs of utterance, in lower case, that attribute a quotation beside them but report no
/// clause, so they are no cues ("\"…!\" she exclaimed", "the sign reads").
pub fn is_utterance_verb(lower: &str) -> bool {
    matches!(
        lower,
        "exclaimed"
            | "exclaims"
            | "cried"
            | "cries"
            | "screamed"
            | "screams"
            | "wondered"
            | "wonders"
            | "beamed"
            | "gushed"
            | "snapped"
            | "fumed"
            | "sighed"
            | "laughed"
            | "scoffed"
            | "marveled"
            | "deadpanned"
            | "pleaded"
            | "read"
            | "reads"
    )
}

/// Whether `word` is a generational suffix that follows a surname ("Jr.", "Sr.", "III").
pub fn is_name_suffix(word: &str) -> bool {
    matches!(lower(word.trim_end_matches('.')).as_ref(), "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Nouns of family ("Bennett's younger sister", "Schilling's son"): after a possessive name,
/// the relative owned, not the owner, is who speaks.
pub fn is_kin_word(word: &str) -> bool {
    matches!(
        word,
        "wife"
            | "husband"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "sister"
            | "brother"
            | "father"
            | "mother"
            | "parents"
            | "family"
            | "widow"
            | "children"
            | "niece"
            | "nephew"
            | "cousin"
            | "spouse"
    )
}

/// Whether `word`, after `previous`, names a family tie (lower case): a noun of family, or
/// "first lady", the wife of a leader ("the first lady, Michelle Obama").
pub fn is_family_tie(previous: &str, word: &str) -> bool {
    is_kin_word(word) || previous == "first" && word == "lady"
}

/// Parts of a day that follow its name ("Tuesday night", "this morning").
pub fn is_part_of_day(word: &str) -> bool {
    matches!(word, "night" | "morning" | "afternoon" | "evening")
}

/// Words of time that may follow a cue before any clause: "said Friday", "said last week".
pub fn is_time_word(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "today"
            | "yesterday"
            | "tonight"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "recently"
            | "again"
            | "repeatedly"
            | "previously"
            | "once"
            | "twice"
            | "then"
            | "now"
            | "jan"
            | "feb"
            | "aug"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Nouns that name a stretch of time after "this", "last" or a day ("last *week*", "Monday
/// *night*"): with them a phrase of time, not a clause, follows a cue.
pub fn is_time_noun(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "day" | "night" | "week" | "weekend" | "month" | "year" | "morning" | "evening" | "afternoon"
    )
}

/// Where words are said or written: "in a *statement*", "on *Twitter*", "at a *briefing*".
pub fn is_medium(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "book"
            | "interview"
            | "letter"
            | "email"
            | "e-mail"
            | "tweet"
            | "post"
            | "speech"
            | "twitter"
            | "facebook"
            | "instagram"
            | "video"
            | "op-ed"
            | "release"
            | "briefing"
            | "call"
            | "conference"
            | "rally"
            | "debate"
            | "remarks"
            | "radio"
            | "television"
            | "podcast"
            | "memo"
            | "filing"
            | "message"
    )
}

/// Words that open a reported question: "asked whether …", "told voters how he …".
pub fn opens_question(word: &str) -> bool {
    static SET: WordSet =
        WordSet::new(&["whether", "if", "what", "who", "whom", "which", "why", "how", "where", "when"]);
    SET.contains(word)
}

/// Relative pronouns that can stand for a speaker: "Cruz, *who* said", "a poll *which* found".
pub fn is_relative_pronoun(word: &str) -> bool {
    // Told by its length first: only ASCII lowers to these.
    matches!(word.len(), 3 | 5) && matches!(lower(word).as_ref(), "who" | "which")
}

/// Words that name a part of a group before "of whom" or "of which": "families, *many* of whom
/// say …", "polls, *two* of which found …".
pub fn is_partitive(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "many", "some", "most", "all", "several", "both", "few", "half", "each", "one", "two", "three", "dozens",
        "hundreds", "thousands", "millions",
    ]);
    SET.contains(word)
}

/// A word that opens a relative clause after a comma: a relative pronoun, or "where" or
/// "when" ("…, where he is a paid contributor, …").
pub fn opens_relative_clause(word: &str) -> bool {
    is_relative_pronoun(word) || matches!(word, "where" | "when")
}

/// "a" or "an", in any case: a phrase it opens introduces someone ("A former chairman") or
/// modifies a noun ("a Donald Trump tweet").
pub fn is_indefinite_article(word: &str) -> bool {
    word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")
}

/// Words that open a phrase about someone not met before: "a", "an", "one", "another" ("one
/// campaign aide", "another supporter"), in any case.
pub fn is_indefinite(word: &str) -> bool {
    is_indefinite_article(word) || word.eq_ignore_ascii_case("one") || word.eq_ignore_ascii_case("another")
}

/// Articles and possessive determiners, after which no verb stands: "the", "an", "his".
pub fn is_article(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);
    SET.contains(word)
}

/// Words that never belong to a speaker phrase (they end the walk back from a cue).
pub fn is_phrase_breaker(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "as",
        "than", "so", "to", "in", "on", "at", "for", "with", "by", "from", "of", "about", "is", "was", "are", "were",
        "be", "been", "not", "after", "before", "since", "what", "how", "why", "into", "over", "under", "against",
        "during", "through", "also", "just", "even", "said", "says", "told", "there", "here", "then", "now", "it's",
    ]);
    SET.contains(word)
}

/// The forms of "be" that make a passive: "is expected", "was backed by".
pub fn is_passive_be(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&["is", "are", "was", "were", "be", "been", "being"]);
    SET.contains(word)
}

/// Days a time said beside a verb names: "Trump on Tuesday said", "the board said yesterday".
pub fn is_day(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    ]);
    SET.contains(word)
}

/// Adjectives of a stance a clause with "that" follows: "convinced that", "confident that".
pub fn is_stance_adjective(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "convinced", "confident", "optimistic", "hopeful", "adamant", "sure", "certain", "aware", "worried",
        "concerned", "skeptical", "doubtful", "insistent", "pleased", "upset", "disappointed", "angry", "proud",
    ]);
    SET.contains(word)
}

/// Nouns of saying or believing a clause with "that" follows: "her claim that", "fears that".
pub fn is_stance_noun(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "claim", "claims", "suggestion", "suggestions", "allegation", "allegations", "complaint", "complaints",
        "concern", "concerns", "fear", "fears", "belief", "argument", "assertion", "insistence", "assumption",
        "notion", "warning", "warnings", "assurance", "assurances", "accusation", "accusations", "speculation",
        "rumor", "rumors", "revelation", "revelations", "admission", "contention", "charge", "criticism", "demand",
        "prediction", "conviction", "reminder",
    ]);
    SET.contains(word)
}

/// Connectives that may open a sentence before its subject: "But", "Still", "Meanwhile".
pub fn is_connective(word: &str) -> bool {
    static SET: WordSet =
        WordSet::new(&["but", "and", "so", "yet", "still", "now", "also", "meanwhile", "however", "instead"]);
    SET.contains(word)
}

/// Words that open an introductory phrase closed by a comma before the subject ("In January,
/// Russia agreed", "Speaking Friday, Smith said").
pub fn opens_introduction(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "in", "on", "at", "after", "alongside", "during", "since", "when", "while", "as", "for", "with", "despite",
        "last", "earlier", "later", "like", "unlike", "amid", "before", "by", "under", "over", "from", "to", "if",
        "although", "though", "because", "speaking", "asked", "writing", "separately", "previously", "recently",
        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "still",
        "meanwhile", "however", "but", "and", "yet", "instead",
    ]);
    SET.contains(word)
}

/// Adverbs that may open a sentence before its subject, with or without a comma
/// ("Ultimately, …", "Then Smith asked …", "Perhaps voters …").
pub fn is_sentence_adverb(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "ultimately", "finally", "likewise", "moreover", "furthermore", "similarly", "additionally", "indeed",
        "nevertheless", "nonetheless", "eventually", "initially", "perhaps", "then", "again", "afterward",
        "afterwards",
    ]);
    SET.contains(word)
}

/// Words besides the prepositions of `opens_introduction` that open a phrase before the
/// subject, closed by a comma when they do ("Back in 1999, …", "Years later, …", "Following the
/// debate, …").
pub fn opens_phrase(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "back", "years", "months", "weeks", "days", "decades", "shortly", "following", "throughout", "within",
        "across", "among", "through", "upon", "until", "without", "given", "against", "beyond",
    ]);
    SET.contains(word)
}

/// Words that follow a participle opening a sentence as its complement ("Walking to …",
/// "Reached by …", "Declaring that …"), not as the noun it qualifies.
pub fn opens_participle_complement(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "to", "in", "by", "on", "at", "the", "a", "an", "out", "up", "for", "with", "from", "into", "through", "about",
        "over", "after", "before", "down", "off", "back", "around", "across", "along", "against", "that", "upon",
    ]);
    SET.contains(word)
}

/// Nouns for a place that speaks through its government ("the state said", "the city
/// argued"): no person, though titles hold them ("secretary of state").
pub fn is_polity_noun(word: &str) -> bool {
    matches!(word, "state" | "city" | "county" | "country" | "nation" | "town" | "province")
}

/// The states of the United States, by name and by their usual abbreviations, which follow a
/// town in a place ("Ames, Iowa", "Wilmington, N.C.").
pub fn is_us_state(word: &str) -> bool {
    static SET: WordSet = WordSet::new(&[
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "wisconsin", "wyoming", "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.",
        "ga.", "ill.", "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.",
        "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.",
        "tenn.", "tex.", "va.", "vt.", "w.va.", "wash.", "wis.", "wyo.", "d.c.",
    ]);
    SET.contains(word)
}

/// The states of the United States named in two words ("New Hampshire", "West Virginia").
pub fn is_two_word_us_state(first: &str, second: &str) -> bool {
    match first {
        "New" => matches!(second, "Hampshire" | "Jersey" | "Mexico" | "York"),
        "North" | "South" => matches!(second, "Carolina" | "Dakota"),
        "Rhode" => second == "Island",
        "West" => second == "Virginia",
        _ => false,
    }
}

/// Words that label a part of a page rather than a speaker: "Update:", "Editor's Note:",
/// "Watch:", "Partial transcript:", and a headline's kicker ("Revealed:", "Wow:").
pub fn is_section_label(word: &str) -> bool {
    matches!(
        without_possessive(&lower(word)),
        "update"
            | "updated"
            | "editor"
            | "note"
            | "watch"
            | "related"
            | "read"
            | "more"
            | "photo"
            | "photos"
            | "video"
            | "source"
            | "sources"
            | "correction"
            | "transcript"
            | "question"
            | "answer"
            | "q"
            | "a"
            | "breaking"
            | "exclusive"
            | "opinion"
            | "analysis"
            | "caption"
            | "credit"
            | "subscribe"
            | "listen"
            | "see"
            | "also"
            | "click"
            | "share"
            | "follow"
            | "contact"
            | "email"
            | "tags"
            | "topics"
            | "filed"
            | "posted"
            | "published"
            | "by"
            | "warning"
            | "disclosure"
            | "plus"
            | "why"
            | "what"
            | "how"
            | "who"
            | "when"
            | "where"
            | "here"
            | "today"
            | "live"
            | "timeline"
            | "background"
            | "context"
            | "recap"
            | "fact"
            | "check"
            | "chart"
            | "graphic"
            | "map"
            | "table"
            | "figure"
            | "sign"
            | "download"
            | "clarification"
            | "contributing"
            | "revealed"
            | "leaked"
            | "busted"
            | "bombshell"
            | "wow"
            | "boom"
            | "look"
            | "remember"
    )
}

/// Verbs that open a sentence in the imperative and are not given names: "(See Sexton's
/// timeline)", "Read Smith's letter", "Watch Lee's speech".
pub fn is_imperative_verb(word: &str) -> bool {
    matches!(
        lower(word).as_ref(),
        "see"
            | "read"
            | "watch"
            | "click"
            | "follow"
            | "subscribe"
            | "listen"
            | "share"
            | "contact"
            | "email"
            | "sign"
            | "download"
            | "check"
            | "visit"
            | "view"
            | "compare"
            | "consider"
            | "imagine"
            | "remember"
            | "note"
            | "join"
            | "tap"
            | "scroll"
            | "wait"
            | "look"
    )
}

/// Whether the object after a cue is always whom it addresses, never its speaker after an
/// inverted verb: "…, told the Herald", "…, assured the crowd"; "…?" asked Ruiz" inverts.
pub fn addresses_its_object(word: &str, cue: Cue) -> bool {
    cue.takes_object && !lower(word).starts_with("ask")
}

/// An object pronoun, the object of a verb rather than its subject or a name ("told *him*",
/// "and calls *her* …").
pub fn is_object_pronoun(w: &str) -> bool {
    matches!(lower(w).as_ref(), "him" | "her" | "them" | "it" | "us" | "me")
}

/// Words that can be a cue's listener or object before its content ("told *reporters* that",
/// "assured *the crowd*"): determiners, capitals, source nouns and audiences.
pub fn is_object_word(w: &str) -> bool {
    !w.eq_ignore_ascii_case("that")
        && (is_determiner(w)
            || is_capitalized(w)
            || is_unnamed_source_noun(w)
            // "told it" names no listener.
            || is_object_pronoun(w) && !w.eq_ignore_ascii_case("it")
            || matches!(
                lower(w).as_ref(),
                "reporters"
                    | "journalists"
                    | "supporters"
                    | "viewers"
                    | "listeners"
                    | "audience"
                    | "crowd"
            ))
}

/// "both", "each": after a joint subject they qualify its verb, as an adverb would ("Clinton
/// and Sanders both said"); alone they are the subject ("Both said").
pub fn is_subject_quantifier(word: &str) -> bool {
    word.eq_ignore_ascii_case("both") || word.eq_ignore_ascii_case("each")
}

/// Words between a speaker and a cue that do not break the attribution: "has also said",
/// any adverb of manner ("angrily said", "emphatically proclaimed") and a negated auxiliary
/// ("doesn't believe").
pub fn is_cue_modifier(word: &str) -> bool {
    is_manner_adverb(word)
        || word.ends_with("n't") && word.len() > 4 && !word.starts_with(char::is_uppercase)
        || word.ends_with("n\u{2019}t") && word.len() > 6 && !word.starts_with(char::is_uppercase)
        // "Will wrote", "Theresa May said": capitalised, these two are names.
        || CUE_MODIFIERS.contains(word) && !matches!(word, "Will" | "May")
}

/// The words of `is_cue_modifier` that are not adverbs in "-ly" or negations ("likely" is none
/// of `is_manner_adverb`'s, as it qualifies nouns too, "likely voters"; before a cue it qualifies
/// the cue, "would likely point out").
static CUE_MODIFIERS: WordSet = WordSet::new(&[
    "has", "have", "had", "also", "later", "then", "once", "often", "would", "will", "did", "does", "do", "further",
    "again", "earlier", "first", "last", "herself", "himself", "themselves", "just", "only", "already", "still", "may",
    "might", "could", "can", "should", "must", "never", "always", "not", "even", "told", "is", "are", "was", "were",
    "been", "has been", "long", "now", "recently,", "publicly,", "quickly,", "reportedly,", "likely", "quite", "ever",
    "keep", "keeps", "kept",
]);

/// A lower-case word of six letters or more in "-ly" that is an adverb ("reportedly",
/// "angrily"), not one of the nouns and adjectives with that ending. Lower case only: "Beverly"
/// and "Connolly" are names.
fn is_manner_adverb(word: &str) -> bool {
    word.len() >= 6
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "family"
                | "assembly"
                | "supply"
                | "likely"
                | "elderly"
                | "friendly"
                | "weekly"
                | "monthly"
                | "yearly"
                | "quarterly"
                | "hourly"
                | "nightly"
                | "deadly"
                | "costly"
                | "lonely"
                | "lovely"
                | "orderly"
                | "unlikely"
                | "homily"
                | "anomaly"
                | "monopoly"
                | "butterfly"
                | "unruly"
                | "timely"
        )
}

/// Acronyms that are common nouns, one of many: "a super PAC", "the CEO".
pub fn is_common_acronym(word: &str) -> bool {
    matches!(word, "PAC" | "PACs" | "CEO" | "CEOs" | "CFO" | "NGO" | "NGOs" | "MP" | "MPs")
}

/// Nouns for sources the text does not name: "officials", "a source", "critics", and groups
/// ("investors", "protesters", "millennials").
pub fn is_unnamed_source_noun(word: &str) -> bool {
    static SET: WordSet = WordSet::new(UNNAMED_SOURCE_NOUNS);
    let singular = match word.as_bytes() {
        [stem @ .., b's' | b'S'] => stem,
        bytes => bytes,
    };
    SET.contains_bytes(singular)
}

/// The nouns of `is_unnamed_source_noun`, in the singular as a trailing "s" leaves them
/// ("analysi" for "analysis").
const UNNAMED_SOURCE_NOUNS: &[&str] = &[
    "source", "official", "aide", "critic", "expert", "analyst", "observer", "witness", "resident", "people", "person",
    "spokesman", "spokeswoman", "spokesperson", "insider", "supporter", "opponent", "voter", "researcher", "economist",
    "scientist", "lawmaker", "member", "staffer", "investigator", "prosecutor", "authoritie", "officer", "adviser",
    "advisor", "strategist", "operative", "report", "poll", "survey", "study", "data", "statement", "document",
    "record", "democrat", "republican", "friend", "colleague", "ally", "allie", "associate", "leader", "diplomat",
    "activist", "group", "campaign", "pollster", "worker", "employee", "student", "parent", "teacher", "doctor",
    "lawyer", "attorney", "candidate", "nominee", "man", "woman", "men", "women", "agency", "government",
    "administration", "company", "ministry", "office", "police", "military", "committee", "senator", "governor",
    "president", "minister", "secretary", "director", "chief", "commander", "organizer", "organiser", "manager",
    "representative", "estimate", "figure", "number", "count", "analysi", "review", "audit", "model", "projection",
    "forecast", "index", "paper", "article", "website", "memo", "letter", "filing", "complaint", "ad", "clip", "video",
    "spot", "transcript", "tweet", "book", "speech", "message", "council", "board", "court", "panel", "jury", "union",
    "city", "announcement", "commercial", "editorial", "column", "story", "host", "narrator", "announcer", "lawsuit",
    "indictment", "investigation", "inquiry", "research", "finding", "other", "investor", "proponent", "participant",
    "respondent", "immigrant", "politician", "reporter", "journalist", "mourner", "superdelegate", "audience",
    "protester", "protestor", "demonstrator", "veteran", "citizen", "taxpayer", "consumer", "customer", "shareholder",
    "donor", "skeptic", "detractor", "attendee", "survivor", "millennial", "commentator", "pundit", "historian",
    "scholar", "homeowner", "viewer", "employer",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_sorted_for_binary_search() {
        assert!(COUNTRIES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lower_lowercases_titlecase_letters() {
        for word in ["\u{1fa8}", "\u{1c5}emal", "\u{1fbc}\u{3b4}\u{3ae}"] {
            assert_eq!(&*lower(word), word.to_lowercase());
        }
    }

    #[test]
    fn a_length_told_before_lowering_admits_the_kelvin_sign() {
        // The Kelvin sign takes three bytes and lowercases to an ASCII "k".
        assert!(is_noun_like_cue("REMAR\u{212a}S"));
    }

    proptest::proptest! {
        #[test]
        fn lower_is_to_lowercase(word in "\\PC{0,40}") {
            let expected = word.to_lowercase();
            proptest::prop_assert_eq!(&*lower(&word), expected.as_str());
        }

        #[test]
        fn a_word_table_finds_its_words_in_any_ascii_case(words in proptest::collection::vec("[a-z.'-]{1,20}", 1..40), pick in 0usize..40) {
            let table = WordTable::new(words.iter().map(|w| (w.clone(), ())));
            let word = &words[pick % words.len()];
            proptest::prop_assert!(table.get(&word.to_ascii_uppercase()).is_some());
            let longer = format!("{word}x");
            proptest::prop_assert_eq!(table.get(&longer).is_some(), words.contains(&longer));
        }
    }

    #[test]
    fn padded_le_reads_the_bytes_padded_with_zeros() {
        for n in 0..=8 {
            let bytes: Vec<u8> = (1..=n as u8).map(|b| b * 29).collect();
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes);
            assert_eq!(padded_le(&bytes), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn cue_forms_fit_the_length_cue_checks_first() {
        let lengths = CUES.slots.iter().flatten().filter(|e| e.value.alone.is_some()).map(|e| e.key.len());
        assert!(lengths.clone().all(|n| (MIN_CUE_LEN..=MAX_CUE_LEN).contains(&n)), "{:?}", lengths.max());
    }

    #[test]
    fn every_cue_form_passes_the_sieve_of_the_scan_in_any_case() {
        for e in CUES.slots.iter().flatten() {
            assert!(cue_sieve().passes(&e.key) && cue_sieve().passes(&e.key.to_ascii_uppercase()), "{}", e.key);
        }
        assert!(!cue_sieve().passes("") && !cue_sieve().passes("the"));
    }

    #[test]
    fn abbreviated_titles_are_abbreviations_the_tokenizer_and_splitter_share() {
        assert!(ABBREVIATED_TITLES.iter().all(|t| is_abbreviation(t) && is_abbreviation(&t.to_uppercase())));
        assert!(is_abbreviated_title("Messrs") && is_abbreviated_title("SEN") && !is_abbreviated_title("Jan"));
        assert!(is_abbreviation("Jan") && is_abbreviation("etc") && is_abbreviation("e.g") && !is_abbreviation("said"));
    }

    #[test]
    fn word_tables_ignore_ascii_case() {
        assert!(is_title("Sen.") && is_title("SENATOR") && is_title("deputy"));
        assert!(is_title("Senators") && !is_title("Mayors") && !is_title(""));
        assert!(is_title("Del.") && !is_title("Del") && is_title("Supt.") && is_title("Alderwoman"));
        assert!(is_org_word("INSTITUTE") && !is_org_word("Institutes"));
        assert_eq!(cue("SAID").map(|c| c.form), Some(Form::Finite));
    }

    #[test]
    fn cue_forms_are_derived() {
        assert_eq!(cue("said").map(|c| c.form), Some(Form::Finite));
        assert_eq!(cue("Saying").map(|c| c.form), Some(Form::Participle));
        assert_eq!(cue("denies").map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(cue("admitted").map(|c| c.class), Some(CueClass::Speech));
        assert_eq!(cue("hopes").map(|c| c.class), Some(CueClass::Belief));
        assert_eq!(cue("showed").map(|c| c.class), Some(CueClass::Finding));
        assert!(cue("told").unwrap().takes_object);
        assert_eq!(cue("table"), None);
    }
}
