//! The initial `sys.path`, as CPython builds it:
//!
//! 1. the program's directory: the directory of the script (symbolic links resolved),
//!    `''` for `-c` and standard input, the current directory (absolute) for `-m`; left
//!    out under `-P`/`-I` (`safe_path`);
//! 2. each `PYTHONPATH` entry made absolute and normalised (an empty entry is the current
//!    directory), unless `-E`/`-I`; duplicates are dropped, as CPython's `site` does;
//! 3. braid's embedded library, [`LIB_ROOT`] (CPython's standard library directories).

use super::LIB_ROOT;

/// How the program was given, which decides `sys.path[0]`.
pub enum Program<'a> {
    /// A script file (its path as given).
    Script(&'a str),
    /// `-c` or standard input.
    Command,
    /// `-m`.
    Module,
}

/// `os.path.normpath` of an absolute path: no `.`, `..`, doubled or trailing slashes.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `os.path.abspath(entry)`.
fn absolute(entry: &str) -> String {
    if entry.starts_with('/') {
        normalize(entry)
    } else {
        normalize(&format!("{}/{entry}", cwd()))
    }
}

/// The first entry for `program`.
fn program_dir(program: &Program) -> String {
    match program {
        Program::Command => String::new(),
        Program::Module => cwd(),
        Program::Script(path) => {
            let real = std::fs::canonicalize(path)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| absolute(path));
            match real.rsplit_once('/') {
                Some(("", _)) => "/".to_string(),
                Some((dir, _)) => dir.to_string(),
                None => String::new(),
            }
        }
    }
}

/// The initial `sys.path`; `pythonpath` is the `PYTHONPATH` value to use (None under
/// `-E`/`-I` or when unset).
pub fn initial(program: &Program, safe_path: bool, pythonpath: Option<&str>) -> Vec<String> {
    let mut path = Vec::new();
    if !safe_path {
        path.push(program_dir(program));
    }
    let mut rest: Vec<String> = Vec::new();
    for entry in pythonpath.into_iter().flat_map(|p| p.split(':')) {
        let abs = absolute(entry);
        if !rest.contains(&abs) {
            rest.push(abs);
        }
    }
    rest.push(LIB_ROOT.to_string());
    path.extend(rest);
    path
}

/// `PYTHONPATH` from the environment unless `ignore_environment` (`-E`/`-I`); an empty
/// value counts as unset.
pub fn pythonpath_from_env(ignore_environment: bool) -> Option<String> {
    if ignore_environment {
        return None;
    }
    std::env::var("PYTHONPATH").ok().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_os_path() {
        assert_eq!(normalize("/a/./b//c/"), "/a/b/c");
        assert_eq!(normalize("/a/b/../c"), "/a/c");
        assert_eq!(normalize("/.."), "/");
    }

    #[test]
    fn command_path_and_pythonpath() {
        let path = initial(&Program::Command, false, Some("/x/:/y:/x"));
        assert_eq!(
            path,
            vec![
                "".to_string(),
                "/x".to_string(),
                "/y".to_string(),
                LIB_ROOT.to_string()
            ]
        );
        let path = initial(&Program::Command, true, None);
        assert_eq!(path, vec![LIB_ROOT.to_string()]);
    }
}
