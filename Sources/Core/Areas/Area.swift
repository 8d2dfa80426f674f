/// One area (wilayah) with its Kemendagri code.
package struct Area: Sendable, Equatable, Hashable {
    package let code: String
    package let name: String
    package let level: AreaLevel
    package let parentCode: String?

    package init(code: String, name: String, level: AreaLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }
}
