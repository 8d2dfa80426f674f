import Core
import HTTPServer
import Web

/// The admin's settings page `/admin/pengaturan`: the settings form (multipart, for the logo)
/// and the holiday list's add and remove forms. Every route needs `Action.manageSettings`.
struct SettingsController: RouteCollection {
    let pages: PageRenderer
    let service: SettingsService
    let workflows: [WorkflowDefinition]

    /// Room for the largest logo and the other fields; a body past it is answered 413 before it
    /// is read. A logo under this but over its own limit is a field error on the form.
    static let bodyLimit = 2 * AttachmentKind.logo.maxByteCount + 64 * 1024

    init(environment: AppEnvironment, service: SettingsService) {
        pages = environment.pages
        self.service = service
        workflows = WorkflowCatalog.all
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.manageSettings)
        routes.get("/admin/pengaturan", access: access) { _, context in
            let (stored, version) = try service.forForm()
            return try render(
                SettingsPageView(input: SettingsInput(stored), problems: [:], version: version, stored: stored, conflict: false),
                context: context, status: .ok)
        }
        routes.post("/admin/pengaturan", access: access, bodyLimit: Self.bodyLimit) { request, context in
            try save(request, &context)
        }
        routes.post("/admin/pengaturan/hari-libur", access: access) { request, context in
            try addHoliday(request, &context)
        }
        routes.post("/admin/pengaturan/hari-libur/hapus", access: access) { request, context in
            try removeHoliday(request, &context)
        }
        routes.post("/admin/pengaturan/standar-waktu", access: access) { request, context in
            try saveStandardTimes(request, &context)
        }
    }

    private func save(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let form = try request.formData()
        guard let version = form[SettingsKey.version] else { throw HTTPError(.badRequest) }
        let input = SettingsInput(form.fields)
        let logo: LogoChange =
            if let file = form.file(SettingsKey.logo) {
                .replace(AttachmentUpload(file))
            } else if form[SettingsKey.removeLogo] == "1" {
                .remove
            } else {
                .keep
            }
        do {
            let outcome = try service.update(input, logo: logo, expecting: version, by: actor)
            context.flash(.success, outcome.changedKeys.isEmpty ? "Tidak ada yang berubah." : "Pengaturan disimpan.")
            return .redirect(to: "/admin/pengaturan")
        } catch SettingsError.invalid(let problems) {
            let (stored, _) = try service.forForm()
            return try render(
                SettingsPageView(input: input, problems: problems, version: version, stored: stored, conflict: false),
                context: context, status: .unprocessableContent)
        } catch SettingsError.changedMeanwhile {
            // The form now carries the current version: saving it again is a deliberate overwrite.
            let (stored, current) = try service.forForm()
            return try render(
                SettingsPageView(input: input, problems: [:], version: current, stored: stored, conflict: true),
                context: context, status: .conflict)
        }
    }

    private func addHoliday(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let fields = try request.urlEncodedForm()
        let date = fields[SettingsKey.holidayDate] ?? ""
        let name = fields[SettingsKey.holidayName] ?? ""
        do {
            let holiday = try service.addHoliday(date: date, name: name, by: actor)
            context.flash(.success, "Hari libur \(holiday.day.indonesianText) (\(holiday.name)) ditambahkan.")
            return .redirect(to: "/admin/pengaturan#hari-libur")
        } catch SettingsError.invalid(let problems) {
            let (stored, version) = try service.forForm()
            return try render(
                SettingsPageView(
                    input: SettingsInput(stored), problems: [:], version: version, stored: stored, conflict: false,
                    holidayInput: (date, name), holidayProblems: problems),
                context: context, status: .unprocessableContent)
        }
    }

    private func removeHoliday(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let fields = try request.urlEncodedForm()
        guard let day = CalendarDate(iso: fields[SettingsKey.holidayDate] ?? "") else { throw HTTPError(.badRequest) }
        if let removed = try service.removeHoliday(on: day, by: actor) {
            context.flash(.success, "Hari libur \(removed.day.indonesianText) (\(removed.name)) dihapus.")
        } else {
            context.flash(.error, "Tidak ada hari libur pada \(day.indonesianText): mungkin sudah dihapus.")
        }
        return .redirect(to: "/admin/pengaturan#hari-libur")
    }

    private func saveStandardTimes(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let fields = try request.urlEncodedForm()
        var typed: [String: String] = [:]
        for definition in workflows {
            for step in definition.steps {
                let name = SettingsService.standardTimeField(kind: definition.kind, state: step.state)
                if let value = fields[name] { typed[name] = value }
            }
        }
        do {
            try service.setStandardTimes(typed, for: workflows, by: actor)
            context.flash(.success, "Standar waktu layanan disimpan.")
            return .redirect(to: "/admin/pengaturan#standar-waktu")
        } catch SettingsError.invalid(let problems) {
            let (stored, version) = try service.forForm()
            return try render(
                SettingsPageView(input: SettingsInput(stored), problems: [:], version: version, stored: stored, conflict: false),
                context: context, status: .unprocessableContent, standardInput: typed, standardProblems: problems)
        }
    }

    private func render(
        _ page: SettingsPageView, context: RequestContext, status: HTTPStatus,
        standardInput: [String: String]? = nil, standardProblems: [String: String] = [:]
    ) throws -> Response {
        var view = page
        view.standardTimeGroups = StandardTimeGroup.groups(
            workflows, stored: try service.forForm().0, input: standardInput, problems: standardProblems)
        view.standardTimesHaveErrors = !standardProblems.isEmpty
        view.hasStandardTimes = !view.standardTimeGroups.isEmpty
        return try pages.render("admin/pengaturan/index", title: "Pengaturan", view, context: context, status: status)
    }

    private static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return .user(user, address: request.remoteAddress, requestID: context.requestID)
    }
}
