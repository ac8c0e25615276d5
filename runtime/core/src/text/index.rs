//! Code-point indices, byte offsets and Python's slice-argument rules.
//!
//! Python indexes strings by code point; braid stores them as UTF-8 and remembers their
//! length in code points. When that length equals the byte length the string is ASCII and
//! every conversion is the identity, which is the O(1) fast path all callers rely on. Other
//! strings pay a scan, done with byte tests rather than `chars()` decoding.
//!
//! `adjust_indices` is CPython's `ADJUST_INDICES`: the rule every `find`/`count`/
//! `startswith` uses for its optional `start`/`end` arguments (negative counts from the end,
//! out-of-range clamps, `start` is *not* clamped to the length so callers can tell
//! "start past the end" apart).

/// Number of code points in `s`.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.as_bytes()
        .iter()
        .filter(|&&b| !is_continuation(b))
        .count()
}

#[inline]
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// Byte offset of code point `index` in `s` (whose length in code points is `char_len`);
/// `index == char_len` gives `s.len()`. Indices past the end clamp to `s.len()`.
pub fn byte_offset(s: &str, char_len: usize, index: usize) -> usize {
    if char_len == s.len() {
        return index.min(s.len());
    }
    if index >= char_len {
        return s.len();
    }
    let mut seen = 0;
    for (offset, &byte) in s.as_bytes().iter().enumerate() {
        if !is_continuation(byte) {
            if seen == index {
                return offset;
            }
            seen += 1;
        }
    }
    s.len()
}

/// Code-point index of byte offset `offset` (which must be a char boundary) in `s`.
pub fn char_index(s: &str, char_len: usize, offset: usize) -> usize {
    if char_len == s.len() {
        return offset;
    }
    s.as_bytes()[..offset.min(s.len())]
        .iter()
        .filter(|&&b| !is_continuation(b))
        .count()
}

/// The substring of code points `start..end` (clamped to the string).
pub fn char_range(s: &str, char_len: usize, start: usize, end: usize) -> &str {
    if end <= start {
        return "";
    }
    let from = byte_offset(s, char_len, start);
    if char_len == s.len() {
        return &s[from..end.min(s.len())];
    }
    let to = from + byte_offset(&s[from..], char_len.saturating_sub(start), end - start);
    &s[from..to]
}

/// The code point at `index`, or `None` past the end.
pub fn char_at(s: &str, char_len: usize, index: usize) -> Option<char> {
    if index >= char_len {
        return None;
    }
    if char_len == s.len() {
        return Some(s.as_bytes()[index] as char);
    }
    s[byte_offset(s, char_len, index)..].chars().next()
}

/// CPython's `ADJUST_INDICES` for optional `start`/`end` on a sequence of length `len`:
/// `None` means 0 and `len`; negatives count from the end and clamp at 0; `end` clamps at
/// `len`. `start` may come back larger than `len` or `end`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let clamp_neg = |v: i64| if v < 0 { (v + len_i).max(0) } else { v };
    let end = match end {
        None => len_i,
        Some(e) if e > len_i => len_i,
        Some(e) => clamp_neg(e),
    };
    let start = start.map_or(0, clamp_neg);
    (start as usize, end as usize)
}

/// `PySlice_AdjustIndices`: normalises already-`__index__`ed slice bounds for a sequence of
/// length `len` and returns `(start, stop, slice_length)`. `step` must not be 0 (the caller
/// raises `ValueError: slice step cannot be zero`). `None` bounds pick the step's default.
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: usize,
) -> (i64, i64, usize) {
    // CPython clamps the step to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX], so negating it is safe.
    let step = step.max(-i64::MAX);
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, count as usize)
}

/// `s[start:stop:step]` by code points, with bounds from [`slice_indices`].
pub fn slice_str(s: &str, char_len: usize, start: i64, step: i64, count: usize) -> String {
    if count == 0 {
        return String::new();
    }
    if step == 1 {
        let start = start as usize;
        return char_range(s, char_len, start, start + count).to_owned();
    }
    if char_len == s.len() {
        let bytes = s.as_bytes();
        return (0..count)
            .map(|k| bytes[(start + k as i64 * step) as usize] as char)
            .collect();
    }
    let chars: Vec<char> = s.chars().collect();
    (0..count)
        .map(|k| chars[(start + k as i64 * step) as usize])
        .collect()
}

/// Code points between two samples of a [`CharOffsets`] table.
const SAMPLE_EVERY: usize = 64;

/// A sampled map from code-point index to byte offset for one non-ASCII string, so that
/// indexing a long non-ASCII string in a loop costs at most `SAMPLE_EVERY` char steps
/// instead of a scan from the start. The caller builds it lazily (say, on the second
/// indexing of the same string) and keeps it with the string; it costs one `usize` per
/// 64 chars and is useless for ASCII strings, which need no table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CharOffsets {
    /// `samples[k]` is the byte offset of code point `k * SAMPLE_EVERY`.
    samples: Vec<usize>,
    char_len: usize,
}

impl CharOffsets {
    /// Builds the table for `s`.
    pub fn new(s: &str) -> CharOffsets {
        let mut samples = Vec::with_capacity(s.len() / SAMPLE_EVERY + 1);
        let mut count = 0;
        for (offset, _) in s.char_indices() {
            if count % SAMPLE_EVERY == 0 {
                samples.push(offset);
            }
            count += 1;
        }
        CharOffsets {
            samples,
            char_len: count,
        }
    }

