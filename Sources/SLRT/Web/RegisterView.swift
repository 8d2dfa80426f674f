import Foundation

/// The register's print view.
struct RegisterView: Encodable {
    let title: String
    let periodLabel: String
    let key: String
    let isMonth: Bool
    let requests: [RegisterBook.RequestRow]
    let letters: [RegisterBook.LetterRow]
    let referrals: [RegisterBook.ReferralRow]
    let steps: [RegisterBook.StepRow]
    let xlsxPath: String

    init(_ book: RegisterBook) {
        isMonth = book.period.kind == .month
        title = isMonth ? "Buku Register Bulanan SLRT" : "Buku Register Harian SLRT"
        periodLabel = book.period.label
        key = book.period.key
        requests = book.requests
        letters = book.letters
        referrals = book.referrals
        steps = book.steps
        xlsxPath = isMonth ? "/slrt/register.xlsx?periode=bulanan&bulan=\(book.period.key)"
            : "/slrt/register.xlsx?periode=harian&tanggal=\(book.period.key)"
    }
}
