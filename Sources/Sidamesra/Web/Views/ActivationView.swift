/// The model of `sidamesra/indikator/aktifkan`: the confirm step.
struct ActivationView: Encodable {
    let id: Int64
    let name: String
    let version: Int
    let activeName: String?
    let problems: [String]
    let ready: Bool
    let isExample: Bool
}
