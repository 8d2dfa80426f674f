import Core
package import Database
package import Registry

/// SLRT's links on the person page: the person's requests with how many letters were issued, and
/// a new request for them at the front office.
package struct SLRTLinks: RegistryLinkProvider {
    package init() {}

    package func links(for person: Person, in db: Connection) throws -> [RelatedLink] {
        let requests = try db.scalar(Int.self, "SELECT count(*) FROM slrt_requests WHERE person_id = ?", [person.id])
        let letters = try db.scalar(
            Int.self,
            """
            SELECT count(*) FROM slrt_letters AS l JOIN slrt_requests AS r ON r.id = l.request_id
            WHERE r.person_id = ? AND l.revoked_at IS NULL
            """,
            [person.id])
        var links = [
            RelatedLink(
                label: "Layanan SLRT", path: "/slrt?pemohon=\(person.id)",
                detail: requests == 0 ? "belum ada permohonan" : "\(requests) permohonan, \(letters) surat berlaku",
                requiredAction: Action.slrtView)
        ]
        if person.status == .alive {
            links.append(RelatedLink(
                label: "Permohonan SLRT baru", path: "/slrt/permohonan/baru?nik=\(person.nik)",
                requiredAction: Action.slrtFrontOffice))
        }
        return links
    }
}
