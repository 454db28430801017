import XCTest
@testable import LKjIPLint

final class BatchTests: XCTestCase {
    /// Fifty reports: the corpus drafts copied over and over under new names.
    func makeFolder(count: Int = 50) throws -> (URL, [String]) {
        let corpus = FlowFixtures.repoRoot.appendingPathComponent("corpus")
        let sources = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".txt")) && $0.first!.isNumber }.sorted()
        XCTAssertGreaterThanOrEqual(sources.count, 5)
        let dir = try FlowFixtures.tempDir()
        var paths: [String] = []
        for i in 0..<count {
            let src = sources[i % sources.count]
            let dst = dir.appendingPathComponent(String(format: "unit-%02d/%@", i, src))
            try FileManager.default.createDirectory(at: dst.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(src), to: dst)
            paths.append(dst.path)
        }
        return (dir, paths)
    }

    func key(_ r: FileResult) -> [String] {
        r.diagnostics.map { "\($0.rule)@\($0.location.line):\($0.location.column) \($0.message.id)" }
    }

    func testFolderOfFiftyGivesSameFindingsAsOneByOneOnMoreThanOneThread() throws {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { throw XCTSkip("one core: nothing to run in parallel") }
        let (dir, _) = try makeFolder()
        let (files, errors) = InputCollector.collect([dir.path])
        XCTAssertEqual(errors.count, 0)
        XCTAssertEqual(files.count, 50)
        let linter = Linter(packs: FlowFixtures.packs)

        let threads = ThreadLog()
        let batch = Batch.run(files.map { Batch.Job(path: $0, linter: linter) }) { _, _ in threads.record() }
        let single = files.map { linter.lint(path: $0) }

        XCTAssertEqual(batch.map(\.path), files, "input order kept")
        XCTAssertEqual(batch.map(key), single.map(key))
        XCTAssertGreaterThan(batch.reduce(0) { $0 + $1.diagnostics.count }, 50, "the corpus has findings to compare")
        XCTAssertGreaterThan(threads.distinct, 1, "concurrentPerform ran the files on more than one thread")
        XCTAssertTrue(batch.allSatisfy { $0.identity?.year != nil }, "every corpus report states its year")
    }

    func testCPUTimeExceedsWallTimeOnALargeBatch() throws {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { throw XCTSkip("one core") }
        let samples = try requireSample("kanim-kerinci-2024.txt", "CPU time against wall time on a large batch")
        var load = [Double](repeating: 0, count: 1)
        if getloadavg(&load, 1) == 1 && load[0] > 0.7 {
            throw XCTSkip("machine busy (load \(load[0])): CPU time cannot show parallelism; the thread test covers it")
        }
        let linter = Linter(packs: FlowFixtures.packs)
        let jobs = Array(repeating: Batch.Job(path: samples.path, linter: linter), count: 12)
        let cpu0 = cpuSeconds(), wall0 = Date()
        _ = Batch.run(jobs)
        let cpu = cpuSeconds() - cpu0, wall = Date().timeIntervalSince(wall0)
        XCTAssertGreaterThan(cpu, wall * 1.2, "cpu \(cpu)s over wall \(wall)s: more than one core busy")
    }

    func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    func testSummaryTableListsUnitYearAndCounts() throws {
        let (dir, _) = try makeFolder(count: 3)
        let (files, _) = InputCollector.collect([dir.path])
        let results = Batch.run(files.map { Batch.Job(path: $0, linter: Linter(packs: FlowFixtures.packs)) })
        let table = FileSummaryTable.render(results, language: .id)
        let lines = table.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("berkas"))
        XCTAssertTrue(lines[0].contains("satuan kerja") && lines[0].hasSuffix("info"))
        XCTAssertEqual(lines.count, 2 + 3 + 2, "header, rule, three files, rule, total")
        let first = results[0]
        XCTAssertTrue(lines[2].contains(first.identity!.unit!), String(lines[2]))
        XCTAssertTrue(lines[2].hasSuffix(" \(first.count(.info))"))
        XCTAssertTrue(lines.last!.hasPrefix("jumlah"))
    }

    func testReportIdentityFromCoversAndSentences() throws {
        func id(_ text: String) -> ReportIdentity { ReportIdentity.detect(TextReader.read(text: text)) }
        XCTAssertEqual(id("LAPORAN KINERJA INSTANSI PEMERINTAH 2024\n\nKANTOR IMIGRASI KELAS II\nNON TPI KERINCI\n\nKATA PENGANTAR\n"),
                       ReportIdentity(unit: "Kantor Imigrasi Kelas II Non TPI Kerinci", year: 2024))
        XCTAssertEqual(id("LAPORAN KINERJA INSTANSI PEMERINTAH\nTAHUN 2024\n\nKANTOR IMIGRASI KELAS I TPI PANGKALPINANG\nKANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM KEPULAUAN BANGKA BELITUNG\n"),
                       ReportIdentity(unit: "Kantor Imigrasi Kelas I TPI Pangkalpinang", year: 2024))
        XCTAssertEqual(id("# Laporan\n\nLaporan Kinerja (LKjIP) Rumah Detensi Imigrasi Balikpapan Tahun 2022 merupakan implementasi.\n"),
                       ReportIdentity(unit: "Rumah Detensi Imigrasi Balikpapan", year: 2022))
        XCTAssertEqual(id("Catatan rapat.\n"), ReportIdentity())
        let doc = TextReader.read(text: "LAPORAN KINERJA TAHUN 2023\n")
        XCTAssertEqual(ReportIdentity.of(doc, options: LintOptions(year: 2024, unit: "Kanim X")), ReportIdentity(unit: "Kanim X", year: 2024),
                       "the config wins")
    }

    func testReportIdentityOfTheSamples() throws {
        let dir = try requireSample("", "the report identity of the samples")
        XCTAssertEqual(ReportIdentity.detect(try DocumentReader.read(path: dir.appendingPathComponent("kanim-kerinci-2024.txt").path)),
                       ReportIdentity(unit: "Kantor Imigrasi Kelas II Non TPI Kerinci", year: 2024))
        XCTAssertEqual(ReportIdentity.detect(try DocumentReader.read(path: dir.appendingPathComponent("kanim-belakang-padang-2023.txt").path)),
                       ReportIdentity(unit: "Kantor Imigrasi Kelas II TPI Belakang Padang", year: 2023))
    }
}

/// Which threads ran the batch's files.
final class ThreadLog: @unchecked Sendable {
    private var ids = Set<UInt>()
    private let lock = NSLock()
    func record() { let t = UInt(pthread_self()); lock.withLock { _ = ids.insert(t) } }
    var distinct: Int { lock.withLock { ids.count } }
}
