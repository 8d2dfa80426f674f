/// Where partial (`{{> name}}`) and parent (`{{< name}}`) tags find their templates.
package protocol PartialProvider {
    /// The template called `name`, or nil when there is none.
    func partial(named name: String) -> Template?
}

extension Dictionary: PartialProvider where Key == String, Value == Template {
    /// The template stored under `name`.
    package func partial(named name: String) -> Template? { self[name] }
}

/// A provider that knows no partials.
struct NoPartials: PartialProvider {
    func partial(named name: String) -> Template? { nil }
}
