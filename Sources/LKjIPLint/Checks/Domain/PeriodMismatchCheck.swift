import Foundation

/// Years and units that do not belong: a regulation cited with two different years, a
/// broken year (`TAHUN 202`), next year's improvement written as this year, the Ditjen's
/// template sentence where the unit itself is meant, `Kelas III` in a Kelas II report.
public struct PeriodMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "period-mismatch", severity: .warning,
        summary: Message(id: "Tahun atau unit yang tidak sesuai: peraturan dikutip dengan tahun berbeda, tahun terpotong, tahun perbaikan kinerja sama dengan tahun laporan, kalimat templat unit lain.",
                         en: "A year or unit that does not belong: a regulation cited with different years, a broken year, next year's improvement written as the report year, another unit's template sentence."),
        rationale: Message(id: "Tahun laporan dibaca dari sampul/judul. Kalimat templat unit lain ada di paket checks/periods.yml. Bagian sejarah (\"dari Kelas III menjadi Kelas II\") dan tabel tidak diperiksa untuk kelas kantor.",
                           en: "The report year is read from the cover/title. Other units' template sentences live in the pack checks/periods.yml. History passages (\"dari Kelas III menjadi Kelas II\") and tables are not checked for the office class."),
        source: "Permenpan-RB 53/2014", pack: "periods.yml",
        triggering: [
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024\n\nPedoman: Keputusan Menteri Nomor M.HH-01.PR.03 Tahun 2023.\n\nSesuai Keputusan Menteri Nomor M.HH-01.PR.03 Tahun 2023 tentang pedoman.\n\nLaporan disusun berdasarkan M.HH-01.PR.03 Tahun ↓2024.\n",
            "LAPORAN KINERJA TAHUN ↓202\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023 menyajikan capaian. Permasalahan dan kendala dalam pencapaian target 2023 menjadi bahan dalam upaya perbaikan kinerja tahun ↓2023.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023 menyajikan capaian.\n\nSelain itu, ↓Direktorat Jenderal Imigrasi didukung dengan potensi sumber daya manusia sejumlah 34 orang pegawai.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024 menyajikan capaian.\n\nSurat ini ditandatangani Kepala Kantor Imigrasi ↓Kelas III Non TPI Kerinci.\n",
        ],
        nonTriggering: [
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024\n\nPedoman: M.HH-01.PR.03 Tahun 2023 dan IMI-0010.PR.01.01 Tahun 2024.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023. Permasalahan dan kendala tahun 2023 menjadi bahan perbaikan kinerja tahun 2024.\n",
            "Laporan Kinerja Direktorat Jenderal Imigrasi Tahun 2023 menyajikan capaian. Direktorat Jenderal Imigrasi didukung dengan potensi sumber daya manusia yang memadai.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024 menyajikan capaian.\n\nPada tahun 2020 kantor ini bernama Kantor Imigrasi Kelas III Non TPI Kerinci sebelum menjadi Kelas II.\n",
        ])

    static let citation = PCRE2Regex(literal: #"\b((?:[A-Z]{1,4}\.)?[A-Z]{1,4}-\d{1,4}(?:\.[A-Z]{2,4})(?:\.\d{1,3})*)\s+(?i:tahun)\s+(20\d\d)\b"#)
    static let brokenYear = PCRE2Regex(literal: #"(?i)\btahun\s+(20\d)(?![\d.,])"#)
    static let improvement = PCRE2Regex(literal: #"(?i)\b(?:permasalahan|kendala|hambatan)\b[^.]{0,200}?\b(?:perbaikan|peningkatan)\s+kinerja\s+(?:di\s+|pada\s+)?tahun\s+(20\d\d)\b"#)
    static let history = PCRE2Regex(literal: #"(?i)\b(?:menjadi|sebelum(?:nya)?|sejak|dahulu|semula|berubah|ditingkatkan|peningkatan\s+status|sejarah|bernama|dulu)\b"#)
    static let yearWord = PCRE2Regex(literal: #"\b(19\d\d|20\d\d)\b"#)

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let id = context.identity
        var out: [Diagnostic] = []
        let windows = ProseWindow.all(context.document)
        var citations: [String: [(year: Int, loc: SourceLocation)]] = [:]
        var order: [String] = []
        for w in windows {
            let s = w.text.text
            PeriodMismatchCheck.citation.forEachMatch(in: s) { m in
                guard m.range.lowerBound < w.ownLength, let code = m.string(1, in: s), let y = m.string(2, in: s).flatMap({ Int($0) }),
                      let r = m.range(2) else { return true }
                if citations[code] == nil { order.append(code) }
                citations[code, default: []].append((y, w.text.location(at: r.lowerBound)))
                return true
            }
            PeriodMismatchCheck.brokenYear.forEachMatch(in: s) { m in
                guard m.range.lowerBound < w.ownLength, let r = m.range(1) else { return true }
                let written = s.utf8Slice(r)
                out.append(diag(w.text.location(at: r.lowerBound),
                                "tahun tertulis \"\(written)\" (terpotong), seharusnya tahun empat angka\(id.year.map { " (\($0)?)" } ?? "")",
                                "the year is written \"\(written)\" (cut short); it should be a four-digit year\(id.year.map { " (\($0)?)" } ?? "")", stated: written))
                return true
            }
            if let year = id.year {
                PeriodMismatchCheck.improvement.forEachMatch(in: s) { m in
                    guard m.range.lowerBound < w.ownLength, let r = m.range(1), let y = Int(s.utf8Slice(r)), y == year else { return true }
                    out.append(diag(w.text.location(at: r.lowerBound),
                                    "kendala tahun \(year) disebut menjadi bahan perbaikan kinerja tahun \(y); perbaikan itu untuk tahun berikutnya, \(year + 1)",
                                    "the problems of \(year) are said to drive the improvement of performance in \(y); that improvement is for the following year, \(year + 1)",
                                    stated: String(y), expected: String(year + 1)))
                    return true
                }
            }
            if let unit = id.unit {
                for p in context.packs.domain.unitPhrases where p.reportUnit.isMatch(unit) && !p.pattern.isMatch(unit) {
                    p.pattern.forEachMatch(in: s) { m in
                        guard m.range.lowerBound < w.ownLength else { return true }
                        let found = s.utf8Slice(m.range)
                        out.append(diag(w.text.location(at: m.range.lowerBound),
                                        "\"\(Claims.short(found, 60))\" berasal dari templat unit lain (\(p.description)); di laporan \(unit) seharusnya \(p.should)",
                                        "\"\(Claims.short(found, 60))\" comes from another unit's template (\(p.id)); in the report of \(unit) it should name \(p.should)",
                                        stated: found, expected: unit))
                        return true
                    }
                }
                out += wrongClass(w, unit: unit, year: id.year)
            }
        }
        for code in order {
            let cites = citations[code]!
            let counts = Dictionary(grouping: cites, by: \.year).mapValues(\.count)
            guard counts.count > 1, let (major, n) = counts.max(by: { $0.value < $1.value }), n >= 2,
                  counts.values.filter({ $0 == n }).count == 1 else { continue }
            for c in cites where c.year != major {
                out.append(diag(c.loc, "\(code) dikutip dengan Tahun \(c.year), padahal di bagian lain dokumen (\(n) kali) dengan Tahun \(major)",
                                "\(code) is cited with the year \(c.year), but elsewhere in the document (\(n) times) with the year \(major)",
                                stated: String(c.year), expected: String(major)))
            }
        }
        return out
    }

    /// `Kelas III <place>` in a report of the Kelas II office of the same place, outside history.
    func wrongClass(_ w: ProseWindow, unit: String, year: Int?) -> [Diagnostic] {
        guard let m = PCRE2Regex(literal: #"\bKelas\s+(I{1,3})\b(?:\s+(?:Non\s+)?TPI)?\s+(.+)$"#).firstMatch(in: unit),
              let cls = m.string(1, in: unit), let place = m.string(2, in: unit), cls != "III" else { return [] }
        let s = w.text.text
        guard let re = try? PCRE2Regex(#"(?i)\bKelas\s+III\b(?:\s+(?:Non\s+)?TPI)?\s+"# + NSRegularExpression.escapedPattern(for: place)) else { return [] }
        var out: [Diagnostic] = []
        for range in ProseClaims.sentences(s) {
            let sentence = s.utf8Slice(range)
            if PeriodMismatchCheck.history.isMatch(sentence) { continue }
            if let y = year, PeriodMismatchCheck.yearWord.matches(in: sentence).contains(where: { Int(sentence.utf8Slice($0.range)).map { $0 < y } ?? false }) { continue }
            re.forEachMatch(in: sentence) { mm in
                let at = range.lowerBound + mm.range.lowerBound
                guard at < w.ownLength else { return true }
                out.append(diag(w.text.location(at: at),
                                "\"\(sentence.utf8Slice(mm.range))\" menyebut Kelas III, padahal laporan ini milik \(unit)",
                                "\"\(sentence.utf8Slice(mm.range))\" names Kelas III, but this is the report of \(unit)",
                                stated: "Kelas III", expected: "Kelas \(cls)"))
                return true
            }
        }
        return out
    }

    func diag(_ loc: SourceLocation, _ id: String, _ en: String, stated: String? = nil, expected: String? = nil) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: loc, message: Message(id: id, en: en),
                   stated: stated, expected: expected)
    }
}
