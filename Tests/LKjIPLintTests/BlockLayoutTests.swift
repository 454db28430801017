import XCTest
@testable import LKjIPLint

/// `lkjip-lint text FILE --blocks` says how every table was read: each row's part (header,
/// column numbers, data, total, mean; aligned how), each column's role and year, and the
/// ratios. Pinned for one table of three converter families.
final class BlockLayoutTests: XCTestCase {
    /// The dump's lines for the table block starting at `line`.
    func tableDump(_ text: String, path: String, line: Int) -> [String] {
        let dump = BlockDump.render(TextReader.read(text: text, path: path)).components(separatedBy: "\n")
        guard let start = dump.firstIndex(where: { $0.hasPrefix("\(line)-") && $0.contains("table(") }) else { return [] }
        return Array(dump[start...].prefix { $0 == dump[start] || $0.hasPrefix("  ") })
    }

    func testPDFReadingOrderYearGroups() throws {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("corpus/31-lapas-lembah-hijau-2024-clean.txt"), encoding: .utf8)
        XCTAssertEqual(tableDump(text, path: "31.txt", line: 68), [
            "68-84\ttable(layout)",
            "  68\t[SASARAN INDIKATOR] [TAHUN 2023] [TAHUN 2024]\t← kepala tabel",
            "  69\t[KEGIATAN KINERJA] [TARGET] [REALISASI] [CAPAIAN] [TARGET] [REALISASI] [CAPAIAN]\t← kepala tabel",
            "  70\t[] [1] [2] [3] [4] [5 =4/3x100%] [6] [7] [8 =7/6x100%]\t← nomor kolom (kepala tabel)",
            "  74\t[Meningkatnya Persentase WBP pembinaan ya] [70%] [70%] [100%] [75%] [90%] [120%]\t← data",
            "  77\t[Meningkatnya Indeks Kepuasan kualitas Ma] [3,45] [3,68] [106,67%] [3,50] [3,74] [106,86%]\t← data",
            "  80\t[Meningkatnya Persentase WBP pelayanan ha] [85%] [88,40%] [104,00%] [90%] [93,50%] [103,89%]\t← data",
            "  83\t[Terjaganya Angka pelanggaran keamanan ta] [15] [15] [100,00%] [12] [9] [125,00%]\t← data",
            "  84\t[Rata-rata capaian] [102,67%] [113,94%]\t← baris rata-rata, satu nilai per kelompok tahun (kolom capaian)",
            "  ·\tkolom 1 'KEGIATAN KINERJA'",
            "  ·\tkolom 2 'TARGET' peran target tahun 2023",
            "  ·\tkolom 3 'REALISASI' peran realisasi tahun 2023",
            "  ·\tkolom 4 'CAPAIAN' peran capaian tahun 2023",
            "  ·\tkolom 5 'TARGET' peran target tahun 2024",
            "  ·\tkolom 6 'REALISASI' peran realisasi tahun 2024",
            "  ·\tkolom 7 'CAPAIAN' peran capaian tahun 2024",
            "  ·\trasio: kolom 4 = kolom 3 ÷ kolom 2 × 100% tahun 2023 (dari rumus kolom)",
            "  ·\trasio: kolom 7 = kolom 6 ÷ kolom 5 × 100% tahun 2024 (dari rumus kolom)",
        ])
    }

    func testDocxTabYearGroupsSpanTheirColumns() {
        XCTAssertEqual(tableDump(GenreReadingTests.yearGroupsDocx, path: "d.txt", line: 1), [
            "1-3\ttable(tabSeparated)",
            "  1\t[Indikator Kinerja] [2022] [] [] [2023] [] []\t← kepala tabel",
            "  2\t[] [Target] [Realisasi] [Capaian (%)] [Target] [Realisasi] [Capaian (%)]\t← kepala tabel",
            "  3\t[Persentase WBP yang mengikuti pelatihan ] [70] [70] [100] [75] [90] [120]\t← data",
            "  ·\tkolom 1 'Indikator Kinerja'",
            "  ·\tkolom 2 '2022 Target' peran target tahun 2022",
            "  ·\tkolom 3 '2022 Realisasi' peran realisasi tahun 2022",
            "  ·\tkolom 4 '2022 Capaian (%)' peran capaian tahun 2022",
            "  ·\tkolom 5 '2023 Target' peran target tahun 2023",
            "  ·\tkolom 6 '2023 Realisasi' peran realisasi tahun 2023",
            "  ·\tkolom 7 '2023 Capaian (%)' peran capaian tahun 2023",
            "  ·\trasio: kolom 4 = kolom 3 ÷ kolom 2 × 100% tahun 2022",
            "  ·\trasio: kolom 7 = kolom 6 ÷ kolom 5 × 100% tahun 2023",
        ])
    }

    func testMarkdownTotalsAlignedFromTheRight() {
        XCTAssertEqual(tableDump(GenreReadingTests.render(GenreReadingTests.months, as: .pipe), path: "p.md", line: 3), [
            "3-9\ttable(pipe)",
            "  3\t[No] [Bulan] [Diterima] [Selesai]\t← kepala tabel",
            "  5\t[1] [Oktober] [410] [402]\t← data",
            "  6\t[2] [November] [385] [380]\t← data",
            "  7\t[3] [Desember] [420] [417]\t← data",
            "  8\t[Total] [1.215] [1.199]\t← baris total, rata kanan",
            "  9\t[Rata-rata] [405] [399,67]\t← baris rata-rata, rata kanan",
            "  ·\tkolom 1 'No'",
            "  ·\tkolom 2 'Bulan'",
            "  ·\tkolom 3 'Diterima'",
            "  ·\tkolom 4 'Selesai'",
        ])
    }
}
