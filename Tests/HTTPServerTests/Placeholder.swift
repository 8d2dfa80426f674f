import Testing

@Test func HTTPServerTestsPlaceholder() {}
