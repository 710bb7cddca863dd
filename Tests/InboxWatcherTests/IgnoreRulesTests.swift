import Testing

@testable import InboxWatcher

@Suite("IgnoreRules")
struct IgnoreRulesTests {
    @Test("built-in patterns ignore temp, hidden, swap and backup files",
          arguments: [".hidden", ".article.txt.swp", "article.txt.part", "x.tmp", "notes.swp", "draft~", ".", "..", ""])
    func builtInIgnored(name: String) {
        #expect(IgnoreRules().isIgnored(name))
    }

    @Test("ordinary and awkward names are not ignored",
          arguments: ["article.txt", "-rf", "line\nbreak", "quote\"s", "février.html", "part", "tmp.txt", "a.PART"])
    func notIgnored(name: String) {
        #expect(!IgnoreRules().isIgnored(name))
    }

    @Test("extra glob patterns add to the built-in ones; empty patterns are dropped")
    func extraPatterns() {
        let rules = IgnoreRules(extraPatterns: ["*.bak", "README*", "[0-9]*.log", ""])
        #expect(rules.extraPatterns == ["*.bak", "README*", "[0-9]*.log"])
        #expect(rules.patterns == IgnoreRules.builtIn + rules.extraPatterns)
        #expect(rules.isIgnored("old.bak"))
        #expect(rules.isIgnored("README.md"))
        #expect(rules.isIgnored("2026.log"))
        #expect(!rules.isIgnored("x2026.log"))
        #expect(rules.isIgnored(".still-hidden"))
        #expect(!rules.isIgnored("article.txt"))
        #expect(rules != IgnoreRules())
    }
}
