//! Case conversion with CPython's full mappings: `upper`, `lower`, `casefold`, `title`,
//! `capitalize`, `swapcase`, and the case predicates `isupper`, `islower`, `istitle`.
//!
//! CPython uses the *full* mappings (SpecialCasing.txt without its language-conditional
//! rows, CaseFolding.txt status C+F), so one char can become up to three: `'ß'.upper()` is
//! `'SS'`, `'ŉ'.title()` is `'ʼN'`, `'İ'.lower()` is `'i̇'`. The only context-sensitive rule
//! it applies is Final_Sigma: a capital sigma lowers to `'ς'` when a cased letter precedes it
//! (skipping case-ignorable chars) and none follows. It applies wherever CPython lowers a char
//! (`lower`, `swapcase`, `title`, `capitalize`), never in `casefold`.
//!
//! The mapping tables hold only chars that change, sorted, and are binary-searched; ASCII
//! strings take a byte loop and never reach them.

use super::props::{
    char_is_case_ignorable, char_is_cased, char_is_lower, char_is_title, char_is_upper,
};
use super::tables::{FOLD_MAP, LOWER_MAP, TITLE_MAP, UPPER_MAP};

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// The one to three chars one char maps to.
#[derive(Clone, Debug)]
pub struct CaseMap {
    chars: [char; 3],
    len: u8,
    pos: u8,
}

impl CaseMap {
    fn single(c: char) -> CaseMap {
        CaseMap {
            chars: [c, '\0', '\0'],
            len: 1,
            pos: 0,
        }
    }
}

impl Iterator for CaseMap {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos >= self.len {
            return None;
        }
        let c = self.chars[self.pos as usize];
        self.pos += 1;
        Some(c)
    }
}

fn lookup(table: &[(u32, [u32; 3])], c: char) -> CaseMap {
    match table.binary_search_by_key(&(c as u32), |row| row.0) {
        Ok(found) => {
            let mapped = table[found].1;
            let mut out = CaseMap::single(c);
            let mut len = 0;
            for &cp in mapped.iter().take_while(|&&cp| cp != 0) {
                out.chars[len] = char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER);
                len += 1;
            }
            out.len = len as u8;
            out
        }
        Err(_) => CaseMap::single(c),
    }
}

/// Full uppercase mapping of one char (`'ß'` -> `"SS"`).
pub fn char_to_upper(c: char) -> CaseMap {
    if c.is_ascii() {
        return CaseMap::single(c.to_ascii_uppercase());
    }
    lookup(&UPPER_MAP, c)
}

/// Full lowercase mapping of one char, without the Final_Sigma rule (`'Σ'` -> `"σ"`).
pub fn char_to_lower(c: char) -> CaseMap {
    if c.is_ascii() {
        return CaseMap::single(c.to_ascii_lowercase());
    }
    lookup(&LOWER_MAP, c)
}

/// Full titlecase mapping of one char (`'ǆ'` -> `"ǅ"`, `'ß'` -> `"Ss"`).
pub fn char_to_title(c: char) -> CaseMap {
    if c.is_ascii() {
        return CaseMap::single(c.to_ascii_uppercase());
    }
    lookup(&TITLE_MAP, c)
}

fn char_to_fold(c: char) -> CaseMap {
    if c.is_ascii() {
        return CaseMap::single(c.to_ascii_lowercase());
    }
    lookup(&FOLD_MAP, c)
}

/// Whether the capital sigma at byte offset `at` of `s` is word-final (CPython's
/// `handle_capital_sigma`): preceded by a cased char and not followed by one, ignoring
/// case-ignorable chars in both directions.
fn sigma_is_final(s: &str, at: usize) -> bool {
    let before = s[..at].chars().rev().find(|&c| !char_is_case_ignorable(c));
    if !before.is_some_and(char_is_cased) {
        return false;
    }
    let after = s[at + CAPITAL_SIGMA.len_utf8()..]
        .chars()
        .find(|&c| !char_is_case_ignorable(c));
    !after.is_some_and(char_is_cased)
}

