/// Where a reader of the change feed stands: which index (its `indexId`) and the last sequence
/// number it has applied. Pure bookkeeping over `IndexSnapshot.readFeed`; what wakes it up
/// (inotify, a timer) is the caller's business.
///
/// Contract: each `advance()` returns the changes published since the previous one, each
/// sequence number once and in increasing order (docs/index-format.md, "Exactly once,
/// precisely"). When the index was rebuilt (another `indexId`), it returns `rebuilt: true` and
/// every change of the new index from 1: apply them to an empty index.
public struct ChangeFeedCursor: Sendable {
    public private(set) var indexID: String?
    public private(set) var lastSequence: Int
    public let statePath: String

    /// A reader that has applied everything up to `lastSequence` of the index `indexID` (nil:
    /// whichever index is there now).
    public init(statePath: String, indexID: String?, lastSequence: Int) {
        self.statePath = statePath
        self.indexID = indexID
        self.lastSequence = lastSequence
    }

    /// What changed since the last call.
    public struct Step: Sendable {
        /// The index was rebuilt (or is not the one the position named): `changes` start from 1.
        public var rebuilt: Bool
        public var indexID: String
        public var changes: ChangeSet
    }

    /// Reads the published changes after the position and moves past them.
    /// - Throws: `IndexReadError` (the position is unchanged; try again at the next publication).
    public mutating func advance() throws(IndexReadError) -> Step {
        let (manifest, changes) = try IndexSnapshot.readFeed(statePath: statePath, after: lastSequence, expecting: indexID)
        let rebuilt = indexID != nil && indexID != manifest.indexId
        indexID = manifest.indexId
        if rebuilt || manifest.lastSequence > lastSequence { lastSequence = manifest.lastSequence }
        return Step(rebuilt: rebuilt, indexID: manifest.indexId, changes: changes)
    }
}
