import ArgumentParser
import Foundation
import LKjIPLint
import LKjIPServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Jalankan halaman pemeriksaan dan API JSON untuk kantor (bawaan: hanya komputer ini, 127.0.0.1:8080).")

    @Option(help: "Alamat yang didengarkan. Selain 127.0.0.1/localhost, halaman terbuka bagi jaringan.")
    var host = "127.0.0.1"

    @Option(help: "Port.")
    var port = 8080

    @Option(name: .customLong("max-upload-mb"), help: "Batas unggahan per permintaan, dalam MB.")
    var maxUploadMB = 50

    @Option(name: .customLong("concurrency"), help: "Pemeriksaan yang berjalan bersamaan (bawaan: jumlah inti).")
    var concurrency = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("timeout"), help: "Batas waktu satu pemeriksaan, dalam detik.")
    var timeout = 120

    @Option(name: .customLong("config"), help: "Berkas .lkjip-lint.yml kantor: aturan, tingkat dan opsi untuk semua unggahan.")
    var configFile: String?

    @OptionGroup var packOptions: PackOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port harus 0–65535") }
        guard (1...1024).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb harus 1–1024") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency minimal 1") }
        guard timeout >= 1 else { throw ValidationError("--timeout minimal 1 detik") }
    }

    func run() throws {
        var options = ServeOptions()
        options.host = host
        options.port = port
        options.maxUploadBytes = maxUploadMB * 1_048_576
        options.concurrentChecks = concurrency
        options.queuedChecks = 4 * concurrency
        options.checkTimeoutSeconds = Double(timeout)
        do {
            let config = try configFile.map { try LintConfig.load(path: $0) } ?? LintConfig()
            var packs = try packOptions.load()
            for dir in config.checks { try packs.add(directory: dir) }
            options.linter = Linter(packs: packs, selection: config.selection, options: config.options)
        } catch let e as ConfigError { fail(e.text(.id)) } catch { fail("\(error)") }
        if !options.isLoopback {
            note("PERINGATAN / WARNING: mendengarkan di \(host), bukan hanya komputer ini: siapa pun di jaringan dapat mengunggah berkas. Tanpa HTTPS; pasang di jaringan kantor yang tepercaya saja. / listening on \(host), not only this machine: anyone on the network can upload files. No HTTPS; use on a trusted office network only.")
        }
        let shown = host.contains(":") ? "[\(host)]" : host
        let app = LKjIPServer.application(options) { bound in
            note("halaman pemeriksaan / checking page: http://\(shown):\(bound)/  (Ctrl+C untuk berhenti / to stop)")
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let e = failure.error { fail("serve: \(e)") }
    }

    func note(_ s: String) {
        FileHandle.standardError.write(Data(("lkjip-lint: " + s + "\n").utf8))
    }

    private final class FailureBox: @unchecked Sendable { var error: Error? }
}
