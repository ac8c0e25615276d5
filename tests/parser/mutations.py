#!/usr/bin/env python3
"""Robustness: mutated stdlib files must be accepted or rejected exactly as CPython does.

Takes a fixed, evenly spread sample of stdlib files; for each, writes mutants cut at several
points and with single tokens deleted; runs `braid --parse-only` on all of them at once and
compares its accept/reject verdict with `ast.parse` of the interpreter running this script
(use the newest CPython available: its grammar is the closest to 3.14's).

    python3.13 tests/parser/mutations.py target/debug/braid [--files 40] [--cuts 4] [--deletes 8]

Exits 1 if braid crashed (no summary line) or any verdict differs; prints the differences.
"""
import argparse
import ast
import os
import subprocess
import sys
import tempfile
import tokenize
import io
import warnings


def stdlib_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        out.extend(os.path.join(d, f) for f in sorted(files) if f.endswith(".py"))
    return out


def accepts(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src)
        return True
    except (SyntaxError, ValueError):
        return False
    except (RecursionError, MemoryError):
        return None


def mutants(text, cuts, deletes):
    out = []
    n = len(text)
    for i in range(1, cuts + 1):
        out.append(("cut%d" % i, text[: n * i // (cuts + 1)]))
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)
                if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT)
                and t.string]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        toks = []
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    if toks:
        for i in range(deletes):
            t = toks[(len(toks) * (2 * i + 1)) // (2 * deletes)]
            a = starts[t.start[0] - 1] + t.start[1]
            b = starts[t.end[0] - 1] + t.end[1]
            out.append(("del%d" % i, text[:a] + text[b:]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("braid")
    ap.add_argument("--root", default=os.path.dirname(os.__file__))
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--cuts", type=int, default=4)
    ap.add_argument("--deletes", type=int, default=8)
    args = ap.parse_args()
    files = [f for f in stdlib_files(args.root) if os.path.getsize(f) < 60_000]
    step = max(1, len(files) // args.files)
    chosen = files[::step][: args.files]
    expected = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, path in enumerate(chosen):
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except (UnicodeDecodeError, OSError):
                continue
            if accepts(text) is not True:
                continue
            for name, src in mutants(text, args.cuts, args.deletes):
                verdict = accepts(src)
                if verdict is None:
                    continue
                p = os.path.join(tmp, "m%04d_%s.py" % (k, name))
                with open(p, "w", encoding="utf-8") as fh:
                    fh.write(src)
                expected[p] = (verdict, path)
                paths.append(p)
        r = subprocess.run([args.braid, "--parse-only"] + paths, capture_output=True, text=True, timeout=600)
        summary = [l for l in r.stdout.splitlines() if l.startswith("parsed ")]
        if r.returncode != 0 or not summary:
            print("braid failed: exit %d\n%s" % (r.returncode, r.stderr[-2000:]))
            return 1
        rejected = {}
        for line in r.stdout.splitlines():
            if line.startswith("ERROR "):
                p, _, msg = line[6:].partition(": ")
                rejected[p] = msg
        bad = []
        for p, (ok, origin) in sorted(expected.items()):
            braid_ok = p not in rejected
            if braid_ok != ok:
                with open(p, encoding="utf-8") as fh:
                    src = fh.read()
                bad.append((p, origin, ok, rejected.get(p), src))
        print("mutants: %d from %d files; verdicts differing from python %s: %d"
              % (len(paths), len(chosen), sys.version.split()[0], len(bad)))
        for p, origin, ok, msg, src in bad[:10]:
            print("DIFF %s (from %s): python %s, braid %s" % (os.path.basename(p), origin,
                  "accepts" if ok else "rejects", ("rejects: " + msg) if msg else "accepts"))
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
