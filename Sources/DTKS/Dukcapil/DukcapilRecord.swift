package import Core

/// One person of the loaded civil-registry extract, as the matcher reads it.
package struct DukcapilRecord: Sendable, Equatable {
    package var nik: String
    package var noKK: String
    package var name: String
    package var birthPlace: String
    package var birthDate: CalendarDate
    package var sex: Sex
    package var address: String
    package var areaCode: String

    package init(
        nik: String, noKK: String, name: String, birthPlace: String = "", birthDate: CalendarDate, sex: Sex,
        address: String = "", areaCode: String = ""
    ) {
        self.nik = nik
        self.noKK = noKK
        self.name = name
        self.birthPlace = birthPlace
        self.birthDate = birthDate
        self.sex = sex
        self.address = address
        self.areaCode = areaCode
    }
}
