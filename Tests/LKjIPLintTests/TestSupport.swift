import Foundation
import XCTest
@testable import LKjIPLint

/// The repository root, found from this file's path.
let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared samples, beside the repository (CI clones with shared/ next to it).
let samplesDir: URL = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

let builtInPacks: RulePacks = {
    do { return try RulePacks.builtIn() } catch { fatalError("built-in packs do not load: \(error)") }
}()

func lint(_ text: String, path: String = "draf.md") -> [Diagnostic] {
    Linter(packs: builtInPacks).lint(TextReader.read(text: text, path: path))
}

/// The built `lkjip-lint` executable next to the test bundle.
func executableURL() throws -> URL {
    let dir = Bundle.main.bundleURL.hasDirectoryPath && Bundle.main.bundleURL.pathExtension == "xctest"
        ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    for candidate in [dir, dir.deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent("lkjip-lint")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw XCTSkip("lkjip-lint executable not found beside the tests (\(dir.path))")
}

struct RunResult { let status: Int32; let stdout: String; let stderr: String }

func runCLI(_ args: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> RunResult {
    try runProcess(try executableURL(), args, stdin: stdin, environment: environment.map { ProcessInfo.processInfo.environment.merging($0) { $1 } })
}

/// Runs a program to its end. `environment` replaces the whole environment when given.
func runProcess(_ executable: URL, _ args: [String], stdin: Data? = nil, environment: [String: String]? = nil, in folder: URL? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = executable
    if let environment { p.environment = environment }
    if let folder { p.currentDirectoryURL = folder }
    p.arguments = args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let input = Pipe()
    p.standardInput = input
    try p.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try? input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

/// Writes `data` to a new temporary folder under `name`; returns the path.
func writeTemporaryFile(_ data: Data, _ name: String) throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try data.write(to: url)
    return url.path
}

/// The InputError reading `path` gives (nil when it reads); any other error fails the test.
func inputError(_ path: String, _ read: (String) throws -> Any) -> InputError? {
    do {
        _ = try read(path)
        return nil
    } catch let e as InputError {
        XCTAssertEqual(e.path, path)
        return e
    } catch {
        XCTFail("not an InputError: \(error)")
        return nil
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A file of ../shared/samples, or a skip that names the file and what was left unchecked.
/// On CI (CI=true) with ../shared present, a missing sample fails instead: a skip there
/// would hide a regression behind a passing run.
func requireSample(_ name: String, _ unchecked: String) throws -> URL {
    let url = samplesDir.appendingPathComponent(name)
    if FileManager.default.fileExists(atPath: url.path) { return url }
    let message = "../shared/samples/\(name) not present: \(unchecked) not checked"
    if ProcessInfo.processInfo.environment["CI"] == "true",
       FileManager.default.fileExists(atPath: samplesDir.deletingLastPathComponent().path) {
        XCTFail(message + " (CI with ../shared present: a sample must not be missing)")
    }
    throw XCTSkip(message)
}
