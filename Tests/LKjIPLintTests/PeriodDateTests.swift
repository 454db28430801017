import XCTest
@testable import LKjIPLint

/// GENRE.md §11 cases 21–23 (periods and dates), each in the converter families where its
/// shape differs: docx → text (TAB cells, plain lines), Markdown, PDF reading order (lines
/// broken mid-sentence, side-by-side signature blocks).
final class PeriodDateTests: XCTestCase {
    func findings(_ text: String, _ path: String, _ rule: String) -> [Diagnostic] {
        lint(text, path: path).filter { $0.rule == rule }
    }

    // MARK: case 21: the sistematika names the report with last year's year

    static let cover21 = "LAPORAN KINERJA INSTANSI PEMERINTAH\nKANTOR IMIGRASI KELAS II NON TPI SUKAMAJU TAHUN 2024\n\nKATA PENGANTAR\n\n"

    func testCase21SistematikaWithLastYearDocxText() {
        let text = Self.cover21 + "Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 ini disusun sebagai pertanggungjawaban.\n\nBAB I PENDAHULUAN\n\nSistematika Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2023 berpedoman pada Peraturan Menteri PANRB Nomor 53 Tahun 2014.\n"
        let f = findings(text, "draf.txt", "period-mismatch")
        XCTAssertEqual(f.map(\.location.line), [10], f.map(\.message.en).joined(separator: "\n"))
        XCTAssertEqual(f.first?.stated, "2023")
        XCTAssertEqual(f.first?.expected, "2024")
    }

    func testCase21SistematikaWithLastYearMarkdown() {
        let text = "# LAPORAN KINERJA KANTOR IMIGRASI KELAS II NON TPI SUKAMAJU TAHUN 2024\n\n## Sistematika\n\nSistematika **Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2023** berpedoman pada Peraturan Menteri PANRB Nomor 53 Tahun 2014.\n"
        let f = findings(text, "draf.md", "period-mismatch")
        XCTAssertEqual(f.map(\.location.line), [5], f.map(\.message.en).joined(separator: "\n"))
        XCTAssertEqual(f.first?.expected, "2024")
    }

    func testCase21SistematikaBrokenOverPDFLines() {
        let text = Self.cover21 + "Sistematika Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun\n2023 berpedoman pada Peraturan Menteri Pendayagunaan Aparatur Negara dan\nReformasi Birokrasi Nomor 53 Tahun 2014 sebagai berikut.\n"
        let f = findings(text, "draf.txt", "period-mismatch")
        XCTAssertEqual(f.map(\.location.line), [7], f.map(\.message.en).joined(separator: "\n"))
    }

    func testCase21QuietWhenTheYearsAgreeOrAreHistory() {
        let text = Self.cover21 + "Sistematika Laporan Kinerja Kantor Imigrasi Kelas II Non TPI Sukamaju Tahun 2024 berpedoman pada Peraturan Menteri PANRB Nomor 53 Tahun 2014. Pada triwulan I tahun 2024 dilakukan pengukuran kinerja SDM tahun 2023. Laporan Kinerja tahun 2023 sebelumnya memperoleh nilai B.\n"
        XCTAssertEqual(findings(text, "draf.txt", "period-mismatch").map(\.message.en), [])
    }

    // MARK: case 22: a range without its end month

    func testCase22OpenRangeInProseAndCells() {
        XCTAssertEqual(findings("Sepanjang Januari s.d. 2024, pelayanan paspor berjalan normal.\n", "draf.txt", "date-mismatch").map(\.location.line), [1])
        XCTAssertEqual(findings("Capaian **Januari s.d. 2024** tercatat di bawah ini.\n", "draf.md", "date-mismatch").map(\.location.line), [1])
        let table = "No\tPeriode\tJumlah\n1\tJanuari s.d. 2024\t1.215\n2\tJanuari s.d. Desember 2024\t1.199\n"
        XCTAssertEqual(findings(table, "draf.txt", "date-mismatch").map(\.location.line), [2])
        let pdf = "Sepanjang periode Januari sampai dengan\n2024, pelayanan paspor berjalan normal di seluruh wilayah kerja kantor.\n"
        XCTAssertEqual(findings(pdf, "draf.txt", "date-mismatch").map(\.location.line), [2])
    }

