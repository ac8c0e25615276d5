//! `%`-formatting templates (`str % args`, `bytes % args`): splitting a template into
//! literal runs and `%[(key)][flags][width|*][.precision|*][h|l|L]type` directives, plus the
//! argument cursor CPython uses to hand out arguments.
//!
//! CPython interleaves parsing with argument consumption: a `%(key)` is looked up as soon as
//! it is parsed, a `*` takes its argument as soon as it is read, and only then does a later
//! syntax error in the same directive surface (`'%*' % ()` is "not enough arguments", while
//! `'%*' % (5,)` is "incomplete format"). A failed directive therefore comes back as a
//! [`PercentFailure`] that says which key and how many `*` arguments CPython consumed before
//! failing, so the caller can replay those steps (and their errors) first. The conversion
//! type is not validated here: CPython fetches the value argument first and only then
//! rejects the type ("unsupported format character"), so the caller does that, using
//! [`Directive::unsupported`] for the message. The conversions themselves (`%d`, `%f`, ...)
//! are the numeric formatting module's job; [`pad_converted`] then applies precision
//! truncation, width, fill and sign placement exactly as CPython's output step does.

use memchr::memchr;

use super::error::{bytes_with_capacity, with_capacity, TextError};

/// Flags of a directive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`
    pub left_adjust: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero_pad: bool,
}

/// A width or precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    Absent,
    /// Given as digits.
    Fixed(usize),
    /// `*`: taken from the next argument (which must be an int; see [`star_wants_int`]).
    Star,
}

/// One conversion directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directive<'a> {
    /// The `(key)` for mapping arguments (balanced parentheses allowed inside).
    pub key: Option<&'a [u8]>,
    /// Flags.
    pub flags: Flags,
    /// Width (`Fixed` widths are non-negative; a negative `*` width means left-adjust).
    pub width: Count,
    /// Precision (a negative `*` precision counts as 0).
    pub precision: Count,
    /// The conversion type: a code point for `str` templates, a byte for `bytes`.
    pub conversion: u32,
    /// Byte offset of the conversion type in the template (for error messages).
    pub conversion_offset: usize,
}

impl Directive<'_> {
    /// `ValueError: unsupported format character 'y' (0x79) at index 1`; `template` is the
    /// whole template, `is_str` says whether indices count code points (str) or bytes.
    pub fn unsupported(&self, template: &[u8], is_str: bool) -> TextError {
        let index = if is_str {
            template[..self.conversion_offset]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count()
        } else {
            self.conversion_offset
        };
        let c = self.conversion;
        // str shows only printable ASCII; bytes shows the byte itself (as Latin-1).
        let shown = if !is_str || (31..=126).contains(&c) {
            char::from_u32(c).unwrap_or('?')
        } else {
            '?'
        };
        TextError::Value(format!(
            "unsupported format character '{shown}' ({c:#x}) at index {index}"
        ))
    }
}

/// A piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied as is.
    Literal(&'a [u8]),
    /// `%%`: one percent sign.
    Percent,
    /// A directive to convert one argument.
    Directive(Directive<'a>),
}

/// A directive that failed to parse, with what CPython did before failing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentFailure<'a> {
    /// The key looked up before the failure (the lookup may raise `KeyError` first).
    pub key: Option<&'a [u8]>,
    /// How many `*` arguments were taken before the failure.
    pub stars: u8,
    /// The error to raise after those steps.
    pub error: TextError,
}

impl<'a> PercentFailure<'a> {
    fn plain(error: TextError) -> Self {
        PercentFailure {
            key: None,
            stars: 0,
            error,
        }
    }
}

/// Splits a `%` template. Works on bytes for both `str` (UTF-8) and `bytes` templates;
/// `args_are_mapping` is CPython's test (a mapping that is neither tuple nor str), needed
/// because `%(` without a mapping fails at once.
pub struct PercentPieces<'a> {
    template: &'a [u8],
    pos: usize,
    args_are_mapping: bool,
    is_str: bool,
}

