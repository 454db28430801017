import Foundation

public struct PlaceholderCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "placeholder", severity: .warning,
        summary: Message(id: "Sisa templat yang belum diisi: […], [Satuan Kerja], [peningkatan/penurunan], xxx, sel tabel yang kosong.",
                         en: "Template leftovers not filled in: […], [Satuan Kerja], [peningkatan/penurunan], xxx, an empty table cell."),
        rationale: Message(id: "Pola placeholder ada di paket checks/placeholders.yml dan dapat ditambah dengan --checks.",
                           en: "The placeholder patterns live in the pack checks/placeholders.yml and can be extended with --checks."),
        source: "checks/placeholders.yml", pack: "placeholders.yml",
        triggering: [
            "A. Capaian Kinerja ↓[Satuan Kerja]\n",
            "Realisasi tahun 2023 mengalami ↓[peningkatan/penurunan] dibandingkan tahun lalu.\n",
            "        = ↓[…%]\n",
            "$$\\text{Persentase RB} ↓= \\frac{\\dots}{\\dots} * 100\\%$$\n",
            "maka capaian dibanding standar nasional sebesar ↓[111,11%].\n",
            "SKM selama tahun 2023 sebesar ↓[3,18 (contoh)] dengan perhitungan sebagai berikut:\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nRasio Layanan Keimigrasian\t90%\t98,76%\t↓\n",
        ],
        nonTriggering: [
            "A. Capaian Kinerja Kantor Imigrasi ........................ 17\n",
            "Sebagaimana dijelaskan dalam kajian [1], capaian meningkat.\n",
            "dengan: N = nilai bulanan\n k = bulan ke …\n",
            "Indikator\tTarget\tRealisasi\tCapaian\nRasio Layanan Keimigrasian\t90%\t98,76%\t109,73%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (i, line) in context.document.lines.enumerated() {
            for p in context.packs.placeholders {
                guard let m = firstMatch(p, in: line) else { continue }
                let found = line.utf8Slice(m)
                let col = line.utf8Slice(0..<m.lowerBound).count + 1
                out.append(Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: i + 1, column: col),
                                      message: Message(id: "sisa templat \"\(found)\" belum diisi (\(p.description))",
                                                       en: "template leftover \"\(found)\" not filled in (\(p.id))"),
                                      stated: found))
                break  // one finding per line
            }
        }
        let flagged = Set(out.map(\.location.line))
        // Empty cells in a PDF's rebuilt tables are as likely the layout as the draft.
        for cell in context.claims.emptyCells where !flagged.contains(cell.location.line) && context.document.origin(cell.location.line)?.page == nil {
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: cell.location,
                                  message: Message(id: "sel \(cell.column) pada baris '\(Claims.short(cell.label, 50))' kosong padahal sel lain di baris itu berisi angka",
                                                   en: "the \(cell.column) cell of row '\(Claims.short(cell.label, 50))' is empty although the row's other cells hold figures")))
        }
        return out
    }

    private func firstMatch(_ p: PlaceholderPattern, in line: String) -> Range<Int>? {
        var found: Range<Int>?
        p.regex.forEachMatch(in: line) { m in
            if let unless = p.unless, unless.isMatch(line.utf8Slice(m.range)) { return true }
            found = m.range
            return false
        }
        return found
    }
}
