/// Which competencies are related, for the related credit of a requirement the citizen does not
/// hold: two competencies are related when they are in the same group, or when both are typical
/// competencies of one occupation (`occupations.json`, to which an ESCO import adds each linked
/// occupation's essential skills). Stored as one bit row per competency (1,079 competencies:
/// 17 words a row, about 146 KB), so a test is one load and a mask.
public struct CompetencyRelation: Sendable, Equatable {
    /// 64-bit words per row.
    public let wordsPerRow: Int
    /// Row `a` holds bit `b` when `a` and `b` are related; every competency is related to itself.
    private let words: [UInt64]

    /// Builds the relation from each competency's group and each occupation's typical competencies
    /// (dense indexes).
    public init(groups: [UInt8], occupations: [[Int]]) {
        let count = groups.count
        let wordsPerRow = (count + 63) / 64
        var words = [UInt64](repeating: 0, count: count * wordsPerRow)
        func relate(_ a: Int, _ b: Int) {
            words[a * wordsPerRow + b / 64] |= 1 << UInt64(b % 64)
        }
        var members = [[Int]](repeating: [], count: Int(groups.max().map { $0 + 1 } ?? 0))
        for (competency, group) in groups.enumerated() { members[Int(group)].append(competency) }
        for group in members + occupations {
            for a in group { for b in group { relate(a, b) } }
        }
        self.wordsPerRow = wordsPerRow
        self.words = words
    }

    /// Whether `a` and `b` are related.
    @inline(__always)
    public func contains(_ a: Int, _ b: Int) -> Bool {
        words[a * wordsPerRow + b / 64] & (1 << UInt64(b % 64)) != 0
    }

    /// Row `a`: the competencies related to `a`, as words of a bit set.
    public func row(_ a: Int) -> ArraySlice<UInt64> {
        words[a * wordsPerRow..<(a + 1) * wordsPerRow]
    }

    /// Bytes the rows take.
    public var byteCount: Int { words.count * MemoryLayout<UInt64>.size }
}
