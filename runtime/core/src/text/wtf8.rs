//! Generalized UTF-8: the canonical text of a Python `str`, which may hold lone surrogates.
//!
//! It is UTF-8 in which a surrogate code point U+D800..U+DFFF is written as its own 3-byte
//! sequence `ED A0..BF 80..BF`. Unlike WTF-8 proper, a high surrogate followed by a low one
//! stays two code points (as in CPython, `'\ud83d' + '\ude00' != '\U0001f600'`), so the
//! encoding is a plain per-code-point map: byte order is code-point order, and
//! concatenation, slicing at code-point boundaries, comparison and substring search are
//! byte operations, exactly as for UTF-8.
//!
//! Strings without surrogates are ordinary UTF-8 and never reach the code here on hot
//! paths. For the rare ones that do, `str` keeps a *lossy twin* (surrogates as U+FFFD,
//! [`write_lossy_twin`]), and operations whose `&str` algorithms cannot see surrogates
//! run on a *proxy* text ([`ProxyBlock`]) in which each surrogate stands as a code point
//! of an unused 2048-code-point block of the supplementary planes, then map back.

/// True for a lone-surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

/// True when `bytes` (generalized UTF-8) holds a surrogate: a lead byte `ED` followed by
/// `A0..BF` (in UTF-8 proper `ED` is only followed by `80..9F`).
pub fn has_surrogates(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(i) = rest.iter().position(|&b| b == 0xED) {
        if rest.get(i + 1).is_some_and(|&b| b >= 0xA0) {
            return true;
        }
        rest = &rest[i + 1..];
    }
    false
}

/// True when `bytes` is generalized UTF-8: valid UTF-8 once every surrogate sequence is
/// read as one code point.
pub fn is_well_formed(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return true,
            Err(e) => {
                let at = e.valid_up_to();
                let tail = &rest[at..];
                let is_surrogate_seq = tail.len() >= 3
                    && tail[0] == 0xED
                    && (0xA0..=0xBF).contains(&tail[1])
                    && (0x80..=0xBF).contains(&tail[2]);
                if !is_surrogate_seq {
                    return false;
                }
                rest = &tail[3..];
            }
        }
    }
}

/// True when `needle` occurs in `hay` (both generalized UTF-8: a match of whole
/// code points is a byte match, since no sequence starts inside another).
#[inline]
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// Number of code points in generalized UTF-8 (every byte that is not a continuation
/// byte starts one).
pub fn count_code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Writes into `twin` (as long as `canonical`) the text of `canonical` with each surrogate
/// replaced by U+FFFD, which is also 3 bytes long. The result is valid UTF-8 when
/// `canonical` is generalized UTF-8.
pub fn write_lossy_twin(canonical: &[u8], twin: &mut [u8]) {
    twin.copy_from_slice(canonical);
    let mut i = 0;
    while i + 2 < twin.len() {
        if twin[i] == 0xED && twin[i + 1] >= 0xA0 {
            twin[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// Appends code point `cp` (surrogates as their 3-byte form; above U+10FFFF, U+FFFD).
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    if let Some(c) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    } else if is_surrogate(cp) {
        out.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else {
        out.extend_from_slice("\u{FFFD}".as_bytes());
    }
}

/// The code point starting at `bytes[0]` and its length in bytes (`bytes` non-empty and
/// starting at a code-point boundary of generalized UTF-8).
#[inline]
pub fn decode_first(bytes: &[u8]) -> (u32, usize) {
    let b0 = u32::from(bytes[0]);
    let cont = |i: usize| u32::from(bytes.get(i).copied().unwrap_or(0x80) & 0x3F);
    if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    }
}

/// Iterator over the code points of generalized UTF-8.
#[derive(Clone)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl<'a> CodePoints<'a> {
    /// Iterates the code points of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        CodePoints { bytes }
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.bytes.is_empty() {
            return None;
        }
        let (cp, len) = decode_first(self.bytes);
        self.bytes = &self.bytes[len.min(self.bytes.len())..];
        Some(cp)
    }
}

/// A block of 2048 code points standing for the 2048 surrogates while a `&str` algorithm
/// runs: surrogate `U+D800 + k` becomes `base + k`. The block is chosen among the
/// supplementary planes 3..16 (private use or unassigned: no case, not alphanumeric,
/// space, printable or identifier characters, like surrogates) so that none of the texts
/// taking part holds a code point in it; the map is then exact both ways. Code-point
/// indices are preserved (one code point for one), byte offsets are not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProxyBlock {
    base: u32,
}

