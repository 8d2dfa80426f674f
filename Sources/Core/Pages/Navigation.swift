/// The main menu: each entry shows only to roles that may perform its action. Feature modules
/// add their entries here, in menu order.
package enum Navigation {
    package struct Item: Sendable, Equatable {
        package let label: String
        package let path: String
        package let action: String
    }

    package static let items: [Item] = [
        Item(label: "Beranda", path: "/", action: Action.home),
        Item(label: "Wilayah", path: "/wilayah", action: Action.viewAreas),
        Item(label: "Keluarga", path: "/keluarga", action: Action.viewRegistry),
        Item(label: "Pengguna", path: "/admin/pengguna", action: Action.manageUsers),
        Item(label: "Jejak Audit", path: "/audit", action: Action.viewAudit),
        Item(label: "Pengaturan", path: "/admin/pengaturan", action: Action.manageSettings),
    ]

    /// The entries `role` may open, with the one containing `currentPath` marked.
    package static func menu(for role: Role, currentPath: String) -> [MenuEntry] {
        let visible = items.filter { Permissions.allows(role, $0.action) }
        let current = visible.filter { item in
            item.path == "/" ? currentPath == "/" : currentPath == item.path || currentPath.hasPrefix(item.path + "/")
        }.max { $0.path.count < $1.path.count }
        return visible.map { MenuEntry(label: $0.label, path: $0.path, current: $0 == current) }
    }

    /// One rendered menu entry.
    package struct MenuEntry: Sendable, Encodable, Equatable {
        package let label: String
        package let path: String
        package let current: Bool
    }
}
