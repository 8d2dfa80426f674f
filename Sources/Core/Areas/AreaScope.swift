package import Database
import Foundation

/// The part of the deployment a user may see. Area codes are hierarchical (`34.02.01.2001` lies
/// under `34.02.01`; `AreaImport` refuses codes that do not start with their parent's code), so
/// "inside an area" is "equal to its code or starting with its code and a dot".
package enum AreaScope: Sendable, Hashable {
    /// Admin, staf, kasi, kadis: the whole deployment.
    case everywhere
    /// Operator (one desa) or pendamping (a kecamatan, or several desa).
    case areas([String])

    /// True when `code` lies inside the scope.
    package func contains(_ code: String) -> Bool {
        switch self {
        case .everywhere: true
        case .areas(let roots): roots.contains { code == $0 || code.hasPrefix($0 + ".") }
        }
    }

    /// One bound argument for `AreaScope.sqlCondition`: NULL for everywhere, else a JSON array
    /// of the roots exactly as `contains` sees them.
    package var sqlArgument: DatabaseValue {
        switch self {
        case .everywhere:
            return .null
        case .areas(let roots):
            guard let data = try? JSONEncoder().encode(roots) else { return .text("[]") }
            return .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// SQL that is true when `column` lies inside the scope bound at parameter `?NNN`.
    /// `column` and `parameter` are constants in our own code, never input. "Starts with the root
    /// and a dot" is the key range [root + ".", root + "/") ('/' follows '.' in ASCII): exact like
    /// `contains` (no LIKE wildcards to escape) and able to use an index on `column`.
    package static func sqlCondition(column: StaticString, parameter: Int) -> String {
        let p = "?\(parameter)"
        return "(\(p) IS NULL OR EXISTS (SELECT 1 FROM json_each(\(p)) AS scope WHERE \(column) = scope.value OR (\(column) >= scope.value || '.' AND \(column) < scope.value || '/')))"
    }
}
