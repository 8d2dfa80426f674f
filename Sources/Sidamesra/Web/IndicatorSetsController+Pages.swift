import Core
import HTTPServer
import Web

extension IndicatorSetsController {
    func renderMetadata(
        _ set: IndicatorSet, form: MetadataForm, problems: [String: String], conflict: Bool, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let view = MetadataFormView(set, form: form, problems: problems, conflict: conflict)
        return try pages.render(
            "sidamesra/indikator/keterangan", title: "Ubah keterangan set", view, context: context, status: status)
    }

    func renderIndicator(
        _ set: IndicatorSet, _ indicator: Indicator, form: IndicatorForm, problems: [String: String], conflict: Bool,
        context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let view = IndicatorFormView(set, indicator, form: form, problems: problems, conflict: conflict)
        return try pages.render(
            "sidamesra/indikator/indikator", title: "Ubah indikator \(indicator.code)", view, context: context,
            status: status)
    }

    func renderBands(
        _ set: IndicatorSet, form: BandsForm, problems: [String: String], conflict: Bool, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let view = BandsFormView(set, form: form, problems: problems, conflict: conflict)
        return try pages.render("sidamesra/indikator/kategori", title: "Ubah kategori", view, context: context, status: status)
    }

    func renderActivation(_ set: IndicatorSet, context: RequestContext) throws -> Response {
        let problems = IndicatorSetRules.activationProblems(set)
        let activeName = try pool.read { try IndicatorSetStore.active(in: $0)?.name }
        let view = ActivationView(
            id: set.id, name: set.name, version: set.version, activeName: activeName, problems: problems,
            ready: problems.isEmpty, isExample: set.isExample)
        return try pages.render("sidamesra/indikator/aktifkan", title: "Aktifkan set indikator", view, context: context)
    }
}
