#!/usr/bin/env python3
"""Run braid's benchmarks under braid and under CPython and print time, peak RSS and ratios.

Usage (from anywhere; paths default relative to the repository root):

    cargo build --release
    python3 benches/run.py                  # every benchmark, 3 runs each, best time
    python3 benches/run.py --runs 5 --stat median
    python3 benches/run.py nbody fib        # only benchmarks whose name contains a word
    python3 benches/run.py --braid path/to/braid --python /usr/bin/python3.13
    python3 benches/run.py --callgrind      # instruction counts under valgrind, small sizes
    python3 benches/run.py --callgrind --baseline /path/to/older/braid

Each benchmark is a plain script in benches/ (no classes yet) that prints a checksum. It runs
under three commands: `braid -X jit=off` (interpreter only), `braid` (default) and the real
CPython binary (sys.executable of `python3`, not a pyenv shim: the shim adds ~20 ms and its own
memory). braid's stdout must equal CPython's, otherwise the row says WRONG. A braid run that fails
prints FAILED and the first line of its stderr, and the table goes on.

Peak RSS is the program's ru_maxrss as reported by GNU time (/usr/bin/time -f %M), because the
ru_maxrss of a child of this script includes the pre-exec copy of this Python process; without GNU
time, os.wait4()'s figure is used and the header says so. Time is wall clock around the child
(GNU time adds well under a millisecond). The summary line gives the geometric mean of braid/CPython time ratios
over benchmarks where braid succeeded. Startup is measured separately as `braid -c pass` against
`python3 -S -c pass` (CPython without site, the fair comparison for an embedded-free runtime).

--callgrind counts instructions instead (valgrind's callgrind tool; deterministic, so usable on a
loaded machine): each benchmark runs once at the small size in CALLGRIND_SIZES under
`braid -X jit=off`, `python3 -S` and, with --baseline, a second braid binary. Each runtime's own
start-up (`-c pass`, counted the same way) is subtracted, so the ratio compares the work of
running the program. It prints the net counts, braid/python3 ratios and their geometric mean.
"""
import argparse
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
# Listed explicitly: benches/ also holds other tools (this runner, the parser's stdlib parse
# benchmark) that are not checksum-printing programs.
BENCHMARKS = (
    "fib_recursive",
    "generators",
    "int_loop",
    "list_index_slice",
    "nbody",
    "nested_calls",
    "sorting",
    "spectral_norm",
    "word_count",
    "fannkuch",
    "nqueens",
    "oop_particles",
)

# Size arguments for --callgrind: CPython runs each in roughly 100-600 million instructions,
# about a tenth of a second natively, which callgrind turns into a few seconds.
CALLGRIND_SIZES = {
    "fib_recursive": "22",
    "generators": "10000",
    "int_loop": "0.1",
    "list_index_slice": "60",
    "nbody": "5000",
    "nested_calls": "30",
    "sorting": "10000",
    "spectral_norm": "60",
    "word_count": "20000",
    "fannkuch": "8",
    "nqueens": "7",
    "oop_particles": "2000",
}


def find_benchmarks(words):
    names = list(BENCHMARKS)
    if words:
        names = [n for n in names if any(w in n for w in words)]
    return names


