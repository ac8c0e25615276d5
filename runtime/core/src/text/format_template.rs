//! `str.format` / `str.format_map` templates: splitting a template into literal text and
//! replacement fields, and running the whole substitution against a caller-supplied host.
//!
//! A replacement field is `{name!conversion:spec}`. The name is a first part (an argument
//! index, empty for automatic numbering, or a keyword) followed by `.attr` and `[key]`
//! accessors; the spec may itself contain fields (`{:{width}}`), expanded recursively to
//! the depth PEP 3101 allows (two levels).
//!
//! CPython reports template errors lazily, in the order it meets them while producing the
//! output: the fields before a malformed one are looked up (and may raise their own
//! `KeyError`/`AttributeError`) before the malformed one raises `ValueError`. To keep that
//! order, parsing is an iterator of `Result` pieces, accessors are parsed only while the host
//! walks them, and [`format()`](fn@format) interleaves parsing with the host's lookups exactly as CPython
//! does: look up the field object, apply the conversion, expand the spec, render. The host
//! (the interpreter) owns objects and does the lookups, conversions and `__format__` calls;
//! this module never sees a Python object.

use super::error::TextError;
use super::unicode::decimal_value;

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to copy (with `{{`/`}}` already reduced to one brace).
    Literal(&'a str),
    /// A replacement field.
    Field(Field<'a>),
}

/// A replacement field, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field name: first part plus accessors (`0`, `name.attr[key]`, or empty).
    pub name: &'a str,
    /// The char after `!`, not yet validated (see [`Conversion::parse`]).
    pub conversion: Option<char>,
    /// The format spec after `:` (empty if none).
    pub spec: &'a str,
    /// Whether the spec contains `{` and must be expanded as a template first.
    pub spec_has_fields: bool,
}

/// Iterates over the pieces of a template (what `string.Formatter().parse` exposes).
pub struct Pieces<'a> {
    template: &'a str,
    pos: usize,
    pending_field: Option<Field<'a>>,
}

/// Splits `template` into pieces.
pub fn pieces(template: &str) -> Pieces<'_> {
    Pieces {
        template,
        pos: 0,
        pending_field: None,
    }
}

fn value_error(message: &str) -> TextError {
    TextError::value(message)
}

impl<'a> Pieces<'a> {
    /// Parses the field starting after its `{` (CPython's `parse_field`).
    fn parse_field(&mut self) -> Result<Field<'a>, TextError> {
        let text = self.template;
        let bytes = text.as_bytes();
        let name_start = self.pos;
        let mut terminator = None;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            match b {
                b'{' => return Err(value_error("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < bytes.len() && bytes[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => {
                    terminator = Some(b);
                    break;
                }
                _ => {}
            }
        }
        let Some(terminator) = terminator else {
            return Err(value_error("expected '}' before end of string"));
        };
        let name = &text[name_start..self.pos - 1];
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        if terminator == b'}' {
            return Ok(field);
        }
        if terminator == b'!' {
            let Some(conversion) = text[self.pos..].chars().next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conversion);
            self.pos += conversion.len_utf8();
            if self.pos < bytes.len() {
                let next = bytes[self.pos];
                self.pos += 1;
                if next == b'}' {
                    return Ok(field);
                }
                if next != b':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            match b {
                b'{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &text[spec_start..self.pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(value_error("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Result<Piece<'a>, TextError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(field) = self.pending_field.take() {
            return Some(Ok(Piece::Field(field)));
        }
        let bytes = self.template.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let Some(offset) = bytes[start..].iter().position(|&b| b == b'{' || b == b'}') else {
            self.pos = bytes.len();
            return Some(Ok(Piece::Literal(&self.template[start..])));
        };
        let brace_at = start + offset;
        let brace = bytes[brace_at];
        let doubled = bytes.get(brace_at + 1) == Some(&brace);
        if doubled {
            // Literal up to and including one brace; skip the second.
            self.pos = brace_at + 2;
            return Some(Ok(Piece::Literal(&self.template[start..=brace_at])));
        }
        if brace == b'}' {
            self.pos = bytes.len();
            return Some(Err(value_error("Single '}' encountered in format string")));
        }
        if brace_at + 1 == bytes.len() {
            self.pos = bytes.len();
            return Some(Err(value_error("Single '{' encountered in format string")));
        }
        self.pos = brace_at + 1;
        let field = match self.parse_field() {
            Ok(field) => field,
            Err(e) => {
                self.pos = bytes.len();
                return Some(Err(e));
            }
        };
        if brace_at > start {
            self.pending_field = Some(field);
            return Some(Ok(Piece::Literal(&self.template[start..brace_at])));
        }
        Some(Ok(Piece::Field(field)))
    }
}

