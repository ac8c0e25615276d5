//! Splitting: `split`, `rsplit`, `splitlines`, `partition`, `rpartition`, for `str` and
//! `bytes`.
//!
//! Results borrow from the input (`&str` / `&[u8]` pieces) so the caller decides how to box
//! them. Whitespace splitting (`sep=None`) has CPython's asymmetric `maxsplit` rule: once the
//! budget is spent, the rest of the string is kept with its leading (for `split`) or trailing
//! (for `rsplit`) whitespace removed but the other end untouched. One algorithm serves both
//! types through a `Units` trait, which steps over chars for `str` and bytes for `bytes`, with each
//! type's own notion of whitespace (Unicode `isspace` vs ASCII `\t\n\v\f\r `); ASCII strings
//! step bytewise.

use memchr::memmem;

use super::error::TextError;
use super::unicode::char_is_space;

/// Steps through a sequence one unit (char or byte) at a time by byte position.
trait Units {
    fn len(&self) -> usize;
    /// Length and whitespace-ness of the unit starting at `pos`.
    fn next_unit(&self, pos: usize) -> (usize, bool);
    /// Length and whitespace-ness of the unit ending at `pos`.
    fn prev_unit(&self, pos: usize) -> (usize, bool);
}

struct StrUnits<'a>(&'a str);

impl Units for StrUnits<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn next_unit(&self, pos: usize) -> (usize, bool) {
        let c = self.0[pos..].chars().next().unwrap_or('\0');
        (c.len_utf8(), char_is_space(c))
    }
    fn prev_unit(&self, pos: usize) -> (usize, bool) {
        let c = self.0[..pos].chars().next_back().unwrap_or('\0');
        (c.len_utf8(), char_is_space(c))
    }
}

/// An ASCII `str`: one byte per char, but `str`'s whitespace (which adds `\x1c`..`\x1f`).
struct AsciiStrUnits<'a>(&'a [u8]);

impl Units for AsciiStrUnits<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn next_unit(&self, pos: usize) -> (usize, bool) {
        (1, char_is_space(self.0[pos] as char))
    }
    fn prev_unit(&self, pos: usize) -> (usize, bool) {
        (1, char_is_space(self.0[pos - 1] as char))
    }
}

struct ByteUnits<'a>(&'a [u8]);

/// `bytes.isspace()` per byte: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub fn byte_is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

impl Units for ByteUnits<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn next_unit(&self, pos: usize) -> (usize, bool) {
        (1, byte_is_space(self.0[pos]))
    }
    fn prev_unit(&self, pos: usize) -> (usize, bool) {
        (1, byte_is_space(self.0[pos - 1]))
    }
}

fn budget(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

fn split_whitespace_ranges(units: &impl Units, maxsplit: i64) -> Vec<(usize, usize)> {
    let len = units.len();
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut left = budget(maxsplit);
    let skip_space = |mut i: usize| {
        while i < len {
            let (n, space) = units.next_unit(i);
            if !space {
                break;
            }
            i += n;
        }
        i
    };
    while left > 0 {
        i = skip_space(i);
        if i == len {
            return pieces;
        }
        let start = i;
        while i < len {
            let (n, space) = units.next_unit(i);
            if space {
                break;
            }
            i += n;
        }
        pieces.push((start, i));
        left -= 1;
    }
    i = skip_space(i);
    if i < len {
        pieces.push((i, len));
    }
    pieces
}

fn rsplit_whitespace_ranges(units: &impl Units, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut i = units.len();
    let mut left = budget(maxsplit);
    let skip_space = |mut i: usize| {
        while i > 0 {
            let (n, space) = units.prev_unit(i);
            if !space {
                break;
            }
            i -= n;
        }
        i
    };
    while left > 0 {
        i = skip_space(i);
        if i == 0 {
            pieces.reverse();
            return pieces;
        }
        let end = i;
        while i > 0 {
            let (n, space) = units.prev_unit(i);
            if space {
                break;
            }
            i -= n;
        }
        pieces.push((i, end));
        left -= 1;
    }
    i = skip_space(i);
    if i > 0 {
        pieces.push((0, i));
    }
    pieces.reverse();
    pieces
}

fn split_sep_ranges(
    hay: &[u8],
    sep: &[u8],
    maxsplit: i64,
) -> Result<Vec<(usize, usize)>, TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in memmem::find_iter(hay, sep).take(budget(maxsplit)) {
        pieces.push((start, at));
        start = at + sep.len();
    }
    pieces.push((start, hay.len()));
    Ok(pieces)
}

fn rsplit_sep_ranges(
    hay: &[u8],
    sep: &[u8],
    maxsplit: i64,
) -> Result<Vec<(usize, usize)>, TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    let mut pieces = Vec::new();
    let mut end = hay.len();
    for at in memmem::rfind_iter(hay, sep).take(budget(maxsplit)) {
        pieces.push((at + sep.len(), end));
        end = at;
    }
    pieces.push((0, end));
    pieces.reverse();
    Ok(pieces)
}

fn str_pieces(s: &str, ranges: Vec<(usize, usize)>) -> Vec<&str> {
    ranges.into_iter().map(|(a, b)| &s[a..b]).collect()
}

