//! Trimming and padding: `strip`/`lstrip`/`rstrip`, `center`/`ljust`/`rjust`, `zfill`,
//! `expandtabs`, `removeprefix`/`removesuffix`, repetition and `join`, for `str` and `bytes`.
//!
//! Widths count code points for `str` and bytes for `bytes`, so the `str` functions take the
//! string's code-point length from the caller (who keeps it) rather than recounting. When
//! nothing changes the input is returned borrowed, letting the caller hand back the original
//! object as CPython does. Every allocation sized by a Python argument goes through
//! `try_reserve`, so `'a'.center(10**15)` raises `MemoryError` instead of aborting.

use std::borrow::Cow;

use super::error::{bytes_with_capacity, with_capacity, TextError};
use super::split::byte_is_space;
use super::unicode::char_is_space;

/// Which ends `strip` works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StripSide {
    /// `lstrip`.
    Left,
    /// `rstrip`.
    Right,
    /// `strip`.
    Both,
}

impl StripSide {
    fn left(self) -> bool {
        self != StripSide::Right
    }
    fn right(self) -> bool {
        self != StripSide::Left
    }
}

/// `s.strip(chars)` / `lstrip` / `rstrip`; `chars=None` strips Unicode whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, side: StripSide) -> &'a str {
    let in_set = |c: char| match chars {
        None => char_is_space(c),
        Some(set) => set.contains(c),
    };
    let mut out = s;
    if side.left() {
        out = out.trim_start_matches(in_set);
    }
    if side.right() {
        out = out.trim_end_matches(in_set);
    }
    out
}

/// `b.strip(chars)` / `lstrip` / `rstrip`; `chars=None` strips ASCII whitespace.
pub fn strip_bytes<'a>(b: &'a [u8], chars: Option<&[u8]>, side: StripSide) -> &'a [u8] {
    let in_set = |byte: &u8| match chars {
        None => byte_is_space(*byte),
        Some(set) => set.contains(byte),
    };
    let mut start = 0;
    let mut end = b.len();
    if side.left() {
        start = b.iter().position(|x| !in_set(x)).unwrap_or(b.len());
    }
    if side.right() {
        end = b[start..]
            .iter()
            .rposition(|x| !in_set(x))
            .map_or(start, |p| start + p + 1);
    }
    &b[start..end]
}

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `ljust`: text on the left.
    Left,
    /// `rjust`: text on the right.
    Right,
    /// `center`: extra fill goes right, except CPython's odd-width rule.
    Center,
}

/// Fill amounts `(left, right)` to bring `len` up to `width`, as CPython's `pad()` splits
/// them for `center`: `left = margin / 2 + (margin & width & 1)`.
fn margins(len: usize, width: usize, align: Align) -> (usize, usize) {
    let margin = width - len;
    match align {
        Align::Left => (0, margin),
        Align::Right => (margin, 0),
        Align::Center => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    }
}

/// `s.center(width, fill)` / `ljust` / `rjust`; `char_len` is `len(s)`.
pub fn pad<'a>(
    s: &'a str,
    char_len: usize,
    width: i64,
    fill: char,
    align: Align,
) -> Result<Cow<'a, str>, TextError> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= char_len {
        return Ok(Cow::Borrowed(s));
    }
    let (left, right) = margins(char_len, width, align);
    let fill_bytes = (left + right)
        .checked_mul(fill.len_utf8())
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(s.len().checked_add(fill_bytes).ok_or(TextError::Memory)?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Cow::Owned(out))
}

/// `b.center(width, fill)` / `ljust` / `rjust`.
pub fn pad_bytes(b: &[u8], width: i64, fill: u8, align: Align) -> Result<Cow<'_, [u8]>, TextError> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= b.len() {
        return Ok(Cow::Borrowed(b));
    }
    let (left, right) = margins(b.len(), width, align);
    let mut out = bytes_with_capacity(width)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(width, fill);
    debug_assert_eq!(out.len(), left + b.len() + right);
    Ok(Cow::Owned(out))
}

/// The message CPython gives when `fillchar` is not one char.
pub const FILL_CHAR_ERROR: &str = "The fill character must be exactly one character long";

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill<'a>(s: &'a str, char_len: usize, width: i64) -> Result<Cow<'a, str>, TextError> {
    match zfill_bytes(s.as_bytes(), char_len, width)? {
        Cow::Borrowed(_) => Ok(Cow::Borrowed(s)),
        // Only ASCII zeros were added in front of the (ASCII) sign and the original text.
        Cow::Owned(bytes) => Ok(Cow::Owned(
            String::from_utf8(bytes).map_err(|_| TextError::Memory)?,
        )),
    }
}

