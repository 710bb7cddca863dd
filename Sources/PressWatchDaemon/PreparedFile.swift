import ArticleParsing
import Foundation
import InboxWatcher

/// What reading and parsing one inbox file gave, off the loop (`ParseWorkers`); the loop then
/// decides on it (`IngestPipeline.commit`). Carries the bytes read, so that what is archived or
/// rejected is exactly what was parsed.
enum PreparedFile: Sendable {
    /// The file could not be read (missing, not regular, too large, changed while read…).
    case readFailed(name: String, InboxReadError)
    /// Read, and parsed into an article.
    case parsed(InboxFileContents, Article)
    /// Read, and refused by the parser (not an article).
    case unparsable(InboxFileContents, ArticleParseError)
    /// Read, but its parse did not end within the time budget (seconds): rejected, never retried.
    case tooComplex(InboxFileContents, seconds: Double)
    /// Read, and a separate process parsing it died by this signal (`IsolatedParseCheck`, for a
    /// file being parsed when the daemon died): rejected as poison, never parsed in the daemon.
    case killedParser(InboxFileContents, signal: Int32)
    /// Not read: the daemon is stopping, or the batch's byte budget was used up. Stays queued.
    case notRead(name: String)

    var name: String {
        switch self {
        case .readFailed(let name, _), .notRead(let name): name
        case .parsed(let contents, _), .unparsable(let contents, _), .tooComplex(let contents, _), .killedParser(let contents, _):
            contents.name
        }
    }

    var contents: InboxFileContents? {
        switch self {
        case .readFailed, .notRead: nil
        case .parsed(let contents, _), .unparsable(let contents, _), .tooComplex(let contents, _), .killedParser(let contents, _):
            contents
        }
    }
}

extension Double {
    /// `10` → "10", `0.5` → "0.5": a number of seconds as a person wrote it in the configuration.
    var secondsText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(format: "%g", self)
    }
}
