// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Dinsos",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dinsos", targets: ["dinsos"]),
        .executable(name: "bench-server", targets: ["BenchServer"]),
        .executable(name: "bench-mustache", targets: ["MustacheRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // C interop
        .target(name: "CSystem", path: "Sources/CSystem"),
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]),

        // Platform
        .target(name: "HTTPServer", dependencies: ["CSystem"], swiftSettings: strict),
        .target(name: "Web", dependencies: ["HTTPServer", "CZlib"], swiftSettings: strict),
        .target(name: "Mustache", swiftSettings: strict),
        .target(name: "Database", dependencies: ["CSQLite"], swiftSettings: strict),

        .target(name: "Documents", dependencies: ["CZlib"], swiftSettings: strict),

        // The kernel every feature module uses
        .target(
            name: "Core",
            dependencies: [
                "HTTPServer", "Web", "Mustache", "Database", "Documents",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict),

        // Feature modules
        .target(name: "Registry", dependencies: ["Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),
        .target(name: "Sidamesra", dependencies: ["Registry", "Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),
        .target(name: "DTKS", dependencies: ["Sidamesra", "Registry", "Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),
        .target(name: "Sidakis", dependencies: ["DTKS", "Sidamesra", "Registry", "Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),
        .target(name: "SLRT", dependencies: ["DTKS", "Sidamesra", "Registry", "Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),
        .target(name: "Dashboard", dependencies: ["SLRT", "Sidakis", "DTKS", "Sidamesra", "Registry", "Core", "Database", "Web", "Mustache", "Documents"], swiftSettings: strict),

        // Composition root and command line
        .target(
            name: "App",
            dependencies: [
                "HTTPServer", "Web", "Mustache", "Database", "Documents", "Core", "Registry", "Sidamesra", "DTKS", "Sidakis", "SLRT", "Dashboard",
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "dinsos",
            dependencies: ["App", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),

        // Benchmarks
        .executableTarget(
            name: "BenchServer",
            dependencies: [
                "HTTPServer", "Web", "Mustache", "Database",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/BenchServer", swiftSettings: strict),
        .executableTarget(
            name: "MustacheRender",
            dependencies: ["Mustache"],
            path: "Benchmarks/MustacheRender", exclude: ["fixtures"], swiftSettings: strict),

        // Tests
        .target(
            name: "TestSupport",
            dependencies: ["HTTPServer", "Web", "Database", "CSystem", "Core", "Registry", "App"],
            path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "TestSupport", "CSystem"], swiftSettings: strict),
        .testTarget(name: "WebTests", dependencies: ["Web", "HTTPServer", "TestSupport", "CZlib"], swiftSettings: strict),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"], swiftSettings: strict),
        .testTarget(name: "DatabaseTests", dependencies: ["Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents"], swiftSettings: strict),
        .testTarget(name: "CoreTests", dependencies: ["Core", "Database", "Web", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "RegistryTests", dependencies: ["Registry", "Core", "Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SidamesraTests", dependencies: ["Sidamesra", "Registry", "Core", "Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DTKSTests", dependencies: ["DTKS", "Sidamesra", "Registry", "Core", "Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SidakisTests", dependencies: ["Sidakis", "DTKS", "Sidamesra", "Registry", "Core", "Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SLRTTests", dependencies: ["SLRT", "DTKS", "Sidamesra", "Registry", "Core", "Database", "Documents", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Sidamesra", "Registry", "Core", "Database", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "AppTests", dependencies: ["App", "Core", "Dashboard", "TestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
