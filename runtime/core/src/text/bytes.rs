//! The `bytes`/`bytearray` methods that are specific to bytes: ASCII-only case conversion
//! and predicates, `hex`/`fromhex`, and `translate`/`maketrans`.
//!
//! Searching, splitting, stripping and padding of bytes live with their `str` counterparts
//! (`search`, `split`, `pad`), since they share algorithms. Here everything follows CPython's
//! `Py_ISUPPER`-style ASCII tests: bytes above 0x7F are never letters, digits or spaces.

use super::error::{bytes_with_capacity, TextError};
use super::split::byte_is_space;

fn all_nonempty(b: &[u8], test: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(test)
}

/// `b.isalpha()`.
pub fn is_alpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`.
pub fn is_alnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isdigit()`.
pub fn is_digit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isspace()`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub fn is_space(b: &[u8]) -> bool {
    all_nonempty(b, |x| byte_is_space(*x))
}

/// `b.isascii()`: true for empty bytes.
pub fn is_ascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `b.isupper()`: some uppercase letter and no lowercase one.
pub fn is_upper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}

/// `b.islower()`: some lowercase letter and no uppercase one.
pub fn is_lower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()`: uppercase only after non-letters, lowercase only after letters.
pub fn is_title(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &x in b {
        if x.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if x.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&x| if x.is_ascii_alphabetic() { x ^ 0x20 } else { x })
        .collect()
}

/// `b.capitalize()`: first byte upper, the rest lower.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, x)| {
            if i == 0 {
                x.to_ascii_uppercase()
            } else {
                x.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `b.title()`: a letter after a letter is lowered, any other letter raised.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&x| {
            let out = if previous_is_cased {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            };
            previous_is_cased = x.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `b.hex(sep, bytes_per_sep)`: `sep` is the separator already checked by [`hex_separator`];
/// positive `bytes_per_sep` groups from the right, negative from the left, 0 means none.
pub fn hex(b: &[u8], sep: Option<u8>, bytes_per_sep: i64) -> Result<String, TextError> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs() as usize;
    let sep = sep.filter(|_| group != 0 && !b.is_empty());
    let separators = sep.map_or(0, |_| (b.len() - 1) / group);
    let mut out = bytes_with_capacity(b.len() * 2 + separators)?;
    for (i, &x) in b.iter().enumerate() {
        if let Some(sep) = sep {
            // Distance from the grouping origin decides where separators fall.
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(sep);
            }
        }
        out.push(DIGITS[(x >> 4) as usize]);
        out.push(DIGITS[(x & 15) as usize]);
    }
    // Only ASCII hex digits and an ASCII separator were written.
    String::from_utf8(out).map_err(|_| TextError::value("sep must be ASCII."))
}

/// Validates the `sep` argument of `hex()` (given as text or as bytes, decoded by the caller
/// to code points): exactly one ASCII character.
pub fn hex_separator(sep: &[u32]) -> Result<u8, TextError> {
    match sep {
        [c] if *c < 0x80 => Ok(*c as u8),
        [_] => Err(TextError::value("sep must be ASCII.")),
        _ => Err(TextError::value("sep must be length 1.")),
    }
}

