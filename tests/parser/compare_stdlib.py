#!/usr/bin/env python3
"""Compares `braid --dump-ast[=positions] FILE` with CPython's `ast.dump` on the stdlib.

For every .py file under the folder of python3's `os.__file__` (recursively, test suite and
site-packages included) that python3 itself parses, both dumps must be byte-identical.

    python3 tests/parser/compare_stdlib.py target/release/braid            # every file
    python3 tests/parser/compare_stdlib.py BRAID --sample 400               # every Nth file
    python3 tests/parser/compare_stdlib.py BRAID --files a.py b.py          # given files

Prints `identical plain: A/N, identical positions: B/N` and the first mismatches; exits 1 if
any file differs. Expected dumps are computed here, at run time, with this python3.
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import warnings


def stdlib_files(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".py"):
                out.append(os.path.join(d, f))
    return out


NATIVE = False


def dump_like_311(node, attributes):
    """`ast.dump` with 3.11's rules, for running under a newer python3 (--native)."""
    def fmt(x):
        if isinstance(x, ast.AST):
            cls = type(x)
            parts = []
            names = list(x._fields) + (list(x._attributes) if attributes else [])
            for name in names:
                try:
                    v = getattr(x, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                if name == "type_params" and v == [] and cls.__name__ != "TypeAlias":
                    continue
                parts.append("%s=%s" % (name, fmt(v)))
            return "%s(%s)" % (cls.__name__, ", ".join(parts))
        if isinstance(x, list):
            return "[%s]" % ", ".join(fmt(y) for y in x)
        return repr(x)
    return fmt(node)


def expected(path):
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, filename=path)
        if NATIVE:
            return dump_like_311(tree, False), dump_like_311(tree, True)
        return ast.dump(tree), ast.dump(tree, include_attributes=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError, UnicodeError):
        return None


def braid_dump(braid, path, positions):
    flag = "--dump-ast=positions" if positions else "--dump-ast"
    if positions and NATIVE:
        flag = "--dump-ast=native-positions"
    try:
        r = subprocess.run([braid, flag, path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "<timeout>"
    if r.returncode != 0:
        return "<exit %d> %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-400:])
    return r.stdout.decode("utf-8", "surrogateescape").rstrip("\n")


def check(braid, path):
    exp = expected(path)
    if exp is None:
        return path, None, None
    plain = braid_dump(braid, path, False)
    pos = braid_dump(braid, path, True)
    return path, (plain == exp[0], plain, exp[0]), (pos == exp[1], pos, exp[1])


def first_difference(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return "  braid:   ...%s\n  python3: ...%s" % (a[max(0, i - 80):i + 80], b[max(0, i - 80):i + 80])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("braid")
    ap.add_argument("--root", default=os.path.dirname(os.__file__))
    ap.add_argument("--sample", type=int, default=0, help="check about this many files, evenly spread")
    ap.add_argument("--files", nargs="*")
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--list", help="write every mismatching path to this file")
    ap.add_argument("--native", action="store_true",
                    help="run under python3.12+ and compare braid's own (3.12+) f-string positions")
    args = ap.parse_args()
    global NATIVE
    NATIVE = args.native
    files = args.files or stdlib_files(args.root)
    if args.sample and len(files) > args.sample:
        step = len(files) / args.sample
        files = [files[int(i * step)] for i in range(args.sample)]
    total = same_plain = same_pos = 0
    bad = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, plain, pos in pool.map(lambda p: check(args.braid, p), files):
            if plain is None:
                continue
            total += 1
            same_plain += plain[0]
            same_pos += pos[0]
            if not (plain[0] and pos[0]):
                bad.append((path, plain if not plain[0] else pos))
    print("files python3 parses: %d; identical plain: %d/%d, identical positions: %d/%d"
          % (total, same_plain, total, same_pos, total))
    for path, (_, got, want) in bad[: args.show]:
        print("MISMATCH", path)
        print(first_difference(got, want))
    if args.list:
        with open(args.list, "w") as fh:
            for path, _ in bad:
                fh.write(path + "\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
