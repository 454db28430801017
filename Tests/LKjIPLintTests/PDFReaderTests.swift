import XCTest
@testable import LKjIPLint

/// The PDF reader: table reconstruction from layout text, page furniture, bad PDFs.
final class PDFReaderTests: XCTestCase {
    // MARK: layout text → text view

    func testWrappedLabelsAndBrokenNumbersRebuildOneRowEach() {
        let layout = """
        Tabel 3. Realisasi anggaran per kegiatan:

        Kegiatan          Anggaran           Realisasi          Persentase
        Penyelenggaraan   Rp.1.471.550.000   Rp.1.470.043.772   99,90%
        Fungsi
        Keimigrasian
        Dukungan          Rp.7.941.233.00    Rp.7.923.876.83    99,78 %
        Manajemen         0                  8
        Total             Rp.9.412.783.000   Rp.9.393.920.610   99,80%

        Realisasi anggaran meningkat dibanding tahun lalu.
        """
        let view = PDFReader.textView(layout)
        XCTAssertEqual(view.lines.filter { $0.contains("\t") }, [
            "Kegiatan\tAnggaran\tRealisasi\tPersentase",
            "Penyelenggaraan Fungsi Keimigrasian\tRp.1.471.550.000\tRp.1.470.043.772\t99,90%",
            "Dukungan Manajemen\tRp.7.941.233.000\tRp.7.923.876.838\t99,78 %",
            "Total\tRp.9.412.783.000\tRp.9.393.920.610\t99,80%",
        ])
        XCTAssertTrue(view.lines.contains("Realisasi anggaran meningkat dibanding tahun lalu."))
        let row = view.lines.firstIndex { $0.hasPrefix("Dukungan") }!
        XCTAssertEqual(view.origins[row], LineOrigin(page: 1, table: 1, row: 3, columnNames: ["Kegiatan", "Anggaran", "Realisasi", "Persentase"]))
    }

