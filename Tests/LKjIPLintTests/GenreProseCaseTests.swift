import XCTest
@testable import LKjIPLint

/// GENRE.md §11 test cases 10, 11, 14–20 (prose sentences, formulas, list counts), each in
/// the converter families where the shape occurs: Markdown (docx → Markdown), docx → text
/// with TABs, and PDF reading order (lines wrapped, single spaces). `.md` and `.txt` paths
/// choose the reader.
final class GenreProseCaseTests: XCTestCase {
    func findings(_ text: String, _ path: String, rule: String? = nil) -> [Diagnostic] {
        let all = lint(text, path: path)
        return rule.map { r in all.filter { $0.rule == r } } ?? all
    }

    func only(_ text: String, _ path: String, rule: String, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        let all = lint(text, path: path)
        XCTAssertEqual(all.map(\.rule), [rule], "\(path): \(all.map(\.message.id))", file: file, line: line)
        return all.first { $0.rule == rule }
    }

    // MARK: case 10 and 11: budget and PNBP sentences

    func testCase10PagaThreeDigitsShortMarkdownAndPDF() {
        let md = "Serapan anggaran mencapai 98,93 persen dari pagu senilai Rp4.600.000, atau terealisasi Rp4.551.000.000.\n"
        let pdf = "Serapan anggaran tahun 2024 mencapai 98,93 persen dari pagu senilai\nRp4.600.000, atau terealisasi Rp4.551.000.000. Kegiatan berjalan sesuai\nrencana yang telah ditetapkan.\n"
        for (text, path, line) in [(md, "c10.md", 1), (pdf, "c10.txt", 1)] {
            guard let d = only(text, path, rule: "percent-mismatch") else { continue }
            XCTAssertEqual(d.location.line, line)
            XCTAssertEqual(d.expected, "98.934,78%", path)
            XCTAssertTrue(d.message.id.contains("98.934,78%"), d.message.id)
            XCTAssertTrue(d.message.id.contains("Rp4.600.000 tampaknya kurang tiga digit"), d.message.id)
        }
    }

    func testCase11PNBPNeverCappedIsQuietButRead() {
        let md = "Realisasi PNBP tahun 2024 sebesar Rp.3.125.000.000 atau 208,33% dari target sebesar Rp.1.500.000.000.\n"
        let txt = "Realisasi PNBP tahun 2024 sebesar Rp.3.125.000.000 atau 208,33% dari target\nsebesar Rp.1.500.000.000.\n"
        for (text, path) in [(md, "c11.md"), (txt, "c11.txt")] {
            XCTAssertEqual(findings(text, path).map(\.rule), [], path)
            // Read, not ignored: the same sentence with a wrong percentage fires.
            XCTAssertEqual(findings(text.replacingOccurrences(of: "208,33%", with: "108,33%"), path, rule: "percent-mismatch").first?.expected, "208,33%", path)
        }
    }

    func testBudgetSentencesInEveryOrder() {
        let holds = [
            "Realisasi belanja tahun 2024 adalah sebesar Rp 4.551.000.000 atau 98,93% dari total anggaran Rp 4.600.000.000.",
            "Pagu anggaran tahun 2024 sebesar Rp4.600.000.000 dengan realisasi Rp4.551.000.000 atau 98,93 persen.",
            "Serapan anggaran mencapai 98,93 persen dari pagu senilai Rp4.600.000.000, atau terealisasi Rp4.551.000.000.",
            "Kantor ini memperoleh alokasi Rp.4.600.000.000,- yang hingga akhir Desember 2024 terserap Rp.4.551.000.000,- atau 98,93%.",
        ]
        for s in holds {
            XCTAssertEqual(findings(s + "\n", "p3.md").map(\.rule), [], s)
            let bad = s.replacingOccurrences(of: "98,93", with: "97,93")
            XCTAssertEqual(findings(bad + "\n", "p3.md", rule: "percent-mismatch").map(\.expected), ["98,93%"], bad)
        }
    }

