import Foundation
import Testing

@testable import Mustache

/// One test of the Mustache specification (github.com/mustache/spec), read from the shared folder.
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let template: String
    let data: MustacheValue
    let partials: [String: String]
    let expected: String

    var testDescription: String { name }

    func render() throws -> String {
        let partialTemplates = try partials.mapValues { try Template(source: $0, name: "partial") }
        let template = try Template(source: template, name: name)
        return String(decoding: template.render(data, partials: partialTemplates), as: UTF8.self)
    }
}

/// Finds and reads the spec's JSON files.
enum SpecSuite {
    /// `$DINSOS_SHARED/mustache-spec` when that variable is set (and then nothing else), else
    /// `<package root>/../shared/mustache-spec` (CI keeps shared/ beside the clone), else
    /// `/work/shared/mustache-spec`. Nil when the chosen folder has no spec files.
    static let directory: String? = {
        var candidates: [String] = []
        if let shared = ProcessInfo.processInfo.environment["DINSOS_SHARED"], !shared.isEmpty {
            let directory = shared + "/mustache-spec"
            return FileManager.default.fileExists(atPath: directory + "/interpolation.json") ? directory : nil
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/mustache-spec").path)
        candidates.append("/work/shared/mustache-spec")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/interpolation.json") }
    }()

    /// The spec files whose every test must pass.
    static let requiredFiles = [
        "interpolation", "sections", "inverted", "comments", "partials", "delimiters", "~inheritance",
    ]

    /// The cases of one spec file, or an empty list when it cannot be read (a separate test fails then).
    static func cases(_ file: String) -> [SpecCase] {
        (try? load(file)) ?? []
    }

    static func load(_ file: String) throws -> [SpecCase] {
        guard let directory else { throw SpecSuiteError.missingDirectory }
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(file).json"))
        guard case .array(let tests)? = try MustacheValue(json: data)["tests"] else {
            throw SpecSuiteError.malformed(file)
        }
        return try tests.map { test in
            guard case .string(let name)? = test["name"], case .string(let template)? = test["template"],
                case .string(let expected)? = test["expected"]
            else { throw SpecSuiteError.malformed(file) }
            var partials: [String: String] = [:]
            if case .object(let members)? = test["partials"] {
                for (key, value) in members {
                    guard case .string(let source) = value else { throw SpecSuiteError.malformed(file) }
                    partials[key] = source
                }
            }
            return SpecCase(
                file: file, name: name, template: template, data: test["data"] ?? .null, partials: partials,
                expected: expected)
        }
    }
}

enum SpecSuiteError: Error, CustomStringConvertible {
    case missingDirectory
    case malformed(String)

    var description: String {
        switch self {
        case .missingDirectory:
            "mustache-spec folder not found: set DINSOS_SHARED, or put shared/ beside the package root"
        case .malformed(let file): "\(file).json does not have the spec's shape"
        }
    }
}
