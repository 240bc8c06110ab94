//! The candidate index of a claim: MinHash bands (for wordings that share most of their
//! words) and winnowed word shingles (for a quote that is part of a longer one).
//!
//! - **MinHash/LSH.** The features of a claim are its content words and its word pairs; each
//!   is hashed once with xxh3 (stable across runs and platforms, so signatures can be
//!   stored), then permuted [`PERMUTATIONS`] times by `a·h + b mod 2^61−1`. The signature is
//!   cut into [`BANDS`] bands of [`ROWS`] rows (a claim's into [`CLAIM_BANDS`]); claims that
//!   agree on a whole band are candidates. With 20 × 5 a pair with Jaccard 0.7 is found 97% of
//!   the time, 0.5 in 47%, 0.2 in 0.6%; with 10 × 5, 0.8 in 98%, 0.7 in 84%, 0.5 in 27%, 0.2 in
//!   0.3%. A claim's shingles find most of the rest: a quote of 11 words or more with one word
//!   changed, added or dropped keeps an unchanged run of 5 words on one side.
//! - **Winnowing.** A stored claim keeps the smallest hash of every window of [`WINDOW`]
//!   consecutive word [`SHINGLE`]-grams; a new claim looks up all of its shingles. A quote
//!   that shares a run of `SHINGLE + WINDOW − 1` words with a stored one (5 words) always
//!   shares one kept shingle with it, whichever of the two is the shorter.

use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// How many bands a statistic's signature is cut into.
pub const BANDS: usize = 20;
/// How many bands a claim's signature is cut into: the first of a statistic's, so that the
/// claims stored when they had 20 keep the buckets of these. Each is a key stored for every
/// claim: at 20, the bands were 20 of a generated claim's 27 keys, and writing and merging those
/// keys took a growing share of the time of storing a million claims, while at 10 the shingles
/// and bands find as many variants (see `docs/ARCHITECTURE.md`). A statistic has no shingles:
/// at 10 bands, one of the PolNeAR statistics' matches was lost.
pub const CLAIM_BANDS: usize = 10;
/// Rows (min-hashes) per band.
pub const ROWS: usize = 5;
/// Min-hashes in a signature.
pub const PERMUTATIONS: usize = BANDS * ROWS;
/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Shingles per winnowing window.
pub const WINDOW: usize = 3;

/// The Mersenne prime 2^61 − 1 that the permutations work modulo.
const PRIME: u64 = (1 << 61) - 1;

/// Where a claim goes in the candidate index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// One bucket per band, in band order.
    pub buckets: Vec<i64>,
    /// The shingles kept by winnowing: stored for a claim and looked up by later claims.
    pub kept_shingles: Vec<i64>,
    /// Every shingle: what a new claim looks up.
    pub shingles: Vec<i64>,
}

impl Signature {
    /// The signature of a statistic's words, in [`BANDS`] bands.
    pub fn of(words: &[String]) -> Signature {
        Signature::with_bands(words, BANDS)
    }

    /// The signature of a claim's matching words (see
    /// [`matching_words`](super::matching_words)), in [`CLAIM_BANDS`] bands.
    pub fn of_claim(words: &[String]) -> Signature {
        Signature::with_bands(words, CLAIM_BANDS)
    }

    fn with_bands(words: &[String], bands: usize) -> Signature {
        let shingles: Vec<i64> =
            words.windows(SHINGLE).map(|shingle| xxh3_64(shingle.join(" ").as_bytes()) as i64).collect();
        let mut kept_shingles: Vec<i64> = if shingles.len() <= WINDOW {
            shingles.clone()
        } else {
            shingles.windows(WINDOW).filter_map(|window| window.iter().min().copied()).collect()
        };
        kept_shingles.sort_unstable();
        kept_shingles.dedup();
        let mut unique_shingles = shingles;
        unique_shingles.sort_unstable();
        unique_shingles.dedup();
        Signature { buckets: buckets(&minhash(words, bands * ROWS)), kept_shingles, shingles: unique_shingles }
    }
}

