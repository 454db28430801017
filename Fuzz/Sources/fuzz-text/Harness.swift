import Foundation
import LKjIPLint

// Decoding (BOMs, Windows-1252), the text/Markdown parser and every check.
private let linter = Linter(packs: try! RulePacks.builtIn())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let doc = try? TextReader.read(data: Data(bytes: data, count: size), path: "fuzz.md") else { return 0 }
    _ = linter.lint(doc)
    return 0
}
