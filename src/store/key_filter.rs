//! A blocked Bloom filter: a compact set of 64-bit key hashes that answers "not held" for
//! certain and "held" with a false positive now and then.
//!
//! The candidate index keeps one for each run of its claim keys, to skip the B-tree seeks of
//! keys that the run does not hold: a new claim looks up some 35 keys, most of them found
//! nowhere, and once the index outgrew the page cache each of those seeks read a page
//! (`key_runs.rs`).
//!
//! Each key sets [`BITS_SET`] bits in one block of 512 bits (one cache line on most machines),
//! so a check reads one block. At [`BITS_PER_KEY`] bits per key, about one check in 500
//! of a key not held answers "held".

/// Bits per key at the filter's capacity.
const BITS_PER_KEY: usize = 14;

/// Bits a key sets in its block, each placed by 9 bits of one 64-bit hash. (At 10 bits per key
/// and 6 set, one check in a hundred answered "held" wrongly, a seek each.)
const BITS_SET: u32 = 7;

/// Words of 64 bits in a block.
const BLOCK_WORDS: usize = 8;

/// Blocks in a part of the filter as stored (64 KB).
const PART_BLOCKS: usize = 1024;

/// A set of key hashes, sized for a number of keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeyFilter {
    blocks: Vec<[u64; BLOCK_WORDS]>,
    /// Keys inserted (a key inserted twice counts twice).
    keys: usize,
}

impl KeyFilter {
    /// An empty filter for `capacity` keys.
    pub(super) fn with_capacity(capacity: usize) -> KeyFilter {
        let blocks = (capacity.max(1) * BITS_PER_KEY).div_ceil(BLOCK_WORDS * 64);
        KeyFilter { blocks: vec![[0; BLOCK_WORDS]; blocks], keys: 0 }
    }

    /// How many keys it was sized for.
    pub(super) fn capacity(&self) -> usize {
        self.blocks.len() * BLOCK_WORDS * 64 / BITS_PER_KEY
    }

    /// How many keys were inserted.
    pub(super) fn keys(&self) -> usize {
        self.keys
    }

    pub(super) fn insert(&mut self, key: u64) {
        let (block, bits) = self.place(key);
        for (word, bits) in self.blocks[block].iter_mut().zip(bits) {
            *word |= bits;
        }
        self.keys += 1;
    }

    /// False when `key` was never inserted; true when it was, or rarely when not.
    pub(super) fn may_hold(&self, key: u64) -> bool {
        let (block, bits) = self.place(key);
        self.blocks[block].iter().zip(bits).all(|(word, bits)| word & bits == bits)
    }

    /// Reads the first word of the block `key` would be checked in, and nothing else: a few
    /// instructions that do not wait for the read, so that many such reads overlap, and the
    /// checks that follow them find their blocks in the processor's cache (`Runs::may_hold`).
    pub(super) fn fetch(&self, key: u64) -> u64 {
        self.blocks[self.block(mix(key))][0]
    }

    /// The block of a key's hash.
    fn block(&self, hash: u64) -> usize {
        ((hash as u128 * self.blocks.len() as u128) >> 64) as usize
    }

    /// The block of a key and the bits it sets there.
    fn place(&self, key: u64) -> (usize, [u64; BLOCK_WORDS]) {
        let hash = mix(key);
        let block = self.block(hash);
        // The bits come from another mix, so that they do not depend on the block.
        let within = mix(hash ^ 0x9e37_79b9_7f4a_7c15);
        let mut bits = [0u64; BLOCK_WORDS];
        for i in 0..BITS_SET {
            let bit = (within >> (9 * i)) & 511;
            bits[(bit / 64) as usize] |= 1 << (bit % 64);
        }
        (block, bits)
    }

    /// The filter as parts of bytes, so that it is stored without a copy of the whole: the
    /// key count, then the blocks, [`PART_BLOCKS`] to a part, every word little-endian.
    pub(super) fn parts(&self) -> impl Iterator<Item = Vec<u8>> + '_ {
        let bytes = |part: &[[u64; BLOCK_WORDS]]| part.iter().flatten().flat_map(|word| word.to_le_bytes()).collect();
        let blocks = self.blocks.chunks(PART_BLOCKS).map(bytes);
        std::iter::once((self.keys as u64).to_le_bytes().to_vec()).chain(blocks)
    }

    /// The filter stored as [`parts`](KeyFilter::parts); `None` for parts it cannot have
    /// given.
    pub(super) fn from_parts(parts: impl IntoIterator<Item = Vec<u8>>) -> Option<KeyFilter> {
        let mut parts = parts.into_iter();
        let keys = u64::from_le_bytes(parts.next()?.try_into().ok()?) as usize;
        let mut blocks = Vec::new();
        for part in parts {
            if part.is_empty() || part.len() % (BLOCK_WORDS * 8) != 0 {
                return None;
            }
            blocks.extend(part.chunks_exact(BLOCK_WORDS * 8).map(|block| {
                std::array::from_fn(|i| u64::from_le_bytes(block[i * 8..i * 8 + 8].try_into().unwrap_or_default()))
            }));
        }
        (!blocks.is_empty()).then_some(KeyFilter { blocks, keys })
    }
}

/// The finaliser of SplitMix64: every bit of the result depends on every bit of `x`.
fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_inserted_is_held_and_few_others_seem_so() {
        let mut filter = KeyFilter::with_capacity(10_000);
        (0..10_000u64).for_each(|key| filter.insert(key * 7));
        assert!((0..10_000u64).all(|key| filter.may_hold(key * 7)));
        let false_positives = (0..100_000u64).filter(|key| filter.may_hold(key * 7 + 1)).count();
        assert!(false_positives < 400, "{false_positives} in 100,000 (about 0.2% expected)");
        assert_eq!(filter.keys(), 10_000);
        assert!(filter.capacity() >= 10_000);
    }

    #[test]
    fn a_filter_reads_back_from_its_parts() {
        let mut filter = KeyFilter::with_capacity(100_000);
        (0..50_000u64).for_each(|key| filter.insert(mix(key)));
        let parts: Vec<Vec<u8>> = filter.parts().collect();
        assert!(parts.len() > 2, "{} parts", parts.len());
        assert_eq!(KeyFilter::from_parts(parts.clone()), Some(filter));
        assert_eq!(KeyFilter::from_parts(parts[..1].to_vec()), None);
        assert_eq!(KeyFilter::from_parts([parts[0].clone(), parts[1][..100].to_vec()]), None);
        assert_eq!(KeyFilter::from_parts([]), None);
    }
}
