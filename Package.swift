// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "lkjip-lint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lkjip-lint", targets: ["lkjip-lint"]),
        .library(name: "LKjIPLint", targets: ["LKjIPLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "CSpawn"),
        .target(
            name: "LKjIPLint",
            dependencies: [
                "CPCRE2",
                "CLibXML2",
                "CSpawn",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `lkjip-lint serve`: the office's checking page and JSON API. Its own target, so the
        // linter library never depends on the web server.
        .target(
            name: "LKjIPServe",
            dependencies: [
                "LKjIPLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "lkjip-lint",
            dependencies: [
                "LKjIPLint",
                "LKjIPServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LKjIPLintTests",
            dependencies: ["LKjIPLint", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams")],
            resources: []
        ),
        .testTarget(
            name: "LKjIPServeTests",
            dependencies: ["LKjIPServe", "LKjIPLint", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
