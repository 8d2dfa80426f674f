package import Database

/// The areas a user may browse, as a tree: the deployment's top areas for everyone-scope users,
/// or the user's own assigned areas, each with a few levels below.
package struct AreaTree: Sendable, Equatable {
    /// One area and the areas below it (as far as the tree reaches).
    package struct Node: Sendable, Equatable {
        package let area: Area
        package let children: [Node]

        package init(area: Area, children: [Node]) {
            self.area = area
            self.children = children
        }
    }

    /// The top nodes, ordered by code.
    package let roots: [Node]

    package init(roots: [Node]) {
        self.roots = roots
    }

    /// The tree for `scope`, reaching `depth` levels below each top area (2: a kabupaten with its
    /// kecamatan and desa; an operator's desa with its dusun).
    package static func load(for scope: AreaScope, depth: Int = 2, in db: Connection) throws -> AreaTree {
        let tops = try topAreas(for: scope, in: db)
        var nodes: [Node] = []
        for top in tops {
            let below = try AreaStore.descendants(of: top.code, depth: depth, in: db)
            nodes.append(node(top, childrenByParent: Dictionary(grouping: below) { $0.parentCode ?? "" }))
        }
        return AreaTree(roots: nodes)
    }

    /// Where a tree for `scope` starts: the kabupaten of the deployment (its provinsi when it has
    /// none), or the assigned areas without those lying inside another assigned area.
    package static func topAreas(for scope: AreaScope, in db: Connection) throws -> [Area] {
        switch scope {
        case .everywhere:
            let kabupaten = try AreaStore.roots(in: db)
            return kabupaten.isEmpty ? try AreaStore.all(level: .provinsi, in: db) : kabupaten
        case .areas(let codes):
            let assigned = try AreaStore.areas(Array(Set(codes)), in: db)
            return assigned.filter { area in
                !assigned.contains { $0.code != area.code && area.code.hasPrefix($0.code + ".") }
            }
        }
    }

    /// Every area in the tree, depth first.
    package var allAreas: [Area] {
        var result: [Area] = []
        func visit(_ node: Node) {
            result.append(node.area)
            node.children.forEach(visit)
        }
        roots.forEach(visit)
        return result
    }

    private static func node(_ area: Area, childrenByParent: [String: [Area]]) -> Node {
        let children = (childrenByParent[area.code] ?? []).map { node($0, childrenByParent: childrenByParent) }
        return Node(area: area, children: children)
    }
}
