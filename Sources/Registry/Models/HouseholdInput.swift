/// What a user types for a household: the card and the address. Text as typed; the service
/// trims, validates and normalises it.
package struct HouseholdInput: Sendable, Equatable {
    package var noKK: String
    /// Empty unless the user overrides a rule the No KK breaks.
    package var kkOverrideReason: String
    package var areaCode: String
    package var dusun: String
    package var rt: String
    package var rw: String
    package var address: String

    package init(
        noKK: String, kkOverrideReason: String = "", areaCode: String, dusun: String = "", rt: String = "",
        rw: String = "", address: String = ""
    ) {
        self.noKK = noKK
        self.kkOverrideReason = kkOverrideReason
        self.areaCode = areaCode
        self.dusun = dusun
        self.rt = rt
        self.rw = rw
        self.address = address
    }
}
