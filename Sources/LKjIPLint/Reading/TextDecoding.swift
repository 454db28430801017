import Foundation

/// Turns the bytes of a `.txt`/`.md` draft into lines: UTF-8 (with or without BOM),
/// UTF-16 or UTF-32 with BOM, and Windows-1252 as a last resort, which is reported.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public let text: String
        public let note: Message?
    }

    public static func decode(_ data: Data, path: String) throws -> Decoded {
        if data.isEmpty { throw InputError.empty(path) }
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(data: data.dropFirst(3), encoding: .utf8) else {
                throw InputError(path, Message(id: "berkas berawalan BOM UTF-8 tetapi isinya bukan UTF-8 yang sah", en: "the file starts with a UTF-8 BOM but is not valid UTF-8"))
            }
            return Decoded(text: s, note: nil)
        }
        // UTF-32 LE's BOM begins with UTF-16 LE's, so it is looked for first.
        for (bom, encoding, name) in [([UInt8]([0xFF, 0xFE, 0, 0]), String.Encoding.utf32LittleEndian, "UTF-32 LE"),
                                      ([0, 0, 0xFE, 0xFF], .utf32BigEndian, "UTF-32 BE")] where bytes.starts(with: bom) {
            guard let s = String(data: data.dropFirst(4), encoding: encoding) else {
                throw InputError(path, Message(id: "berkas berawalan BOM \(name) tetapi isinya bukan \(name) yang sah",
                                               en: "the file starts with a \(name) BOM but is not valid \(name)"))
            }
            return Decoded(text: s, note: nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let s = String(data: data, encoding: .utf16) else {
                throw InputError(path, Message(id: "berkas UTF-16 tidak dapat dibaca", en: "the UTF-16 file cannot be decoded"))
            }
            return Decoded(text: s, note: nil)
        }
        if looksBinary(data) {
            throw InputError(path, Message(id: "berkas biner, bukan teks laporan (gunakan .docx, .pdf, .txt atau .md)",
                                           en: "binary file, not report text (use .docx, .pdf, .txt or .md)"))
        }
        if let s = String(validatingUTF8Data: data) { return Decoded(text: s, note: nil) }
        // Not UTF-8: old Word "Save as text" writes Windows-1252.
        let s = String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        return Decoded(text: s, note: Message(id: "berkas bukan UTF-8; dibaca sebagai Windows-1252",
                                             en: "the file is not UTF-8; read as Windows-1252"))
    }

    /// NUL bytes or many control characters in the first 8 KB mean this is not text.
    static func looksBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20) { control += 1 }
        }
        return control * 20 > head.count
    }

    /// Splits on LF, CRLF or CR, keeping line numbers as a text editor counts them.
    public static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count / 60)
            var start = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < bytes.count { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self)) }
        }
        return out
    }
}

extension String {
    init?(validatingUTF8Data data: Data) {
        var valid = true
        let s = data.withUnsafeBytes { raw -> String in
            let buf = raw.bindMemory(to: UInt8.self)
            if let decoded = String(validating: buf, as: UTF8.self) { return decoded }
            valid = false
            return ""
        }
        guard valid else { return nil }
        self = s
    }
}
