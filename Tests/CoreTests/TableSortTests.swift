import Core
import Testing

/// The shared sort model of paged tables: parsing `sort`/`dir`, header links, aria-sort.
@Suite struct TableSortTests {
    static let name = SortKey("nama", ascending: "name, id", descending: "name DESC, id DESC")
    static let time = SortKey("waktu", ascending: "at, id", descending: "at DESC, id DESC", firstDirection: .descending)
    static let columns = [TableColumn("Waktu", sort: time), TableColumn("Nama", sort: name), TableColumn("Alamat")]

    static func sort(_ key: String?, _ direction: String?) -> TableSort {
        TableSort(columns: columns, default: time, sort: key, direction: direction)
    }

    @Test(arguments: [
        // key, dir → order, is default
        (nil, nil, "at DESC, id DESC", true),
        ("", "", "at DESC, id DESC", true),
        ("waktu", nil, "at DESC, id DESC", true),
        ("waktu", "desc", "at DESC, id DESC", true),
        ("waktu", "asc", "at, id", false),
        (nil, "asc", "at, id", false),
        ("nama", nil, "name, id", false),
        ("nama", "desc", "name DESC, id DESC", false),
        ("nama", "sideways", "name, id", false),
        ("NAMA", "asc", "at DESC, id DESC", true),
        ("alamat", "asc", "at DESC, id DESC", true),
        ("name; DROP TABLE users", "asc", "at DESC, id DESC", true),
        ("nama", "asc; DELETE", "name, id", false),
    ] as [(String?, String?, String, Bool)])
    func theOrderComesOnlyFromTheWhitelist(key: String?, direction: String?, order: String, isDefault: Bool) {
        let sort = Self.sort(key, direction)
        #expect(sort.orderBy == order)
        #expect(sort.isDefault == isDefault)
    }

    @Test func theDefaultKeepsNoParametersAndAnotherOrderKeepsBoth() {
        #expect(Self.sort(nil, nil).parameters.isEmpty)
        let byName = Self.sort("nama", "desc").parameters
        #expect(byName.map(\.0) == ["sort", "dir"])
        #expect(byName.map(\.1) == ["nama", "desc"])
    }

    @Test func theCurrentColumnLinksToTheOtherDirectionAndOthersToTheirFirst() {
        let head = Self.sort(nil, nil).head(keeping: [])
        #expect(head.columns.map(\.label) == ["Waktu", "Nama", "Alamat"])
        #expect(head.columns[0].link == "?sort=waktu&dir=asc")
        #expect(head.columns[0].ariaSort == "descending")
        #expect(head.columns[0].indicator == "▼")
        #expect(head.columns[1].link == "?sort=nama&dir=asc")
        #expect(head.columns[1].ariaSort == nil)
        #expect(head.columns[1].indicator == nil)
        #expect(head.columns[2].link == nil, "a column without a sort key is plain text")

        let ascending = Self.sort("waktu", "asc").head(keeping: [])
        #expect(ascending.columns[0].link == "?sort=waktu&dir=desc")
        #expect(ascending.columns[0].ariaSort == "ascending")
        #expect(ascending.columns[0].indicator == "▲")

        let byNameAscending = Self.sort("nama", "asc").head(keeping: [])
        #expect(byNameAscending.columns[1].link == "?sort=nama&dir=desc")
        #expect(byNameAscending.columns[0].link == "?sort=waktu&dir=desc", "time's first click is newest first")
        #expect(byNameAscending.columns[0].ariaSort == nil)
    }

    @Test func linksKeepTheFiltersEncodedAndLeaveThePageOut() {
        let head = Self.sort(nil, nil).head(keeping: [("q", "budi & sari"), ("kata", "<a href=\"x\">"), ("wilayah", "34.02")])
        #expect(head.columns[1].link == "?q=budi%20%26%20sari&kata=%3Ca%20href%3D%22x%22%3E&wilayah=34.02&sort=nama&dir=asc")
        #expect(head.columns.allSatisfy { $0.link?.contains("halaman") != true })
    }

    @Test(arguments: [
        ("abc-._~", "abc-._~"), ("a b", "a%20b"), ("a+b", "a%2Bb"), ("x=y&z", "x%3Dy%26z"), ("Poncosari/Ñ", "Poncosari%2F%C3%91"),
        ("", ""), ("#?", "%23%3F"),
    ])
    func queryComponentsKeepOnlyUnreservedCharacters(text: String, encoded: String) {
        #expect(QueryString.component(text) == encoded)
    }

    @Test func pageNumbersFromARequestCannotOverflowTheOffset() {
        let huge = Paging(page: "9223372036854775807")
        #expect(huge.page == Paging.maximumPage)
        #expect(huge.offset > 0)
        #expect(Paging(page: Int.max, pageSize: 50).offset == (Paging.maximumPage - 1) * 50)
        #expect(Paging(page: "-3").page == 1)
        #expect(Paging(page: "x").page == 1)
    }
}
