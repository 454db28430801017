import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs `XMLParser` over a part of an Office package with no DTD, no entity
/// declarations and no external entities: Office never writes them, and they are how
/// XML attacks (billion laughs, file disclosure) work.
enum SafeXML {
    static func parse(_ data: Data, part: String, path: String, delegate: XMLParserDelegate) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw InputError(path, Message(id: "bagian \(part) berisi deklarasi DOCTYPE/ENTITY yang tidak dipakai Word; berkas ditolak demi keamanan",
                                           en: "the part \(part) holds a DOCTYPE/ENTITY declaration Word never writes; file refused for safety"))
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = delegate
        // libxml2 may recover from some errors and still return true: check the error too.
        if !parser.parse() || parser.parserError != nil {
            let line = parser.lineNumber
            throw InputError(path, Message(id: "bagian \(part) di dalam berkas bukan XML yang sah (baris \(line)); berkas rusak",
                                           en: "the part \(part) inside the file is not well-formed XML (line \(line)); the file is corrupt"))
        }
    }
}

/// The namespaces WordprocessingML uses, transitional and strict spellings alike.
enum OfficeNamespace {
    case word, math, markupCompatibility, other

    static func of(_ uri: String?) -> OfficeNamespace {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main": return .word
        case "http://schemas.openxmlformats.org/officeDocument/2006/math",
             "http://purl.oclc.org/ooxml/officeDocument/math": return .math
        case "http://schemas.openxmlformats.org/markup-compatibility/2006": return .markupCompatibility
        default: return .other
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// An attribute by local name, whether the parser kept its prefix (`w:val`) or not.
    func attribute(_ local: String) -> String? {
        if let v = self[local] { return v }
        for (k, v) in self where k.hasSuffix(":" + local) { return v }
        return nil
    }
}
