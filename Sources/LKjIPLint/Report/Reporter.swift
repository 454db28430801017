import Foundation

/// Turns results into one output format. Reporters never decide what is found.
public protocol Reporter {
    func render(_ results: [FileResult], language: Language) -> String
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, html, csv, junit
    /// A reviewed copy of the .docx with findings as Word comments (`DocxReview`), not text.
    case docx

    /// The text reporter, or nil for `docx`, which writes a Word file instead.
    public func reporter(color: Bool = false) -> Reporter? {
        switch self {
        case .docx: return nil
        case .html: return HTMLReporter()
        case .csv: return CSVReporter()
        case .junit: return JUnitReporter()
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        }
    }
}

public struct Summary: Sendable {
    public let errors: Int, warnings: Int, infos: Int, files: Int, unreadable: Int

    public init(_ results: [FileResult]) {
        errors = results.reduce(0) { $0 + $1.count(.error) }
        warnings = results.reduce(0) { $0 + $1.count(.warning) }
        infos = results.reduce(0) { $0 + $1.count(.info) }
        files = results.count
        unreadable = results.filter { $0.error != nil }.count
    }
}

/// Where a line came from in a structured file, said the way a person finds it:
/// "halaman 12", "paragraf 40", "Tabel 4, baris 3, kolom Capaian".
enum OriginText {
    static func of(_ document: Document?, _ loc: SourceLocation, _ language: Language) -> String? {
        guard let o = document?.origin(loc.line) else { return nil }
        var parts: [String] = []
        let en = language == .en
        if let t = o.table {
            var s = (en ? "Table " : "Tabel ") + "\(t)"
            if let r = o.row { s += (en ? ", row " : ", baris ") + "\(r)" }
            if let names = o.columnNames, let col = columnIndex(document, loc), col < names.count, !names[col].isEmpty {
                s += (en ? ", column " : ", kolom ") + names[col]
            }
            parts.append(s)
        } else if let p = o.paragraph {
            parts.append((en ? "paragraph " : "paragraf ") + "\(p)")
        }
        if let page = o.page { parts.append((en ? "page " : "halaman ") + "\(page)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The header of the table column a location falls in, when the reader knows it.
    static func columnName(_ document: Document?, _ loc: SourceLocation) -> String? {
        guard let names = document?.origin(loc.line)?.columnNames, let col = columnIndex(document, loc), col < names.count,
              !names[col].isEmpty else { return nil }
        return names[col]
    }

    /// Which tab-separated cell of its line a column falls in.
    static func columnIndex(_ document: Document?, _ loc: SourceLocation) -> Int? {
        guard let line = document?.line(loc.line) else { return nil }
        return line.prefix(max(0, loc.column - 1)).filter { $0 == "\t" }.count
    }
}
