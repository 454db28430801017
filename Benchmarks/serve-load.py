#!/usr/bin/env python3
"""Load benchmark for `lkjip-lint serve`, on loopback only.

Starts the server on a free 127.0.0.1 port, then N uploaders (default 8) each send the
same report to POST /api/v1/check as fast as answers come back, for a bounded time
(default 110 s, at most 120 s). Prints throughput, p50/p99 latency, the server's peak RSS
beside the peak RSS of one `lkjip-lint check` of the same file, and the server's RSS
before and after the load. Exits 1 if any request failed, if peak RSS under load reached
10x that of one CLI lint, or if memory did not come back to its baseline afterwards.
Standard library only.

    Benchmarks/serve-load.py [--bin PATH] [--file REPORT] [--clients 8] [--duration 120] [--json]
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MAX_DURATION = 120.0
DEFAULT_DURATION = 110.0  # new requests stop here; the ones in flight finish well inside 2 minutes
RSS_RATIO_LIMIT = 10.0
# After the load the server may keep a little more than its warmed-up baseline
# (allocator arenas, caches): "back to baseline" means within this.
SETTLE_TOLERANCE = 1.25
SETTLE_SLACK_KB = 16 * 1024


def default_file() -> Path:
    sample = REPO_ROOT.parent / "shared" / "samples" / "kanim-kerinci-2024.docx"
    return sample if sample.is_file() else REPO_ROOT / "corpus" / "formats" / "01-kanim-pangkalpinang-2024.docx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int, field: str = "VmRSS") -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cli_peak_rss_kb(binary: str, file: Path, runs: int = 3) -> int:
    """Peak RSS of one `lkjip-lint check --format json` of the file: the largest VmHWM
    read from /proc while it runs (VmHWM belongs to the exec'd image; ru_maxrss would carry
    this Python process's own high-water mark across the fork). Best of a few runs' peaks."""
    peaks = []
    for _ in range(runs):
        p = subprocess.Popen([binary, "check", "--format", "json", "--fail-on", "none", file.name],
                             cwd=file.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0
        while p.poll() is None:
            try:
                peak = max(peak, rss_kb(p.pid, "VmHWM"))
            except (OSError, ValueError):
                pass
            time.sleep(0.002)
        if p.returncode not in (0, 1):
            sys.exit(f"lkjip-lint check {file} failed")
        peaks.append(peak)
    return max(peaks)


def multipart(file: Path) -> tuple[bytes, str]:
    boundary = "----serveload" + uuid.uuid4().hex[:12]
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{file.name}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + file.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def post(port: int, body: bytes, ctype: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("POST", "/api/v1/check", body=body, headers={"Content-Type": ctype})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", help="lkjip-lint binary (default: build release, then .build/release/lkjip-lint)")
    ap.add_argument("--file", type=Path, default=default_file())
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--duration", type=float, default=DEFAULT_DURATION, help=f"seconds of load (at most {MAX_DURATION:.0f})")
    ap.add_argument("--json", action="store_true", help="figures as JSON on stdout")
    args = ap.parse_args()
    duration = min(args.duration, MAX_DURATION)
    binary = str(Path(args.bin).resolve()) if args.bin else None
    if not binary:
        print("swift build -c release --product lkjip-lint …", file=sys.stderr)
        if subprocess.run(["swift", "build", "-c", "release", "--product", "lkjip-lint"], cwd=REPO_ROOT,
                          stdout=sys.stderr).returncode != 0:
            return 1
        binary = str(REPO_ROOT / ".build" / "release" / "lkjip-lint")
    file = args.file.resolve()
    body, ctype = multipart(file)
    cli_kb = cli_peak_rss_kb(binary, file)

    port = free_port()
    log = open(os.devnull, "w")
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=log)
    try:
        deadline = time.time() + 30
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.1)
        idle_kb = rss_kb(server.pid)
        status, answer = post(port, body, ctype)          # warm-up: the baseline is a server that has checked once
        if status != 200:
            print(f"warm-up failed: {status} {answer[:200]!r}", file=sys.stderr)
            return 1
        findings = sum(len(f["diagnostics"]) for f in json.loads(answer)["files"])
        time.sleep(1)
        baseline_kb = rss_kb(server.pid)

        latencies: list[float] = []
        failures: list[str] = []
        peak = [baseline_kb]
        lock = threading.Lock()
        stop_at = time.time() + duration
        done = threading.Event()

        def uploader():
            while time.time() < stop_at:
                t0 = time.perf_counter()
                try:
                    status, data = post(port, body, ctype)
                    ok = status == 200 and b'"summary"' in data
                    why = None if ok else f"{status} {data[:120]!r}"
                except Exception as e:  # a refused or dropped connection counts as a failure
                    why = repr(e)
                dt = time.perf_counter() - t0
                with lock:
                    if why:
                        failures.append(why)
                    else:
                        latencies.append(dt)

        def sampler():
            while not done.is_set():
                try:
                    peak[0] = max(peak[0], rss_kb(server.pid))
                except OSError:
                    return
                time.sleep(0.05)

        print(f"{args.clients} uploaders, {duration:.0f} s, {file.name} ({len(body) / 1e6:.2f} MB per request) …", file=sys.stderr)
        mon = threading.Thread(target=sampler)
        mon.start()
        t0 = time.time()
        threads = [threading.Thread(target=uploader) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - t0
        done.set()
        mon.join()
        hwm_kb = rss_kb(server.pid, "VmHWM")
        peak_kb = max(peak[0], hwm_kb)
        # Memory after the load, once the server has been idle for a while.
        after_kb = rss_kb(server.pid)
        for _ in range(20):
            time.sleep(0.5)
            after_kb = rss_kb(server.pid)
            if after_kb <= baseline_kb * SETTLE_TOLERANCE + SETTLE_SLACK_KB:
                break
        ok_health = post_health(port)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    n = len(latencies)
    figures = {
        "file": file.name, "request_bytes": len(body), "findings_per_check": findings,
        "clients": args.clients, "seconds": round(elapsed, 1), "requests_ok": n, "requests_failed": len(failures),
        "throughput_per_s": round(n / elapsed, 2) if elapsed else 0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1) if n else None,
        "p99_ms": round(percentile(latencies, 99) * 1000, 1) if n else None,
        "mean_ms": round(statistics.mean(latencies) * 1000, 1) if n else None,
        "rss_idle_mb": round(idle_kb / 1024, 1), "rss_baseline_mb": round(baseline_kb / 1024, 1),
        "rss_peak_mb": round(peak_kb / 1024, 1), "rss_after_mb": round(after_kb / 1024, 1),
        "cli_one_lint_peak_rss_mb": round(cli_kb / 1024, 1), "peak_vs_cli": round(peak_kb / cli_kb, 2),
        "healthy_after": ok_health,
    }
    back = after_kb <= baseline_kb * SETTLE_TOLERANCE + SETTLE_SLACK_KB
    verdict = not failures and figures["peak_vs_cli"] < RSS_RATIO_LIMIT and back and ok_health
    if args.json:
        print(json.dumps(figures | {"memory_back_to_baseline": back, "ok": verdict}, indent=2))
    else:
        print(f"file                 {file.name} ({len(body) / 1e6:.2f} MB per request, {findings} findings per check)")
        print(f"load                 {args.clients} concurrent uploaders for {elapsed:.1f} s on 127.0.0.1")
        print(f"requests             {n} ok, {len(failures)} failed")
        print(f"throughput           {figures['throughput_per_s']} checks/s")
        print(f"latency              p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms (mean {figures['mean_ms']} ms)")
        print(f"server RSS           idle {figures['rss_idle_mb']} MB, after warm-up {figures['rss_baseline_mb']} MB, "
              f"peak {figures['rss_peak_mb']} MB, after the load {figures['rss_after_mb']} MB "
              f"({'back to baseline' if back else 'NOT back to baseline'})")
        print(f"one CLI lint         peak RSS {figures['cli_one_lint_peak_rss_mb']} MB; server peak = {figures['peak_vs_cli']}x "
              f"({'under' if figures['peak_vs_cli'] < RSS_RATIO_LIMIT else 'NOT under'} {RSS_RATIO_LIMIT:.0f}x)")
        for f in failures[:5]:
            print(f"failed: {f}")
        print("verdict              " + ("ok" if verdict else "FAILED"))
    return 0 if verdict else 1


def post_health(port: int) -> bool:
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        c.request("GET", "/healthz")
        return c.getresponse().status == 200
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
