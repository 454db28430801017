import Foundation

/// Known findings recorded with `--write-baseline` so that an old report's findings do
/// not block new work; `--baseline` then reports only findings not in it. A finding is
/// keyed by rule, file (relative to the baseline's folder) and a fingerprint of what it is
/// about and the stated figure, never its line number or its neighbours, so edits
/// elsewhere in the file (even the next table row) do not break it.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        public let rule: String
        public let path: String
        public let fingerprint: String
        /// Where it was when recorded; informational only, never matched on.
        public let line: Int
        public let message: String
    }

    public var entries: [Entry]
    /// Folder the entries' paths are relative to.
    public let directory: String

    public init(entries: [Entry], directory: String) {
        self.entries = entries
        self.directory = directory
    }

    struct File: Codable { let version: Int; let findings: [Entry] }
    /// 2: fingerprints from rule, key and stated figure (1 hashed the neighbouring lines).
    static let version = 2

    // MARK: recording and reading

    public static func record(_ results: [FileResult], baselineFile: String) -> Baseline {
        let dir = folder(of: baselineFile)
        var entries: [Entry] = []
        for r in results {
            guard let doc = r.document else { continue }
            for d in r.diagnostics {
                entries.append(Entry(rule: d.rule, path: relative(r.path, to: dir), fingerprint: fingerprint(d, in: doc),
                                     line: d.location.line, message: d.message.id))
            }
        }
        return Baseline(entries: entries, directory: dir)
    }

    public func write(to file: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try OutputFile.write(enc.encode(File(version: Baseline.version, findings: entries)), to: file)
    }

    public static func load(_ file: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigError(file: file, Message(id: "berkas baseline tidak ditemukan atau tidak dapat dibaca", en: "baseline file not found or unreadable"))
        }
        do {
            let f = try JSONDecoder().decode(File.self, from: data)
            if f.version == 1 {
                throw ConfigError(file: file, key: "version", Message(
                    id: "baseline ini dibuat oleh lkjip-lint versi lama (sidik jari dari baris tetangga); rekam ulang dengan --write-baseline",
                    en: "this baseline was made by an older lkjip-lint (fingerprints from neighbouring lines); record it again with --write-baseline"))
            }
            guard f.version == Baseline.version else {
                throw ConfigError(file: file, key: "version", Message(id: "versi baseline \(f.version) tidak dikenal", en: "unknown baseline version \(f.version)"))
            }
            return Baseline(entries: f.findings, directory: folder(of: file))
        } catch let e as ConfigError {
            throw e
        } catch {
            throw ConfigError(file: file, Message(id: "bukan berkas baseline lkjip-lint (JSON): \(error)", en: "not an lkjip-lint baseline (JSON): \(error)"))
        }
    }

    // MARK: filtering

    /// The results less the baselined findings, and how many baselined findings of the
    /// files linted are gone (fixed). Matching counts duplicates: two identical findings
    /// in the baseline absorb at most two now.
    public func filter(_ results: [FileResult]) -> (results: [FileResult], fixed: Int) {
        var remaining: [String: Int] = [:]
        for e in entries { remaining[key(e.rule, e.path, e.fingerprint), default: 0] += 1 }
        var linted = Set<String>()
        var out: [FileResult] = []
        for r in results {
            let path = Baseline.relative(r.path, to: directory)
            linted.insert(path)
            guard let doc = r.document else { out.append(r); continue }
            let kept = r.diagnostics.filter { d in
                let k = key(d.rule, path, Baseline.fingerprint(d, in: doc))
                guard let n = remaining[k], n > 0 else { return true }
                remaining[k] = n - 1
                return false
            }
            var copy = FileResult(path: r.path, document: r.document, diagnostics: kept, error: r.error)
            copy.identity = r.identity
            out.append(copy)
        }
        // What is left of the baseline for the files linted now was not found again: fixed.
        let fixed = entries.filter { linted.contains($0.path) }.reduce(into: 0) { n, e in
            let k = key(e.rule, e.path, e.fingerprint)
            if let left = remaining[k], left > 0 { n += 1; remaining[k] = left - 1 }
        }
        return (out, fixed)
    }

    func key(_ rule: String, _ path: String, _ fingerprint: String) -> String { "\(rule)\u{0}\(path)\u{0}\(fingerprint)" }

    // MARK: fingerprints

    /// FNV-1a 64 over the rule, what the finding is about (`key`) and the stated figure.
    /// Neighbouring lines are left out: editing one budget row must not change the
    /// fingerprint of the next row's finding.
    public static func fingerprint(_ d: Diagnostic, in doc: Document) -> String {
        let text = [d.rule, key(d, in: doc), d.stated ?? ""].joined(separator: "\n")
        return String(fnv1a64(text), radix: 16).leftPadded(16)
    }

    /// What a finding is about, in the document's own words: in a table, the row's label
    /// and the column's header; in prose, the (up to eight) words before the spot on its line.
    static func key(_ d: Diagnostic, in doc: Document) -> String {
        let loc = d.location
        for table in doc.tables {
            guard let row = table.rows.first(where: { $0.line == loc.line }) else { continue }
            let label = row.cells.first { $0.string.contains(where: \.isLetter) }?.string ?? ""
            let column = row.cells.lastIndex { $0.text.start.line == loc.line && $0.text.start.column <= loc.column } ?? 0
            let header = table.rows.first.flatMap { column < $0.cells.count ? $0.cells[column].string : nil } ?? ""
            return "tabel\n" + normalised(label) + "\n" + normalised(header)
        }
        let before = doc.line(loc.line).unicodeScalars.prefix(max(0, loc.column - 1))
        let words = String(String.UnicodeScalarView(before)).split(whereSeparator: \.isWhitespace).suffix(8)
        return words.joined(separator: " ")
    }

    static func normalised(_ line: String) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func fnv1a64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func folder(of file: String) -> String {
        URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path
    }

    static func relative(_ path: String, to dir: String) -> String {
        if path == "-" || path == "<stdin>" { return "-" }
        let abs = URL(fileURLWithPath: path).standardizedFileURL.path
        let d = dir.hasSuffix("/") ? dir : dir + "/"
        return abs.hasPrefix(d) ? String(abs.dropFirst(d.count)) : abs
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
