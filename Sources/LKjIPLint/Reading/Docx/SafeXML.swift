import CLibXML2
import Foundation

/// What a .docx part reader is told as libxml2's streaming reader walks the part.
/// Names arrive as local names with their namespace already classified; attributes are
/// looked up on demand, so an element nobody asks about costs no allocation beyond its name.
protocol XMLStreamHandler: AnyObject {
    func startElement(_ name: String, ns: OfficeNamespace, attributes: XMLAttributes)
    func endElement(_ name: String, ns: OfficeNamespace)
    func characters(_ text: String)
    func endDocument()
}

extension XMLStreamHandler {
    func characters(_ text: String) {}
    func endDocument() {}
}

/// The attributes of the element the reader stands on; valid only during `startElement`.
struct XMLAttributes {
    fileprivate let reader: xmlTextReaderPtr

    /// An attribute by local name, whatever its prefix (`w:val` and `val` alike);
    /// namespace declarations are not attributes here.
    func attribute(_ local: String) -> String? {
        defer { xmlTextReaderMoveToElement(reader) }
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        return local.withCString { want -> String? in
            repeat {
                if xmlTextReaderIsNamespaceDecl(reader) != 1, let name = xmlTextReaderConstLocalName(reader),
                   strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), want) == 0 {
                    return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                }
            } while xmlTextReaderMoveToNextAttribute(reader) == 1
            return nil
        }
    }
}

/// Reads a part of an Office package with libxml2's `xmlTextReader` (fuzzed for years by
/// OSS-Fuzz; Foundation's XMLParser trapped on invalid UTF-8 in a name). No network, no
/// DTD loading, no entity substitution, and any DOCTYPE or entity reference refused:
/// Office never writes them, and they are how XML attacks (billion laughs, file
/// disclosure) work. XML_PARSE_HUGE lifts libxml2's 10 MB text-node cap: the part's size
/// is already bounded by the archive limits.
enum SafeXML {
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOCDATA.rawValue)

    static func parse(_ data: Data, part: String, path: String, handler: XMLStreamHandler) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw doctype(part, path)
        }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count <= Int(Int32.max),
                  let reader = xmlReaderForMemory(base, Int32(raw.count), nil, nil, options) else {
                throw malformed(part, path, line: 0)
            }
            defer { xmlFreeTextReader(reader) }
            // Errors are read from the return value; libxml2 must not print them.
            xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)
            try walk(reader, part: part, path: path, handler: handler)
        }
    }

    private static func walk(_ reader: xmlTextReaderPtr, part: String, path: String, handler: XMLStreamHandler) throws {
        var namespaces: [UnsafeRawPointer: OfficeNamespace] = [:]
        func namespace() -> OfficeNamespace {
            guard let uri = xmlTextReaderConstNamespaceUri(reader) else { return .other }
            // Names and URIs are interned in the reader's dictionary: one lookup per pointer.
            let key = UnsafeRawPointer(uri)
            if let ns = namespaces[key] { return ns }
            let ns = OfficeNamespace.of(String(cString: uri))
            namespaces[key] = ns
            return ns
        }
        func localName() -> String {
            xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else { throw malformed(part, path, line: Int(xmlTextReaderGetParserLineNumber(reader))) }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = localName()
                let ns = namespace()
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                handler.startElement(name, ns: ns, attributes: XMLAttributes(reader: reader))
                if empty { handler.endElement(name, ns: ns) }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                handler.endElement(localName(), ns: namespace())
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let value = xmlTextReaderConstValue(reader) { handler.characters(String(cString: value)) }
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue),
                 Int32(XML_READER_TYPE_ENTITY.rawValue):
                // A DOCTYPE the byte search missed (a UTF-16 part) or an entity left unexpanded.
                throw doctype(part, path)
            default:
                break
            }
        }
        handler.endDocument()
    }

    private static func doctype(_ part: String, _ path: String) -> InputError {
        InputError(path, Message(id: "bagian \(part) berisi deklarasi DOCTYPE/ENTITY yang tidak dipakai Word; berkas ditolak demi keamanan",
                                 en: "the part \(part) holds a DOCTYPE/ENTITY declaration Word never writes; file refused for safety"))
    }

    private static func malformed(_ part: String, _ path: String, line: Int) -> InputError {
        InputError(path, Message(id: "bagian \(part) di dalam berkas bukan XML yang sah (baris \(line)); berkas rusak",
                                 en: "the part \(part) inside the file is not well-formed XML (line \(line)); the file is corrupt"))
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
