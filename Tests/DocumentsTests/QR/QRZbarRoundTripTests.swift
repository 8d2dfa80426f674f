import Foundation
import Testing

@testable import Documents

/// Our QR images decoded by zbarimg (Debian zbar-tools) give back the bytes we encoded.
struct QRZbarRoundTripTests {
    static func random(_ count: Int, seed: UInt64) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    static let indonesian = "Surat keterangan tidak mampu untuk keluarga penerima bantuan sosial di Kalurahan "
        + "Trirenggo, Kapanéwon Bantul — “dinilai layak” ✓ résumé café naïve 日本 🎉. "

    /// Verification URLs like the letters carry.
    static func verificationURL(seed: UInt64) -> String {
        let code = String(random(22, seed: seed).map { base64URL[Int($0 % 64)] })
        return "https://dinsos.bantulkab.go.id/verifikasi/\(code)"
    }

    /// Text of exactly `length` UTF-8 bytes, or a byte short when a character would not fit.
    static func text(from source: String, bytes length: Int, offset: Int) -> String {
        var result = ""
        var count = 0
        let characters = Array(source)
        var index = offset % characters.count
        while true {
            let next = String(characters[index])
            if count + next.utf8.count > length { break }
            result += next
            count += next.utf8.count
            index = (index + 1) % characters.count
        }
        return result
    }

    /// Code points from all over Unicode (no controls, no surrogates): every byte value appears.
    static func binaryish(length: Int, seed: UInt64) -> String {
        var scalars = String.UnicodeScalarView()
        var count = 0
        for value in random(length, seed: seed) {
            let candidates: [UInt32] = [0x20 + UInt32(value % 0x5F), 0xA0 + UInt32(value % 0x760),
                                        0x800 + UInt32(value % 0xD000), 0x10000 + UInt32(value % 0x1000)]
            guard let scalar = Unicode.Scalar(candidates[Int(value >> 20) % 4]) else { continue }
            if count + String(scalar).utf8.count > length { break }
            scalars.append(scalar)
            count += String(scalar).utf8.count
        }
        return String(scalars)
    }

    static let samples: [String] = {
        var result: [String] = []
        for length in 1...300 {
            switch length % 3 {
            case 0: result.append(text(from: "The quick brown fox jumps over 13 lazy dogs; NIK 3402010101900001! ", bytes: length, offset: length))
            case 1: result.append(text(from: indonesian, bytes: length, offset: length * 7))
            default: result.append(binaryish(length: length, seed: UInt64(length)))
            }
        }
        for seed in 0..<20 { result.append(verificationURL(seed: UInt64(seed))) }
        return result.filter { !$0.isEmpty }
    }()

    /// Split in parts so the parts run in parallel.
    @Test(arguments: 0..<4)
    func inputsOfEveryLengthUpTo300BytesDecode(part: Int) throws {
        let cases = Self.samples.enumerated().filter { $0.offset % 4 == part }.map { ($0.element, QRErrorCorrection.medium) }
        try Self.roundTrip(cases)
    }

    @Test func everyLevelAndLargeVersionsDecode() throws {
        var cases: [(String, QRErrorCorrection)] = []
        for level in QRErrorCorrection.allCases {
            cases.append((Self.verificationURL(seed: 99), level))
            cases.append((Self.text(from: Self.indonesian, bytes: 400, offset: 3), level))
        }
        cases.append((Self.text(from: Self.indonesian, bytes: 1_200, offset: 5), .medium))
        cases.append((Self.text(from: Self.indonesian, bytes: 2_300, offset: 1), .low))  // version 36 or more
        let versions = try cases.map { try QRCode.encode($0.0, correction: $0.1).version }
        #expect(versions.contains { $0 >= 30 })
        try Self.roundTrip(cases)
    }

    static func roundTrip(_ cases: [(String, QRErrorCorrection)]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var versions = Set<Int>()
        for (index, (text, level)) in cases.enumerated() {
            let matrix = try QRCode.encode(text, correction: level)
            versions.insert(matrix.version)
            let scale = matrix.version > 20 ? 3 : 4
            let file = try directory.write(matrix.png(scale: scale, quietZone: 4), to: "qr-\(index).png")
            // -Sbinary: the symbol's bytes exactly as encoded, with no charset guessing and no
            // newline appended (plain --raw converts from a guessed charset and adds "\n").
            let result = try ExternalTool.zbarimg.run(["--raw", "-q", "-Sbinary", file])
            #expect(result.status == 0, "zbarimg failed on \(text.utf8.count) bytes (v\(matrix.version)): \(result.errors)")
            #expect(result.output == Array(text.utf8), "\(text.utf8.count) bytes, version \(matrix.version), mask \(matrix.mask)")
        }
        print("zbarimg decoded \(cases.count) symbols, versions \(versions.sorted())")
    }
}
