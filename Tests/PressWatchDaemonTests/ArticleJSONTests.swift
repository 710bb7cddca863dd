import ArticleParsing
import Foundation
import Testing
@testable import PressWatchDaemon

/// `ArticleJSON` (the fast path) against JSONEncoder (the plain path): byte for byte.
struct ArticleJSONTests {
    static let adversarial: [String] = {
        var strings = ["", "plain", "a/b\\c\"d", "é ü ß 中文 😀", "\u{2028}\u{2029}\u{FEFF}\u{7F}",
                       "tab\tnew\nret\rback\u{8}feed\u{C}", "e\u{301}", "\u{0}\u{1F}\u{1B}x"]
        strings.append(String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self))
        strings.append((0..<0x300).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }.joined())
        return strings
    }()

    func article(_ text: String, _ value: Double = 820_000_000) -> Article {
        Article(id: text, title: text, authors: [text, "b"], source: text, site: nil, published: "2024-01-02",
                language: text.isEmpty ? nil : "fr", summary: text, lede: text, body: [text, text + "/"],
                wordCount: 7, format: .html, places: [Place(code: "FR", name: text, mentions: 3)],
                amounts: [Amount(text: text, value: value, currency: "EUR")], keywords: [text])
    }

    @Test func adversarialStringsMatchJSONEncoder() {
        for text in Self.adversarial {
            let record = ParseReport.ArticleRecord(file: text, article: article(text))
            #expect(ArticleJSON.line(file: text, article: article(text)) == ParseReport.encode(record))
            let error = ParseReport.ErrorRecord(file: text, error: text + "!")
            #expect(ArticleJSON.line(file: text, error: text + "!") == ParseReport.encode(error))
        }
    }

    @Test func numbersMatchJSONEncoder() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 1, 12.5, 0.1, 1e-7, 1e15, 1e16, 1.5e20, 1e21, 2.5e6, .leastNonzeroMagnitude,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 123_456_789_012_345_680]
        for _ in 0..<300 {
            values.append(Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 900...1150) << 52)))
            values.append(Double(Int.random(in: -1_000_000_000...1_000_000_000)) / [1, 10, 100, 1000][Int.random(in: 0..<4)])
        }
        for value in values {
            let record = ParseReport.ArticleRecord(file: "f", article: article("x", value))
            #expect(ArticleJSON.line(file: "f", article: article("x", value)) == ParseReport.encode(record), "\(value)")
        }
        #expect(ArticleJSON.line(file: "f", article: article("x", .nan)) == nil)
        #expect(ArticleJSON.line(file: "f", article: article("x", .infinity)) == nil)
    }

    /// Every parser fixture, parsed and written both ways.
    @Test func fixturesMatchJSONEncoder() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ArticleParsingTests/Fixtures")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
        #expect(files.count > 50)
        for name in files {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            guard let article = try? ArticleParser().parse(Array(data), fileName: name) else { continue }
            let record = ParseReport.ArticleRecord(file: path, article: article)
            #expect(ArticleJSON.line(file: path, article: article) == ParseReport.encode(record), "\(name)")
        }
    }
}