    func testCase22QuietRanges() {
        let text = "Sepanjang Januari s.d. Desember 2024, pelayanan berjalan. Survei berlangsung 7 s.d. 18 Oktober 2024. Data semester ini mencakup Januari hingga 19 Juni 2024.\n"
        XCTAssertEqual(findings(text, "draf.md", "date-mismatch").map(\.message.en), [])
    }

    // MARK: case 23: one NIP under two names

    func testCase23OneNIPForTwoOfficialsPlainText() {
        let text = "Pihak Kedua,\nKepala Kantor Imigrasi\n\nDewi Contohwati\nNIP. 198402292009122001\n\nPihak Pertama,\nKepala Subbagian Umum\n\nRahmat Hidayat, S.H.\nNIP. 198402292009122001\n"
        let f = findings(text, "draf.txt", "date-mismatch")
        XCTAssertEqual(f.map(\.location.line), [11], f.map(\.message.en).joined(separator: "\n"))
        XCTAssertEqual(f.first?.related.first?.location.line, 5)
    }

    func testCase23SpacedNIPMarkdown() {
        let text = "**Kepala Seksi Lalu Lintas,**\n\n**Budi Santoso**\n\nNIP 19840229 200912 2 001\n\n**Kepala Seksi Intelijen,**\n\n**Andi Pratama**\n\nNIP 19840229 200912 2 001\n"
        XCTAssertEqual(findings(text, "draf.md", "date-mismatch").map(\.location.line), [11])
    }

    func testCase23QuietForOnePersonAndSideBySideBlocks() {
        // The same person twice, with and without degree and spaces.
        let same = "Kepala Kantor,\n\nDewi Contohwati\nNIP. 198402292009122001\n\nMengetahui,\nKepala Kantor,\n\nDewi Contohwati, S.H., M.H.\nNIP 19840229 200912 2 001\n"
        XCTAssertEqual(findings(same, "draf.txt", "date-mismatch").map(\.message.en), [])
        // PDF reading order: two blocks side by side become a line of names and a line of NIPs.
        let sideBySide = "Pihak Kedua,                     Pihak Pertama,\nKepala Kantor                    Kepala Subbagian Umum\n\nDewi Contohwati                  Rahmat Hidayat\nNIP. 198402292009122001 NIP. 197103101991031001\n\nRahmat Hidayat\nNIP. 197103101991031001\n"
        XCTAssertEqual(findings(sideBySide, "draf.txt", "date-mismatch").map(\.message.en), [])
        // A rank or the signature mark between name and NIP is not a second name.
        let rank = "Kepala Kantor,\n\nDewi Contohwati\nPembina Tk. I\nNIP. 198402292009122001\n\nKepala Kantor,\n\nTtd.\nNIP. 198402292009122001\n\nDewi Contohwati\nNIP. 198402292009122001\n"
        XCTAssertEqual(findings(rank, "draf.txt", "date-mismatch").map(\.message.en), [])
    }

    // MARK: T5, T6, T8 beside the three cases

    func testUndatedPlaceAndLateAgreement() {
        let text = "PERJANJIAN KINERJA TAHUN 2025\n\nPihak pertama berjanji mewujudkan target kinerja.\n\nKota Contoh, 1 Desember 2025\n\nPihak Kedua,\nKepala Kantor Wilayah\n\nDemikian laporan ini.\n\nJakarta,\nKepala Kantor,\n\nDewi Contohwati\n"
        let f = findings(text, "draf.txt", "date-mismatch")
        XCTAssertEqual(f.map(\.location.line), [5, 12], f.map(\.message.en).joined(separator: "\n"))
    }

    func testPlaceWithItsDateOnTheNextLineIsQuiet() {
        let text = "Jakarta,\n5 Januari 2025\nKepala Kantor,\n\nDewi Contohwati\n\nMengetahui,\nKepala Kantor Wilayah,\n\nPihak Kedua,\nKepala Kantor\n"
        XCTAssertEqual(findings(text, "draf.txt", "date-mismatch").map(\.message.en), [])
    }

