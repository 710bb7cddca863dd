import Testing

@testable import ArticleParsing
@testable import TextLayouts

/// Issue 11 item 1: the Markdown reader is linear on the runs that used to make it quadratic
/// (`[`, `![`, `[a](`, `<`, `>`): 120 KB took 21.7 s, a 10 MiB file hours. The time limit is a
/// hang detector, not a timing assertion: linear code reads these in well under a second.
@Suite(.timeLimit(.minutes(1)))
struct MarkdownHostileTests {
    @Test(arguments: [
        ("[[[a](b)", "[[a"),
        ("[a][b] [c](d", "a [c](d"),
        ("![x](y)![z]", "![z]"),
        ("<http://a> <b> <mailto:c>", "http://a <b> mailto:c"),
        ("[*a*](b) _c_", "a c"),
        ("[a]", "[a]"),
        ("x ~~y~~ `z`", "x y z"),
    ])
    func edgeCasesKeepTheirMeaning(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.inline(markdown) == plain)
    }

    @Test(arguments: ["[", "![", "[a](", "[a][", "<", "<http", ">", "*_"])
    func runsOfOpenersAreReadInLinearTime(_ unit: String) throws {
        let run = String(repeating: unit, count: 400_000 / unit.count)
        let text = "---\ntitle: Un titre\n---\n\nUn premier paragraphe.\n\n" + run + "\n"
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "x.md")
        #expect(article.title == "Un titre")
    }

    @Test func quoteMarksAreStrippedAtOnce() {
        #expect(MarkdownText.plain("> > >  quoted text", markingTitle: false) == "quoted text")
        let deep = String(repeating: ">", count: 300_000) + " deep"
        #expect(MarkdownText.plain(deep, markingTitle: false) == "deep")
    }
}
