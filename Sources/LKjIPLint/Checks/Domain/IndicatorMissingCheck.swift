import Foundation

/// A Kantor Wilayah report for 2026 or later that does not report each indicator of the
/// 2026 decree with a value.
public struct IndicatorMissingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "indicator-missing", severity: .warning,
        summary: Message(id: "Laporan Kantor Wilayah tahun 2026 atau sesudahnya tidak melaporkan salah satu dari 15 indikator Kepmen M.IP-22.PR.02.02 Tahun 2026 beserta nilainya.",
                         en: "A Kantor Wilayah report for 2026 or later does not report one of the 15 indicators of Kepmen M.IP-22.PR.02.02 Tahun 2026 with its value."),
        rationale: Message(id: "Daftar indikator ada di paket checks/kanwil-2026.yml. Tahun sebelumnya dan unit lain tidak diperiksa. Indikator dianggap dilaporkan bila namanya muncul di baris tabel atau paragraf yang memuat angka.",
                           en: "The indicator list lives in the pack checks/kanwil-2026.yml. Earlier years and other units are not checked. An indicator counts as reported when its name appears in a table row or paragraph holding a figure."),
        source: "Kepmen IMIPAS M.IP-22.PR.02.02 Tahun 2026", pack: "kanwil-2026.yml",
        triggering: [
            "↓Laporan Kinerja Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Barat Tahun 2026\n\nNilai IKPA sebesar 96,50.\n",
        ],
        nonTriggering: [
            "Laporan Kinerja Kantor Wilayah Kementerian Hukum dan HAM Jawa Barat Tahun 2025\n\nNilai IKPA sebesar 96,50.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas I TPI Bandung Tahun 2026\n\nNilai IKPA sebesar 96,50.\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let id = context.identity
        guard let unit = id.unit, let year = id.year else { return [] }
        var texts: [String] = []
        for a in context.analysis.blocks {
            switch a.block.content {
            case .table(let t):
                for (r, cells) in zip(t.rows, a.cells) where cells.contains(where: { $0.contains(where: \.isMeasure) }) {
                    texts.append(r.cells.map(\.string).joined(separator: " "))
                }
            default:
                if let t = a.text, a.quantities.contains(where: \.isMeasure) { texts.append(t.text) }
            }
        }
        var out: [Diagnostic] = []
        for list in context.packs.domain.indicatorLists where list.units.isMatch(unit) && year >= list.fromYear {
            let missing = list.indicators.filter { e in !texts.contains { e.match.isMatch($0) } }
            guard !missing.isEmpty else { continue }
            // One finding per list: the checks' findings are one per spot.
            let names = missing.map(\.name).joined(separator: "; ")
            out.append(Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: 1, column: 1),
                                  message: Message(id: "\(missing.count) dari \(list.indicators.count) indikator \(list.source) tidak dilaporkan dengan nilai dalam laporan \(unit) tahun \(year): \(names)",
                                                   en: "\(missing.count) of the \(list.indicators.count) indicators of \(list.source) are not reported with a value in the \(year) report of \(unit): \(names)")))
        }
        return out
    }
}
