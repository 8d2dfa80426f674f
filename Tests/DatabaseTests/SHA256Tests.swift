import Testing
@testable import Database

struct SHA256Tests {
    /// FIPS 180-4 example vectors (NIST CSRC "SHA-256" examples) plus the empty message.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
    }

    @Test func millionLetterA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [1, 3, 55, 56, 63, 64, 65, 127])
    func feedingInPiecesGivesTheSameDigest(pieceSize: Int) {
        let message = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256()
        var offset = 0
        while offset < message.count {
            let end = min(offset + pieceSize, message.count)
            hasher.update(message[offset..<end])
            offset = end
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test func nonContiguousSequenceGivesTheSameDigest() {
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hash(message.lazy.map { $0 }) == SHA256.hash(message))
    }

    /// Lengths around the padding boundary: 55 bytes fit the length in the last block, 56 do not.
    @Test func paddingBoundaryLengthsDiffer() {
        let digests = Set([55, 56, 57, 63, 64].map { SHA256.hexDigest([UInt8](repeating: 0x61, count: $0)) })
        #expect(digests.count == 5)
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 56))
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }
}
