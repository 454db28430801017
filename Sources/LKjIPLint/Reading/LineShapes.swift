import Foundation

/// What a single line of the text view looks like, before it is grouped into blocks.
enum LineShape: Equatable {
    case blank
    case markdownHeading(level: Int, text: String)
    case chapterHeading        // "BAB III", "IKHTISAR EKSEKUTIF", "AKUNTABILITAS KINERJA"
    case formulaStart          // a line starting with $$
    case pipeRow
    case pipeSeparator
    case tabRow
    case listItem(marker: String)
    case numericRow            // a PDF-extracted table row: mostly numbers
    case roleHeader            // "Target Realisasi Capaian", "Kinerja Keuangan Tahun 2021 Tahun 2022"
    case columnNumbers         // "1 2 3 4 5=4/3x100%", "(1) (2) (3)": a table's column numbers
    case prose

    static let heading = PCRE2Regex(literal: #"^(#{1,6})\s+(.*)$"#)
    static let chapter = PCRE2Regex(literal: #"^\s*(?:\*\*)?(?:BAB\s+[IVX]+\b|(?:RINGKASAN|IKHTISAR)\s+EKSEKUTIF|KATA\s+PENGANTAR|DAFTAR\s+(?:ISI|TABEL|GAMBAR|LAMPIRAN)|LAMPIRAN\b)"#)
    static let pipeSep = PCRE2Regex(literal: #"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$"#)
    static let list = PCRE2Regex(literal: #"^\s*(?<m>[-•*▪●]|\d{1,2}[.)]|[a-zA-Z][.)]|\([a-z0-9]{1,2}\))\s+\S"#)
    static let roleWord = PCRE2Regex(literal: #"(?i)\b(?:target|realisasi|capaian|anggaran|pagu|persentase|penyerapan|tahun\s+20\d\d)\b|(?<!\S)(?<!\d\s)%(?!\S)"#)
    static let numberToken = PCRE2Regex(literal: #"(?:(?i:rp)\.?\s?)?\d+(?:[.,]\d+)*(?:,-)?\s?%?|(?<!\S)-(?!\S)(?!\s+\p{L})|\[…\]|\[\.\.\.\]"#)
    /// Words a header row never has but a sentence about targets does.
    static let proseWords = PCRE2Regex(literal: #"(?i)\b(?:dari|atau|sebesar|adalah|memperoleh|dengan|sehingga|telah|merupakan|yaitu|mencapai)\b"#)
    static let bulletStart = PCRE2Regex(literal: #"^[-•*▪●]\s+(?=\S)"#)
    static let wordToken = PCRE2Regex(literal: #"(?!(?i:rp)\b)\p{L}{2,}"#)
    static let captionOrTitle = PCRE2Regex(literal: #"^(?:(?:\*\*)?(?i:tabel|gambar|grafik)\s+(?:[IVX]+|\d+)(?:[.\-]\d+)*\.?\s|(?:[A-H]|[IVX]{1,4})\.\s+\p{Lu}[^\d]*$)"#)
    static let fullDate = PCRE2Regex(literal: #"(?i)\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:19|20)\d\d\b"#)
    /// One column number, with the formula it may state ("5=4/3x100%", "5 =", "(3)"), or a
    /// formula's second half that a PDF put on the next line ("4/3x100%").
    static let columnNumberToken = #"(?:\d{1,2}\s*[/:]\s*\d{1,2}\s*[x×X*]\s*100\s*%?|\(?\d{1,2}\)?(?:\s*=(?:\s*\(?\d{1,2}\)?\s*[/:]\s*\(?\d{1,2}\)?\s*[x×X*]\s*100\s*%?)?)?)(?!\S)"#
    static let columnNumberLine = PCRE2Regex(literal: #"^\s*"# + columnNumberToken + #"(?:\s+"# + columnNumberToken + #")*\s*$"#)
    static let columnNumberTokens = PCRE2Regex(literal: columnNumberToken)
    static let formulaFragment = PCRE2Regex(literal: #"^\s*\d{1,2}\s*[/:]\s*\d{1,2}\s*[x×X*]\s*100\s*%?"#)

    /// Column numbers rise one by one; a formula's second half may stand alone on its line.
    static func isColumnNumbers(_ t: String) -> Bool {
        guard columnNumberLine.isMatch(t) else { return false }
        let tokens = columnNumberTokens.matches(in: t).map { t.utf8Slice($0.range) }
        let fragments = tokens.filter { formulaFragment.isMatch($0) }
        if fragments.count == tokens.count { return t.contains("100") }
        let numbers = tokens.filter { !formulaFragment.isMatch($0) }.compactMap { Int($0.drop(while: { $0 == "(" }).prefix(while: \.isNumber)) }
        return numbers.count >= 3 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    static func of(_ line: String) -> LineShape {
        let t = line.trimmed()
        if t.isEmpty { return .blank }
        if t.hasPrefix("$$") { return .formulaStart }
        if t.hasPrefix("|") {
            return pipeSep.isMatch(t) ? .pipeSeparator : .pipeRow
        }
        if line.utf8.contains(9) { return .tabRow }
        if let m = heading.firstMatch(in: t) {
            return .markdownHeading(level: m.range(1)!.count, text: m.string(2, in: t) ?? "")
        }
        if chapter.isMatch(t) { return .chapterHeading }
        // A bullet's dash is not a "-" standing for zero.
        let bullet = bulletStart.firstMatch(in: t)
        let body = bullet.map { t.utf8Slice($0.range.upperBound..<t.utf8.count) } ?? t
        // Most lines are prose without figures: skip the counting regexes for them.
        let hasDigit = t.utf8.contains { $0 >= 48 && $0 <= 57 }
        let roles = roleWord.count(in: t)
        if !hasDigit && roles < 2 && !t.utf8.contains(UInt8(ascii: "-")) && !t.utf8.contains(UInt8(ascii: "[")) {
            if let m = list.firstMatch(in: t) { return .listItem(marker: m.string(1, in: t) ?? "") }
            return .prose
        }
        if hasDigit && isColumnNumbers(t) { return .columnNumbers }
        // "Tabel 3.5 Realisasi Anggaran …", "B. Realisasi Anggaran": a caption or a section
        // title, not a header row of role words (X8).
        if captionOrTitle.isMatch(t) { return .prose }
        // "Lembah Hijau, 15 Januari 2025": a date line, not a row of figures.
        if hasDigit && fullDate.isMatch(t) && t.utf8.count < 80 { return .prose }
        let numbers = numberToken.count(in: body)
        let words = wordToken.count(in: t)
        if roles >= 2 && numbers <= roles && t.utf8.count < 200 && words - roles <= 6 && !proseWords.isMatch(t)
            && !t.hasSuffix(".") && !t.hasSuffix(";") && !t.hasSuffix(":") { return .roleHeader }
        // "x = 49 / 57 x 100% = 85,96%" is a formula written in the text, not a table row.
        let formula = t.utf8.contains(UInt8(ascii: "="))
        let sentence = formula || t.hasSuffix(".") || t.hasSuffix(":") || t.hasSuffix(",-")
        if bullet != nil && !(numbers >= 3 && words <= 2) { return .listItem(marker: String(t.prefix(1))) }
        if numbers >= 2 && !sentence && (words <= 3 || numbers >= words) { return .numericRow }
        if let m = list.firstMatch(in: t) { return .listItem(marker: m.string(1, in: t) ?? "") }
        if numbers >= 3 && words < numbers * 2 && !sentence { return .numericRow }
        return .prose
    }
}
