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

    /// `archive/2026/11/<id>.txt`, relative to the state directory, month of `date` in UTC.
    public func archiveRelativePath(id: String, originalName: String, formatExtension: String, date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month], from: date)
        let month = String(format: "%04d/%02d", parts.year ?? 1970, parts.month ?? 1)
        return "archive/\(month)/\(id).\(Self.archiveExtension(originalName: originalName, fallback: formatExtension))"
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    /// The original's extension when it is short and plain (`txt`, `html`, `md`), else the format's.
    static func archiveExtension(originalName: String, fallback: String) -> String {
        guard let dot = originalName.lastIndex(of: "."), dot != originalName.startIndex else { return fallback }
        let ext = originalName[originalName.index(after: dot)...].lowercased()
        let plain = !ext.isEmpty && ext.count <= 8 && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return plain ? ext : fallback
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
