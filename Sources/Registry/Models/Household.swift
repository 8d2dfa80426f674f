package import Core
package import Foundation

/// A household (keluarga) as its Kartu Keluarga describes it: the card's number, where it lives,
/// and whether it is still a household of the register.
package struct Household: Sendable, Equatable, Identifiable {
    package let id: Int64
    /// The 16 digits of the No KK.
    package var noKK: String
    /// Why a No KK that breaks the rules was accepted; nil for a number that follows them.
    package var kkOverrideReason: String?
    /// The desa (kalurahan) code.
    package var areaCode: String
    package var dusun: String
    package var rt: String
    package var rw: String
    package var address: String
    package var status: HouseholdStatus
    /// When the household moved away or dissolved; nil while active.
    package var statusDate: CalendarDate?
    package var statusReason: String
    package let createdAt: Date
    package var updatedAt: Date
    /// Optimistic lock: a save must name the version it read.
    package var version: Int

    package init(
        id: Int64, noKK: String, kkOverrideReason: String?, areaCode: String, dusun: String, rt: String, rw: String,
        address: String, status: HouseholdStatus, statusDate: CalendarDate?, statusReason: String, createdAt: Date,
        updatedAt: Date, version: Int
    ) {
        self.id = id
        self.noKK = noKK
        self.kkOverrideReason = kkOverrideReason
        self.areaCode = areaCode
        self.dusun = dusun
        self.rt = rt
        self.rw = rw
        self.address = address
        self.status = status
        self.statusDate = statusDate
        self.statusReason = statusReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }

    /// The No KK with its middle hidden.
    package var maskedNoKK: String { IdentityNumberText.masked(noKK) }
}
