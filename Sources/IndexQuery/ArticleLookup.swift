import ArticleIndex
import Foundation

/// Finds the article `presswatch show` names: a full id or a prefix that matches one article of
/// the index (as git accepts an abbreviated commit). An earlier version of a story, no longer
/// in the index but kept in `articles/`, is found by its full id.
public enum ArticleLookup {
    public enum Outcome: Equatable, Sendable {
        /// The id and the bytes of `articles/<id>.json`.
        case found(id: String, record: Data)
        /// The failure message (exit status 1).
        case failed(String)
    }

    public static func find(_ argument: String, in snapshot: IndexSnapshot) -> Outcome {
        let prefix = argument.lowercased()
        guard !prefix.isEmpty, prefix.count <= 16, prefix.allSatisfy(\.isHexDigit) else {
            return .failed("\"\(argument)\" is not an article id: ids are 16 hexadecimal digits, and a unique prefix "
                + "of one is accepted (e.g. presswatch show c270c34a)")
        }
        let candidates = snapshot.articles.changes.lazy.map(\.id).filter { $0.hasPrefix(prefix) }
        var found = Array(candidates.prefix(6))
        if found.isEmpty, prefix.count == 16, snapshot.recordData(id: prefix) != nil { found = [prefix] }
        switch found.count {
        case 0:
            return .failed("no article with id \(prefix)\(prefix.count < 16 ? "…" : "") in \(snapshot.statePath) "
                + "(presswatch query lists the ids)")
        case 1:
            guard let record = snapshot.recordData(id: found[0]) else {
                return .failed("article \(found[0]) is in the index but its record \(snapshot.statePath)/articles/\(found[0]).json "
                    + "cannot be read; presswatch reindex rebuilds it from the archive")
            }
            return .found(id: found[0], record: record)
        default:
            let listed = found.prefix(5).joined(separator: ", ") + (found.count > 5 ? ", …" : "")
            return .failed("\(prefix) is ambiguous: it starts \(listed); give more digits")
        }
    }
}
