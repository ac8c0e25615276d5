#!/usr/bin/env python3
"""Benchmark: parse the whole standard library with braid and with CPython, in one run.

    cargo build --release && python3 benches/parse_stdlib.py target/release/braid

Collects every .py file under the folder of python3's `os.__file__` (recursively) that
python3 parses, then times
  - python3: `ast.parse(source)` on each file (sources read beforehand, not timed), and
  - braid:   `braid --parse-only FILE...` (reads all files first; only parsing is timed, and
             braid builds the same AST, with positions, that `ast.parse` returns).
Each side runs `--repeat` times (default 3) and the best time is reported, both as wall
time and as CPU time (python3: `time.process_time()`; braid: the child's user+sys time from
`getrusage`, which also counts process start-up and reading the files, so it favours python3).
The CPU figure is the one to trust on a loaded machine.
"""
import argparse
import ast
import os
import re
import resource
import subprocess
import sys
import time
import warnings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("braid")
    ap.add_argument("--root", default=os.path.dirname(os.__file__))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files, sources = [], []
    for d, dirs, names in os.walk(args.root):
        dirs.sort()
        for n in sorted(names):
            if n.endswith(".py"):
                p = os.path.join(d, n)
                with open(p, "rb") as fh:
                    src = fh.read()
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        ast.parse(src)
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    continue
                files.append(p)
                sources.append(src)
    total_mb = sum(map(len, sources)) / 1e6
    best_py = best_py_cpu = float("inf")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            for src in sources:
                ast.parse(src)
            best_py = min(best_py, time.perf_counter() - t0)
            best_py_cpu = min(best_py_cpu, time.process_time() - c0)
    best_braid = best_braid_cpu = float("inf")
    for _ in range(args.repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([args.braid, "--parse-only"] + files, capture_output=True, text=True, check=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        m = re.search(r"parsed (\d+) files \((\d+) with syntax errors\) in ([0-9.]+)s", out)
        if not m or m.group(2) != "0":
            sys.exit("unexpected braid output:\n" + out[-2000:])
        best_braid = min(best_braid, float(m.group(3)))
        best_braid_cpu = min(best_braid_cpu, cpu)
    print("files: %d (%.1f MB)" % (len(files), total_mb))
    print("python3 %s ast.parse: wall %.3fs, cpu %.3fs" % (sys.version.split()[0], best_py, best_py_cpu))
    print("braid --parse-only:    wall %.3fs, cpu %.3fs (cpu includes start-up and file reading)"
          % (best_braid, best_braid_cpu))
    print("speed-up: wall %.1fx, cpu %.1fx" % (best_py / best_braid, best_py_cpu / best_braid_cpu))


if __name__ == "__main__":
    main()
