import Foundation
import ZIPFoundation

/// Writes a copy of a ZIP archive in which some entries are replaced or added and every
/// other entry is copied byte-for-byte (local header, compressed data, descriptor), so
/// the parts of a .docx the review does not touch stay exactly as Word saved them.
struct ZipRewriter {
    enum ZipError: Error { case notZip, zip64, truncated }

    struct CentralEntry {
        let name: String
        let record: [UInt8]         // the central directory record as found
        let localOffset: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [CentralEntry] = []
    private var centralOffset = 0
    private var archiveComment: [UInt8] = []

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        // End of central directory: the last signature within 64 KB of comment from the end.
        guard bytes.count >= 22 else { throw ZipError.notZip }
        var eocd = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while eocd >= floor, !(bytes[eocd] == 0x50 && bytes[eocd + 1] == 0x4B && bytes[eocd + 2] == 5 && bytes[eocd + 3] == 6) { eocd -= 1 }
        guard eocd >= floor else { throw ZipError.notZip }
        let count = u16(eocd + 10)
        centralOffset = u32(eocd + 16)
        archiveComment = Array(bytes[(eocd + 22)..<min(bytes.count, eocd + 22 + u16(eocd + 20))])
        if count == 0xFFFF || centralOffset == 0xFFFF_FFFF { throw ZipError.zip64 }
        var p = centralOffset
        for _ in 0..<count {
            guard p + 46 <= bytes.count, u32(p) == 0x0201_4B50 else { throw ZipError.truncated }
            let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
            let end = p + 46 + nameLength + extra + comment
            guard end <= bytes.count else { throw ZipError.truncated }
            let offset = u32(p + 42)
            if offset == 0xFFFF_FFFF || u32(p + 20) == 0xFFFF_FFFF { throw ZipError.zip64 }
            entries.append(CentralEntry(name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                                        record: Array(bytes[p..<end]), localOffset: offset))
            p = end
        }
    }

    private func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }

    /// The archive with `replaced` parts rewritten (deflated) and `added` parts appended.
    func rewritten(replacing replaced: [String: [UInt8]], adding added: [(String, [UInt8])]) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1_000_000)
        var central: [UInt8] = []
        // Each entry's local block runs to the next block or the central directory.
        let starts = entries.map(\.localOffset).sorted() + [centralOffset]
        for e in entries {
            let offset = out.count
            if let data = replaced[e.name] {
                let time = Array(e.record[12..<16])
                try append(name: e.name, data: data, time: time, to: &out, central: &central, offset: offset)
            } else {
                guard let next = starts.first(where: { $0 > e.localOffset }), next <= bytes.count else { throw ZipError.truncated }
                out += bytes[e.localOffset..<next]
                var record = e.record
                put32(&record, 42, offset)
                central += record
            }
        }
        for (name, data) in added {
            try append(name: name, data: data, time: dosTime(Date()), to: &out, central: &central, offset: out.count)
        }
        let centralStart = out.count
        out += central
        var end: [UInt8] = [0x50, 0x4B, 5, 6, 0, 0, 0, 0]
        let count = entries.count + added.count
        end += le16(count) + le16(count) + le32(central.count) + le32(centralStart) + le16(archiveComment.count)
        out += end + archiveComment
        return out
    }

    private func append(name: String, data: [UInt8], time: [UInt8], to out: inout [UInt8], central: inout [UInt8], offset: Int) throws {
        let input = Data(data)
        var compressed = Data()
        let crc = try Data.compress(size: Int64(input.count), bufferSize: 64 * 1024, provider: { position, size in
            input.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { compressed.append($0) })
        let nameBytes = Array(name.utf8)
        let common: [UInt8] = le16(20) + le16(0x0800) + le16(8) + time + le32(Int(crc)) + le32(compressed.count) + le32(input.count) + le16(nameBytes.count) + le16(0)
        out += [0x50, 0x4B, 3, 4] + common + nameBytes
        out += compressed
        central += [0x50, 0x4B, 1, 2] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
    }

    private func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    private func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }
    private func put32(_ a: inout [UInt8], _ i: Int, _ v: Int) {
        let b = le32(v)
        for k in 0..<4 { a[i + k] = b[k] }
    }

    /// MS-DOS time and date fields (local time, two-second resolution).
    private func dosTime(_ date: Date) -> [UInt8] {
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let time = (c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2
        let day = max(0, (c.year ?? 1980) - 1980) << 9 | (c.month ?? 1) << 5 | (c.day ?? 1)
        return le16(time) + le16(day)
    }
}
