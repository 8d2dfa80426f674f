import Foundation

@testable import Mustache

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("mustache-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `relativePath`, creating folders as needed; returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> String {
        let file = path + "/" + relativePath
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Renders `source` with `context` and optional partial sources, as a String.
func render(
    _ source: String, _ context: MustacheValue = [:], partials: [String: String] = [:]
) throws -> String {
    let templates = try partials.mapValues { try Template(source: $0, name: "partial") }
    return String(decoding: try Template(source: source).render(context, partials: templates), as: UTF8.self)
}
