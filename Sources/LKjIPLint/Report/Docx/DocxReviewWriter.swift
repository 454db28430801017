import Foundation

/// `lkjip-lint review`: a copy of a .docx draft with each finding as a Word comment on
/// the figure it concerns, a short comment at each related place, and a summary comment
/// on the first paragraph. Only `document.xml` (comment marks cut into its runs),
/// `comments.xml`, and — when missing — the comments relationship and content type are
/// written; every other entry of the package is copied byte-for-byte.
public enum DocxReview {
    public static let author = "lkjip-lint"

    public struct Outcome: Sendable {
        /// Comments added: one per finding, plus related-place comments and the summary.
        public let comments: Int
        public let findings: Int
        /// Findings whose stated figure was not found in the paragraph text (commented nearby).
        public let inexact: Int
    }

    /// One comment to add: where, and its paragraphs.
    struct Planned {
        enum Kind { case summary, finding, related }
        let kind: Kind
        let anchor: CommentAnchor
        let paragraphs: [String]
        var exact = true
    }

    /// Writes the reviewed copy of `result`'s .docx to `output`; the input file is only read.
    @discardableResult
    public static func write(_ result: FileResult, to output: String, language: Language, date: Date = Date()) throws -> Outcome {
        let source = URL(fileURLWithPath: result.path).standardizedFileURL.resolvingSymlinksInPath()
        let target = URL(fileURLWithPath: output).standardizedFileURL
        if source.path == target.resolvingSymlinksInPath().path {
            throw InputError(output, Message(id: "salinan reviu tidak boleh menimpa draf aslinya; pilih nama lain dengan -o",
                                             en: "the reviewed copy must not overwrite the original draft; choose another name with -o"))
        }
        let (bytes, outcome) = try reviewed(result, language: language, date: date)
        try OutputFile.write(Data(bytes), to: output)
        return outcome
    }

    static func reviewed(_ result: FileResult, language: Language, date: Date) throws -> ([UInt8], Outcome) {
        let path = result.path
        guard let document = result.document else { throw result.error ?? InputError.unreadable(path) }
        guard let raw = FileManager.default.contents(atPath: path) else { throw InputError.unreadable(path) }
        var archive = try DocxArchive(path: path)
        guard let body = try archive.part("word/document.xml") else { throw InputError.unreadable(path) }
        let relsName = "word/_rels/document.xml.rels"
        let rels = try archive.part(relsName).map { [UInt8]($0) }
        guard let types = try archive.part("[Content_Types].xml").map({ [UInt8]($0) }) else {
            throw InputError(path, Message(id: "berkas .docx tidak berisi [Content_Types].xml", en: "the .docx has no [Content_Types].xml"))
        }
        let relation = rels.flatMap(PackageParts.commentsTarget)
        let commentsPart = relation.map(PackageParts.partName) ?? "word/comments.xml"
        let existingComments = try archive.part(commentsPart).map { [UInt8]($0) }

        let scanner: WordParagraphScanner
        do { scanner = try WordParagraphScanner([UInt8](body)) } catch {
            throw InputError(path, Message(id: "word/document.xml di dalam .docx tidak dapat disunting (XML tidak utuh)",
                                           en: "word/document.xml inside the .docx cannot be edited (incomplete XML)"))
        }
        let plan = planComments(result.diagnostics, document: document, scanner: scanner, language: language)
        var nextId = max(scanner.maxId, existingComments.map(PackageParts.maxCommentId) ?? -1) + 1
        var ids: [Int] = []
        for _ in plan { ids.append(nextId); nextId += 1 }

        let newBody = CommentMarks.insert(plan.map(\.anchor), ids: ids, into: scanner)
        let stamp = ISO8601DateFormatter().string(from: date)
        let comments = zip(plan, ids).map { p, id in PackageParts.comment(id: id, paragraphs: p.paragraphs, date: stamp, w: "w") }
        var replaced: [String: [UInt8]] = ["word/document.xml": newBody]
        var added: [(String, [UInt8])] = []
        if let existing = existingComments {
            replaced[commentsPart] = try PackageParts.appendComments(comments, to: existing, path: path)
        } else {
            added.append((commentsPart, PackageParts.newCommentsPart(comments)))
        }
        if relation == nil {
            if let rels { replaced[relsName] = try PackageParts.addCommentsRelationship(rels, path: path) } else { added.append((relsName, PackageParts.newRelationships())) }
        }
        if let t = PackageParts.addCommentsContentType(types, part: commentsPart) { replaced["[Content_Types].xml"] = t }

        let zip: ZipRewriter
        do { zip = try ZipRewriter([UInt8](raw)) } catch {
            throw InputError(path, Message(id: "arsip .docx ini tidak dapat disalin (ZIP64 atau rusak)", en: "this .docx archive cannot be copied (ZIP64 or corrupt)"))
        }
        let out = try zip.rewritten(replacing: replaced, adding: added)
        let findings = plan.filter { $0.kind == .finding }
        return (out, Outcome(comments: plan.count, findings: findings.count, inexact: findings.filter { !$0.exact }.count))
    }

    /// The comments to add, in document order of their findings: the summary, then each
    /// finding's comment followed by its related places (one comment per related spot).
    static func planComments(_ diagnostics: [Diagnostic], document: Document, scanner: WordParagraphScanner, language: Language) -> [Planned] {
        let finder = AnchorFinder(scanner: scanner, document: document)
        let text = ReviewCommentText(document: document, language: language)
        guard let first = finder.firstParagraph() else { return [] }
        var plan = [Planned(kind: .summary, anchor: first, paragraphs: text.summary(diagnostics))]
        var relatedUses: [CommentAnchor: [(Diagnostic, RelatedLocation)]] = [:]
        var relatedOrder: [CommentAnchor] = []
        for d in diagnostics {
            let l = d.location
            var anchor: CommentAnchor?
            var exact = true
            if let stated = d.stated {
                anchor = finder.find(stated, line: l.line, column: l.column, nearby: true)
                if anchor == nil { exact = false }
            }
            if anchor == nil, let token = finder.token(line: l.line, column: l.column), d.stated != nil {
                anchor = finder.find(token, line: l.line, column: l.column, nearby: false)
            }
            if anchor == nil { anchor = finder.paragraph(line: l.line, column: l.column) }
            if anchor == nil { exact = false }
            plan.append(Planned(kind: .finding, anchor: anchor ?? first, paragraphs: text.main(d, exact: exact), exact: exact))
            for r in d.related where r.location != l {
                let rl = r.location
                guard let a = finder.token(line: rl.line, column: rl.column).flatMap({ finder.find($0, line: rl.line, column: rl.column, nearby: false) })
                        ?? finder.paragraph(line: rl.line, column: rl.column), a != anchor else { continue }
                if relatedUses[a] == nil { relatedOrder.append(a) }
                relatedUses[a, default: []].append((d, r))
            }
        }
        for a in relatedOrder { plan.append(Planned(kind: .related, anchor: a, paragraphs: text.related(relatedUses[a]!))) }
        return plan
    }
}

