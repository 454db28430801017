import Foundation

/// Inline suppression comments in Markdown/text drafts:
///
///     <!-- lkjip-lint-disable capaian-capped -->        … until the matching enable
///     <!-- lkjip-lint-enable capaian-capped -->
///     <!-- lkjip-lint-disable-next-line rounding -->    the next non-blank line; when that
///                                                       line opens a paragraph or table, all of it
///
/// Rules may be listed (spaces or commas) or omitted (= all rules); text after ` -- ` is
/// a free reason. Applied after the checks, over the diagnostics and the document's lines,
/// so checks never need to know about it. A comment that suppresses nothing is reported
/// as `unused-suppression` (info), so stale ones get cleaned up.
public struct Suppressions {
    public static let unusedRuleID = "unused-suppression"

    /// One suppressed rule (nil = every rule) over a range of lines, from one comment.
    struct Entry {
        let rule: String?
        let directive: Directive
        var lines: ClosedRange<Int>
    }

    struct Directive {
        enum Kind: String { case disable = "disable", enable = "enable", nextLine = "disable-next-line" }
        let kind: Kind
        let rules: [String]          // empty = all
        let line: Int
        let column: Int
        let text: String
    }

    static let pattern = PCRE2Regex(literal: #"<!--\s*lkjip-lint-(disable-next-line|disable|enable)\b(.*?)-->"#)

    let entries: [Entry]
    /// `enable` comments that closed nothing, and comments naming no real rule.
    let strayEnables: [Directive]

    public init(document: Document) {
        self.init(lines: document.lines, blocks: document.blocks)
    }

    /// A table row cannot hold a comment (it would split the table), and a PDF paragraph
    /// runs over several lines; so "next line" stretches to the block that starts there.
    public init(lines: [String], blocks: [Block] = []) {
        let blockEnd = Dictionary(blocks.map { ($0.firstLine, $0.lastLine) }, uniquingKeysWith: max)
        var entries: [Entry] = []
        var open: [Int] = []          // indexes into entries still waiting for an enable
        var stray: [Directive] = []
        let directives = Suppressions.directives(in: lines)
        let directiveLines = Set(directives.map(\.line))
        for d in directives {
            switch d.kind {
            case .disable:
                for r in d.rules.isEmpty ? [nil] : d.rules.map(Optional.some) {
                    open.append(entries.count)
                    entries.append(Entry(rule: r, directive: d, lines: d.line...Int.max))
                }
            case .enable:
                let closing = open.filter { i in d.rules.isEmpty || entries[i].rule.map(d.rules.contains) == true }
                if closing.isEmpty { stray.append(d) }
                for i in closing { entries[i].lines = entries[i].lines.lowerBound...d.line }
                open.removeAll { closing.contains($0) }
            case .nextLine:
                var target = d.line + 1
                while target <= lines.count,
                      lines[target - 1].trimmingCharacters(in: .whitespaces).isEmpty || directiveLines.contains(target) {
                    target += 1
                }
                for r in d.rules.isEmpty ? [nil] : d.rules.map(Optional.some) {
                    entries.append(Entry(rule: r, directive: d, lines: target...max(target, blockEnd[target] ?? target)))
                }
            }
        }
        self.entries = entries
        strayEnables = stray
    }

    static func directives(in lines: [String]) -> [Directive] {
        var out: [Directive] = []
        for (i, line) in lines.enumerated() where line.utf8.contains(UInt8(ascii: "<")) && line.contains("lkjip-lint-") {
            pattern.forEachMatch(in: line) { m in
                let kind = Directive.Kind(rawValue: m.string(1, in: line) ?? "") ?? .disable
                var args = m.string(2, in: line) ?? ""
                if let reason = args.range(of: " -- ") { args = String(args[..<reason.lowerBound]) }
                let rules = args.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
                let column = line.utf8.prefix(m.range.lowerBound).count == 0 ? 1
                    : String(decoding: line.utf8.prefix(m.range.lowerBound), as: UTF8.self).count + 1
                out.append(Directive(kind: kind, rules: rules, line: i + 1, column: column,
                                     text: (m.string(0, in: line) ?? "").trimmingCharacters(in: .whitespaces)))
                return true
            }
        }
        return out
    }

    /// The diagnostics no comment suppresses, plus one `unused-suppression` per rule a
    /// comment names (or per comment, for "all rules") that suppressed nothing.
    public func apply(to diagnostics: [Diagnostic], selection: RuleSelection, knownRules: Set<String>) -> [Diagnostic] {
        if entries.isEmpty && strayEnables.isEmpty { return diagnostics }
        var used = [Bool](repeating: false, count: entries.count)
        var kept: [Diagnostic] = []
        for d in diagnostics {
            var suppressed = false
            for (i, e) in entries.enumerated() where e.lines.contains(d.location.line) && (e.rule == nil || e.rule == d.rule) {
                used[i] = true
                suppressed = true
            }
            if !suppressed { kept.append(d) }
        }
        guard !selection.disabled.contains(Suppressions.unusedRuleID) else { return kept }
        let severity = selection.severityOverrides[Suppressions.unusedRuleID] ?? Suppressions.unusedRule.severity
        let known = knownRules.union(CheckRegistry.stageRules.map(\.id)).union(["input"])
        func report(_ d: Directive, _ why: Message) {
            kept.append(Diagnostic(rule: Suppressions.unusedRuleID, severity: severity,
                                   location: SourceLocation(line: d.line, column: d.column),
                                   message: Message(id: "penanda \(d.text) \(why.id); hapus penanda ini",
                                                    en: "the comment \(d.text) \(why.en); remove it"),
                                   stated: d.text))
        }
        for (i, e) in entries.enumerated() where !used[i] {
            if let r = e.rule, !known.contains(r) {
                report(e.directive, Message(id: "menyebut aturan '\(r)' yang tidak dikenal", en: "names the unknown rule '\(r)'"))
            } else if let r = e.rule, selection.disabled.contains(r) {
                continue   // the config already turns the rule off; the comment is harmless
            } else {
                let what = e.rule.map { "'\($0)'" } ?? "apa pun"
                let whatEn = e.rule.map { "'\($0)'" } ?? "any"
                report(e.directive, Message(id: "tidak menekan temuan \(what)", en: "suppresses no \(whatEn) finding"))
            }
        }
        for d in strayEnables {
            report(d, Message(id: "tidak menutup penanda disable mana pun", en: "closes no disable comment"))
        }
        return kept
    }

    public static let unusedRule = RuleDescription(
        id: unusedRuleID, severity: .info,
        summary: Message(id: "Penanda lkjip-lint-disable yang tidak menekan temuan apa pun.",
                         en: "An lkjip-lint-disable comment that suppresses no finding."),
        rationale: Message(id: "Penanda yang basi menyembunyikan temuan baru di tempat yang sama. Bila angkanya sudah dibetulkan, hapus penandanya. Aturan ini berasal dari tahap penekanan (bukan pemeriksaan angka) dan dapat dimatikan di .lkjip-lint.yml.",
                           en: "A stale comment would hide a new finding at the same place. Once the figure is fixed, remove the comment. This rule comes from the suppression stage (not a number check) and can be disabled in .lkjip-lint.yml."),
        triggering: [
            "↓<!-- lkjip-lint-disable-next-line capaian-mismatch -->\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,87\t119,08%\n",
            "↓<!-- lkjip-lint-disable rounding -->\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 119,08%.\n<!-- lkjip-lint-enable rounding -->\n",
        ],
        nonTriggering: [
            "<!-- lkjip-lint-disable-next-line capaian-mismatch -->\nIndikator\tTarget\tRealisasi\tCapaian\nIndeks Kepuasan Masyarakat\t3,25\t3,87\t125,00%\n",
            "<!-- lkjip-lint-disable capaian-mismatch -- dikoreksi di revisi -->\nCapaian IKM memperoleh hasil sebesar 3,87 dari target 3,25 atau 110,00%.\n<!-- lkjip-lint-enable capaian-mismatch -->\n",
        ])
}
