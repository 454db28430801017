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
        .executableTarget(
            name: "lkjip-lint",
            dependencies: [
                "LKjIPLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LKjIPLintTests",
            dependencies: ["LKjIPLint", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: []
        ),
    ]
)
