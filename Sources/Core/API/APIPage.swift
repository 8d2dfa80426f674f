package import Web

/// `page` and `per_page` of a paged list, checked strictly: a value that is not a whole number
/// in range is a 400 naming the parameter (a client bug should not silently read page 1).
package struct APIPage: Sendable, Equatable {
    package static let defaultPerPage = 25
    package static let maximumPerPage = 100
    /// Keeps `(page - 1) * perPage` far from overflow.
    package static let maximumPage = 1_000_000

    package let page: Int
    package let perPage: Int

    package init(page: Int = 1, perPage: Int = APIPage.defaultPerPage) {
        self.page = page
        self.perPage = perPage
    }

    /// From the query string; a bad value throws `APIError` 400 with the parameter in `fields`.
    package init(_ query: FormFields) throws {
        page = try APIQuery.integer(query, "page", in: 1...Self.maximumPage) ?? 1
        perPage = try APIQuery.integer(query, "per_page", in: 1...Self.maximumPerPage) ?? Self.defaultPerPage
    }

    package var offset: Int { (page - 1) * perPage }
}