/// The first `permutations` min-hashes, or none for words with no features.
fn minhash(words: &[String], permutations: usize) -> Vec<u64> {
    let content = words.iter().filter(|w| !super::words::is_stopword(w)).map(|w| xxh3_64(w.as_bytes()));
    let pairs = words.windows(2).map(|pair| xxh3_64_with_seed(pair.join(" ").as_bytes(), 2));
    let features: Vec<u64> = content.chain(pairs).map(|h| h % PRIME).collect();
    if features.is_empty() {
        return Vec::new();
    }
    (0..permutations)
        .map(|i| {
            let (a, b) = permutation(i);
            features.iter().map(|&h| mod_prime(a as u128 * h as u128 + b as u128)).min().unwrap_or(0)
        })
        .collect()
}

/// `x mod 2^61 − 1` without a division (x < 2^122).
fn mod_prime(x: u128) -> u64 {
    let folded = (x & PRIME as u128) + (x >> 61);
    let folded = ((folded & PRIME as u128) + (folded >> 61)) as u64;
    if folded >= PRIME { folded - PRIME } else { folded }
}

/// The fixed coefficients of permutation `i` (a ≠ 0).
fn permutation(i: usize) -> (u64, u64) {
    let a = xxh3_64_with_seed(&(i as u64).to_le_bytes(), 0xA) % (PRIME - 1) + 1;
    let b = xxh3_64_with_seed(&(i as u64).to_le_bytes(), 0xB) % PRIME;
    (a, b)
}

/// One bucket per band: a hash of the band's rows.
fn buckets(signature: &[u64]) -> Vec<i64> {
    signature
        .chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let bytes: Vec<u8> = rows.iter().flat_map(|r| r.to_le_bytes()).collect();
            xxh3_64_with_seed(&bytes, band as u64) as i64
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::matching_words;

    fn shared_bands(a: &str, b: &str) -> usize {
        let (a, b) = (Signature::of(&matching_words(a)), Signature::of(&matching_words(b)));
        a.buckets.iter().zip(&b.buckets).filter(|(x, y)| x == y).count()
    }

    #[test]
    fn one_changed_word_shares_bands_and_unrelated_text_does_not() {
        let original = "We have asked the port authority for an answer twelve times and nobody has replied to us";
        let altered = "We have asked the port authority for an answer twelve times and nobody has answered us";
        assert!(shared_bands(original, altered) >= 1);
        assert_eq!(shared_bands(original, "The budget will not cover the repairs of the northern quay this year"), 0);
    }

    #[test]
    fn a_trimmed_quote_shares_a_kept_shingle_with_the_full_one() {
        let full = Signature::of_claim(&matching_words(
            "Nobody has replied, and the water still rises over the quay at high tide",
        ));
        let part = Signature::of_claim(&matching_words("the water still rises over the quay"));
        assert!(full.kept_shingles.iter().any(|s| part.shingles.contains(s)));
        assert!(part.kept_shingles.iter().any(|s| full.shingles.contains(s)));
    }

    #[test]
    fn the_fast_modulo_agrees_with_the_slow_one() {
        for x in [0u128, 1, PRIME as u128, PRIME as u128 * 7 + 3, u64::MAX as u128 * (PRIME as u128 - 1)] {
            assert_eq!(mod_prime(x) as u128, x % PRIME as u128);
        }
    }

    #[test]
    fn signatures_are_stable_across_runs() {
        let sig = Signature::of(&matching_words("the harbour plan needs more work"));
        assert_eq!(sig.buckets.len(), BANDS);
        assert_eq!(sig, Signature::of(&matching_words("The harbour plan needs more work.")));
        let claim = Signature::of_claim(&matching_words("the harbour plan needs more work"));
        assert_eq!(claim.buckets[..], sig.buckets[..CLAIM_BANDS], "a claim's bands are a statistic's first");
    }
}