/// Lowers the char at byte offset `at` into `out`, applying Final_Sigma.
fn push_lower_in_context(out: &mut String, s: &str, at: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(if sigma_is_final(s, at) {
            FINAL_SIGMA
        } else {
            SMALL_SIGMA
        });
    } else {
        out.extend(char_to_lower(c));
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.extend(char_to_upper(c));
    }
    out
}

/// `s.lower()`, with Final_Sigma.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower_in_context(&mut out, s, at, c);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.extend(char_to_fold(c));
    }
    out
}

/// `s.swapcase()`: uppercase chars are lowered (with Final_Sigma), lowercase chars raised.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if char_is_upper(c) {
            push_lower_in_context(&mut out, s, at, c);
        } else if char_is_lower(c) {
            out.extend(char_to_upper(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: a char following a cased char is lowered, any other is titlecased.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (at, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_in_context(&mut out, s, at, c);
        } else {
            out.extend(char_to_title(c));
        }
        previous_is_cased = char_is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first char titlecased (since Python 3.8), the rest lowered.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    if let Some((_, first)) = chars.next() {
        out.extend(char_to_title(first));
    }
    for (at, c) in chars {
        push_lower_in_context(&mut out, s, at, c);
    }
    out
}

/// `s.isupper()`: at least one cased char and no lowercase or titlecase char.
pub fn str_is_upper(s: &str) -> bool {
    if s.is_ascii() {
        let bytes = s.as_bytes();
        return !bytes.iter().any(u8::is_ascii_lowercase)
            && bytes.iter().any(u8::is_ascii_uppercase);
    }
    let mut cased = false;
    for c in s.chars() {
        if char_is_lower(c) || char_is_title(c) {
            return false;
        }
        cased |= char_is_upper(c);
    }
    cased
}

/// `s.islower()`: at least one cased char and no uppercase or titlecase char.
pub fn str_is_lower(s: &str) -> bool {
    if s.is_ascii() {
        let bytes = s.as_bytes();
        return !bytes.iter().any(u8::is_ascii_uppercase)
            && bytes.iter().any(u8::is_ascii_lowercase);
    }
    let mut cased = false;
    for c in s.chars() {
        if char_is_upper(c) || char_is_title(c) {
            return false;
        }
        cased |= char_is_lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase chars only after uncased ones, lowercase only after
/// cased ones, and at least one cased char.
pub fn str_is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if char_is_upper(c) || char_is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if char_is_lower(c) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, py_str, python, python_with_tables_unicode};

    #[test]
    fn special_casing_vectors() {
        // Expected values from python3.13.
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(upper("ŉ"), "ʼN");
        assert_eq!(upper("ﬃ"), "FFI");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣΑ"), "ασα");
        assert_eq!(lower("Α.Σ"), "α.ς");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ΣΑΣ"), "σασ");
        assert_eq!(title("hello wORLD"), "Hello World");
        assert_eq!(title("ǆemal ßx"), "ǅemal Ssx");
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(capitalize("ǆEMAL"), "ǅemal");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(capitalize(""), "");
        assert_eq!(swapcase("HeΣ ßǅ"), "hEς SSǅ");
        assert!(str_is_title("Hello World"));
        assert!(str_is_title("ǅemal"));
        assert!(!str_is_title("HEllo"));
        assert!(!str_is_title("123"));
        assert!(str_is_upper("ABC1"));
        assert!(!str_is_upper("ǅ"));
        assert!(str_is_lower("abc1ʰ"));
        assert!(!str_is_lower("1"));
    }

    /// Single-char mappings, for every code point, against CPython.
    #[test]
    fn every_char_mapping_matches_cpython() {
        let script = r#"
import sys
rows = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    rows.append(' '.join([enc(c.upper()), enc(c.lower()), enc(c.title()), enc(c.casefold()),
                          enc(c.swapcase()), enc(c.capitalize()),
                          '1' if c.istitle() else '0', '1' if c.isupper() else '0',
                          '1' if c.islower() else '0']))
sys.stdout.write('\n'.join(rows))
"#;
        let Some(expected) = python_with_tables_unicode(script) else {
            return;
        };
        let mut lines = expected.lines();
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let one = c.to_string();
            let line = lines.next().expect("a line per char");
            let fields: Vec<&str> = line.split(' ').collect();
            let want: Vec<String> = fields[..6].iter().map(|f| dec(f)).collect();
            let got = [
                upper(&one),
                lower(&one),
                title(&one),
                casefold(&one),
                swapcase(&one),
                capitalize(&one),
            ];
            assert_eq!(got.as_slice(), want.as_slice(), "U+{:04X}", c as u32);
            let flags = [str_is_title(&one), str_is_upper(&one), str_is_lower(&one)];
            let want_flags = [fields[6] == "1", fields[7] == "1", fields[8] == "1"];
            assert_eq!(flags, want_flags, "U+{:04X}", c as u32);
        }
    }

    /// Final sigma and case-ignorable chars: every char placed around a capital sigma.
    #[test]
    fn final_sigma_context_matches_cpython() {
        let script = r#"
import sys
rows = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    rows.append(enc(('A' + c + '\u03a3').lower()[-1] + ('A\u03a3' + c).lower()[1] + (c + '\u03a3').lower()[-1]))
sys.stdout.write('\n'.join(rows))
"#;
        let Some(expected) = python_with_tables_unicode(script) else {
            return;
        };
        let mut lines = expected.lines();
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let want = dec(lines.next().unwrap());
            let first = lower(&format!("A{c}Σ")).chars().last().unwrap();
            let second = lower(&format!("AΣ{c}")).chars().nth(1).unwrap();
            let third = lower(&format!("{c}Σ")).chars().last().unwrap();
            assert_eq!(
                format!("{first}{second}{third}"),
                want,
                "U+{:04X}",
                c as u32
            );
        }
    }

    /// Multi-char strings mixing scripts, against any CPython (these chars are old).
    #[test]
    fn mixed_strings_match_cpython() {
        let samples = [
            "hello World",
            "ΣΑΣ ΟΔΟΣ Σ.Σ",
            "İstanbul ǅǄǆ ß ﬁ",
            "a'b c-d 3rd",
            "ÀÉÎõü ǈ ǋ",
            "\u{1f600}x",
            "MiXeD cAsE",
            "  ",
            "",
            "ΑΣ\u{301}",
            "ΑΣ\u{301}Α",
            "ΑʹΣ",
            "1Σ",
            "ǲx ǲ",
        ];
        let list: Vec<String> = samples.iter().map(|s| py_str(s)).collect();
        let script = format!(
            "for s in [{}]:\n    print(' '.join(enc(f(s)) for f in (str.upper, str.lower, str.title, str.capitalize, str.swapcase, str.casefold)) + ' ' + ''.join('1' if f(s) else '0' for f in (str.isupper, str.islower, str.istitle)))\n",
            list.join(", ")
        );
        let out = python(&script);
        for (s, line) in samples.iter().zip(out.lines()) {
            let fields: Vec<&str> = line.split(' ').collect();
            let got = [
                upper(s),
                lower(s),
                title(s),
                capitalize(s),
                swapcase(s),
                casefold(s),
            ];
            let want: Vec<String> = fields[..6].iter().map(|f| dec(f)).collect();
            assert_eq!(got.as_slice(), want.as_slice(), "{s:?}");
            let flags: String = [str_is_upper(s), str_is_lower(s), str_is_title(s)]
                .iter()
                .map(|&b| if b { '1' } else { '0' })
                .collect();
            assert_eq!(flags, fields[6], "{s:?}");
        }
    }
}
