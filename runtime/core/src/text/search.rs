//! Substring search: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`,
//! `replace`, for `str` (code-point indices) and for `bytes`/`bytearray` (byte indices).
//!
//! Both work on bytes: a UTF-8 needle can only match a UTF-8 haystack at char boundaries,
//! so searching the encoded bytes with `memchr::memmem` (SIMD-accelerated Two-Way) is exact,
//! and only the *answer* is converted back to a code-point index, which is free for ASCII.
//! The `start`/`end` arguments follow CPython's `ADJUST_INDICES` and its edge rules for
//! empty needles (`'abc'.find('', 3) == 3`, `'abc'.find('', 4) == -1`,
//! `'abc'.count('') == 4`).

use std::borrow::Cow;

use memchr::memmem;

use super::error::{bytes_with_capacity, TextError};
use super::index::{adjust_indices, byte_offset, char_index};

/// The part of the haystack a search may look at: code-point window `start..end`, plus its
/// byte range. `None` when `start > end` (no match is possible, not even of "").
struct Window {
    start: usize,
    end: usize,
    from: usize,
    to: usize,
}

fn str_window(hay: &str, hay_len: usize, start: Option<i64>, end: Option<i64>) -> Option<Window> {
    let (start, end) = adjust_indices(start, end, hay_len);
    if start > end {
        return None;
    }
    let from = byte_offset(hay, hay_len, start);
    let to = if hay_len == hay.len() {
        end
    } else {
        from + byte_offset(&hay[from..], hay_len - start, end - start)
    };
    Some(Window {
        start,
        end,
        from,
        to,
    })
}

fn bytes_window(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (start, end) = adjust_indices(start, end, len);
    (start <= end).then_some((start, end))
}

/// `hay.find(needle, start, end)` on code points; `None` is Python's `-1`.
pub fn find(
    hay: &str,
    hay_len: usize,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let w = str_window(hay, hay_len, start, end)?;
    let at = memmem::find(&hay.as_bytes()[w.from..w.to], needle.as_bytes())?;
    Some(w.start + char_index(&hay[w.from..], hay_len - w.start, at))
}

/// `hay.rfind(needle, start, end)`; `None` is `-1`.
pub fn rfind(
    hay: &str,
    hay_len: usize,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let w = str_window(hay, hay_len, start, end)?;
    let at = memmem::rfind(&hay.as_bytes()[w.from..w.to], needle.as_bytes())?;
    Some(w.start + char_index(&hay[w.from..], hay_len - w.start, at))
}

/// `hay.index(needle, start, end)`: like `find` but raises `ValueError: substring not found`.
pub fn index(
    hay: &str,
    hay_len: usize,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    find(hay, hay_len, needle, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `hay.rindex(needle, start, end)`.
pub fn rindex(
    hay: &str,
    hay_len: usize,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    rfind(hay, hay_len, needle, start, end).ok_or_else(|| TextError::value("substring not found"))
}

/// `hay.count(needle, start, end)`: non-overlapping occurrences; an empty needle counts the
/// `end - start + 1` gaps.
pub fn count(
    hay: &str,
    hay_len: usize,
    needle: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> usize {
    let Some(w) = str_window(hay, hay_len, start, end) else {
        return 0;
    };
    if needle.is_empty() {
        return w.end - w.start + 1;
    }
    memmem::find_iter(&hay.as_bytes()[w.from..w.to], needle.as_bytes()).count()
}

/// `hay.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn starts_with(
    hay: &str,
    hay_len: usize,
    prefix: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> bool {
    str_window(hay, hay_len, start, end)
        .is_some_and(|w| hay.as_bytes()[w.from..w.to].starts_with(prefix.as_bytes()))
}

/// `hay.endswith(suffix, start, end)` for one suffix.
pub fn ends_with(
    hay: &str,
    hay_len: usize,
    suffix: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> bool {
    str_window(hay, hay_len, start, end)
        .is_some_and(|w| hay.as_bytes()[w.from..w.to].ends_with(suffix.as_bytes()))
}

/// `s.replace(old, new, count)`; a negative `count` replaces all. Borrowed when unchanged,
/// so the caller can return the original object as CPython does.
pub fn replace<'a>(
    s: &'a str,
    old: &str,
    new: &str,
    count: i64,
) -> Result<Cow<'a, str>, TextError> {
    match replace_bytes(s.as_bytes(), old.as_bytes(), new.as_bytes(), count, true)? {
        Cow::Borrowed(_) => Ok(Cow::Borrowed(s)),
        // The pieces are whole chars of `s` and `new`, and an empty `old` inserts between
        // chars (see `replace_bytes`), so the result is valid UTF-8.
        Cow::Owned(bytes) => String::from_utf8(bytes)
            .map(Cow::Owned)
            .map_err(|_| TextError::value("invalid UTF-8 in replace")),
    }
}

/// Gaps where an empty pattern matches: between units, where a unit is a char for `str`
/// and a byte for `bytes`.
fn unit_starts(hay: &[u8], utf8: bool) -> impl Iterator<Item = usize> + '_ {
    (0..=hay.len()).filter(move |&i| !utf8 || i == hay.len() || hay[i] & 0xC0 != 0x80)
}

/// `bytes.replace(old, new, count)`; also the engine of [`replace`] (`utf8` says whether an
/// empty `old` inserts between chars or between bytes).
pub fn replace_bytes<'a>(
    hay: &'a [u8],
    old: &[u8],
    new: &[u8],
    count: i64,
    utf8: bool,
) -> Result<Cow<'a, [u8]>, TextError> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 {
        return Ok(Cow::Borrowed(hay));
    }
    let matches: Vec<usize> = if old.is_empty() {
        unit_starts(hay, utf8).take(limit).collect()
    } else {
        memmem::find_iter(hay, old).take(limit).collect()
    };
    if matches.is_empty() {
        return Ok(Cow::Borrowed(hay));
    }
    let grown = new
        .len()
        .checked_mul(matches.len())
        .and_then(|g| g.checked_add(hay.len()));
    let Some(capacity) = grown else {
        return Err(TextError::Overflow("replace string is too long".to_owned()));
    };
    let mut out = bytes_with_capacity(capacity.saturating_sub(old.len() * matches.len()))?;
    let mut copied = 0;
    for at in matches {
        out.extend_from_slice(&hay[copied..at]);
        out.extend_from_slice(new);
        copied = at + old.len();
    }
    out.extend_from_slice(&hay[copied..]);
    Ok(Cow::Owned(out))
}

