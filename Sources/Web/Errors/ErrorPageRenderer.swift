package import HTTPServer

/// Turns an error page into a response; the application plugs in one that renders its layout
/// through Mustache. A renderer that throws is replaced by `PlainErrorPages` for that answer.
package protocol ErrorPageRenderer: Sendable {
    func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response

    /// The answer to a request the server refuses before routing (`HTTPResponder.refusal`), or
    /// nil for the server's plain-text one. Runs on the I/O loop: nothing slow.
    func refusal(_ page: ErrorPage, for head: RequestHead) -> Response?
}

extension ErrorPageRenderer {
    /// By default the server's plain-text answer.
    package func refusal(_ page: ErrorPage, for head: RequestHead) -> Response? { nil }
}

/// The built-in page: plain HTML in Indonesian, no styles or scripts (so it fits the CSP).
package struct PlainErrorPages: ErrorPageRenderer {
    package init() {}

    package func render(_ page: ErrorPage, for request: Request, context: RequestContext) -> Response {
        self.page(page)
    }

    func page(_ page: ErrorPage) -> Response {
        let title = HTMLEscaping.escape(page.title)
        let html = """
            <!DOCTYPE html>
            <html lang="id">
            <head><meta charset="utf-8"><title>\(page.status.code) \(title)</title></head>
            <body>
            <h1>\(title)</h1>
            <p>\(HTMLEscaping.escape(page.message))</p>
            <p>Kode permintaan: <code>\(HTMLEscaping.escape(page.requestID))</code></p>
            <p><a href="/">Kembali ke beranda</a></p>
            </body>
            </html>

            """
        var response = Response.html(html, status: page.status)
        response.headers.add("Cache-Control", "no-store")
        return response
    }
}
