#!/usr/bin/env python3
"""Compile-time checks: `braid --check-only` must accept exactly the stdlib files that
python3's `compile()` accepts (parser + symbol table + code generator errors).

    python3 tests/parser/compare_checks.py target/debug/braid

Prints the disagreements and exits 1 if there are any.
"""
import os
import subprocess
import sys
import warnings


def main():
    braid = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.__file__)
    verdict = {}
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            p = os.path.join(d, f)
            try:
                with open(p, "rb") as fh:
                    src = fh.read()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    compile(src, p, "exec")
                verdict[p] = None
            except SyntaxError as e:
                verdict[p] = e.msg
            except (ValueError, RecursionError, MemoryError):
                continue
    r = subprocess.run([braid, "--check-only"] + list(verdict), capture_output=True, text=True)
    if not any(l.startswith("parsed ") for l in r.stdout.splitlines()):
        print("braid failed:", r.returncode, r.stderr[-2000:])
        return 1
    rejected = {}
    for line in r.stdout.splitlines():
        if line.startswith("ERROR "):
            p, _, msg = line[6:].partition(": ")
            rejected[p] = msg
    bad = [(p, m) for p, m in verdict.items() if (m is None) != (p not in rejected)]
    print("files: %d; braid and python3 disagree on accept/reject: %d" % (len(verdict), len(bad)))
    for p, m in bad[:20]:
        print("  %s: python3 %s, braid %s" % (p, "accepts" if m is None else "rejects (%s)" % m,
                                            "rejects (%s)" % rejected[p] if p in rejected else "accepts"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
