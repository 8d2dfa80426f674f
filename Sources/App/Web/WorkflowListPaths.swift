/// Each workflow's list page that filters by state, for the dashboard's queue links: the state is
/// appended to the path (percent-encoded), so the path ends with the query parameter and `=`.
/// A module whose definition is in `WorkflowCatalog.all` adds one line here, e.g.
/// `"sidakis": "/sidakis/usulan?status="`. A workflow without an entry is shown without links.
enum WorkflowListPaths {
    static let all: [String: String] = [
        "sidakis": "/sidakis?status=",
        "slrt": "/slrt?status=",
        "slrt_rujukan": "/slrt/rujukan?status=",
        "slrt_pengaduan": "/slrt/pengaduan?status=",
    ]
}
