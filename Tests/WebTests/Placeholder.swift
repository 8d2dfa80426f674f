import Testing

@Test func WebTestsPlaceholder() {}
