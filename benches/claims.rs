//! A deterministic generator of claims for the matching benchmark: claim `n` is 12–24 words
//! drawn from a Zipf-like vocabulary of 20,000 invented words mixed with English function
//! words, so that unrelated claims share stopwords and common words as real quotes do. Every
//! [`VARIANT_EVERY`]th claim is a planted variant of an earlier claim: a word changed, a word
//! added, a word dropped, or a trimmed part of at least 6 words (in turn).

/// One claim in this many is a planted variant.
pub const VARIANT_EVERY: usize = 10;

const FUNCTION_WORDS: &[&str] =
    &["the", "to", "of", "and", "a", "in", "we", "is", "that", "it", "will", "for", "not", "on", "they", "be"];

/// What claim `n` is.
pub enum Planted {
    /// An original claim.
    Original,
    /// A variant of claim `of`.
    Variant { of: usize },
}

/// Whether claim `n` is a planted variant, and of which claim.
pub fn planted(n: usize) -> Planted {
    if n % VARIANT_EVERY == VARIANT_EVERY - 1 && n > VARIANT_EVERY {
        let mut of = mix(n as u64) as usize % n;
        if of % VARIANT_EVERY == VARIANT_EVERY - 1 {
            of -= 1;
        }
        Planted::Variant { of }
    } else {
        Planted::Original
    }
}

/// The text of claim `n`.
pub fn claim(n: usize) -> String {
    match planted(n) {
        Planted::Original => original(n).join(" "),
        Planted::Variant { of } => {
            let mut words = original(of);
            let at = mix(n as u64 ^ 0x5eed) as usize % words.len();
            match (n / VARIANT_EVERY) % 4 {
                0 => words[at] = word(mix(n as u64 ^ 0xa1)),
                1 => words.insert(at, word(mix(n as u64 ^ 0xa2))),
                2 => {
                    words.remove(at);
                }
                _ => {
                    let keep = 6 + at % (words.len() - 6).max(1);
                    let start = mix(n as u64 ^ 0xa3) as usize % (words.len() - keep + 1);
                    words = words[start..start + keep].to_vec();
                }
            }
            words.join(" ")
        }
    }
}

fn original(n: usize) -> Vec<String> {
    let mut state = mix(n as u64 + 1);
    let len = 12 + (state % 13) as usize;
    (0..len)
        .map(|_| {
            state = mix(state);
            if state.is_multiple_of(3) {
                FUNCTION_WORDS[(state >> 8) as usize % FUNCTION_WORDS.len()].to_string()
            } else {
                word(state >> 4)
            }
        })
        .collect()
}

/// An invented word; low ranks are far more frequent (rank = r² scaled, a Zipf-like skew).
fn word(random: u64) -> String {
    let uniform = (random % 10_000) as f64 / 10_000.0;
    let rank = (uniform * uniform * 20_000.0) as u64;
    const SYLLABLES: &[&str] =
        &["ka", "lo", "mi", "ren", "sol", "ta", "vi", "dor", "pe", "qu", "zan", "bri", "es", "ul", "om", "tir"];
    let mut out = String::new();
    let mut rest = rank + 16;
    while rest > 0 {
        out.push_str(SYLLABLES[(rest % 16) as usize]);
        rest /= 16;
    }
    out
}

/// splitmix64: a fixed, fast mixing of a number.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
