import Foundation
import LKjIPLint

// The .docx reader (ZIP limits, libxml2 for every part) and the full lint, fed through a
// file because that is the reader's only door. Any InputError is a fine answer; a crash is not.
private let path = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-fuzz-\(getpid()).docx").path
private let linter = Linter(packs: try! RulePacks.builtIn())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    _ = linter.lint(path: path)
    return 0
}
