/// Variable-length lists of integers for many rows in one contiguous buffer (start and count
/// per row). A row rewritten with a longer list moves to the end; the space it leaves is
/// reclaimed by compaction once it exceeds half the buffer.
struct Arena: Sendable {
    private(set) var storage: [UInt32] = []
    private(set) var start: [UInt32] = []
    private(set) var count: [UInt16] = []
    private var garbage = 0

    mutating func appendEmptyRow() {
        start.append(UInt32(storage.count))
        count.append(0)
    }

    /// Reserves room for `rows` rows.
    mutating func reserve(rows: Int) {
        start.reserveCapacity(rows)
        count.reserveCapacity(rows)
    }

    mutating func set(row: Int, _ entries: some Collection<UInt32>) {
        let old = Int(count[row])
        if entries.count <= old {
            let base = Int(start[row])
            for (offset, entry) in entries.enumerated() { storage[base + offset] = entry }
            garbage += old - entries.count
        } else {
            garbage += old
            start[row] = UInt32(storage.count)
            storage.append(contentsOf: entries)
        }
        count[row] = UInt16(entries.count)
        if garbage > 4096 && garbage > storage.count / 2 { compact() }
    }

    func entries(row: Int) -> ArraySlice<UInt32> {
        let base = Int(start[row])
        return storage[base..<base + Int(count[row])]
    }

    private mutating func compact() {
        var packed: [UInt32] = []
        packed.reserveCapacity(storage.count - garbage)
        for row in start.indices {
            let base = Int(start[row])
            start[row] = UInt32(packed.count)
            packed.append(contentsOf: storage[base..<base + Int(count[row])])
        }
        storage = packed
        garbage = 0
    }
}
