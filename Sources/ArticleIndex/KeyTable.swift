/// What the store must know to decide about a new file, and nothing more: which ids are in the
/// index (and their story), which id holds each story, and which earlier versions each current
/// entry replaced. Ids and story ids are 16 hex digits, kept as 64-bit integers (about 100
/// bytes per article with the dictionaries' overhead, instead of the entry's kilobytes).
struct KeyTable {
    /// Current id → its story.
    private(set) var storyOf: [UInt64: UInt64] = [:]
    /// Story → the id that currently tells it.
    private(set) var currentOfStory: [UInt64: UInt64] = [:]
    /// Earlier version's id → the id that replaced it.
    private(set) var supersededBy: [UInt64: UInt64] = [:]

    var count: Int { storyOf.count }

    static func key(_ hex: String) -> UInt64 { UInt64(hex, radix: 16) ?? 0 }

    static func hex(_ key: UInt64) -> String {
        let digits = String(key, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    func isCurrent(_ id: String) -> Bool { storyOf[Self.key(id)] != nil }

    func current(ofStory story: String) -> String? { currentOfStory[Self.key(story)].map(Self.hex) }

    func replacement(of id: String) -> String? { supersededBy[Self.key(id)].map(Self.hex) }

    /// Room for `count` articles without growing (start-up knows the count from the manifest).
    mutating func reserve(_ count: Int) {
        storyOf.reserveCapacity(count)
        currentOfStory.reserveCapacity(count)
    }

    /// `id` now holds `story`, having replaced `earlierVersions`.
    mutating func put(id: String, story: String, earlierVersions: [String]) {
        put(id: Self.key(id), story: Self.key(story), earlierVersions: earlierVersions.map(Self.key))
    }

    /// `put` with the keys already as integers.
    mutating func put(id idKey: UInt64, story storyKey: UInt64, earlierVersions: [UInt64]) {
        if let previousStory = storyOf[idKey], previousStory != storyKey, currentOfStory[previousStory] == idKey {
            currentOfStory[previousStory] = nil
        }
        storyOf[idKey] = storyKey
        currentOfStory[storyKey] = idKey
        supersededBy[idKey] = nil
        for version in earlierVersions { supersededBy[version] = idKey }
    }

    /// `id` left the index.
    mutating func remove(id: String) { remove(id: Self.key(id)) }

    mutating func remove(id idKey: UInt64) {
        guard let story = storyOf.removeValue(forKey: idKey) else { return }
        if currentOfStory[story] == idKey { currentOfStory[story] = nil }
    }
}
