import Foundation
import LKjIPLint

// .lkjip-lint.yml: the raw-byte bounds, Yams, and the typed reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? LintConfig.parse(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self), file: "fuzz.yml")
    return 0
}
