package import HTTPServer

/// What an error page says: status, title and message in Indonesian, and the request id that
/// lets staff find the log line. Never an error's internal description.
package struct ErrorPage: Sendable {
    package var status: HTTPStatus
    package var title: String
    package var message: String
    package var requestID: String

    package init(status: HTTPStatus, message: String? = nil, requestID: String) {
        self.status = status
        self.title = ErrorPage.title(for: status)
        self.message = message ?? ErrorPage.message(for: status)
        self.requestID = requestID
    }

    /// Renders through the application's renderer, falling back to the built-in page when it fails,
    /// so an error while rendering an error still gives an answer.
    func render(with pages: any ErrorPageRenderer, request: Request, context: RequestContext) -> Response {
        do {
            return try pages.render(self, for: request, context: context)
        } catch {
            return PlainErrorPages().page(self)
        }
    }

    /// The Indonesian heading for a status.
    package static func title(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Permintaan tidak valid"
        case 401: "Perlu masuk terlebih dahulu"
        case 403: "Akses ditolak"
        case 404: "Halaman tidak ditemukan"
        case 405: "Metode tidak diizinkan"
        case 409: "Data telah diubah orang lain"
        case 413: "Data yang dikirim terlalu besar"
        case 415: "Jenis data tidak didukung"
        case 422: "Data tidak dapat diproses"
        case 429: "Terlalu banyak permintaan"
        case 503: "Layanan sedang sibuk"
        case 500...: "Terjadi kesalahan pada server"
        default: "Permintaan tidak dapat dipenuhi"
        }
    }

    /// The Indonesian sentence shown when the error brings none of its own.
    package static func message(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Permintaan yang dikirim tidak dapat dibaca."
        case 403: "Anda tidak memiliki izin untuk membuka halaman ini."
        case 404: "Alamat yang Anda buka tidak ada atau sudah dipindahkan."
        case 405: "Alamat ini tidak menerima metode permintaan tersebut."
        case 409: "Data ini telah diubah oleh pengguna lain. Muat ulang halaman lalu coba lagi."
        case 413: "Ukuran data atau berkas melebihi batas yang diizinkan."
        case 429: "Terlalu banyak percobaan. Silakan tunggu beberapa saat lalu coba lagi."
        case 503: "Server sedang melayani banyak permintaan. Silakan coba lagi sebentar lagi."
        case 500...: "Maaf, terjadi kesalahan saat memproses permintaan Anda. Sebutkan kode permintaan di bawah ini kepada admin."
        default: "Permintaan tidak dapat dipenuhi."
        }
    }
}