/// `bytes.find(sub, start, end)` (byte indices); `None` is `-1`.
pub fn find_bytes(
    hay: &[u8],
    needle: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let (from, to) = bytes_window(hay.len(), start, end)?;
    memmem::find(&hay[from..to], needle).map(|at| from + at)
}

/// `bytes.rfind(sub, start, end)`.
pub fn rfind_bytes(
    hay: &[u8],
    needle: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let (from, to) = bytes_window(hay.len(), start, end)?;
    memmem::rfind(&hay[from..to], needle).map(|at| from + at)
}

/// `bytes.index(sub, start, end)`: `ValueError: subsection not found` when absent.
pub fn index_bytes(
    hay: &[u8],
    needle: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    find_bytes(hay, needle, start, end).ok_or_else(|| TextError::value("subsection not found"))
}

/// `bytes.rindex(sub, start, end)`.
pub fn rindex_bytes(
    hay: &[u8],
    needle: &[u8],
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, TextError> {
    rfind_bytes(hay, needle, start, end).ok_or_else(|| TextError::value("subsection not found"))
}

/// An int used as the needle of a bytes search (`b.find(98)`): the byte it stands for, or
/// `ValueError: byte must be in range(0, 256)`.
pub fn byte_needle(value: i64) -> Result<u8, TextError> {
    u8::try_from(value).map_err(|_| TextError::value("byte must be in range(0, 256)"))
}

/// `bytes.count(sub, start, end)`.
pub fn count_bytes(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let Some((from, to)) = bytes_window(hay.len(), start, end) else {
        return 0;
    };
    if needle.is_empty() {
        return to - from + 1;
    }
    memmem::find_iter(&hay[from..to], needle).count()
}

/// `bytes.startswith(prefix, start, end)` for one prefix.
pub fn starts_with_bytes(hay: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    bytes_window(hay.len(), start, end).is_some_and(|(from, to)| hay[from..to].starts_with(prefix))
}

/// `bytes.endswith(suffix, start, end)` for one suffix.
pub fn ends_with_bytes(hay: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    bytes_window(hay.len(), start, end).is_some_and(|(from, to)| hay[from..to].ends_with(suffix))
}

/// `str.__contains__`.
pub fn contains(hay: &str, needle: &str) -> bool {
    memmem::find(hay.as_bytes(), needle.as_bytes()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::index::char_count;
    use crate::text::testutil::{dec, py_str, python};

    fn arg(v: Option<i64>) -> String {
        v.map_or("None".to_owned(), |v| v.to_string())
    }

    #[test]
    fn search_matches_cpython_on_grid() {
        let hays = ["", "abc", "aXbXcXX", "héé😀é😀", "aaaa"];
        let needles = ["", "X", "XX", "é", "é😀", "a", "aa", "zz"];
        let bounds = [
            None,
            Some(-100),
            Some(-2),
            Some(0),
            Some(1),
            Some(3),
            Some(4),
            Some(100),
        ];
        let mut cases = Vec::new();
        for h in hays {
            for n in needles {
                for &s in &bounds {
                    for &e in &bounds {
                        cases.push((h, n, s, e));
                    }
                }
            }
        }
        let mut script = String::from("def run(h, n, s, e):\n    print(h.find(n, s, e), h.rfind(n, s, e), h.count(n, s, e), int(h.startswith(n, s, e)), int(h.endswith(n, s, e)))\n");
        for &(h, n, s, e) in &cases {
            script.push_str(&format!(
                "run({}, {}, {}, {})\n",
                py_str(h),
                py_str(n),
                arg(s),
                arg(e)
            ));
        }
        let out = python(&script);
        for (&(h, n, s, e), line) in cases.iter().zip(out.lines()) {
            let hl = char_count(h);
            let to_py = |r: Option<usize>| r.map_or(-1, |v| v as i64);
            let got = format!(
                "{} {} {} {} {}",
                to_py(find(h, hl, n, s, e)),
                to_py(rfind(h, hl, n, s, e)),
                count(h, hl, n, s, e),
                u8::from(starts_with(h, hl, n, s, e)),
                u8::from(ends_with(h, hl, n, s, e))
            );
            assert_eq!(got, line, "{h:?} {n:?} {s:?} {e:?}");
            let b = h.as_bytes();
            let nb = n.as_bytes();
            let script_line = (
                find_bytes(b, nb, s, e),
                rfind_bytes(b, nb, s, e),
                count_bytes(b, nb, s, e),
            );
            if h.is_ascii() {
                let (f, r, c) = script_line;
                assert_eq!(
                    format!("{} {} {}", to_py(f), to_py(r), c),
                    line.split(' ').take(3).collect::<Vec<_>>().join(" ")
                );
            }
        }
    }

    #[test]
    fn bytes_search_matches_cpython() {
        let hay: &[u8] = b"\xffab\xffab\x00";
        let needles: [&[u8]; 4] = [b"", b"ab", b"\xff", b"b\x00"];
        let bounds = [None, Some(-3), Some(1), Some(9)];
        let mut script =
            String::from("h = b'\\xffab\\xffab\\x00'\nns = [b'', b'ab', b'\\xff', b'b\\x00']\n");
        let mut cases = Vec::new();
        for (ni, n) in needles.iter().enumerate() {
            for &s in &bounds {
                for &e in &bounds {
                    cases.push((*n, s, e));
                    let (s, e) = (arg(s), arg(e));
                    script.push_str(&format!(
                        "n = ns[{ni}]\nprint(h.find(n, {s}, {e}), h.rfind(n, {s}, {e}), h.count(n, {s}, {e}), int(h.startswith(n, {s}, {e})), int(h.endswith(n, {s}, {e})))\n"
                    ));
                }
            }
        }
        let out = python(&script);
        for (&(n, s, e), line) in cases.iter().zip(out.lines()) {
            let to_py = |r: Option<usize>| r.map_or(-1, |v| v as i64);
            let got = format!(
                "{} {} {} {} {}",
                to_py(find_bytes(hay, n, s, e)),
                to_py(rfind_bytes(hay, n, s, e)),
                count_bytes(hay, n, s, e),
                u8::from(starts_with_bytes(hay, n, s, e)),
                u8::from(ends_with_bytes(hay, n, s, e))
            );
            assert_eq!(got, line, "{n:?} {s:?} {e:?}");
        }
    }

    #[test]
    fn replace_matches_cpython() {
        let cases = [
            ("abc", "", "-", -1),
            ("abc", "", "-", 2),
            ("héé", "", "|", -1),
            ("aaaa", "aa", "b", -1),
            ("aaaa", "a", "", 3),
            ("abc", "x", "y", -1),
            ("abc", "b", "BB", 0),
            ("é😀é", "é", "e", -1),
            ("", "", "x", -1),
        ];
        let exprs: Vec<String> = cases
            .iter()
            .map(|(s, o, n, c)| format!("{}.replace({}, {}, {c})", py_str(s), py_str(o), py_str(n)))
            .collect();
        let out = python(&format!("for r in [{}]: print(enc(r))", exprs.join(", ")));
        for (&(s, o, n, c), line) in cases.iter().zip(out.lines()) {
            assert_eq!(
                replace(s, o, n, c).unwrap(),
                dec(line),
                "{s:?}.replace({o:?}, {n:?}, {c})"
            );
        }
        assert_eq!(
            replace_bytes(b"\xff\xfe", b"", b"-", -1, false)
                .unwrap()
                .as_ref(),
            b"-\xff-\xfe-"
        );
        assert!(matches!(
            replace("abc", "x", "y", -1).unwrap(),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            index("abc", 3, "d", None, None),
            Err(TextError::Value("substring not found".into()))
        );
    }
}
