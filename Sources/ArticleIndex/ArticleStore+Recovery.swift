import DurableIO
import Foundation

/// Recovery from a damaged `index.json`: set it aside, then rebuild from `articles/<id>.json`.
extension ArticleStore {
    /// Renames `<stateDirectory>/index.json` to `index.json.<reason>-<yyyyMMddTHHmmssZ>`
    /// (`damaged`, `before-reindex`) durably, never overwriting an earlier one, so a person can
    /// inspect it later.
    /// - Returns: the new path of the old file.
    /// - Throws: `DurableIOError` (nothing is renamed then).
    public static func setAsideDamagedIndex(
        in stateDirectory: URL, reason: String = "damaged", now: Date
    ) throws(DurableIOError) -> String {
        let root = stateDirectory.path(percentEncoded: false)
        let stamp = Date.ISO8601FormatStyle(dateSeparator: .omitted, timeSeparator: .omitted)
            .format(IndexCoding.wholeSeconds(now))
        let index = (root as NSString).appendingPathComponent("index.json")
        var target = index + "." + reason + "-" + stamp
        var attempt = 1
        while FileManager.default.fileExists(atPath: target) {
            attempt += 1
            target = index + "." + reason + "-" + stamp + "-\(attempt)"
        }
        try DurableFile.move(from: index, to: target)
        return target
    }

    /// Opens the store in `stateDirectory` and adds every article record in `articles/` that the
    /// index does not hold yet, with its original `indexedAt` and `updatedAt` (ordered by
    /// `indexedAt`, then id), then flushes. With `index.json` set aside first, this rebuilds
    /// the whole index from the records.
    ///
    /// - Returns: the store and one line per record that could not be used (unreadable, not
    ///   JSON, or its `id` does not match its file name); those files are left in place.
    /// - Throws: `IndexLoadError` if an existing `index.json` is damaged (set it aside first),
    ///   `DurableIOError` if the directory cannot be listed or the index written.
    public static func rebuildFromRecords(
        stateDirectory: URL, now: Date
    ) throws -> (store: ArticleStore, skipped: [String]) {
        let store = try ArticleStore(stateDirectory: stateDirectory)
        var recovered: [ArticleRecord] = []
        var skipped: [String] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: store.articlesDirectory)
        for name in names.sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(".json".count))
            guard !store.contains(id: id) else { continue }
            guard IndexCoding.isValidID(id) else {
                skipped.append("\(name): not named <16 hex digits>.json")
                continue
            }
            do {
                let record = try store.record(id: id)
                guard record.entry.id == id else {
                    skipped.append("\(name): holds id \(record.entry.id)")
                    continue
                }
                recovered.append(record)
            } catch {
                skipped.append("\(name): \(describe(error))")
            }
        }
        recovered.sort { ($0.entry.indexedAt, $0.entry.id) < ($1.entry.indexedAt, $1.entry.id) }
        for record in recovered { store.restore(record.entry) }
        try store.flush(now: now)
        return (store, skipped)
    }
}
