import Core

/// `Templates/wilayah/index.mustache`: the tree of areas the user may browse.
struct AreaTreeView: Encodable {
    struct Node: Encodable {
        let code: String
        let name: String
        let levelWord: String
        let href: String
        let children: [Node]
        let hasChildren: Bool
    }

    let heading: String
    let intro: String
    let roots: [Node]
    let hasRoots: Bool

    init(_ tree: AreaTree, scope: AreaScope, settings: Settings) {
        func node(_ item: AreaTree.Node) -> Node {
            Node(
                code: item.area.code, name: item.area.name, levelWord: settings.word(for: item.area.level),
                href: areaPath(item.area.code), children: item.children.map(node), hasChildren: !item.children.isEmpty)
        }
        switch scope {
        case .everywhere:
            heading = "Wilayah"
            intro = "Seluruh wilayah kerja. Pilih nama wilayah untuk melihat rinciannya."
        case .areas:
            heading = "Wilayah Kerja"
            intro = "Wilayah yang ditugaskan kepada Anda. Pilih nama wilayah untuk melihat rinciannya."
        }
        roots = tree.roots.map(node)
        hasRoots = !roots.isEmpty
    }
}

/// `Templates/wilayah/area.mustache`: one area, its place and what lies below it.
struct AreaPageView: Encodable {
    /// One step of `partials/breadcrumbs`: a link, the current page, or (`plain`) a name only.
    struct Crumb: Encodable {
        let label: String
        let href: String?
        let plain: Bool
    }

    struct Fact: Encodable {
        let label: String
        let value: String
    }

    struct Child: Encodable {
        let code: String
        let name: String
        let href: String
        let childCount: String
        let counts: [String]
    }

    let heading: String
    let breadcrumbs: [Crumb]
    let facts: [Fact]
    let childLevelWord: String
    /// The heading of the column counting the children's own children, when that level exists.
    let grandchildColumn: String?
    let columns: [String]
    let children: [Child]
    let hasChildren: Bool

    init(_ overview: AreaOverview, settings: Settings) {
        let area = overview.area
        let word = settings.word(for: area.level)
        heading = area.name.lowercased().hasPrefix(word.lowercased() + " ") ? area.name : "\(word) \(area.name)"
        // Areas above the user's scope are named but not linked (their pages would be a 404).
        breadcrumbs =
            [Crumb(label: "Wilayah", href: "/wilayah", plain: false)]
            + overview.ancestors.map {
                Crumb(label: $0.area.name, href: $0.isInScope ? areaPath($0.area.code) : nil, plain: !$0.isInScope)
            }
            + [Crumb(label: area.name, href: nil, plain: false)]

        let childLevel = area.level.child
        childLevelWord = childLevel.map(settings.word(for:)) ?? ""
        grandchildColumn = childLevel?.child.map { "Jumlah \(settings.word(for: $0))" }
        columns = overview.columns.map(\.label)

        var facts = [Fact(label: "Kode", value: area.code), Fact(label: "Tingkat", value: word)]
        if let childLevel {
            facts.append(Fact(label: "Jumlah \(settings.word(for: childLevel))", value: IndonesianFormat.number(overview.childCount)))
        }
        for (column, value) in zip(overview.columns, overview.counts) {
            facts.append(Fact(label: column.label, value: IndonesianFormat.number(value)))
        }
        self.facts = facts

        let showsGrandchildren = grandchildColumn != nil
        children = overview.children.map {
            Child(
                code: $0.area.code, name: $0.area.name, href: areaPath($0.area.code),
                childCount: showsGrandchildren ? IndonesianFormat.number($0.childCount) : "",
                counts: $0.counts.map(IndonesianFormat.number))
        }
        hasChildren = !children.isEmpty
    }
}
