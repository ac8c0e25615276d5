//! The corpus on disk: which scripts exist, what each one is expected to do, and the xfail list.
//!
//! Every `tests/py/<area>/<name>.py` is one case (folders inside an area hold helper modules
//! and packages for the scripts to import, and are not searched for cases). Its expectations
//! live next to it:
//!
//! - `<name>.out` — the exact bytes the script writes to stdout (always required);
//! - `<name>.err` — present when the script ends with a non-zero exit status or writes to
//!   stderr. Line 1 is `exit N`; line 2, if present, is the exact last line of stderr; without a
//!   line 2 stderr must be empty (e.g. `sys.exit(3)`). Without a `.err`, the script must exit 0
//!   with empty stderr;
//! - `<name>.stderr` — optional, the whole of stderr (full tracebacks). Absolute paths of files
//!   under `tests/py` (the script, modules it imports) are written relative to `tests/py`, and the
//!   runner substitutes the same way before comparing (also in the `.err` last line).
//!
//! Expectations are plain files so that a failing case can be read and regenerated
//! (`tests/py/regen.py`) without touching Rust code.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Expected exit status and stderr tail of a script that fails or exits non-zero.
#[derive(Debug, Clone)]
pub struct ErrorExpectation {
    pub exit_code: i32,
    /// `None` means stderr must be empty.
    pub last_stderr_line: Option<String>,
}

/// One script of the corpus with everything it is expected to produce.
#[derive(Debug, Clone)]
pub struct Case {
    /// Path relative to `tests/py`, with `/` separators: the name used in reports and xfail.txt.
    pub name: String,
    pub script: PathBuf,
    pub stdout: Vec<u8>,
    pub error: Option<ErrorExpectation>,
    pub full_stderr: Option<String>,
}

/// Parses the `.err` format described in the module docs.
pub fn parse_error_expectation(text: &str) -> Result<ErrorExpectation, String> {
    let mut lines = text.lines();
    let first = lines.next().ok_or("empty .err file")?;
    let code = first
        .strip_prefix("exit ")
        .ok_or_else(|| format!("first line must be `exit N`, found {first:?}"))?;
    let exit_code = code
        .trim()
        .parse::<i32>()
        .map_err(|e| format!("bad exit code {code:?}: {e}"))?;
    let last_stderr_line = lines.next().map(str::to_owned);
    if lines.next().is_some() {
        return Err("a .err file holds at most two lines".to_owned());
    }
    Ok(ErrorExpectation {
        exit_code,
        last_stderr_line,
    })
}

/// Expectation files; one without its script is a leftover from a rename or deletion.
const EXPECTATION_EXTENSIONS: [&str; 3] = ["out", "err", "stderr"];

fn collect_scripts(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    orphans: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_dir() {
            // A folder inside an area holds helper modules and packages that the area's
            // scripts import (`imports/pkg/__init__.py`); they are not scripts themselves.
            continue;
        } else if extension == "py" {
            out.push(path);
        } else if EXPECTATION_EXTENSIONS.contains(&extension) && !path.with_extension("py").exists()
        {
            orphans.push(path);
        }
    }
    Ok(())
}

/// Finds every script under `root` (skipping `root`'s own top-level files, which are tooling)
/// and loads its expectations. Returns the cases and a list of problems (missing or malformed
/// expectation files) which the caller reports as failures.
pub fn discover(root: &Path) -> (Vec<Case>, Vec<String>) {
    let mut scripts = Vec::new();
    let mut problems = Vec::new();
    let subdirs = match fs::read_dir(root) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir()),
        Err(e) => {
            return (
                Vec::new(),
                vec![format!("cannot read {}: {e}", root.display())],
            )
        }
    };
    let mut orphans = Vec::new();
    for dir in subdirs.collect::<Vec<_>>() {
        if let Err(e) = collect_scripts(&dir, &mut scripts, &mut orphans) {
            problems.push(format!("cannot read {}: {e}", dir.display()));
        }
    }
    orphans.sort();
    for orphan in orphans {
        problems.push(format!(
            "{}: expected output without a script",
            relative_name(root, &orphan)
        ));
    }
    scripts.sort();
    let mut cases = Vec::new();
    for script in scripts {
        let name = relative_name(root, &script);
        let Ok(stdout) = fs::read(script.with_extension("out")) else {
            problems.push(format!("{name}: missing {}", with_ext(&name, "out")));
            continue;
        };
        let error = match fs::read_to_string(script.with_extension("err")) {
            Ok(text) => match parse_error_expectation(&text) {
                Ok(expectation) => Some(expectation),
                Err(e) => {
                    problems.push(format!("{name}: bad {}: {e}", with_ext(&name, "err")));
                    continue;
                }
            },
            Err(_) => None,
        };
        let full_stderr = fs::read_to_string(script.with_extension("stderr")).ok();
        if full_stderr.is_some() && error.is_none() {
            problems.push(format!("{name}: has a .stderr file but no .err file"));
            continue;
        }
        cases.push(Case {
            name,
            script,
            stdout,
            error,
            full_stderr,
        });
    }
    (cases, problems)
}

fn with_ext(name: &str, ext: &str) -> String {
    match name.strip_suffix(".py") {
        Some(stem) => format!("{stem}.{ext}"),
        None => format!("{name}.{ext}"),
    }
}

/// `root/control/if.py` -> `control/if.py`.
pub fn relative_name(root: &Path, script: &Path) -> String {
    let rel = script.strip_prefix(root).unwrap_or(script);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// `tests/py/xfail.txt`: one script per line, `path  reason...`; `#` starts a comment line.
/// Ordered so that a rewrite produces a stable, reviewable diff.
#[derive(Debug, Default)]
pub struct XfailList {
    pub entries: BTreeMap<String, String>,
}

impl XfailList {
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        let mut entries = BTreeMap::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (script, reason) = match line.split_once(char::is_whitespace) {
                Some((s, r)) => (s, r.trim()),
                None => (line, ""),
            };
            if entries
                .insert(script.to_owned(), reason.to_owned())
                .is_some()
            {
                return Err(format!(
                    "xfail.txt line {}: {script} listed twice",
                    number + 1
                ));
            }
        }
        Ok(Self { entries })
    }

    pub fn render(&self) -> String {
        let mut text = String::from(
            "# Scripts braid is known to fail, one per line: path relative to tests/py, then the reason.\n\
             # The e2e runner fails if a listed script passes, so this list only shrinks.\n\
             # Refresh with: BRAID_XFAIL_UPDATE=1 cargo test --test e2e\n",
        );
        let width = self.entries.keys().map(String::len).max().unwrap_or(0);
        for (script, reason) in &self.entries {
            if reason.is_empty() {
                text.push_str(script);
            } else {
                let _ = write!(text, "{script:<width$}  {reason}");
            }
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn err_file_with_last_line() {
        let e = parse_error_expectation("exit 1\nZeroDivisionError: division by zero\n").unwrap();
        assert_eq!(e.exit_code, 1);
        assert_eq!(
            e.last_stderr_line.as_deref(),
            Some("ZeroDivisionError: division by zero")
        );
    }

    #[test]
    fn err_file_without_stderr() {
        let e = parse_error_expectation("exit 3\n").unwrap();
        assert_eq!(e.exit_code, 3);
        assert!(e.last_stderr_line.is_none());
    }

    #[test]
    fn err_file_rejects_garbage() {
        assert!(parse_error_expectation("1\nx\n").is_err());
        assert!(parse_error_expectation("exit x\n").is_err());
        assert!(parse_error_expectation("exit 1\na\nb\n").is_err());
    }
}