/// One item of `string.Formatter().parse(template)` / `_string.formatter_parser`: the
/// literal text before a field (braces unescaped) and the field, if any. CPython ends an
/// item early at an escaped brace, so `'a{{b'` gives `('a{', None)` then `('b', None)`.
pub type FormatterItem<'a> = (&'a str, Option<Field<'a>>);

/// The items `string.Formatter().parse` yields, grouped as CPython groups them.
pub fn formatter_items(
    template: &str,
) -> impl Iterator<Item = Result<FormatterItem<'_>, TextError>> + '_ {
    let mut inner = pieces(template).peekable();
    std::iter::from_fn(move || {
        let first = inner.next()?;
        Some(first.map(|piece| match piece {
            Piece::Field(field) => ("", Some(field)),
            Piece::Literal(text) if text.ends_with(['{', '}']) => (text, None),
            Piece::Literal(text) => match inner.peek() {
                Some(Ok(Piece::Field(_))) => match inner.next() {
                    Some(Ok(Piece::Field(field))) => (text, Some(field)),
                    _ => (text, None),
                },
                _ => (text, None),
            },
        }))
    })
}

/// `ValueError: Format string contains positional fields` (from `format_map`, which has no
/// positional arguments).
pub fn positional_fields_in_format_map() -> TextError {
    value_error("Format string contains positional fields")
}

/// `!r`, `!s` or `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!r`: `repr()`.
    Repr,
    /// `!s`: `str()`.
    Str,
    /// `!a`: `ascii()`.
    Ascii,
}

impl Conversion {
    /// Validates a conversion char (`ValueError: Unknown conversion specifier x`).
    pub fn parse(c: char) -> Result<Conversion, TextError> {
        match c {
            'r' => Ok(Conversion::Repr),
            's' => Ok(Conversion::Str),
            'a' => Ok(Conversion::Ascii),
            _ if (c as u32) > 32 && (c as u32) < 127 => Err(TextError::Value(format!(
                "Unknown conversion specifier {c}"
            ))),
            _ => Err(TextError::Value(format!(
                "Unknown conversion specifier \\x{:x}",
                c as u32
            ))),
        }
    }
}

/// The first part of a field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// A positional argument (explicit, or numbered automatically).
    Index(usize),
    /// A keyword argument / `format_map` key.
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accessor<'a> {
    /// `.name`: `getattr`.
    Attr(&'a str),
    /// `[123]`: item lookup with an int (a sequence index when the object is a sequence).
    Index(usize),
    /// `[text]`: item lookup with a str.
    Key(&'a str),
}

/// CPython's `get_integer`: `None` unless every char is a decimal digit (of any script).
fn parse_index(s: &str) -> Result<Option<usize>, TextError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// The accessors after a field's first part, parsed lazily as the host walks them.
pub struct Accessors<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Accessors<'a> {
    type Item = Result<Accessor<'a>, TextError>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest;
        let first = rest.as_bytes().first()?;
        let result = match first {
            b'.' => {
                let end = rest[1..].find(['.', '[']).map_or(rest.len(), |i| i + 1);
                self.rest = &rest[end..];
                Ok(Accessor::Attr(&rest[1..end]))
            }
            b'[' => match rest.find(']') {
                None => Err(value_error("Missing ']' in format string")),
                Some(close) => {
                    self.rest = &rest[close + 1..];
                    let inner = &rest[1..close];
                    parse_index(inner)
                        .map(|index| index.map_or(Accessor::Key(inner), Accessor::Index))
                }
            },
            _ => Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        };
        let result = result.and_then(|accessor| match accessor {
            Accessor::Attr("") | Accessor::Key("") => {
                Err(value_error("Empty attribute in format string"))
            }
            ok => Ok(ok),
        });
        if result.is_err() {
            self.rest = "";
        }
        Some(result)
    }
}

