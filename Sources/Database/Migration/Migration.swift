/// One numbered SQL file from the migrations directory, `NNNN_name.sql`.
package struct Migration: Sendable, Hashable {
    /// The number in the file name; applied in ascending order, each once.
    package let version: Int
    /// The part of the file name between the number and `.sql`.
    package let name: String
    /// The file name, `0001_core.sql`.
    package let fileName: String
    /// SHA-256 of the file's bytes, lowercase hexadecimal.
    package let checksum: String
    /// The file's SQL: one or more statements.
    package let sql: String

    /// Describes a migration; ``Migrator`` builds these from files.
    package init(version: Int, name: String, fileName: String, checksum: String, sql: String) {
        self.version = version
        self.name = name
        self.fileName = fileName
        self.checksum = checksum
        self.sql = sql
    }

    /// Parses `NNNN_name.sql` (four digits, an underscore, a non-empty name); `nil` for other names.
    static func parseFileName(_ fileName: String) -> (version: Int, name: String)? {
        let bytes = Array(fileName.utf8)
        guard bytes.count > 9, fileName.hasSuffix(".sql"), bytes[4] == UInt8(ascii: "_"),
              bytes[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let version = Int(String(decoding: bytes[0..<4], as: UTF8.self))
        else { return nil }
        let name = String(decoding: bytes[5..<(bytes.count - 4)], as: UTF8.self)
        return (version, name)
    }
}
