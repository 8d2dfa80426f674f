import Core
import HTTPServer
import Web

extension IndicatorSetsController {
    func saveMetadata(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let set = try find(context)
        let form = MetadataForm(try request.urlEncodedForm())
        guard let version = form.version else { throw HTTPError(.badRequest) }
        do {
            let saved = try service.editMetadata(set.id, form.edit(version: version), by: actor)
            context.flash(.success, "Keterangan set \(saved.name) disimpan.")
            return .redirect(to: "/sidamesra/indikator/\(set.id)")
        } catch IndicatorSetError.invalid(let problems) {
            return try renderMetadata(set, form: form, problems: problems, conflict: false, context: context, status: .unprocessableContent)
        } catch IndicatorSetError.versionConflict(let current) {
            var form = form
            form.version = current.version
            return try renderMetadata(current, form: form, problems: [:], conflict: true, context: context, status: .conflict)
        } catch IndicatorSetError.notDraft(let status) {
            return refused(.notDraft(status), set.id, &context)
        }
    }

    func saveIndicator(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let set = try find(context)
        let indicatorID = try context.parameters.require("indicator", as: Int64.self)
        guard let indicator = set.indicator(id: indicatorID) else { throw IndicatorSetError.notFound }
        let form = IndicatorForm(try request.urlEncodedForm(), indicator: indicator)
        guard let version = form.version else { throw HTTPError(.badRequest) }
        do {
            _ = try service.editIndicator(set.id, indicator: indicatorID, form.edit(version: version), by: actor)
            context.flash(.success, "Indikator \(indicator.code) disimpan.")
            return .redirect(to: "/sidamesra/indikator/\(set.id)#\(indicator.code)")
        } catch IndicatorSetError.invalid(let problems) {
            return try renderIndicator(
                set, indicator, form: form, problems: problems, conflict: false, context: context,
                status: .unprocessableContent)
        } catch IndicatorSetError.versionConflict(let current) {
            var form = form
            form.version = current.version
            return try renderIndicator(
                current, current.indicator(id: indicatorID) ?? indicator, form: form, problems: [:], conflict: true,
                context: context, status: .conflict)
        } catch IndicatorSetError.notDraft(let status) {
            return refused(.notDraft(status), set.id, &context)
        }
    }

    func saveBands(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let set = try find(context)
        let form = BandsForm(try request.urlEncodedForm(), set: set)
        guard let version = form.version else { throw HTTPError(.badRequest) }
        do {
            _ = try service.editBands(set.id, form.edit(version: version), by: actor)
            context.flash(.success, "Kategori disimpan.")
            return .redirect(to: "/sidamesra/indikator/\(set.id)#kategori")
        } catch IndicatorSetError.invalid(let problems) {
            return try renderBands(set, form: form, problems: problems, conflict: false, context: context, status: .unprocessableContent)
        } catch IndicatorSetError.versionConflict(let current) {
            var form = form
            form.version = current.version
            return try renderBands(current, form: form, problems: [:], conflict: true, context: context, status: .conflict)
        } catch IndicatorSetError.notDraft(let status) {
            return refused(.notDraft(status), set.id, &context)
        }
    }

    /// A save that came after the set stopped being a draft: back to the set with the reason.
    private func refused(_ error: IndicatorSetError, _ id: Int64, _ context: inout RequestContext) -> Response {
        context.flash(.error, error.message)
        return .redirect(to: "/sidamesra/indikator/\(id)")
    }
}
