import Foundation

/// The dense indexes of a taxonomy's codes (or a closed set of raw values), looked up by a code's
/// UTF-8 bytes without making a `String` of them: start-up codes some 15 codes of each of a
/// million citizens, and a `String` of a code longer than 15 bytes is an allocation, hashing it
/// with SipHash costs more than the whole probe here. A code whose bytes are not in the table is
/// looked up in `index` as a `String`, so every answer is the dictionary's (`String` equality is
/// Unicode canonical equivalence: bytes equal to a key's are that key, but other bytes may be too).
package struct CodeTable: Sendable {
    /// The dictionary the table answers for.
    package let index: [String: Int]
    /// The keys' bytes, one after another.
    private let bytes: [UInt8]
    /// Per key, in `bytes`: where its bytes start, where they end, and its value.
    private let keys: [(start: Int, end: Int, value: Int)]
    /// Open addressing with linear probing: a key's position in `keys` plus one, 0 when free;
    /// a power of two long, at most half full.
    private let slots: [Int32]

    /// The table of `index`.
    package init(_ index: [String: Int]) {
        self.index = index
        var bytes: [UInt8] = []
        var keys: [(start: Int, end: Int, value: Int)] = []
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
    package subscript(code: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(code) & mask
        while slots[slot] != 0 {
            let key = keys[Int(slots[slot]) - 1]
            if key.end - key.start == code.count,
                code.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + key.start, code.baseAddress!, code.count) == 0 })
            {
                return key.value
            }
            slot = (slot + 1) & mask
        }
        return index[String(decoding: code, as: UTF8.self)]
    }

    /// The bytes mixed eight at a time (most codes are 10–40 bytes), then finished as
    /// MurmurHash3's 64-bit finaliser does, so the low bits the table uses depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        if let start = bytes.baseAddress {
            let raw = UnsafeRawPointer(start)
            var at = 0
            while at + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0x100_0000_01b3
                at += 8
            }
            while at < bytes.count {
                hash = (hash ^ UInt64(start[at])) &* 0x100_0000_01b3
                at += 1
            }
        }
        hash = (hash ^ hash >> 33) &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: hash ^ hash >> 33)
    }
}

extension Int {
    /// The least power of two at least this (positive) number.
    fileprivate var nextPowerOfTwo: Int { 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
