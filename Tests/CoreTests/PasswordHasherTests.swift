import Core
import Testing

@Suite struct PasswordHasherTests {
    let hasher = PasswordHasher(rounds: 1_000)

    @Test func theRightPasswordVerifiesAndAWrongOneDoesNot() throws {
        let stored = try hasher.hash("kata-sandi-rahasia")
        #expect(hasher.verify("kata-sandi-rahasia", against: stored))
        #expect(!hasher.verify("kata-sandi-rahasiA", against: stored))
        #expect(!hasher.verify("", against: stored))
    }

    @Test func theStoredFormNamesSchemeAndRoundsAndUsesAFreshSalt() throws {
        let first = try hasher.hash("sama-saja-1234")
        let second = try hasher.hash("sama-saja-1234")
        #expect(first.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(first.split(separator: "$").count == 4)
        #expect(first != second)
    }

    @Test func aHashWithCheaperRoundsStillVerifiesAndAsksForARehash() throws {
        let older = try PasswordHasher(rounds: 500).hash("sandi-lama-sekali")
        #expect(hasher.verify("sandi-lama-sekali", against: older))
        #expect(!hasher.verify("sandi-lain-sekali", against: older))
        #expect(hasher.needsRehash(older))
    }

    @Test func aHashWithTheCurrentOrStrongerRoundsNeedsNoRehash() throws {
        #expect(!hasher.needsRehash(try hasher.hash("sandi-sekarang")))
        #expect(!hasher.needsRehash(try PasswordHasher(rounds: 2_000).hash("sandi-lebih-kuat")))
    }

    @Test(arguments: [
        "", "plain-text", "pbkdf2-sha256$1000$abc", "bcrypt$1000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$zero$c2FsdA$aGFzaA", "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$dG9vLXNob3J0",
    ])
    func aMalformedStoredValueNeverVerifiesAndNeedsARehash(stored: String) {
        #expect(!hasher.verify("apa-saja", against: stored))
        #expect(hasher.needsRehash(stored))
    }
}