/// Iterates over the pieces of a `str` template.
pub fn str_pieces(template: &str, args_are_mapping: bool) -> PercentPieces<'_> {
    PercentPieces {
        template: template.as_bytes(),
        pos: 0,
        args_are_mapping,
        is_str: true,
    }
}

/// Iterates over the pieces of a `bytes` template.
pub fn bytes_pieces(template: &[u8], args_are_mapping: bool) -> PercentPieces<'_> {
    PercentPieces {
        template,
        pos: 0,
        args_are_mapping,
        is_str: false,
    }
}

impl<'a> PercentPieces<'a> {
    /// The unit (char or byte) at `pos` and its length.
    fn unit(&self, pos: usize) -> Option<(u32, usize)> {
        let rest = self.template.get(pos..)?;
        let &first = rest.first()?;
        if !self.is_str || first < 0x80 {
            return Some((u32::from(first), 1));
        }
        let len = match first {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let text = std::str::from_utf8(rest.get(..len)?).ok()?;
        text.chars().next().map(|c| (c as u32, len))
    }

    fn directive(&mut self) -> Result<PercentPiece<'a>, PercentFailure<'a>> {
        let template = self.template;
        let incomplete = || TextError::value("incomplete format");
        // CPython's bytes formatter words this one differently.
        let precision_too_big = if self.is_str {
            "precision too big"
        } else {
            "prec too big"
        };
        let mut key = None;
        let mut stars = 0u8;
        let fail = |key, stars, error| PercentFailure { key, stars, error };
        if template.get(self.pos) == Some(&b'(') {
            if !self.args_are_mapping {
                return Err(PercentFailure::plain(TextError::Type(
                    "format requires a mapping".to_owned(),
                )));
            }
            let key_start = self.pos + 1;
            let mut depth = 1;
            let mut i = key_start;
            while depth > 0 && i < template.len() {
                match template[i] {
                    b')' => depth -= 1,
                    b'(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PercentFailure::plain(TextError::value(
                    "incomplete format key",
                )));
            }
            key = Some(&template[key_start..i - 1]);
            self.pos = i;
        }
        let mut flags = Flags::default();
        let mut current = self.unit(self.pos);
        while let Some((c, len)) = current {
            match c {
                0x2D => flags.left_adjust = true,
                0x2B => flags.sign = true,
                0x20 => flags.blank = true,
                0x23 => flags.alternate = true,
                0x30 => flags.zero_pad = true,
                _ => break,
            }
            self.pos += len;
            current = self.unit(self.pos);
        }
        let advance = |this: &mut Self, len: usize| {
            this.pos += len;
            this.unit(this.pos)
        };
        let digit = |c: u32| (0x30..=0x39).contains(&c).then(|| (c - 0x30) as usize);
        let mut width = Count::Absent;
        match current {
            Some((0x2A, len)) => {
                width = Count::Star;
                stars += 1;
                current = advance(self, len);
            }
            Some((c, len)) if digit(c).is_some() => {
                let mut value = digit(c).unwrap_or(0);
                current = advance(self, len);
                while let Some(d) = current.and_then(|(c, _)| digit(c)) {
                    value = value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(d))
                        .filter(|&v| v <= isize::MAX as usize)
                        .ok_or_else(|| fail(key, stars, TextError::value("width too big")))?;
                    current = advance(self, 1);
                }
                width = Count::Fixed(value);
            }
            _ => {}
        }
        let mut precision = Count::Absent;
        if let Some((0x2E, len)) = current {
            precision = Count::Fixed(0);
            current = advance(self, len);
            match current {
                Some((0x2A, len)) => {
                    precision = Count::Star;
                    stars += 1;
                    current = advance(self, len);
                }
                Some((c, len)) if digit(c).is_some() => {
                    let mut value = digit(c).unwrap_or(0);
                    current = advance(self, len);
                    while let Some(d) = current.and_then(|(c, _)| digit(c)) {
                        value = value
                            .checked_mul(10)
                            .and_then(|v| v.checked_add(d))
                            .filter(|&v| v <= i32::MAX as usize)
                            .ok_or_else(|| fail(key, stars, TextError::value(precision_too_big)))?;
                        current = advance(self, 1);
                    }
                    precision = Count::Fixed(value);
                }
                _ => {}
            }
        }
        if let Some((0x68 | 0x6C | 0x4C, len)) = current {
            current = advance(self, len);
        }
        let Some((conversion, len)) = current else {
            return Err(fail(key, stars, incomplete()));
        };
        let conversion_offset = self.pos;
        self.pos += len;
        Ok(PercentPiece::Directive(Directive {
            key,
            flags,
            width,
            precision,
            conversion,
            conversion_offset,
        }))
    }
}

