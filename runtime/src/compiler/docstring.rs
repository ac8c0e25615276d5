//! Docstring cleaning, as CPython 3.13+ compiles docstrings: tabs expanded, the first
//! line's leading spaces dropped, and the common indentation of the later non-blank
//! lines removed from every later line. Unlike `inspect.cleandoc`, blank first and last
//! lines stay, so line numbers within the docstring do not move.

/// The docstring `doc` as the compiler stores it in `__doc__`.
pub fn clean_doc(doc: &str) -> String {
    // `str.expandtabs()`; it fails only on an impossible size, which a source file
    // cannot hold.
    let doc = crate::text::pad::expandtabs(doc, 8).map_or_else(|_| doc.to_string(), |d| d.into_owned());
    let mut lines = doc.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest
        .iter()
        .filter_map(|l| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            let after = &l[indent..];
            (!after.is_empty() && !after.starts_with('\n')).then_some(indent)
        })
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(doc.len());
    out.push_str(first.trim_start_matches(' '));
    for l in rest {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        out.push_str(&l[spaces.min(margin)..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clean_doc;

    #[test]
    fn cleans_as_cpython_313() {
        assert_eq!(clean_doc("First.\n\n    Detail.\n        More.\n    "), "First.\n\nDetail.\n    More.\n");
        assert_eq!(clean_doc("   lead\n  a\n    b"), "lead\na\n  b");
        assert_eq!(clean_doc("one line"), "one line");
        assert_eq!(clean_doc("\n    x\n\ty\n"), "\nx\n    y\n");
        assert_eq!(clean_doc("a\n   \n  b\n"), "a\n \nb\n");
    }
}