    /// The string's length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Byte offset of code point `index` (`s.len()` at or past the end).
    pub fn byte_offset(&self, s: &str, index: usize) -> usize {
        if index >= self.char_len {
            return s.len();
        }
        let base = self.samples[index / SAMPLE_EVERY];
        let skip = index % SAMPLE_EVERY;
        s[base..]
            .char_indices()
            .nth(skip)
            .map_or(s.len(), |(offset, _)| base + offset)
    }

    /// Code-point index of byte offset `offset` (a char boundary of `s`).
    pub fn char_index(&self, s: &str, offset: usize) -> usize {
        let sample = self
            .samples
            .partition_point(|&o| o <= offset)
            .saturating_sub(1);
        let base = self.samples.get(sample).copied().unwrap_or(0);
        let end = offset.min(s.len());
        sample * SAMPLE_EVERY
            + s.as_bytes()[base.min(end)..end]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }

    /// The code point at `index`.
    pub fn char_at(&self, s: &str, index: usize) -> Option<char> {
        (index < self.char_len)
            .then(|| s[self.byte_offset(s, index)..].chars().next())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, py_str, python};

    #[test]
    fn offsets_round_trip() {
        let s = "aé€😀b";
        let n = char_count(s);
        assert_eq!(n, 5);
        let offsets: Vec<usize> = (0..=n).map(|i| byte_offset(s, n, i)).collect();
        assert_eq!(offsets, [0, 1, 3, 6, 10, 11]);
        for (i, &o) in offsets.iter().enumerate() {
            assert_eq!(char_index(s, n, o), i);
        }
        assert_eq!(char_range(s, n, 1, 4), "é€😀");
        assert_eq!(char_range(s, n, 3, 99), "😀b");
        assert_eq!(char_at(s, n, 3), Some('😀'));
        assert_eq!(char_at(s, n, 5), None);
        assert_eq!(char_range("abc", 3, 1, 2), "b");
    }

    #[test]
    fn sampled_offsets_agree_with_scanning() {
        let s: String = (0..500).map(|i| ['a', 'é', '€', '😀'][i % 4]).collect();
        let n = char_count(&s);
        let table = CharOffsets::new(&s);
        assert_eq!(table.char_len(), n);
        for i in 0..=n + 2 {
            assert_eq!(table.byte_offset(&s, i), byte_offset(&s, n, i), "{i}");
            assert_eq!(table.char_at(&s, i), char_at(&s, n, i), "{i}");
        }
        for (offset, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            assert_eq!(
                table.char_index(&s, offset),
                char_index(&s, n, offset),
                "{offset}"
            );
        }
        let empty = CharOffsets::new("");
        assert_eq!(
            (
                empty.char_len(),
                empty.byte_offset("", 0),
                empty.char_index("", 0)
            ),
            (0, 0, 0)
        );
    }

    #[test]
    fn extreme_slice_steps() {
        assert_eq!(slice_indices(None, None, i64::MIN, 5), (4, -1, 1));
        assert_eq!(slice_indices(None, None, i64::MAX, 5), (0, 5, 1));
        assert_eq!(
            slice_indices(Some(i64::MIN), Some(i64::MAX), 1, 5),
            (0, 5, 5)
        );
        assert_eq!(slice_str("héllo", 5, 4, -i64::MAX, 1), "o");
    }

    #[test]
    fn adjust_matches_cpython_rules() {
        assert_eq!(adjust_indices(None, None, 5), (0, 5));
        assert_eq!(adjust_indices(Some(-2), Some(-1), 5), (3, 4));
        assert_eq!(adjust_indices(Some(-9), Some(99), 5), (0, 5));
        assert_eq!(adjust_indices(Some(7), Some(-9), 5), (7, 0));
    }

    #[test]
    fn slices_match_cpython() {
        let s = "héllo wörld😀!";
        let bounds = [
            None,
            Some(-20),
            Some(-3),
            Some(-1),
            Some(0),
            Some(2),
            Some(5),
            Some(13),
            Some(40),
        ];
        let steps = [1i64, 2, 3, -1, -2, -5];
        let mut cases = Vec::new();
        for &a in &bounds {
            for &b in &bounds {
                for &c in &steps {
                    cases.push((a, b, c));
                }
            }
        }
        let show = |v: Option<i64>| v.map_or("None".to_owned(), |v| v.to_string());
        let exprs: Vec<String> = cases
            .iter()
            .map(|&(a, b, c)| format!("s[{}:{}:{}]", show(a), show(b), c))
            .collect();
        let script = format!(
            "s = {}\nfor r in [{}]: print(enc(r))",
            py_str(s),
            exprs.join(", ")
        );
        let out = python(&script);
        let n = char_count(s);
        for (&(a, b, c), line) in cases.iter().zip(out.lines()) {
            let (start, _, count) = slice_indices(a, b, c, n);
            assert_eq!(
                slice_str(s, n, start, c, count),
                dec(line),
                "{a:?}:{b:?}:{c}"
            );
        }
    }
}
