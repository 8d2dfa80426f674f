/// One page of a long list: which rows to fetch, and the pager the partial renders.
package struct Paging: Sendable, Equatable {
    package static let defaultPageSize = 25
    /// The highest page number taken from a request, so `(page - 1) * pageSize` cannot overflow.
    package static let maximumPage = Int(Int32.max)

    package let page: Int
    package let pageSize: Int

    /// Page numbers below 1 or unparsable become 1, above `maximumPage` that; sizes are clamped to 10…200.
    package init(page: String?, pageSize: String? = nil) {
        self.page = min(Paging.maximumPage, max(1, page.flatMap { Int($0) } ?? 1))
        self.pageSize = min(200, max(10, pageSize.flatMap { Int($0) } ?? Paging.defaultPageSize))
    }

    /// `page` is clamped to 1…`maximumPage`, `pageSize` to 1…1000.
    package init(page: Int, pageSize: Int = Paging.defaultPageSize) {
        self.page = min(Paging.maximumPage, max(1, page))
        self.pageSize = min(1000, max(1, pageSize))
    }

    /// The same page size, on the last page that holds any of `total` rows if this one lies beyond it.
    package func clamped(toTotal total: Int) -> Paging {
        Paging(page: min(page, max(1, (total + pageSize - 1) / pageSize)), pageSize: pageSize)
    }

    /// SQL `LIMIT` and `OFFSET`.
    package var limit: Int { pageSize }
    package var offset: Int { (page - 1) * pageSize }

    /// The model of `Templates/partials/pager.mustache`. `query` is the list's other parameters,
    /// already URL-encoded (`q=budi&area=34.02`), kept in every page link. With `more`, `total`
    /// is only how many were counted: "lebih dari 1.000".
    package func pager(total: Int, query: String, more: Bool = false) -> Pager {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        func link(_ number: Int) -> String {
            let base = query.isEmpty ? "" : query + "&"
            return "?" + base + "halaman=\(number)"
        }
        let first = total == 0 ? 0 : offset + 1
        let last = min(total, offset + pageSize)
        return Pager(
            total: (more ? "lebih dari " : "") + IndonesianFormat.number(total), from: IndonesianFormat.number(first), to: IndonesianFormat.number(last),
            page: page, pages: more ? "lebih dari " + IndonesianFormat.number(pages) : IndonesianFormat.number(pages),
            previous: page > 1 ? link(page - 1) : nil,
            next: page < pages ? link(page + 1) : nil,
            hasPages: pages > 1 || more)
    }
}

/// What the pager partial shows: "1–25 dari 1.234", previous and next links.
package struct Pager: Sendable, Encodable, Equatable {
    package let total: String
    package let from: String
    package let to: String
    package let page: Int
    package let pages: String
    package let previous: String?
    package let next: String?
    package let hasPages: Bool
}
