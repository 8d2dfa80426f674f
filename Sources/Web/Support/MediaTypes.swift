/// Content types by file extension, and which of them are worth compressing.
package enum MediaTypes {
    /// The `Content-Type` for a file extension (without the dot, any case); unknown ones are
    /// `application/octet-stream`, which browsers never sniff into a page thanks to `nosniff`.
    package static func forExtension(_ fileExtension: String) -> String {
        byExtension[fileExtension.lowercased()] ?? "application/octet-stream"
    }

    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",  // RFC 9239
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "map": "application/json",
        "webmanifest": "application/manifest+json",
        "xml": "application/xml",
        "txt": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/vnd.microsoft.icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
        "zip": "application/zip",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "wasm": "application/wasm",
    ]

    /// Text-like types: `text/*`, JSON and XML (with their `+json`/`+xml` suffixes), JavaScript, SVG.
    package static func isCompressible(_ contentType: String) -> Bool {
        let essence = (contentType.split(separator: ";", maxSplits: 1).first ?? "").trimmingWhitespace().lowercased()
        if essence.hasPrefix("text/") { return true }
        switch essence {
        case "application/json", "application/javascript", "application/xml", "image/svg+xml",
            "application/manifest+json", "application/wasm":
            return true
        default:
            return essence.hasSuffix("+json") || essence.hasSuffix("+xml")
        }
    }
}
