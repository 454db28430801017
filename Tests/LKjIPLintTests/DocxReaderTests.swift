import XCTest
@testable import LKjIPLint

/// The WordprocessingML reader: what the text view of a small Word document says.
final class DocxReaderTests: XCTestCase {
    typealias P = DocxTestPackage

    func read(_ body: String, parts: [String: String] = [:]) throws -> Document {
        try DocxReader.read(path: P.write(body: body, parts: parts))
    }

    func text(_ doc: Document) -> [String] { doc.lines.filter { !$0.isEmpty } }

    func testParagraphsRunsAndHeadingStyles() throws {
        let styles = #"<w:styles \#(P.namespaces)><w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="Judul2"/></w:style><w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/></w:style></w:styles>"#
        let body = P.p("BAB III AKUNTABILITAS KINERJA", style: "Judul1")
            + P.p("A. Capaian Kinerja", style: "Sub")
            + #"<w:p><w:r><w:t>Realisasi </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>98,76%</w:t></w:r><w:r><w:tab/><w:t>dari target</w:t></w:r></w:p>"#
        let doc = try read(body, parts: ["word/styles.xml": styles])
        XCTAssertEqual(doc.lines, ["# BAB III AKUNTABILITAS KINERJA", "", "## A. Capaian Kinerja", "", "Realisasi 98,76% dari target"])
        XCTAssertEqual(doc.origin(5)?.paragraph, 3)
        guard case .heading(let level, let t) = doc.blocks[1].content else { return XCTFail("not a heading") }
        XCTAssertEqual(level, 2)
        XCTAssertEqual(t.text, "A. Capaian Kinerja")
    }

    func testAutomaticNumberingIsWrittenOut() throws {
        let numbering = #"<w:numbering \#(P.namespaces)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        let body = P.p("Persentase TAK", numbering: (5, 0)) + P.p("kasus diselesaikan", numbering: (5, 1))
            + P.p("kasus ditangani", numbering: (5, 1)) + P.p("Rasio layanan", numbering: (5, 0))
            + P.p("deportasi", numbering: (6, 0))
        let doc = try read(body, parts: ["word/numbering.xml": numbering])
        XCTAssertEqual(text(doc), ["1. Persentase TAK", "a) kasus diselesaikan", "b) kasus ditangani", "2. Rasio layanan", "- deportasi"])
        guard case .listItem(let marker, _) = doc.blocks[3].content else { return XCTFail("not a list item") }
        XCTAssertEqual(marker, "2.")
    }

    func testNumberFormats() {
        XCTAssertEqual(WordNumbering.format(4, "upperRoman"), "IV")
        XCTAssertEqual(WordNumbering.format(27, "lowerLetter"), "aa")
        XCTAssertEqual(WordNumbering.format(3, "decimalZero"), "03")
    }

    /// Two header rows: "Tahun 2023"/"Tahun 2024" spanning Target/Realisasi/Capaian, with
    /// No and Indikator merged down. The grid keeps the roles in their columns.
    func mergedHeaderTable() -> String {
        P.tbl([
            P.tr([P.tc("No", vMerge: "restart"), P.tc("Indikator Kinerja", vMerge: "restart"), P.tc("Tahun 2023", span: 3), P.tc("Tahun 2024", span: 3)], header: true),
            P.tr([P.tc("", vMerge: ""), P.tc("", vMerge: ""), P.tc("Target"), P.tc("Realisasi"), P.tc("Capaian"), P.tc("Target"), P.tc("Realisasi"), P.tc("Capaian")], header: true),
            P.tr(["1", "Persentase Tindakan Administratif Keimigrasian", "90%", "100,00%", "111,11%", "90%", "100,00%", "111,11%"].map { P.tc($0) }),
            P.tr(["2", "Rasio Layanan Keimigrasian", "90%", "98,20%", "109,11%", "90%", "98,76%", "108,73%"].map { P.tc($0) }),
        ])
    }