fn byte_pieces(b: &[u8], ranges: Vec<(usize, usize)>) -> Vec<&[u8]> {
    ranges.into_iter().map(|(x, y)| &b[x..y]).collect()
}

/// `s.split(sep, maxsplit)`; `sep=None` splits on runs of whitespace. A negative `maxsplit`
/// means no limit. `ValueError: empty separator` for `sep=''`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let ranges = match sep {
        None if s.is_ascii() => split_whitespace_ranges(&AsciiStrUnits(s.as_bytes()), maxsplit),
        None => split_whitespace_ranges(&StrUnits(s), maxsplit),
        Some(sep) => split_sep_ranges(s.as_bytes(), sep.as_bytes(), maxsplit)?,
    };
    Ok(str_pieces(s, ranges))
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    let ranges = match sep {
        None if s.is_ascii() => rsplit_whitespace_ranges(&AsciiStrUnits(s.as_bytes()), maxsplit),
        None => rsplit_whitespace_ranges(&StrUnits(s), maxsplit),
        Some(sep) => rsplit_sep_ranges(s.as_bytes(), sep.as_bytes(), maxsplit)?,
    };
    Ok(str_pieces(s, ranges))
}

/// `b.split(sep, maxsplit)`; `sep=None` splits on ASCII whitespace.
pub fn split_bytes<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let ranges = match sep {
        None => split_whitespace_ranges(&ByteUnits(b), maxsplit),
        Some(sep) => split_sep_ranges(b, sep, maxsplit)?,
    };
    Ok(byte_pieces(b, ranges))
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit_bytes<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, TextError> {
    let ranges = match sep {
        None => rsplit_whitespace_ranges(&ByteUnits(b), maxsplit),
        Some(sep) => rsplit_sep_ranges(b, sep, maxsplit)?,
    };
    Ok(byte_pieces(b, ranges))
}

/// Length of the line break starting at byte `i` of a str, if any: `\n`, `\r`, `\r\n`,
/// `\v`, `\f`, `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028`, `\u2029`.
fn str_line_break(s: &[u8], i: usize) -> Option<usize> {
    match s[i] {
        b'\r' => Some(if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 }),
        b'\n' | 0x0b | 0x0c | 0x1c | 0x1d | 0x1e => Some(1),
        0xc2 if s.get(i + 1) == Some(&0x85) => Some(2),
        0xe2 if s.get(i + 1) == Some(&0x80) && matches!(s.get(i + 2), Some(0xa8 | 0xa9)) => Some(3),
        _ => None,
    }
}

/// Length of the line break starting at byte `i` of a bytes object: `\n`, `\r`, `\r\n`.
fn bytes_line_break(s: &[u8], i: usize) -> Option<usize> {
    match s[i] {
        b'\r' => Some(if s.get(i + 1) == Some(&b'\n') { 2 } else { 1 }),
        b'\n' => Some(1),
        _ => None,
    }
}

fn splitlines_ranges(
    s: &[u8],
    keepends: bool,
    line_break: fn(&[u8], usize) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        match line_break(s, i) {
            Some(n) => {
                lines.push((start, if keepends { i + n } else { i }));
                i += n;
                start = i;
            }
            None => i += 1,
        }
    }
    if start < s.len() {
        lines.push((start, s.len()));
    }
    lines
}

/// `s.splitlines(keepends)` with Python's full set of line boundaries.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    str_pieces(s, splitlines_ranges(s.as_bytes(), keepends, str_line_break))
}

/// `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines.
pub fn splitlines_bytes(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    byte_pieces(b, splitlines_ranges(b, keepends, bytes_line_break))
}

fn partition_at(hay: &[u8], sep: &[u8], from_right: bool) -> Result<Option<usize>, TextError> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(if from_right {
        memmem::rfind(hay, sep)
    } else {
        memmem::find(hay, sep)
    })
}

