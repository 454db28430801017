import Foundation
import LKjIPLint

// A user rule pack: the raw-byte bounds, Yams, the typed reader and PCRE2 compilation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var packs = RulePacks()
    _ = try? packs.add(yaml: String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self), file: "fuzz.yml")
    return 0
}
