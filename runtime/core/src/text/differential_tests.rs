//! Differential tests: many pseudo-random strings run through every `str` method this crate
//! implements, compared with CPython's answers line by line. The alphabet mixes the cases
//! the algorithms treat specially (Unicode whitespace, line breaks, final sigma, special
//! casing, titlecase digraphs, combining marks, astral chars).

use super::bytes;
use super::codecs::encode_with;
use super::index::char_count;
use super::pad::{expandtabs, pad, strip, zfill, Align, StripSide};
use super::repr::{bytes_repr, str_ascii, str_repr};
use super::search::{count, find, replace, rfind};
use super::split::{partition, rpartition, rsplit, split, splitlines};
use super::testutil::{enc, py_str, python};
use super::unicode as u;

const ALPHABET: [&str; 18] = [
    "a", "b", " ", "\t", "\n", "\r", "é", "Σ", "ß", "\u{3000}", "X", "😀", "ǅ", "\x1c", "\u{301}",
    "'", "\u{85}", "1",
];

fn random_strings(count: usize) -> Vec<String> {
    let mut state = 0x853c_49e6_748f_ea9bu64;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let len = ((state >> 59) % 9) as usize;
        let mut s = String::new();
        let mut bits = state;
        for _ in 0..len {
            bits = bits.wrapping_mul(6364136223846793005).wrapping_add(1);
            s.push_str(ALPHABET[((bits >> 33) % ALPHABET.len() as u64) as usize]);
        }
        out.push(s);
    }
    out
}