    func testMergedHeaderCellsKeepTheGridAndColumnNames() throws {
        let doc = try read(P.p("Capaian kinerja:") + mergedHeaderTable())
        XCTAssertEqual(doc.lines[2], "No\tIndikator Kinerja\tTahun 2023\t\t\tTahun 2024\t\t")
        XCTAssertEqual(doc.lines[3], "\t\tTarget\tRealisasi\tCapaian\tTarget\tRealisasi\tCapaian")
        XCTAssertEqual(doc.lines[5], "2\tRasio Layanan Keimigrasian\t90%\t98,20%\t109,11%\t90%\t98,76%\t108,73%")
        let origin = try XCTUnwrap(doc.origin(6))
        XCTAssertEqual(origin.table, 1)
        XCTAssertEqual(origin.row, 4)
        XCTAssertEqual(origin.columnNames?[7], "Tahun 2024 / Capaian")
        XCTAssertEqual(origin.columnNames?[0], "No")
    }

    func testMergedHeaderGivesCapaianMismatchAtTheRightCell() throws {
        let doc = try read(P.p("Capaian kinerja:") + mergedHeaderTable())
        let ds = Linter(packs: builtInPacks).lint(doc).filter { $0.rule == "capaian-mismatch" }
        XCTAssertEqual(ds.count, 1, "\(ds.map(\.message.en))")
        let d = try XCTUnwrap(ds.first)
        // 98,76% ÷ 90% = 109,73%, not 108,73%: the 2024 Capaian cell of row 4.
        XCTAssertEqual(d.location.line, 6)
        XCTAssertEqual(d.location.column, doc.lines[5].utf8.count - "108,73%".utf8.count + 1)
        XCTAssertEqual(OriginText.of(doc, d.location, .id), "Tabel 1, baris 4, kolom Tahun 2024 / Capaian")
        XCTAssertEqual(OriginText.of(doc, d.location, .en), "Table 1, row 4, column Tahun 2024 / Capaian")
    }

    func testNestedTableIsFlattenedIntoItsCell() throws {
        let inner = P.tbl([P.tr([P.tc("a"), P.tc("b")]), P.tr([P.tc("c"), P.tc("d")])])
        let body = P.tbl([P.tr([P.tc("Uraian"), P.tc("Rincian")]), P.tr([P.tc("Belanja"), "<w:tc>\(P.p("lihat:"))\(inner)</w:tc>"])])
        let doc = try read(body)
        XCTAssertEqual(text(doc), ["Uraian\tRincian", "Belanja\tlihat: a b c d"])
    }

    func testOneColumnTableIsAFramedParagraph() throws {
        let doc = try read(P.tbl([P.tr([P.tc("Catatan: data per 31 Desember 2024.")])]))
        XCTAssertEqual(text(doc), ["Catatan: data per 31 Desember 2024."])
        XCTAssertNil(doc.origin(1)?.table)
    }

    func testEquationsBecomeLinearFormulas() throws {
        let frac = #"<w:p><m:oMathPara><m:oMath><m:r><m:t>y</m:t></m:r><m:r><m:t>=</m:t></m:r><m:f><m:num><m:r><m:t>98,76%</m:t></m:r></m:num><m:den><m:r><m:t>90%</m:t></m:r></m:den></m:f><m:r><m:t>×</m:t></m:r><m:r><m:t>100%</m:t></m:r></m:oMath></m:oMathPara></w:p>"#
        let words = #"<w:p><m:oMath><m:r><m:t>x</m:t></m:r><m:r><m:t>=</m:t></m:r><m:f><m:num><m:r><m:rPr><m:nor/></m:rPr><m:t>Jumlah layanan selesai</m:t></m:r></m:num><m:den><m:r><m:rPr><m:nor/></m:rPr><m:t>Total permohonan</m:t></m:r></m:den></m:f></m:oMath></w:p>"#
        let result = #"<w:p><m:oMathPara><m:oMath><m:r><m:t>y</m:t></m:r><m:r><m:t>=</m:t></m:r><m:r><m:t>108,73%</m:t></m:r></m:oMath></m:oMathPara></w:p>"#
        let doc = try read(words + frac + result)
        XCTAssertEqual(text(doc), [
            #"$$x = \frac{\text{Jumlah layanan selesai}}{\text{Total permohonan}}$$"#,
            #"$$y = \frac{98,76\%}{90\%} \times 100\%$$"#,
            #"$$y = 108,73\%$$"#,
        ])
        let ds = Linter(packs: builtInPacks).lint(doc)
        XCTAssertEqual(ds.map(\.rule), ["formula-mismatch"])
    }

