import Testing

@testable import TextLayouts
import DateReading

/// Stop 33's rules: documents that carry an article in a format of their own (XML records, BibTeX
/// entries, LaTeX sources, Python-printed records, news e-books, chatbot conversations, memos
/// quoting the headline, library cover sheets, reference-manager reports, notes vaults,
/// newspaper-database records, news posts), and what such carriers state that is not the
/// article's (clip, fetch, print and sending days; clippers, posters, patrons).
@Suite struct DocumentCarriersTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt.

        Shares in the company rose 3 pct in early trading.
        """

    @Test func anAtomEntryGivesItsFieldsNotTheFeedsUpdates() throws {
        let text = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Reuters – Business</title>
              <updated>1987-03-09T10:00:00Z</updated>
              <entry>
                <title type="html">Harbour Holdings &amp;lt;HH&amp;gt; sells terminal</title>
                <published>1987-03-02T09:42:00+01:00</published>
                <updated>1987-03-05T10:00:00Z</updated>
                <author><name>Jane Doe</name></author>
                <author><name>John Roe</name></author>
                <content type="text">Harbour Holdings &lt;HH&gt; said it had completed the sale.
            The company said the terminal would keep its staff.</content>
              </entry>
            </feed>
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings <HH> sells terminal")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso.hasPrefix("1987-03-02") == true)
        #expect(layout.source == "Reuters")
        #expect(layout.body.first == "Harbour Holdings <HH> said it had completed the sale.")
    }

    @Test func anEvernoteExportReadsTheNoteNotItsClipper() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <en-export export-date="19870310T164740Z" application="Evernote">
              <note>
                <title>Harbour Holdings sells terminal</title>
                <created>19870305T132037Z</created>
                <note-attributes><author>Carmen Ortiz</author><source>web.clip7</source></note-attributes>
                <content><![CDATA[<?xml version="1.0"?><en-note><div>By Jane Doe</div><div>Reuters – March 2, 1987</div><div><br/></div><div>Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.</div></en-note>]]></content>
              </note>
            </en-export>
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
    }

    @Test func malformedXMLIsReadAsText() throws {
        let text = "<title>Harbour Holdings sells terminal\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title != "Harbour Holdings sells terminal" || layout.body.count == 3)
        #expect(XMLRecords.read(text, dates: DateRecognizer(language: "en", keepsTime: false)) == nil)
    }

    @Test func aBibTeXEntryGivesItsFieldsNotItsLookUpDay() throws {
        let text = "Reference for the bibliography, full text below.\n\n@article{doe1987harbour,\n\tauthor = {Doe, Jane and Roe, John},\n"
            + "\ttitle = {{Harbour Holdings Sells Terminal \\& Yard}},\n\tjournaltitle = {Reuters},\n\tdate = {1987-03-02},\n"
            + "\turldate = {1987-04-10},\n\tlangid = {english}\n}\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings Sells Terminal & Yard")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(layout.body.first?.hasPrefix("Harbour Holdings said") == true)
    }

    @Test func aLaTeXSourcePrintsItsBodyNotItsPreamble() throws {
        let text = "\\documentclass{article}\n\\title{Press review, week 10}\n\\author{Carmen Ortiz}\n\\date{9 March 1987}\n"
            + "\\begin{document}\n\\maketitle\n\n\\section*{Harbour Holdings sells 40\\% of terminal}\n"
            + "\\textit{Reuters}, March~2, 1987 \\hfill Jane Doe\n\n" + Self.body + "\n\n\\end{document}\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells 40% of terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(LaTeXSources.plain("Harbour Holdings \\section*{x}") == nil)
    }

    @Test func aPythonPrintedRecordIsReadLikeJSON() throws {
        let text = """
            In [7]: art = Article('https://news.example.org/1')
               ...: pprint({k: getattr(art, k) for k in ('title', 'authors')})
            {'authors': ['Jane Doe'],
             'meta_site_name': 'Reuters',
             'publish_date': datetime.datetime(1987, 3, 2, 9, 42, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600))),
             'text': ('Harbour Holdings said it had completed the sale of its container terminal to a '
                      'Danish investor.\\n'
                      '\\n'
                      "The company's shares rose 3 pct."),
             'title': "Harbour Holdings' terminal sold",
             'url': 'https://news.example.org/1'}
            """
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings' terminal sold")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(layout.body.last == "The company's shares rose 3 pct.")
        var unclosed = PythonLiteral(bytes: Array("{'title': 'x', 'text': ('a' 'b'".utf8))
        #expect(unclosed.value(depth: 0) == nil)
    }

    @Test func aNewsEBookGivesItsPublicationNotItsFetchDay() throws {
        let text = "Reuters [Tue, 10 Mar 1987]\n\nSections\n\n1. Business\n    Port strike enters its second week\n"
            + "    Harbour Holdings sells terminal\n\nBusiness\n\n| Next | Section Menu | Main Menu |\n\n"
            + "Harbour Holdings sells terminal\n\nBy Jane Doe\nMarch 2, 1987\n\n" + Self.body
            + "\n\nThis article was downloaded by calibre from https://news.example.org/1\n\n| Next | Section Menu | Main Menu |\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(layout.body.last == "Shares in the company rose 3 pct in early trading.")
    }

    @Test func aChatbotConversationGivesThePastedArticleOnly() throws {
        let text = "You said:\n\nCan you summarise this article in three points for tomorrow's review?\n\n"
            + "Harbour Holdings sells terminal\nBy Jane Doe\nReuters – March 2, 1987\n\n" + Self.body
            + "\n\nChatGPT said:\n\nHere is a three-point summary:\n\n1. The sale is done.\n\nSuggested heading: **Terminal sold**\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-03-02")
        #expect(!layout.body.contains { $0.contains("three-point") })
    }

    @Test func aMemoQuotingTheHeadlineIsNotTheArticle() throws {
        let text = "MEMORANDUM\n\nTO:   Cabinet\nFROM: Carmen Ortiz, Communication\nDATE: March 4, 1987\n"
            + "RE:   Article “Harbour Holdings sells terminal” (Reuters, March 2, 1987)\nCC:   Press office\n"
            + String(repeating: "_", count: 40) + "\n\nFor information, the article below concerns our programme.\n\nBy Jane Doe\n\n"
            + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        // A reply's subject quoting a headline is no memo's.
        let letter = "Letters\n\nRe: “Port strike enters its second week”, September 22, 1987\n\n" + Self.body
        #expect(try read(letter).title != "Port strike enters its second week")
    }

    @Test func aLibraryCoverSheetKeepsItsLabelsAboveThePage() throws {
        let text = "ILLiad TN: 832924\n\nJournal Title: Reuters\nMonth/Year: March 2, 1987\nArticle Author: Doe, Jane\n"
            + "Article Title: Harbour Holdings sells terminal\n\nPatron: Ortiz, Carmen\nPrinted: 6/29/1987 10:24:59 AM\n"
            + "\u{0C}Harbour Holdings sells terminal\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
    }

    @Test func reportRowsAndVaultPropertiesAreLabels() throws {
        #expect(ClippingLabels.parse("Publicação\tReuters")?.field == .site)
        #expect(ClippingLabels.parse("Acedido\t04/03/1987, 09:35:13")?.field == .ignored)
        #expect(ClippingLabels.parse("Date\tPublication\tHeadline")?.value == "Publication\tHeadline")
        #expect(ClippingLabels.parse("- Author: [[Jane Doe]]")?.value == "Jane Doe")
        #expect(ClippingLabels.parse("- - - - - - -") == nil)
        let text = "# Harbour Holdings sells terminal\n\n![rw-book-cover](https://example.org/1.png)\n\n## Metadata\n"
            + "- Author: [[Reuters]]\n- Published Date: 1987-03-02\n\n## Highlights\n" + Self.body
        let layout = try read(text)
        #expect(layout.source == "Reuters")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso == "1987-03-02")
    }

    @Test func aNewsPostsPosterAndDayAreNotTheArticles() throws {
        let text = "Path: news.example.net!not-for-mail\nFrom: Rui Almeida <rui@example.net>\nNewsgroups: it.politica\n"
            + "Subject: Harbour Holdings sells terminal\nDate: Sun, 8 Mar 1987 14:38:24 +0100\nMessage-ID: <42@news.example.net>\n\n"
            + "Interesting, for the discussion.\n\n" + Self.body + "\n\nSource: Reuters, March 2, 1987\n\n-- \nRui Almeida\n"
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(MailHeaders.withoutSignature(["a", "b", "-- ", "Rui"]) == ["a", "b"])
        #expect(MailHeaders.withoutSignature(["a", "--", "Rui"]) == ["a", "--", "Rui"])
    }

    @Test func aDatabaseRecordNamesThePublicationNotTheDatabase() throws {
        let text = String(repeating: "_", count: 40) + "\n\nHarbour Holdings sells terminal\nAuthor: Doe, Jane\n"
            + "Publication info: Reuters; 02 Mar 1987: A.4.\nProQuest document link\n\nFull text: " + Self.body
            + "\n\nLast updated: 1987-04-19\nDatabase: ProQuest Central\n" + String(repeating: "_", count: 40)
            + "\n\nContact ProQuest\nCopyright © 1987 ProQuest LLC. All rights reserved.\n"
        let layout = try read(text)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.source == "Reuters")
        #expect(WireAgencies.copyrightHolder("© 2026 Reuters") == "Reuters")
        #expect(WireAgencies.copyrightHolder("Copyright © 1987 ProQuest LLC. All rights reserved.") == nil)
    }

    @Test func aSitesBareAddressIsNoSourceNorTitlePrefix() throws {
        #expect(LayoutReader.isBareHost("news.example.org"))
        #expect(LayoutReader.isBareHost("www.example.com"))
        #expect(!LayoutReader.isBareHost("correctiv.org"))
        #expect(!LayoutReader.isBareHost("FAZ.NET"))
        let text = "02.03.1987 – 18:42\nReuters\n\nReuters: Harbour Holdings sells terminal\n\nVon Jane Doe\n\n" + Self.body
            + "\n\nOriginal-Content von: Reuters, übermittelt durch news aktuell\n"
        #expect(try read(text, language: "de").title == "Harbour Holdings sells terminal")
    }

    @Test func publishedInAndANameUnderTheTitleAreTheSource() throws {
        #expect(ClippingFacts.publishedIn("Published in Boing Boing") == "Boing Boing")
        #expect(ClippingFacts.publishedIn("Published in the spring, the report said") == nil)
        let text = "Harbour Holdings sells terminal\nComputerBase\n\n" + Self.body
        #expect(try read(text).source == "ComputerBase")
        let sectioned = "Harbour Holdings sells terminal\nBusiness\n\n" + Self.body
        #expect(try read(sectioned).source == nil)
    }

    @Test func ordinaryClippingsAreNotReadAsCarriers() throws {
        // 2,000 `Original article:` markers: nested readers stop at their limit, no stack overflow.
        let markers = String(repeating: "Original article:\n", count: 2_000) + "Harbour Holdings sells terminal\n\n" + Self.body
        #expect(try read(markers).body.isEmpty == false)
        // A bullet of the text is no label; a quote's `said:` is no chat turn; `-- ` in a plain text is no signature.
        let bullets = "Harbour Holdings sells terminal\n\n" + Self.body + "\n\nKey points:\n- Author: the mayor wrote the plan himself\n"
        #expect(try read(bullets).authors.isEmpty)
        let quoted = "Harbour Holdings sells terminal\n\n" + Self.body + "\n\nThe mayor said:\n\nWe are very happy with the sale.\n"
        #expect(try read(quoted).body.last == "We are very happy with the sale.")
        let dashed = "Harbour Holdings sells terminal\n\n" + Self.body + "\n-- \nThe last paragraph stays.\n"
        #expect(try read(dashed).body.last?.hasSuffix("The last paragraph stays.") == true)
        #expect(try read("Contact tracing\n\n" + Self.body).title == "Contact tracing")
        #expect(try read("Harbour Holdings sells terminal\nPublication: 20 Minutes\n\n" + Self.body).source == "20 Minutes")
        #expect(ClippingFacts.publishedIn("Published in London") == nil)
        #expect(WireAgencies.copyrightHolder("© Telegraph Media Group Limited 2026") == "Telegraph Media Group Limited")
    }

    @Test func aStandaloneEntryAndAHugeYearAreReadSafely() throws {
        let entry = "<?xml version=\"1.0\"?><entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Holdings sells terminal</title>"
            + "<published>1987-03-02T09:00:00Z</published><content type=\"xhtml\"><div><p>Harbour Holdings said it had completed the "
            + "<b>sale</b> of its terminal.</p><p>Shares rose 3 pct.</p></div></content></entry>"
        let layout = try read(entry)
        #expect(layout.source == nil)
        #expect(layout.body == ["Harbour Holdings said it had completed the sale of its terminal.", "Shares rose 3 pct."])
        let python = "{'title': 'Harbour Holdings sells terminal', 'authors': ['Jane Doe'], "
            + "'publish_date': datetime.datetime(99999999999999999999, 3, 3), 'text': 'Harbour Holdings said it had completed the sale.'}"
        #expect(try read(python).published == nil)
    }
}