/// `b.zfill(width)`; `len` is the length that counts against `width` (code points for str).
pub fn zfill_bytes(b: &[u8], len: usize, width: i64) -> Result<Cow<'_, [u8]>, TextError> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(Cow::Borrowed(b));
    }
    let zeros = width - len;
    let mut out = bytes_with_capacity(b.len() + zeros)?;
    match b.first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign);
            out.resize(zeros + 1, b'0');
            out.extend_from_slice(&b[1..]);
        }
        _ => {
            out.resize(zeros, b'0');
            out.extend_from_slice(b);
        }
    }
    Ok(Cow::Owned(out))
}

/// Length of `expandtabs` output, counting columns in `unit`s.
fn expanded_len<I: Iterator<Item = (usize, bool, bool)>>(
    units: I,
    tabsize: i32,
) -> Result<usize, TextError> {
    let too_long = || TextError::Overflow("new string is too long".to_owned());
    let mut column: usize = 0;
    let mut total: usize = 0;
    for (bytes, is_tab, is_newline) in units {
        if is_tab {
            if tabsize > 0 {
                let tab = tabsize as usize;
                let incr = tab - column % tab;
                column = column.checked_add(incr).ok_or_else(too_long)?;
                total = total.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            total = total.checked_add(bytes).ok_or_else(too_long)?;
            column = if is_newline { 0 } else { column + 1 };
        }
    }
    if total > isize::MAX as usize {
        return Err(too_long());
    }
    Ok(total)
}

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`; `tabsize <= 0` deletes tabs.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<Cow<'_, str>, TextError> {
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    let units = s
        .chars()
        .map(|c| (c.len_utf8(), c == '\t', c == '\n' || c == '\r'));
    let mut out = with_capacity(expanded_len(units, tabsize)?)?;
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize as usize - column % tabsize as usize;
                    out.extend(std::iter::repeat_n(' ', incr));
                    column += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// `b.expandtabs(tabsize)`.
pub fn expandtabs_bytes(b: &[u8], tabsize: i32) -> Result<Cow<'_, [u8]>, TextError> {
    if !b.contains(&b'\t') {
        return Ok(Cow::Borrowed(b));
    }
    let units = b.iter().map(|&x| (1, x == b'\t', x == b'\n' || x == b'\r'));
    let mut out = bytes_with_capacity(expanded_len(units, tabsize)?)?;
    let mut column = 0usize;
    for &x in b {
        match x {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize as usize - column % tabsize as usize;
                    out.resize(out.len() + incr, b' ');
                    column += incr;
                }
            }
            b'\n' | b'\r' => {
                out.push(x);
                column = 0;
            }
            _ => {
                out.push(x);
                column += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix_bytes<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix_bytes<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

/// `s * n`; `n <= 0` gives the empty string. `OverflowError: repeated string is too long`
/// past `isize::MAX` bytes, `MemoryError` if the allocation fails.
pub fn repeat(s: &str, n: i64) -> Result<String, TextError> {
    // CPython's limit counts code points; only a byte total past `isize` that is also a
    // code-point total past it is the OverflowError, the rest cannot be allocated.
    let bytes = match repeat_bytes_inner(s.as_bytes(), n, "repeated string is too long") {
        Err(TextError::Overflow(_)) if (s.chars().count() as u128) * (n as u128) <= isize::MAX as u128 => {
            return Err(TextError::Memory)
        }
        other => other?,
    };
    // Whole copies of valid UTF-8 are valid UTF-8.
    String::from_utf8(bytes).map_err(|_| TextError::Memory)
}

/// `b * n` for bytes (`repeated bytes are too long`).
pub fn repeat_bytes(b: &[u8], n: i64) -> Result<Vec<u8>, TextError> {
    repeat_bytes_inner(b, n, "repeated bytes are too long")
}

fn repeat_bytes_inner(b: &[u8], n: i64, overflow: &str) -> Result<Vec<u8>, TextError> {
    let n = usize::try_from(n).unwrap_or(0);
    if n == 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    let total = b.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(TextError::Overflow(overflow.to_owned()));
    };
    let mut out = bytes_with_capacity(total)?;
    out.extend_from_slice(b);
    // Doubling copies, at most REPEAT_POLL_BYTES at a time, with a poll for Ctrl-C
    // between them: a repeat of gigabytes takes seconds. Every step is a whole number of
    // copies of `b`, so the copied prefix always continues the pattern.
    let cap = (REPEAT_POLL_BYTES / b.len()).max(1) * b.len();
    while out.len() < total {
        let step = out.len().min(total - out.len()).min(cap);
        out.extend_from_within(..step);
        if step == cap && out.len() < total && crate::numeric::interrupt::interrupted() {
            return Err(TextError::Interrupted);
        }
    }
    Ok(out)
}

/// How many bytes a repeat copies between two polls for Ctrl-C.
pub const REPEAT_POLL_BYTES: usize = 1 << 24;

/// `sep.join(items)` once the caller has checked every item is a str.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> Result<String, TextError> {
    let pieces: usize = items.iter().map(|s| s.as_ref().len()).sum();
    let mut out = with_capacity(pieces + sep.len() * items.len().saturating_sub(1))?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    Ok(out)
}

/// `TypeError` for a non-str item of `str.join` (`type_name` of the offending item).
pub fn join_type_error(index: usize, type_name: &str) -> TextError {
    TextError::Type(format!(
        "sequence item {index}: expected str instance, {type_name} found"
    ))
}

/// `sep.join(items)` for bytes-like items.
pub fn join_bytes<B: AsRef<[u8]>>(sep: &[u8], items: &[B]) -> Result<Vec<u8>, TextError> {
    let pieces: usize = items.iter().map(|b| b.as_ref().len()).sum();
    let mut out = bytes_with_capacity(pieces + sep.len() * items.len().saturating_sub(1))?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(item.as_ref());
    }
    Ok(out)
}

/// `TypeError` for a non-bytes-like item of `bytes.join`.
pub fn join_bytes_type_error(index: usize, type_name: &str) -> TextError {
    TextError::Type(format!(
        "sequence item {index}: expected a bytes-like object, {type_name} found"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::index::char_count;
    use crate::text::repr::bytes_repr;
    use crate::text::testutil::{dec, py_str, python};

    #[test]
    fn strip_matches_cpython() {
        let samples = ["  a b  ", "\u{3000}\u{85}x\x1c", "xxaxyx", "", "   ", "éaé"];
        let sets = [None, Some("x"), Some("xy"), Some("é"), Some("")];
        let mut script = String::new();
        let mut cases = Vec::new();
        for s in samples {
            for set in sets {
                cases.push((s, set));
                let set_py = set.map_or("None".to_owned(), py_str);
                script.push_str(&format!(
                    "s = {}\nprint(enc(s.strip({set_py})), enc(s.lstrip({set_py})), enc(s.rstrip({set_py})))\n",
                    py_str(s)
                ));
            }
        }
        let out = python(&script);
        for (&(s, set), line) in cases.iter().zip(out.lines()) {
            let want: Vec<String> = line.split(' ').map(dec).collect();
            let got = [
                strip(s, set, StripSide::Both),
                strip(s, set, StripSide::Left),
                strip(s, set, StripSide::Right),
            ];
            assert_eq!(got.as_slice(), want.as_slice(), "{s:?} {set:?}");
        }
        assert_eq!(
            strip_bytes(b" \x1c\x0ba\t ", None, StripSide::Both),
            b"\x1c\x0ba"
        );
        assert_eq!(strip_bytes(b"xyaxy", Some(b"xy"), StripSide::Left), b"axy");
        assert_eq!(strip_bytes(b"xyaxy", Some(b"xy"), StripSide::Right), b"xya");
        assert_eq!(strip_bytes(b"xxxx", Some(b"x"), StripSide::Both), b"");
    }

    #[test]
    fn padding_matches_cpython() {
        let samples = ["", "a", "ab", "abc", "é€", "-42", "+", "-", "4"];
        let widths = [-1i64, 0, 1, 2, 3, 4, 5, 6, 7];
        let mut script = String::new();
        let mut cases = Vec::new();
        for s in samples {
            for w in widths {
                cases.push((s, w));
                script.push_str(&format!(
                    "s = {}\nprint(enc(s.center({w}, '\\u00b7')), enc(s.ljust({w}, '*')), enc(s.rjust({w})), enc(s.zfill({w})))\n",
                    py_str(s)
                ));
            }
        }
        let out = python(&script);
        for (&(s, w), line) in cases.iter().zip(out.lines()) {
            let n = char_count(s);
            let want: Vec<String> = line.split(' ').map(dec).collect();
            let got = [
                pad(s, n, w, '·', Align::Center).unwrap().into_owned(),
                pad(s, n, w, '*', Align::Left).unwrap().into_owned(),
                pad(s, n, w, ' ', Align::Right).unwrap().into_owned(),
                zfill(s, n, w).unwrap().into_owned(),
            ];
            assert_eq!(got.as_slice(), want.as_slice(), "{s:?} {w}");
            if s.is_ascii() {
                assert_eq!(
                    pad_bytes(s.as_bytes(), w, b'*', Align::Left)
                        .unwrap()
                        .as_ref(),
                    want[1].as_bytes()
                );
                assert_eq!(
                    zfill_bytes(s.as_bytes(), s.len(), w).unwrap().as_ref(),
                    want[3].as_bytes()
                );
            }
        }
        assert_eq!(
            pad("a", 1, 1 << 60, ' ', Align::Center),
            Err(TextError::Memory)
        );
    }

    #[test]
    fn expandtabs_matches_cpython() {
        let samples = [
            "a\tbc\t\r\txyz\n\t",
            "\t",
            "é\t€\t😀\tx",
            "no tabs",
            "12345678\t|",
        ];
        let sizes = [-3, 0, 1, 4, 8];
        let mut script = String::new();
        for s in samples {
            for t in sizes {
                script.push_str(&format!(
                    "print(enc({s}.expandtabs({t})), repr({s}.encode('utf-8').expandtabs({t})))\n",
                    s = py_str(s)
                ));
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for s in samples {
            for t in sizes {
                let line = lines.next().unwrap();
                let (text, bytes) = line.split_once(' ').unwrap();
                assert_eq!(expandtabs(s, t).unwrap(), dec(text), "{s:?} {t}");
                assert_eq!(
                    bytes_repr(&expandtabs_bytes(s.as_bytes(), t).unwrap()),
                    bytes,
                    "{s:?} {t}"
                );
            }
        }
    }

    #[test]
    fn repeat_join_affixes() {
        assert_eq!(repeat("ab", 3).unwrap(), "ababab");
        assert_eq!(repeat("é", 5).unwrap(), "ééééé");
        assert_eq!(repeat("ab", -1).unwrap(), "");
        assert_eq!(
            repeat("ab", 1 << 62),
            Err(TextError::Overflow("repeated string is too long".into()))
        );
        assert_eq!(
            repeat_bytes(b"ab", 1 << 62),
            Err(TextError::Overflow("repeated bytes are too long".into()))
        );
        assert_eq!(repeat_bytes(b"xyz", 7).unwrap(), b"xyz".repeat(7));
        assert_eq!(join(", ", &["a", "b", "c"]).unwrap(), "a, b, c");
        assert_eq!(join("-", &[] as &[&str]).unwrap(), "");
        assert_eq!(join_bytes(b"-", &[b"a".as_slice(), b"b"]).unwrap(), b"a-b");
        assert_eq!(
            join_type_error(0, "int").message(),
            "sequence item 0: expected str instance, int found"
        );
        assert_eq!(removeprefix("abcab", "ab"), "cab");
        assert_eq!(removesuffix("abcab", "ab"), "abc");
        assert_eq!(removesuffix("abc", "x"), "abc");
        assert_eq!(removeprefix_bytes(b"abc", b"a"), b"bc");
        assert_eq!(removesuffix_bytes(b"abc", b"bc"), b"a");
    }
}

#[cfg(test)]
mod repeat_interrupt_tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        /// Whether this test thread asks long operations to stop (other test threads,
        /// which share the process-wide poll, never do).
        static STOP: Cell<bool> = const { Cell::new(false) };
    }

    fn stop_requested() -> bool {
        STOP.with(Cell::get)
    }

    #[test]
    fn a_long_repeat_polls_for_ctrl_c_and_a_short_one_does_not() {
        crate::numeric::interrupt::set_check(stop_requested);
        STOP.with(|s| s.set(true));
        let long = repeat_bytes(b"abc", (REPEAT_POLL_BYTES * 2) as i64);
        let short = repeat_bytes(b"abc", 1000);
        STOP.with(|s| s.set(false));
        assert_eq!(long, Err(TextError::Interrupted));
        assert_eq!(short.map(|v| v.len()), Ok(3000));
        let whole = repeat_bytes(b"abc", (REPEAT_POLL_BYTES / 2 + 7) as i64).expect("repeat");
        assert!(whole.chunks(3).all(|c| c == b"abc"));
        assert_eq!(whole.len(), (REPEAT_POLL_BYTES / 2 + 7) * 3);
    }
}