    func testTableAcrossAPageDropsTheRepeatedHeaderAndPageNumbers() {
        let page1 = """
        Tahun          Target      Realisasi      Capaian
        2020           90%         100%           111,11%
        2021           90%         95%            105,56%


                                      12
        """
        let page2 = """
                                      13
        Tahun          Target      Realisasi      Capaian
        2022           90%         98,76%         108,73%
        2023           90%         99%            110,00%

        Capaian tahun 2022 tertulis keliru.
        """
        let view = PDFReader.textView(page1 + "\n\u{0C}" + page2 + "\n\u{0C}")
        let rows = view.lines.filter { $0.contains("\t") }
        XCTAssertEqual(rows, [
            "Tahun\tTarget\tRealisasi\tCapaian",
            "2020\t90%\t100%\t111,11%",
            "2021\t90%\t95%\t105,56%",
            "2022\t90%\t98,76%\t108,73%",
            "2023\t90%\t99%\t110,00%",
        ])
        XCTAssertFalse(view.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "12" || $0.trimmingCharacters(in: .whitespaces) == "13" })
        let row2022 = view.lines.firstIndex { $0.hasPrefix("2022") }!
        XCTAssertEqual(view.origins[row2022]?.page, 2)
        XCTAssertEqual(view.origins[row2022]?.row, 4)
        let doc = DocumentParser.parse(path: "x.pdf", lines: view.lines, origins: view.origins)
        let ds = Linter(packs: builtInPacks).lint(doc).filter { $0.rule == "capaian-mismatch" }
        XCTAssertEqual(ds.map(\.location.line), [row2022 + 1])
        XCTAssertEqual(OriginText.of(doc, ds[0].location, .id), "Tabel 1, baris 4, kolom Capaian, halaman 2")
    }

    func testRunningHeaderOnEveryPageIsDropped() {
        let pages = (1...4).map { "LKjIP Kantor Imigrasi Contoh 2024\n\nIsi halaman \($0) dengan capaian.\n\n\($0)\n" }
        let view = PDFReader.textView(pages.joined(separator: "\u{0C}"))
        XCTAssertEqual(view.lines.filter { !$0.isEmpty }, (1...4).map { "Isi halaman \($0) dengan capaian." })
    }

    func testListsAreNotTables() {
        let view = PDFReader.textView(" •    Melakukan deportasi sebanyak 2 kegiatan\n •    Melakukan pengawasan sebanyak 7 kegiatan\n")
        XCTAssertFalse(view.lines.contains { $0.contains("\t") })
    }

    func testStackedFractionsBecomeOneFormulaLine() throws {
        let layout = """
        Capaian dihitung sebagai berikut:

                                       (2× 5 %)−2,63 %
                                  y=                   ×100 %=147,40 %
                                              5%

                                Jumlah kasus TAK yang diselesaikan
                           x=                                      ×100 %
                                Jumlah kasus TAK yang ditangani
                                          14
                                    x=       × 100 %
                                          14
        \u{0C}
                                    x=100,00 %

        Nilai ILK = (3,18 × 60%) + (3,26 × 40%) = 3,21
        Tahun          Target      Realisasi
        """
        let view = PDFReader.textView(layout)
        XCTAssertTrue(view.lines.contains(#"$$y = \frac{(2× 5 \%)−2,63 \%}{5\%} ×100 \% = 147,40 \%$$"#), "\(view.lines)")
        XCTAssertTrue(view.lines.contains(#"$$x = \frac{\text{Jumlah kasus TAK yang diselesaikan}}{\text{Jumlah kasus TAK yang ditangani}} ×100 \%$$"#))
        XCTAssertTrue(view.lines.contains(#"$$x = \frac{14}{14} × 100 \%$$"#))
        // The result on the next page, after the lone "14" that is no page number.
        let result = try XCTUnwrap(view.lines.firstIndex(of: #"$$x = 100,00 \%$$"#))
        XCTAssertEqual(view.origins[result]?.page, 2)
        XCTAssertTrue(view.lines.contains("Nilai ILK = (3,18 × 60%) + (3,26 × 40%) = 3,21"))
        XCTAssertEqual(FormulaEvaluator.evaluate(#"\frac{(2× 5 \%)−2,63 \%}{5\%} ×100 \% "#, exact: true)?.lower, Decimal(string: "1.474"))  // ×100% is ×1

        let doc = DocumentParser.parse(path: "x.pdf", lines: view.lines, origins: view.origins)
        let formulas = Linter(packs: builtInPacks).lint(doc).filter { $0.rule == "formula-mismatch" }
        XCTAssertTrue(formulas.isEmpty, "\(formulas)")
    }

    func testProseAndTablesAroundEqualsSignsStayAsTheyAre() {
        let layout = """
        Jumlah                                                                    14
                           x=     Nilai ini dihitung dari
        realisasi dibagi target.
        """
        XCTAssertFalse(PDFReader.textView(layout).lines.contains { $0.hasPrefix("$$") })
    }

    func testGroupHeaderOverColumnsReadsAsTwoHeaderRows() {
        let layout = """
        No      Indikator           Tahun 2023                             Tahun 2024
                Kinerja             Target       Realisasi      Capaian    Target       Realisasi   Capaian
        1       Persentase          90%          100,00%        111,11%    90%          100,00%     111,11%
                Tindakan
        2       Rasio Layanan       90%          98,20%         109,11%    90%          98,76%      108,73%
        """
        let view = PDFReader.textView(layout)
        XCTAssertEqual(Array(view.lines.filter { $0.contains("\t") }.prefix(3)), [
            "No\tIndikator Kinerja\tTahun 2023\t\t\tTahun 2024\t\t",
            "\t\tTarget\tRealisasi\tCapaian\tTarget\tRealisasi\tCapaian",
            "1\tPersentase Tindakan\t90%\t100,00%\t111,11%\t90%\t100,00%\t111,11%",
        ])
        let row = view.lines.firstIndex { $0.hasPrefix("2\t") }!
        XCTAssertEqual(view.origins[row]?.row, 4)
        XCTAssertEqual(view.origins[row]?.columnNames?.last, "Tahun 2024 / Capaian")

        // Two wrapped names with the last column's name at the bottom: one header row.
        let plain = PDFReader.textView("""
                          Pro Yustisia      Pro Yustisia
        Tahun             ditangani         ditindaklanjuti    Capaian
        2020              4                 4                  100%
        2021              2                 2                  100%
        """)
        XCTAssertEqual(plain.lines.filter { $0.contains("\t") }.first, "Tahun\tPro Yustisia ditangani\tPro Yustisia ditindaklanjuti\tCapaian")
    }

    func testSectionHeadingAboveATableStaysAHeading() {
        let view = PDFReader.textView("""
        B. Realisasi Anggaran
        Jenis Belanja       Pagu                  Realisasi               %
        Belanja Pegawai     Rp21.406.318.000      Rp21.215.884.352        99,11
        Belanja Barang      Rp1.406.318.000       Rp1.215.884.352         86,46
        """)
        XCTAssertEqual(view.lines.first, "B. Realisasi Anggaran")
        XCTAssertTrue(view.lines.contains("Jenis Belanja\tPagu\tRealisasi\t%"))
    }

    func testBrokenNumberDetection() {
        XCTAssertTrue(LayoutTables.isBroken("9.912.780.80"))
        XCTAssertTrue(LayoutTables.isBroken("Rp.9.933.860."))
        XCTAssertFalse(LayoutTables.isBroken("9.912.780.806"))
        XCTAssertFalse(LayoutTables.isBroken("98,76"))
        XCTAssertEqual(LayoutTables.join("Rp.9.933.860", ".000"), "Rp.9.933.860.000")
        XCTAssertEqual(LayoutTables.join("Meningkatnya", "Layanan"), "Meningkatnya Layanan")
    }

    // MARK: real files

    func testFixturePDFHasPagesAndTables() throws {
        let path = repoRoot.appendingPathComponent("corpus/formats/10-format-features.pdf").path
        try requirePdftotext()
        let doc = try DocumentReader.read(path: path)
        let pages = Set(doc.origins.compactMap { $0?.page })
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        // The monthly table runs over the page break and stays one table.
        let monthly = doc.tables.first { $0.rows.first?.cells.first?.string == "Tahun" }
        XCTAssertEqual(monthly?.rows.count, 38)
    }

    // MARK: bad PDFs

    func requirePdftotext() throws {
        if PDFTextExtractor.executable("pdftotext") == nil { throw XCTSkip("pdftotext (poppler-utils) not installed") }
    }

    func error(_ path: String) -> InputError? { inputError(path) { try PDFReader.read(path: $0) } }

    func write(_ data: Data, _ name: String = "laporan.pdf") throws -> String { try writeTemporaryFile(data, name) }

    func testScanWithoutTextLayer() throws {
        try requirePdftotext()
        let e = error(try write(MinimalPDF.emptyPage()))
        XCTAssertTrue(e?.problem.en.contains("no text layer") == true, e?.problem.en ?? "no error")
        XCTAssertTrue(e?.problem.id.contains("OCR") == true)
    }

    func testEncryptedPDF() throws {
        try requirePdftotext()
        let e = error(try write(MinimalPDF.encrypted()))
        XCTAssertEqual(e?.problem.en, "this PDF is encrypted or password-protected; save it again without a password and retry")
    }

    func testCorruptPDF() throws {
        try requirePdftotext()
        let e = error(try write(Data("%PDF-1.4\nini bukan isi PDF yang sah\n".utf8)))
        XCTAssertTrue(e?.problem.en.hasPrefix("the PDF is corrupt or unreadable") == true, e?.problem.en ?? "no error")
    }

    func testNotAPDF() throws {
        let e = error(try write(Data("LAPORAN KINERJA".utf8)))
        XCTAssertEqual(e?.problem.en, "this file is not a PDF (no %PDF- header)")
    }

    func testMissingPdftotextIsExplained() {
        let e = PDFTextExtractor.failure("x.pdf", status: 1, stderr: "Command Line Error: Incorrect password")
        XCTAssertTrue(e.problem.id.contains("kata sandi"))
    }
}

/// PDFs written byte by byte: an empty page (a "scan" with no text), and one whose
/// encryption dictionary no empty password opens.
enum MinimalPDF {
    static func emptyPage() -> Data {
        build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"], trailer: "")
    }

    static func encrypted() -> Data {
        let o = String(repeating: "11", count: 32), u = String(repeating: "22", count: 32), id = String(repeating: "33", count: 16)
        return build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                      "<< /Filter /Standard /V 1 /R 2 /O <\(o)> /U <\(u)> /P -4 >>"],
                     trailer: " /Encrypt 4 0 R /ID [<\(id)><\(id)>]")
    }

    static func build(_ objects: [String], trailer: String) -> Data {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for off in offsets { out += String(format: "%010d 00000 n \n", off) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