    func testBudgetSentenceSplitOverTwoSentencesAndLines() {
        let pdf = "Pagu DIPA tahun 2024 sebesar Rp 4.600.000.000. Sampai dengan Triwulan II, anggaran terealisasi Rp.\n1.932.000.000 (42.00%). Sisa kegiatan dilaksanakan pada semester berikutnya.\n"
        XCTAssertEqual(findings(pdf, "p3.txt").map(\.rule), [])
        let bad = findings(pdf.replacingOccurrences(of: "42.00%", with: "44.00%"), "p3.txt", rule: "percent-mismatch")
        XCTAssertEqual(bad.map(\.expected), ["42,00%"])
        XCTAssertEqual(bad.first?.location.line, 2)
    }

    func testTwoPaguBasesAreLeftAlone() {
        let s = "Dari pagu awal Rp 4.800.000.000 dan pagu revisi Rp 4.600.000.000, realisasi mencapai Rp 4.551.000.000 atau 98,93%.\n"
        XCTAssertEqual(findings(s, "p3.md").map(\.rule), [])
        XCTAssertEqual(findings(s, "p3.txt").map(\.rule), [])
    }

    // MARK: P5 growth and difference

    func testGrowthDifferenceAndItsPercentage() {
        let holds = "Nilai IKM tahun 2024 sebesar 3,74, mengalami kenaikan sebanyak 0,06 indeks atau sebesar 1,63% dibanding tahun 2023 (3,68).\n"
        XCTAssertEqual(findings(holds, "p5.md").map(\.rule), [])
        XCTAssertEqual(findings(holds, "p5.txt").map(\.rule), [])
        // 0,06 / 3,74: the later value as the denominator.
        let wrongBase = findings(holds.replacingOccurrences(of: "1,63%", with: "1,60%"), "p5.md", rule: "percent-mismatch")
        XCTAssertEqual(wrongBase.map(\.expected), ["1,63%"])
        XCTAssertTrue(wrongBase.first?.message.id.contains("nilai akhir 3,74") ?? false)
        let wrongDifference = findings(holds.replacingOccurrences(of: "0,06", with: "0,05"), "p5.txt", rule: "percent-mismatch")
        XCTAssertEqual(wrongDifference.map(\.expected), ["0,06"])
    }

    func testChangeBetweenPercentagesInPointsOrRelative() {
        for stated in ["3,72%", "3,67%"] {
            let s = "Capaian tahun 2024 sebesar 105,22%, naik \(stated) dibanding tahun 2023 (101,50%).\n"
            XCTAssertEqual(findings(s, "p5.md").map(\.rule), [], stated)
        }
        XCTAssertEqual(findings("Capaian tahun 2024 sebesar 105,22%, naik 4,72% dibanding tahun 2023 (101,50%).\n", "p5.md", rule: "percent-mismatch").count, 1)
    }

    func testGrowthAndCountTraps() {
        // The later value must be shown like the earlier one: "4 indikator" is not it.
        XCTAssertEqual(findings("Dari 4 indikator, nilai IKM mengalami kenaikan sebanyak 0,06 indeks dibanding tahun 2023 (3,68).\n", "p5.md").map(\.rule), [])
        // Points above a stated percentage target.
        XCTAssertEqual(findings("Capaian realisasi 98,40%, lebih tinggi 3,40% dari target 95%.\n", "p5.md").map(\.rule), [])
        // Parts counting other things than the total.
        XCTAssertEqual(findings("Kantor ini memiliki 3 seksi yang terdiri dari 2 subseksi, 3 subseksi dan 1 subseksi.\n", "p6.md").map(\.rule), [])
    }

    func testMarginOverTarget() {
        XCTAssertEqual(findings("Target tercapai dengan capaian 106,86%, lebih tinggi 6,86% dari target.\n", "p5.md").map(\.rule), [])
        let d = findings("Target tercapai dengan hasil 103,54%, lebih tinggi 10,35% dari nilai yang ditetapkan yaitu 3,1.\n", "p5.md", rule: "percent-mismatch")
        XCTAssertEqual(d.map(\.expected), ["3,54%"])
    }

    // MARK: case 20 and P6 breakdowns

