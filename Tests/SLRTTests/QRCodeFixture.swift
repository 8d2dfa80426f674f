import Documents

/// PNG images of QR codes (a logo stand-in, and what the letter's QR code encodes).
enum QRCodeFixture {
    static func png(_ text: String) throws -> [UInt8] {
        try QRCode.encode(Array(text.utf8), correction: .medium).png(scale: 4, quietZone: 4)
    }
}
