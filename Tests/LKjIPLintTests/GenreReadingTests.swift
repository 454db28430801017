import XCTest
@testable import LKjIPLint

/// GENRE.md §11, the cases about reading tables (1–9, 12, 13, 24, 25), each in more than
/// one converter family: docx → text (TAB cells), Markdown pipe tables, and PDF reading
/// order (cells joined by single spaces). The same draft must give the same findings.
final class GenreReadingTests: XCTestCase {
    enum Family: String, CaseIterable { case tab, pipe, pdf }

    /// Writes a TAB-separated draft in another converter family's shape.
    static func render(_ draft: String, as family: Family) -> String {
        var out: [String] = []
        var inTable = false
        for line in draft.components(separatedBy: "\n") {
            guard line.contains("\t") else { out.append(line); inTable = false; continue }
            let cells = line.components(separatedBy: "\t")
            switch family {
            case .tab: out.append(line)
            case .pipe:
                out.append("| " + cells.joined(separator: " | ") + " |")
                if !inTable { out.append("|" + String(repeating: "---|", count: cells.count)) }
            case .pdf: out.append(cells.filter { !$0.isEmpty }.joined(separator: " "))
            }
            inTable = true
        }
        return out.joined(separator: "\n")
    }

    /// "line rule" for every finding, in order.
    func findings(_ text: String, _ family: Family) -> [String] {
        lint(GenreReadingTests.render(text, as: family), path: family == .pipe ? "draf.md" : "draf.txt")
            .map { "\($0.location.line) \($0.rule)" }
    }

    func assertQuiet(_ text: String, _ families: [Family] = Family.allCases, file: StaticString = #filePath, line: UInt = #line) {
        for f in families { XCTAssertEqual(findings(text, f), [], "\(f)", file: file, line: line) }
    }

    func assertRules(_ text: String, _ rules: [String], _ families: [Family] = Family.allCases, file: StaticString = #filePath, line: UInt = #line) {
        for f in families {
            XCTAssertEqual(findings(text, f).map { String($0.split(separator: " ")[1]) }, rules, "\(f)", file: file, line: line)
        }
    }

    /// The stated and expected figures of every finding of `rule`, in each family.
    func assertFindings(_ text: String, _ rule: String, _ pairs: [[String]], _ families: [Family] = Family.allCases, file: StaticString = #filePath, line: UInt = #line) {
        for f in families {
            let d = lint(GenreReadingTests.render(text, as: f)).filter { $0.rule == rule }
            XCTAssertEqual(d.map { [$0.stated ?? "", $0.expected ?? ""] }, pairs, "\(f)", file: file, line: line)
        }
    }

    static let capaian = "Tabel 3.1 Capaian Kinerja\n\nSasaran Kegiatan\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\nMeningkatnya kualitas layanan\t1. Indeks Kepuasan Masyarakat\t3,50\t3,74\t106,86%\n\t2. Persentase paspor terbit tepat waktu\t95%\t98,40%\t103,58%\n\tRata-rata capaian Sasaran Kegiatan\t\t\t105,22%\n"

    // 1 and 2
    func testCase1And2CapaianRow() {
        assertQuiet(Self.capaian)
        assertFindings(Self.capaian.replacingOccurrences(of: "106,86%", with: "108,86%"), "capaian-mismatch", [["108,86%", "106,86%"]])
    }

    // 3
    func testCase3ConsistentCapIsQuiet() {
        assertQuiet("Tabel 3.1 Capaian\n\nNo\tIndikator\tTarget\tRealisasi\tCapaian\n1\tIndeks Kepuasan Masyarakat\t3,50\t3,74\t100%\n2\tPersentase paspor terbit tepat waktu\t95%\t98,40%\t100%\n3\tPersentase pengaduan selesai\t80%\t84%\t100%\n")
    }

    // 4
    func testCase4ColumnNumberRowIsHeader() {
        let table = "Tabel 3.1 Capaian Kinerja\n\nNo\tIndikator\tTarget\tRealisasi\tCapaian\tTarget\tRealisasi\tCapaian\n1\t2\t3\t4\t5=4/3x100%\t6\t7\t8=7/6x100%\n1\tIndeks Kepuasan Masyarakat\t3,45\t3,68\t106,67%\t3,50\t3,74\t106,86%\n2\tPersentase pengaduan selesai\t90%\t93%\t103,33%\t92%\t95%\t103,26%\n"
        assertQuiet(table)
        // The column formula names the ratio even where the header words do not.
        let layout = TableLayout(TextReader.read(text: table, path: "t.txt").tables[0])
        XCTAssertEqual(layout.kinds[1], .columnNumbers)
        XCTAssertEqual(layout.triples.map { [$0.target, $0.realisasi, $0.result] }, [[2, 3, 4], [5, 6, 7]])
        XCTAssertTrue(layout.triples.allSatisfy(\.fromFormula))
        // A wrong capaian under it is still found.
        assertRules(table.replacingOccurrences(of: "103,26%", with: "105,26%"), ["capaian-mismatch"])
    }

