#!/usr/bin/env python3
"""Writes .docx mutants of a real draft whose XML parts have a few bytes flipped inside
element or attribute names (the inputs that crashed Foundation's XMLParser, issue 13).

usage: docx-name-flips.py SOURCE.docx OUTDIR COUNT [SEED]
"""
import random, re, sys, zipfile, os

PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"]
NAME = re.compile(rb"<(/?)([A-Za-z_][\w.:-]*)|\s([A-Za-z_][\w.:-]*)=")

def mutate(xml: bytes, rng: random.Random) -> bytes:
    spans = [m.span(g) for m in NAME.finditer(xml[:4_000_000]) for g in (2, 3) if m.group(g)]
    b = bytearray(xml)
    for _ in range(rng.randint(1, 3)):
        s, e = rng.choice(spans)
        i = rng.randrange(s, e)
        b[i] = rng.choice([0x80, 0xC3, 0xE2, 0xFF, 0xFE, 0xC0, rng.randrange(0x80, 0x100)])
    return bytes(b)

def main():
    src, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 13)
    os.makedirs(out, exist_ok=True)
    with zipfile.ZipFile(src) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    present = [p for p in PARTS if any(i.filename == p for i, _ in entries)]
    for n in range(count):
        part = present[n % len(present)]
        with zipfile.ZipFile(os.path.join(out, f"flip-{n:04d}.docx"), "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in entries:
                z.writestr(info, mutate(data, rng) if info.filename == part else data)

if __name__ == "__main__":
    main()
