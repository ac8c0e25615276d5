//! Identifier rules (PEP 3131) and the Unicode facts the frontend needs.
//!
//! The tokenizer accepts a non-ASCII identifier when its first character is XID_Start (or
//! `_`) and the rest are XID_Continue, checked on the characters as written, exactly like
//! CPython's `_PyUnicode_ScanIdentifier`; the parser then stores the NFKC form, so `ﬁle` and
//! `file` are the same name. `is_printable` is `str.isprintable()` (used by error
//! messages) from braid-core's Unicode table, the same one the AST dump's `repr` and the
//! runtime's `str` use.

use unicode_normalization::UnicodeNormalization;

/// May `ch` start an identifier?
#[must_use]
pub fn is_id_start_nfkc(ch: char) -> bool {
    ch == '_' || unicode_ident::is_xid_start(ch)
}

/// May `ch` continue an identifier?
#[must_use]
pub fn is_id_continue_nfkc(ch: char) -> bool {
    unicode_ident::is_xid_continue(ch)
}

/// The NFKC form of an identifier (ASCII names are returned unchanged without allocation
/// work beyond the copy).
#[must_use]
pub fn normalize_identifier(name: &str) -> String {
    if name.is_ascii() {
        name.to_string()
    } else {
        name.nfkc().collect()
    }
}

/// Python's `str.isprintable()` for one character (braid-core's table, the one `str`
/// uses at run time).
#[must_use]
pub fn is_printable(ch: char) -> bool {
    braid_core::text::unicode::char_is_printable(ch)
}