    // 5: two year groups, PDF reading order (wrapped labels, column formulas over two lines)
    // and the docx shape with group cells spanning empty slots.
    static let yearGroupsPDF = """
        Tabel 3.2 Capaian Indikator Kinerja

        INDIKATOR TAHUN 2022 TAHUN 2023
        SASARAN KEGIATAN
        KINERJA TARGET REALISASI CAPAIAN TARGET REALISASI CAPAIAN
        1 2 3 4 5 = 6 7 8 =
        4/3x100% 7/6x100%
        Meningkatnya Persentase WBP
        Pembinaan yang mengikuti
        Kemandirian pelatihan kerja 70% 70% 100% 75% 90% 120%
        Warga Binaan bersertifikat

        Capaian tahun 2023 meningkat dibandingkan tahun 2022.
        """
    static let yearGroupsDocx = "Indikator Kinerja\t2022\t\t\t2023\t\t\n\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)\nPersentase WBP yang mengikuti pelatihan kerja bersertifikat\t70\t70\t100\t75\t90\t120\n"

    func testCase5YearGroupsGiveEachGroupItsYear() {
        for (text, path) in [(Self.yearGroupsPDF, "lapas.txt"), (Self.yearGroupsDocx, "lapas.txt"), (Self.render(Self.yearGroupsDocx, as: .pipe), "lapas.md")] {
            let doc = TextReader.read(text: text, path: path)
            XCTAssertEqual(Linter(packs: builtInPacks).lint(doc).map(\.rule), [], path)
            let ratios = ClaimExtractor.extract(doc, packs: builtInPacks).ratios
            XCTAssertEqual(ratios.map(\.year), [2022, 2023], text)
            XCTAssertEqual(ratios.map(\.stated.text), ["100%", "120%"].map { text.contains("100%") ? $0 : String($0.dropLast()) })
        }
        // The later group's capaian, mistyped, is reported once, against its own year's figures.
        let wrong = Self.yearGroupsPDF.replacingOccurrences(of: "90% 120%", with: "90% 125%")
        XCTAssertEqual(lint(wrong, path: "lapas.txt").map { "\($0.rule) \($0.expected ?? "")" }, ["capaian-mismatch 120%"])
    }

    // 6
    static let months = "Tabel 3.5 Layanan paspor\n\nNo\tBulan\tDiterima\tSelesai\n1\tOktober\t410\t402\n2\tNovember\t385\t380\n3\tDesember\t420\t417\nTotal\t1.215\t1.199\nRata-rata\t405\t399,67\n"

    func testCase6TotalRowAlignedFromTheRight() {
        assertQuiet(Self.months)
        assertFindings(Self.months.replacingOccurrences(of: "1.199", with: "1.189"), "total-mismatch", [["1.189", "1.199"]])
    }

    // 7
    func testCase7MeanOverTwelveMonths() {
        let names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
        let received = [9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0], done = [5, 20, 5, 20, 5, 20, 5, 20, 5, 20, 5, 20]
        var text = "Tabel 3.6 Layanan bulanan\n\nNo\tBulan\tDiterima\tSelesai\n"
        for i in 0..<12 { text += "\(i + 1)\t\(names[i])\t\(received[i])\t\(done[i])\n" }
        text += "Total\t54\t150\nRata-rata\t10\t10\n"
        assertFindings(text, "average-mismatch", [["10", "4,50"], ["10", "12,50"]], [.tab, .pipe])
    }

    // 8
    static let inverse = "Tabel 3.7 Capaian IKU\n\nNo\tIndikator\tTarget\tRealisasi\tCapaian\n1\tAngka Kematian Ibu (per 100.000 KH)\t150\t170\t86,67\n2\tAngka Kematian Bayi (per 1.000 KH)\t12\t9\t125,00\n"

    func testCase8LowerIsBetterByTheTablesOwnFormula() {
        assertQuiet(Self.inverse)
        assertRules(Self.inverse.replacingOccurrences(of: "125,00", with: "120,00"), ["capaian-mismatch"])
    }

    // 9
    static let englishGrouping = "Tabel 3.8 Realisasi anggaran per jenis belanja\n\nJenis Belanja\tPagu\tRealisasi\t%\nBelanja Pegawai\t1,850,000,000\t1,831,500,000\t99,00 %\nBelanja Barang\t2,400,000,000\t2,352,000,000\t98,00 %\n"

    func testCase9EnglishGrouping() {
        assertQuiet(Self.englishGrouping)
        assertRules(Self.englishGrouping.replacingOccurrences(of: "98,00 %", with: "97,00 %"), ["percent-mismatch"], [.tab, .pipe])
    }

