#!/usr/bin/env python3
"""Score lkjip-lint against the auditor's defect and trap lists of the real samples.

For every `*.txt` in the samples folder that has a `*.defects.jsonl` beside it,
runs `lkjip-lint check FILE --format json` and reports, per sample and in total:

* recall per issue group: how many listed defects are "found", i.e. some
  finding's line is one of the defect's `lines` (any line, main or other);
* precision: findings whose line is on no defect's `lines` ("off-list"),
  for all rules, per rule, and for the core and cross-reference rules;
* traps: findings on a trap's lines that are on no defect's lines.

This is a report, not a test: it always exits 0 (errors are printed clearly).
Standard library only.

Usage:
    scripts/score-samples.py [--bin PATH] [--samples DIR] [-v] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import textwrap
import traceback
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = REPO_ROOT.parent / "shared" / "samples"
LINT_TIMEOUT = 120  # seconds per linter run
BUILD_TIMEOUT = 1800  # seconds for `swift build`

CORE_CATEGORIES = {"capaian", "percent", "total", "average", "formula", "placeholder"}
CROSSREF_CATEGORIES = {"crossref"}
RULEPACK_CATEGORIES = {"weighted", "numberword", "category", "period"}

CORE_RULES = {
    "capaian-mismatch", "capaian-capped", "percent-mismatch", "total-mismatch",
    "average-mismatch", "formula-mismatch", "division-by-zero", "placeholder",
    "rounding",
}
CROSSREF_RULES = {"crossref-conflict", "mislabel"}

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def in_rulepacks(d: dict) -> bool:
    cat = d.get("category")
    if cat in RULEPACK_CATEGORIES:
        return True
    return cat == "placeholder" and "[kategori]" in str(d.get("quote", ""))


# name, description, predicate on a defect
GROUPS = [
    ("core", "capaian percent total average formula placeholder",
     lambda d: d.get("category") in CORE_CATEGORIES),
    ("crossref", "crossref", lambda d: d.get("category") in CROSSREF_CATEGORIES),
    ("rulepacks", "weighted numberword category period + [kategori] placeholder",
     in_rulepacks),
    ("err+warn", "error and warning defects, except 'other'",
     lambda d: d.get("severity") in ("error", "warning") and d.get("category") != "other"),
    ("all", "every category", lambda d: True),
    ("all-but-other", "every category except 'other'",
     lambda d: d.get("category") != "other"),
]


class LintError(Exception):
    pass


# ---------------------------------------------------------------- input

def load_jsonl(path: Path) -> list[dict]:
    items = []
    if not path.exists():
        return items
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                print(f"warning: {path.name}:{n}: bad JSON ({exc}); line skipped",
                      file=sys.stderr)
                continue
            lines = []
            for x in obj.get("lines") or []:
                try:
                    lines.append(int(x))
                except (TypeError, ValueError):
                    pass
            obj["lines"] = lines
            items.append(obj)
    return items


def find_binary(explicit: str | None) -> Path:
    if explicit:
        p = Path(explicit).resolve()
        if not p.is_file():
            raise LintError(f"--bin {explicit}: no such file")
        return p
    for cfg in ("release", "debug"):
        p = REPO_ROOT / ".build" / cfg / "lkjip-lint"
        if p.exists():
            return p
    print("note: no built lkjip-lint found; running `swift build` ...", file=sys.stderr)
    try:
        res = subprocess.run(["swift", "build"], cwd=REPO_ROOT, timeout=BUILD_TIMEOUT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except FileNotFoundError:
        raise LintError("`swift` is not on PATH and no lkjip-lint binary was given (--bin)")
    except subprocess.TimeoutExpired:
        raise LintError(f"`swift build` took more than {BUILD_TIMEOUT} s")
    if res.returncode != 0:
        tail = "\n".join(res.stdout.splitlines()[-30:])
        raise LintError(f"`swift build` failed (exit {res.returncode}):\n{tail}")
    for cfg in ("debug", "release"):
        p = REPO_ROOT / ".build" / cfg / "lkjip-lint"
        if p.exists():
            return p
    raise LintError("`swift build` succeeded but .build/debug/lkjip-lint is missing")


def run_linter(binary: Path, txt: Path) -> list[dict]:
    cmd = [str(binary), "check", str(txt), "--format", "json"]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True, start_new_session=True)
    except OSError as exc:
        raise LintError(f"cannot run {binary}: {exc}")
    try:
        stdout, stderr = proc.communicate(timeout=LINT_TIMEOUT)
    except subprocess.TimeoutExpired:
        try:  # the linter leads its own process group: end it with any children
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()
        proc.communicate()
        raise LintError(f"linter timed out after {LINT_TIMEOUT} s: {' '.join(cmd)}")
    res = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
    if res.returncode not in (0, 1):
        raise LintError(f"linter exit status {res.returncode} on {txt.name}: "
                        f"{res.stderr.strip()[:2000]}")
    try:
        doc = json.loads(res.stdout)
    except json.JSONDecodeError as exc:
        raise LintError(f"linter output on {txt.name} is not JSON ({exc}); "
                        f"stdout starts: {res.stdout[:300]!r}; stderr: {res.stderr.strip()[:500]}")
    diags = []
    files = doc.get("files") if isinstance(doc, dict) else None
    if not isinstance(files, list):
        raise LintError(f"linter output on {txt.name} has no \"files\" list")
    for f in files:
        for d in f.get("diagnostics") or []:
            if isinstance(d, dict):
                diags.append(d)
    return diags


# ---------------------------------------------------------------- scoring

def frac(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def pct(num: int, den: int) -> str:
    return "   -  " if den == 0 else f"{100.0 * num / den:5.1f}%"


def diag_line(d: dict) -> int | None:
    try:
        return int(d.get("line"))
    except (TypeError, ValueError):
        return None


def score_sample(defects: list[dict], traps: list[dict], diags: list[dict]) -> dict:
    found_lines = {diag_line(d) for d in diags} - {None}
    defect_lines = set()
    for d in defects:
        defect_lines.update(d["lines"])
    trap_by_line: dict[int, list[str]] = {}
    for t in traps:
        for ln in t["lines"]:
            trap_by_line.setdefault(ln, []).append(str(t.get("id")))

    groups = {}
    for name, _desc, pred in GROUPS:
        members = [d for d in defects if pred(d)]
        missed = [d for d in members if not (set(d["lines"]) & found_lines)]
        groups[name] = {
            "found": len(members) - len(missed),
            "total": len(members),
            "missed": [{"id": d.get("id"), "category": d.get("category"),
                        "line": d["lines"][0] if d["lines"] else None} for d in missed],
        }

    off_list = []
    per_rule: dict[str, dict] = {}
    trap_hits = []
    for d in diags:
        rule = str(d.get("rule", "?"))
        ln = diag_line(d)
        off = ln not in defect_lines
        pr = per_rule.setdefault(rule, {"findings": 0, "off_list": 0})
        pr["findings"] += 1
        if off:
            pr["off_list"] += 1
            off_list.append({"rule": rule, "line": ln, "severity": d.get("severity"),
                             "message": str(d.get("message", ""))})
            if ln in trap_by_line:
                trap_hits.append({"trap": ",".join(trap_by_line[ln]), "rule": rule, "line": ln})
    return {
        "findings": len(diags),
        "groups": groups,
        "per_rule": per_rule,
        "off_list": off_list,
        "trap_hits": trap_hits,
    }


def precision_block(per_rule: dict[str, dict]) -> dict:
    def agg(rules):
        n = sum(v["findings"] for r, v in per_rule.items() if rules is None or r in rules)
        o = sum(v["off_list"] for r, v in per_rule.items() if rules is None or r in rules)
        return {"findings": n, "off_list": o, "off_list_fraction": frac(o, n)}
    out = {
        "all": agg(None),
        "core_rules": agg(CORE_RULES),
        "crossref_rules": agg(CROSSREF_RULES),
        "per_rule": {},
    }
    for r in sorted(per_rule):
        v = per_rule[r]
        out["per_rule"][r] = {"findings": v["findings"], "off_list": v["off_list"],
                              "off_list_fraction": frac(v["off_list"], v["findings"])}
    return out


# ---------------------------------------------------------------- output

def wrap_items(items: list[str], first: str, width: int = 100) -> str:
    """Join items with ', ' into lines of at most `width`, never splitting an item."""
    indent = " " * len(first)
    lines, cur = [], first
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if cur.strip() and len(cur) + 1 + len(piece) > width and cur != first:
            lines.append(cur)
            cur = indent + piece
        else:
            cur = cur + ("" if cur == first else " ") + piece
    lines.append(cur)
    return "\n".join(lines)


def missed_text(missed: list[dict]) -> list[str]:
    """Compact list of missed defects, grouped by category: 'average: 001-12 L4370 ...'."""
    by_cat: dict[str, list[dict]] = {}
    for m in missed:
        by_cat.setdefault(str(m["category"]), []).append(m)
    items = []
    for cat, ms in by_cat.items():
        for j, m in enumerate(ms):
            items.append((f"{cat}: " if j == 0 else "") + f"{m['id']} L{m['line']}")
    return items


def print_groups(groups: dict, show_missed: bool) -> None:
    print("  Defects found (some finding on one of the defect's lines):")
    for name, desc, _ in GROUPS:
        g = groups[name]
        print(f"    {name:<14}{g['found']:>4}/{g['total']:<4}{pct(g['found'], g['total'])}"
              f"   [{desc}]")
        if show_missed and g["missed"] and name not in ("all", "all-but-other"):
            print(wrap_items(missed_text(g["missed"]), "        missed: "))
    if show_missed:
        # the categories the three groups do not cover (rounding, other, ...)
        covered = set()
        for name in ("core", "crossref", "rulepacks"):
            covered.update(m["id"] for m in groups[name]["missed"])
        rest = [m for m in groups["all"]["missed"] if m["id"] not in covered]
        if rest:
            print(wrap_items(missed_text(rest), "        missed, other categories: "))


def print_precision(prec: dict) -> None:
    print("  Precision (off-list = finding on no defect's lines):")
    for key, label in (("all", "all rules"), ("core_rules", "core rules"),
                       ("crossref_rules", "crossref rules")):
        p = prec[key]
        print(f"    {label:<16}{p['off_list']:>4} of {p['findings']:<4} off-list "
              f"{pct(p['off_list'], p['findings'])}")
    if prec["per_rule"]:
        print("    per rule:")
        for r, v in prec["per_rule"].items():
            print(f"      {r:<22}{v['off_list']:>4} of {v['findings']:<4} off-list "
                  f"{pct(v['off_list'], v['findings'])}")


def print_traps(hits: list[dict], show_list: bool = True) -> None:
    print(f"  Traps hit (finding on a trap's lines, on no defect's lines): {len(hits)}")
    if show_list:
        for h in hits:
            print(f"    {h['trap']:<10} {h['rule']:<22} L{h['line']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="lkjip-lint binary (default: .build/release, then "
                    ".build/debug; else `swift build`)")
    ap.add_argument("--samples", help=f"samples folder (default: {DEFAULT_SAMPLES})")
    ap.add_argument("--min-severity", choices=["info", "warning", "error"], default="info",
                    help="count only findings at or above this severity (default: info = all)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every off-list finding")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    samples_dir = Path(args.samples) if args.samples else DEFAULT_SAMPLES
    if not samples_dir.is_dir():
        msg = f"note: samples folder {samples_dir} not found; nothing to score"
        if args.json:
            print(json.dumps({"skipped": msg}))
        else:
            print(msg)
        return 0
    txts = sorted(p for p in samples_dir.glob("*.txt")
                  if p.with_suffix(".defects.jsonl").exists())
    if not txts:
        msg = f"note: no *.txt with a .defects.jsonl beside it in {samples_dir}"
        print(json.dumps({"skipped": msg}) if args.json else msg)
        return 0

    try:
        binary = find_binary(args.bin)
    except LintError as exc:
        msg = f"ERROR: cannot score the samples: {exc}"
        if args.json:
            print(msg, file=sys.stderr)
            print(json.dumps({"error": msg}))
        else:
            print(msg)
        return 0

    min_rank = SEVERITY_RANK[args.min_severity]
    results = []
    for txt in txts:
        defects = load_jsonl(txt.with_suffix(".defects.jsonl"))
        traps = load_jsonl(txt.with_suffix(".traps.jsonl"))
        entry = {"file": txt.name, "defects": len(defects), "traps": len(traps)}
        try:
            diags = run_linter(binary, txt)
        except LintError as exc:
            entry["error"] = str(exc)
            if args.json:  # keep the JSON on stdout clean, but let CI logs show it
                print(f"ERROR: {txt.name}: {exc}", file=sys.stderr)
            results.append(entry)
            continue
        diags = [d for d in diags
                 if SEVERITY_RANK.get(str(d.get("severity")), 0) >= min_rank]
        s = score_sample(defects, traps, diags)
        entry.update({
            "findings": s["findings"],
            "groups": s["groups"],
            "precision": precision_block(s["per_rule"]),
            "off_list_findings": s["off_list"],
            "traps_hit": {"count": len(s["trap_hits"]), "hits": s["trap_hits"]},
            "_per_rule": s["per_rule"],
        })
        results.append(entry)

    # totals over the samples that ran
    ok = [r for r in results if "error" not in r]
    total_groups = {}
    for name, _d, _p in GROUPS:
        total_groups[name] = {
            "found": sum(r["groups"][name]["found"] for r in ok),
            "total": sum(r["groups"][name]["total"] for r in ok),
            "missed": [m for r in ok for m in r["groups"][name]["missed"]],
        }
    total_rules: dict[str, dict] = {}
    for r in ok:
        for rule, v in r["_per_rule"].items():
            t = total_rules.setdefault(rule, {"findings": 0, "off_list": 0})
            t["findings"] += v["findings"]
            t["off_list"] += v["off_list"]
    total = {
        "samples": len(ok),
        "samples_failed": len(results) - len(ok),
        "defects": sum(r["defects"] for r in ok),
        "findings": sum(r["findings"] for r in ok),
        "groups": total_groups,
        "precision": precision_block(total_rules),
        "traps_hit": sum(r["traps_hit"]["count"] for r in ok),
    }
    for g in list(total_groups.values()) + [g for r in ok for g in r["groups"].values()]:
        g["fraction"] = frac(g["found"], g["total"])
    for r in ok:
        del r["_per_rule"]

    if args.json:
        print(json.dumps({"binary": str(binary), "samples_dir": str(samples_dir),
                          "min_severity": args.min_severity,
                          "samples": results, "total": total}, indent=2, ensure_ascii=False))
        return 0

    print(f"lkjip-lint sample score   binary: {binary}")
    print(f"samples: {samples_dir}" +
          (f"   (findings at or above {args.min_severity})" if min_rank else ""))
    for r in results:
        print()
        if "error" in r:
            print(f"== {r['file']}: ERROR, not scored")
            print(textwrap.indent(r["error"], "   "))
            continue
        print(f"== {r['file']}   {r['defects']} defects, {r['traps']} traps, "
              f"{r['findings']} findings")
        print_groups(r["groups"], show_missed=True)
        print_precision(r["precision"])
        if args.verbose and r["off_list_findings"]:
            print("  Off-list findings:")
            for f in r["off_list_findings"]:
                msg = f["message"].replace("\n", " ")
                if len(msg) > 100:
                    msg = msg[:99] + "…"
                print(f"    {f['rule']:<22} L{f['line']}: {msg}")
        print_traps(r["traps_hit"]["hits"])

    print()
    print(f"== TOTAL   {total['samples']} samples, {total['defects']} defects, "
          f"{total['findings']} findings" +
          (f"   ({total['samples_failed']} sample(s) FAILED to run, see above)"
           if total["samples_failed"] else ""))
    print_groups(total_groups, show_missed=False)
    print_precision(total["precision"])
    print(f"  Traps hit (finding on a trap's lines, on no defect's lines): {total['traps_hit']}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # e.g. piped into `head`
        os._exit(0)
    except Exception:  # a report, never a gate: show what broke and exit 0
        print("ERROR: score-samples.py failed:", file=sys.stderr)
        traceback.print_exc()
        sys.exit(0)
