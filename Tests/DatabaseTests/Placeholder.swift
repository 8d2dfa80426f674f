import Testing

@Test func DatabaseTestsPlaceholder() {}
