/// Keeps the best `k` (score, id) pairs seen: higher score first, ties by lower id, so rankings
/// are deterministic. A min-heap whose root is the worst kept entry.
struct TopK: Sendable {
    struct Entry: Sendable {
        var score: Double
        var id: EntityID
        /// Where the entry is held: its block and its row in the block's table.
        var block: Int32
        var row: Int32
    }

    private let k: Int
    private var heap: [Entry] = []

    init(k: Int) {
        self.k = k
        heap.reserveCapacity(k)
    }

    /// Whether `a` ranks below `b`.
    @inline(__always)
    static func worse(_ a: Entry, _ b: Entry) -> Bool {
        a.score != b.score ? a.score < b.score : a.id > b.id
    }

    /// The lowest score that could still enter, to skip work early.
    @inline(__always)
    var threshold: Double { heap.count < k ? -Double.infinity : heap[0].score }

    @inline(__always)
    mutating func insert(_ entry: Entry) {
        guard k > 0 else { return }
        if heap.count < k {
            heap.append(entry)
            siftUp(heap.count - 1)
        } else if TopK.worse(heap[0], entry) {
            heap[0] = entry
            siftDown(0)
        }
    }

    /// The kept entries, best first.
    func sorted() -> [Entry] {
        heap.sorted { TopK.worse($1, $0) }
    }

    /// The best `k` of several rankings' entries, best first.
    static func merged(_ rankings: [TopK], k: Int) -> [Entry] {
        if rankings.count == 1 { return rankings[0].sorted() }
        return Array(rankings.flatMap(\.heap).sorted { TopK.worse($1, $0) }.prefix(k))
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard TopK.worse(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var worst = parent
            if left < heap.count && TopK.worse(heap[left], heap[worst]) { worst = left }
            if right < heap.count && TopK.worse(heap[right], heap[worst]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
