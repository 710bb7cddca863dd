import Testing

@testable import TextLayouts
import DateReading

/// Stop 45's containers and phrasings: a RefWorks record, a Ghost site's export, a Pandoc JSON
/// document, a PRISM Aggregator Message, a Miniflux entry, a chat's JSON Lines export, Meltwater's
/// CSV; a paywall's mark after the headline, a print page's banner, a box of fields at the foot,
/// labels and roles written gender-inclusively.
@Suite struct ExportsAndFootBoxesTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let text = EmissionsArticle.text

    @Test func aRefWorksRecordCompletesTheDayWithTheYear() throws {
        let record = """
            RT Newspaper Article
            SR Electronic(1)
            ID 601
            A1 Doe, Jane
            T1 Plan to cut emissions unveiled
            JF Reuters
            YR 2024
            FD Mar 5
            AB \(Self.sentences.joined(separator: " "))
            DS Factiva
            RD 2025/01/12
            NO For the review — John Roe

            """
        let layout = try #require(read(record))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        // A year alone is no day; the retrieval day never is the article's.
        let undated = try #require(read(record.replacingOccurrences(of: "FD Mar 5\n", with: "")))
        #expect(undated.published == nil)
        // A retweet opening with `RT ` is no record.
        #expect(RefWorksRecords.read("RT @jane: a plan to cut emissions\n\n" + Self.text, dates: dates) == nil)
    }

    @Test func aMeltwaterExportsOpeningText() throws {
        let csv = "Date,Time,Headline,URL,Opening Text,Hit Sentence,Source,Influencer,Country\n"
            + "05-Mar-2024,12:30 PM,Plan to cut emissions unveiled,https://example.org/a,\"\(Self.sentences.joined(separator: " "))\",cut emissions,Reuters,Jane Doe,UK\n"
        let layout = try #require(read(csv))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(!layout.body.isEmpty)
    }

    @Test func aPaywallsMarkAfterTheHeadline() {
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled (S+)") == "Plan to cut emissions unveiled")
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled [Abo]") == "Plan to cut emissions unveiled")
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled - Abonnés") == "Plan to cut emissions unveiled")
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled | Exclusivo suscriptores") == "Plan to cut emissions unveiled")
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled — Premium") == "Plan to cut emissions unveiled")
        // Anything else in parentheses or after a dash stays.
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions unveiled (2024)") == nil)
        #expect(LayoutReader.withoutSubscriberMark("Plan to cut emissions - Reuters") == nil)
        #expect(LayoutReader.withoutSubscriberMark("(Premium)") == nil)
        let layout = read("Reuters › Business\n\nPlan to cut emissions unveiled (Subscribers)\nMarch 5, 2024 · By Jane Doe\n\n" + Self.text)
        #expect(layout?.title == "Plan to cut emissions unveiled")
    }

    @Test func aGhostExportsPostWritersAndSite() throws {
        let json = #"{"db": [{"meta": {"exported_on": 1790393271219, "version": "5.75.1"}, "data": {"posts": [{"id": "p1", "#
            + #""title": "Plan to cut emissions unveiled", "plaintext": "\#(Self.sentences.joined(separator: "\\n\\n"))", "#
            + #""status": "published", "created_at": "2024-02-01T10:00:00.000Z", "published_at": "2024-03-05T12:00:00.000Z"}], "#
            + #""users": [{"id": "u1", "name": "Jane Doe"}, {"id": "u2", "name": "Newsroom"}], "#
            + #""posts_authors": [{"id": "l2", "post_id": "p1", "author_id": "u2", "sort_order": 1}, {"id": "l1", "post_id": "p1", "author_id": "u1", "sort_order": 0}], "#
            + #""settings": [{"key": "title", "value": "Le Figaro"}, {"key": "locale", "value": "fr"}]}}]}"#
        let layout = try #require(read(json))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Le Figaro")
        #expect(layout.published?.iso == "2024-03-05")
        // A draft has no publication day (its creation is the CMS's).
        let draft = try #require(read(json.replacingOccurrences(of: #""published_at": "2024-03-05T12:00:00.000Z""#, with: #""published_at": null"#)))
        #expect(draft.published == nil)
    }

    @Test func aPandocDocument() throws {
        func inlines(_ text: String) -> String {
            text.split(separator: " ").map { #"{"t": "Str", "c": "\#($0)"}"# }.joined(separator: #", {"t": "Space"}, "#)
        }
        let paragraphs = Self.sentences.map { #"{"t": "Para", "c": [\#(inlines($0))]}"# }.joined(separator: ", ")
        let json = #"{"pandoc-api-version": [1, 23, 1], "meta": {"title": {"t": "MetaInlines", "c": [\#(inlines("Plan to cut emissions unveiled"))]}, "#
            + #""author": {"t": "MetaList", "c": [{"t": "MetaInlines", "c": [\#(inlines("Jane Doe"))]}]}, "#
            + #""date": {"t": "MetaInlines", "c": [\#(inlines("March 5, 2024"))]}, "publication": {"t": "MetaString", "c": "Reuters"}}, "#
            + #""blocks": [{"t": "Header", "c": [2, ["business", [], []], [\#(inlines("Business"))]]}, \#(paragraphs)]}"#
        let layout = try #require(read(json))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(layout.body == Self.sentences)
    }

    @Test func aPRISMAggregatorMessage() throws {
        let paragraphs = Self.sentences.map { "<p>\($0)</p>" }.joined()
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pam:message xmlns:pam="http://prismstandard.org/namespaces/pam/2.2/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://www.w3.org/1999/xhtml">
            <pam:article><head>
            <prism:publicationName>Reuters</prism:publicationName>
            <prism:coverDate>2024-03-05</prism:coverDate>
            <dc:title>Plan to cut emissions unveiled</dc:title>
            <dc:creator>Jane Doe</dc:creator>
            <dc:publisher>Thomson Group</dc:publisher>
            <prism:modificationDate>2024-03-09T10:00:00Z</prism:modificationDate>
            </head><body>\(paragraphs)</body></pam:article></pam:message>
            """
        let layout = try #require(read(xml))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aMinifluxEntryNamesItsFeed() throws {
        let json = #"{"id": 1, "title": "Plan to cut emissions unveiled", "url": "https://example.org/a", "#
            + #""published_at": "2024-03-05T12:00:00Z", "created_at": "2024-03-09T10:00:00Z", "author": "Jane Doe", "#
            + #""content": "<p>\#(Self.sentences[0])</p><p>\#(Self.sentences[1])</p>", "#
            + #""feed": {"id": 2, "feed_url": "https://example.org/rss.xml", "site_url": "https://example.org/", "title": "Boing Boing"}}"#
        let layout = try #require(read(json))
        #expect(layout.source == "Boing Boing")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aChatsJSONLinesExportWithANoteAboveThePaste() throws {
        let message = "For tomorrow's review, pasted below:\n\n**Plan to cut emissions unveiled**\nReuters\n\n" + Self.text
        let escaped = message.replacingOccurrences(of: "\n", with: "\\n")
        let jsonl = #"{"type": "version", "version": 1}"# + "\n"
            + #"{"type": "user", "user": {"username": "jroe", "first_name": "John", "last_name": "Roe"}}"# + "\n"
            + #"{"type": "post", "post": {"user": "jroe", "message": "\#(escaped)", "create_at": 1770207533821}}"# + "\n"
        let layout = try #require(read(jsonl))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Reuters")
        #expect(layout.published == nil)
        // Lines that are not all objects are no JSON Lines file.
        #expect(JSONTexts.plain(#"{"type": "version"}"# + "\nPlan to cut emissions unveiled\n\n" + Self.text) == nil)
    }

    @Test func aBoxOfFieldsAtTheFoot() throws {
        let oneLine = read("Plan to cut emissions unveiled\n\n" + Self.text
            + "\n\n————————————————————\nFirst published: 02/26/2024 · Author: Jane Doe · Outlet: Reuters · Last changed: 09/01/2024 · CC BY-NC-ND 4.0\n")
        #expect(oneLine?.authors == ["Jane Doe"])
        #expect(oneLine?.source == "Reuters")
        #expect(oneLine?.published?.iso == "2024-02-26")
        let stacked = read("Plan to cut emissions unveiled\n\n" + Self.text
            + "\n\n————————————————————\nErstveröffentlichung: 05.03.2024\nAutor*innen: Jane Doe; John Roe\nMedium: Reuters\nZuletzt geändert: 09.08.2024\nCC BY-NC-ND 4.0\n")
        #expect(stacked?.authors == ["Jane Doe", "John Roe"])
        #expect(stacked?.source == "Reuters")
        #expect(stacked?.published?.iso == "2024-03-05")
        #expect(ExportLines.isLicence("CC BY-NC-ND 4.0"))
        #expect(ExportLines.isLicence("CC0 1.0"))
        #expect(!ExportLines.isLicence("CC Sabathia retires"))
        #expect(!ExportLines.isLicence("CC"))
    }

    @Test func aPrintPagesBannerAndAddress() throws {
        let layout = try #require(read("Público\nPrinter-friendly version — printed on 01/06/2030 at 15:22\nhttps://www.publico.es/a\n\n"
            + "Plan to cut emissions unveiled\nMarch 5, 2024\n\n" + Self.text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Público")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(ExportLines.isPrintBanner("Druckversion — gedruckt am 03.08.1987 um 18:39 Uhr"))
        #expect(!ExportLines.isPrintBanner("Print media lost readers in 2024"))
    }

    @Test func writersWithGenderInclusiveRolesAndCredits() throws {
        let roles = read("Plan to cut emissions unveiled\n\nVon Jane Doe und John Roe, Korrespondent*innen in Brüssel\nReuters | 05.03.2024\n\n" + Self.text)
        #expect(roles?.authors == ["Jane Doe", "John Roe"])
        let credit = read("Plan to cut emissions unveiled\n\nWords and pictures: Jane Doe\n\n" + Self.text)
        #expect(credit?.authors == ["Jane Doe"])
        #expect(ClippingFacts.publishedIn("Published in correctiv.org.") == "correctiv.org")
        #expect(ClippingFacts.publishedIn("Published in full.") == nil)
        #expect(ClippingFacts.publishedIn("Published in Boing Boing by Cory Doctorow.") == nil)
    }

    @Test func aPublicationAloneUnderThePastedHeadline() throws {
        let pasted = try #require(read("Plan to cut emissions unveiled\nVancouver Sun\n\n" + Self.text))
        #expect(pasted.source == "Vancouver Sun")
        #expect(pasted.authors.isEmpty)
        // A person's name there is the writer, a section's word no publication.
        #expect(read("Plan to cut emissions unveiled\nJane Doe\n\n" + Self.text)?.authors == ["Jane Doe"])
        #expect(!LayoutReader.isPublicationUnderTitle("Wirtschaft", title: "Plan to cut emissions unveiled"))
        #expect(LayoutReader.isPublicationUnderTitle("Boing Boing", title: "Plan to cut emissions unveiled"))
        // The rest of a title in capitals wrapped onto the next line.
        #expect(!LayoutReader.isPublicationUnderTitle("LINES SETS ASSET TRANSFER", title: "MCLEAN'S <MII> U.S."))
        #expect(!LayoutReader.isPublicationUnderTitle("Brick Challenge | -=daMax=-", title: "MIDP Emulator KEmulator und"))
        #expect(!LayoutReader.isPublicationUnderTitle("Stadt Stuttgart", title: "Bohnenviertel -"))
        #expect(!LayoutReader.isPublicationUnderTitle("Reflections on Python 3", title: "Mercurial's Journey to and"))
    }

    @Test func aBrandInLowercaseOverItsSection() {
        #expect(LayoutReader.sectionedMasthead("ebrosia › Economia")?.name == "ebrosia")
        #expect(LayoutReader.sectionedMasthead("gofeminin / Economía")?.name == "gofeminin")
        #expect(LayoutReader.sectionedMasthead("lieblich / süß") == nil)
    }
}
