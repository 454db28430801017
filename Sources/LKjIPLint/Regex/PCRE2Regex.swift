import CPCRE2
import Foundation

/// A PCRE2 pattern compiled once (UTF + UCP, JIT where available) with match and depth
/// limits, so that no report text can make a pattern backtrack for long.
///
/// Every regex the linter runs over report text goes through this type. Offsets are
/// UTF-8 byte offsets into the subject, which is what PCRE2 reports natively.
public final class PCRE2Regex: @unchecked Sendable {
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: UInt32(PCRE2_CASELESS))
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
        public static let dotAll = Options(rawValue: UInt32(PCRE2_DOTALL))
    }

    public struct CompileError: Error, CustomStringConvertible, Sendable {
        public let pattern: String
        public let offset: Int
        public let message: String
        public var description: String { "pola regex tidak valid pada posisi \(offset): \(message) — \(pattern)" }
    }

    public let pattern: String
    /// Where a pattern from a rule pack was written ("file: key"); nil for the linter's own.
    /// A pack pattern that hits the match limit is reported once per file (see `LimitHits`).
    public let source: String?
    private let code: OpaquePointer
    private let matchContext: OpaquePointer?

    /// Backtracking budget per match attempt; report lines are short, so this is generous.
    static let matchLimit: UInt32 = 200_000
    static let depthLimit: UInt32 = 5_000

    public init(_ pattern: String, options: Options = [], source: String? = nil) throws {
        self.pattern = pattern
        self.source = source
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP) | options.rawValue
        let compiled: OpaquePointer? = pattern.withCString { ptr in
            ptr.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) { bytes in
                pcre2_compile_8(bytes, pattern.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw CompileError(pattern: pattern, offset: errorOffset, message: PCRE2Regex.errorMessage(errorCode))
        }
        code = compiled
        // JIT is an optimisation only: when the platform lacks it, the interpreter runs.
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
        matchContext = pcre2_match_context_create_8(nil)
        if let matchContext {
            pcre2_set_match_limit_8(matchContext, PCRE2Regex.matchLimit)
            pcre2_set_depth_limit_8(matchContext, PCRE2Regex.depthLimit)
        }
    }

    /// For patterns written in the source: a bad one is a programming error caught by tests.
    public convenience init(literal pattern: String, options: Options = []) {
        do { try self.init(pattern, options: options) } catch { fatalError("\(error)") }
    }

    deinit {
        pcre2_code_free_8(code)
        if let matchContext { pcre2_match_context_free_8(matchContext) }
    }

    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "error \(code)"
    }

    /// Index of a named group, for patterns that use `(?<name>…)`.
    public func groupIndex(_ name: String) -> Int? {
        let n = name.withCString { ptr in
            ptr.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) { pcre2_substring_number_from_name_8(code, $0) }
        }
        return n > 0 ? Int(n) : nil
    }

    /// All non-overlapping matches in `subject`, in order.
    public func matches(in subject: String) -> [RegexMatch] {
        var result: [RegexMatch] = []
        forEachMatch(in: subject) { result.append($0); return true }
        return result
    }

    public func firstMatch(in subject: String) -> RegexMatch? {
        var found: RegexMatch?
        forEachMatch(in: subject) { found = $0; return false }
        return found
    }

    public func isMatch(_ subject: String) -> Bool { firstMatch(in: subject) != nil }

    /// How many non-overlapping matches there are, without keeping them.
    public func count(in subject: String) -> Int {
        var n = 0
        forEachMatch(in: subject) { _ in n += 1; return true }
        return n
    }

    /// Calls `body` for each match until it returns false. A subject that exhausts the
    /// match limit stops yielding matches: a pathological line never hangs the run. For a
    /// pack's pattern that is recorded, so the file's findings can say matches were lost.
    public func forEachMatch(in subject: String, _ body: (RegexMatch) -> Bool) {
        var subject = subject
        subject.makeContiguousUTF8()
        subject.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return }
            let length = buffer.count
            guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else { return }
            defer { pcre2_match_data_free_8(matchData) }
            let unset = lkjip_pcre2_unset()
            var start = 0
            while start <= length {
                // Swift strings are valid UTF-8 by construction; without NO_UTF_CHECK PCRE2 would
                // re-validate the whole subject on every call, which is quadratic on long lines.
                let rc = pcre2_match_8(code, base, length, start, UInt32(PCRE2_NO_UTF_CHECK), matchData, matchContext)
                if rc < 0 {  // no match, or a limit reached: both end the scan
                    if rc != PCRE2_ERROR_NOMATCH, let source { LimitHits.record(source) }
                    return
                }
                let pairs = Int(rc == 0 ? pcre2_get_ovector_count_8(matchData) : UInt32(rc))
                guard let ovector = pcre2_get_ovector_pointer_8(matchData) else { return }
                var ranges: [Range<Int>?] = []
                ranges.reserveCapacity(pairs)
                for i in 0..<pairs {
                    let s = ovector[2 * i], e = ovector[2 * i + 1]
                    ranges.append(s == unset || e < s ? nil : Int(s)..<Int(e))
                }
                guard let whole = ranges.first ?? nil else { return }
                if !body(RegexMatch(ranges: ranges)) { return }
                if whole.isEmpty {
                    // Step over one whole UTF-8 character so an empty match cannot loop.
                    var next = whole.upperBound + 1
                    while next < length && (base[next] & 0xC0) == 0x80 { next += 1 }
                    start = next
                } else {
                    start = whole.upperBound
                }
            }
        }
    }
}

/// One match: UTF-8 byte ranges of the whole match (group 0) and of each group.
public struct RegexMatch: Sendable {
    public let ranges: [Range<Int>?]
    public var range: Range<Int> { ranges[0]! }

    public func range(_ group: Int) -> Range<Int>? { group < ranges.count ? ranges[group] : nil }

    public func string(_ group: Int = 0, in subject: String) -> String? {
        guard let r = range(group) else { return nil }
        return subject.utf8Slice(r)
    }
}

extension String {
    /// The text between two UTF-8 offsets (as PCRE2 reports them).
    public func utf8Slice(_ range: Range<Int>) -> String {
        let u = utf8
        let lo = u.index(u.startIndex, offsetBy: range.lowerBound, limitedBy: u.endIndex) ?? u.endIndex
        let hi = u.index(u.startIndex, offsetBy: range.upperBound, limitedBy: u.endIndex) ?? u.endIndex
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}

/// The pack patterns that hit a PCRE2 limit while one document was linted. Linting a
/// document runs on one thread, so the log is kept per thread.
public enum LimitHits {
    private static let key = "lkjip.pcre2.limitHits"

    private final class Log {
        var sources: [String] = []
    }

    static func record(_ source: String) {
        guard let log = Thread.current.threadDictionary[key] as? Log else { return }
        if !log.sources.contains(source) { log.sources.append(source) }
    }

    /// Runs `body` and returns what it gives with the pack patterns (by source, in first-hit
    /// order) that hit a limit while it ran.
    public static func collecting<T>(_ body: () -> T) -> (T, [String]) {
        let dict = Thread.current.threadDictionary
        let outer = dict[key]
        let log = Log()
        dict[key] = log
        defer { dict[key] = outer }
        let value = body()
        return (value, log.sources)
    }
}
