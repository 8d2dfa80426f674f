import Core
import Testing

@Suite struct PermissionsTests {
    @Test(arguments: Role.allCases)
    func everyRoleMaySeeTheHomePageAndChangeItsOwnPassword(role: Role) {
        #expect(Permissions.allows(role, Action.home))
        #expect(Permissions.allows(role, Action.changeOwnPassword))
    }

    @Test(arguments: [
        (Role.admin, Action.manageUsers, true), (.operator, Action.manageUsers, false),
        (.pendamping, Action.manageUsers, false), (.staf, Action.manageUsers, false),
        (.kasi, Action.manageUsers, false), (.kadis, Action.manageUsers, false),
        (.admin, Action.manageSettings, true), (.kasi, Action.manageSettings, false),
        (.admin, Action.viewAudit, true), (.kasi, Action.viewAudit, true), (.operator, Action.viewAudit, false),
        (.staf, Action.viewAudit, false),
    ])
    func theTableDecidesPerRole(role: Role, action: String, allowed: Bool) {
        #expect(Permissions.allows(role, action) == allowed)
    }

    @Test(arguments: Role.allCases)
    func anUnknownActionIsDeniedToEveryone(role: Role) {
        #expect(!Permissions.allows(role, "tidak.ada"))
        #expect(!Permissions.allows(role, ""))
    }

    @Test func unknownActionsAreReportedOnceEachAndSorted() {
        let unknown = Permissions.unknownActions(in: [Action.home, "zeta.x", "alpha.y", "zeta.x", Action.manageUsers])
        #expect(unknown == ["alpha.y", "zeta.x"])
        #expect(Permissions.unknownActions(in: Array(Permissions.table.keys)).isEmpty)
    }

    @Test func everyMenuEntryNamesAKnownAction() {
        #expect(Permissions.unknownActions(in: Navigation.items.map(\.action)).isEmpty)
    }

    @Test func currentUserMayFollowsTheTable() {
        let operatorUser = CurrentUser(
            id: 1, username: "op", fullName: "Operator", role: .operator, scope: .areas(["34.02.01.2001"]))
        #expect(operatorUser.may(Action.home))
        #expect(!operatorUser.may(Action.manageUsers))
    }
}
