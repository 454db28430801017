import Foundation
import ZIPFoundation

/// The parts of a `.docx` package, read into memory with every size bounded, so a
/// corrupt file or a zip bomb ends in a clear `InputError` instead of a crash or
/// exhausted memory.
struct DocxArchive {
    struct Limits: Sendable {
        /// Largest uncompressed part (document.xml of a very long report is a few MB).
        var maxPartBytes: UInt64 = 64 * 1024 * 1024
        /// Largest sum of all parts read.
        var maxTotalBytes: UInt64 = 256 * 1024 * 1024
        /// Largest uncompressed/compressed ratio for a part bigger than `ratioFloor`.
        var maxRatio: UInt64 = 200
        /// Below this size a part may compress as well as it likes (XML of repeated tags).
        var ratioFloor: UInt64 = 1024 * 1024
        var maxEntries = 10_000
        static let standard = Limits()
    }

    let path: String
    let archive: Archive
    let limits: Limits
    /// Uncompressed bytes read so far, against `maxTotalBytes`.
    private var totalRead: UInt64 = 0

    init(path: String, limits: Limits = .standard) throws {
        self.path = path
        self.limits = limits
        try DocxArchive.checkMagic(path)
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(path, Message(id: "berkas .docx rusak atau terpotong (bukan arsip ZIP yang utuh)",
                                           en: "the .docx file is corrupt or truncated (not a complete ZIP archive)"))
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.maxEntries {
                throw InputError(path, Message(id: "berkas .docx berisi terlalu banyak entri (lebih dari \(limits.maxEntries))",
                                               en: "the .docx file holds too many entries (more than \(limits.maxEntries))"))
            }
        }
        if count == 0 {
            throw InputError(path, Message(id: "berkas .docx kosong atau rusak (arsip ZIP tanpa isi)",
                                           en: "the .docx file is empty or corrupt (a ZIP archive with no entries)"))
        }
    }

    /// Word saves a password-protected document as an OLE compound file, not a ZIP;
    /// old `.doc` files are OLE too. Say which, rather than "corrupt".
    static func checkMagic(_ path: String) throws {
        let head = [UInt8](try FileHead.read(path, count: 8))
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputError(path, Message(
                id: "berkas .docx ini terenkripsi (dilindungi kata sandi) atau berformat .doc lama; buka di Word, hapus kata sandinya atau simpan sebagai .docx, lalu ulangi",
                en: "this .docx is encrypted (password-protected) or an old .doc; open it in Word, remove the password or save as .docx, and retry"))
        }
        if head.starts(with: Array("%PDF".utf8)) {
            throw InputError(path, Message(id: "berkas ini PDF, bukan .docx; ganti ekstensinya menjadi .pdf",
                                           en: "this file is a PDF, not a .docx; rename it to .pdf"))
        }
        if !head.starts(with: [0x50, 0x4B]) {
            throw InputError(path, Message(id: "berkas ini bukan .docx (bukan arsip ZIP/Office Open XML)",
                                           en: "this file is not a .docx (not a ZIP/Office Open XML archive)"))
        }
    }

    /// One part's bytes, or nil when the package has no such part.
    mutating func part(_ name: String) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        if declared > limits.maxPartBytes { throw tooLarge(name) }
        if declared > limits.ratioFloor, entry.compressedSize > 0, declared / entry.compressedSize > limits.maxRatio { throw bomb(name) }
        // The sizes in the ZIP directory may lie: count what really comes out.
        var data = Data()
        data.reserveCapacity(Int(min(declared, limits.maxPartBytes)))
        var produced: UInt64 = 0
        let maxPart = limits.maxPartBytes, maxRatio = limits.maxRatio, floor = limits.ratioFloor
        let compressed = max(entry.compressedSize, 1)
        let budget = limits.maxTotalBytes - min(totalRead, limits.maxTotalBytes)
        var crc: CRC32 = 0
        do {
            crc = try archive.extract(entry, skipCRC32: false) { chunk in
                produced += UInt64(chunk.count)
                if produced > maxPart || produced > budget { throw LimitExceeded.size }
                if produced > floor && produced / compressed > maxRatio { throw LimitExceeded.ratio }
                data.append(chunk)
            }
        } catch LimitExceeded.size {
            throw produced > budget && produced <= maxPart ? bomb(name) : tooLarge(name)
        } catch LimitExceeded.ratio {
            throw bomb(name)
        } catch {
            throw InputError(path, Message(id: "bagian \(name) di dalam .docx rusak atau terpotong",
                                           en: "the part \(name) inside the .docx is corrupt or truncated"))
        }
        // This way of extracting returns the checksum without comparing it.
        if crc != entry.checksum {
            throw InputError(path, Message(id: "bagian \(name) di dalam .docx rusak atau terpotong",
                                           en: "the part \(name) inside the .docx is corrupt or truncated"))
        }
        totalRead += produced
        return data
    }

    private enum LimitExceeded: Error { case size, ratio }

    private func tooLarge(_ name: String) -> InputError {
        let limit = limits.maxPartBytes >= 1_048_576 ? "\(limits.maxPartBytes / 1_048_576) MB" : "\(limits.maxPartBytes / 1024) KB"
        return InputError(path, Message(id: "bagian \(name) di dalam .docx terlalu besar (batas \(limit))",
                                        en: "the part \(name) inside the .docx is too large (limit \(limit))"))
    }

    private func bomb(_ name: String) -> InputError {
        InputError(path, Message(id: "bagian \(name) di dalam .docx mengembang tidak wajar saat dibuka (kemungkinan bom ZIP); berkas ditolak",
                                 en: "the part \(name) inside the .docx expands abnormally (likely a zip bomb); file refused"))
    }
}
