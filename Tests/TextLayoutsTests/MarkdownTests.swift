import Testing

@testable import TextLayouts

/// Front matter (Yams) and Markdown body reading.
@Suite struct MarkdownTests {
    @Test func frontMatterValuesAreReadAsWritten() throws {
        let text = "---\ntitle: \"A: B\"\nauthors: [Jane Doe, John Smith]\ndate: 2026-02-16T09:30:00+03:00\nlang: fr-FR\ntags:\n  - a\n  - b\nnested:\n  key: value\n---\nbody"
        let front = try #require(FrontMatter.split(text))
        #expect(front.value("title") == "A: B")
        #expect(front.list("authors") == ["Jane Doe", "John Smith"])
        #expect(front.value("date") == "2026-02-16T09:30:00+03:00")  // not resolved to a Date
        #expect(front.lists["tags"] == ["a", "b"])
        #expect(front.fields["nested"] == nil)
        #expect(front.body == "body")
    }

    @Test func unquotedColonInAValueIsRepaired() throws {
        let front = try #require(FrontMatter.split("---\ntitle: Coopération numérique : le Rwanda\nauthor: X\n---\n"))
        #expect(front.value("title") == "Coopération numérique : le Rwanda")
        #expect(front.list("author") == ["X"])
    }

    @Test(arguments: ["---\njust text\n---\nbody", "no front matter", "---\n- a\n- b\n---\n", "---\ntitle: x\nno closing line"])
    func notFrontMatter(_ text: String) {
        #expect(FrontMatter.split(text) == nil)
    }

    /// The body is the text after the closing line, as it is; the closing line is looked for past
    /// `maxBytes` only to tell an oversized front matter.
    @Test func frontMatterBodyAndLimit() throws {
        #expect(try #require(FrontMatter.split("---\ntitle: x\n---")).body == "")
        #expect(try #require(FrontMatter.split("---\ntitle: x\n...\nun\n\ndeux\n")).body == "un\n\ndeux\n")
        let long = "---\ntitle: x\n" + String(repeating: "a: b\n", count: 14_000)
        #expect(FrontMatter.isOversized(long + "---\nbody"))
        #expect(FrontMatter.split(long + "---\nbody") == nil)
        #expect(!FrontMatter.isOversized(long + "pas de fin"))
        #expect(!FrontMatter.isOversized("---\ntitle: x\n---\nbody"))
    }

    @Test(arguments: [
        ("Le **Rwanda** et le *Japon*", "Le Rwanda et le Japon"),
        ("voir [le rapport](https://x.org/a_b) et [ceci][1]", "voir le rapport et ceci"),
        ("![photo](a.jpg)Texte", "Texte"),
        ("du `code` et __gras__ et ~~barré~~", "du code et gras et barré"),
        ("snake_case et 2 * 3", "snake_case et 2 * 3"),
        ("<https://example.org>", "https://example.org"),
    ])
    func inlineMarkdownIsRemoved(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.inline(markdown) == plain)
    }

    @Test func blocksBecomeParagraphs() {
        let markdown = "# Titre\n\nUn paragraphe\nsur deux lignes.\n\n## Section\n\n- premier point\n- second point\n\n> citée\n\n```\ncode()\n```\n[1]: https://x.org\n<!-- note -->\n1. un\n2) deux"
        let lines = MarkdownText.plain(markdown).split(separator: "\n").map(String.init)
        #expect(lines == ["# Titre", "Un paragraphe", "sur deux lignes.", "Section", "premier point", "second point", "citée", "un", "deux"])
    }
}