fn hex_value(c: char) -> Option<u8> {
    c.to_digit(16).map(|d| d as u8)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn fromhex(s: &str) -> Result<Vec<u8>, TextError> {
    let chars: Vec<char> = s.chars().collect();
    fromhex_units(&chars)
}

/// `bytes.fromhex(b)` with a bytes-like argument (accepted since Python 3.14); positions in
/// errors are byte offsets.
pub fn fromhex_bytes(b: &[u8]) -> Result<Vec<u8>, TextError> {
    let chars: Vec<char> = b.iter().map(|&x| char::from(x)).collect();
    fromhex_units(&chars)
}

fn fromhex_units(chars: &[char]) -> Result<Vec<u8>, TextError> {
    let error = |position: usize| {
        TextError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {position}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && byte_is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let high = hex_value(chars[i]).ok_or_else(|| error(i))?;
        let low = chars
            .get(i + 1)
            .and_then(|&c| hex_value(c))
            .ok_or_else(|| error(i + 1))?;
        out.push(high << 4 | low);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to the byte
/// of `to` at the same position.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<[u8; 256], TextError> {
    if from.len() != to.len() {
        return Err(TextError::value(
            "maketrans arguments must have same length",
        ));
    }
    let mut table = [0u8; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        *slot = i as u8;
    }
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// Checks the `table` argument of `bytes.translate` (when not `None`).
pub fn translate_table(table: &[u8]) -> Result<&[u8; 256], TextError> {
    table
        .try_into()
        .map_err(|_| TextError::value("translation table must be 256 characters long"))
}

/// `b.translate(table, delete)`: bytes in `delete` are removed, the rest mapped through
/// `table` (identity when `None`).
pub fn translate(b: &[u8], table: Option<&[u8; 256]>, delete: &[u8]) -> Vec<u8> {
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    b.iter()
        .filter(|&&x| !deleted[x as usize])
        .map(|&x| table.map_or(x, |t| t[x as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::repr::bytes_repr;
    use crate::text::testutil::python;

    #[test]
    fn case_and_predicates_match_cpython() {
        let samples: [&[u8]; 9] = [
            b"",
            b"Hello wORLD",
            b"hELLO \xe9x",
            b"ab CD1",
            b"Ab Cd",
            b"ABC",
            b"abc",
            b" \t\x0b\x0c\r\n",
            b"12\xff",
        ];
        let mut script = String::new();
        for s in samples {
            script.push_str(&format!(
                "b = {}\nprint(' '.join(repr(f(b)) for f in (bytes.upper, bytes.lower, bytes.swapcase, bytes.capitalize, bytes.title)), ''.join(str(int(f(b))) for f in (bytes.isalpha, bytes.isalnum, bytes.isdigit, bytes.isspace, bytes.isascii, bytes.isupper, bytes.islower, bytes.istitle)))\n",
                bytes_repr(s)
            ));
        }
        let out = python(&script);
        for (s, line) in samples.iter().zip(out.lines()) {
            let conversions = [upper(s), lower(s), swapcase(s), capitalize(s), title(s)];
            let mut got: Vec<String> = conversions.iter().map(|b| bytes_repr(b)).collect();
            let flags = [
                is_alpha(s),
                is_alnum(s),
                is_digit(s),
                is_space(s),
                is_ascii(s),
                is_upper(s),
                is_lower(s),
                is_title(s),
            ];
            got.push(flags.iter().map(|&f| if f { '1' } else { '0' }).collect());
            assert_eq!(got.join(" "), line, "{s:?}");
        }
    }

    #[test]
    fn hex_matches_cpython() {
        let data: &[u8] = b"\x01\x02\x03\x04\x05";
        let groups = [0i64, 1, 2, 3, 4, 5, 6, -1, -2, -3, -6];
        let mut script =
            String::from("b = bytes([1, 2, 3, 4, 5])\nprint(b.hex(), b''.hex(':', 2))\n");
        for g in groups {
            script.push_str(&format!("print(b.hex(':', {g}))\n"));
        }
        let out = python(&script);
        let mut lines = out.lines();
        assert_eq!(
            format!(
                "{} {}",
                hex(data, None, 1).unwrap(),
                hex(b"", Some(b':'), 2).unwrap()
            ),
            lines.next().unwrap()
        );
        for g in groups {
            assert_eq!(
                hex(data, Some(b':'), g).unwrap(),
                lines.next().unwrap(),
                "{g}"
            );
        }
        assert_eq!(hex_separator(&[0x3a]).unwrap(), b':');
        assert_eq!(
            hex_separator(&[0xe9]).unwrap_err().message(),
            "sep must be ASCII."
        );
        assert_eq!(
            hex_separator(&[0x3a, 0x3a]).unwrap_err().message(),
            "sep must be length 1."
        );
    }

    #[test]
    fn fromhex_matches_cpython() {
        let samples = [
            "0a 0B",
            "",
            " 0a\t0b\n0c ",
            "0a0",
            "0g",
            " 0a 1",
            "\u{e9}",
            "0\u{e9}",
            "0a\x0b0b",
            "1 2",
        ];
        let mut script = String::from("def run(s):\n    try: return repr(bytes.fromhex(s))\n    except ValueError as e: return 'ValueError: ' + str(e)\n");
        for s in samples {
            script.push_str(&format!(
                "print(run({}))\n",
                crate::text::testutil::py_str(s)
            ));
        }
        let out = python(&script);
        for (s, line) in samples.iter().zip(out.lines()) {
            let got = match fromhex(s) {
                Ok(b) => bytes_repr(&b),
                Err(e) => format!("ValueError: {}", e.message()),
            };
            assert_eq!(got, line, "{s:?}");
            if s.is_ascii() {
                let from_bytes = match fromhex_bytes(s.as_bytes()) {
                    Ok(b) => bytes_repr(&b),
                    Err(e) => format!("ValueError: {}", e.message()),
                };
                assert_eq!(from_bytes, line, "bytes {s:?}");
            }
        }
        assert_eq!(
            fromhex_bytes(b"0a\xff").unwrap_err().message(),
            "non-hexadecimal number found in fromhex() arg at position 2"
        );
    }

    #[test]
    fn translate_and_maketrans() {
        let table = maketrans(b"abc", b"xyz").unwrap();
        assert_eq!(translate(b"aabbccd", Some(&table), b"b"), b"xxzzd");
        assert_eq!(translate(b"hello", None, b"l"), b"heo");
        assert_eq!(
            maketrans(b"ab", b"c").unwrap_err().message(),
            "maketrans arguments must have same length"
        );
        assert_eq!(
            translate_table(b"x").unwrap_err().message(),
            "translation table must be 256 characters long"
        );
        let out =
            python("print(repr(b'aabbccd'.translate(bytes.maketrans(b'abc', b'xyz'), b'b')))");
        assert_eq!(
            bytes_repr(&translate(b"aabbccd", Some(&table), b"b")),
            out.trim()
        );
    }
}
