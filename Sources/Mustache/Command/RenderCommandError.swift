/// Why `dinsos render` could not render.
package enum RenderCommandError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read.
    case unreadableFile(path: String)
    /// The template (or a partial it uses) does not parse; names the file, line and column.
    case template(TemplateParseError)
    /// The data file is not valid JSON.
    case data(path: String, JSONParseError)

    package var description: String {
        switch self {
        case .fileNotFound(let path): "\(path): no such file"
        case .unreadableFile(let path): "\(path): cannot read the file"
        case .template(let error): error.description
        case .data(let path, let error): "\(path):\(error.line):\(error.column): invalid JSON: \(error.reason)"
        }
    }
}
