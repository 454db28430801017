import Foundation

/// A file the linter cannot read as a report. Always names the file; the CLI exits 2.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let problem: Message

    public init(_ path: String, _ problem: Message) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem.id)" }
    public func text(_ language: Language) -> String { "\(path): \(problem.text(language))" }
}

extension InputError {
    static func unreadable(_ path: String) -> InputError {
        InputError(path, Message(id: "berkas tidak dapat dibaca (izin akses?)", en: "file cannot be read (permissions?)"))
    }

    static func empty(_ path: String) -> InputError {
        InputError(path, Message(id: "berkas kosong", en: "the file is empty"))
    }
}

/// The first bytes of a file, for readers that tell formats apart by their magic number.
enum FileHead {
    static func read(_ path: String, count: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError.unreadable(path) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: count)) ?? Data()
        if head.isEmpty { throw InputError.empty(path) }
        return head
    }
}
