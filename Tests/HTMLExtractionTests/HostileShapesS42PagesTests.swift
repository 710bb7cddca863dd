import Testing

@testable import HTMLExtraction

/// Stop 42's superlinear page shape, made linear: a URL ending in a run of `/` (each cut by
/// `dropLast()`, which measured the rest each time). Outputs only, never times
/// (`Tests/bench/hostile_pages.py` measures).
@Suite struct HostileShapesS42PagesTests {
    @Test func comparableURLsOfOrdinaryAndSlashedURLs() {
        #expect(HTMLJSONLD.comparableURL("https://www.Site.com/a/b/?x=1#y") == "site.com/a/b")
        #expect(HTMLJSONLD.comparableURL("https://site.com/a/b") == "site.com/a/b")
        #expect(HTMLJSONLD.comparableURL("https://site.com/a//b///") == "site.com/a//b")
        #expect(HTMLJSONLD.comparableURL("https://site.com/a/" + String(repeating: "/", count: 5_000)) == "site.com/a")
        #expect(HTMLJSONLD.comparableURL("https://" + String(repeating: "/", count: 5_000)) == nil)
        #expect(HTMLJSONLD.comparableURL("https:///\u{301}") == "/\u{301}")
        #expect(HTMLJSONLD.comparableURL("site.com/a") == nil)
    }

    @Test func hostsAndComparableURLsOfFlags() {
        let flags = String(repeating: "\u{1F1EB}\u{1F1F7}", count: 2_000)
        #expect(HTMLTitle.host(of: "https://www.DW.com/en/x") == "www.dw.com")
        #expect(HTMLTitle.host(of: "https://" + flags + "/a") == flags)
        #expect(HTMLTitle.host(of: "https://x.org:8080/a") == "x.org")
        #expect(HTMLTitle.host(of: "https:///a") == nil)
        #expect(HTMLTitle.host(of: "/a") == nil)
        #expect(HTMLJSONLD.comparableURL("https://x.org/" + flags + "/?a") == "x.org/" + flags)
        #expect(HTMLJSONLD.comparableURL("https://www." + flags) == flags)
    }

    @Test func theArticleNamedByASlashedPageURLIsChosen() {
        let blocks = [#"[{"@type":"NewsArticle","headline":"First","url":"https://x.org/a"},"#
            + #"{"@type":"NewsArticle","headline":"Second","url":"https://x.org/b"}]"#]
        let page = "https://x.org/b" + String(repeating: "/", count: 5_000)
        #expect(HTMLJSONLD(blocks: blocks, pageURL: page).headline == "Second")
        #expect(HTMLJSONLD(blocks: blocks, pageURL: "https://x.org/b/").headline == "Second")
        #expect(HTMLJSONLD(blocks: blocks).headline == "First")
    }
}
