//! Finding a module on a search path (`sys.path`, or a package's `__path__`).
//!
//! The order is CPython's path finder: entries are tried first to last, and within one
//! entry a regular package (`name/__init__.py`) wins over a module (`name.py`); a folder
//! `name/` without `__init__.py` is remembered as a namespace portion and only used if no
//! later entry holds a package or module of that name, all portions together making the
//! namespace package's `__path__`. Entries that name the embedded library
//! ([`embedded::LIB_ROOT`]) are served from it, every other string entry from disk
//! ("" is the current directory; a relative entry is taken from the current directory,
//! unnormalised, as CPython prints it). Non-string entries are skipped. Only source files
//! are found: braid has no bytecode cache, extension modules or zip imports.

use std::borrow::Cow;

use super::embedded::{self, Library};

/// Where a module's code comes from.
pub enum Found {
    /// A module (`name.py`) or a regular package (`name/__init__.py`).
    Source {
        /// `__file__` and `__spec__.origin`.
        origin: String,
        /// The file's bytes.
        source: Cow<'static, [u8]>,
        /// For a package, the folder that becomes its `__path__`.
        package_dir: Option<String>,
    },
    /// A namespace package: every folder found, in path order.
    Namespace {
        /// `__path__`.
        dirs: Vec<String>,
    },
}

/// `a/b` with CPython's rule: a trailing `/` on `a` is not doubled.
fn join(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// The directory a disk entry stands for ("" and "." are the current directory;
/// relative entries are joined to it).
fn disk_dir(entry: &str) -> String {
    let trimmed = if entry.len() > 1 {
        entry.trim_end_matches('/')
    } else {
        entry
    };
    if trimmed.starts_with('/') {
        return trimmed.to_string();
    }
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| ".".to_string());
    if trimmed.is_empty() || trimmed == "." {
        cwd
    } else {
        join(&cwd, trimmed)
    }
}

/// What one entry holds under `name`.
enum Hit {
    Source(Found),
    Portion(String),
}

fn find_in_library(lib: Library, entry: &str, rel: &str, name: &str) -> Option<Hit> {
    let base = if rel.is_empty() {
        name.to_string()
    } else {
        format!("{rel}/{name}")
    };
    let entry = entry.trim_end_matches('/');
    let init = format!("{base}/__init__.py");
    if let Some(text) = lib.file(&init) {
        let dir = join(entry, name);
        return Some(Hit::Source(Found::Source {
            origin: join(&dir, "__init__.py"),
            source: Cow::Borrowed(text.as_bytes()),
            package_dir: Some(dir),
        }));
    }
    if let Some(text) = lib.file(&format!("{base}.py")) {
        return Some(Hit::Source(Found::Source {
            origin: join(entry, &format!("{name}.py")),
            source: Cow::Borrowed(text.as_bytes()),
            package_dir: None,
        }));
    }
    lib.is_dir(&base).then(|| Hit::Portion(join(entry, name)))
}

fn find_on_disk(entry: &str, name: &str) -> Option<Hit> {
    let dir = disk_dir(entry);
    let pkg_dir = join(&dir, name);
    let is_dir = std::path::Path::new(&pkg_dir).is_dir();
    if is_dir {
        let init = join(&pkg_dir, "__init__.py");
        if let Ok(bytes) = std::fs::read(&init) {
            return Some(Hit::Source(Found::Source {
                origin: init,
                source: Cow::Owned(bytes),
                package_dir: Some(pkg_dir),
            }));
        }
    }
    let file = join(&dir, &format!("{name}.py"));
    if std::path::Path::new(&file).is_file() {
        if let Ok(bytes) = std::fs::read(&file) {
            return Some(Hit::Source(Found::Source {
                origin: file,
                source: Cow::Owned(bytes),
                package_dir: None,
            }));
        }
    }
    is_dir.then_some(Hit::Portion(pkg_dir))
}