/// Automatic field numbering state, shared by a template and its nested specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    manual: Option<bool>,
    next: usize,
}

impl AutoNumber {
    /// Splits a field name into its key and accessors, numbering `{}` fields and rejecting
    /// a mix of `{}` and `{0}` in one template.
    pub fn split<'a>(&mut self, name: &'a str) -> Result<(FieldKey<'a>, Accessors<'a>), TextError> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let accessors = Accessors {
            rest: &name[first_end..],
        };
        let index = parse_index(first)?;
        if first.is_empty() || index.is_some() {
            let automatic = first.is_empty();
            let manual = *self.manual.get_or_insert(!automatic);
            if manual && automatic {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if !manual && !automatic {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if automatic {
                let key = FieldKey::Index(self.next);
                self.next += 1;
                return Ok((key, accessors));
            }
        }
        Ok((
            index.map_or(FieldKey::Name(first), FieldKey::Index),
            accessors,
        ))
    }
}

/// What [`format()`](fn@format) needs from the interpreter.
pub trait FormatHost {
    /// A Python object.
    type Value;
    /// A Python exception; template errors arrive through `From<TextError>`.
    type Error: From<TextError>;

    /// Finds the field's object: the argument for `key`, then each accessor in turn
    /// (propagating the accessor iterator's parse errors when they come up).
    fn lookup(
        &mut self,
        key: FieldKey<'_>,
        accessors: Accessors<'_>,
    ) -> Result<Self::Value, Self::Error>;
    /// Applies `!r`, `!s` or `!a`.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// Appends `format(value, spec)` to `out`.
    fn render(
        &mut self,
        value: Self::Value,
        spec: &str,
        out: &mut String,
    ) -> Result<(), Self::Error>;
}

/// Nesting PEP 3101 allows: the template and one level of fields inside specs.
const MAX_DEPTH: u32 = 2;

/// `template.format(...)`, with the host resolving fields.
pub fn format<H: FormatHost>(template: &str, host: &mut H) -> Result<String, H::Error> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut auto = AutoNumber::default();
    format_into(template, host, &mut out, MAX_DEPTH, &mut auto)?;
    Ok(out)
}

