import Foundation
import LKjIPLint

// The PDF layout reader (pages, furniture, stacked formulas, tables) on pdftotext-like
// text, then the lint.
private let linter = Linter(packs: try! RulePacks.builtIn())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let doc = PDFReader.read(layoutText: text, path: "fuzz.pdf") else { return 0 }
    _ = linter.lint(doc)
    return 0
}