    func testCase20CountBreakdownMarkdownAndPDF() {
        let md = "Kantor ini didukung sejumlah 31 orang pegawai, terdiri dari 1 orang Eselon III, 3 orang Eselon IV, 6 orang Eselon V dan 24 orang Jabatan Fungsional.\n"
        let pdf = "Kantor ini didukung sejumlah 31 orang pegawai, terdiri dari 1 orang Eselon III, 3\norang Eselon IV, 6 orang Eselon V dan 24 orang Jabatan Fungsional.\n"
        for (text, path) in [(md, "c20.md"), (pdf, "c20.txt")] {
            guard let d = only(text, path, rule: "total-mismatch") else { continue }
            XCTAssertEqual(d.stated, "31")
            XCTAssertEqual(d.expected, "34")
            XCTAssertTrue(d.message.id.contains("1 + 3 + 6 + 24 = 34"), d.message.id)
        }
        XCTAssertEqual(findings(md.replacingOccurrences(of: "dan 24", with: "dan 21"), "c20.md").map(\.rule), [])
    }

    func testLetteredCountBreakdownAndWordsAfterTerdiriDari() {
        let holds = "Layanan tersebar di 48 (empat puluh delapan) satuan kerja, yaitu: a. 1 (satu) kantor pusat; b. 40 (empat puluh) kantor; dan c. 7 (tujuh) rumah detensi.\n"
        XCTAssertEqual(findings(holds, "p6.md").map(\.rule), [])
        XCTAssertEqual(findings(holds.replacingOccurrences(of: "b. 40 (empat puluh)", with: "b. 41 (empat puluh satu)"), "p6.md", rule: "total-mismatch").map(\.expected), ["49"])
        XCTAssertEqual(findings("Organisasi terdiri dari Subbagian Tata Usaha, Seksi Lalu Lintas dan Seksi Intelijen.\n", "p6.md").map(\.rule), [])
        XCTAssertEqual(findings("Pelayanan diberikan 1x24 jam dengan 5 loket, yaitu loket paspor dan loket izin tinggal.\n", "p6.md").map(\.rule), [])
    }

    func testCountBrokenDownInTheListThatFollows() {
        let list = "Kantor ini didukung sejumlah 31 orang pegawai dengan rincian sebagai berikut:\n\na. Eselon III sebanyak 1 orang;\nb. Eselon IV sebanyak 3 orang;\nc. Eselon V sebanyak 6 orang;\nd. Jabatan Fungsional sebanyak 24 orang.\n"
        let d = findings(list, "p6.md", rule: "total-mismatch")
        XCTAssertEqual(d.map(\.expected), ["34"])
        XCTAssertEqual(d.first?.location.line, 1)
        XCTAssertEqual(findings(list.replacingOccurrences(of: "24 orang", with: "21 orang"), "p6.md").map(\.rule), [])
        // Items holding other things (subsections under sections) are no breakdown.
        XCTAssertEqual(findings("Kantor ini memiliki 3 seksi dengan rincian sebagai berikut:\n\n1. Seksi Lalu Lintas dengan 2 subseksi;\n2. Seksi Intelijen dengan 2 subseksi;\n3. Seksi Tata Usaha dengan 1 subseksi.\n", "p6.md").map(\.rule), [])
    }

    func testAmountBreakdownsBetweenSemicolonsAreCheckedApart() {
        let s = "Kantor ini mendapat dukungan anggaran sebesar Rp 4.600.000.000 yang terdiri atas belanja pegawai Rp 2.000.000.000 dan belanja barang Rp 2.600.000.000; sumber dananya Rupiah Murni Rp 1.450.000.000 dan PNBP Rp 3.150.000.000.\n"
        XCTAssertEqual(findings(s, "p6.md").map(\.rule), [])
        let bad = findings(s.replacingOccurrences(of: "PNBP Rp 3.150.000.000", with: "PNBP Rp 3.250.000.000"), "p6.md", rule: "total-mismatch")
        XCTAssertEqual(bad.map(\.expected), ["Rp 4.700.000.000"])
    }

    // MARK: cases 14–17: formulas

    func testCase14ChainHoldsInMarkdownAndDocxText() {
        let md = "$$x = \\frac{1.199}{1.215} \\times 100\\%$$\n\n$$x = 98,68\\%$$\n"
        let txt = "$$x = \\frac{1.199}{1.215} \\times 100\\%$$\n$$x = 98,68\\%$$\n"
        for (text, path) in [(md, "c14.md"), (txt, "c14.txt")] {
            XCTAssertEqual(findings(text, path).map(\.rule), [], path)
            let claims = ClaimExtractor.extract(TextReader.read(text: text, path: path), packs: builtInPacks)
            XCTAssertEqual(claims.formulas.count, 1, "the chain is read, \(path)")
        }
    }