impl<'a> Iterator for PercentPieces<'a> {
    type Item = Result<PercentPiece<'a>, PercentFailure<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        let template = self.template;
        if self.pos >= template.len() {
            return None;
        }
        let start = self.pos;
        if template[start] != b'%' {
            let end = memchr(b'%', &template[start..]).map_or(template.len(), |i| start + i);
            self.pos = end;
            return Some(Ok(PercentPiece::Literal(&template[start..end])));
        }
        self.pos += 1;
        if template.get(self.pos) == Some(&b'%') {
            self.pos += 1;
            return Some(Ok(PercentPiece::Percent));
        }
        let result = self.directive();
        if result.is_err() {
            self.pos = template.len();
        }
        Some(result)
    }
}

/// Which argument a directive receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgSlot {
    /// Item `i` of the argument tuple.
    Item(usize),
    /// The right operand itself when it is not a tuple, or the value the last `%(key)`
    /// lookup produced.
    Current,
}

/// CPython's argument cursor for `%`: a tuple hands out its items in order; any other right
/// operand is one argument; after a `%(key)` lookup, exactly that value is available.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgCursor {
    len: isize,
    next: isize,
}

impl ArgCursor {
    /// `tuple_len` is `Some(len)` when the right operand is a tuple.
    pub fn new(tuple_len: Option<usize>) -> ArgCursor {
        match tuple_len {
            Some(len) => ArgCursor {
                len: len as isize,
                next: 0,
            },
            None => ArgCursor { len: -1, next: -2 },
        }
    }

    /// The next argument, or `TypeError: not enough arguments for format string`.
    pub fn next_arg(&mut self) -> Result<ArgSlot, TextError> {
        if self.next >= self.len {
            return Err(TextError::Type(
                "not enough arguments for format string".to_owned(),
            ));
        }
        let slot = if self.len < 0 {
            ArgSlot::Current
        } else {
            ArgSlot::Item(self.next as usize)
        };
        self.next += 1;
        Ok(slot)
    }

    /// Records a `%(key)` lookup: its value becomes the one available argument.
    pub fn key_looked_up(&mut self) {
        self.len = -1;
        self.next = -2;
    }

    /// After the last piece: `TypeError: not all arguments converted during string
    /// formatting` (or `bytes formatting`) unless every argument was used or the right
    /// operand is a mapping.
    pub fn finish(&self, args_are_mapping: bool, is_str: bool) -> Result<(), TextError> {
        if self.next < self.len && !args_are_mapping {
            let kind = if is_str { "string" } else { "bytes" };
            return Err(TextError::Type(format!(
                "not all arguments converted during {kind} formatting"
            )));
        }
        Ok(())
    }
}

/// A directive with its `*` arguments resolved: what the output step needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// Flags, with `left_adjust` also set by a negative `*` width.
    pub flags: Flags,
    /// Width, if any (a negative `*` width already made positive).
    pub width: Option<usize>,
    /// Precision, if any (a negative `*` precision already clamped to 0).
    pub precision: Option<usize>,
    /// The conversion type.
    pub conversion: u32,
}

