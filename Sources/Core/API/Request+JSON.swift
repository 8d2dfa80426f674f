import Foundation
package import HTTPServer
import Web

extension Request {
    /// The body as JSON decoded into `T`. No `Content-Type: application/json` is a 415, bytes
    /// that are not JSON a 400, and JSON of the wrong shape a 422 naming the field (`members[1].nik`).
    package func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        // RFC 9110 §8.3.1: the media type is case-insensitive and may carry parameters (charset).
        let mediaType = headers["Content-Type"].map { value in
            (value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? "")
                .trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let mediaType, mediaType == "application/json" || mediaType.hasSuffix("+json") else {
            throw APIError(.unsupportedMediaType, message: "Kirim data sebagai JSON (Content-Type: application/json).")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch let error as DecodingError {
            throw Self.apiError(error)
        }
    }

    private static func apiError(_ error: DecodingError) -> APIError {
        func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            var text = ""
            for key in codingPath + (last.map { [$0] } ?? []) {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "body" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return APIError(
                .unprocessableContent, message: "Data belum lengkap.",
                fields: [path(context.codingPath, key): "Wajib diisi."])
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard !context.codingPath.isEmpty else {
                return APIError(.unprocessableContent, message: "Bentuk data JSON tidak sesuai.")
            }
            return APIError(
                .unprocessableContent, message: "Bentuk data JSON tidak sesuai.",
                fields: [path(context.codingPath): "Jenis nilainya salah."])
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return APIError(
                .unprocessableContent, message: "Bentuk data JSON tidak sesuai.",
                fields: [path(context.codingPath): "Nilainya tidak valid."])
        default:
            return APIError(.badRequest, message: "Isi permintaan bukan JSON yang valid.")
        }
    }
}
