#!/usr/bin/env python3
"""Make the .docx and .pdf fixtures in corpus/formats/ from corpus drafts.

Each chosen draft (corpus/NN-name.md or .txt) becomes corpus/formats/NN-name.docx
(with a copy of the draft beside it as its text twin),
written with python-docx: `#` headings as Word heading styles, tables (TAB or pipe
rows) as real Word tables with a repeated header row, `$$…$$` formulas as Office Math
(OMML) equations, `**bold**` as bold runs. LibreOffice then lays each .docx out as a
PDF. One more draft, made here (formats/10-format-features), has what the corpus
drafts lack: a heading hierarchy, merged header cells (gridSpan and vMerge: a
"Tahun 2023" over Target/Realisasi/Capaian), an equation, and a long table that
runs across a page break. Its text twin (.md) is written beside it.

Also: `--big N OUT.docx` writes a report of about N pages (repeating a draft) for
the benchmark; it is not committed.

Installs what it needs: python-docx from PyPI (pip), LibreOffice from Debian
(apt-get install libreoffice-writer-nogui) when PDFs are wanted.

Usage:
    scripts/make-fixtures.py                 # all fixtures into corpus/formats/
    scripts/make-fixtures.py --no-pdf        # .docx only
    scripts/make-fixtures.py --big 100 /tmp/big.docx
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
OUT = CORPUS / "formats"
DRAFTS = [
    "01-kanim-pangkalpinang-2024.md",   # TAB tables, formulas
    "02-kanwil-sultra-2023.md",         # pipe tables, headings
    "04-kanim-muara-bungo-2024.md",     # TAB tables, formulas
    "07-bapas-makassar-2025.md",        # pipe tables, headings
]


def ensure_python_docx():
    try:
        return importlib.import_module("docx")
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "python-docx"], check=True)
        importlib.invalidate_caches()
        return importlib.import_module("docx")


def ensure_soffice() -> str:
    for name in ("soffice", "libreoffice"):
        if shutil.which(name):
            return shutil.which(name)
    subprocess.run(["apt-get", "install", "-y", "-qq", "libreoffice-writer-nogui"], check=True)
    return shutil.which("soffice")


docx = ensure_python_docx()
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ------------------------------------------------------------------ equations


def omml(latex: str) -> str:
    """Linear LaTeX (\\frac, \\text, \\times, \\%) as OMML runs and fractions."""
    out = []
    i = 0
    text = ""

    def flush():
        nonlocal text
        if text:
            out.append(run(text))
            text = ""

    while i < len(latex):
        if latex.startswith("\\frac", i):
            flush()
            num, i = group(latex, i + 5)
            den, i = group(latex, i)
            out.append(f"<m:f><m:num>{omml(num)}</m:num><m:den>{omml(den)}</m:den></m:f>")
        elif latex.startswith("\\text", i):
            flush()
            body, i = group(latex, i + 5)
            out.append(run(body, plain=True))
        elif latex.startswith("\\times", i):
            flush()
            out.append(run("×"))
            i += 6
        elif latex.startswith("\\%", i):
            text += "%"
            i += 2
        elif latex[i] == " ":
            flush()
            i += 1
        else:
            text += latex[i]
            i += 1
    flush()
    return "".join(out)


def group(s: str, i: int) -> tuple[str, int]:
    while s[i] == " ":
        i += 1
    assert s[i] == "{", s[i:]
    depth, j = 0, i
    while True:
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1


def run(t: str, plain: bool = False) -> str:
    t = t.replace("&", "&amp;").replace("<", "&lt;")
    pr = "<m:rPr><m:nor/></m:rPr>" if plain else ""
    return f'<m:r>{pr}<m:t xml:space="preserve">{t}</m:t></m:r>'


def add_equation(doc, latex: str):
    p = doc.add_paragraph()
    xml = f'<m:oMathPara xmlns:m="{M}"><m:oMath>{omml(latex)}</m:oMath></m:oMathPara>'
    p._p.append(parse_xml(xml))


# ------------------------------------------------------------------ text


def add_runs(p, text: str):
    """`**bold**` as bold runs."""
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            p.add_run(part).bold = k % 2 == 1


def mark_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))


def add_table(doc, rows: list[list[str]], header_rows: int = 1, text_width: float = 16.0):
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c in range(width):
            add_runs(table.cell(r, c).paragraphs[0], cells[c] if c < len(cells) else "")
    for r in range(min(header_rows, len(rows))):
        mark_header(table.rows[r])
    set_widths(table, rows, width, text_width)
    return table


def set_widths(table, rows: list[list[str]], width: int, text_width: float):
    """Columns as wide as their text needs (numbers must not wrap), within the page."""
    need = []
    for c in range(width):
        cells = [r[c] for r in rows if c < len(r) and r[c]]
        longest_word = max((len(w) for t in cells for w in t.split()), default=2)
        longest = max((len(t) for t in cells), default=2)
        need.append((longest_word, longest))
    # Everything fits on one line when it can; long labels share what is left.
    base = [max(w, min(l, 14), 3) * 0.26 + 0.5 for w, l in need]
    spare = text_width - sum(base)
    if spare > 0:
        wants = [max(0.0, l * 0.26 + 0.5 - b) for (w, l), b in zip(need, base)]
        total = sum(wants) or 1.0
        base = [b + spare * x / total for b, x in zip(base, wants)]
    else:
        base = [b * text_width / sum(base) for b in base]
    table.autofit = False
    for c, cm in enumerate(base):
        table.columns[c].width = Cm(cm)
        for cell in table.columns[c].cells:
            cell.width = Cm(cm)
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)


def split_pipe(line: str) -> list[str]:
    t = line.strip()
    if t.startswith("|"):
        t = t[1:]
    if t.endswith("|"):
        t = t[:-1]
    return [c.strip() for c in t.split("|")]


LIST = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,2}\))\s+\S")
PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def draft_to_docx(src: Path, dest: Path):
    """One draft, laid out in Word the way the text view reads it back."""
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(11)
    lines = src.read_text(encoding="utf-8").splitlines()
    i = 0
    para: list[str] = []

    def end_para():
        if para:
            add_runs(doc.add_paragraph(), " ".join(para))
            para.clear()

    while i < len(lines):
        line = lines[i]
        t = line.strip()
        if not t:
            end_para()
            i += 1
        elif t.startswith("#"):
            end_para()
            level = len(t) - len(t.lstrip("#"))
            doc.add_heading(t[level:].strip(), level=min(level, 6))
            i += 1
        elif t.startswith("$$"):
            end_para()
            add_equation(doc, t.strip("$").strip())
            i += 1
        elif "\t" in line or t.startswith("|"):
            end_para()
            rows = []
            while i < len(lines) and ("\t" in lines[i] or lines[i].strip().startswith("|")):
                if not PIPE_SEP.match(lines[i]):
                    rows.append(split_pipe(lines[i]) if lines[i].strip().startswith("|") else lines[i].split("\t"))
                i += 1
            add_table(doc, rows)
        elif LIST.match(t):
            end_para()
            add_runs(doc.add_paragraph(), t)
            i += 1
        else:
            para.append(t)
            i += 1
    end_para()
    doc.save(dest)


# ------------------------------------------------------------------ the features draft

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def features_draft() -> tuple[list[tuple[str, object]], str]:
    """The blocks of the features draft, and its text twin."""
    blocks: list[tuple[str, object]] = []
    blocks.append(("h1", "BAB III AKUNTABILITAS KINERJA"))
    blocks.append(("h2", "A. Capaian Kinerja Organisasi"))
    blocks.append(("p", "Perbandingan capaian indikator kinerja Kantor Imigrasi Kelas II TPI Contoh "
                        "tahun 2023 dan tahun 2024 disajikan pada tabel berikut:"))
    header = [["No", "Indikator Kinerja", "Tahun 2023", "", "", "Tahun 2024", "", ""],
              ["", "", "Target", "Realisasi", "Capaian", "Target", "Realisasi", "Capaian"]]
    body = [
        ["1", "Persentase Tindakan Administratif Keimigrasian yang ditangani", "90%", "100,00%", "111,11%", "90%", "100,00%", "111,11%"],
        ["2", "Rasio Layanan Keimigrasian yang diselesaikan", "90%", "98,20%", "109,11%", "90%", "98,76%", "108,73%"],
        ["3", "Persentase Pelaksanaan Rencana Aksi Reformasi Birokrasi", "100%", "100,00%", "100,00%", "100%", "100,00%", "100,00%"],
    ]
    blocks.append(("merged", (header, body)))
    blocks.append(("h3", "1. Rasio Layanan Keimigrasian"))
    blocks.append(("p", "Capaian rasio layanan keimigrasian tahun 2024 dihitung sebagai berikut:"))
    blocks.append(("eq", r"x = \frac{10.502}{10.633} \times 100\%"))
    blocks.append(("eq", r"x = 98,76\%"))
    blocks.append(("h2", "B. Layanan Paspor per Bulan"))
    blocks.append(("p", "Jumlah permohonan paspor yang diterima dan diselesaikan setiap bulan "
                        "pada tahun 2022 sampai dengan 2024 adalah sebagai berikut:"))
    rows = [["Tahun", "Bulan", "Permohonan Diterima", "Permohonan Diselesaikan"]]
    total_in = total_out = 0
    for year in (2022, 2023, 2024):
        for m, name in enumerate(MONTHS):
            got = 700 + (year - 2022) * 40 + m * 13
            done = got - (m % 4)
            total_in += got
            total_out += done
            rows.append([str(year), name, f"{got:,}".replace(",", "."), f"{done:,}".replace(",", ".")])
    # The stated total of the second column is off by 100: a total-mismatch.
    rows.append(["Total", "", f"{total_in:,}".replace(",", "."), f"{total_out + 100:,}".replace(",", ".")])
    blocks.append(("long", rows))
    blocks.append(("p", "Seluruh permohonan yang belum diselesaikan pada akhir tahun diproses pada "
                        "awal tahun berikutnya."))

    twin: list[str] = []
    for kind, value in blocks:
        if twin:
            twin.append("")
        if kind in ("h1", "h2", "h3"):
            twin.append("#" * int(kind[1]) + " " + value)
        elif kind == "p":
            twin.append(value)
        elif kind == "eq":
            twin.append(f"$${value}$$")
        elif kind == "merged":
            h, b = value
            twin += ["\t".join(r) for r in h + b]
        elif kind == "long":
            twin += ["\t".join(r) for r in value]
    return blocks, "\n".join(twin) + "\n"


def features_docx(dest: Path, twin_dest: Path):
    blocks, twin = features_draft()
    doc = docx.Document()
    for section in doc.sections:   # room for eight columns
        section.left_margin = section.right_margin = Cm(1.5)
    for kind, value in blocks:
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(value, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "eq":
            add_equation(doc, value)
        elif kind == "merged":
            header, body = value
            table = add_table(doc, header + body, header_rows=2, text_width=18.0)
            # Merge as Word does: vMerge for No/Indikator, gridSpan for the years.
            table.cell(0, 0).merge(table.cell(1, 0))
            table.cell(0, 1).merge(table.cell(1, 1))
            table.cell(0, 2).merge(table.cell(0, 4))
            table.cell(0, 5).merge(table.cell(0, 7))
            for c, text in ((0, "No"), (1, "Indikator Kinerja"), (2, "Tahun 2023"), (5, "Tahun 2024")):
                table.cell(0, c).text = text
        elif kind == "long":
            # Pushed down the page so that it breaks across pages.
            add_table(doc, value, header_rows=1)
    doc.save(dest)
    twin_dest.write_text(twin, encoding="utf-8")


# ------------------------------------------------------------------ big report for the benchmark


def big_docx(pages: int, dest: Path):
    """About `pages` pages: a corpus draft (7.3 pages laid out by LibreOffice) repeated."""
    src = CORPUS / "01-kanim-pangkalpinang-2024.md"
    text = src.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.md"
        big.write_text("\n\n".join([text] * max(1, round(pages / 7.3))), encoding="utf-8")
        draft_to_docx(big, dest)


def to_pdf(soffice: str, src: Path, out_dir: Path):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out_dir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--big", nargs=2, metavar=("PAGES", "OUT"))
    args = ap.parse_args()
    if args.big:
        big_docx(int(args.big[0]), Path(args.big[1]))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    for name in DRAFTS:
        src = CORPUS / name
        if not src.exists():
            print(f"skip {name}: not in corpus/", file=sys.stderr)
            continue
        dest = OUT / (src.stem + ".docx")
        draft_to_docx(src, dest)
        # The text twin as it was when the fixture was made, so later edits of the
        # corpus draft do not silently change what the fixture must match.
        shutil.copyfile(src, OUT / src.name)
        made.append(dest)
    features = OUT / "10-format-features.docx"
    features_docx(features, OUT / "10-format-features.md")
    made.append(features)
    if not args.no_pdf:
        soffice = ensure_soffice()
        for d in made:
            to_pdf(soffice, d, OUT)
    for d in made:
        print(d.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
