import Foundation

/// A full LKjIP without one of the chapters Permenpan-RB 53/2014 requires, or a chapter
/// without the section it must hold (Perjanjian Kinerja in Bab II), or a table of contents that
/// disagrees with the headings it lists (title or lettering).
public struct StructureMissingCheck: Check {
    public init() {}
    public let description = RuleDescription(
        id: "structure-missing", severity: .warning,
        summary: Message(id: "Bab wajib LKjIP (Ringkasan Eksekutif, Bab I–IV, Lampiran) atau bagian wajibnya (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) tidak ada, Daftar Isi tidak sesuai dengan judul yang didaftarnya, atau analisis sebuah indikator di Bab III tidak memuat perbandingan atau uraian yang diwajibkan (info).",
                         en: "A chapter an LKjIP must have (Executive Summary, Bab I–IV, Lampiran) or a section it must hold (Perjanjian Kinerja, Capaian Kinerja, Realisasi Anggaran) is missing, the table of contents disagrees with the headings it lists, or an indicator's analysis in Bab III lacks a comparison or discussion it must carry (info)."),
        rationale: Message(id: "Daftar bab ada di paket checks/structure.yml. Hanya dokumen yang memuat paling sedikit empat bab wajib yang diperiksa (potongan draf tidak). Daftar Isi dibaca dengan pola kunci `toc` di paket: entri yang judulnya atau penomorannya berbeda dengan judul bagian di naskah (dalam bab yang sama) dilaporkan pada judul itu. Bagian Capaian Kinerja di Bab III dipotong per indikator (dari baris judul yang menyebutnya sampai judul indikator berikutnya); setiap potongan dicari kata-kata tiap analisis di kunci `analyses` (terhadap target, tahun sebelumnya, target Renstra, penyebab, efisiensi, program penunjang). Kata yang tidak ditemukan belum tentu berarti analisisnya tidak ada, jadi temuannya berupa info, dan hanya Bab III yang terbaca memuat dua indikator atau lebih yang dinilai.",
                           en: "The chapter list lives in the pack checks/structure.yml. Only a document holding at least four of the required chapters is checked (draft excerpts are not). A table of contents (Daftar Isi) is read with the patterns of the pack's `toc` key: an entry whose heading in the body has another title or another lettering in the same chapter is reported at the heading. Bab III's Capaian Kinerja part is cut into one stretch per indicator (from a title line naming it to the next naming another); each stretch is searched for the wording of every analysis under `analyses` (against target, previous years, the Renstra target, causes, efficiency, supporting programmes). Wording is no proof of absence, so a missing analysis is an info, and only a Bab III read as two indicators or more is judged."),
        source: "Permenpan-RB 53/2014", pack: "structure.yml",
        triggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nRencana Strategis.\n\n↓# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n↓# LAMPIRAN\n",
            // A table of contents whose entry has another title than the heading it lists.
            "DAFTAR ISI\n\nIKHTISAR EKSEKUTIF ........ i\nBAB I PENDAHULUAN ........ 1\nA. Latar Belakang ........ 1\n\n↓RINGKASAN EKSEKUTIF\n\nTeks.\n\nBAB I PENDAHULUAN\n\nA. Latar Belakang\n\nTeks.\n",
            // … or another lettering: the body has two sections lettered A.
            "DAFTAR ISI\n\nBAB III AKUNTABILITAS KINERJA\t28\nA. Capaian Kinerja\t28\nB. Realisasi Anggaran\t45\nBAB IV PENUTUP\t53\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nA. Capaian Kinerja\n\nTeks.\n\n↓A. Realisasi Anggaran\n\nTeks.\n\nBAB IV PENUTUP\n",
            "DAFTAR ISI\n\nBAB III AKUNTABILITAS KINERJA ..... 28\nA. Capaian Kinerja ..... 28\nB. Realisasi Anggaran ..... 45\nBAB IV PENUTUP ..... 53\n\nBAB III AKUNTABILITAS KINERJA\n\nA. Capaian Kinerja\n\nTeks.\n\n↓B. Capaian Kinerja Anggaran\n\nTeks.\n\nBAB IV PENUTUP\n",
            // The second indicator's analysis says nothing of the Renstra target, causes, efficiency or programmes (info).
            StructureMissingCheck.analysedReport(second: "Dibandingkan dengan tahun sebelumnya, capaian tetap."),
        ],
        nonTriggering: [
            "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja dan Realisasi Anggaran.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n",
            "# BAB III AKUNTABILITAS KINERJA\n\nCapaian Kinerja.\n",
            // A table of contents that agrees with its headings; a template's "[Satuan Kerja]" ends a title,
            // a chapter's title may stand on the line after "BAB III", and a lettered list inside a section is not a heading.
            // Both indicators' analyses carry every comparison and discussion.
            StructureMissingCheck.analysedReport(second: StructureMissingCheck.fullAnalysis),
            "DAFTAR ISI\n\nIKHTISAR EKSEKUTIF ........ iv\nBAB III  AKUNTABILITAS KINERJA ........ 17\nA. Capaian Kinerja [Satuan Kerja] ........ 17\nB. Realisasi Anggaran ........ 27\nLAMPIRAN ........ 35\n\n**IKHTISAR EKSEKUTIF**\n\nTeks.\n\nBAB III\n\nAKUNTABILITAS KINERJA\n\nA. Capaian Kinerja Kantor Imigrasi Kelas II TPI Belakang Padang\n\nSasaran:\n\nA. Meningkatnya layanan.\n\nB. Realisasi Anggaran\n\nTeks.\n\nLAMPIRAN I\n",
        ])

    public func run(_ context: CheckContext) -> [Diagnostic] {
        let chapters = context.packs.domain.chapters
        guard !chapters.isEmpty else { return [] }
        let lines = context.document.lines
        let starts = chapterStarts(lines, chapters)
        return (chapterFindings(lines, chapters, starts) + tocFindings(lines, chapters, context.packs.domain.tableOfContents)
                + analysisFindings(context, bab3: chapterRange("bab-3", chapters, starts, lineCount: lines.count)))
            .sorted { $0.location.line < $1.location.line }
    }

    /// A found chapter's lines, up to the next found chapter.
    func chapterRange(_ id: String, _ chapters: [ChapterSpec], _ starts: [Int?], lineCount: Int) -> Range<Int>? {
        guard let i = chapters.firstIndex(where: { $0.id == id }), let start = starts[i] else { return nil }
        return start..<(starts[(i + 1)...].compactMap { $0 }.first ?? lineCount)
    }

    /// Entries of the table of contents whose heading in the body has another title or lettering.
    func tocFindings(_ lines: [String], _ chapters: [ChapterSpec], _ spec: TOCSpec?) -> [Diagnostic] {
        guard let spec, let toc = TableOfContents.read(lines, spec: spec) else { return [] }
        return toc.disagreements(lines, spec: spec, chapters: chapters).map { d in
            let what = d.lettering ? ("penomoran", "lettering") : ("judul", "title")
            var out = diag(d.heading.line, "\(what.0) di Daftar Isi '\(d.entry.text)' (baris \(d.entry.line + 1)) berbeda dengan judul di naskah '\(d.heading.text)'",
                           "the table of contents' \(what.1) '\(d.entry.text)' (line \(d.entry.line + 1)) differs from the heading '\(d.heading.text)'")
            out.related = [RelatedLocation(SourceLocation(line: d.entry.line + 1, column: 1), Message(id: "entri Daftar Isi", en: "table of contents entry"))]
            return out
        }
    }

    /// The line each chapter starts at (nil where it is not found); all nil for a draft
    /// excerpt holding fewer than four of them.
    func chapterStarts(_ lines: [String], _ chapters: [ChapterSpec]) -> [Int?] {
        // The first heading-like line for each chapter, after any table of contents (dot leaders, page numbers).
        let toc = StructureMissingCheck.toc
        // Heading candidates, found once: short non-empty lines that are not table-of-contents entries.
        let candidates = lines.indices.filter { i in
            let l = lines[i]
            return l.utf8.count <= 200 && l.contains(where: { !$0.isWhitespace }) && !toc.isMatch(l)
        }
        let headings = candidates.map { heading(lines, $0) }
        var found: [Int?] = chapters.map { ch in
            if let k = headings.firstIndex(where: { ch.match.isMatch($0) }) { return candidates[k] }
            // A PDF layout may glue a heading to the row before it: an upper-case heading
            // anywhere in a line still counts as the chapter being there.
            let loose = try? PCRE2Regex(ch.match.pattern.replacingOccurrences(of: #"^\W*"#, with: ""), options: [.caseInsensitive])
            return lines.indices.first { i in
                guard let m = loose?.firstMatch(in: lines[i]) else { return false }
                let found = lines[i].utf8Slice(m.range)
                return found == found.uppercased() && !toc.isMatch(lines[i])
            }
        }
        // A chapter must come after the one before it; an earlier mention is a cross-reference.
        for i in found.indices.dropFirst() {
            if let f = found[i], let p = found[..<i].compactMap({ $0 }).last, f < p { found[i] = nil }
        }
        return found.compactMap({ $0 }).count >= 4 ? found : found.map { _ in nil }
    }

    func chapterFindings(_ lines: [String], _ chapters: [ChapterSpec], _ found: [Int?]) -> [Diagnostic] {
        guard found.contains(where: { $0 != nil }) else { return [] }
        let toc = StructureMissingCheck.toc
        var out: [Diagnostic] = []
        for (i, ch) in chapters.enumerated() {
            let nextLine = found[(i + 1)...].compactMap { $0 }.first
            guard let start = found[i] else {
                if ch.optional && !lines.contains(where: { toc.isMatch($0) && ch.match.isMatch($0.replacingOccurrences(of: "*", with: "")) }) { continue }
                let at = nextLine ?? max(0, lines.count - 1)
                out.append(diag(at, "\(ch.name) tidak ditemukan (\(ch.source))", "\(ch.name) is missing (\(ch.source))"))
                continue
            }
            let body = lines[start..<(nextLine ?? lines.count)].joined(separator: "\n")
            for req in ch.requires where !req.match.isMatch(body) {
                out.append(diag(nextLine ?? start, "\(ch.name) tidak memuat \(req.name) (\(ch.source))", "\(ch.name) does not hold \(req.name) (\(ch.source))"))
            }
        }
        return out
    }

    /// A line with the next non-empty line after it: "BAB II" and its title are often two lines.
    static let toc = PCRE2Regex(literal: #"(?:\.{4,}|…{2,}|\t)\s*\d*\s*$|\s\d{1,3}\s*$"#)

    func heading(_ lines: [String], _ i: Int) -> String {
        let next = lines[(i + 1)..<min(lines.count, i + 3)].first { $0.contains(where: { !$0.isWhitespace }) } ?? ""
        return String((lines[i] + " " + next).filter { $0 != "*" })
    }

    func diag(_ line: Int, _ id: String, _ en: String) -> Diagnostic {
        Diagnostic(rule: description.id, severity: description.severity, location: SourceLocation(line: line + 1, column: 1), message: Message(id: id, en: en))
    }
}

extension StructureMissingCheck {
    /// Each indicator's stretch of Bab III against the analyses Permenpan-RB 53/2014 asks of
    /// it. Wording is not proof of absence, so a missing one is a hint (info).
    func analysisFindings(_ context: CheckContext, bab3: Range<Int>?) -> [Diagnostic] {
        let analyses = context.packs.domain.analyses
        guard let bab3, !analyses.isEmpty else { return [] }
        let lines = context.document.lines
        var seen = Set<String>()
        let indicators: [IndicatorSections.Indicator] = context.facts.compactMap { f in
            guard f.key.measure == .capaian, f.key.year == (context.reportYear ?? f.key.year), seen.insert(f.key.subject).inserted else { return nil }
            if let own = DocumentIndicators.words(ofKey: f.key.subject) {
                return .init(subject: f.key.subject, name: f.name) { DocumentIndicators.score(own, Set(DocumentIndicators.words($0))) != nil }
            }
            guard let spec = context.packs.indicators.first(where: { $0.id == f.key.subject }), spec.unit != "rupiah" else { return nil }
            return .init(subject: f.key.subject, name: f.name) { spec.match.isMatch($0) }
        }
        var tableLines = Set<Int>()
        for b in context.document.blocks { if case .table = b.content { tableLines.formUnion((b.firstLine - 1)..<b.lastLine) } }
        let sections = IndicatorSections(lines: lines, in: bab3, tableLines: tableLines, indicators: indicators)
        // Only a Bab III read as sections of two indicators or more is judged.
        guard sections.stretches.count >= 2 else { return [] }
        var out: [Diagnostic] = []
        for ind in indicators {
            guard let ranges = sections.stretches[ind.subject], let at = sections.titleLine[ind.subject] else { continue }
            let text = ranges.map { lines[$0].joined(separator: "\n") }.joined(separator: "\n")
            let missing = analyses.filter { !$0.match.isMatch(text) }.map(\.name)
            guard !missing.isEmpty else { continue }
            var d = diag(at, "analisis indikator \(ind.name) belum memuat: \(missing.joined(separator: "; ")) (Permenpan-RB 53/2014)",
                         "the analysis of \(ind.name) does not cover: \(missing.joined(separator: "; ")) (Permenpan-RB 53/2014)")
            d.severity = .info
            out.append(d)
        }
        return out
    }
}

extension StructureMissingCheck {
    static let fullAnalysis = "Dibandingkan dengan tahun sebelumnya capaian naik, sejalan dengan target jangka menengah Renstra. Keberhasilan disebabkan oleh dukungan pimpinan; sumber daya dipakai secara efisien. Program penunjangnya adalah penguatan layanan."

    /// A full report whose Bab III analyses two indicators; the second one's analysis is given.
    static func analysedReport(second: String) -> String {
        "# Ringkasan Eksekutif\n\nTeks.\n\n# BAB I PENDAHULUAN\n\nTeks.\n\n# BAB II PERENCANAAN KINERJA\n\nPerjanjian Kinerja.\n\n# BAB III AKUNTABILITAS KINERJA\n\n## A. Capaian Kinerja\n\n"
            + "Indikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,50\t107,69%\nIndeks Pengamanan Keimigrasian\t3,10\t3,20\t103,23%\n\n"
            + "### 1. Indeks Kepuasan Masyarakat\n\nCapaian 107,69%. \(fullAnalysis)\n\n"
            + "↓### 2. Indeks Pengamanan Keimigrasian\n\nCapaian 103,23%. \(second)\n\n"
            + "## B. Realisasi Anggaran\n\nTeks.\n\n# BAB IV PENUTUP\n\nTeks.\n\n# LAMPIRAN\n"
    }
}