def real_python(requested):
    """Resolve a python command to the interpreter binary itself (pyenv shims are scripts)."""
    out = subprocess.run([requested, "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


class Result:
    def __init__(self, seconds, rss_kib, status, stdout, stderr, timed_out):
        self.seconds = seconds
        self.rss_kib = rss_kib
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.status == 0 and not self.timed_out

    def failure_line(self):
        if self.timed_out:
            return "timed out"
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        first = lines[0] if lines else ""
        return f"exit {self.status}: {first[:100]}"


GNU_TIME = "/usr/bin/time"


def gnu_time_available():
    try:
        out = subprocess.run([GNU_TIME, "--version"], capture_output=True, text=True)
    except OSError:
        return False
    return "GNU" in (out.stdout + out.stderr)


# Peak RSS cannot be read from os.wait4() on our own child: the child starts as a copy of this
# Python process (fork or vfork), and Linux carries that pre-exec high-water mark into ru_maxrss,
# so every figure would be at least this runner's own ~14 MB. GNU time forks the measured program
# from its own small image and reports that child's ru_maxrss, which is accurate to ~1 MB; without
# it we fall back to wait4 and say that RSS has a floor.
USE_GNU_TIME = gnu_time_available()


def run_once(argv, timeout, wrap_with_time=True):
    """Run argv once; measure wall time and the program's peak RSS (wrap_with_time=False: time
    only, nothing between the runner and the program)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        use_time = USE_GNU_TIME and wrap_with_time
        command = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv if use_time else argv
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    cwd=REPO_ROOT, start_new_session=True)
        except OSError as e:
            return Result(0.0, 0, 127, b"", str(e).encode(), False)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the program and GNU time together
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wait_status)  # tell Popen it is reaped
        rss_kib = usage.ru_maxrss
        if use_time:
            # The last line holds %M; a line before it may say the command failed.
            lines = rss_file.read().split()
            rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        return Result(elapsed, rss_kib, proc.returncode, out.read(), err.read(),
                      bool(timed_out))


def measure(argv, runs, stat, timeout):
    """Run `runs` times; return a Result whose time/RSS are the chosen statistic, or the
    first failing run."""
    results = []
    for _ in range(runs):
        r = run_once(argv, timeout)
        if not r.ok:
            return r
        results.append(r)
    times = sorted(r.seconds for r in results)
    rss = sorted(r.rss_kib for r in results)
    if stat == "median":
        seconds, rss_kib = times[len(times) // 2], rss[len(rss) // 2]
    else:
        seconds, rss_kib = times[0], rss[0]
    first = results[0]
    return Result(seconds, rss_kib, 0, first.stdout, first.stderr, False)


def fmt_time(r):
    return f"{r.seconds:8.3f}s" if r.ok else "       --"


def fmt_rss(r):
    return f"{r.rss_kib / 1024:7.1f}M" if r.ok else "      --"


def startup(argv, runs, timeout):
    """Best wall time over `runs` unwrapped runs; RSS from one extra run under GNU time."""
    best = None
    for _ in range(runs):
        r = run_once(argv, timeout, wrap_with_time=False)
        if not r.ok:
            return r
        if best is None or r.seconds < best.seconds:
            best = r
    best.rss_kib = run_once(argv, timeout).rss_kib
    return best


def callgrind_count(argv, timeout):
    """Instructions executed by argv under callgrind (the `Collected` total), and its stdout;
    (None, message) on failure."""
    with tempfile.TemporaryDirectory() as tmp:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out"] + argv
        try:
            proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                  cwd=REPO_ROOT, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, str(e).encode()
    if proc.returncode != 0:
        return None, proc.stderr.decode("utf-8", "replace").splitlines()[-1:]
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip()), proc.stdout
    return None, "no 'Collected' line in valgrind's output"


def run_callgrind(args, python, braid, names):
    """The --callgrind mode: net instruction counts and braid/python3 ratios."""
    runtimes = [("python3", [python, "-S"]), ("braid", [braid, "-X", "jit=off"])]
    if args.baseline:
        runtimes.insert(1, ("baseline", [os.path.abspath(args.baseline), "-X", "jit=off"]))
    print("instruction counts (callgrind), millions, net of each runtime's `-c pass`:")
    startup_counts = {}
    for label, argv in runtimes:
        count, out = callgrind_count(argv + ["-c", "pass"], args.timeout * 10)
        if count is None:
            print(f"{label}: `-c pass` failed under valgrind: {out}")
            return 1
        startup_counts[label] = count
        print(f"  start-up {label:<9} {count / 1e6:9.1f}M  ({' '.join(argv)})")
    print()
    header = f"{'benchmark':<18} {'size':>6} {'python3':>9}"
    for label, _ in runtimes[1:]:
        header += f" | {label:>9} {'ratio':>6}"
    print(header)
    print("-" * len(header))
    ratios = {label: [] for label, _ in runtimes[1:]}
    failures = 0
    for name in names:
        size = CALLGRIND_SIZES[name]
        script = os.path.join(BENCH_DIR, name + ".py")
        counts, outputs = {}, {}
        for label, argv in runtimes:
            count, out = callgrind_count(argv + [script, size], args.timeout * 10)
            if count is not None:
                counts[label], outputs[label] = count - startup_counts[label], out
            else:
                outputs[label] = out
        if "python3" not in counts:
            print(f"{name:<18} CPython FAILED ({outputs['python3']})")
            continue
        py = counts["python3"]
        row = f"{name:<18} {size:>6} {py / 1e6:8.1f}M"
        notes = []
        for label, _ in runtimes[1:]:
            if label not in counts:
                failures += 1
                row += f" | {'FAILED':>16}"
                notes.append(f"  {label}: {outputs[label]}")
                continue
            if outputs[label] != outputs["python3"]:
                failures += 1
                notes.append(f"  {label}: WRONG output (checksum differs from CPython)")
            ratio = counts[label] / py
            ratios[label].append(ratio)
            row += f" | {counts[label] / 1e6:8.1f}M {ratio:6.2f}"
        print(row)
        for note in notes:
            print(note)
        sys.stdout.flush()
    print("-" * len(header))
    for label, values in ratios.items():
        mean = math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")
        worst = max(values) if values else float("nan")
        print(f"geometric mean {label}/python3: {mean:.3f}  (max {worst:.2f}, "
              f"{len(values)}/{len(names)} ran)")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name contains one of these")
    parser.add_argument("--braid", default=os.path.join(REPO_ROOT, "target", "release", "braid"))
    parser.add_argument("--python", default="python3", help="CPython command (resolved to the real binary)")
    parser.add_argument("--runs", type=int, default=3, help="runs per benchmark and command (default 3)")
    parser.add_argument("--stat", choices=["best", "median"], default="best")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is killed")
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions under valgrind --tool=callgrind at small sizes")
    parser.add_argument("--baseline", help="with --callgrind: another braid binary to count too")
    parser.add_argument("--save", action="store_true",
                        help="also write the results as JSON to bench-results/<UTC time>.json")
    args = parser.parse_args()

    python = real_python(args.python)
    braid = os.path.abspath(args.braid)
    names = find_benchmarks(args.names)
    if not names:
        print("no benchmark matches", args.names)
        return 2
    print(f"braid:   {braid}{'' if os.path.exists(braid) else '  (missing: cargo build --release)'}")
    print(f"CPython: {python}")
    if args.callgrind:
        return run_callgrind(args, python, braid, names)
    rss_how = ("GNU time" if USE_GNU_TIME
               else "os.wait4 (no GNU time: includes this runner's own ~14 MB as a floor)")
    print(f"{args.runs} run(s) each, {args.stat} time; RSS = peak resident set, measured with {rss_how}\n")

    header = (f"{'benchmark':<18} {'python3':>9} {'RSS':>8} | {'braid jit=off':>13} {'RSS':>8} {'ratio':>6}"
              f" | {'braid':>9} {'RSS':>8} {'ratio':>6} {'RSS x':>6}")
    print(header)
    print("-" * len(header))
    ratios_off, ratios_default = [], []
    failures = 0
    record = {"braid": braid, "python": python, "runs": args.runs, "stat": args.stat, "benchmarks": {}}
    for name in names:
        script = os.path.join(BENCH_DIR, name + ".py")
        ref = measure([python, script], args.runs, args.stat, args.timeout)
        if not ref.ok:
            print(f"{name:<18} CPython FAILED ({ref.failure_line()})")
            continue
        cells = [f"{name:<18} {fmt_time(ref):>9} {fmt_rss(ref):>8}"]
        notes = []
        entry = record["benchmarks"][name] = {"python3": {"seconds": ref.seconds, "rss_kib": ref.rss_kib}}
        for label, extra, ratios in [("jit=off", ["-X", "jit=off"], ratios_off), ("default", [], ratios_default)]:
            r = measure([braid] + extra + [script], args.runs, args.stat, args.timeout)
            entry[label] = ({"seconds": r.seconds, "rss_kib": r.rss_kib, "correct": r.stdout == ref.stdout}
                            if r.ok else {"failed": r.failure_line()})
            if not r.ok:
                failures += 1
                width = 13 + 8 + 6 + 2 if label == "jit=off" else 9 + 8 + 6 + 6 + 3
                cells.append(f"{'FAILED':>{width}}")
                notes.append(f"  {label}: {r.failure_line()}")
                continue
            if r.stdout != ref.stdout:
                failures += 1
                notes.append(f"  {label}: WRONG output (checksum differs from CPython)")
            ratio = r.seconds / ref.seconds
            ratios.append(ratio)
            if label == "jit=off":
                cells.append(f"{fmt_time(r):>13} {fmt_rss(r):>8} {ratio:6.2f}")
            else:
                rss_ratio = r.rss_kib / ref.rss_kib if ref.rss_kib else float("nan")
                cells.append(f"{fmt_time(r):>9} {fmt_rss(r):>8} {ratio:6.2f} {rss_ratio:6.2f}")
        print(" | ".join(cells))
        for note in notes:
            print(note)

    def geomean(values):
        return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")

    print("-" * len(header))
    print(f"geometric mean braid/python3 time: jit=off {geomean(ratios_off):.2f} "
          f"({len(ratios_off)}/{len(names)} ran), default {geomean(ratios_default):.2f} "
          f"({len(ratios_default)}/{len(names)} ran)")

    print("\nstartup (best of {}):".format(args.startup_runs))
    py_start = startup([python, "-S", "-c", "pass"], args.startup_runs, args.timeout)
    print(f"  python3 -S -c pass  {py_start.seconds * 1000:7.1f} ms  {py_start.rss_kib / 1024:6.1f}M")
    br_start = startup([braid, "-c", "pass"], args.startup_runs, args.timeout)
    if br_start.ok:
        print(f"  braid -c pass       {br_start.seconds * 1000:7.1f} ms  {br_start.rss_kib / 1024:6.1f}M")
    else:
        print(f"  braid -c pass       FAILED ({br_start.failure_line()})")
    record["startup_ms"] = {"python3 -S": py_start.seconds * 1000,
                            "braid": br_start.seconds * 1000 if br_start.ok else None}
    record["geomean"] = {"jit=off": geomean(ratios_off) if ratios_off else None,
                         "default": geomean(ratios_default) if ratios_default else None}
    if args.save:
        import json
        out_dir = os.path.join(REPO_ROOT, "bench-results")
        os.makedirs(out_dir, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        path = os.path.join(out_dir, stamp + ".json")
        with open(path, "w") as f:
            json.dump(record, f, indent=1, sort_keys=True, default=str)
        print(f"\nsaved {path}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
