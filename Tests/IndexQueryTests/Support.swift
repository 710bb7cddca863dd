import ArticleIndex
import ArticleParsing
import Foundation

/// A state folder written by the real `ArticleStore`, removed by `remove()`.
final class StateFolder {
    let path: String
    let store: ArticleStore

    init() throws {
        path = NSTemporaryDirectory() + "presswatch-query-test-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        store = try ArticleStore(stateDirectory: URL(fileURLWithPath: path))
    }

    func add(_ article: Article) {
        _ = store.add(article, archivedPath: "archive/\(article.id).txt", originalName: "\(article.id).txt", at: testDate)
    }

    func publish() throws { try store.flush(now: testDate) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

let testDate = Date(timeIntervalSince1970: 1_771_234_567)

/// An article with the given fields; `n` makes the id (16 hex digits).
func article(
    _ n: Int, title: String, source: String? = "Agence Ecofin", site: String? = "OSIRIS",
    published: String? = "2026-02-16", language: String? = "fr", authors: [String] = [],
    lede: String = "Un paragraphe.", places: [Place] = [], keywords: [String] = []
) -> Article {
    let hex = String(n, radix: 16)
    return Article(
        id: String(repeating: "0", count: 16 - hex.count) + hex, title: title, authors: authors,
        source: source, site: site, published: published, language: language, lede: lede,
        body: [lede, "Deuxième paragraphe."], wordCount: 5, format: .text, places: places, keywords: keywords)
}
