#!/usr/bin/env python3
"""Benchmark lkjip-lint on the real samples and on large synthetic inputs.

A benchmark, not a test: it measures and prints, it does not judge (apart from
noting the aims). Standard library only.

Cases, each run as `lkjip-lint check FILE --format json --fail-on none`:
  * an (almost) empty file: the fixed cost of starting the linter;
  * every *.txt in the samples folder;
  * all samples concatenated 10 times (written to a temp dir);
  * a ~50 MB text made by repeating the samples, run once (skip with --quick);
  * optionally a .docx given with --docx, beside `pandoc FILE -t plain`.

Usage:
    Benchmarks/run-benchmarks.py [--bin PATH] [--samples DIR] [--runs N]
                                 [--quick] [--json] [--docx FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = REPO_ROOT.parent / "shared" / "samples"
MB = 1_000_000  # all sizes and rates in decimal megabytes
LARGE_TARGET_BYTES = 50 * MB
CONCAT_TIMES = 10
RSS_RATIO_TARGET = 10.0
AIM = "a 180 KB report in under 20 ms of CPU on one core"
AIM_BYTES = 180_000
AIM_CPU_S = 0.020
BIG_DOCX_PAGES = 100


# ---------------------------------------------------------------- inputs


def make_big_docx(tmp: Path) -> str | None:
    """A ~100-page Word report for the pandoc comparison, written into tmp."""
    out = Path(tmp) / "laporan-100-halaman.docx"
    script = REPO_ROOT / "scripts" / "make-fixtures.py"
    print(f"making a ~{BIG_DOCX_PAGES}-page .docx with {script.name} --big", file=sys.stderr)
    r = subprocess.run([sys.executable, str(script), "--big", str(BIG_DOCX_PAGES), str(out)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0 or not out.is_file():
        print(f"note: could not make the .docx ({r.stderr.strip()[-200:]}); skipping that section", file=sys.stderr)
        return None
    return str(out)


# ---------------------------------------------------------------- running
#
# Peak RSS: Linux records the old address space's high-water mark in the new
# program's ru_maxrss at exec, so a child forked from this Python process never
# reports less than Python's own peak RSS (~10-20 MB, more after reading a big
# JSON). To measure the linter alone, a tiny C helper (compiled once into the
# temp dir with cc/clang, which every Swift toolchain has) forks the linter
# from a ~1 MB process and reports wait4's rusage. Without a compiler we fall
# back to os.wait4 from Python and print that floor beside the figures.

HELPER_C = r"""
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: rusage-helper OUT CMD...\n"); return 2; }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 3; }
    if (pid == 0) { execvp(argv[2], argv + 2); perror("exec"); _exit(127); }
    int status; struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) { perror("wait4"); return 3; }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    int rc = WIFEXITED(status) ? WEXITSTATUS(status) : (WIFSIGNALED(status) ? -WTERMSIG(status) : 255);
    FILE *f = fopen(argv[1], "w");
    if (!f) { perror(argv[1]); return 3; }
    fprintf(f, "%.9f %ld.%06ld %ld.%06ld %ld %d\n",
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
            (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec,
            (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec,
            (long)ru.ru_maxrss, rc);
    fclose(f);
    return 0;
}
"""

_HELPER: str | None = None  # path of the compiled helper, if any


def compile_helper(tmp: Path) -> str | None:
    src = tmp / "rusage-helper.c"
    exe = tmp / "rusage-helper"
    src.write_text(HELPER_C)
    for cc in ("cc", "clang", "gcc"):
        path = shutil.which(cc)
        if not path:
            continue
        r = subprocess.run([path, "-O2", "-o", str(exe), str(src)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0 and exe.exists():
            return str(exe)
    return None


def maxrss_bytes(raw: int) -> int:
    # ru_maxrss: kilobytes on Linux, bytes on macOS
    return raw if sys.platform == "darwin" else raw * 1024


def run_once(cmd: list[str], timeout: float, stdout_path: str | None = None) -> dict:
    """Run cmd once; return wall time, user/sys CPU and peak RSS of that process alone.

    The rusage comes from wait4 on that one process (RUSAGE_CHILDREN's
    ru_maxrss would be the maximum over every child ever waited for).
    """
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    err = tempfile.TemporaryFile()
    res_file = None
    if _HELPER:
        fd, res_file = tempfile.mkstemp(prefix="rusage-")
        os.close(fd)
        cmd = [_HELPER, res_file] + cmd
    try:
        t0 = time.perf_counter()
        # own process group, so a timeout ends the helper and the linter together
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        done = threading.Event()
        timed_out = threading.Event()

        def kill() -> None:
            if not done.is_set():
                timed_out.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _pid, status, ru = os.wait4(proc.pid, 0)
        finally:
            done.set()
            timer.cancel()
        wall = time.perf_counter() - t0
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc  # already reaped: keep Popen from waiting again
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        user, sys_t, rss = ru.ru_utime, ru.ru_stime, maxrss_bytes(ru.ru_maxrss)
        if res_file and not timed_out.is_set():
            fields = Path(res_file).read_text().split() if rc == 0 else []
            if len(fields) != 5:  # wall user sys maxrss status
                raise RuntimeError(f"rusage helper failed (exit {rc}): {stderr.strip()[:300]}")
            wall, user, sys_t = float(fields[0]), float(fields[1]), float(fields[2])
            rss, rc = maxrss_bytes(int(fields[3])), int(fields[4])
            if rc == 127 and "exec" in stderr:
                raise RuntimeError(f"cannot run {cmd[2]}: {stderr.strip()[:300]}")
    finally:
        if stdout_path:
            out.close()
        err.close()
        if res_file:
            try:
                os.unlink(res_file)
            except OSError:
                pass
    return {
        "rc": rc,
        "timed_out": timed_out.is_set(),
        "wall": wall,
        "user": user,
        "sys": sys_t,
        "cpu": user + sys_t,
        "maxrss": rss,
        "stderr": stderr,
    }


def rss_floor() -> int | None:
    """Peak RSS reported for a program that does nothing: the method's floor."""
    true = shutil.which("true")
    if not true:
        return None
    try:
        return run_once([true], 30)["maxrss"]
    except (OSError, RuntimeError):
        return None


def count_findings(json_path: str) -> int | None:
    try:
        with open(json_path, encoding="utf-8") as fh:
            doc = json.load(fh)
        return sum(len(f.get("diagnostics") or []) for f in doc.get("files") or [])
    except (OSError, ValueError, AttributeError, TypeError):
        return None


def measure(name: str, cmd: list[str], size: int, runs: int, timeout: float,
            tmp: Path, ok_codes=(0, 1), check_json: bool = True) -> dict:
    """Run cmd `runs` times and summarise."""
    res = {"name": name, "bytes": size, "runs": 0}
    samples = []
    json_path = str(tmp / "out.json") if check_json else None
    for i in range(runs):
        try:
            # every run writes its output to the same file, so all runs cost the same
            r = run_once(cmd, timeout, json_path)
        except (OSError, RuntimeError) as exc:
            res["error"] = str(exc)
            break
        if r["timed_out"]:
            res["error"] = f"timed out after {timeout:g} s"
            break
        if r["rc"] not in ok_codes:
            res["error"] = f"exit status {r['rc']}: {r['stderr'].strip()[:500]}"
            break
        if i == 0 and check_json:
            res["findings"] = count_findings(json_path)
            if res["findings"] is None:
                res["warning"] = "output is not the expected JSON"
        samples.append(r)
    if not samples:
        return res
    walls = [r["wall"] for r in samples]
    cpus = [r["cpu"] for r in samples]
    cpu_med = statistics.median(cpus)
    peak = max(r["maxrss"] for r in samples)
    res.update({
        "runs": len(samples),
        "wall_best_s": min(walls),
        "wall_median_s": statistics.median(walls),
        "cpu_best_s": min(cpus),
        "cpu_median_s": cpu_med,
        "user_median_s": statistics.median(r["user"] for r in samples),
        "sys_median_s": statistics.median(r["sys"] for r in samples),
        # rate and ratio mean nothing for the near-empty baseline file
        "mb_per_s": (size / MB / cpu_med) if cpu_med > 0 and size >= 1000 else None,
        "peak_rss_bytes": peak,
        "peak_rss_mb": peak / MB,
        "rss_ratio": (peak / size) if size >= 1000 else None,
    })
    return res


# ---------------------------------------------------------------- binary

def build_release() -> bool:
    print("building: swift build -c release ...", file=sys.stderr, flush=True)
    try:
        r = subprocess.run(["swift", "build", "-c", "release"], cwd=REPO_ROOT,
                           stdout=sys.stderr.fileno(), stderr=subprocess.STDOUT)
    except FileNotFoundError:
        print("error: `swift` is not on PATH", file=sys.stderr)
        return False
    if r.returncode != 0:
        print(f"error: swift build -c release failed (exit {r.returncode})", file=sys.stderr)
        return False
    return True


def pick_binary(args) -> Path | None:
    if args.bin:
        p = Path(args.bin).resolve()
        if not p.exists():
            print(f"error: --bin {args.bin}: no such file", file=sys.stderr)
            return None
        return p
    release = REPO_ROOT / ".build" / "release" / "lkjip-lint"
    debug = REPO_ROOT / ".build" / "debug" / "lkjip-lint"
    if args.no_build:
        for p in (release, debug):
            if p.exists():
                return p
    if not build_release():
        return None
    return release if release.exists() else None


# ---------------------------------------------------------------- output

def fmt_size(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.0f} KB"
    return f"{n} B"


def fmt_ms(s) -> str:
    if s is None:
        return "-"
    return f"{s * 1000:.1f} ms" if s < 10 else f"{s:.2f} s"


def fmt_num(x, spec: str, suffix: str = "") -> str:
    return "-" if x is None else format(x, spec) + suffix


def print_table(rows: list[dict]) -> None:
    head = ["case", "size", "runs", "wall best", "wall med", "CPU best", "CPU med",
            "MB/s", "peak RSS", "RSS/input", "findings"]
    table = [head]
    for r in rows:
        if "error" in r and not r.get("runs"):
            table.append([r["name"], fmt_size(r["bytes"]), "0", "ERROR: " + r["error"]])
            continue
        table.append([
            r["name"], fmt_size(r["bytes"]), str(r["runs"]),
            fmt_ms(r["wall_best_s"]), fmt_ms(r["wall_median_s"]),
            fmt_ms(r["cpu_best_s"]), fmt_ms(r["cpu_median_s"]),
            fmt_num(r["mb_per_s"], ".1f"), fmt_num(r["peak_rss_mb"], ".1f", " MB"),
            fmt_num(r["rss_ratio"], ".1f", "x"),
            "-" if r.get("findings") is None else str(r["findings"]),
        ])
    widths = [max(len(row[i]) for row in table if len(row) == len(head) or i < 3)
              for i in range(len(head))]
    for k, row in enumerate(table):
        if len(row) < len(head):  # error row
            print("  ".join([row[0].ljust(widths[0]), row[1].rjust(widths[1]),
                             row[2].rjust(widths[2]), row[3]]))
            continue
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print("  ".join(cells).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def aim_notes(rows: list[dict], sample_rows: list[dict]) -> list[str]:
    notes = [f"aim: {AIM}"]
    measured = [r for r in sample_rows if r.get("runs")]
    if measured:
        r = min(measured, key=lambda r: abs(r["bytes"] - AIM_BYTES))
        scaled = r["cpu_median_s"] * AIM_BYTES / r["bytes"]
        verdict = "meets the aim" if scaled <= AIM_CPU_S else "misses the aim"
        notes.append(f"      closest sample {r['name']} ({fmt_size(r['bytes'])}): median CPU "
                     f"{fmt_ms(r['cpu_median_s'])} (~{fmt_ms(scaled)} per 180 KB) -> {verdict}")
    multi = [r["name"] for r in rows if r.get("runs") and r["cpu_median_s"] > 1.2 * r["wall_median_s"]]
    if multi:
        notes.append("note: CPU time exceeds wall time (more than one core used) on: " + ", ".join(multi))
    return notes


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="lkjip-lint binary to time (default: build with "
                    "`swift build -c release` and use .build/release/lkjip-lint)")
    ap.add_argument("--no-build", action="store_true", help="do not run swift build when "
                    ".build/release or .build/debug already holds a binary")
    ap.add_argument("--samples", help=f"samples folder (default: {DEFAULT_SAMPLES})")
    ap.add_argument("--runs", type=int, default=5, help="runs per case (default 5)")
    ap.add_argument("--quick", action="store_true", help="skip the ~50 MB case")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per run (default 600)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--docx", metavar="FILE", help="also time lkjip-lint and "
                    "`pandoc FILE -t plain` on this .docx (default, when pandoc is on "
                    "PATH: a ~100-page .docx made by scripts/make-fixtures.py --big)")
    ap.add_argument("--no-docx", action="store_true", help="skip the .docx vs pandoc section")
    args = ap.parse_args()
    runs = max(1, args.runs)

    samples_dir = Path(args.samples) if args.samples else DEFAULT_SAMPLES
    if not samples_dir.is_dir():
        msg = f"note: samples folder {samples_dir} not found; nothing to benchmark"
        print(json.dumps({"skipped": msg}) if args.json else msg)
        return 0
    txts = sorted(samples_dir.glob("*.txt"))
    if not txts:
        msg = f"note: no *.txt in {samples_dir}; nothing to benchmark"
        print(json.dumps({"skipped": msg}) if args.json else msg)
        return 0
    if args.docx and not Path(args.docx).is_file():
        print(f"error: --docx {args.docx}: no such file", file=sys.stderr)
        return 2

    binary = pick_binary(args)
    if binary is None:
        return 1
    if "debug" in binary.parts:
        print(f"warning: timing a debug build ({binary}); figures are not representative",
              file=sys.stderr)

    def lint_cmd(path: Path) -> list[str]:
        return [str(binary), "check", str(path), "--format", "json", "--fail-on", "none"]

    report: dict = {"binary": str(binary), "samples_dir": str(samples_dir), "runs": runs,
                    "aim": AIM, "cases": []}
    with tempfile.TemporaryDirectory(prefix="lkjip-bench-") as td:
        tmp = Path(td)
        global _HELPER
        _HELPER = compile_helper(tmp)
        floor = rss_floor()
        report["rusage_method"] = ("C helper: wait4 on the linter alone" if _HELPER else
                                   "os.wait4 from Python (no C compiler found)")
        report["rss_floor_bytes"] = floor

        def progress(msg: str) -> None:
            print(msg, file=sys.stderr, flush=True)

        # the fixed cost: an almost empty report
        empty = tmp / "empty.txt"
        empty.write_text("LAPORAN KINERJA\n", encoding="utf-8")
        progress("timing: empty file")
        rows = [measure("(empty file)", lint_cmd(empty), empty.stat().st_size, runs,
                        args.timeout, tmp)]

        sample_rows = []
        for t in txts:
            progress(f"timing: {t.name}")
            sample_rows.append(measure(t.name, lint_cmd(t), t.stat().st_size, runs,
                                       args.timeout, tmp))
        rows += sample_rows

        # all samples, 10 times over
        blob = b"".join(t.read_bytes().rstrip(b"\n") + b"\n" for t in txts)
        concat = tmp / f"all-samples-x{CONCAT_TIMES}.txt"
        with concat.open("wb") as fh:
            for _ in range(CONCAT_TIMES):
                fh.write(blob)
        progress(f"timing: {concat.name}")
        rows.append(measure(f"all samples x{CONCAT_TIMES}", lint_cmd(concat),
                            concat.stat().st_size, runs, args.timeout, tmp))
        report["cases"] = rows

        # ~50 MB, once
        large = None
        if not args.quick:
            big = tmp / "synthetic-50MB.txt"
            with big.open("wb") as fh:
                written = 0
                while written < LARGE_TARGET_BYTES:
                    fh.write(blob)
                    written += len(blob)
            progress(f"timing: {big.name} ({fmt_size(big.stat().st_size)}), once")
            large = measure("synthetic ~50 MB", lint_cmd(big), big.stat().st_size, 1,
                            args.timeout, tmp)
            if large.get("rss_ratio") is not None:
                large["rss_ratio_target"] = RSS_RATIO_TARGET
                large["rss_ratio_ok"] = large["rss_ratio"] < RSS_RATIO_TARGET
            report["large"] = large

        # ---------------------------------------------------------------
        # OPTIONAL SECTION: .docx reader vs `pandoc -t plain` (only with --docx)
        # ---------------------------------------------------------------
        docx = None
        docx_file = args.docx
        if not docx_file and not args.no_docx and shutil.which("pandoc"):
            docx_file = make_big_docx(tmp)
        if docx_file:
            dpath = Path(docx_file).resolve()
            dsize = dpath.stat().st_size
            docx = {"file": str(dpath) if args.docx else f"generated ~{BIG_DOCX_PAGES}-page .docx ({dsize / 1000:.0f} KB)"}
            progress(f"timing: lkjip-lint on {dpath.name}")
            docx["lkjip_lint"] = measure(f"lkjip-lint {dpath.name}", lint_cmd(dpath), dsize,
                                         runs, args.timeout, tmp)
            pandoc = shutil.which("pandoc")
            if pandoc:
                progress(f"timing: pandoc on {dpath.name}")
                docx["pandoc"] = measure(f"pandoc -t plain {dpath.name}",
                                         [pandoc, str(dpath), "-t", "plain", "-o", os.devnull],
                                         dsize, runs, args.timeout, tmp, ok_codes=(0,),
                                         check_json=False)
            else:
                docx["pandoc"] = None
                docx["note"] = "pandoc is not on PATH: only lkjip-lint was timed"
            report["docx"] = docx

    notes = aim_notes(rows, sample_rows)
    # nothing measured at all: the binary is broken, say so in the exit status
    status = 0 if any(r.get("runs") for r in rows) else 1
    if args.json:
        report["notes"] = notes
        print(json.dumps(report, indent=2))
        return status

    print(f"lkjip-lint benchmark   binary: {binary}")
    print(f"samples: {samples_dir}   runs per case: {runs}   "
          f"(CPU = user+sys of the linter process; MB/s = size / median CPU; MB = 10^6 bytes)")
    floor_txt = "-" if floor is None else f"{floor / MB:.1f} MB"
    print(f"rusage: {report['rusage_method']}; peak RSS of `true` measured this way: {floor_txt}"
          + ("" if _HELPER else " (peak RSS below this is not measurable)"))
    print()
    print_table(rows)
    print()
    for n in notes:
        print(n)
    if large is not None:
        print()
        print("synthetic large input (one run):")
        print_table([large])
        if large.get("rss_ratio") is not None:
            ok = "met" if large["rss_ratio_ok"] else "MISSED"
            print(f"peak RSS / input = {large['rss_ratio']:.2f}x   "
                  f"(target: under {RSS_RATIO_TARGET:g}x -> {ok})")
    for r in rows + ([large] if large else []):
        if r.get("warning"):
            print(f"warning: {r['name']}: {r['warning']}")
        if r.get("error") and r.get("runs"):
            print(f"warning: {r['name']}: stopped after {r['runs']} run(s): {r['error']}")
    if docx is not None:
        print()
        print("OPTIONAL: .docx reader vs pandoc -t plain")
        drows = [docx["lkjip_lint"]] + ([docx["pandoc"]] if docx["pandoc"] else [])
        print_table(drows)
        if docx.get("note"):
            print(docx["note"])
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
