// swift-tools-version:6.0
// The comparison peer for bench-mustache: hummingbird-project/swift-mustache rendering the same fixtures.
import PackageDescription

let package = Package(
    name: "mustache-peer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1")
    ],
    targets: [
        .executableTarget(
            name: "mustache-peer",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")],
            path: "Sources/mustache-peer")
    ],
    swiftLanguageModes: [.v6]
)
