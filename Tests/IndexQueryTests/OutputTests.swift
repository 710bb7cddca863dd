import ArticleIndex
import ArticleParsing
import Foundation
import IndexQuery
import Testing

/// Table layout, CSV quoting, text wrapping and id lookup.
@Suite("Query output and show")
struct OutputTests {
    func matches(_ titles: [String]) throws -> ([IndexQuery.Match], StateFolder) {
        let state = try StateFolder()
        for (n, title) in titles.enumerated() { state.add(article(n + 1, title: title, source: "Agence Ecofin de presse africaine")) }
        try state.publish()
        let snapshot = try IndexSnapshot.open(statePath: state.path)
        return (try IndexQuery().run(on: snapshot, also: QueryFormat.table.wanted), state)
    }

    @Test(arguments: [40, 80, 200])
    func tableLinesFitTheWidth(width: Int) throws {
        let long = "Coopération numérique : le Rwanda discute avec le Japon d'un partenariat de long terme, " + String(repeating: "très ", count: 40)
        let (found, state) = try matches([long, "Court", "东京的新闻标题非常长东京的新闻标题非常长东京的新闻标题非常长", "Deux\nlignes"])
        defer { state.remove() }
        let lines = TableLayout.lines(found, width: width)
        #expect(lines.count == 5)
        for line in lines { #expect(TableLayout.displayWidth(line) <= width, "\(line)") }
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines.contains { $0.hasSuffix("…") })
        #expect(!lines.joined().contains("\n"))
        if width == 40 {
            #expect(!lines[0].contains("SOURCE") && lines[0].contains("TITLE"))
        }
        if width == 200 {
            #expect(lines[0].contains("PUBLISHED") && lines[0].contains("LANG") && lines[0].contains("SOURCE"))
            #expect(lines.contains { $0.hasSuffix("Court") })
        }
    }

    @Test func noMatchNoTable() {
        #expect(TableLayout.lines([], width: 80).isEmpty)
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(QueryFormat.csvLine(["a", "b,c", "say \"hi\"", "two\nlines", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    @Test func wrapKeepsWordsWithinTheWidth() {
        let text = "Le gouvernement a annoncé un plan de 2,5 milliards FCFA pour les routes et les ponts du pays."
        let lines = ArticleText.wrap(text, width: 20)
        #expect(lines.allSatisfy { TableLayout.displayWidth($0) <= 20 })
        #expect(lines.joined(separator: " ") == text)
        #expect(ArticleText.wrap(String(repeating: "x", count: 45), width: 20).map(\.count) == [20, 20, 5])
    }

    @Test func lookupAcceptsAUniquePrefixOnly() throws {
        let state = try StateFolder()
        defer { state.remove() }
        state.add(article(0xabc1, title: "Un"))
        state.add(article(0xabc2, title: "Deux"))
        try state.publish()
        let snapshot = try IndexSnapshot.open(statePath: state.path)
        guard case .found(let id, let record) = ArticleLookup.find("000000000000ABC1", in: snapshot) else {
            Issue.record("full id not found")
            return
        }
        #expect(id == "000000000000abc1")
        let text = try #require(ArticleText.render(record: record, width: 60))
        #expect(text.hasPrefix("Un\n"))
        #expect(text.contains("Deuxième paragraphe."))
        #expect(ArticleLookup.find("000000000000abc2", in: snapshot) != ArticleLookup.find("000000000000abc1", in: snapshot))
        guard case .failed(let ambiguous) = ArticleLookup.find("000000000000abc", in: snapshot) else {
            Issue.record("an ambiguous prefix was accepted")
            return
        }
        #expect(ambiguous.contains("ambiguous"))
        guard case .failed(let malformed) = ArticleLookup.find("not-an-id", in: snapshot),
              case .failed(let unknown) = ArticleLookup.find("ffff", in: snapshot) else {
            Issue.record("a bad id was accepted")
            return
        }
        #expect(malformed.contains("is not an article id"))
        #expect(unknown.contains("no article"))
    }
}
