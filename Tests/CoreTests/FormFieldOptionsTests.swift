import Core
import Testing

/// `FormField.Option.list`: the one way selects over an enumeration are built.
@Suite struct FormFieldOptionsTests {
    enum Colour: String, CaseIterable {
        case red = "merah", blue = "biru"
        var label: String { rawValue.capitalized }
    }

    @Test func theChosenValueIsSelectedAfterTheEmptyChoice() {
        let options = FormField.Option.list(Colour.allCases, label: \.label, selected: "biru", empty: "Semua")
        #expect(options.map(\.value) == ["", "merah", "biru"])
        #expect(options.map(\.label) == ["Semua", "Merah", "Biru"])
        #expect(options.map(\.selected) == [false, false, true])
    }

    @Test(arguments: ["", "ungu"])
    func noValueOrAnUnknownOneSelectsTheEmptyChoice(selected: String) {
        let options = FormField.Option.list(Colour.allCases, label: \.label, selected: selected)
        #expect(options.map(\.selected) == [true, false, false])
        #expect(options.first?.label == "— pilih —")
    }

    @Test func withoutAnEmptyChoiceOnlyTheValuesAreListed() {
        let options = FormField.Option.list(Colour.allCases, label: \.label, selected: "merah", empty: nil)
        #expect(options.map(\.value) == ["merah", "biru"])
        #expect(options.map(\.selected) == [true, false])
    }
}
