//! The character encoding of a saved web page, and its text decoded from it.
//!
//! Order of evidence: a byte-order mark; then bytes that are valid UTF-8 (a page saved by a
//! crawler or a browser is often re-encoded as UTF-8 while its `<meta charset>` still names
//! the old encoding, and non-ASCII text that happens to be valid UTF-8 is almost never
//! anything else); then the charset the page declares in `<meta charset>` or
//! `<meta http-equiv="Content-Type">`; then a guess by chardetng. encoding_rs follows the
//! WHATWG mapping, so `iso-8859-1` is read as `windows-1252`, as browsers do.

use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How far into the page a charset declaration is looked for. The HTML standard says 1024
/// bytes; real pages put long `<script>` blocks first, so look further.
const PRESCAN_BYTES: usize = 16 << 10;

/// Both `<meta charset="x">` and `<meta http-equiv=… content="text/html; charset=x">`.
static META_CHARSET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)"#).expect("valid regex"));

/// Decodes the page to text; malformed sequences become U+FFFD, never an error.
pub(super) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    encoding_of(bytes).decode_without_bom_handling(bytes).0
}

/// The encoding of bytes that are not valid UTF-8: as declared, else as guessed.
fn encoding_of(bytes: &[u8]) -> &'static Encoding {
    declared(&bytes[..bytes.len().min(PRESCAN_BYTES)])
        // A page cannot declare UTF-16 in its own ASCII-compatible bytes; such a label is wrong.
        .filter(|e| e.is_ascii_compatible() && *e != UTF_8)
        .unwrap_or_else(|| {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        })
}

/// The encoding named by the first meta charset declaration in `head`, if encoding_rs knows it.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn windows_1252_declared_by_meta_charset() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>";
        assert!(decode(page).contains("caf\u{e9} \u{201c}quoted\u{201d}"));
    }

    #[test]
    fn iso_8859_1_declared_by_http_equiv_reads_as_windows_1252() {
        let page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xefve \x96 it\x92s</p>";
        assert!(decode(page).contains("na\u{ef}ve \u{2013} it\u{2019}s"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_guessed() {
        let page = "<p>Le pr\u{e9}sident a d\u{e9}clar\u{e9} que la r\u{e9}forme \u{e9}tait n\u{e9}cessaire.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
        assert!(decode(&bytes).contains("pr\u{e9}sident a d\u{e9}clar\u{e9}"));
    }

    #[test]
    fn utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"iso-8859-1\"><p>caf\u{e9}</p>";
        assert!(decode(page.as_bytes()).contains("caf\u{e9}"));
    }

    #[test]
    fn utf16_with_byte_order_mark() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("<p>caf\u{e9}</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes), "<p>caf\u{e9}</p>");
    }
}
