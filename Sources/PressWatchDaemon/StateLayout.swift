import Foundation

/// Where things live under the state directory. Pure path arithmetic, no I/O.
///
///     <state>/index.json            the index other programs read
///     <state>/articles/<id>.json    full records (written by ArticleIndex)
///     <state>/archive/YYYY/MM/<id>.<ext>   originals, after the index holding them is durable
///     <state>/rejected/<name>       originals that could not be indexed
///     <state>/rejected/<name>.error.json   why, and what to do
///     <state>/presswatch.lock       held by the one process writing here (`DurableIO.StateLock`)
public struct StateLayout: Sendable, Equatable {
    public let root: String

    public init(root: String) { self.root = root }

    public var rejected: String { root + "/rejected" }

    /// The folders presswatch writes into: refused at start when one is a symbolic link
    /// (`StateLock.refuseSymbolicLinks`), so no link can redirect the archive or the index.
    public static let folderNames = ["archive", "rejected", "articles"]

    /// `archive/2026/11/<id>.<format>`, relative to the state directory, month of `date` in UTC.
    /// The extension is always the detected format's (`txt`, `md`, `html`), never the dropped
    /// name's: a text file dropped as `x.php` is archived as `.txt`, so a web server serving the
    /// archive never runs it (issue 11).
    public func archiveRelativePath(id: String, formatExtension: String, date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month], from: date)
        let month = String(format: "%04d/%02d", parts.year ?? 1970, parts.month ?? 1)
        return "archive/\(month)/\(id).\(formatExtension)"
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