/// `s.partition(sep)`: `(s, '', '')` when `sep` is absent.
pub fn partition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    Ok(match partition_at(s.as_bytes(), sep.as_bytes(), false)? {
        Some(at) => (&s[..at], sep, &s[at + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: `('', '', s)` when `sep` is absent.
pub fn rpartition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    Ok(match partition_at(s.as_bytes(), sep.as_bytes(), true)? {
        Some(at) => (&s[..at], sep, &s[at + sep.len()..]),
        None => ("", "", s),
    })
}

/// The three parts `partition` returns for bytes.
pub type BytesParts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`.
pub fn partition_bytes<'a>(b: &'a [u8], sep: &'a [u8]) -> Result<BytesParts<'a>, TextError> {
    Ok(match partition_at(b, sep, false)? {
        Some(at) => (&b[..at], sep, &b[at + sep.len()..]),
        None => (b, b"", b""),
    })
}

/// `b.rpartition(sep)`.
pub fn rpartition_bytes<'a>(b: &'a [u8], sep: &'a [u8]) -> Result<BytesParts<'a>, TextError> {
    Ok(match partition_at(b, sep, true)? {
        Some(at) => (&b[..at], sep, &b[at + sep.len()..]),
        None => (b"", b"", b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, enc, py_str, python};

    fn encode_list(items: &[&str]) -> String {
        items.iter().map(|s| enc(s)).collect::<Vec<_>>().join(",")
    }

    #[test]
    fn split_matches_cpython() {
        let strings = [
            "",
            " ",
            "a",
            "  a b  c  ",
            "a,b,,c,",
            ",",
            "\u{3000}x\u{85}y\x1cz\u{a0} ",
            "a\tb\nc\x0bd\x0ce\rf",
            "éXéXé",
            "XX",
            "aXXXb",
        ];
        let seps = [None, Some(","), Some("X"), Some("XX"), Some(" "), Some("é")];
        let maxsplits = [-1i64, 0, 1, 2];
        let mut cases = Vec::new();
        let mut script = String::from("def e(l): return ','.join(enc(x) for x in l)\n");
        for s in strings {
            for sep in seps {
                for m in maxsplits {
                    cases.push((s, sep, m));
                    let sep_py = sep.map_or("None".to_owned(), py_str);
                    script.push_str(&format!(
                        "print(e({s}.split({sep_py}, {m})) + ' ' + e({s}.rsplit({sep_py}, {m})))\n",
                        s = py_str(s)
                    ));
                }
            }
        }
        let out = python(&script);
        for (&(s, sep, m), line) in cases.iter().zip(out.lines()) {
            let (left, right) = line.split_once(' ').unwrap();
            assert_eq!(
                encode_list(&split(s, sep, m).unwrap()),
                left,
                "{s:?}.split({sep:?}, {m})"
            );
            assert_eq!(
                encode_list(&rsplit(s, sep, m).unwrap()),
                right,
                "{s:?}.rsplit({sep:?}, {m})"
            );
        }
        assert_eq!(
            split("a", Some(""), -1),
            Err(TextError::value("empty separator"))
        );
    }

    #[test]
    fn bytes_split_matches_cpython() {
        let out = python(
            "for r in [b' a\\x1cb \\x0bc\\x85 '.split(), b' a b c '.split(None, 1), b' a b c '.rsplit(None, 1), b'a,b,,c'.split(b',', 2), b'a,b,,c'.rsplit(b',', 2)]: print(repr(r))",
        );
        let show = |v: Vec<&[u8]>| {
            let items: Vec<String> = v.iter().map(|b| crate::text::repr::bytes_repr(b)).collect();
            format!("[{}]", items.join(", "))
        };
        let got = [
            show(split_bytes(b" a\x1cb \x0bc\x85 ", None, -1).unwrap()),
            show(split_bytes(b" a b c ", None, 1).unwrap()),
            show(rsplit_bytes(b" a b c ", None, 1).unwrap()),
            show(split_bytes(b"a,b,,c", Some(b","), 2).unwrap()),
            show(rsplit_bytes(b"a,b,,c", Some(b","), 2).unwrap()),
        ];
        assert_eq!(got.join("\n"), out.trim_end());
    }

    #[test]
    fn splitlines_and_partition_match_cpython() {
        let s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l\n\nm\r";
        let out = python(&format!(
            "s = {}\nfor r in [s.splitlines(), s.splitlines(True), ''.splitlines(), 'x'.splitlines(True)]: print(','.join(enc(x) for x in r))\nprint(repr(s.encode('latin-1', 'replace').splitlines(True)))\nfor r in ['aXbXc'.partition('X'), 'aXbXc'.rpartition('X'), 'abc'.partition('X'), 'abc'.rpartition('X')]: print(','.join(enc(x) for x in r))",
            py_str(s)
        ));
        let mut lines = out.lines();
        assert_eq!(encode_list(&splitlines(s, false)), lines.next().unwrap());
        assert_eq!(encode_list(&splitlines(s, true)), lines.next().unwrap());
        assert_eq!(encode_list(&splitlines("", false)), lines.next().unwrap());
        assert_eq!(encode_list(&splitlines("x", true)), lines.next().unwrap());
        let latin: Vec<u8> = s
            .chars()
            .map(|c| if (c as u32) < 256 { c as u8 } else { b'?' })
            .collect();
        let items: Vec<String> = splitlines_bytes(&latin, true)
            .iter()
            .map(|b| crate::text::repr::bytes_repr(b))
            .collect();
        assert_eq!(format!("[{}]", items.join(", ")), lines.next().unwrap());
        let parts = |(a, b, c): (&str, &str, &str)| encode_list(&[a, b, c]);
        assert_eq!(
            parts(partition("aXbXc", "X").unwrap()),
            lines.next().unwrap()
        );
        assert_eq!(
            parts(rpartition("aXbXc", "X").unwrap()),
            lines.next().unwrap()
        );
        assert_eq!(parts(partition("abc", "X").unwrap()), lines.next().unwrap());
        assert_eq!(
            parts(rpartition("abc", "X").unwrap()),
            lines.next().unwrap()
        );
        assert!(partition("abc", "").is_err());
        assert_eq!(
            partition_bytes(b"a=b", b"=").unwrap(),
            (&b"a"[..], &b"="[..], &b"b"[..])
        );
        assert_eq!(dec(""), "");
    }
}