    // C10: a table split across pages, the running title and the header repeated.
    func testTableSplitAcrossPagesGoesOn() {
        let text = "Tabel 3.1\nCapaian Kinerja 2024\n\nSasaran Indikator Target Realisasi Capaian\nMeningkatnya kualitas layanan 1. Indeks 3,50 3,74 106,86%\nKepuasan\nLAPORAN KINERJA KANTOR IMIGRASI KELAS II NON TPI SUKAMAJU 2024 27\nSasaran Indikator Target Realisasi Capaian\nMasyarakat\n2. Persentase paspor terbit 95% 98,40% 103,58%\nRata-rata capaian 105,22%\n"
        let doc = TextReader.read(text: text, path: "c10.txt")
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.rows.map(\.line), [4, 5, 10, 11])
        XCTAssertEqual(lint(text, path: "c10.txt").map(\.rule), [])
        let wrong = lint(text.replacingOccurrences(of: "105,22%", with: "106,22%"), path: "c10.txt")
        XCTAssertEqual(wrong.map { "\($0.rule) \($0.expected ?? "")" }, ["average-mismatch 105,22%"])
    }

    // X4: a figure broken over two lines by the PDF is one figure; two figures stay two.
    func testNumbersSplitOverLines() {
        let text = "Pada tahun anggaran 2024 kantor ini mencatat realisasi belanja yang cukup tinggi, yaitu sebesar Rp.4.551.000.000 atau 98,93% dari pagu Rp.4.600.000\n.000 yang ditetapkan dalam DIPA.\n\nRealisasi anggaran tahun 2024 sebesar Rp.4.551.000.00\n0 atau 98,93% dari pagu Rp.4.600.000.000.\n\nJumlah pegawai 31 orang dan 2\n000 pengunjung.\n"
        let doc = TextReader.read(text: text, path: "x4.txt")
        XCTAssertEqual(doc.blocks.compactMap(\.text).map { $0.text.contains("4.600.000.000") || $0.text.contains("4.551.000.000 atau") }, [true, true, false])
        XCTAssertTrue(doc.blocks[2].text?.text.contains("2 000") == true)
        XCTAssertEqual(lint(text, path: "x4.txt").map(\.rule), [])
        XCTAssertEqual(lint(text.replacingOccurrences(of: "98,93", with: "97,93"), path: "x4.txt").map(\.rule), ["percent-mismatch", "percent-mismatch"])
    }

    // 12 and 13
    static let ikpa = "Tabel 3.9 IKPA Tahun 2024\n\nKeterangan\tRevisi DIPA\tDeviasi Halaman III DIPA\tPenyerapan Anggaran\tBelanja Kontraktual\tPenyelesaian Tagihan\tPengelolaan UP dan TUP\tCapaian Output\tNilai Total\tKonversi Bobot\tDispensasi SPM (Pengurang)\tNilai Akhir\nNilai\t90,00\t88,00\t97,50\t95,00\t100,00\t98,00\t99,00\t95,75\t100%\t0,00\t95,75\nBobot\t10\t15\t20\t10\t10\t10\t25\nNilai Akhir\t9,00\t13,20\t19,50\t9,50\t10,00\t9,80\t24,75\nNilai Aspek\t89,00\t\t97,63\t\t\t\t99,00\n"

    func testCase12And13IKPAWeightsAndAspects() {
        assertQuiet(Self.ikpa, [.tab, .pipe])
        let short = Self.ikpa.replacingOccurrences(of: "Bobot\t10\t15\t20\t10\t10\t10\t25", with: "Bobot\t10\t15\t20\t10\t10\t25")
        for f in [Family.tab, .pipe] {
            let d = lint(Self.render(short, as: f)).filter { $0.rule == "weighted-score-mismatch" }
            XCTAssertEqual(d.count, 1, "\(f)")
            XCTAssertTrue(d.first?.message.id.contains("6 bobot (jumlah 90)") == true, "\(f): \(d.map(\.message.id))")
        }
    }

    // 24
    func testCase24LeadersPagerAndColumnSumsAreQuiet() {
        assertQuiet("DAFTAR ISI.....\t3\nKata Pengantar ... i\n\n[Sebelumnya](#)\n\nLuas perairan = 131,75 km2 +\n", [.tab, .pdf])
    }

    // 25
    func testCase25NihilOverNihilWrittenAsZeroPercent() {
        let history = "Tabel 3.10 Riwayat penanganan kasus\n\nTahun\tKasus ditangani\tKasus ditindaklanjuti\tCapaian\n2022\t5\t5\t100%\n2023\tNihil\tNihil\t0%\n2024\t8\t7\t87,50%\n"
        assertRules(history, ["division-by-zero"])
        XCTAssertEqual(lint(history).first?.location.line, 5)
    }
}
