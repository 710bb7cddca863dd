import ArticleParsing
import Foundation
import InboxWatcher

/// `presswatch parse FILE...`: one JSON object per file, one per line, in argument order.
///
/// A file that cannot be parsed gives `{"error": …, "file": …}`; a file that cannot be *read*
/// gives the same with the read error and makes the exit status non-zero. Keys are sorted; the
/// lines are written by `ArticleJSON`, byte for byte what JSONEncoder gives for the records below.
public enum ParseReport {
    /// One line of output (no trailing newline) and whether the file could be read. The default
    /// limit is a constant: `Configuration()` per file cost a `gethostname` call per article.
    public static func line(forFile path: String, sizeLimit: Int = Configuration.defaultMaxFileSize) -> (json: String, readable: Bool) {
        let (utf8, readable) = lineUTF8(forFile: path, sizeLimit: sizeLimit)
        return (String(decoding: utf8, as: UTF8.self), readable)
    }

    /// `line(forFile:sizeLimit:)` as the line's UTF-8 (valid UTF-8), for `presswatch parse`,
    /// which writes bytes: an article's line is never made a `String` (validated) on the way.
    public static func lineUTF8(forFile path: String, sizeLimit: Int = Configuration.defaultMaxFileSize) -> (json: [UInt8], readable: Bool) {
        func text(_ line: String) -> [UInt8] { Array(line.utf8) }
        let bytes: [UInt8]
        // One open/fstat/read (InboxWatcher's reader); anything it declines (not a regular file,
        // too large, changed while read, a failed call) takes the stat + FileManager path below,
        // which gives the bytes or the error text as before.
        if let quick = try? InboxFileReader.read(path: path, sizeLimit: sizeLimit) {
            bytes = quick
        } else {
            do {
                if let size = try itemSize(atPath: path), size > sizeLimit {
                    return (text(ArticleJSON.line(file: path, error: "the file is \(size) bytes, over the \(sizeLimit)-byte limit")), true)
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    return (text(ArticleJSON.line(file: path, error: "cannot read the file: check the path and its permissions")), false)
                }
                bytes = Array(data)
            } catch {
                return (text(ArticleJSON.line(file: path, error: "cannot read the file: \(error.localizedDescription)")), false)
            }
        }
        do {
            let article = try ArticleParser().parse(bytes, fileName: lastPathComponent(path))
            return (ArticleJSON.utf8(file: path, article: article) ?? text(encode(ArticleRecord(file: path, article: article))), true)
        } catch {
            return (text(ArticleJSON.line(file: path, error: error.description)), true)
        }
    }

    /// The size of what `path` names, a symbolic link followed (the bytes that would be read:
    /// a link's own size let any file past the limit), from `stat`, without
    /// `FileManager.attributesOfItem`'s owner and group name look-ups, which cost more than
    /// parsing a short article. When `stat` fails, FileManager is asked, for its error text.
    static func itemSize(atPath path: String) throws -> Int? {
        var info = stat()
        if stat(path, &info) == 0 { return Int(info.st_size) }
        return try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    }

    /// `(path as NSString).lastPathComponent`, without bridging for a path that does not end
    /// with `/`: the text after its last `/`, or the whole path when it has none (what NSString
    /// gives for such a path). Other paths (`dir/`, `/`, empty) are asked of NSString.
    static func lastPathComponent(_ path: String) -> String {
        guard let last = path.utf8.last, last != 0x2F else { return (path as NSString).lastPathComponent }
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// The error line as a value: what `ArticleJSON.line(file:error:)` writes.
    struct ErrorRecord: Encodable {
        let file: String
        let error: String
    }

    /// `file` and every Article field in one object: what `ArticleJSON.line(file:article:)` writes.
    struct ArticleRecord: Encodable {
        let file: String
        let article: Article

        enum Keys: String, CodingKey { case file }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(file, forKey: .file)
            try article.encode(to: encoder)
        }
    }

    /// The plain path: JSONEncoder with ArticleJSON's settings. Used when ArticleJSON declines
    /// (a non-finite amount, which JSONEncoder refuses too) and by the tests.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(value) else { return "{\"error\":\"cannot encode the result\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}
