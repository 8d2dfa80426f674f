import Testing

@testable import Mustache

/// Runs the Mustache specification's own tests, one test case per spec test.
@Suite("Mustache specification")
struct SpecTests {
    @Test("the spec folder is present and every required file has tests")
    func specFilesArePresent() throws {
        let directory = try #require(SpecSuite.directory, "\(SpecSuiteError.missingDirectory)")
        for file in SpecSuite.requiredFiles {
            let cases = try SpecSuite.load(file)
            #expect(!cases.isEmpty, "\(directory)/\(file).json has no tests")
        }
    }

    @Test("interpolation", arguments: SpecSuite.cases("interpolation"))
    func interpolation(_ test: SpecCase) throws { try check(test) }

    @Test("sections", arguments: SpecSuite.cases("sections"))
    func sections(_ test: SpecCase) throws { try check(test) }

    @Test("inverted", arguments: SpecSuite.cases("inverted"))
    func inverted(_ test: SpecCase) throws { try check(test) }

    @Test("comments", arguments: SpecSuite.cases("comments"))
    func comments(_ test: SpecCase) throws { try check(test) }

    @Test("partials", arguments: SpecSuite.cases("partials"))
    func partials(_ test: SpecCase) throws { try check(test) }

    @Test("delimiters", arguments: SpecSuite.cases("delimiters"))
    func delimiters(_ test: SpecCase) throws { try check(test) }

    @Test("~inheritance", arguments: SpecSuite.cases("~inheritance"))
    func inheritance(_ test: SpecCase) throws { try check(test) }

    /// Optional in the spec; implemented, so held to the same standard.
    @Test("~dynamic-names", arguments: SpecSuite.cases("~dynamic-names"))
    func dynamicNames(_ test: SpecCase) throws { try check(test) }

    /// Lambdas need code in the data; `MustacheValue` holds none, so these are listed and skipped.
    @Test(
        "~lambdas", .disabled("lambdas are not supported: MustacheValue holds data, not code"),
        arguments: SpecSuite.cases("~lambdas"))
    func lambdas(_ test: SpecCase) throws { try check(test) }

    private func check(_ test: SpecCase) throws {
        let rendered = try test.render()
        #expect(rendered == test.expected, "\(test.file): \(test.name)")
    }
}
