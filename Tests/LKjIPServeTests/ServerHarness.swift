import Foundation
import XCTest
import LKjIPLint
@testable import LKjIPServe

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let formatsDir = repoRoot.appendingPathComponent("corpus/formats")

/// A server on a free loopback port in this process, with its own temporary folder and
/// access log, stopped by `stop()`. Tests talk to it over real sockets (`HTTPClient`).
final class ServerHarness: @unchecked Sendable {
    let port: Int
    let temporaryDirectory: URL
    private let task: Task<Void, Never>
    private let stopped = DispatchSemaphore(value: 0)
    private let logBox: LogBox

    /// The access-log lines written so far.
    var log: [String] { logBox.lines }

    init(_ configure: (inout ServeOptions) -> Void = { _ in }) throws {
        temporaryDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporaryDirectory, withIntermediateDirectories: true)
        var options = ServeOptions()
        options.host = "127.0.0.1"
        options.port = 0
        options.temporaryDirectory = temporaryDirectory.path
        let box = PortBox()
        let logBox = LogBox()
        self.logBox = logBox
        options.accessLog = { line in logBox.append(line) }
        configure(&options)
        let started = DispatchSemaphore(value: 0)
        let app = LKjIPServer.application(options) { port in box.port = port; started.signal() }
        let stopped = self.stopped
        task = Task {
            do { try await app.run() } catch { print("server ended: \(error)") }
            stopped.signal()
        }
        guard started.wait(timeout: .now() + 30) == .success, let p = box.port else { throw XCTSkip("the server did not start") }
        port = p
    }

    func stop() {
        task.cancel()
        _ = stopped.wait(timeout: .now() + 10)
        try? FileManager.default.removeItem(at: temporaryDirectory)
    }

    func request(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) throws -> HTTPReply {
        try HTTPClient.send(port: port, method: method, path: path, headers: headers, body: body)
    }

    /// A multipart/form-data upload of `files` (name, bytes) as the page's form sends it.
    func upload(_ files: [(String, [UInt8])], query: String = "") throws -> HTTPReply {
        let boundary = "----lkjipTest\(UUID().uuidString.prefix(8))"
        var body: [UInt8] = []
        for (name, bytes) in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return try request("POST", "/api/v1/check" + query, headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: body)
    }

    private final class PortBox: @unchecked Sendable { var port: Int? }
    private final class LogBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.withLock { stored.append(line) } }
        var lines: [String] { lock.withLock { stored } }
    }
}

struct HTTPReply {
    let status: Int
    /// Header names lowercased.
    let headers: [String: String]
    let body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] }
}

/// HTTP/1.1 over a plain socket to 127.0.0.1, one request per connection: every byte the
/// test sends is visible here, and a server that stops answering fails the test (timeout)
/// instead of hanging it.
enum HTTPClient {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func send(port: Int, method: String, path: String, headers: [(String, String)], body: [UInt8]) throws -> HTTPReply {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: errno \(errno)") }

        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (k, v) in headers { head += "\(k): \(v)\r\n" }
        if !headers.contains(where: { $0.0.lowercased() == "transfer-encoding" }) && (method == "POST" || method == "PUT" || !body.isEmpty) {
            head += "Content-Length: \(body.count)\r\n"
        }
        head += "\r\n"
        // A server may answer (413) and close before the body is sent: stop writing then, and read the answer.
        _ = writeAll(fd, Array(head.utf8)) && writeAll(fd, body)

        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !complete(received, method: method) {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n > 0 { received += chunk[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            if n == 0 || !received.isEmpty { break }
            throw Failure(description: "no answer from the server (errno \(errno))")
        }
        return try parse(received)
    }

    /// Whether a whole response is in: headers and Content-Length bytes of body (a server
    /// may keep the connection open after an early answer such as 413).
    private static func complete(_ raw: [UInt8], method: String) -> Bool {
        guard let end = Multipart.find(Array("\r\n\r\n".utf8), in: raw, from: 0) else { return false }
        if method == "HEAD" { return true }
        let head = String(decoding: raw[0..<end], as: UTF8.self).lowercased()
        guard let line = head.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return false }
        return raw.count - (end + 4) >= length
    }

    /// Sends `bytes`, stopping early (false) once the server has answered, as curl does:
    /// a server that refuses a body (413) stops reading it.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            if answered(fd) { return false }
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, min($0.count, 1 << 18), Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            if n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) {
                var p = pollfd(fd: fd, events: Int16(POLLOUT | POLLIN), revents: 0)
                _ = poll(&p, 1, 1000)
                continue
            }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    private static func answered(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0 && (p.revents & Int16(POLLIN)) != 0
    }

    static func parse(_ raw: [UInt8]) throws -> HTTPReply {
        guard let end = Multipart.find(Array("\r\n\r\n".utf8), in: raw, from: 0) else { throw Failure(description: "no header end in \(raw.count) bytes") }
        let lines = String(decoding: raw[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for l in lines.dropFirst() {
            guard let c = l.firstIndex(of: ":") else { continue }
            headers[l[..<c].lowercased()] = l[l.index(after: c)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(raw[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], i = 0
        while let lineEnd = Multipart.find([13, 10], in: b, from: i),
              let size = Int(String(decoding: b[i..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16), size > 0 {
            out += b[(lineEnd + 2)..<min(b.count, lineEnd + 2 + size)]
            i = lineEnd + 2 + size + 2
        }
        return out
    }
}

/// Runs the built `lkjip-lint` in `directory`; stdout and status.
func runCLI(_ args: [String], in directory: URL) throws -> (status: Int32, stdout: String) {
    let dir = Bundle.main.bundleURL.pathExtension == "xctest" ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    guard let exe = [dir, dir.deletingLastPathComponent()].map({ $0.appendingPathComponent("lkjip-lint") })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw XCTSkip("lkjip-lint executable not found beside the tests (\(dir.path))")
    }
    let p = Process()
    p.executableURL = exe
    p.arguments = args
    p.currentDirectoryURL = directory
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
