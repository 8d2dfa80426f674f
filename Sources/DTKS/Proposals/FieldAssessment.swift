package import Core

/// What the field visit (SOP step 3) records.
package struct FieldAssessment: Sendable, Equatable {
    package var eligible: Bool
    package var reasons: String
    package var day: CalendarDate
    package var latitude: Double?
    package var longitude: Double?

    package init(eligible: Bool, reasons: String, day: CalendarDate, latitude: Double? = nil, longitude: Double? = nil) {
        self.eligible = eligible
        self.reasons = reasons
        self.day = day
        self.latitude = latitude
        self.longitude = longitude
    }
}
