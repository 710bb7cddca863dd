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

    /// `foldWithFoundation`; an ASCII text takes `foldASCII`, which gives the same string (tests
    /// compare the two).
    static func fold(_ text: String) -> String {
        foldASCII(text) ?? foldWithFoundation(text)
    }

    /// `fold` as first written: Foundation's folding, then letters and digits (`CharacterSet`).
    static func foldWithFoundation(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if alphanumerics.contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Built once: `CharacterSet.alphanumerics` builds a set on every call (issue 9: that was
    /// about half of `fold`, and `fold` a twelfth of the commit's CPU in a burst).
    private static let alphanumerics = CharacterSet.alphanumerics

    /// `fold` of an all-ASCII text without Foundation (folding changes only the case of ASCII
    /// letters; the letters and digits of ASCII are A-Z, a-z, 0-9), or nil for any other text.
    static func foldASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte | ((byte >= 0x41 && byte <= 0x5A) ? 0x20 : 0)
            if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
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

    /// Whether `id` was indexed before, as the current or an earlier version. Reads the entry
    /// from disk (only for ids that are known): nil for an unknown id, or when the record of a
    /// known one cannot be read (the file is then indexed again).
    public func knownVersion(id: String) -> KnownVersion? {
        if keys.isCurrent(id) { return entry(id: id).map { .current($0) } }
        guard let currentID = keys.replacement(of: id), let current = entry(id: currentID),
            let version = current.previousVersions?.first(where: { $0.id == id })
        else { return nil }
        return .superseded(version, by: current)
    }

    /// Adds `article` like `add`, except that when another entry tells the same story
    /// (`StoryIdentity`) the new version replaces it: an `updated` change for the new id, whose
    /// `previousVersions` ends with the old version, and a `removed` change for the old id
    /// (its record and archived original are kept).
    /// - Returns: the entry that was replaced, if any.
    @discardableResult
    public func addVersion(_ article: Article, archivedPath: String, originalName: String, at date: Date) -> IndexEntry? {
        let story = StoryIdentity.id(of: article)
        guard !keys.isCurrent(article.id), let oldID = keys.current(ofStory: story), oldID != article.id,
            let old = entry(id: oldID)
        else {
            add(article, archivedPath: archivedPath, originalName: originalName, at: date, story: story)
            return nil
        }
        let stamp = IndexCoding.wholeSeconds(date)
        var entry = IndexEntry(article: article, archivedPath: archivedPath, originalName: originalName,
                               indexedAt: stamp, updatedAt: stamp, storyId: story)
        entry.previousVersions = (old.previousVersions ?? []) + [
            StoryVersion(id: old.id, archivedPath: old.archivedPath, originalName: old.originalName, indexedAt: old.indexedAt)
        ]
        keys.remove(id: oldID)
        pendingEntries[oldID] = nil
        pending.append(PendingChange(kind: .removed, id: oldID, entry: nil, replacedBy: article.id))
        stage(entry, body: article.body, kind: .updated)
        return old
    }
}
