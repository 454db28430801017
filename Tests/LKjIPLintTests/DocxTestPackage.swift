import Foundation
import XCTest
import ZIPFoundation

/// Builds small `.docx` packages at test time from WordprocessingML snippets.
enum DocxTestPackage {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#

    /// `body` is the inside of `<w:body>`; `parts` adds or replaces package parts.
    static func write(body: String, parts: [String: String] = [:], compression: CompressionMethod = .deflate) throws -> String {
        var all: [String: Data] = [
            "[Content_Types].xml": Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.utf8),
            "word/document.xml": Data(document(body).utf8),
        ]
        for (k, v) in parts { all[k] = Data(v.utf8) }
        return try write(all, compression: compression)
    }

    static func document(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>\#(body)</w:body></w:document>"#
    }

    static func write(_ parts: [String: Data], compression: CompressionMethod = .deflate, name: String = "draf.docx") throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return url.path
    }

    // MARK: snippets

    static func p(_ text: String, style: String? = nil, numbering: (Int, Int)? = nil) -> String {
        var ppr = ""
        if let style { ppr += #"<w:pStyle w:val="\#(style)"/>"# }
        if let (id, lvl) = numbering { ppr += #"<w:numPr><w:ilvl w:val="\#(lvl)"/><w:numId w:val="\#(id)"/></w:numPr>"# }
        return "<w:p>" + (ppr.isEmpty ? "" : "<w:pPr>\(ppr)</w:pPr>") + #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }

    static func tc(_ text: String, span: Int = 1, vMerge: String? = nil) -> String {
        var pr = ""
        if span > 1 { pr += #"<w:gridSpan w:val="\#(span)"/>"# }
        if let vMerge { pr += vMerge.isEmpty ? "<w:vMerge/>" : #"<w:vMerge w:val="\#(vMerge)"/>"# }
        return "<w:tc>" + (pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>") + p(text) + "</w:tc>"
    }

    static func tr(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cells.joined() + "</w:tr>"
    }

    static func tbl(_ rows: [String]) -> String { "<w:tbl>" + rows.joined() + "</w:tbl>" }
}
