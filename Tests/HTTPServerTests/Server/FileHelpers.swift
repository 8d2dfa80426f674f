import Glibc

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    guard let file = fopen(path, "wb") else { throw FileError.cannotOpen(path) }
    defer { fclose(file) }
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    guard written == bytes.count else { throw FileError.cannotOpen(path) }
}

func removeFile(_ path: String) {
    unlink(path)
}

enum FileError: Error {
    case cannotOpen(String)
}
