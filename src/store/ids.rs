//! Claim ids as the store keeps them, 32 bytes (`sql/0012_claim_hash_blob.sql`), and as people
//! give them, hex digits: a prefix of an id is the range of ids that start with it. The SQL
//! gives ids back as lowercase hex (`lower(hex(hash))`), so nothing outside the store sees bytes.

/// The least and the greatest 32-byte id that start with a prefix of hex digits (either case),
/// or `None` when it is not one (or longer than an id).
pub(super) fn prefix_range(prefix: &str) -> Option<([u8; 32], [u8; 32])> {
    if prefix.len() > 64 {
        return None;
    }
    let (mut low, mut high) = ([0u8; 32], [0xffu8; 32]);
    for (i, digit) in prefix.chars().enumerate() {
        let nibble = digit.to_digit(16)? as u8;
        let (byte, shift) = (i / 2, if i % 2 == 0 { 4 } else { 0 });
        low[byte] |= nibble << shift;
        high[byte] = high[byte] & !(0xf << shift) | nibble << shift;
    }
    Some((low, high))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_spans_the_ids_that_start_with_it() {
        let (low, high) = prefix_range("aB3").unwrap();
        assert_eq!((low[0], low[1], low[2]), (0xab, 0x30, 0x00));
        assert_eq!((high[0], high[1], high[2]), (0xab, 0x3f, 0xff));
        let whole = "0123456789abcdef".repeat(4);
        let (low, high) = prefix_range(&whole).unwrap();
        assert_eq!(low, high);
        assert_eq!(blake3::Hash::from_bytes(low).to_hex().as_str(), whole);
        assert_eq!(prefix_range("abcg"), None);
        assert_eq!(prefix_range(&format!("{whole}0")), None);
    }
}
