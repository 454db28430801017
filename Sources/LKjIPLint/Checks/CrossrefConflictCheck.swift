import Foundation

/// The same quantity (an indicator's target, realisasi or capaian in one year; the
/// budget's pagu; the PNBP target) written with different values in different places.
public struct CrossrefConflictCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "crossref-conflict", severity: .error,
        summary: Message(id: "Angka yang sama ditulis berbeda di tempat lain dalam laporan (target, realisasi, capaian, pagu, target PNBP).",
                         en: "The same figure is written with different values in different places (target, realisasi, capaian, pagu, PNBP target)."),
        rationale: Message(id: "Angka dikunci menurut indikator (katalog), tahun, dan ukurannya. Yang berbeda dari kebanyakan pernyataan lain dilaporkan, dengan semua pernyataan lain sebagai lokasi terkait. Angka yang sama dalam ketelitiannya (3,2 dan 3,20) dianggap sama; tahun, satuan dan target Renstra yang berbeda tidak dibandingkan.",
                           en: "Figures are keyed by indicator (catalog), year and measure. The statements that differ from most others are reported, with every other statement as a related location. Figures equal within their precision (3,2 and 3,20) are equal; different years, units and Renstra targets are not compared."),
        triggering: [
            // A summary restating an indicator's capaian by name (GENRE.md §5 P1).
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2024.\n\n1. Persentase paspor terbit tepat waktu dengan capaian ↓106,96%;\n\nIndikator\tTarget\tRealisasi\tCapaian\nPersentase paspor terbit tepat waktu\t95%\t101,52%\t106,86%\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nIndeks Kepuasan Masyarakat memperoleh hasil sebesar ↓3,87 dari target 3,25 atau 119,08%.\n\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t121,85%\n\nRealisasi Indeks Kepuasan Masyarakat tahun 2023 adalah sebesar 3,96 dari target 3,25 atau 121,85%.\n",
            "Kegiatan layanan paspor mendapat Rp 2.561.189.000 pada awal tahun.\n\nPagu kegiatan layanan paspor tetap Rp 2.561.189.000 sampai Desember.\n\nRencana penarikan dana kegiatan layanan paspor mencatat ↓Rp 2.561.198.000 untuk setahun.\n",
            // An indicator the catalog does not know, keyed by the report's own table; the
            // formula under its heading names it only through its figures.
            "Laporan Kinerja Kantor Imigrasi Kelas I TPI Contoh Tahun 2025.\n\nNo\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\n1\tPersentase permohonan paspor yang diselesaikan sesuai standar waktu\t95%\t98,14%\t103,31%\n\n**1. Persentase permohonan paspor yang diselesaikan sesuai standar waktu**\n\n$$y = \\frac{↓98,41\\%}{95\\%} \\times 100\\% = 103,31\\%$$\n",
            // The Perjanjian Kinerja's target against the capaian table's.
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\nMeningkatnya kualitas layanan\tIndeks Kepuasan Masyarakat\t↓3,30\n\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t121,85%\n\nIndeks Kepuasan Masyarakat memperoleh hasil sebesar 3,96 dari target 3,25 atau 121,85%.\n",
        ],
        nonTriggering: [
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2024.\n\nDiperoleh realisasi indikator Persentase paspor terbit tepat waktu dengan capaian 101,52%.\n\n1. Persentase paspor terbit tepat waktu dengan capaian 106,9%;\n\nIndikator\tTarget\tRealisasi\tCapaian\nPersentase paspor terbit tepat waktu\t95%\t101,52%\t106,86%\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nIndeks Kepuasan Masyarakat memperoleh hasil sebesar 3,96 dari target 3,25 atau 121,85%.\n\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,960\t121,85%\n",
            "Pagu kegiatan A sebesar Rp 1.000.000.000 dan pagu kegiatan B sebesar Rp 2.000.000.000.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nTahun\tTarget\tRealisasi\tCapaian\n2022\t3,20\t3,50\t109,38%\n2023\t3,25\t3,96\t121,85%\n\nIndeks Kepuasan Masyarakat tahun 2023 memperoleh hasil sebesar 3,96 dari target 3,25 atau 121,85%.\n",
            // Two indicators with a 100% target and 100,00% realisasi: one shared round figure
            // does not make a formula the other's.
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nIndikator\tTarget\tRealisasi\tCapaian\nPersentase Pelaksanaan Rencana Aksi Reformasi Birokrasi\t100%\t100,00%\t100,00%\nPersentase pengaduan masyarakat yang ditindaklanjuti\t100%\t100,00%\t100,00%\n\n$$x = \\frac{100,00\\%}{100\\%} \\times 100\\% = 100\\%$$\n",
            // A Renstra table plans for another year: its target is not the Perjanjian Kinerja's.
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Contoh Tahun 2023.\n\nIndikator\tTarget Renstra 2024\nIndeks Kepuasan Masyarakat\t3,50\n\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,96\t121,85%\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let facts = context.facts
        var out: [Diagnostic] = []
        for (key, all) in Dictionary(grouping: facts, by: \.key) where all.count >= 2 {
            // A percentage and an index under one key are different kinds of figure (a
            // mislabel, at most): compare only figures of the kind most statements use.
            // A capaian or absorption cell without its sign ("82,00" under "Capaian") is a
            // percentage all the same.
            let ratioMeasure = key.measure == .capaian || key.measure == .penyerapan
            let isPercent = { (f: Fact) in f.quantity.isPercent || ratioMeasure && f.quantity.unit == .plain && f.fromTable }
            let percents = all.filter(isPercent)
            let group = percents.count * 2 >= all.count ? percents : all.filter { !isPercent($0) }
            guard group.count >= 2 else { continue }
            let clusters = FactExtractor.clusters(group)
            guard clusters.count >= 2 else { continue }
            let ranked = clusters.sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                // A tie goes to the table (the Perjanjian Kinerja or capaian table).
                return a.contains(where: \.fromTable) && !b.contains(where: \.fromTable)
            }
            // Two statements that disagree with nothing to prefer one: say it at both.
            let tie = ranked[0].count == ranked[1].count && ranked[0].contains(where: \.fromTable) == ranked[1].contains(where: \.fromTable)
            let majority = ranked[0]
            for cluster in (tie ? ranked : Array(ranked.dropFirst())) {
                let others = group.filter { f in !cluster.contains { $0.quantity.location == f.quantity.location } }
                for f in cluster {
                    out.append(diagnostic(f, key: key, majority: tie ? others : majority, others: others, tie: tie))
                }
            }
        }
        // Near-twin amounts, where no key is known: a warning, since only the digits speak.
        let said = Set(out.map(\.location))
        for pair in NearTwinAmounts.pairs(in: context.analysis) where !(pair.odd + pair.usual).contains(where: { said.contains($0.location) }) {
            // (A pair the keyed comparison already judged needs no second word.)
            let others = pair.usual
            let list = Set(others.map(\.text)).sorted().joined(separator: ", ")
            let lines = others.map { String($0.location.line) }.prefix(6).joined(separator: ", ")
            for q in pair.tie ? pair.odd + pair.usual : pair.odd where !said.contains(q.location) {
                let elsewhere = pair.tie ? (pair.odd.contains { $0.location == q.location } ? pair.usual : pair.odd) : others
                let eText = Set(elsewhere.map(\.text)).sorted().joined(separator: ", ")
                let eLines = elsewhere.map { String($0.location.line) }.prefix(6).joined(separator: ", ")
                out.append(Diagnostic(
                    rule: description.id, severity: .warning, location: q.location,
                    message: Message(id: "\(q.text) hampir sama dengan \(pair.tie ? eText : list) (baris \(pair.tie ? eLines : lines)): satu digit berbeda atau tertukar; kemungkinan angka yang sama ditulis keliru",
                                     en: "\(q.text) is nearly \(pair.tie ? eText : list) (lines \(pair.tie ? eLines : lines)): one digit differs or two are swapped; probably one figure mistyped"),
                    stated: q.text, expected: pair.tie ? nil : others.first?.text,
                    related: elsewhere.prefix(12).map { RelatedLocation($0.location, Message(id: "ditulis \($0.text)", en: "written \($0.text)")) }))
            }
        }
        return out
    }

    func diagnostic(_ f: Fact, key: FactKey, majority: [Fact], others: [Fact], tie: Bool) -> Diagnostic {
        let what = CrossrefConflictCheck.measureName(key.measure)
        let elsewhere = Set(majority.map(\.quantity.text)).sorted().joined(separator: ", ")
        let lines = majority.map { String($0.quantity.location.line) }.prefix(6).joined(separator: ", ")
        // Year 0: the report's own year, which the report does not say.
        let yearID = key.year > 0 ? " tahun \(key.year)" : "", yearEN = key.year > 0 ? " for \(key.year)" : ""
        return Diagnostic(
            rule: description.id, severity: description.severity, location: f.quantity.location,
            message: tie
                ? Message(id: "\(what.id) \(f.name)\(yearID) tertulis \(f.quantity.text) di sini dan \(elsewhere) di tempat lain (baris \(lines)); salah satunya keliru",
                          en: "\(what.en) of \(f.name)\(yearEN) is written \(f.quantity.text) here and \(elsewhere) elsewhere (lines \(lines)); one of them is wrong")
                : Message(id: "\(what.id) \(f.name)\(yearID) tertulis \(f.quantity.text) di sini, tetapi \(elsewhere) di tempat lain (baris \(lines))",
                          en: "\(what.en) of \(f.name)\(yearEN) is written \(f.quantity.text) here but \(elsewhere) elsewhere (lines \(lines))"),
            stated: f.quantity.text, expected: tie ? nil : majority.first?.quantity.text,
            related: others.prefix(12).map { RelatedLocation($0.quantity.location, Message(id: "ditulis \($0.quantity.text)", en: "written \($0.quantity.text)")) })
    }

    static func measureName(_ m: FactKey.Measure) -> Message {
        switch m {
        case .target: return Message(id: "target", en: "the target")
        case .realisasi: return Message(id: "realisasi", en: "realisasi")
        case .capaian: return Message(id: "capaian", en: "capaian")
        case .pagu: return Message(id: "pagu", en: "the pagu")
        case .penyerapan: return Message(id: "persentase penyerapan", en: "the absorption percentage")
        }
    }
}