impl Resolved {
    fn is_numeric(&self) -> bool {
        matches!(
            char::from_u32(self.conversion),
            Some('d' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G')
        )
    }

    fn truncates(&self) -> bool {
        matches!(char::from_u32(self.conversion), Some('s' | 'r' | 'a' | 'b'))
    }

    fn has_radix_prefix(&self) -> bool {
        self.flags.alternate && matches!(char::from_u32(self.conversion), Some('x' | 'X' | 'o'))
    }
}

/// The output step of one directive (CPython's `unicode_format_arg_output`): truncation to
/// the precision for `%s`/`%r`/`%a`, then width, fill and sign placement. `converted` is
/// the argument already converted: `str()`/`repr()`/`ascii()` text, the char for `%c`, or
/// for numbers the digits as CPython's converters make them (a leading `-` for negatives,
/// the precision's zero padding, and the `0x`/`0o` prefix when `#` is given), which this
/// step moves around the fill as `0` padding requires. `char_len` is `converted`'s length
/// in code points.
pub fn pad_converted(
    converted: &str,
    char_len: usize,
    spec: &Resolved,
) -> Result<String, TextError> {
    let units: Vec<char>;
    let text: &[char] = if converted.is_ascii() {
        units = converted.bytes().map(char::from).collect();
        &units
    } else {
        units = converted.chars().collect();
        &units
    };
    debug_assert_eq!(text.len(), char_len);
    // Widths come from the template or a `*` argument: `'%999999999999s'` is a MemoryError.
    let capacity = converted
        .len()
        .checked_add(spec.width.unwrap_or(0))
        .ok_or(TextError::Memory)?;
    let mut out = with_capacity(capacity)?;
    pad_units(text, spec, |c| out.push(c));
    Ok(out)
}

/// [`pad_converted`] for `bytes % args`.
pub fn pad_converted_bytes(converted: &[u8], spec: &Resolved) -> Result<Vec<u8>, TextError> {
    let text: Vec<char> = converted.iter().map(|&b| char::from(b)).collect();
    let capacity = converted
        .len()
        .checked_add(spec.width.unwrap_or(0))
        .ok_or(TextError::Memory)?;
    let mut out = bytes_with_capacity(capacity)?;
    pad_units(&text, spec, |c| out.push(c as u8));
    Ok(out)
}

fn pad_units(text: &[char], spec: &Resolved, mut emit: impl FnMut(char)) {
    let numeric = spec.is_numeric();
    let fill = if numeric && spec.flags.zero_pad {
        '0'
    } else {
        ' '
    };
    let mut len = text.len();
    let signed_flags = spec.flags.sign || spec.flags.blank;
    if spec.width.is_none_or(|w| w <= len)
        && spec.precision.is_none_or(|p| p >= len)
        && !signed_flags
    {
        text.iter().for_each(|&c| emit(c));
        return;
    }
    if spec.truncates() {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match text.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if spec.flags.sign => sign = Some('+'),
            _ if spec.flags.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width.unwrap_or(0).max(len);
    if let Some(s) = sign {
        if fill != ' ' {
            emit(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefix = spec.has_radix_prefix() && text.len() >= start + 2;
    if prefix {
        if fill != ' ' {
            emit(text[start]);
            emit(text[start + 1]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !spec.flags.left_adjust {
        (0..width - len).for_each(|_| emit(fill));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            emit(s);
        }
        if prefix {
            emit(text[start]);
            emit(text[start + 1]);
            start += 2;
        }
    }
    text[start..start + len].iter().for_each(|&c| emit(c));
    if width > len {
        (0..width - len).for_each(|_| emit(' '));
    }
}

/// `TypeError: * wants int` for a non-int `*` argument.
pub fn star_wants_int() -> TextError {
    TextError::Type("* wants int".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{dec, py_str, python};

    /// Arguments in these tests are ints (or one str standing for a non-int) so `*` and
    /// `%d`/`%s` can be simulated; the mapping form maps every key to its own text.
    #[derive(Clone)]
    enum Args {
        Tuple(Vec<i64>),
        Single(i64),
        Mapping,
    }

    fn run(template: &str, args: &Args) -> String {
        let mapping = matches!(args, Args::Mapping);
        let mut cursor = ArgCursor::new(match args {
            Args::Tuple(v) => Some(v.len()),
            _ => None,
        });
        let mut current: Option<String> = None;
        let value_of = |slot: ArgSlot, current: &Option<String>| -> String {
            match (slot, args) {
                (ArgSlot::Item(i), Args::Tuple(v)) => v[i].to_string(),
                (ArgSlot::Current, Args::Single(x)) => current.clone().unwrap_or(x.to_string()),
                (ArgSlot::Current, _) => current.clone().unwrap_or("{map}".into()),
                _ => unreachable!(),
            }
        };
        let mut out = String::new();
        let result: Result<(), String> = (|| {
            for piece in str_pieces(template, mapping) {
                let show = |e: TextError| format!("{}: {}", e.exception_name(), e.message());
                let directive = match piece {
                    Ok(PercentPiece::Literal(t)) => {
                        out.push_str(std::str::from_utf8(t).unwrap());
                        continue;
                    }
                    Ok(PercentPiece::Percent) => {
                        out.push('%');
                        continue;
                    }
                    Ok(PercentPiece::Directive(d)) => d,
                    Err(failure) => {
                        if let Some(k) = failure.key {
                            current = Some(std::str::from_utf8(k).unwrap().to_owned());
                            cursor.key_looked_up();
                        }
                        for _ in 0..failure.stars {
                            cursor.next_arg().map_err(show)?;
                        }
                        return Err(show(failure.error));
                    }
                };
                if let Some(k) = directive.key {
                    current = Some(std::str::from_utf8(k).unwrap().to_owned());
                    cursor.key_looked_up();
                }
                let mut width = match directive.width {
                    Count::Fixed(w) => w as i64,
                    Count::Absent => 0,
                    Count::Star => {
                        let v = value_of(cursor.next_arg().map_err(show)?, &current);
                        v.parse::<i64>().map_err(|_| show(star_wants_int()))?
                    }
                };
                let mut left = directive.flags.left_adjust;
                if width < 0 {
                    left = true;
                    width = -width;
                }
                if directive.precision == Count::Star {
                    let v = value_of(cursor.next_arg().map_err(show)?, &current);
                    v.parse::<i64>().map_err(|_| show(star_wants_int()))?;
                }
                let value = value_of(cursor.next_arg().map_err(show)?, &current);
                if directive.conversion != u32::from(b's')
                    && directive.conversion != u32::from(b'd')
                {
                    return Err(show(directive.unsupported(template.as_bytes(), true)));
                }
                let w = width as usize;
                out.push_str(&if left {
                    format!("{value:<w$}")
                } else {
                    format!("{value:>w$}")
                });
            }
            cursor
                .finish(mapping, true)
                .map_err(|e| format!("{}: {}", e.exception_name(), e.message()))
        })();
        match result {
            Ok(()) => out,
            Err(e) => e,
        }
    }

    #[test]
    fn templates_match_cpython() {
        let cases: Vec<(&str, Args)> = vec![
            ("%5%", Args::Tuple(vec![])),
            ("%5%", Args::Tuple(vec![1])),
            ("%-5%|", Args::Tuple(vec![])),
            ("%", Args::Tuple(vec![])),
            ("%(a", Args::Single(5)),
            ("%(a", Args::Mapping),
            ("%(a)", Args::Mapping),
            ("%*", Args::Tuple(vec![])),
            ("%*", Args::Tuple(vec![5])),
            ("%y", Args::Tuple(vec![])),
            ("%y", Args::Tuple(vec![1])),
            ("x%\u{e9}", Args::Tuple(vec![1])),
            ("%\u{20ac}", Args::Tuple(vec![1])),
            ("%ld", Args::Tuple(vec![5])),
            ("%l", Args::Tuple(vec![5])),
            ("%99999999999999999999d", Args::Tuple(vec![1])),
            ("%.99999999999d", Args::Tuple(vec![1])),
            ("%d %d", Args::Tuple(vec![1])),
            ("%d", Args::Tuple(vec![1, 2])),
            ("%(a)s %s", Args::Mapping),
            ("%(a(b))s", Args::Mapping),
            ("%-*d|", Args::Tuple(vec![-5, 1])),
            ("%*d|%-3s|", Args::Tuple(vec![4, 7, 8])),
            ("abc", Args::Single(5)),
            ("abc", Args::Tuple(vec![])),
            ("abc", Args::Mapping),
            ("%s", Args::Single(3)),
            ("%s %s", Args::Single(3)),
            ("%(x)s%(y)5s%%", Args::Mapping),
            ("\u{e9}%s\u{e9}%%", Args::Tuple(vec![1])),
            ("%#-+ 05.3d|", Args::Tuple(vec![42])),
            ("%.*d", Args::Tuple(vec![2])),
        ];
        let mut script = String::from("class M(dict):\n    def __missing__(s, k): return k\n");
        script.push_str("def run(t, a):\n    try: return t % a\n    except Exception as e: return f'{type(e).__name__}: {e}'\n");
        for (t, args) in &cases {
            let a = match args {
                Args::Tuple(v) => format!(
                    "({}{})",
                    v.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if v.len() == 1 { "," } else { "" }
                ),
                Args::Single(x) => x.to_string(),
                Args::Mapping => "M()".to_owned(),
            };
            script.push_str(&format!("print(enc(run({}, {a})))\n", py_str(t)));
        }
        let out = python(&script);
        for ((t, args), line) in cases.iter().zip(out.lines()) {
            let want = crate::text::testutil::dec(line);
            // Our simulated `%d` ignores flags other than '-' and width; skip comparing the
            // numeric rendering of the flag-heavy case and check only that it parsed.
            if *t == "%#-+ 05.3d|" {
                let d = str_pieces(t, false).next().unwrap().unwrap();
                let PercentPiece::Directive(d) = d else {
                    panic!("directive expected")
                };
                assert_eq!(
                    d.flags,
                    Flags {
                        left_adjust: true,
                        sign: true,
                        blank: true,
                        alternate: true,
                        zero_pad: true
                    }
                );
                assert_eq!(
                    (d.width, d.precision, d.conversion),
                    (Count::Fixed(5), Count::Fixed(3), u32::from(b'd'))
                );
                assert_eq!(want, "+042 |");
                continue;
            }
            assert_eq!(run(t, args), want, "{t:?}");
        }
    }

    #[test]
    fn bytes_templates() {
        let pieces: Vec<_> = bytes_pieces(b"a%%b%5.2x\xff%y", false)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(pieces.len(), 6);
        let PercentPiece::Directive(d) = pieces[5] else {
            panic!("directive expected")
        };
        assert_eq!(
            d.unsupported(b"a%%b%5.2x\xff%y", false).message(),
            "unsupported format character 'y' (0x79) at index 11"
        );
        let out = python("try: b'a%%b%5.2x\\xff%y' % (1, 2)\nexcept ValueError as e: print(e)");
        assert_eq!(
            out.trim(),
            "unsupported format character 'y' (0x79) at index 11"
        );
        assert_eq!(
            ArgCursor::new(Some(2))
                .finish(false, false)
                .unwrap_err()
                .message(),
            "not all arguments converted during bytes formatting"
        );
    }

    #[test]
    fn padding_matches_cpython() {
        let flag_sets = [
            "", "-", "+", " ", "#", "0", "-0", "+0", "#0", " 0", "#-", "+#0",
        ];
        let widths = [None, Some(1usize), Some(8)];
        let precisions = [None, Some(0usize), Some(5)];
        let values = [
            "0",
            "7",
            "-7",
            "255",
            "-255",
            "123456",
            "1.5",
            "-1.5",
            "1e10",
            "-0.0",
            "'h\\u00e9llo'",
            "'x'",
        ];
        let conversions = ['d', 'x', 'X', 'o', 'f', 'e', 'g', 's', 'r', 'c'];
        let mut cases = Vec::new();
        let mut script = String::from("def raw(v, c, flags, p):\n    spec = '%' + ('#' if '#' in flags else '') + ('' if p is None else '.%d' % p) + c\n    return spec % (v,)\n");
        for v in values {
            for c in conversions {
                let is_float = v.contains('.') || v.contains('e') && !v.starts_with('\'');
                let is_str = v.starts_with('\'');
                let fits = match c {
                    'd' | 'x' | 'X' | 'o' => !is_float && !is_str,
                    'f' | 'e' | 'g' => !is_str,
                    'c' => v == "'x'" || v == "7" || v == "255",
                    _ => true,
                };
                if !fits {
                    continue;
                }
                for f in flag_sets {
                    for w in widths {
                        for p in precisions {
                            if c == 'c' && p.is_some() {
                                continue;
                            }
                            cases.push((c, f, w, p));
                            let full = format!(
                                "%{f}{}{}{c}",
                                w.map_or(String::new(), |w| w.to_string()),
                                p.map_or(String::new(), |p| format!(".{p}"))
                            );
                            let p_py = p.map_or("None".to_owned(), |p| p.to_string());
                            script.push_str(&format!(
                                "print(enc(raw({v}, '{c}', '{f}', {p_py})) + ' ' + enc('{full}' % ({v},)))\n"
                            ));
                        }
                    }
                }
            }
        }
        let out = python(&script);
        let mut lines = out.lines();
        for (c, f, w, p) in cases {
            let line = lines.next().unwrap();
            let (raw, full) = line.split_once(' ').unwrap();
            let raw = dec(raw);
            let flags = Flags {
                left_adjust: f.contains('-'),
                sign: f.contains('+'),
                blank: f.contains(' '),
                alternate: f.contains('#'),
                zero_pad: f.contains('0'),
            };
            let spec = Resolved {
                flags,
                width: w,
                precision: p,
                conversion: c as u32,
            };
            let got = pad_converted(&raw, raw.chars().count(), &spec).unwrap();
            assert_eq!(got, dec(full), "raw {raw:?} %{f}{w:?}.{p:?}{c}");
            if raw.is_ascii() && c != 'r' {
                assert_eq!(
                    pad_converted_bytes(raw.as_bytes(), &spec).unwrap(),
                    dec(full).as_bytes()
                );
            }
        }
    }

    #[test]
    fn huge_width_is_memory_error() {
        let spec = Resolved {
            flags: Flags::default(),
            width: Some(1 << 62),
            precision: None,
            conversion: u32::from(b's'),
        };
        assert_eq!(pad_converted("a", 1, &spec), Err(TextError::Memory));
        assert_eq!(pad_converted_bytes(b"a", &spec), Err(TextError::Memory));
    }

    #[test]
    fn bytes_specific_messages() {
        let failure = bytes_pieces(b"%.99999999999d", false)
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!(failure.error.message(), "prec too big");
        let failure = str_pieces("%.99999999999d", false)
            .next()
            .unwrap()
            .unwrap_err();
        assert_eq!(failure.error.message(), "precision too big");
        let template = b"%\x7f";
        let Some(Ok(PercentPiece::Directive(d))) = bytes_pieces(template, false).next() else {
            panic!("directive")
        };
        assert_eq!(
            d.unsupported(template, false).message(),
            "unsupported format character '\x7f' (0x7f) at index 1"
        );
        let Some(Ok(PercentPiece::Directive(d))) = str_pieces("%\x7f", false).next() else {
            panic!("directive")
        };
        assert_eq!(
            d.unsupported(b"%\x7f", true).message(),
            "unsupported format character '?' (0x7f) at index 1"
        );
    }
}
