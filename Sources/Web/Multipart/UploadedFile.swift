/// One file from a multipart form. Small files stay in memory; larger ones live in a temporary
/// file that is deleted when the last copy of this value goes away, unless `save(to:)` moved it.
package struct UploadedFile: Sendable {
    /// Where the content is held.
    package enum Contents: Sendable {
        case memory([UInt8])
        case temporaryFile(TemporaryFile)
    }

    /// The form field's name.
    package let fieldName: String
    /// The name the browser sent, without any directory part; may be empty.
    package let filename: String
    /// As the browser declared it; check the content itself before trusting it.
    package let contentType: String
    /// The content length in bytes.
    package let size: Int
    package let contents: Contents

    /// The whole content.
    package func bytes() throws(FormError) -> [UInt8] {
        switch contents {
        case .memory(let bytes): return bytes
        case .temporaryFile(let file):
            guard let path = file.path else { throw .storageFailed("temporary file already moved") }
            do {
                return try FileIO.read(path)
            } catch {
                throw .storageFailed(error.description)
            }
        }
    }

    /// Stores the content at `path` (which must not exist): a rename for temporary files.
    package func save(to path: String) throws(FormError) {
        do {
            switch contents {
            case .memory(let bytes): try FileIO.create(path, bytes: bytes)
            case .temporaryFile(let file): try file.move(to: path)
            }
        } catch {
            throw .storageFailed(error.description)
        }
    }
}
