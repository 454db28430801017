import Foundation
import LKjIPLint

#if os(Linux)
/// glibc's malloc_trim (malloc.h, which the Glibc module does not export).
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Lints uploads with the same entry point as `lkjip-lint check` (Batch.run, one job per
/// file). The readers take a path, so each check writes its files into a private folder
/// (mode 0700, files 0600) under fixed names, and removes the folder before returning.
/// The client's file name never touches the file system: it picks the reader by its
/// extension and names the file in the report, nothing more.
struct UploadChecker: Sendable {
    let linter: Linter
    let temporaryDirectory: String

    struct FolderError: Error { let reason: String }

    /// One result per upload, in upload order, each under its display name.
    func check(_ uploads: [Upload]) throws -> [FileResult] {
        let folder = try makePrivateFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            #if os(Linux)
            // A long-running server: hand the check's freed memory back to the system, so
            // memory returns to its baseline after a busy hour (glibc keeps it otherwise).
            _ = mallocTrim(0)
            #endif
        }
        var results: [FileResult] = []
        for (i, upload) in uploads.enumerated() {
            let name = UploadName.display(upload.name)
            let file = folder + "/upload-\(i + 1)." + UploadName.fileExtension(name)!
            guard FileManager.default.createFile(atPath: file, contents: Data(upload.bytes), attributes: [.posixPermissions: 0o600]) else {
                throw FolderError(reason: "cannot write into the private folder")
            }
            let r = Batch.run([Batch.Job(path: file, linter: linter)])[0]
            try? FileManager.default.removeItem(atPath: file)
            var shown = FileResult(path: name, document: r.document, diagnostics: r.diagnostics,
                                   error: r.error.map { InputError(name, $0.problem) })
            shown.identity = r.identity
            results.append(shown)
        }
        return results
    }

    /// A new folder only this process can enter (mkdtemp creates it 0700).
    private func makePrivateFolder() throws -> String {
        var template = Array((temporaryDirectory + "/lkjip-serve-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw FolderError(reason: "mkdtemp failed (errno \(errno))") }
        return String(cString: p)
    }
}

/// What the server makes of a client's file name.
enum UploadName {
    /// The last component only (either slash), without control characters, at most 120
    /// characters with the extension kept: safe to show in a report, a header or a log.
    static func display(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\"" }))
            .trimmingCharacters(in: .whitespaces)
        if clean.count > 120 {
            let ext = (clean as NSString).pathExtension
            clean = String(clean.prefix(110)) + "…" + (ext.isEmpty ? "" : "." + ext)
        }
        return clean.isEmpty || clean == "." || clean == ".." ? "unggahan" : clean
    }

    /// The reader's extension when the name has one the linter reads, else nil.
    static func fileExtension(_ name: String) -> String? {
        let ext = (name as NSString).pathExtension.lowercased()
        return DocumentReader.extensions.contains(ext) ? ext : nil
    }
}
