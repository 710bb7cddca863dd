import DurableIO
import Foundation

/// Recovery from a damaged `index.json`: set it aside (`IndexRecovery` then rebuilds the
/// index from the archived originals).
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
}
