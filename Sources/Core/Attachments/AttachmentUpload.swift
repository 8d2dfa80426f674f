package import Web

/// A file on its way into `AttachmentService.store`: its bytes, a file on disk (imports), or a
/// file from a multipart form, with the name the uploader gave it.
package struct AttachmentUpload: Sendable {
    /// Where the content is.
    package enum Content: Sendable {
        case bytes([UInt8])
        /// A file the command line was given; read, never moved.
        case file(path: String)
        /// A file from a form (in memory or in the web layer's temporary file).
        case uploaded(UploadedFile)
    }

    package let fileName: String
    package let content: Content

    package init(fileName: String, content: Content) {
        self.fileName = fileName
        self.content = content
    }

    /// A file from a multipart form.
    package init(_ file: UploadedFile) {
        self.init(fileName: file.filename, content: .uploaded(file))
    }

    /// The size in bytes when known without reading the content.
    var declaredSize: Int? {
        switch content {
        case .bytes(let bytes): bytes.count
        case .file(let path): AttachmentFiles.size(of: path)
        case .uploaded(let file): file.size
        }
    }
}
