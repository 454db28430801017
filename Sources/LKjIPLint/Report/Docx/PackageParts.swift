import Foundation

/// The comment plumbing of a .docx package, written as text: the comments part (new, or
/// existing comments kept and ours appended), its relationship and its content type.
enum PackageParts {
    static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let commentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The Target of the document's comments relationship, if it has one.
    static func commentsTarget(_ rels: [UInt8]) -> String? {
        var tags = XMLTagCursor(rels)
        while let tag = tags.next() {
            guard tag.kind != .end, tag.name(rels).hasSuffix("Relationship") else { continue }
            let attributes = Dictionary(tag.attributes(rels), uniquingKeysWith: { a, _ in a })
            if attributes["Type"] == commentsType, attributes["TargetMode"] != "External", let t = attributes["Target"] { return t }
        }
        return nil
    }

    /// A relationship target (relative to `word/`, or absolute from the package root) as a part name.
    static func partName(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["word"]
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    static func maxCommentId(_ comments: [UInt8]) -> Int {
        var tags = XMLTagCursor(comments)
        var best = -1
        while let tag = tags.next() {
            if tag.kind == .end { continue }
            for (name, value) in tag.attributes(comments) where name.hasSuffix(":id") || name == "id" {
                if let v = Int(value) { best = max(best, v) }
            }
        }
        return best
    }

    /// One `<w:comment>`: the first paragraph carries the annotation mark.
    static func comment(id: Int, paragraphs: [String], date: String, w: String) -> String {
        var s = "<\(w):comment \(w):id=\"\(id)\" \(w):author=\"\(DocxReview.author)\" \(w):date=\"\(date)\" \(w):initials=\"LL\">"
        for (i, p) in paragraphs.enumerated() {
            s += "<\(w):p>"
            if i == 0 { s += "<\(w):r><\(w):annotationRef/></\(w):r>" }
            s += "<\(w):r><\(w):t xml:space=\"preserve\">\(XMLText.escape(p))</\(w):t></\(w):r></\(w):p>"
        }
        return s + "</\(w):comment>"
    }

    static func newCommentsPart(_ comments: [String]) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(wordNamespace)\">"
               + comments.joined() + "</w:comments>").utf8)
    }

    /// Our comments appended after the existing ones, with the part's own prefix for the
    /// WordprocessingML namespace.
    static func appendComments(_ comments: [String], to part: [UInt8], path: String) throws -> [UInt8] {
        var tags = XMLTagCursor(part)
        var root: XMLTagCursor.Tag?
        var lastEnd: XMLTagCursor.Tag?
        while let tag = tags.next() {
            if root == nil, tag.kind == .start || tag.kind == .empty { root = tag }
            if tag.kind == .end { lastEnd = tag }
        }
        guard let root, let prefix = root.attributes(part).first(where: { $0.1 == wordNamespace && $0.0.hasPrefix("xmlns:") })?.0.dropFirst(6) else {
            throw InputError(path, Message(id: "word/comments.xml di dalam .docx tidak dikenali", en: "word/comments.xml inside the .docx is not recognised"))
        }
        let rewritten = comments.map { $0.replacingOccurrences(of: "<w:", with: "<\(prefix):").replacingOccurrences(of: "</w:", with: "</\(prefix):")
            .replacingOccurrences(of: " w:", with: " \(prefix):") }.joined()
        if root.kind == .empty {
            // `<w:comments …/>`: open it up.
            let open = Array(part[root.range.dropLast(2)]) + Array(">".utf8)
            return Array(part[..<root.range.lowerBound]) + open + Array(rewritten.utf8) + Array("</\(prefix):comments>".utf8) + Array(part[root.range.upperBound...])
        }
        guard let end = lastEnd else {
            throw InputError(path, Message(id: "word/comments.xml di dalam .docx tidak utuh", en: "word/comments.xml inside the .docx is incomplete"))
        }
        return Array(part[..<end.range.lowerBound]) + Array(rewritten.utf8) + Array(part[end.range.lowerBound...])
    }

    static func addCommentsRelationship(_ rels: [UInt8], path: String) throws -> [UInt8] {
        let text = String(decoding: rels, as: UTF8.self)
        var id = "rIdLkjipLintComments"
        var n = 2
        while text.contains("Id=\"\(id)\"") { id = "rIdLkjipLintComments\(n)"; n += 1 }
        guard let close = text.range(of: "</Relationships>", options: .backwards) else {
            throw InputError(path, Message(id: "word/_rels/document.xml.rels di dalam .docx tidak utuh", en: "word/_rels/document.xml.rels inside the .docx is incomplete"))
        }
        let entry = "<Relationship Id=\"\(id)\" Type=\"\(commentsType)\" Target=\"comments.xml\"/>"
        return Array((text[..<close.lowerBound] + entry + text[close.lowerBound...]).utf8)
    }

    static func newRelationships() -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
               + "<Relationship Id=\"rIdLkjipLintComments\" Type=\"\(commentsType)\" Target=\"comments.xml\"/></Relationships>").utf8)
    }

    /// The content types with an Override for the comments part, or nil when it has one.
    static func addCommentsContentType(_ types: [UInt8], part: String) -> [UInt8]? {
        let text = String(decoding: types, as: UTF8.self)
        if text.contains("PartName=\"/\(part)\"") { return nil }
        guard let close = text.range(of: "</Types>", options: .backwards) else { return nil }
        let entry = "<Override PartName=\"/\(part)\" ContentType=\"\(commentsContentType)\"/>"
        return Array((text[..<close.lowerBound] + entry + text[close.lowerBound...]).utf8)
    }
}
