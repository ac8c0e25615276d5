//! `str.maketrans` and `str.translate`.
//!
//! The translation table is an arbitrary Python mapping, so the lookup stays with the caller:
//! [`translate`] calls back once per distinct character (results for ASCII are cached, as
//! CPython does, because a table is usually consulted for the same few characters), and the
//! caller turns the looked-up object into a [`Translation`] with the helpers here, which
//! carry CPython's messages for bad values.

use super::error::TextError;

/// What one character becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translation {
    /// The key is not in the table (`LookupError`): keep the character.
    Keep,
    /// The value is `None`: drop the character.
    Delete,
    /// The value is an int: that code point.
    Char(char),
    /// The value is a str: that text.
    Text(String),
}

/// Converts an int value found in the table; `ValueError` outside `range(0x110000)`.
/// Surrogate code points are rejected with the same message, as braid's `str` holds
/// only Unicode scalar values.
pub fn translation_from_int(value: i64) -> Result<Translation, TextError> {
    u32::try_from(value)
        .ok()
        .and_then(char::from_u32)
        .map(Translation::Char)
        .ok_or_else(|| TextError::value("character mapping must be in range(0x110000)"))
}

/// `TypeError` for a table value that is not an int, None or str.
pub fn bad_translation_value() -> TextError {
    TextError::Type("character mapping must return integer, None or str".to_owned())
}

/// `s.translate(table)`, with `lookup(code_point)` reading the table. Errors from `lookup`
/// are passed through unchanged.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut ascii_cache: [Option<Translation>; 128] = std::array::from_fn(|_| None);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let looked_up;
        let translation = if c.is_ascii() {
            let slot = &mut ascii_cache[c as usize];
            if slot.is_none() {
                *slot = Some(lookup(c as u32)?);
            }
            slot.as_ref()
        } else {
            looked_up = lookup(c as u32)?;
            Some(&looked_up)
        };
        match translation {
            Some(Translation::Keep) | None => out.push(c),
            Some(Translation::Delete) => {}
            Some(Translation::Char(m)) => out.push(*m),
            Some(Translation::Text(t)) => out.push_str(t),
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y, z)` with str arguments: the `(key, value)` pairs in the order CPython
/// inserts them into the new dict (`None` means "delete"); later pairs override earlier ones.
pub fn maketrans_pairs(
    x: &str,
    y: &str,
    z: Option<&str>,
) -> Result<Vec<(u32, Option<u32>)>, TextError> {
    if x.chars().count() != y.chars().count() {
        return Err(TextError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let mut pairs: Vec<(u32, Option<u32>)> = x
        .chars()
        .zip(y.chars())
        .map(|(a, b)| (a as u32, Some(b as u32)))
        .collect();
    if let Some(z) = z {
        pairs.extend(z.chars().map(|c| (c as u32, None)));
    }
    Ok(pairs)
}

/// The key a string key of a one-argument `str.maketrans(dict)` becomes.
pub fn maketrans_str_key(key: &str) -> Result<u32, TextError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(TextError::value(
            "string keys in translate table must be of length 1",
        )),
    }
}

/// `TypeError` for a key of `str.maketrans(dict)` that is neither str nor int.
pub fn maketrans_bad_key() -> TextError {
    TextError::Type("keys in translate table must be strings or integers".to_owned())
}

/// `TypeError` for a one-argument `str.maketrans` whose argument is not a dict.
pub fn maketrans_not_dict() -> TextError {
    TextError::Type("if you give only one argument to maketrans it must be a dict".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, python};

    #[test]
    fn translate_matches_cpython() {
        let out = python(
            "t = {97: 'xy', 98: None, 233: 0x20ac, 0x1f600: 'smile'}\nprint(enc('abcé😀abé'.translate(t)))\nprint(str.maketrans('ab', 'cd', 'xa'))",
        );
        let mut lines = out.lines();
        let table = |cp: u32| -> Result<Translation, TextError> {
            Ok(match cp {
                97 => Translation::Text("xy".into()),
                98 => Translation::Delete,
                233 => translation_from_int(0x20ac)?,
                0x1f600 => Translation::Text("smile".into()),
                _ => Translation::Keep,
            })
        };
        assert_eq!(
            translate("abcé😀abé", table).unwrap(),
            dec(lines.next().unwrap())
        );
        let pairs = maketrans_pairs("ab", "cd", Some("xa")).unwrap();
        assert_eq!(
            pairs,
            [(97, Some(99)), (98, Some(100)), (120, None), (97, None)]
        );
        // Python's dict keeps the first position of 97 and the last value.
        let mut dict: Vec<(u32, Option<u32>)> = Vec::new();
        for (k, v) in pairs {
            match dict.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => dict.push((k, v)),
            }
        }
        let shown: Vec<String> = dict
            .iter()
            .map(|(k, v)| format!("{k}: {}", v.map_or("None".to_owned(), |v| v.to_string())))
            .collect();
        assert_eq!(format!("{{{}}}", shown.join(", ")), lines.next().unwrap());
    }

    #[test]
    fn errors_have_cpython_messages() {
        assert_eq!(
            maketrans_pairs("ab", "c", None).unwrap_err().message(),
            "the first two maketrans arguments must have equal length"
        );
        assert_eq!(
            maketrans_str_key("ab").unwrap_err().message(),
            "string keys in translate table must be of length 1"
        );
        assert_eq!(maketrans_str_key("é").unwrap(), 0xe9);
        assert_eq!(
            translation_from_int(0x110000).unwrap_err().message(),
            "character mapping must be in range(0x110000)"
        );
        assert_eq!(
            translation_from_int(-1).unwrap_err().message(),
            "character mapping must be in range(0x110000)"
        );
        assert_eq!(bad_translation_value().exception_name(), "TypeError");
        let calls = std::cell::Cell::new(0);
        let result = translate("aaaa", |_| {
            calls.set(calls.get() + 1);
            Ok::<_, TextError>(Translation::Char('b'))
        });
        assert_eq!(result.unwrap(), "bbbb");
        assert_eq!(calls.get(), 1);
        let failing = translate("xa", |cp| {
            if cp == 97 {
                Err(bad_translation_value())
            } else {
                Ok(Translation::Keep)
            }
        });
        assert_eq!(failing, Err(bad_translation_value()));
    }
}