    func testWeekdayAgainstDate() {
        let text = "Konferensi pers digelar Rabu (19/5/2024). Rapat evaluasi pada Senin, 8 Juli 2024 dan Rabu (19/6/2024).\n"
        let f = findings(text, "draf.md", "date-mismatch")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.expected, "Minggu")
    }

    func testCalendarWeekdays() {
        XCTAssertEqual(CalendarDate(year: 2024, month: 6, day: 19).weekday, 3)   // Rabu
        XCTAssertEqual(CalendarDate(year: 2024, month: 5, day: 19).weekday, 0)   // Minggu
        XCTAssertEqual(CalendarDate(year: 2024, month: 7, day: 8).weekday, 1)    // Senin
        XCTAssertEqual(CalendarDate(year: 2024, month: 2, day: 29).weekday, 4)   // Kamis
        XCTAssertFalse(CalendarDate(year: 2023, month: 2, day: 29).isValid)
    }

    // MARK: the pack data (checks/periods.yml `signatures`)

    func testSigningMonthComesFromThePack() throws {
        let text = "PERJANJIAN KINERJA TAHUN 2025\n\nPihak pertama berjanji mewujudkan target kinerja.\n\nKota Contoh, 15 Agustus 2025\n"
        XCTAssertEqual(findings(text, "draf.txt", "date-mismatch").count, 0)
        var packs = builtInPacks
        try packs.add(yaml: "kind: periods\nunit-phrases: []\nsignatures:\n  pk-signed-by-month: 6\n  titles: 'Kepala'\n", file: "tanda-tangan.yml")
        let found = Linter(packs: packs).lint(TextReader.read(text: text, path: "draf.txt")).filter { $0.rule == "date-mismatch" }
        XCTAssertEqual(found.map(\.location.line), [5])
    }

    func testMalformedSignaturePackNamesFileAndKey() {
        func error(_ yaml: String) -> String {
            var packs = RulePacks()
            do { try packs.add(yaml: yaml, file: "mine.yml"); return "" } catch { return "\(error)" }
        }
        let month = error("kind: periods\nunit-phrases: []\nsignatures:\n  pk-signed-by-month: 13\n  titles: 'Kepala'\n")
        XCTAssertTrue(month.contains("mine.yml") && month.contains("signatures.pk-signed-by-month"), month)
        let titles = error("kind: periods\nunit-phrases: []\nsignatures:\n  pk-signed-by-month: 9\n  titles: '(Kepala'\n")
        XCTAssertTrue(titles.contains("mine.yml") && titles.contains("signatures.titles"), titles)
    }

    // MARK: the real samples (../shared/samples; skipped when absent)

    /// Belakang Padang: one NIP under Zikri (L3020) and Mario (L3030, and the later PK copies
    /// L3402, L3690), defect 001-51. Kerinci: "Rabu, 21 November 2024" was a Thursday (L568,
    /// checked with a calendar; not on the auditor's list) and Kuala Tungkal's row group in
    /// Kerinci's own ILK detail table (L2102, defect 002-49). No finding on a trap line.
    func testSamplesPeriodAndDateFindings() throws {
        let padang = samplesDir.appendingPathComponent("kanim-belakang-padang-2023.txt")
        let kerinci = samplesDir.appendingPathComponent("kanim-kerinci-2024.txt")
        guard FileManager.default.fileExists(atPath: padang.path), FileManager.default.fileExists(atPath: kerinci.path) else {
            throw XCTSkip("../shared/samples not present: the sample checks need the two real reports")
        }
        func found(_ url: URL, _ rule: String) -> [Int] {
            Linter(packs: builtInPacks).lint(path: url.path).diagnostics.filter { $0.rule == rule }.map(\.location.line)
        }
        XCTAssertEqual(found(padang, "date-mismatch"), [3030, 3402, 3690])
        XCTAssertEqual(found(kerinci, "date-mismatch"), [568])
        XCTAssertTrue(found(kerinci, "period-mismatch").contains(2102))
        for (url, traps) in [(padang, "kanim-belakang-padang-2023.traps.jsonl"), (kerinci, "kanim-kerinci-2024.traps.jsonl")] {
            let text = try String(contentsOf: samplesDir.appendingPathComponent(traps), encoding: .utf8)
            let trapLines = Set(text.split(separator: "\n").flatMap { line -> [Int] in
                guard let data = line.data(using: .utf8), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
                return obj["lines"] as? [Int] ?? []
            })
            XCTAssertFalse(trapLines.isEmpty)
            for rule in ["date-mismatch", "period-mismatch"] {
                XCTAssertEqual(found(url, rule).filter(trapLines.contains), [], "\(rule) on a trap line of \(traps)")
            }
        }
    }
}
