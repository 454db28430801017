#!/usr/bin/env python3
"""Adversarial inputs at growing sizes, timed, so linearity is a figure anyone can rerun.

For each generator and each size (default 1, 2, 4, 8, 16 MB) it writes the input to a
temporary folder, runs `lkjip-lint check FILE --format json --fail-on none` once and
prints wall time, peak RSS (from /usr/bin/time) and the exit status, then the ratio of
each time to the one at half the size (linear ~2.0; the aim is under 2.5).

Generators:
  dots        lines of `1.1.1.1…` runs (200 characters each)
  dotline     one single line of `1.1.1.1…`
  flat        a real report with its newlines removed, repeated to size
  longlines   prose lines of ~64 KB each, from the samples
  utf16docx   a .docx whose document.xml is UTF-16 with long runs
  deepyaml    a config `checks: [[[[…` of the size (refused; time only)
  zipbomb     a .docx whose document.xml inflates far past its ratio limit

Standard library only. Usage:
    Benchmarks/reliability.py [--bin PATH] [--sizes 1,2,4] [--only dots,flat]
                              [--timeout SECONDS] [--json]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(os.path.dirname(ROOT), "shared", "samples")
MB = 1 << 20


def sample_text():
    path = os.path.join(SAMPLES, "kanim-kerinci-2024.txt")
    if not os.path.exists(path):
        path = os.path.join(ROOT, "corpus", "01-kanim-pangkalpinang-2024.md")
    with open(path, encoding="utf-8") as f:
        return f.read()


def repeat_to(unit, size):
    n = size // len(unit.encode()) + 1
    return (unit * n).encode()[:size].decode("utf-8", "ignore")


def gen_dots(size, folder):
    line = ("1." * 100)[:199] + "\n"
    return write(folder, "dots.txt", repeat_to(line, size))


def gen_dotline(size, folder):
    return write(folder, "dotline.txt", repeat_to("1.", size) + "\n")


def gen_flat(size, folder):
    flat = " ".join(sample_text().split("\n")) + " "
    return write(folder, "flat.txt", repeat_to(flat, size))


def gen_longlines(size, folder):
    words = " ".join(sample_text().split())
    line = repeat_to(words + " ", 64 * 1024) + "\n"
    return write(folder, "longlines.txt", repeat_to(line, size))


def gen_utf16docx(size, folder):
    run = repeat_to("Capaian kinerja 98,76% dari target 100%. ", size // 4)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{run[i:i + 4096]}</w:t></w:r></w:p>" for i in range(0, len(run), 4096))
    xml = f'<?xml version="1.0" encoding="UTF-16"?><w:document {ns}><w:body>{body}</w:body></w:document>'
    path = os.path.join(folder, "utf16.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", b"\xff\xfe" + xml.encode("utf-16-le"))
    return path


def gen_deepyaml(size, folder):
    os.makedirs(os.path.join(folder, "cfg"), exist_ok=True)
    cfg = os.path.join(folder, "cfg", "deep.yml")
    with open(cfg, "w") as f:
        f.write("checks: " + "[" * size)
    report = write(folder, "cfg/r.md", "Capaian 80%\n")
    return report, ["--config", cfg]


def gen_zipbomb(size, folder):
    path = os.path.join(folder, "bomb.docx")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {ns}><w:body><w:p><w:r><w:t>" + "0" * (size * 50) + "</w:t></w:r></w:p></w:body></w:document>")
    return path


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


GENERATORS = {
    "dots": gen_dots, "dotline": gen_dotline, "flat": gen_flat, "longlines": gen_longlines,
    "utf16docx": gen_utf16docx, "deepyaml": gen_deepyaml, "zipbomb": gen_zipbomb,
}


def run(binary, path, extra, timeout):
    # Through /usr/bin/time: a child forked straight from this script would inherit its
    # peak RSS (Linux keeps the high-water mark across exec), and the generators are big.
    args = ["/usr/bin/time", "-f", "RSS_KB=%M", binary, "check", path, "--format", "json", "--fail-on", "none",
            "--timeout", str(timeout)] + extra
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout + 30
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.01)
    took = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    rss = next((int(l[7:]) for l in reversed(err) if l.startswith("RSS_KB=")), 0)
    err = [l for l in err if not l.startswith("RSS_KB=") and not l.startswith("Command exited")]
    return took, rss / 1024, code, (err[-1][:100] if err else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "lkjip-lint"))
    ap.add_argument("--sizes", default="1,2,4,8,16", help="sizes in MB")
    ap.add_argument("--only", default=",".join(GENERATORS), help="generators to run")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.bin):
        sys.exit(f"no binary at {a.bin}; run swift build -c release")
    sizes = [float(s) for s in a.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="lkjip-reliability-") as tmp:
        for name in a.only.split(","):
            prev = None
            for mb in sizes:
                folder = os.path.join(tmp, f"{name}-{mb}")
                os.makedirs(folder)
                made = GENERATORS[name](int(mb * MB), folder)
                path, extra = made if isinstance(made, tuple) else (made, [])
                took, rss, code, note = run(a.bin, path, extra, a.timeout)
                ratio = took / prev if prev and prev > 0.05 else None
                prev = took
                row = {"case": name, "mb": mb, "seconds": round(took, 3), "peak_rss_mb": round(rss, 1),
                       "exit": code, "ratio": round(ratio, 2) if ratio else None, "note": note}
                rows.append(row)
                if not a.json:
                    r = f"{ratio:5.2f}x" if ratio else "     -"
                    print(f"{name:10} {mb:5g} MB {took:8.2f} s {rss:8.1f} MB peak  {r}  exit {code}  {note}", flush=True)
                if took > a.timeout:
                    break  # a bigger size would take longer still
    if a.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
