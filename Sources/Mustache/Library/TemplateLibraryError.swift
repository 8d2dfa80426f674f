/// Why a template directory could not be loaded, or a render through the library failed.
package enum TemplateLibraryError: Error, Equatable, CustomStringConvertible {
    /// The directory (or a folder inside it) cannot be listed.
    case unreadableDirectory(path: String)
    /// A template file cannot be read.
    case unreadableFile(path: String)
    /// A template file does not parse; the error names the file, line and column.
    case parse(TemplateParseError)
    /// A partial or parent tag names a template the directory does not have.
    case missingPartial(name: String, file: String, location: SourceLocation)
    /// `render` was asked for a template the directory does not have.
    case templateNotFound(String)
    /// The view model could not be encoded into a `MustacheValue`.
    case modelEncoding(template: String, reason: String)

    package var description: String {
        switch self {
        case .unreadableDirectory(let path): "cannot list template directory \(path)"
        case .unreadableFile(let path): "cannot read template \(path)"
        case .parse(let error): error.description
        case .missingPartial(let name, let file, let location):
            "\(file):\(location.line):\(location.column): partial '\(name)' not found"
        case .templateNotFound(let name): "no template named '\(name)'"
        case .modelEncoding(let template, let reason): "cannot encode the view model for '\(template)': \(reason)"
        }
    }
}
