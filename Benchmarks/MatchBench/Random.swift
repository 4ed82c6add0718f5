/// SplitMix64: expands one 64-bit seed into well-mixed words; used only to seed `Xoshiro256`,
/// as its authors recommend, so nearby seeds still give unrelated streams.
struct SplitMix64 {
    private var state: UInt64

    /// Creates the generator from a seed.
    init(seed: UInt64) { state = seed }

    /// The next word of the sequence.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256**: a small, fast generator with a fixed, documented algorithm, so the synthetic
/// population is identical on every machine and Swift version (unlike the standard library's
/// `random(in:)` helpers, whose algorithms are not specified).
struct Xoshiro256 {
    private var s0, s1, s2, s3: UInt64

    /// Seeds the four state words from SplitMix64.
    init(seed: UInt64) {
        var mix = SplitMix64(seed: seed)
        s0 = mix.next()
        s1 = mix.next()
        s2 = mix.next()
        s3 = mix.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for the
    /// bounds used here, far under anything a benchmark could notice).
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An approximately standard-normal value (Irwin–Hall: twelve uniforms minus six), which
    /// needs no libm and is bounded to ±6, so no scatter lands absurdly far away.
    mutating func gaussian() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    /// An index drawn with probability proportional to its weight, given the running totals
    /// of the weights (`cumulative.last` is the total).
    mutating func weightedIndex(cumulative: [Double]) -> Int {
        let target = unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// `count` distinct values from `pool` (all of it when shorter), in random order
    /// (a partial Fisher–Yates shuffle of a copy).
    mutating func sample(_ pool: [Int], count: Int) -> [Int] {
        var values = pool
        let taken = min(count, values.count)
        for index in 0..<taken {
            values.swapAt(index, index + below(values.count - index))
        }
        return Array(values[..<taken])
    }

    private func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
