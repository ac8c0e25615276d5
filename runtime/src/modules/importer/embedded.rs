//! braid's own Python library, compiled into the binary.
//!
//! `runtime/build.rs` embeds every `.py` file under `runtime/lib/` as a sorted table of
//! (relative path, source). The import system sees that table as one more directory,
//! [`LIB_ROOT`], the last entry of `sys.path`: a module `keyword` is the file
//! `<braid>/lib/keyword.py`, a package `pkg` is `<braid>/lib/pkg/__init__.py`, and a folder
//! without `__init__.py` is a namespace package, exactly as on disk. So user modules on
//! `sys.path` shadow library modules as they shadow CPython's standard library, and the
//! library needs no files at run time.
//!
//! `<braid>/lib` is not a real directory: the angle brackets mark it as virtual (as
//! CPython's `<frozen ...>` and `<string>` file names do), so `__file__` of a library
//! module reads `<braid>/lib/keyword.py` and tracebacks show that name with the source line
//! (the code object keeps the source text).

/// The `sys.path` entry (and the prefix of `__file__`) of the embedded library.
pub const LIB_ROOT: &str = "<braid>/lib";

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));
}

/// A read-only tree of Python files: the embedded library, or a test's own table.
#[derive(Clone, Copy)]
pub struct Library {
    /// (path relative to the root, source), sorted by path.
    pub files: &'static [(&'static str, &'static str)],
}

/// The library built into this binary.
pub const EMBEDDED: Library = Library {
    files: generated::FILES,
};

impl Library {
    /// The source of the file at `rel` (`pkg/mod.py`).
    pub fn file(&self, rel: &str) -> Option<&'static str> {
        self.files
            .binary_search_by(|(p, _)| (*p).cmp(rel))
            .ok()
            .map(|i| self.files[i].1)
    }

    /// Whether `rel` is a folder: some file lies below it.
    pub fn is_dir(&self, rel: &str) -> bool {
        if rel.is_empty() {
            return true;
        }
        let prefix = format!("{rel}/");
        let start = self.files.partition_point(|(p, _)| *p < prefix.as_str());
        self.files
            .get(start)
            .is_some_and(|(p, _)| p.starts_with(&prefix))
    }
}

/// The path inside the library for a `sys.path` or `__path__` entry, if the entry names
/// the library or a folder in it (`<braid>/lib` -> "", `<braid>/lib/pkg` -> "pkg").
pub fn relative_dir(entry: &str) -> Option<&str> {
    let rest = entry.strip_prefix(LIB_ROOT)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('/').map(|r| r.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAKE: Library = Library {
        files: &[
            ("a.py", "A"),
            ("ns/inner/m.py", "M"),
            ("pkg/__init__.py", "P"),
            ("pkg/sub.py", "S"),
            ("pkgx.py", "X"),
        ],
    };

    #[test]
    fn files_and_folders() {
        assert_eq!(FAKE.file("a.py"), Some("A"));
        assert_eq!(FAKE.file("pkg/sub.py"), Some("S"));
        assert_eq!(FAKE.file("b.py"), None);
        assert!(
            FAKE.is_dir("pkg") && FAKE.is_dir("ns") && FAKE.is_dir("ns/inner") && FAKE.is_dir("")
        );
        // "pkgx.py" is not below "pkg/", and a file is not a folder.
        assert!(!FAKE.is_dir("pk") && !FAKE.is_dir("a.py") && !FAKE.is_dir("ns/inner/m.py"));
    }

    #[test]
    fn entries_map_to_folders() {
        assert_eq!(relative_dir("<braid>/lib"), Some(""));
        assert_eq!(relative_dir("<braid>/lib/pkg/"), Some("pkg"));
        assert_eq!(relative_dir("<braid>/library"), None);
        assert_eq!(relative_dir("/usr/lib"), None);
    }

    #[test]
    fn the_embedded_table_is_sorted_and_has_keyword() {
        assert!(EMBEDDED.files.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(EMBEDDED
            .file("keyword.py")
            .is_some_and(|s| s.contains("softkwlist")));
    }
}
