/// The person's membership of the national health insurance (JKN).
package enum JKNSegment: String, LabelledChoice {
    case none
    case pbiAPBN = "pbi_apbn"
    case pbiAPBD = "pbi_apbd"
    case pbpu
    case ppu
    case other

    package var label: String {
        switch self {
        case .none: "Tidak punya JKN"
        case .pbiAPBN: "PBI APBN"
        case .pbiAPBD: "PBI APBD"
        case .pbpu: "PBPU (mandiri)"
        case .ppu: "PPU (pekerja penerima upah)"
        case .other: "Lainnya"
        }
    }
}
