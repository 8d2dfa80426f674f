package import HTTPServer

/// `Content-Disposition` values for downloads (RFC 6266 §4): an ASCII `filename` every client
/// understands and, for names that need it, `filename*=UTF-8''…` (RFC 8187) that modern ones prefer.
package enum ContentDisposition {
    /// `attachment; filename="…"` with `filename*` when the name is not plain ASCII.
    package static func attachment(filename: String) -> String {
        value("attachment", filename: filename)
    }

    /// The same for content the browser should show (PDF letters).
    package static func inline(filename: String) -> String {
        value("inline", filename: filename)
    }

    private static func value(_ type: String, filename: String) -> String {
        let fallback = asciiFallback(filename)
        var text = type + "; filename=\"" + fallback + "\""
        if fallback != filename { text += "; filename*=UTF-8''" + extValue(filename) }
        return text
    }

    /// Non-ASCII letters, controls, quotes, backslashes and path separators become `_`;
    /// an empty result becomes `download`.
    static func asciiFallback(_ filename: String) -> String {
        var output = ""
        for scalar in filename.unicodeScalars {
            let safe = scalar.value >= 0x20 && scalar.value < 0x7F && !"\"\\/%".unicodeScalars.contains(scalar)
            output.unicodeScalars.append(safe ? scalar : "_")
        }
        return output.isEmpty ? "download" : output
    }

    /// RFC 8187 §3.2.1 attr-char stays; every other UTF-8 byte is %XX.
    static func extValue(_ filename: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in filename.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
            case _ where "!#$&+-.^_`|~".utf8.contains(byte):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Response {
    /// A download of bytes in memory.
    package static func download(_ bytes: [UInt8], filename: String, contentType: String) -> Response {
        Response(
            headers: ["Content-Type": contentType, "Content-Disposition": ContentDisposition.attachment(filename: filename)],
            body: .bytes(bytes))
    }

    /// A download of a file on disk, sent in pieces by the server.
    package static func download(file path: String, length: Int, filename: String, contentType: String) -> Response {
        Response(
            headers: ["Content-Type": contentType, "Content-Disposition": ContentDisposition.attachment(filename: filename)],
            body: .file(path: path, length: length))
    }

    /// A download produced piece by piece (large exports).
    package static func download(
        filename: String, contentType: String, _ produce: @escaping () throws -> [UInt8]?
    ) -> Response {
        var response = stream(contentType: contentType, produce)
        response.headers.add("Content-Disposition", ContentDisposition.attachment(filename: filename))
        return response
    }
}