    func testCase15ChainResultDoesNotFollow() {
        let md = "$$z = \\frac{104,20\\%}{112,80\\%} \\times 100\\%$$\n\n$$z = 91,37\\%$$\n"
        let txt = "$$z = \\frac{104,20\\%}{112,80\\%} \\times 100\\%$$\n$$z = 91,37\\%$$\n"
        for (text, path) in [(md, "c15.md"), (txt, "c15.txt")] {
            let d = only(text, path, rule: "formula-mismatch")
            XCTAssertEqual(d?.expected, "92,38%", path)
        }
    }

    func testAlignedChainsAndMultiplySigns() {
        let holds = "$$\\begin{aligned}\\text{Capaian} &= \\frac{\\text{Realisasi}}{\\text{Target}} * 100\\% \\\\ &= \\frac{98,68}{95,00} * 100\\% \\\\ &= 103,87\\%\\end{aligned}$$\n"
        XCTAssertEqual(findings(holds, "f4.md").map(\.rule), [])
        XCTAssertEqual(findings(holds.replacingOccurrences(of: "103,87", with: "104,87"), "f4.md", rule: "formula-mismatch").map(\.expected), ["103,87%"])
        let multiline = "$$\\begin{aligned}\n\\text{Capaian} &= \\frac{98,68}{95,00} \\times 100\\% \\\\\n&= 105,87\\%\n\\end{aligned}$$\n"
        XCTAssertEqual(findings(multiline, "f4.txt", rule: "formula-mismatch").map(\.expected), ["103,87%"])
        for sign in ["*", "x", "X", "\\times"] {
            let s = "$$x = \\frac{1.199}{1.215} \(sign) 100\\%$$\n\n$$x = 97,68\\%$$\n"
            XCTAssertEqual(findings(s, "f3.md", rule: "formula-mismatch").map(\.expected), ["98,68%"], sign)
        }
    }

    func testCase16DotsPlaceholder() {
        let s = "$$\\text{Persentase RB} = \\frac{\\dots}{\\dots} * 100\\%$$\n"
        for path in ["c16.md", "c16.txt"] {
            let d = only(s, path, rule: "placeholder")
            XCTAssertEqual(d?.stated, "= \\frac{\\dots}{\\dots}", path)
        }
    }

    func testCase17IndexVariableIsNoPlaceholder() {
        XCTAssertEqual(findings("dengan: N = nilai bulanan\n k = bulan ke …\n", "c17.txt").map(\.rule), [])
        XCTAssertEqual(findings("dengan: N = nilai bulanan\n\nk = bulan ke …\n", "c17.md").map(\.rule), [])
    }

    func testWeightedFormulaAgainstVariableDefinitions() {
        let holds = "Nilai D1 dan D2 dibulatkan ke skala 100: D1 = 92, D2 = 99\n\n$$K1 = (D1 * 70\\%) + (D2 * 30\\%)$$\n\n$$K1 = (92 * 70\\%) + (99 * 30\\%)$$\n\n$$K1 = 94,1$$\n"
        XCTAssertEqual(findings(holds, "f5.md").map(\.rule), [])
        let wrongFigure = findings(holds.replacingOccurrences(of: "(92 *", with: "(93 *").replacingOccurrences(of: "94,1", with: "94,8"), "f5.md", rule: "formula-mismatch")
        XCTAssertEqual(wrongFigure.map(\.stated), ["93"])
        XCTAssertEqual(wrongFigure.first?.expected, "92")
        let repeated = "Nilai komponen: D1 = 90, D2 = 80, D3 = 70, D4 = 60.\n$$K2 = (D1 * 10\\%) + (D2 * 40\\%) + (D2 * 20\\%) + (D4 * 30\\%)$$\n$$K2 = (90 * 10\\%) + (80 * 40\\%) + (80 * 20\\%) + (60 * 30\\%)$$\n$$K2 = 75$$\n"
        let d = findings(repeated, "f5.txt", rule: "formula-mismatch")
        XCTAssertEqual(d.map(\.stated), ["D2"])
        XCTAssertEqual(d.first?.expected, "D3")
        // A rounding rule that turns D1 = 91,62% into 92 gives D1 both values.
        let rounded = "D1 = 91,62%, dibulatkan menjadi D1 = 92; D2 = 99.\n\n$$K3 = (D1 * 70\\%) + (D2 * 30\\%)$$\n\n$$K3 = (92 * 70\\%) + (99 * 30\\%)$$\n"
        XCTAssertEqual(findings(rounded, "f5.md").map(\.rule), [])
    }

