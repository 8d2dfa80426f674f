#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a `multipart/form-data` body (RFC 7578, framing from RFC 2046 §5.1.1) held in memory.
struct MultipartParser {
    let delimiter: [UInt8]
    let limits: MultipartLimits

    /// RFC 2046 §5.1.1: a boundary is 1 to 70 characters and does not end with a space.
    init(boundary: String, limits: MultipartLimits) throws(FormError) {
        let bytes = Array(boundary.utf8)
        guard (1...70).contains(bytes.count), bytes.last != UInt8(ascii: " "),
            !bytes.contains(where: { $0 < 0x20 || $0 > 0x7E })
        else { throw .malformedMultipart("invalid boundary") }
        delimiter = Array("--".utf8) + bytes
        self.limits = limits
    }

    func parse(_ body: [UInt8]) throws(FormError) -> FormData {
        try body.withUnsafeBufferPointer { buffer throws(FormError) in try parse(buffer) }
    }

    private static let crlf: [UInt8] = [13, 10]

    private func parse(_ body: UnsafeBufferPointer<UInt8>) throws(FormError) -> FormData {
        var form = FormData()
        let separator = MultipartParser.crlf + delimiter
        // The first delimiter may open the body or follow a preamble (§5.1.1) after a CRLF.
        var position: Int
        if body.starts(with: delimiter) {
            position = delimiter.count
        } else if let found = Self.find(separator, in: body, from: 0) {
            position = found + separator.count
        } else {
            throw .malformedMultipart("no opening boundary")
        }
        var parts = 0
        while true {
            if position + 2 <= body.count, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") {
                return form  // close-delimiter; the epilogue is ignored
            }
            while position < body.count, body[position] == 0x20 || body[position] == 0x09 { position += 1 }
            guard position + 2 <= body.count, body[position] == 13, body[position + 1] == 10 else {
                throw .malformedMultipart("boundary not followed by CRLF")
            }
            position += 2
            parts += 1
            guard parts <= limits.maxParts else { throw .multipartLimitExceeded("too many parts") }

            let headerEnd: Int
            let contentStart: Int
            if body.count - position >= 2, body[position] == 13, body[position + 1] == 10 {
                headerEnd = position  // a part without header fields
                contentStart = position + 2
            } else {
                guard let found = Self.find(MultipartParser.crlf + MultipartParser.crlf, in: body, from: position) else {
                    throw .malformedMultipart("unterminated part headers")
                }
                headerEnd = found
                contentStart = found + 4
            }
            guard headerEnd - position <= limits.maxPartHeaderBytes else {
                throw .multipartLimitExceeded("part headers too large")
            }
            guard let contentEnd = Self.find(separator, in: body, from: contentStart) else {
                throw .malformedMultipart("missing closing boundary")
            }
            let headers = try parseHeaders(UnsafeBufferPointer(rebasing: body[position..<headerEnd]))
            try addPart(headers: headers, content: UnsafeBufferPointer(rebasing: body[contentStart..<contentEnd]), to: &form)
            position = contentEnd + separator.count
        }
    }

    private func parseHeaders(_ bytes: UnsafeBufferPointer<UInt8>) throws(FormError) -> [(String, String)] {
        var headers: [(String, String)] = []
        for line in bytes.split(separator: 13, omittingEmptySubsequences: true) {
            var line = line[...]
            if line.first == 10 { line = line.dropFirst() }
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")),
                let text = String(validating: line, as: UTF8.self)
            else { throw .malformedMultipart("bad part header") }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            guard !name.isEmpty, name.utf8.allSatisfy(ParameterizedHeader.isTokenByte) else {
                throw .malformedMultipart("bad part header name")
            }
            let value = text.utf8.dropFirst(colon - line.startIndex + 1)
            headers.append((name, Substring(value).trimmingWhitespace()))
        }
        return headers
    }

    private func addPart(
        headers: [(String, String)], content: UnsafeBufferPointer<UInt8>, to form: inout FormData
    ) throws(FormError) {
        guard let dispositionText = headers.first(where: { $0.0.caseInsensitiveEquals("Content-Disposition") })?.1,
            let disposition = ParameterizedHeader(dispositionText, mediaType: false, strictEscapes: false),
            disposition.value == "form-data",
            let rawName = disposition.parameter("name")
        else { throw .malformedMultipart("part without form-data name") }
        let name = MultipartParser.unescapeWHATWG(rawName)
        let contentType = headers.first { $0.0.caseInsensitiveEquals("Content-Type") }?.1

        guard let filename = MultipartParser.filename(from: disposition) else {
            guard content.count <= limits.maxFieldBytes else { throw .multipartLimitExceeded("field too large") }
            guard let value = String(validating: content, as: UTF8.self) else { throw .invalidEncoding }
            form.fields.append(.init(name: name, value: value))
            return
        }
        // A file input left empty arrives as filename="" with no content: there is no file.
        if filename.isEmpty && content.isEmpty { return }
        let contents: UploadedFile.Contents
        if content.count > limits.memoryThreshold {
            do {
                let path = try FileIO.createTemporary(
                    in: limits.temporaryDirectory, prefix: "dinsos-upload-", bytes: content)
                contents = .temporaryFile(TemporaryFile(path: path))
            } catch {
                throw .storageFailed(error.description)
            }
        } else {
            contents = .memory(Array(content))
        }
        form.files.append(
            UploadedFile(
                fieldName: name, filename: filename, contentType: contentType ?? "application/octet-stream",
                size: content.count, contents: contents))
    }

    /// `filename*` (RFC 8187, UTF-8 only) wins over `filename`; any directory part is dropped.
    private static func filename(from disposition: ParameterizedHeader) -> String? {
        var name: String?
        if let extended = disposition.parameter("filename*") {
            let pieces = extended.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
            if pieces.count == 3, String(pieces[0]).caseInsensitiveEquals("UTF-8") {
                name = PercentDecoding.decodeString(pieces[2].utf8, plusAsSpace: false)
            }
        }
        guard let chosen = name ?? disposition.parameter("filename").map(unescapeWHATWG) else { return nil }
        let lastComponent = chosen.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last
        return lastComponent.map(String.init) ?? ""
    }

    /// Browsers write `"`, CR and LF in names as `%22`, `%0D`, `%0A` (HTML's form-data encoding).
    private static func unescapeWHATWG(_ text: String) -> String {
        guard text.contains("%") else { return text }
        return text.replacingOccurrences("%22", "\"").replacingOccurrences("%0D", "\r").replacingOccurrences("%0A", "\n")
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first, start >= 0 else { return nil }
        var index = start
        let last = haystack.count - needle.count
        return needle.withUnsafeBufferPointer { pattern -> Int? in
            guard let patternBase = pattern.baseAddress else { return nil }
            while index <= last {
                guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, patternBase, pattern.count) == 0 { return offset }
                index = offset + 1
            }
            return nil
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
