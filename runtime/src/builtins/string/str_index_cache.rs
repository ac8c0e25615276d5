//! Code-point indexing of non-ASCII strings without a scan from the start each time.
//!
//! ASCII strings index by byte. A non-ASCII string has no per-object index table (the
//! object layout stays compact), so `s[i]` would walk the UTF-8 from the start: loops
//! like `for i in range(len(s)): s[i]` would be quadratic. Such loops almost always index
//! the same string over and over, so each thread keeps the `CharOffsets` sample table of
//! the last long non-ASCII string it indexed, together with a strong reference to that
//! string (so the object cannot be freed and its address reused while the table
//! describes it; the reference is given back when another string replaces it). Strings shorter than [`MIN_CACHED_LEN`] code points are walked directly.

use std::cell::RefCell;
use std::mem::ManuallyDrop;

use crate::builtins::str::StrData;
use crate::object::Value;
use crate::text::index::CharOffsets;

/// Below this length a direct walk is as cheap as a table lookup.
const MIN_CACHED_LEN: usize = 256;

struct Cached {
    /// Never dropped by the thread-local's destructor (a decref during thread teardown
    /// could reach per-thread state already gone); released explicitly on replacement.
    string: ManuallyDrop<Value>,
    offsets: CharOffsets,
}

thread_local! {
    static LAST: RefCell<Option<Cached>> = const { RefCell::new(None) };
}

/// Byte offset of code point `index` (at most `char_len`) in the str `v` whose body is `d`.
pub fn byte_offset(v: &Value, d: &StrData, index: usize) -> usize {
    let s = d.as_str();
    if d.is_ascii() {
        return index.min(s.len());
    }
    if d.char_len() < MIN_CACHED_LEN {
        return crate::text::index::byte_offset(s, d.char_len(), index);
    }
    LAST.with(|cell| {
        let mut slot = cell.borrow_mut();
        let hit = slot.as_ref().is_some_and(|c| c.string.is(v));
        if !hit {
            let fresh = Cached { string: ManuallyDrop::new(v.clone()), offsets: CharOffsets::new(s) };
            if let Some(old) = slot.replace(fresh) {
                drop(ManuallyDrop::into_inner(old.string));
            }
        }
        match slot.as_ref() {
            Some(c) => c.offsets.byte_offset(s, index),
            None => crate::text::index::byte_offset(s, d.char_len(), index),
        }
    })
}

/// The code point at `index` (< `char_len`).
pub fn char_at(v: &Value, d: &StrData, index: usize) -> char {
    let s = d.as_str();
    if d.is_ascii() {
        return char::from(s.as_bytes()[index]);
    }
    s[byte_offset(v, d, index)..].chars().next().unwrap_or('\0')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::str::{as_str_data, new_str};

    #[test]
    fn long_non_ascii_strings_index_like_a_scan() {
        let text: String = (0..1000).map(|i| if i % 3 == 0 { 'é' } else { char::from(b'a' + (i % 26) as u8) }).collect();
        let v = new_str(&text);
        let d = as_str_data(&v).unwrap_or_else(|| unreachable!("new_str makes a str"));
        let expected: Vec<char> = text.chars().collect();
        for i in [0, 1, 63, 64, 65, 500, 999, 3, 998] {
            assert_eq!(char_at(&v, d, i), expected[i]);
        }
        let other = new_str(&text.replace('é', "ü"));
        let od = as_str_data(&other).unwrap_or_else(|| unreachable!("new_str makes a str"));
        assert_eq!(char_at(&other, od, 0), 'ü');
        assert_eq!(char_at(&v, d, 0), 'é');
        assert_eq!(byte_offset(&v, d, 1000), text.len());
    }
}