/// Finds `name` (one component, no dots) on `entries`, using `lib` for entries inside
/// the embedded library.
pub fn find_in(lib: Library, name: &str, entries: &[String]) -> Option<Found> {
    let mut portions = Vec::new();
    for entry in entries {
        let hit = match embedded::relative_dir(entry) {
            Some(rel) => find_in_library(lib, entry, rel, name),
            None => find_on_disk(entry, name),
        };
        match hit {
            Some(Hit::Source(found)) => return Some(found),
            Some(Hit::Portion(dir)) => portions.push(dir),
            None => {}
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace { dirs: portions })
}

/// Finds `name` on `entries` with the embedded library of this binary.
pub fn find(name: &str, entries: &[String]) -> Option<Found> {
    find_in(embedded::EMBEDDED, name, entries)
}

/// The source file `braid -m name` would run, found without running anything (for
/// `--dis` and `--dump-ast` with `-m`): packages are followed through their folders and
/// a package means its `__main__.py`. Returns CPython's message on failure.
pub fn locate_file(name: &str, entries: &[String]) -> Result<String, String> {
    let mut search = entries.to_vec();
    let parts: Vec<&str> = name.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match find(part, &search) {
            Some(Found::Source {
                origin,
                package_dir: None,
                ..
            }) if last => return Ok(origin),
            Some(Found::Source {
                package_dir: Some(dir),
                ..
            }) if last => {
                return match find("__main__", &[dir]) {
                    Some(Found::Source { origin, package_dir: None, .. }) => Ok(origin),
                    _ => Err(format!("No module named {name}.__main__; '{name}' is a package and cannot be directly executed")),
                };
            }
            Some(Found::Source {
                package_dir: Some(dir),
                ..
            }) => search = vec![dir],
            Some(Found::Namespace { dirs }) => {
                if last {
                    return Err(format!("No module named {name}.__main__; '{name}' is a package and cannot be directly executed"));
                }
                search = dirs;
            }
            Some(Found::Source {
                package_dir: None, ..
            }) => {
                let parent = parts[..=i].join(".");
                return Err(format!(
                    "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')"
                ));
            }
            None if i == 0 && !last => {
                return Err(format!("Error while finding module specification for '{name}' (ModuleNotFoundError: No module named '{part}')"));
            }
            None => return Err(format!("No module named {name}")),
        }
    }
    Err(format!("No module named {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIB: Library = Library {
        files: &[
            ("m.py", "m"),
            ("ns/x.py", "x"),
            ("pkg/__init__.py", "p"),
            ("pkg/m.py", "pm"),
        ],
    };

    fn origin(found: Option<Found>) -> Option<String> {
        match found {
            Some(Found::Source { origin, .. }) => Some(origin),
            Some(Found::Namespace { dirs }) => Some(format!("ns:{dirs:?}")),
            None => None,
        }
    }

    #[test]
    fn library_modules_packages_and_namespaces() {
        let path = vec!["<braid>/lib".to_string()];
        assert_eq!(
            origin(find_in(LIB, "m", &path)).as_deref(),
            Some("<braid>/lib/m.py")
        );
        assert_eq!(
            origin(find_in(LIB, "pkg", &path)).as_deref(),
            Some("<braid>/lib/pkg/__init__.py")
        );
        assert_eq!(
            origin(find_in(LIB, "ns", &path)).as_deref(),
            Some("ns:[\"<braid>/lib/ns\"]")
        );
        assert_eq!(origin(find_in(LIB, "nosuch", &path)), None);
        let sub = vec!["<braid>/lib/pkg".to_string()];
        assert_eq!(
            origin(find_in(LIB, "m", &sub)).as_deref(),
            Some("<braid>/lib/pkg/m.py")
        );
    }

    #[test]
    fn disk_entries_come_first_and_namespaces_last() {
        let dir = std::env::temp_dir().join(format!("braid_finder_{}", std::process::id()));
        std::fs::create_dir_all(dir.join("ns")).unwrap();
        std::fs::write(dir.join("m.py"), "x = 1\n").unwrap();
        let d = dir.to_string_lossy().into_owned();
        let path = vec![d.clone(), "<braid>/lib".to_string()];
        assert_eq!(
            origin(find_in(LIB, "m", &path)),
            Some(format!("{d}/m.py")),
            "a file on disk shadows the library"
        );
        // The library's `ns` folder and the disk one are both portions.
        assert_eq!(
            origin(find_in(LIB, "ns", &path)),
            Some(format!("ns:[\"{d}/ns\", \"<braid>/lib/ns\"]"))
        );
        // A regular package in a later entry beats a namespace portion in an earlier one.
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        assert_eq!(
            origin(find_in(LIB, "pkg", &path)).as_deref(),
            Some("<braid>/lib/pkg/__init__.py")
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
