import DateReading
import HTMLTree
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 43's superlinear hostile shapes, made linear: each rule's output on its shape at a small
/// size and on ordinary inputs (outputs only, never times; `Tests/bench/hostile_text.py` and
/// `hostile_pages.py` measure).
@Suite struct HostileShapesS43Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    /// Two thousand flags (regional indicators in pairs): a Character each, walked back one by one only slowly.
    private static let flags = String(repeating: "\u{1F1EB}\u{1F1F7}", count: 2_000)
    private static let body = String(
        repeating: "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate. ", count: 4)

    // MARK: - 1. ExportedPages.withoutPageStamps: a line's last form feed found walking forward

    @Test func aFormFeedThenFlagsOpeningTheText() throws {
        let layout = try #require(LayoutReader(dates: Self.dates).read("\u{0C}" + Self.flags + "\nCouncil sells old tram depot\n\n" + Self.body + "\n"))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.body.last?.hasPrefix("The council sold the old tram depot") == true)
        // Lines of flags around form feeds are no page stamps: they stay as they are.
        let lines = [Self.flags, "\u{0C}" + Self.flags, Self.flags + "\u{0C}" + Self.flags + "\u{0C}", "Next"]
        #expect(ExportedPages.withoutPageStamps(lines) == lines)
    }

    @Test func pageStampsAfterTheLastFormFeedAreCutAsBefore() {
        #expect(ExportedPages.withoutPageStamps(["RG n° 26/07173 — Pièce n° 22 — page 2/2", "Title"]) == ["", "Title"])
        #expect(ExportedPages.withoutPageStamps(["Title", "a\u{0C}b\u{0C}Case 1:26-cv-04594-LTS   Document 79-3   Page 2 of 3", "Next"])
            == ["Title", "a\u{0C}b\u{0C}", "Next"])
        #expect(ExportedPages.withoutPageStamps(["Title", Self.flags + "\u{0C}Page 2 of 3", "Next"]) == ["Title", Self.flags + "\u{0C}", "Next"])
        #expect(ExportedPages.withoutPageStamps(["Title", "\u{0C}Page 2 of 3\u{0C}x", "Next"]) == ["Title", "\u{0C}Page 2 of 3\u{0C}x", "Next"])
        for line in ["\u{0C}", "a\u{0C}\u{301}b", "\u{0C}\r\n", Self.flags + "\u{0C}", "\u{0C}" + Self.flags] {
            #expect(LineBytes.lastIndex(of: "\u{0C}", in: line) == line.lastIndex(of: "\u{0C}"))
        }
    }

    // MARK: - 2. ArchiveRecords.order: a value's last `(` found walking forward

    @Test func anArchiveOrderPublishedInParenthesesOfFlags() throws {
        let text = "Newspaper Archive Shop\nOrder:           58213\nArticle:         \u{201C}Council sells old tram depot\u{201D}\n"
            + "Published:       26 February 1987 in Reuters (" + Self.flags + " 17)\nPrice:           4.50 GBP\n"
            + String(repeating: "-", count: 45) + "\nCouncil sells old tram depot\n\n" + Self.body + "\n\n" + Self.body + "\n\n" + Self.body + "\n"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Council sells old tram depot")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        let fields: [(label: String, value: String)] = [("Article", "\u{201C}Council sells old tram depot\u{201D}"), ("Published", "Reuters (" + Self.flags + ")")]
        let order = try #require(ArchiveRecords.order(fields, dates: Self.dates))
        #expect(order.facts.source == nil)  // no number in the parentheses
    }

    @Test func anArchiveOrdersPublicationBeforeItsLastParenthesis() throws {
        func source(_ published: String) -> String? {
            let fields: [(label: String, value: String)] = [("Article", "\u{201C}Council sells old tram depot\u{201D}"), ("Published", published)]
            return ArchiveRecords.order(fields, dates: Self.dates)?.facts.source
        }
        #expect(source("26 February 1987 in Reuters (page 17)") == "Reuters")
        #expect(source("National Geographic (page 2)") == "National Geographic")
        #expect(source("Reuters (Paris) (page 2)") == "Reuters (Paris)")
        #expect(source("Reuters (page 2) x") == nil)
        #expect(source("Reuters (page two)") == nil)
    }

    // MARK: - 3. WordDocuments: bold paragraphs found on the bytes, each `</b>` once for the `<b>` before it

    /// `boldParagraphs` before stop 43 (Foundation's search from each `<b>`, a Character walk back to the `>` before it).
    private static func boldParagraphsAsBefore(_ html: Substring) -> [String] {
        func squeezed(_ text: String) -> String {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" || $0 == "\u{A0}" })
                .joined(separator: " ")
        }
        var found: [String] = []
        var rest = html
        while found.count < 10, let open = rest.range(of: "<b>") {
            defer { rest = rest[open.upperBound...] }
            guard let close = rest[open.upperBound...].range(of: "</b>") else { break }
            let before = rest[..<open.lowerBound].reversed().prefix { $0 != ">" }
            let after = rest[close.upperBound...].prefix { $0 != "<" }
            guard before.allSatisfy(\.isWhitespace), after.allSatisfy(\.isWhitespace),
                rest[..<open.lowerBound].reversed().drop(while: \.isWhitespace).starts(with: ">"),
                rest[close.upperBound...].drop(while: \.isWhitespace).hasPrefix("</p>")
            else { continue }
            let text = squeezed(String(rest[open.upperBound..<close.lowerBound]))
            if !text.isEmpty, text.utf8.count <= 80, !text.contains("<") { found.append(text) }
        }
        return found
    }

    @Test func wordPagesOfManyBoldOpenersOrFlags() {
        #expect(WordDocuments.boldParagraphs("<p class=MsoNormal>" + String(repeating: "<b>a", count: 5_000) + "</b></p>") == [])
        #expect(WordDocuments.boldParagraphs("<p class=MsoNormal>" + Self.flags + "<b>Reuters</b></p>") == [])
        #expect(WordDocuments.boldParagraphs("<p>" + Self.flags + "</p>\r\n<p><b>Reuters</b>\u{A0}</p>") == ["Reuters"])
        #expect(WordDocuments.boldParagraphs(Substring(String(repeating: "<p>a <b>b</b> c</p>", count: 2_000) + "<p><b>Reuters</b></p>")) == ["Reuters"])
        #expect(WordDocuments.boldParagraphs(Substring(String(repeating: "<p><b>a</b></p>", count: 2_000))) == Array(repeating: "a", count: 10))
    }

    @Test func wordPagesBoldParagraphsAsBefore() {
        let pages: [Substring] = [
            "<p class=MsoNormal><b>Vancouver Sun</b></p>", "<p class=MsoNormal>\r\n<b>Vancouver\r\nSun</b>\u{A0}\r\n</p>",
            "<p class=MsoNormal>x <b>Vancouver Sun</b></p>", "<p class=MsoNormal><b>Vancouver Sun</b> x</p>",
            "<p class=MsoNormal><b><span>Vancouver Sun</span></b></p>", "<p><b>Reuters</p><p><b>Vancouver Sun</b></p>",
            "<p><b>Reuters<b>Vancouver Sun</b></p>", "<p><b>" + String(repeating: "x", count: 81) + "</b></p><p><b>Reuters</b></p>",
            "<p><b> </b></p><p>\u{A0}<b>a</b>\t</p>", "<b>a</b></p>", "<p><b>a</b>", "<p><b>a", "<p>\u{301}<b>a</b></p>",
            "<p> \u{301}<b>a</b></p>", "<p><b>a</b> \u{301}</p>", "<p><b>a\u{0600}</b></p>", "<p><b>a<\u{301}</b></p>",
            "<p><b><b>a</b></p>", "<p><b>a</b></p><p><b>b</b></p><p><b>c</b></p>", "<p><b>\u{1F1EB}\u{1F1F7}</b></p>",
            Substring(String(repeating: "<p><b>x</b></p>\r\n<p>y <b>z</b></p>", count: 30)),
        ]
        for page in pages {
            #expect(WordDocuments.boldParagraphs(page) == Self.boldParagraphsAsBefore(page), "\(page)")
        }
        // A page's `<body>` onwards, as `read` passes it (a Substring not at its String's start).
        let page = "<html><head></head><body>" + String(pages.joined(separator: "\n"))
        let body = page[page.range(of: "<body")!.lowerBound...]
        #expect(WordDocuments.boldParagraphs(body) == Self.boldParagraphsAsBefore(body))
        #expect(WordDocuments.boldParagraphs("<p class=MsoNormal><b>Vancouver Sun</b></p>") == ["Vancouver Sun"])
    }

    @Test func aWordPagesBoldMastheadIsItsSource() throws {
        let page = "<html><head><meta name=Generator content=\"Microsoft Word 15\"><title>Pressespiegel</title></head>\r\n"
            + "<body lang=DE><div class=WordSection1>\r\n<p class=MsoNormal><b>Vancouver Sun</b></p>\r\n<h1>Harbour Holdings sells terminal</h1>\r\n"
            + "<p class=MsoNormal>Harbour Holdings said on Thursday it had completed the\r\nsale of its container terminal to a Danish investor for 1.2 billion euros.</p>\r\n"
            + "<p class=MsoNormal>The terminal handled 1.2 million containers last year, the company said.</p>\r\n</div></body></html>"
        let layout = try #require(WordDocuments.read(page: page, title: "Harbour Holdings sells terminal", dates: Self.dates))
        #expect(layout.source == "Vancouver Sun")
        #expect(!layout.authors.contains("Vancouver Sun"))
    }

    // MARK: - 4. LooseRecords.value: each name's values gathered in place

    @Test func anXMLElementOfManyPairsOfOneKey() throws {
        let pairs = String(repeating: "<kv key=\"Publication\" value=\"Reuters\"/>", count: 5_000)
        let root = try #require(XMLElements.parse(Array(("<r><hdl>Council sells old tram depot</hdl>" + pairs + "</r>").utf8)))
        let value = try #require(LooseRecords.value(of: root) as? [String: Any])
        #expect((value["Publication"] as? [String])?.count == 5_000)
        #expect(value["hdl"] as? String == "Council sells old tram depot")
        let styled = String(repeating: "<c AppliedParagraphStyle=\"ParagraphStyle/Texto\">a  b</c>", count: 5_000)
        let story = try #require(XMLElements.parse(Array(("<Story>" + styled + "</Story>").utf8)))
        let paragraphs = try #require(LooseRecords.value(of: story) as? [String: Any])
        #expect(paragraphs["Texto"] as? [String] == Array(repeating: "a b", count: 5_000))
    }

    @Test func anXMLElementsValuesByNameAsBefore() throws {
        let xml = "<a k=\"v\" t=\"attribute\" n=\"kept\"><t>One</t><p>x</p><p>y</p><p>z</p><kv key=\"Source\" value=\"Reuters\"/>"
            + "<kv key=\"Source\" value=\"AFP\"/><kv name=\"Date\" content=\"26 Feb 1987\"/><i><j>1</j><j>2</j></i>"
            + "<c AppliedParagraphStyle=\"ParagraphStyle/Titulo\">Council  sells</c></a>"
        let root = try #require(XMLElements.parse(Array(xml.utf8)))
        let value = try #require(LooseRecords.value(of: root) as? [String: Any])
        #expect(value["t"] as? String == "One")  // the child's, not the attribute's
        #expect(value["p"] as? [String] == ["x", "y", "z"])
        #expect(value["Source"] as? [String] == ["Reuters", "AFP"])
        #expect(value["Date"] as? String == "26 Feb 1987")
        #expect((value["i"] as? [String: Any])?["j"] as? [String] == ["1", "2"])
        #expect(value["Titulo"] as? String == "Council sells")
        #expect(value["k"] as? String == "v")
        #expect(value["n"] as? String == "kept")
        #expect(Set(value.keys) == ["t", "p", "Source", "Date", "i", "Titulo", "k", "n"])
    }

    // MARK: - 5. Last `(`, space and closing quote found walking forward (Citations, OrgEntries, QuotedSubjects)

    @Test func aCitationReferenceOfFlagsInParentheses() throws {
        let title = "Council sells old tram depot"
        let flagged = try #require(Citations.read("Reuters (" + Self.flags + "). " + title + ".", title: title, dates: Self.dates))
        #expect(flagged == Citations.Reference())
        let apa = try #require(Citations.read("Reuters. (1987, 26 February). " + title + ".", title: title, dates: Self.dates))
        #expect(apa.source == "Reuters")
        #expect(apa.date?.iso == "1987-02-26")
        let undated = try #require(Citations.read("Reuters (\u{1F1EB}\u{1F1F7}) (n.d.). " + title + ".", title: title, dates: Self.dates))
        #expect(undated.source == "Reuters (\u{1F1EB}\u{1F1F7})")
    }

    @Test func anOrgHeadingOfFlagsAndOrdinaryOnes() {
        func title(_ heading: String) -> String? {
            OrgEntries.labelled([heading, ":PROPERTIES:", ":AUTHOR: Jane Doe", ":END:", "", "text"]).first
        }
        #expect(title("* x " + Self.flags + ":") == "Title: x " + Self.flags + ":")
        #expect(title("* x " + Self.flags + "   :press:review:") == "Title: x " + Self.flags)
        #expect(title("* Council sells old tram depot   :press:review:") == "Title: Council sells old tram depot")
        #expect(title("* Council sells old tram depot:") == "Title: Council sells old tram depot:")
        #expect(title("* Council sells :old: tram depot :x:") == "Title: Council sells :old: tram depot")
        #expect(title("* Council sells\u{301} :x:") == "Title: Council sells\u{301}")
    }

    @Test func aSubjectQuotingAnArticleWithFlags() throws {
        func read(_ subject: String) -> CarriedFacts? {
            QuotedSubjects.read(["From: a@b.c", "Subject: " + subject, "", Self.body], dates: Self.dates)
        }
        #expect(read("Article \u{201C}Council sells old tram depot\u{201D} " + Self.flags) == nil)
        #expect(read("Article \u{201C}" + Self.flags) == nil)
        #expect(read("Article \u{201C}" + Self.flags + "\u{201D}") == nil)  // more than 300 Characters
        let plain = try #require(read("Article \u{201C}Council sells old tram depot\u{201D} (Reuters, 26 February 1987)"))
        #expect(plain.title == "Council sells old tram depot")
        #expect(plain.source == "Reuters")
        #expect(plain.date?.iso == "1987-02-26")
        let flagged = try #require(read("Article \u{201C}\u{1F1EB}\u{1F1F7} Council sells \u{201C}old\u{201D} depot\u{201D} (Reuters)"))
        #expect(flagged.title == "\u{1F1EB}\u{1F1F7} Council sells \u{201C}old\u{201D} depot")
        let straight = try #require(read("Article \"Council sells old tram depot\""))
        #expect(straight.title == "Council sells old tram depot")
        #expect(read("Article \"Council sells old tram depot") == nil)
        for text in ["a \u{201D}", "\u{201D}\u{301}", Self.flags + "\u{201D}" + Self.flags, "\u{201C}x\u{201D}y\u{201D}", "\""] {
            #expect(LineBytes.lastIndex(of: "\u{201D}", in: text) == text.lastIndex(of: "\u{201D}"))
            #expect(LineBytes.lastIndex(of: "\"", in: text) == text.lastIndex(of: "\""))
        }
    }
}

