//! A claim's word sketch: enough of a stored claim to rule it out as a variant of a new one
//! without reading it. The store keeps one beside each claim (`claim_sketches`), far smaller
//! than the claim's row, and reads it first: a candidate that shares a key by chance is then
//! passed over without its row or a diff.
//!
//! The sketch holds a Bloom filter of the claim's words, its word count and whether it may
//! have fragments. The words of a new claim found in the filter bound from above the words the
//! two can share, and [`compare_wordings`](super::compare_wordings) relates none that share
//! fewer than [`MIN_SHARED_WORDS`], nor (without fragments) fewer than half of the shorter
//! one, nor a reported wording that shares too little of it: so a sketch rules out only what
//! verification would have.

use super::compare::{MIN_REPORTED_WORDS, MIN_SHARED_WORDS};
use super::words::{Wording, plain_words};
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// The bits of the filter (at two bits a word, some 5% of the words of an 18-word claim that
/// it lacks are taken for its own).
const BITS: usize = 128;

/// The seed of the words' hashes, apart from the signatures'.
const SEED: u64 = 0x5EED;

/// A claim's word sketch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sketch {
    filter: u128,
    /// Its words, at most 255.
    words: u8,
    /// True when the claim may be compared by its fragments: it has some, or its text may
    /// break into sentences (which are fragments when a later occurrence quotes it directly).
    fragments: bool,
}

impl Sketch {
    /// The sketch of a stored claim: its text and its wording.
    pub fn of(text: &str, wording: &Wording) -> Sketch {
        let inner = text.trim_end_matches(|c: char| !c.is_alphanumeric());
        let fragments = !wording.fragments.is_empty() || inner.contains(['.', '?', '!']);
        // A sentence of the text is a fragment when it is quoted directly, with words that may
        // stand outside those of a quote within it.
        let sentences = if fragments { plain_words(text) } else { Vec::new() };
        let words = wording.words.iter().chain(wording.fragments.iter().flatten()).chain(&sentences);
        Sketch {
            filter: words.fold(0, |f, w| f | bits(w)),
            words: wording.words.len().min(u8::MAX as usize) as u8,
            fragments,
        }
    }

    /// The sketch as stored: 18 bytes.
    pub fn to_bytes(self) -> [u8; 18] {
        let mut bytes = [0; 18];
        bytes[..16].copy_from_slice(&self.filter.to_le_bytes());
        bytes[16] = self.words;
        bytes[17] = self.fragments.into();
        bytes
    }

    /// A sketch as stored; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Sketch> {
        let bytes: &[u8; 18] = bytes.try_into().ok()?;
        let filter = u128::from_le_bytes(bytes[..16].try_into().ok()?);
        Some(Sketch { filter, words: bytes[16], fragments: bytes[17] != 0 })
    }

    /// False when the claim of this sketch cannot be related to `new`: true when it may be.
    pub fn may_relate(&self, new: &Wording) -> bool {
        let found = |words: &[String]| words.iter().filter(|w| self.filter & bits(w) == bits(w)).count();
        let shared = std::iter::once(&new.words).chain(&new.fragments).map(|words| found(words)).max().unwrap_or(0);
        if new.reported && (shared < MIN_REPORTED_WORDS || shared * 3 < new.words.len() * 2) {
            return false;
        }
        let shorter = new.words.len().min(self.words.into());
        let least = if self.fragments || !new.fragments.is_empty() { 0 } else { shorter.div_ceil(2) };
        shared >= least.max(MIN_SHARED_WORDS)
    }
}

/// The two bits of a word in the filter.
fn bits(word: &str) -> u128 {
    let hash = xxh3_64_with_seed(word.as_bytes(), SEED);
    1 << (hash as usize % BITS) | 1 << ((hash >> 32) as usize % BITS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::compare_wordings;

    /// A few words, common and not, so that invented claims share many by chance.
    const VOCABULARY: [&str; 16] = [
        "the", "of", "to", "we", "will", "harbour", "ferry", "night", "board", "keep", "winter", "tax", "bridge",
        "vote", "council", "running",
    ];

    /// A text of these words: a sentence break after `stop` words when given, quotation marks
    /// around the first `quoted` words when more than none.
    fn text(words: &[usize], stop: Option<usize>, quoted: usize) -> String {
        let mut text = String::new();
        for (n, &word) in words.iter().enumerate() {
            if n > 0 {
                text.push_str(if stop == Some(n) { ". " } else { " " });
            }
            if n == 0 && quoted > 0 {
                text.push('"');
            }
            let word = VOCABULARY[word % VOCABULARY.len()];
            if n == 0 || stop == Some(n) {
                text.push_str(&word[..1].to_uppercase());
                text.push_str(&word[1..]);
            } else {
                text.push_str(word);
            }
            if n + 1 == quoted {
                text.push('"');
            }
        }
        text.push('.');
        text
    }

    #[test]
    fn a_variant_may_relate_and_a_chance_neighbour_not() {
        let said = "the harbour board will keep the night ferry running through the winter";
        let stored = Wording::of(said, true);
        let sketch = Sketch::from_bytes(&Sketch::of(said, &stored).to_bytes()).unwrap();
        let variant = Wording::of("the harbour board will keep the night ferry running through the spring", true);
        assert!(compare_wordings(&stored, &variant).is_some());
        assert!(sketch.may_relate(&variant));
        let neighbour = Wording::of("our coaches say the night ferry running late cost us a final", true);
        assert!(compare_wordings(&stored, &neighbour).is_none());
        assert!(!sketch.may_relate(&neighbour));
    }

    proptest::proptest! {
        /// Whatever the claims, and whether each was quoted directly when stored, when compared
        /// and when new, a sketch never rules out a relation that verification finds.
        #[test]
        fn a_sketch_rules_out_only_what_verification_would(
            stored in proptest::collection::vec(0..40usize, 1..26),
            kept in (0..26usize, 0..26usize),
            changed in proptest::collection::vec((0..26usize, 0..40usize), 0..4),
            added in proptest::collection::vec((0..26usize, 0..40usize), 0..3),
            stops in (proptest::option::of(1..26usize), proptest::option::of(1..26usize)),
            quoted in (0..4usize, 0..4usize),
            direct in (proptest::bool::ANY, proptest::bool::ANY, proptest::bool::ANY),
        ) {
            let mut new: Vec<usize> = stored[kept.0 % stored.len()..].to_vec();
            new.truncate(new.len().saturating_sub(kept.1 % 4).max(1));
            for (at, word) in changed {
                if let Some(slot) = new.get_mut(at) {
                    *slot = word;
                }
            }
            for (at, word) in added {
                new.insert(at.min(new.len()), word);
            }
            let stored_text = text(&stored, stops.0, quoted.0);
            let new_text = text(&new, stops.1, quoted.1);
            let (when_stored, when_compared, new_direct) = direct;
            let sketch = Sketch::of(&stored_text, &Wording::of(&stored_text, when_stored));
            let new = Wording::of(&new_text, new_direct);
            if compare_wordings(&Wording::of(&stored_text, when_compared), &new).is_some() {
                proptest::prop_assert!(sketch.may_relate(&new), "{stored_text:?} / {new_text:?}");
            }
        }
    }
}