    func testInlineEquationStaysInItsSentence() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Capaian dihitung </w:t></w:r><m:oMath><m:r><m:t>a</m:t></m:r><m:r><m:t>÷</m:t></m:r><m:r><m:t>b</m:t></m:r></m:oMath><w:r><w:t xml:space="preserve"> per tahun.</w:t></w:r></w:p>"#
        XCTAssertEqual(text(try read(body)), ["Capaian dihitung a / b per tahun."])
    }

    func testTrackedChangesReadAsAcceptedWithAWarning() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Realisasi </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>97,84%</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>98,76%</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="A"><w:r><w:t xml:space="preserve"> (lama)</w:t></w:r></w:moveFrom><w:r><w:t>.</w:t></w:r></w:p>"#
        let doc = try read(body)
        XCTAssertEqual(text(doc), ["Realisasi 98,76%."])
        XCTAssertEqual(doc.readerNotes.count, 1)
        XCTAssertEqual(doc.readerNotes.first?.kind, .trackedChanges)
        XCTAssertEqual(doc.readerNotes.first?.severity, .warning)
        let ds = Linter(packs: builtInPacks).lint(doc)
        XCTAssertEqual(ds.first?.rule, "input")
        XCTAssertEqual(ds.first?.severity, .warning)
    }

    func testFormattingChangesDoNotBringBackOldStyles() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange w:id="1" w:author="A"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Teks biasa</w:t></w:r></w:p>"#
        let doc = try read(body)
        XCTAssertEqual(text(doc), ["Teks biasa"])
        XCTAssertEqual(doc.readerNotes.first?.kind, .trackedChanges)
    }

    func testTextBoxIsReadOnceAfterItsAnchor() throws {
        let box = #"<w:txbxContent>\#(P.p("Capaian 109,73%"))</w:txbxContent>"#
        let body = #"<w:p><w:r><w:t>Grafik layanan</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>\#(box)</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>\#(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
            + P.p("Paragraf berikutnya")
        XCTAssertEqual(text(try read(body)), ["Grafik layanan", "Capaian 109,73%", "Paragraf berikutnya"])
    }

    func testFootnotesAtTheEndAndCommentsIgnored() throws {
        let notes = #"<w:footnotes \#(P.namespaces)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">\#(P.p("Sumber: aplikasi SIMKIM."))</w:footnote></w:footnotes>"#
        let comments = #"<w:comments \#(P.namespaces)><w:comment w:id="0">\#(P.p("periksa angka ini"))</w:comment></w:comments>"#
        let body = #"<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Diterima 10.633 permohonan.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#
        let doc = try read(body, parts: ["word/footnotes.xml": notes, "word/comments.xml": comments])
        XCTAssertEqual(text(doc), ["Diterima 10.633 permohonan.", "# Catatan Kaki", "(1) Sumber: aplikasi SIMKIM."])
    }

    func testFieldCodesAreNotText() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#
        XCTAssertEqual(text(try read(body)), ["Halaman 12"])
    }

    func testRealKerinciDocxFindsWhatItsTextFinds() throws {
        let docx = samplesDir.appendingPathComponent("kanim-kerinci-2024.docx").path
        let txt = samplesDir.appendingPathComponent("kanim-kerinci-2024.txt").path
        _ = try requireSample("kanim-kerinci-2024.docx", "the Kerinci .docx against its text twin")
        let linter = Linter(packs: builtInPacks)
        let fromDocx = linter.lint(try DocumentReader.read(path: docx))
        let fromText = linter.lint(try DocumentReader.read(path: txt))
        XCTAssertEqual(FormatsCorpusTests.ruleCounts(fromDocx), FormatsCorpusTests.ruleCounts(fromText))
    }
}
