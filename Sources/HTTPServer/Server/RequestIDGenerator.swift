/// Short unique request ids: 12 hex digits (a small string, no allocation). Each loop counts
/// on its own; the loop index sits in bits 40–47 and a random per-process value is mixed in,
/// so ids from different loops and different runs do not collide in practice.
struct RequestIDGenerator {
    private let base: UInt64
    private let loopBits: UInt64
    private var counter: UInt64 = 0

    init(loopIndex: Int, seed: UInt64) {
        base = seed & 0xFFFF_FFFF_FFFF
        loopBits = UInt64(loopIndex & 0xFF) << 40
    }

    mutating func next() -> String {
        counter = (counter &+ 1) & 0xFF_FFFF_FFFF
        let value = base ^ (loopBits | counter)
        return String(unsafeUninitializedCapacity: 12) { buffer in
            let digits: StaticString = "0123456789abcdef"
            digits.withUTF8Buffer { hex in
                for index in 0..<12 {
                    buffer[index] = hex[Int((value >> UInt64((11 - index) * 4)) & 0xF)]
                }
            }
            return 12
        }
    }
}
