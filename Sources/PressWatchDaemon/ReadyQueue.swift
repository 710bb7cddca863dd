/// Names ready to be read, in arrival order, each at most once.
struct ReadyQueue {
    private var names: [String] = []
    private var head = 0
    private var members: Set<String> = []

    var count: Int { names.count - head }
    var isEmpty: Bool { count == 0 }
    func contains(_ name: String) -> Bool { members.contains(name) }
    /// True when a queued name satisfies `predicate` (stops at the first).
    func contains(where predicate: (String) -> Bool) -> Bool { names[head...].contains(where: predicate) }

    mutating func append(_ name: String) {
        if members.insert(name).inserted { names.append(name) }
    }

    /// Takes `name` out of the queue if it is there (its position is skipped later).
    mutating func remove(_ name: String) {
        guard members.remove(name) != nil, let at = names[head...].firstIndex(of: name) else { return }
        names.remove(at: at)
    }

    mutating func take(_ limit: Int) -> [String] {
        let end = min(names.count, head + limit)
        let batch = Array(names[head..<end])
        head = end
        for name in batch { members.remove(name) }
        if head > 4096 && head * 2 > names.count {
            names.removeFirst(head)
            head = 0
        }
        return batch
    }
}
