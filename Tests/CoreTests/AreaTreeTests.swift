import Core
import Database
import Testing
import TestSupport

@Suite struct AreaTreeTests {
    @Test func everywhereStartsAtTheKabupatenWithKecamatanAndDesa() throws {
        let database = try AreaFixtures.migratedDatabase()
        let tree = try database.pool.read { db in try AreaTree.load(for: .everywhere, in: db) }
        #expect(tree.roots.map(\.area.code) == ["34.02"])
        let kecamatan = tree.roots[0].children
        #expect(kecamatan.count == 17)
        #expect(kecamatan.map(\.area.code) == kecamatan.map(\.area.code).sorted())
        #expect(kecamatan.first?.area.name == "Srandakan")
        #expect(kecamatan.first?.children.map(\.area.code) == ["34.02.01.2001", "34.02.01.2002"])
        #expect(tree.allAreas.count == 1 + 17 + 75)
    }

    @Test func anOperatorTreeIsItsDesaWithItsDusun() throws {
        let database = try AreaFixtures.migratedDatabase()
        _ = try AreaImport.importCSV(
            Array("code,name,parent_code,level\n34.02.01.2001.01,Ngentak,34.02.01.2001,dusun\n34.02.01.2002.01,Lain,34.02.01.2002,dusun\n".utf8),
            source: "dusun.csv", into: database.pool, by: .cli)
        let tree = try database.pool.read { db in try AreaTree.load(for: .areas(["34.02.01.2001"]), in: db) }
        #expect(tree.roots.map(\.area.code) == ["34.02.01.2001"])
        #expect(tree.roots[0].children.map(\.area.code) == ["34.02.01.2001.01"])
    }

    @Test func assignedAreasInsideAnotherAssignedAreaFoldIntoIt() throws {
        let database = try AreaFixtures.migratedDatabase()
        let tops = try database.pool.read { db in
            try AreaTree.topAreas(for: .areas(["34.02.10.2001", "34.02.01", "34.02.01.2002", "99.99", "34.02.01"]), in: db)
        }
        #expect(tops.map(\.code) == ["34.02.01", "34.02.10.2001"])
    }

    @Test func descendantsStopAtTheAskedDepthAndStayInsideTheArea() throws {
        let database = try AreaFixtures.migratedDatabase()
        let (children, none, unknown) = try database.pool.read { db in
            (
                try AreaStore.descendants(of: "34.02.01", depth: 1, in: db),
                try AreaStore.descendants(of: "34.02.01.2001", depth: 1, in: db),
                try AreaStore.descendants(of: "99", depth: 3, in: db)
            )
        }
        #expect(children.map(\.code) == ["34.02.01.2001", "34.02.01.2002"])
        #expect(none.isEmpty)
        #expect(unknown.isEmpty)
    }

    @Test func assignedUsersAreCountedInTheirAreaAndEveryAreaAbove() throws {
        let database = try AreaFixtures.migratedDatabase()
        let pool = database.pool
        try AreaFixtures.insertUser("op.poncosari", role: .operator, areas: ["34.02.01.2001"], in: pool)
        try AreaFixtures.insertUser("op.trimurti", role: .operator, areas: ["34.02.01.2002"], in: pool)
        try AreaFixtures.insertUser("op.nonaktif", role: .operator, areas: ["34.02.01.2001"], active: false, in: pool)
        try AreaFixtures.insertUser("pd.srandakan", role: .pendamping, areas: ["34.02.01"], in: pool)
        try AreaFixtures.insertUser("pd.dua", role: .pendamping, areas: ["34.02.01.2001", "34.02.01.2002"], in: pool)
        try AreaFixtures.insertUser("op.imogiri", role: .operator, areas: ["34.02.10.2001"], in: pool)
        try AreaFixtures.insertUser("admin.satu", role: .admin, in: pool)

        let counts = AreaCounts([AssignedUserCounts()])
        #expect(counts.columns.map(\.label) == ["Operator", "Pendamping"])
        let values = try pool.read { db in
            try counts.values(for: ["34.02", "34.02.01", "34.02.01.2001", "34.02.1", "34.02.17"], in: db)
        }
        #expect(values["34.02"] == [3, 2])
        #expect(values["34.02.01"] == [2, 2])
        #expect(values["34.02.01.2001"] == [1, 1])
        #expect(values["34.02.1"] == [0, 0])
        #expect(values["34.02.17"] == [0, 0])
    }

    @Test func theOverviewListsChildrenWithCountsAndMarksAncestorsOutsideTheScope() throws {
        let database = try AreaFixtures.migratedDatabase()
        try AreaFixtures.insertUser("op.poncosari", role: .operator, areas: ["34.02.01.2001"], in: database.pool)
        let counts = AreaCounts([AssignedUserCounts()])
        let (kabupaten, desa, outside, ancestor, unknown) = try database.pool.read { db in
            (
                try AreaOverview.load("34.02", for: .everywhere, counts: counts, in: db),
                try AreaOverview.load("34.02.01.2001", for: .areas(["34.02.01.2001"]), counts: counts, in: db),
                try AreaOverview.load("34.02.01.2002", for: .areas(["34.02.01.2001"]), counts: counts, in: db),
                try AreaOverview.load("34.02.01", for: .areas(["34.02.01.2001"]), counts: counts, in: db),
                try AreaOverview.load("34.02.99", for: .everywhere, counts: counts, in: db)
            )
        }
        #expect(kabupaten?.childCount == 17)
        #expect(kabupaten?.counts == [1, 0])
        #expect(kabupaten?.children.first?.childCount == 2)
        #expect(kabupaten?.children.first?.counts == [1, 0])
        #expect(kabupaten?.children.last?.counts == [0, 0])
        #expect(kabupaten?.ancestors.map(\.isInScope) == [true])
        #expect(desa?.ancestors.map(\.area.code) == ["34", "34.02", "34.02.01"])
        #expect(desa?.ancestors.map(\.isInScope) == [false, false, false])
        #expect(desa?.childCount == 0)
        #expect(outside == nil)
        #expect(ancestor == nil)
        #expect(unknown == nil)
    }
}
