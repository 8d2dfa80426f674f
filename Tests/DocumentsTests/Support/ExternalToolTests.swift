import Testing

/// A missing checker fails loudly, naming the Debian package, instead of skipping the check.
struct ExternalToolTests {
    @Test func aMissingToolNamesItsPackage() {
        let tool = ExternalTool(name: "dinsos-no-such-tool", debianPackage: "dinsos-no-such-package")
        let error = #expect(throws: ExternalTool.Missing.self) { try tool.run(["--version"]) }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("dinsos-no-such-tool is not installed: run `apt-get install dinsos-no-such-package`"))
    }
}
