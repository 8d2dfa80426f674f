import Foundation

/// A command-line program the tests check our files with (zbarimg, qpdf, pdftoppm, pdftotext).
/// A missing program fails the test with the Debian package to install; `make test` installs them.
struct ExternalTool: Sendable {
    let name: String
    let debianPackage: String

    static let zbarimg = ExternalTool(name: "zbarimg", debianPackage: "zbar-tools")
    static let qpdf = ExternalTool(name: "qpdf", debianPackage: "qpdf")
    static let pdftoppm = ExternalTool(name: "pdftoppm", debianPackage: "poppler-utils")
    static let pdftotext = ExternalTool(name: "pdftotext", debianPackage: "poppler-utils")

    struct Missing: Error, CustomStringConvertible {
        let tool: ExternalTool
        var description: String {
            "\(tool.name) is not installed: run `apt-get install \(tool.debianPackage)` "
                + "(or `make test`, which installs it) before running DocumentsTests"
        }
    }

    struct Result {
        let status: Int32
        let output: [UInt8]
        let errors: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    func path() throws -> String {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let found = search.split(separator: ":").map({ "\($0)/\(name)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw Missing(tool: self) }
        return found
    }

    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stderr on another thread so neither pipe can fill up and block the tool.
        let errorData = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: Array(data), errors: errorData.finish())
    }
}

/// Drains a pipe on a background thread.
private final class ErrorCollector: @unchecked Sendable {  // `data` is written before `done` is signalled and read after
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A fresh temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "dinsos-docs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { "\(path)/\(name)" }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    func read(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