/// The lowest candidate block base: planes 15 and 16, private use.
const FIRST_PROXY_BASE: u32 = 0xF_0000;
const PROXY_BLOCKS: usize = ((0x11_0000 - FIRST_PROXY_BASE) / 0x800) as usize;

impl ProxyBlock {
    /// A block that no code point of `texts` falls in, or `None` if every candidate is
    /// taken (the texts would need code points from all 64 blocks).
    pub fn choose(texts: &[&[u8]]) -> Option<ProxyBlock> {
        let mut used = [false; PROXY_BLOCKS];
        for text in texts {
            // Only 4-byte sequences (lead bytes F0..F4) can reach the candidate planes.
            let mut i = 0;
            while let Some(off) = text[i..].iter().position(|&b| b >= 0xF0) {
                let at = i + off;
                let (cp, len) = decode_first(&text[at..]);
                if cp >= FIRST_PROXY_BASE {
                    used[((cp - FIRST_PROXY_BASE) / 0x800) as usize] = true;
                }
                i = at + len;
            }
        }
        // Prefer the last block (plane 16 private use), the least likely to be in use.
        let free = used.iter().rposition(|u| !u)?;
        Some(ProxyBlock { base: FIRST_PROXY_BASE + free as u32 * 0x800 })
    }

    /// True when `c` is one of this block's stand-ins.
    #[inline]
    pub fn holds(self, c: char) -> bool {
        (self.base..self.base + 0x800).contains(&u32::from(c))
    }

    /// The stand-in of surrogate `cp`.
    #[inline]
    pub fn stand_in(self, cp: u32) -> char {
        char::from_u32(self.base + (cp - 0xD800)).unwrap_or('\u{FFFD}')
    }

    /// The surrogate a stand-in represents.
    #[inline]
    pub fn surrogate_of(self, c: char) -> u32 {
        u32::from(c) - self.base + 0xD800
    }

    /// `text` (generalized UTF-8) with each surrogate replaced by its stand-in.
    pub fn to_proxy(self, text: &[u8]) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 3);
        for cp in CodePoints::new(text) {
            let c = if is_surrogate(cp) { char::from_u32(self.base + cp - 0xD800) } else { char::from_u32(cp) };
            out.push(c.unwrap_or('\u{FFFD}'));
        }
        out
    }

    /// True when `text` holds a stand-in of this block.
    pub fn occurs_in(self, text: &str) -> bool {
        text.chars().any(|c| self.holds(c))
    }

    /// `text` with each stand-in turned back into its surrogate (generalized UTF-8).
    pub fn from_proxy(self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            if self.holds(c) {
                push_code_point(&mut out, self.surrogate_of(c));
            } else {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wtf8(cps: &[u32]) -> Vec<u8> {
        let mut out = Vec::new();
        for &cp in cps {
            push_code_point(&mut out, cp);
        }
        out
    }

    #[test]
    fn surrogates_are_three_byte_sequences_never_joined() {
        let b = wtf8(&[0xD83D, 0xDE00]);
        assert_eq!(b, [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]);
        assert!(has_surrogates(&b) && is_well_formed(&b));
        assert_eq!(count_code_points(&b), 2);
        assert_eq!(CodePoints::new(&b).collect::<Vec<_>>(), [0xD83D, 0xDE00]);
        assert!(!has_surrogates("\u{D7FF}\u{E000}\u{1F600}".as_bytes()));
        assert!(!is_well_formed(b"\xff") && !is_well_formed(b"\xed\xa0"));
    }

    #[test]
    fn code_point_order_is_byte_order() {
        let order = [0x41, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF];
        for w in order.windows(2) {
            assert!(wtf8(&w[..1]) < wtf8(&w[1..]), "{:x} < {:x}", w[0], w[1]);
        }
    }

    #[test]
    fn lossy_twin_keeps_offsets_and_is_utf8() {
        let b = wtf8(&[0x61, 0xDC80, 0xE9, 0xD800]);
        let mut twin = vec![0; b.len()];
        write_lossy_twin(&b, &mut twin);
        assert_eq!(std::str::from_utf8(&twin), Ok("a\u{FFFD}é\u{FFFD}"));
    }

    #[test]
    fn proxy_block_avoids_code_points_in_use_and_round_trips() {
        let text = wtf8(&[0xD800, 0x10F800, 0x61, 0xDFFF]);
        let block = ProxyBlock::choose(&[&text]).unwrap_or_else(|| unreachable!("one block is taken"));
        assert_eq!(block, ProxyBlock { base: 0x10_F000 });
        let proxied = block.to_proxy(&text);
        assert_eq!(proxied.chars().count(), 4);
        assert!(block.occurs_in(&proxied));
        assert_eq!(block.from_proxy(&proxied), text);
    }
}
