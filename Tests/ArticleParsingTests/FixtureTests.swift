import Foundation
import Testing

@testable import ArticleParsing

/// Runs every input + expected JSON pair in Fixtures/.
///
/// Expected files list only the fields to check. Article fields (`title`, `authors`, `source`,
/// `site`, `published`, `language`, `lede`, `body`, `wordCount`, `format`, `id`) must match
/// exactly (`null` means "must be nil"). Extra checks:
/// - `wordCountWithin`: `[n, percent]`, the word count is within `percent`% of `n`;
/// - `bodyCount`: the number of body paragraphs;
/// - `bodyExcludes`: strings that must not occur in any body paragraph;
/// - `placesInclude`: ISO 3166 codes that must be among `places`;
/// - `amountsInclude`: `[value, "CUR"]` pairs that must be among `amounts`;
/// - `keywordsInclude`: terms that must be among `keywords`;
/// - `error`: the file must be rejected with exactly this reason.
/// (`places`, `amounts`, `keywords`, `readingMinutes`, `summary` compare exactly, like the others.)
@Suite struct FixtureTests {
    @Test func fixturesArePresent() {
        #expect(FixtureCase.all.count >= 13)
    }

    @Test(arguments: FixtureCase.all)
    func fixture(_ fixture: FixtureCase) throws {
        let bytes = [UInt8](try Data(contentsOf: fixture.inputURL))
        let expected = try JSONDecoder().decode([String: JSONValue].self, from: Data(contentsOf: fixture.expectedURL))
        let fileName = fixture.inputURL.lastPathComponent

        if case .string(let reason) = expected["error"] {
            #expect(throws: ArticleParseError.self) { try ArticleParser().parse(bytes, fileName: fileName) }
            do {
                _ = try ArticleParser().parse(bytes, fileName: fileName)
            } catch {
                #expect(error.reason == reason)
                #expect(!error.hint.isEmpty)
            }
            return
        }

        let article = try ArticleParser().parse(bytes, fileName: fileName)
        let actual = try jsonFields(of: article)
        for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "wordCountWithin":
                guard case .array(let pair) = value, pair.count == 2,
                    case .number(let target) = pair[0], case .number(let percent) = pair[1]
                else { Issue.record("bad wordCountWithin in \(fileName)"); continue }
                let difference = abs(Double(article.wordCount) - target)
                #expect(difference <= target * percent / 100, "wordCount \(article.wordCount) vs \(target)")
            case "bodyCount":
                #expect(.number(Double(article.body.count)) == value, "body: \(article.body)")
            case "placesInclude", "keywordsInclude":
                guard case .array(let needles) = value else { continue }
                let have = key == "placesInclude" ? article.places.map(\.code) : article.keywords
                for case .string(let needle) in needles {
                    #expect(have.contains(needle), "\(fileName): \(key) \(needle) not in \(have)")
                }
            case "amountsInclude":
                guard case .array(let pairs) = value else { continue }
                for case .array(let pair) in pairs {
                    guard pair.count == 2, case .number(let amount) = pair[0], case .string(let currency) = pair[1]
                    else { Issue.record("bad amountsInclude in \(fileName)"); continue }
                    #expect(article.amounts.contains { $0.value == amount && $0.currency == currency },
                            "\(fileName): \(amount) \(currency) not in \(article.amounts)")
                }
            case "bodyExcludes":
                guard case .array(let needles) = value else { continue }
                for case .string(let needle) in needles {
                    #expect(!article.body.contains { $0.contains(needle) }, "body contains \(needle)")
                }
            default:
                #expect(actual[key] != nil, "unknown expected key \(key)")
                #expect(actual[key] == value, "\(fileName): \(key)")
            }
        }
    }
}
