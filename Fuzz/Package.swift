// swift-tools-version:5.9
// libFuzzer harnesses, kept out of the main package so that normal builds skip them.
// Build and run with ../scripts/fuzz.sh TARGET SECONDS (it passes -sanitize=fuzzer,address).
import PackageDescription

let harness = { (name: String) in
    Target.executableTarget(
        name: name,
        dependencies: [.product(name: "LKjIPLint", package: "lkjip-lint")],
        path: "Sources/\(name)",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
}

let package = Package(
    name: "lkjip-lint-fuzz",
    dependencies: [.package(name: "lkjip-lint", path: "..")],
    targets: ["fuzz-docx", "fuzz-text", "fuzz-pdf-layout", "fuzz-config", "fuzz-pack"].map(harness)
)
