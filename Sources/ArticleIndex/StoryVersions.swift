import ArticleParsing
import Foundation

/// An earlier version of a story, kept in the entry of the version that replaced it.
public struct StoryVersion: Codable, Sendable, Equatable {
    /// The earlier version's id (content hash of its original).
    public var id: String
    /// Its archived original, relative to the state directory (still there: never deleted).
    public var archivedPath: String
    /// The file name it had in the inbox.
    public var originalName: String
    /// When it was indexed.
    public var indexedAt: Date

    public init(id: String, archivedPath: String, originalName: String, indexedAt: Date) {
        self.id = id
        self.archivedPath = archivedPath
        self.originalName = originalName
        self.indexedAt = indexedAt
    }
}

/// Which files tell the same story (docs/index-format.md, "Story identity and updates").
///
/// Contract: `storyId` is the first 16 hex digits of the 64-bit FNV-1a hash of
/// `fold(title) + U+001F + fold(source ?? site ?? "") + U+001F + day(published)`, where `fold`
/// lowercases, removes diacritics and keeps letters and digits separated by single spaces, and
/// `day` is the `YYYY-MM-DD` part of `published` (empty when unknown). So a corrected body,
/// byline, lede, punctuation or case in the title is the same story; another headline, another
/// agency or another publication day is another story. Pure and stable across versions.
public enum StoryIdentity {
    public static func id(title: String, source: String?, site: String?, published: String?) -> String {
        let key = fold(title) + "\u{1F}" + fold(source ?? site ?? "") + "\u{1F}" + String((published ?? "").prefix(10))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func id(of article: Article) -> String {
        id(title: article.title, source: article.source, site: article.site, published: article.published)
    }

    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}

/// storyId → current id, superseded id → current id: the store's lookups for versions.
struct StoryLookup {
    var currentByStory: [String: String] = [:]
    var currentBySuperseded: [String: String] = [:]
    var entryCount = 0
}

extension IndexEntry {
    /// `storyId` as stored, or computed from the fields for an entry written before it existed.
    public var effectiveStoryID: String {
        storyId ?? StoryIdentity.id(title: title, source: source, site: site, published: published)
    }
}

extension ArticleStore {
    /// Where an id stands: in the index, or replaced by a newer version of its story.
    public enum KnownVersion: Equatable {
        case current(IndexEntry)
        case superseded(StoryVersion, by: IndexEntry)

        /// The archived original of that id (relative to the state directory).
        public var archivedPath: String {
            switch self {
            case .current(let entry): entry.archivedPath
            case .superseded(let version, _): version.archivedPath
            }
        }
    }

    /// Whether `id` was indexed before, as the current version or an earlier one.
    public func knownVersion(id: String) -> KnownVersion? {
        if let entry = entriesByID[id] { return .current(entry) }
        let lookup = currentLookup()
        guard let currentID = lookup.currentBySuperseded[id], let current = entriesByID[currentID],
            let version = current.previousVersions?.first(where: { $0.id == id })
        else { return nil }
        return .superseded(version, by: current)
    }

    /// Adds `article` like `add`, except that when another entry tells the same story
    /// (`StoryIdentity`) the new version replaces it: same position in the index, the old
    /// version listed in `previousVersions` (its record and archived original are kept).
    /// - Returns: the entry that was replaced, if any.
    @discardableResult
    public func addVersion(_ article: Article, archivedPath: String, originalName: String, at date: Date) -> IndexEntry? {
        var lookup = currentLookup()
        let story = StoryIdentity.id(of: article)
        guard entriesByID[article.id] == nil, let oldID = lookup.currentByStory[story], oldID != article.id,
            let old = entriesByID[oldID]
        else {
            add(article, archivedPath: archivedPath, originalName: originalName, at: date)
            lookup.currentByStory[story] = article.id
            lookup.entryCount = order.count
            storyLookup = lookup
            return nil
        }
        add(article, archivedPath: archivedPath, originalName: originalName, at: date)
        order.removeLast()
        if let position = order.firstIndex(of: oldID) { order[position] = article.id }
        entriesByID[oldID] = nil
        pendingBodies[oldID] = nil
        let earlier = (old.previousVersions ?? []) + [
            StoryVersion(id: old.id, archivedPath: old.archivedPath, originalName: old.originalName, indexedAt: old.indexedAt)
        ]
        entriesByID[article.id]?.previousVersions = earlier
        lookup.currentByStory[story] = article.id
        for version in earlier { lookup.currentBySuperseded[version.id] = article.id }
        lookup.entryCount = order.count
        storyLookup = lookup
        return old
    }

    /// The lookups, rebuilt when entries were added behind `addVersion`'s back.
    private func currentLookup() -> StoryLookup {
        if let storyLookup, storyLookup.entryCount == order.count { return storyLookup }
        var lookup = StoryLookup()
        for id in order {
            guard let entry = entriesByID[id] else { continue }
            lookup.currentByStory[entry.effectiveStoryID] = id
            for version in entry.previousVersions ?? [] { lookup.currentBySuperseded[version.id] = id }
        }
        lookup.entryCount = order.count
        storyLookup = lookup
        return lookup
    }
}
