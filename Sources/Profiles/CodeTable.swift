import Foundation

/// The dense indexes of a taxonomy's codes (or a closed set of raw values), looked up by a code's
/// UTF-8 bytes without making a `String` of them: start-up codes some 15 codes of each of a
/// million citizens, and a `String` of a code longer than 15 bytes is an allocation, hashing it
/// with SipHash costs more than the whole probe here. A code whose bytes are not in the table is
/// looked up in `index` as a `String`, so every answer is the dictionary's (`String` equality is
/// Unicode canonical equivalence: bytes equal to a key's are that key, but other bytes may be too).
struct CodeTable: Sendable {
    /// The dictionary the table answers for.
    let index: [String: Int]
    /// The keys' bytes, one after another.
    private let bytes: [UInt8]
    /// Per key, in `bytes`: where its bytes start, where they end, and its value.
    private let keys: [(start: Int, end: Int, value: Int)]
    /// Open addressing with linear probing: a key's position in `keys` plus one, 0 when free;
    /// a power of two long, at most half full.
    private let slots: [Int32]

    /// The table of `index`.
    init(_ index: [String: Int]) {
        self.index = index
        var bytes: [UInt8] = [], keys: [(start: Int, end: Int, value: Int)] = []
        var slots = [Int32](repeating: 0, count: max(16, index.count * 2).nextPowerOfTwo)
        for (key, value) in index {
            let start = bytes.count
            bytes.append(contentsOf: key.utf8)
            keys.append((start, bytes.count, value))
            var slot = bytes[start...].withUnsafeBufferPointer(Self.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(keys.count)
        }
        self.bytes = bytes
        self.keys = keys
        self.slots = slots
    }

    /// The value of the code whose UTF-8 text is `code`, as `index[String(decoding: code, as: UTF8.self)]`.
    subscript(code: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(code) & mask
        while slots[slot] != 0 {
            let key = keys[Int(slots[slot]) - 1]
            if key.end - key.start == code.count,
               code.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + key.start, code.baseAddress!, code.count) == 0 }) {
                return key.value
            }
            slot = (slot + 1) & mask
        }
        return index[String(decoding: code, as: UTF8.self)]
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}

private extension Int {
    /// The least power of two at least this (positive) number.
    var nextPowerOfTwo: Int { 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
