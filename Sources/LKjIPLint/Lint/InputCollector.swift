import Foundation

/// Turns the paths given on the command line into the report files to lint: files as
/// given, folders walked for `.docx`, `.pdf`, `.md` and `.txt`.
public enum InputCollector {
    public static func collect(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        var files: [String] = []
        var errors: [InputError] = []
        for p in paths {
            if p == "-" { files.append(p); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                errors.append(InputError(p, Message(id: "berkas atau folder tidak ditemukan", en: "no such file or folder")))
                continue
            }
            guard isDir.boolValue else { files.append(p); continue }
            let found = walk(p)
            if found.isEmpty {
                errors.append(InputError(p, Message(id: "folder ini tidak berisi laporan (.docx, .pdf, .md, .txt)",
                                                    en: "this folder holds no reports (.docx, .pdf, .md, .txt)")))
            }
            files += found
        }
        return (files, errors)
    }

    static func walk(_ dir: String) -> [String] {
        let base = URL(fileURLWithPath: dir)
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles, .skipsPackageDescendants]) else { return [] }
        var out: [String] = []
        for case let url as URL in e {
            let name = url.lastPathComponent
            if name == ".build" || name.hasPrefix(".build-") || name == "node_modules" { e.skipDescendants(); continue }
            if name.hasPrefix("~$") { continue }  // Word's lock files
            guard DocumentReader.extensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let rel = url.path.hasPrefix(base.path) ? dir + url.path.dropFirst(base.path.count) : url.path
            out.append(rel.replacingOccurrences(of: "//", with: "/"))
        }
        return out.sorted()
    }
}

extension Linter {
    /// Lints each file on all cores; results come back in input order.
    public func lint(paths: [String]) -> [FileResult] {
        var results = [FileResult?](repeating: nil, count: paths.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let r = lint(path: paths[i])
            lock.lock(); results[i] = r; lock.unlock()
        }
        return results.map { $0! }
    }

    public func lint(path: String, deadline: Date? = nil) -> FileResult {
        do {
            let doc = path == "-" ? try DocumentReader.readStandardInput() : try DocumentReader.read(path: path, deadline: deadline)
            return FileResult(path: path, document: doc, diagnostics: lint(doc), error: nil)
        } catch let e as InputError {
            return FileResult(path: path, document: nil, diagnostics: [], error: e)
        } catch {
            return FileResult(path: path, document: nil, diagnostics: [], error: InputError(path, Message(id: "\(error)", en: "\(error)")))
        }
    }
}