    // MARK: cases 18 and 19: list counts and number words

    func testCase18ListEndsAtAHeading() {
        let md = "Kantor ini menetapkan 3 (tiga) sasaran kegiatan, yaitu:\n\n1. Meningkatnya kualitas layanan;\n2. Optimalnya penegakan hukum.\n\n## B. Perjanjian Kinerja\n\nTeks lain.\n"
        let txt = "Kantor ini menetapkan 3 (tiga) sasaran kegiatan, yaitu:\n1.\tMeningkatnya kualitas layanan;\n2.\tOptimalnya penegakan hukum.\nB.\tPerjanjian Kinerja\nTeks lain paragraf panjang di sini.\n"
        for (text, path) in [(md, "c18.md"), (txt, "c18.txt")] {
            let d = only(text, path, rule: "list-count-mismatch")
            XCTAssertEqual(d?.stated, "3", path)
            XCTAssertEqual(d?.expected, "2", path)
        }
        XCTAssertEqual(findings(md.replacingOccurrences(of: "3 (tiga)", with: "2 (dua)"), "c18.md").map(\.rule), [])
    }

    func testCase19NumberWordMismatch() {
        for path in ["c19.md", "c19.txt"] {
            let d = only("Kantor ini memiliki 2 (tiga) indikator kinerja utama.\n", path, rule: "numberword-mismatch")
            XCTAssertEqual(d?.stated, "tiga", path)
            XCTAssertEqual(d?.expected, "2", path)
        }
    }

    func testListCountShapes() {
        // A count word without digits.
        XCTAssertEqual(findings("Nilai ini terdiri dari dua komponen, yaitu:\n\n1. Komponen perencanaan;\n2. Komponen pelaksanaan;\n3. Komponen hasil.\n\nPenjelasan berikutnya.\n\n1. Butir lain.\n", "p7.md", rule: "list-count-mismatch").map(\.expected), ["3"])
        // Items on the announcement's line.
        XCTAssertEqual(findings("Penilaian memperhatikan 3 (tiga) aspek, yaitu: (1) kualitas perencanaan; (2) kualitas pelaksanaan; dan (3) kualitas hasil.\n", "p7.md").map(\.rule), [])
        XCTAssertEqual(findings("Penilaian memperhatikan 4 (empat) aspek, yaitu: (1) kualitas perencanaan; (2) kualitas pelaksanaan; dan (3) kualitas hasil.\n", "p7.md", rule: "list-count-mismatch").map(\.expected), ["3"])
        // Sub-items are not counted.
        XCTAssertEqual(findings("Kantor ini memiliki 2 (dua) sasaran, yaitu:\n\n1. Meningkatnya kualitas layanan;\n   a. Indeks kepuasan;\n   b. Persentase layanan tepat waktu;\n2. Optimalnya penegakan hukum.\n", "p7.md").map(\.rule), [])
        // The announcement inside a numbered item, its items interleaved with text, ended by the next number.
        let merged = "1. Sasaran pertama memiliki 2 (dua) indikator, yaitu:\n\na. Indeks Kepuasan Masyarakat;\n\nPenjelasan indikator pertama.\n\nb. Persentase layanan tepat waktu.\n\n2. Sasaran kedua memiliki 3 (tiga) indikator, yaitu:\n\na. Indeks Pengamanan;\n\nPenjelasan.\n\nb. Persentase penindakan.\n\n3. Sasaran ketiga.\n"
        let d = findings(merged, "p7.md", rule: "list-count-mismatch")
        XCTAssertEqual(d.map(\.location.line), [9])
        XCTAssertEqual(d.first?.expected, "2")
        // Traps.
        XCTAssertEqual(findings("Kantor ini memiliki 3 (tiga) indikator kinerja sebagaimana tabel berikut:\n\n1. Indeks Kepuasan Masyarakat;\n", "p7.md").map(\.rule), [])
        XCTAssertEqual(findings("Pemohon melampirkan 1 (satu) berkas yang dilayani 1x24 jam sesuai misi ke-2, 3 dan 5.\n", "p7.md").map(\.rule), [])
    }
}