fn list(items: &[&str]) -> String {
    items.iter().map(|s| enc(s)).collect::<Vec<_>>().join(",")
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// One line per string: the answers of every method, space separated, encoded with `enc`.
fn ours(s: &str) -> String {
    let n = char_count(s);
    let opt = |r: Option<usize>| r.map_or("-1".to_owned(), |v| v.to_string());
    let parts = |(a, b, c): (&str, &str, &str)| list(&[a, b, c]);
    let flags: String = [
        u::str_is_alpha(s),
        u::str_is_alnum(s),
        u::str_is_decimal(s),
        u::str_is_digit(s),
        u::str_is_numeric(s),
        u::str_is_space(s),
        u::str_is_printable(s),
        u::str_is_identifier(s),
        u::str_is_upper(s),
        u::str_is_lower(s),
        u::str_is_title(s),
    ]
    .iter()
    .map(|&b| flag(b))
    .collect();
    let ascii_bytes = encode_with(s, "ascii", "backslashreplace").unwrap();
    let latin = encode_with(s, "latin-1", "replace").unwrap();
    let fields = [
        list(&split(s, None, -1).unwrap()),
        list(&split(s, Some("a"), -1).unwrap()),
        list(&rsplit(s, None, 1).unwrap()),
        list(&rsplit(s, Some(" "), 2).unwrap()),
        list(&splitlines(s, true)),
        list(&splitlines(s, false)),
        enc(strip(s, None, StripSide::Both)),
        enc(strip(s, Some("ab"), StripSide::Left)),
        enc(strip(s, None, StripSide::Right)),
        enc(&u::upper(s)),
        enc(&u::lower(s)),
        enc(&u::title(s)),
        enc(&u::capitalize(s)),
        enc(&u::swapcase(s)),
        enc(&u::casefold(s)),
        flags,
        opt(find(s, n, "a", Some(1), None)),
        opt(rfind(s, n, "é", None, Some(-1))),
        count(s, n, "a", None, None).to_string(),
        count(s, n, "", Some(2), Some(5)).to_string(),
        enc(&replace(s, "a", "XY", 1).unwrap()),
        enc(&replace(s, "", "-", 3).unwrap()),
        enc(&pad(s, n, 9, '*', Align::Center).unwrap()),
        enc(&zfill(s, n, 6).unwrap()),
        enc(&expandtabs(s, 3).unwrap()),
        parts(partition(s, "b").unwrap()),
        parts(rpartition(s, " ").unwrap()),
        enc(&str_repr(s)),
        enc(&str_ascii(s)),
        enc(&bytes_repr(&ascii_bytes)),
        enc(&bytes_repr(&bytes::title(&latin))),
        enc(&bytes_repr(&bytes::swapcase(&latin))),
    ];
    fields.join(" ")
}

const PY_BATTERY: &str = r#"
def L(xs): return ','.join(enc(x) for x in xs)
def F(b): return '1' if b else '0'
def row(s):
    flags = ''.join(F(f(s)) for f in (str.isalpha, str.isalnum, str.isdecimal, str.isdigit, str.isnumeric,
        str.isspace, str.isprintable, str.isidentifier, str.isupper, str.islower, str.istitle))
    latin = s.encode('latin-1', 'replace')
    fields = [L(s.split()), L(s.split('a')), L(s.rsplit(None, 1)), L(s.rsplit(' ', 2)),
        L(s.splitlines(True)), L(s.splitlines()), enc(s.strip()), enc(s.lstrip('ab')), enc(s.rstrip()),
        enc(s.upper()), enc(s.lower()), enc(s.title()), enc(s.capitalize()), enc(s.swapcase()), enc(s.casefold()),
        flags, str(s.find('a', 1)), str(s.rfind('\u00e9', None, -1)), str(s.count('a')), str(s.count('', 2, 5)),
        enc(s.replace('a', 'XY', 1)), enc(s.replace('', '-', 3)), enc(s.center(9, '*')), enc(s.zfill(6)),
        enc(s.expandtabs(3)), L(s.partition('b')), L(s.rpartition(' ')), enc(repr(s)), enc(ascii(s)),
        enc(repr(s.encode('ascii', 'backslashreplace'))), enc(repr(latin.title())), enc(repr(latin.swapcase()))]
    print(' '.join(fields))
"#;

#[test]
fn random_strings_match_cpython() {
    let strings = random_strings(1500);
    let mut script = String::from(PY_BATTERY);
    for s in &strings {
        script.push_str(&format!("row({})\n", py_str(s)));
    }
    let out = python(&script);
    let mut lines = out.lines();
    for s in &strings {
        let want = lines.next().expect("a line per string");
        let got = ours(s);
        if got != want {
            let labels = got
                .split(' ')
                .zip(want.split(' '))
                .position(|(a, b)| a != b);
            panic!("{s:?}: first differing field {labels:?}\n ours: {got}\n want: {want}");
        }
    }
    assert!(lines.next().is_none());
}

/// Template parsers and byte-level functions must return errors, never panic, whatever
/// they are given.
#[test]
fn parsers_never_panic_on_random_input() {
    use super::format_template::{pieces, AutoNumber, Piece};
    let format_alphabet = ["{", "}", "[", "]", "!", ":", ".", "a", "0", "é", "r", "😀"];
    let mut state = 0x0123_4567_89ab_cdefu64;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) % n as u64) as usize
    };
    for _ in 0..20_000 {
        let len = next(12);
        let template: String = (0..len)
            .map(|_| format_alphabet[next(format_alphabet.len())])
            .collect();
        let mut auto = AutoNumber::default();
        for piece in pieces(&template) {
            if let Ok(Piece::Field(field)) = piece {
                if let Ok((_, accessors)) = auto.split(field.name) {
                    accessors.for_each(drop);
                }
            }
        }
        let bytes: Vec<u8> = (0..next(10)).map(|_| next(256) as u8).collect();
        let _ = bytes::fromhex(&String::from_utf8_lossy(&bytes));
        let _ = bytes::hex(&bytes, Some(b':'), next(7) as i64 - 3);
        for codec in ["utf-8", "utf-16", "utf-32-be", "ascii", "latin-1"] {
            for errors in [
                "strict",
                "replace",
                "surrogateescape",
                "surrogatepass",
                "backslashreplace",
                "ignore",
            ] {
                let _ = super::codecs::decode_with(&bytes, codec, errors);
            }
        }
    }
}
