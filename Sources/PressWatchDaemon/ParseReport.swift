import ArticleParsing
import Foundation

/// `presswatch parse FILE...`: one JSON object per file, one per line, in argument order.
///
/// A file that cannot be parsed gives `{"file": …, "error": …}`; a file that cannot be *read*
/// gives the same with the read error and makes the exit status non-zero.
public enum ParseReport {
    /// One line of output (no trailing newline) and whether the file could be read.
    public static func line(forFile path: String, sizeLimit: Int = Configuration().maxFileSize) -> (json: String, readable: Bool) {
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > sizeLimit {
                return (encode(ErrorRecord(file: path, error: "the file is \(size) bytes, over the \(sizeLimit)-byte limit")), true)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return (encode(ErrorRecord(file: path, error: "cannot read the file: check the path and its permissions")), false)
            }
            bytes = Array(data)
        } catch {
            return (encode(ErrorRecord(file: path, error: "cannot read the file: \(error.localizedDescription)")), false)
        }
        do {
            let article = try ArticleParser().parse(bytes, fileName: (path as NSString).lastPathComponent)
            return (encode(ArticleRecord(file: path, article: article)), true)
        } catch {
            return (encode(ErrorRecord(file: path, error: error.description)), true)
        }
    }

    private struct ErrorRecord: Encodable {
        let file: String
        let error: String
    }

    /// `file` first, then every Article field.
    private struct ArticleRecord: Encodable {
        let file: String
        let article: Article

        enum Keys: String, CodingKey { case file }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(file, forKey: .file)
            try article.encode(to: encoder)
        }
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{\"error\":\"cannot encode the result\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}
