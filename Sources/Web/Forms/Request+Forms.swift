package import HTTPServer

extension Request {
    /// The query string's parameters; a bad escape or invalid UTF-8 is a 400.
    package func queryParameters() throws(FormError) -> FormFields {
        guard let query = head.query else { return FormFields() }
        return try FormFields(urlEncoded: query.utf8)
    }

    /// An `application/x-www-form-urlencoded` body. Another content type is a 415; an empty
    /// body without a content type is an empty form.
    package func urlEncodedForm() throws(FormError) -> FormFields {
        guard let contentType = headers["Content-Type"] else {
            if body.isEmpty { return FormFields() }
            throw .unsupportedContentType(nil)
        }
        guard let mediaType = ParameterizedHeader(contentType, mediaType: true) else {
            throw .invalidContentType(contentType)
        }
        guard mediaType.value == "application/x-www-form-urlencoded" else {
            throw .unsupportedContentType(contentType)
        }
        return try FormFields(urlEncoded: body)
    }

    /// A `multipart/form-data` body with its files; anything malformed is a 400.
    package func multipartForm(limits: MultipartLimits = MultipartLimits()) throws(FormError) -> FormData {
        guard let contentType = headers["Content-Type"] else { throw .unsupportedContentType(nil) }
        guard let mediaType = ParameterizedHeader(contentType, mediaType: true) else {
            throw .invalidContentType(contentType)
        }
        guard mediaType.value == "multipart/form-data" else { throw .unsupportedContentType(contentType) }
        guard let boundary = mediaType.parameter("boundary") else {
            throw .malformedMultipart("no boundary parameter")
        }
        return try MultipartParser(boundary: boundary, limits: limits).parse(body)
    }

    /// The submitted form, whichever of the two form encodings the browser used.
    package func formData(limits: MultipartLimits = MultipartLimits()) throws(FormError) -> FormData {
        if let contentType = headers["Content-Type"], contentType.lowercased().hasPrefix("multipart/") {
            return try multipartForm(limits: limits)
        }
        return FormData(fields: try urlEncodedForm())
    }

    /// The peer address of the connection. Forwarding headers are not trusted: the app is served
    /// directly, and a proxy in front would need an explicit list of trusted addresses.
    package var clientAddress: String { remoteAddress }
}