fn format_into<H: FormatHost>(
    template: &str,
    host: &mut H,
    out: &mut String,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<(), H::Error> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded").into());
    }
    for piece in pieces(template) {
        match piece? {
            Piece::Literal(text) => out.push_str(text),
            Piece::Field(field) => {
                let (key, accessors) = auto.split(field.name)?;
                let mut value = host.lookup(key, accessors)?;
                if let Some(c) = field.conversion {
                    value = host.convert(value, Conversion::parse(c)?)?;
                }
                if field.spec_has_fields {
                    let mut spec = String::new();
                    format_into(field.spec, host, &mut spec, depth - 1, auto)?;
                    host.render(value, &spec, out)?;
                } else {
                    host.render(value, field.spec, out)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{py_str, python};

    /// A host whose positional arguments are the strings "p0", "p1", ... and whose keyword
    /// arguments echo their name; accessors and conversions are recorded in the value, and
    /// rendering shows value and spec. A key named "missing" fails like a KeyError.
    struct EchoHost;

    impl FormatHost for EchoHost {
        type Value = String;
        type Error = String;

        fn lookup(
            &mut self,
            key: FieldKey<'_>,
            accessors: Accessors<'_>,
        ) -> Result<String, String> {
            let mut value = match key {
                FieldKey::Index(i) => format!("p{i}"),
                FieldKey::Name("missing") => return Err("KeyError: 'missing'".into()),
                FieldKey::Name(n) => format!("k{n}"),
            };
            for accessor in accessors {
                match accessor.map_err(|e| format!("{}: {}", e.exception_name(), e.message()))? {
                    Accessor::Attr(a) => value.push_str(&format!(".{a}")),
                    Accessor::Index(i) => value.push_str(&format!("[#{i}]")),
                    Accessor::Key(k) => value.push_str(&format!("[{k}]")),
                }
            }
            Ok(value)
        }

        fn convert(&mut self, value: String, conversion: Conversion) -> Result<String, String> {
            Ok(format!("{conversion:?}({value})"))
        }

        fn render(&mut self, value: String, spec: &str, out: &mut String) -> Result<(), String> {
            out.push_str(&format!("<{value}|{spec}>"));
            Ok(())
        }
    }

    impl From<TextError> for String {
        fn from(e: TextError) -> String {
            format!("{}: {}", e.exception_name(), e.message())
        }
    }

    #[test]
    fn errors_match_cpython() {
        let templates = [
            "{",
            "}",
            "a}b",
            "{0",
            "{0:",
            "{0!",
            "{0!r",
            "{0!rx}",
            "{0!x}",
            "{0! }",
            "{0!\u{e9}}",
            "{a{}",
            "{0[}",
            "{0[0]x}",
            "{0.}",
            "{0[]}",
            "{} {0}",
            "{0} {}",
            "{0:{1:{2}}}",
            "{99999999999999999999}",
            "{0:}}",
            "{0[a]b}",
            "{missing} {",
            "x {0.a[",
            "{0[1]..x}",
            "{0.a[b}",
        ];
        let script = format!(
            "class A:\n    def __getattr__(s, n): return A()\n    def __getitem__(s, k): return A()\n    def __format__(s, spec): return ''\nfor t in [{}]:\n    try:\n        t.format(A(), A(), A(), a=A()); print('ok')\n    except Exception as e: print(f'{{type(e).__name__}}: {{e}}')\n",
            templates.iter().map(|t| py_str(t)).collect::<Vec<_>>().join(", ")
        );
        let out = python(&script);
        for (template, line) in templates.iter().zip(out.lines()) {
            let got = match format(template, &mut EchoHost) {
                Ok(_) => "ok".to_owned(),
                Err(e) => e,
            };
            let want = if line.starts_with("KeyError") {
                "KeyError: 'missing'"
            } else {
                line
            };
            assert_eq!(got, want, "{template:?}");
        }
    }

    #[test]
    fn fields_and_literals() {
        let got = format("a{{b}}c{}-{:>{}}{x.y[2][k]!r:^{}}{{", &mut EchoHost).unwrap();
        assert_eq!(got, "a{b}c<p0|>-<p1|><p2|>><Repr(kx.y[#2][k])|^<p3|>>{");
        assert_eq!(
            format("{\u{661}}{0[\u{661}]}", &mut EchoHost).unwrap(),
            "<p1|><p0[#1]|>"
        );
        assert_eq!(
            format("{.real}{[0]}", &mut EchoHost).unwrap(),
            "<p0.real|><p1[#0]|>"
        );
        let all: Result<Vec<Piece<'_>>, TextError> = pieces("x{0!s:>3}y{{").collect();
        assert_eq!(
            all.unwrap(),
            [
                Piece::Literal("x"),
                Piece::Field(Field {
                    name: "0",
                    conversion: Some('s'),
                    spec: ">3",
                    spec_has_fields: false
                }),
                Piece::Literal("y{"),
            ]
        );
    }

    #[test]
    fn pieces_match_string_formatter_parse() {
        let templates = [
            "",
            "abc",
            "a{{b",
            "{0}{1!r}{x:>{w}}",
            "}}{{",
            "{:%Y}",
            "\u{e9}{\u{e9}.\u{e9}}\u{e9}",
        ];
        let script =
            format!(
            "import string\nfor t in [{}]:\n    print(repr(list(string.Formatter().parse(t))))\n",
            templates.iter().map(|t| py_str(t)).collect::<Vec<_>>().join(", ")
        );
        let out = python(&script);
        for (template, line) in templates.iter().zip(out.lines()) {
            let rows: Vec<String> = formatter_items(template)
                .map(|item| match item.unwrap() {
                    (literal, None) => format!("('{literal}', None, None, None)"),
                    (literal, Some(f)) => {
                        let conv = f.conversion.map_or("None".to_owned(), |c| format!("'{c}'"));
                        format!("('{literal}', '{}', '{}', {conv})", f.name, f.spec)
                    }
                })
                .collect();
            assert_eq!(format!("[{}]", rows.join(", ")), line, "{template:?}");
        }
    }
}
