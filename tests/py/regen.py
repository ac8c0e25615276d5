#!/usr/bin/env python3
"""Regenerate the expected outputs of the end-to-end corpus from CPython.

Usage:
    tests/py/regen.py                 # every script
    tests/py/regen.py control/if.py   # only these (paths relative to tests/py, or absolute)
    tests/py/regen.py --check         # write nothing; report scripts whose output differs
                                      # between python3 (3.11) and python3.13 or between two
                                      # PYTHONHASHSEED values (= not a good test)

For each script it writes, next to the script:
    NAME.out     stdout, exact bytes
    NAME.err     only if the exit status is non-zero or stderr is non-empty:
                 "exit N" then the last line of stderr
    NAME.stderr  only for failing scripts under tracebacks/ and imports/: the whole stderr
    Paths of files under tests/py in stderr are written relative to tests/py.

The first line of a script may choose the oracle:
    # expected: hand-written ...   -> skipped; its expected files are written by hand
                                      (3.14-only syntax, from the PEP / 3.14 docs)
    # expected: python3.13 ...     -> generated with python3.13 instead of python3 (full
                                      tracebacks, whose 3.14 format 3.13 shares; each such
                                      file says it was checked against the notes)

Scripts run with the absolute path as argument and tests/py as the working directory, exactly
as the Rust runner (tests/e2e.rs) runs braid.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ORACLE = "python3"
NEWER_ORACLE = "python3.13"


def real_binary(name):
    """The interpreter itself, not a pyenv shim (shims depend on the working directory)."""
    try:
        return subprocess.run([name, "-c", "import sys; print(sys.executable)"],
                              capture_output=True, text=True, check=True).stdout.strip() or name
    except (OSError, subprocess.CalledProcessError):
        # A pyenv shim for a version that is installed but not selected: use it directly.
        found = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/*/bin/{name}")))
        return found[-1] if found else name


BINARIES = {}
TIMEOUT = 120


def scripts(selection):
    if selection:
        tops = [os.path.abspath(n if os.path.isabs(n) else os.path.join(ROOT, n)) for n in selection]
    else:
        tops = [os.path.join(ROOT, e) for e in sorted(os.listdir(ROOT))
                if os.path.isdir(os.path.join(ROOT, e)) and not e.startswith(("_", "."))]
    for sub in tops:
        if not os.path.isdir(sub):
            yield sub
            continue
        # Folders inside an area hold helper modules and packages that the scripts
        # import; only the area's own files are scripts.
        for filename in sorted(os.listdir(sub)):
            if filename.endswith(".py") and os.path.isfile(os.path.join(sub, filename)):
                yield os.path.join(sub, filename)


def marker(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if first.startswith("# expected: hand-written"):
        return "hand"
    if first.startswith("# expected: python3.13"):
        return "python3.13"
    return DEFAULT_ORACLE


def run(oracle, path, hashseed="0"):
    env = dict(os.environ, PYTHONUTF8="1", PYTHONHASHSEED=hashseed, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONWARNINGS", None)
    if oracle not in BINARIES:
        BINARIES[oracle] = real_binary(oracle)
    proc = subprocess.run(
        [BINARIES[oracle], path], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def rel(path):
    return os.path.relpath(path, ROOT).replace(os.sep, "/")


def err_text(code, stderr):
    lines = stderr.rstrip("\n").split("\n") if stderr else []
    text = f"exit {code}\n"
    if lines:
        text += lines[-1] + "\n"
    return text


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def regenerate(path):
    oracle = marker(path)
    if oracle == "hand":
        return "skipped (hand-written)"
    code, out, err = run(oracle, path)
    stem = path[:-3]
    write_or_remove(stem + ".out", out)
    failing = code != 0 or err != ""
    # Paths of files under tests/py (the script, modules it imports) are written relative
    # to it, as the runner rewrites braid's stderr.
    err = err.replace(ROOT + "/", "")
    write_or_remove(stem + ".err", err_text(code, err) if failing else None)
    full = None
    if rel(path).startswith(("tracebacks/", "imports/")) and failing:
        full = err
    write_or_remove(stem + ".stderr", full)
    return f"{oracle}: exit {code}"


def check(path):
    """Return a list of reasons why this script is not version/hash independent."""
    oracle = marker(path)
    if oracle == "hand":
        return []
    problems = []
    base = run(oracle, path, "0")
    other_seed = run(oracle, path, "12345")
    if other_seed[:2] != base[:2] or err_text(other_seed[0], other_seed[2]) != err_text(base[0], base[2]):
        problems.append("output depends on PYTHONHASHSEED")
    if oracle == DEFAULT_ORACLE:
        newer = run(NEWER_ORACLE, path, "0")
        if newer[1] != base[1]:
            problems.append("stdout differs under python3.13")
        if err_text(newer[0], newer[2]) != err_text(base[0], base[2]):
            problems.append("exit/last stderr line differs under python3.13: "
                            + err_text(newer[0], newer[2]).replace("\n", " | "))
    return problems


def main(argv):
    checking = "--check" in argv
    selection = [a for a in argv if a != "--check"]
    bad = 0
    for path in scripts(selection):
        if checking:
            problems = check(path)
            if problems:
                bad += 1
                print(f"{rel(path)}: " + "; ".join(problems))
        else:
            print(f"{rel(path)}: {regenerate(path)}")
    if checking:
        print(f"{bad} script(s) with version- or hash-dependent output")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
