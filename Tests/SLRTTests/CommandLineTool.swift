import Foundation

/// A program the PDF and QR tests check our output with (qpdf, pdftoppm, pdftotext, zbarimg);
/// a missing one fails the test naming its Debian package (`make test` installs them).
struct CommandLineTool {
    let name: String
    let debianPackage: String

    static let qpdf = CommandLineTool(name: "qpdf", debianPackage: "qpdf")
    static let pdftoppm = CommandLineTool(name: "pdftoppm", debianPackage: "poppler-utils")
    static let pdftotext = CommandLineTool(name: "pdftotext", debianPackage: "poppler-utils")
    static let zbarimg = CommandLineTool(name: "zbarimg", debianPackage: "zbar-tools")

    struct Missing: Error, CustomStringConvertible {
        let tool: CommandLineTool
        var description: String { "\(tool.name) is missing: apt-get install \(tool.debianPackage) (or make test)" }
    }

    /// Runs the tool with its output going to files (no pipe to fill); returns status, standard
    /// output and standard error (zbarimg writes D-Bus notices there in a container).
    func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String, errors: String) {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let path = search.split(separator: ":").map({ "\($0)/\(name)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { throw Missing(tool: self) }
        let outputPath = directory + "/\(name)-\(UUID().uuidString).out"
        let errorPath = outputPath + ".err"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text, errorText)
    }
}
