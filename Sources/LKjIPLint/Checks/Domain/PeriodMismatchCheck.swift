import Foundation

/// Years and units that do not belong (GENRE §7 T1–T3, T7): the report naming itself, its
/// own Perjanjian Kinerja or "tahun X ini" with another year than the one it reports on; a
/// Renstra period it follows that does not hold that year; a Triwulan II heading over data
/// "sampai dengan triwulan IV"; a three-digit year; a regulation cited with two years;
/// next year's improvement written as this year; another unit's template sentence, class
/// or detail rows.
public struct PeriodMismatchCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "period-mismatch", severity: .warning,
        summary: Message(id: "Tahun atau unit yang tidak sesuai: laporan, PK-nya atau \"tahun X ini\" disebut dengan tahun lain, periode Renstra yang tidak memuat tahun laporan, judul triwulan yang tidak sesuai isinya, tahun tiga angka, peraturan dikutip dengan tahun berbeda, tahun perbaikan kinerja sama dengan tahun laporan, kalimat templat atau baris tabel unit lain.",
                         en: "A year or unit that does not belong: the report, its PK or \"tahun X ini\" given another year, a Renstra period that does not hold the report year, a quarter heading its content does not match, a three-digit year, a regulation cited with different years, next year's improvement written as the report year, another unit's template sentence or table rows."),
        rationale: Message(id: "Tahun laporan: dari konfigurasi, atau tahun yang paling sering disebut sampul (bobot 2), nama laporan untuk dirinya dan judul PK. Sejarah, perbandingan (\"sebelumnya\", \"dibandingkan\"), tahun peraturan dan kegiatan tahun lalu (\"pengukuran kinerja SDM tahun 2023\") tidak diperiksa; \"tahun X ini\" hanya untuk tahun sebelum tahun laporan (kata pengantar ditulis pada tahun berikutnya). Kalimat templat unit lain ada di paket checks/periods.yml. Tabel rekap yang memuat banyak unit tidak diperiksa.",
                           en: "The report year: the config's, else the year given most often by the cover (weight 2), the report's names for itself and its PK titles. History, comparisons (\"sebelumnya\", \"dibandingkan\"), regulation years and last year's activities (\"pengukuran kinerja SDM tahun 2023\") are not checked; \"tahun X ini\" only for years before the report year (the foreword is written the year after). Other units' template sentences live in the pack checks/periods.yml. Recap tables naming many units are not checked."),
        source: "Permenpan-RB 53/2014", pack: "periods.yml",
        triggering: [
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024\n\nPedoman: Keputusan Menteri Nomor M.HH-01.PR.03 Tahun 2023.\n\nSesuai Keputusan Menteri Nomor M.HH-01.PR.03 Tahun 2023 tentang pedoman.\n\nLaporan disusun berdasarkan M.HH-01.PR.03 Tahun ↓2024.\n",
            "LAPORAN KINERJA TAHUN ↓202\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023 menyajikan capaian. Permasalahan dan kendala dalam pencapaian target 2023 menjadi bahan dalam upaya perbaikan kinerja tahun ↓2023.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023 menyajikan capaian.\n\nSelain itu, ↓Direktorat Jenderal Imigrasi didukung dengan potensi sumber daya manusia sejumlah 34 orang pegawai.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024 menyajikan capaian.\n\nSurat ini ditandatangani Kepala Kantor Imigrasi ↓Kelas III Non TPI Kerinci.\n",
            "LAPORAN KINERJA INSTANSI PEMERINTAH\nKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU TAHUN 2024\n\nKATA PENGANTAR\n\nSistematika Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun ↓2023 berpedoman pada Peraturan Menteri PANRB Nomor 53 Tahun 2014.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 menyajikan capaian.\n\nTarget kinerja tahun 2024 ditetapkan dalam Perjanjian Kinerja tahun ↓2023 yang ditandatangani Kepala Kantor.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 menyajikan capaian.\n\nPelaporan aplikasi ini masih berjalan manual pada tahun ↓2023 ini.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 menyajikan capaian.\n\nRealisasi ini lebih tinggi dibandingkan tahun sebelumnya (↓2022).\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2025 menyajikan capaian.\n\nSasaran kinerja tahun 2025 tertuang dalam Rencana Strategis Direktorat Jenderal Contoh Tahun ↓2020-2024.\n",
            "Realisasi Rencana Aksi Triwulan II Tahun 2024 diuraikan berikut:\n\n1. Penyusunan laporan keuangan. ↓Sampai dengan triwulan IV, kegiatan ini telah terlaksana seluruhnya.\n",
            "PERJANJIAN KINERJA TAHUN ↓225\n",
            "Laporan ini ditetapkan pada 15 Januari ↓202 oleh Kepala Kantor.\n",
            "LAPORAN KINERJA INSTANSI PEMERINTAH\nKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU TAHUN 2024\n\nKATA PENGANTAR\n\nLampiran 1\n\nPERJANJIAN KINERJA TAHUN ↓2023\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 menyajikan capaian.\n\nKode\tSatuan Kerja\tLayanan\tNilai\tResponden\n592\tKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU\tLayanan Paspor\t4,00\t12\n\t\tLayanan Izin Tinggal\t3,50\t8\n\t\tLayanan Pengaduan\t3,75\t4\n\t\tLayanan Informasi\t4,00\t6\n\t\tLayanan Kepegawaian\t3,90\t5\n\t\tLayanan Keuangan\t4,00\t3\n593\t↓KANTOR IMIGRASI KELAS II NON TPI LEMBAH HIJAU\tLayanan Paspor\t3,80\t9\n\t\tLayanan Izin Tinggal\t3,60\t7\n",
        ],
        nonTriggering: [
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024\n\nPedoman: M.HH-01.PR.03 Tahun 2023 dan IMI-0010.PR.01.01 Tahun 2024.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang Tahun 2023. Permasalahan dan kendala tahun 2023 menjadi bahan perbaikan kinerja tahun 2024.\n",
            "Laporan Kinerja Direktorat Jenderal Imigrasi Tahun 2023 menyajikan capaian. Direktorat Jenderal Imigrasi didukung dengan potensi sumber daya manusia yang memadai.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Kerinci Tahun 2024 menyajikan capaian.\n\nPada tahun 2020 kantor ini bernama Kantor Imigrasi Kelas III Non TPI Kerinci sebelum menjadi Kelas II.\n",
            "LAPORAN KINERJA INSTANSI PEMERINTAH\nKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU TAHUN 2024\n\nKATA PENGANTAR\n\nSistematika Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 berpedoman pada Peraturan Menteri PANRB Nomor 53 Tahun 2014. Pada triwulan I tahun 2024 dilakukan pengukuran kinerja SDM tahun 2023. Laporan Kinerja tahun 2023 sebelumnya memperoleh nilai B. Di awal tahun 2025 ini laporan disampaikan.\n\nLampiran\n\nPERJANJIAN KINERJA TAHUN 2024\n\nPERJANJIAN KINERJA TAHUN 2023\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2025 menyajikan capaian.\n\nDengan telah berakhirnya Renstra 2020-2024, sasaran tahun 2025 mengacu pada Rencana Strategis Tahun 2025-2029. Capaian tahun 2024 sesuai Perjanjian Kinerja tahun 2024 adalah 98%.\n",
            "Realisasi Rencana Aksi Triwulan IV Tahun 2024 diuraikan berikut:\n\nSampai dengan triwulan III, kegiatan telah terlaksana 75%.\n\nRealisasi Triwulan II Tahun 2024:\n\nTarget sampai dengan triwulan IV akan dicapai melalui lelang.\n\nRealisasi Rencana Aksi Triwulan I s.d. IV Tahun 2024:\n\nSampai dengan triwulan IV seluruh kegiatan telah terlaksana.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2025 menyajikan capaian.\n\nKarena Renstra 2025-2029 belum ditetapkan, sasaran kinerja tahun 2025 masih mengacu pada Rencana Strategis Tahun 2020-2024. Hasil evaluasi atas Laporan Kinerja tahun 2024 merupakan dasar perbaikan.\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024.\n\nRealisasi tahun 202\n4 menunjukkan peningkatan, lebih tinggi dibandingkan tahun sebelumnya (2023).\n",
            "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 menyajikan capaian.\n\nKode\tSatuan Kerja\tLayanan\tNilai\tResponden\n592\tKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU\tLayanan Paspor\t4,00\t12\n\t\tLayanan Izin Tinggal\t3,50\t8\n\t\tLayanan Pengaduan\t3,75\t4\n\t\tLayanan Informasi\t4,00\t6\n\t\tLayanan Kepegawaian\t3,90\t5\n\t\tLayanan Keuangan\t4,00\t3\n\tKANTOR WILAYAH SUKAMAJU\tLayanan Paspor\t3,80\t9\n\nKode\tSatuan Kerja\tNilai\n591\tKantor Imigrasi Kelas II Non TPI Sukamaju\t3,90\n593\tKantor Imigrasi Kelas II Non TPI Lembah Hijau\t3,80\n594\tKantor Imigrasi Kelas II TPI Pantai Indah\t3,70\n595\tKantor Imigrasi Kelas I TPI Kota Contoh\t3,60\n596\tKantor Imigrasi Kelas III Non TPI Bukit\t3,50\n",
        ])

    static let citation = PCRE2Regex(literal: #"\b((?:[A-Z]{1,4}\.)?[A-Z]{1,4}-\d{1,4}(?:\.[A-Z]{2,4})(?:\.\d{1,3})*)\s+(?i:tahun)\s+(20\d\d)\b"#)
    /// A year of three digits: "TAHUN 202", "Tahun Anggaran 225", "TA 202", "15 Januari 202";
    /// not a number the PDF broke over two lines ("tahun 202 4"), not a count ("tahun 250 orang").
    static let brokenYear = PCRE2Regex(literal: #"(?i)(?:\b(?:tahun(?:\s+anggaran)?|TA\.?)|\b\d{1,2}\s+"# + CalendarWords.monthPattern + #")\s+(2\d\d)(?![\d.,])(?!\s*\d)(?!\s*(?:%|persen|orang|kegiatan|hari|bulan|unit|buah|lembar|paspor|pegawai|juta|miliar|ribu|WNA|WNI)\b)"#)
    static let improvement = PCRE2Regex(literal: #"(?i)\b(?:permasalahan|kendala|hambatan)\b[^.]{0,200}?\b(?:perbaikan|peningkatan)(?:\s+kinerja)?\s+(?:di\s+|pada\s+|untuk\s+)?tahun\s+(20\d\d)\b"#)
    static let history = PCRE2Regex(literal: #"(?i)\b(?:menjadi|sebelum(?:nya)?|sejak|dahulu|semula|berubah|ditingkatkan|peningkatan\s+status|sejarah|bernama|dulu)\b"#)
    static let yearWord = PCRE2Regex(literal: #"\b(19\d\d|20\d\d)\b"#)
    /// The report unit's class and place: "Kelas II Non TPI Kerinci" → II, Kerinci.
    static let unitClass = PCRE2Regex(literal: #"\bKelas\s+(I{1,3})\b(?:\s+(?:Non\s+)?TPI)?\s+(.+)$"#)
    /// "Kelas III … <place>" in the text; the place is compared with the unit's.
    static let classThree = PCRE2Regex(literal: #"(?i)\bKelas\s+III\b(?:\s+(?:Non\s+)?TPI)?\s+(\p{L}+(?:\s+\p{L}+){0,3})"#)

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let id = context.identity
        var out: [Diagnostic] = []
        let windows = ProseWindow.all(context.document)
        var citations: [String: [(year: Int, loc: SourceLocation)]] = [:]
        var order: [String] = []
        let pkTitles = SignatureBlocks.pkTitles(context.document.lines)
        var votes = PeriodMismatchCheck.votes(context, pkTitles)
        var mentions: [(loc: SourceLocation, m: ReportYearRelations.Mention)] = []
        let unitClass = id.unit.flatMap(PeriodMismatchCheck.classAndPlace)
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
                                "tahun tertulis \"\(written)\" (tiga angka), seharusnya tahun empat angka\(id.year.map { " (\($0)?)" } ?? "")",
                                "the year is written \"\(written)\" (three digits); it should be a four-digit year\(id.year.map { " (\($0)?)" } ?? "")", stated: written))
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
            mentions += ReportYearRelations.mentions(w, votes: &votes).map { (w.text.location(at: $0.offset), $0) }
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
                if let uc = unitClass { out += wrongClass(w, unit: unit, cls: uc.cls, place: uc.place, year: id.year) }
            }
        }
        // The report year: the config's, else the year most places give (the cover, the
        // report's names for itself, its PK titles), else what the identity read.
        let top = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }
        if let year = context.options.year ?? (top.map { t in votes.values.filter { $0 == t.value }.count == 1 ? t.key : nil } ?? nil) ?? id.year {
            for (loc, m) in mentions where votes[year, default: 0] > votes[m.year, default: 0] {
                if let v = ReportYearRelations.judge(m, year: year) { out.append(diag(loc, v.id, v.en, stated: v.stated, expected: v.expected)) }
            }
            out += oldAgreementTitles(pkTitles, year: year, votes: votes)
        }
        if let unit = id.unit {
            for f in OtherUnitRows.findings(context.document, unit: unit) {
                out.append(diag(f.location, "baris \"\(Claims.short(f.unit, 60))\" di tabel rincian laporan \(unit): data unit lain tertinggal dari laporan yang disalin",
                                "the row \"\(Claims.short(f.unit, 60))\" in a detail table of the \(unit) report: another unit's data left from a copied report",
                                stated: f.unit, expected: unit))
            }
        }
        for q in QuarterScopes.findings(context.document) {
            out.append(diag(q.location, "\"\(q.said)\" di bawah judul \"\(q.heading)\": isi bagian ini melampaui periode judulnya",
                            "\"\(q.said)\" under the heading \"\(q.heading)\": the content runs past the period its heading names", stated: q.said))
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

    static func classAndPlace(_ unit: String) -> (cls: String, place: String)? {
        guard let m = unitClass.firstMatch(in: unit), let cls = m.string(1, in: unit), let place = m.string(2, in: unit), cls != "III" else { return nil }
        return (cls, place)
    }

    /// `Kelas III <place>` in a report of the Kelas II office of the same place, outside history.
    func wrongClass(_ w: ProseWindow, unit: String, cls: String, place: String, year: Int?) -> [Diagnostic] {
        let s = w.text.text
        guard PeriodMismatchCheck.classThree.isMatch(s) else { return [] }
        let wanted = place.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var out: [Diagnostic] = []
        for range in ProseClaims.sentences(s) {
            let sentence = s.utf8Slice(range)
            if PeriodMismatchCheck.history.isMatch(sentence) { continue }
            if let y = year, PeriodMismatchCheck.yearWord.matches(in: sentence).contains(where: { Int(sentence.utf8Slice($0.range)).map { $0 < y } ?? false }) { continue }
            PeriodMismatchCheck.classThree.forEachMatch(in: sentence) { mm in
                let at = range.lowerBound + mm.range.lowerBound
                guard at < w.ownLength, let named = mm.string(1, in: sentence),
                      named.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix(wanted) else { return true }
                let shown = sentence.utf8Slice(mm.range.lowerBound..<(mm.range(1)!.lowerBound + wanted.utf8.count))
                out.append(diag(w.text.location(at: at),
                                "\"\(shown)\" menyebut Kelas III, padahal laporan ini milik \(unit)",
                                "\"\(shown)\" names Kelas III, but this is the report of \(unit)",
                                stated: "Kelas III", expected: "Kelas \(cls)"))
                return true
            }
        }
        return out
    }

    /// How many places say each year: the config (decisive), the cover, the PK titles; the
    /// report's names for itself are counted while the windows are read.
    static func votes(_ context: CheckContext, _ pkTitles: [SignatureBlocks.PKTitle]) -> [Int: Int] {
        var votes: [Int: Int] = [:]
        if let y = context.options.year { votes[y, default: 0] += 100 }
        let cover = context.document.lines.prefix(60).prefix { !ReportIdentity.coverEnd.isMatch($0) }
        if let y = cover.lazy.compactMap({ l in ReportIdentity.coverYear.firstMatch(in: l).flatMap { $0.string(1, in: l) }.flatMap { Int($0) } }).first {
            votes[y, default: 0] += 2  // the title outweighs one stray self-reference
        }
        for t in pkTitles { votes[t.year, default: 0] += 1 }
        return votes
    }

    /// "PERJANJIAN KINERJA TAHUN X" pages for an earlier year in a report that has none for
    /// its own year: last year's PK left in place.
    func oldAgreementTitles(_ pkTitles: [SignatureBlocks.PKTitle], year: Int, votes: [Int: Int]) -> [Diagnostic] {
        guard !pkTitles.contains(where: { $0.year == year }) else { return [] }
        return pkTitles.filter { $0.year < year && $0.year >= year - 3 && votes[year, default: 0] > votes[$0.year, default: 0] }.map { t in
            diag(SourceLocation(line: t.line, column: t.column),
                        "Perjanjian Kinerja Tahun \(t.year) dilampirkan sebagai PK laporan tahun \(year); tidak ada PK Tahun \(year)",
                        "the Perjanjian Kinerja for \(t.year) stands as the PK of the \(year) report; there is no PK for \(year)",
                        stated: String(t.year), expected: String(year))
        }
    }

    func diag(_ loc: SourceLocation, _ id: String, _ en: String, stated: String? = nil, expected: String? = nil) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: loc, message: Message(id: id, en: en),
                   stated: stated, expected: expected)
    }
}
