import Testing

@testable import TextLayouts
import DateReading

/// Stop 44's containers: a CMS's API answer (Contentful's rich text and linked writers), a Roam
/// Research page, a MODS record, an ISO 690 reference heading the file, a browser's bookmarks
/// file with the article as a bookmark's note, a tracker sheet as a Markdown table.
@Suite struct CMSAndLibraryRecordsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences

    @Test func aContentfulEntryWithRichTextAndLinkedWriters() throws {
        let paragraphs = Self.sentences.map {
            #"{"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": "\#($0)", "marks": [], "data": {}}]}"#
        }.joined(separator: ", ")
        let text = #"{"sys": {"type": "Array"}, "items": [{"sys": {"id": "a1", "type": "Entry", "createdAt": "2024-06-01T10:00:00Z"}, "#
            + #""fields": {"title": "Plan to cut emissions unveiled", "publication": "Reuters", "publishDate": "2024-03-05T12:30+01:00", "#
            + #""authors": [{"sys": {"type": "Link", "linkType": "Entry", "id": "p1"}}], "#
            + #""body": {"nodeType": "document", "data": {}, "content": [\#(paragraphs)]}}}], "#
            + #""includes": {"Entry": [{"sys": {"id": "p1", "type": "Entry"}, "fields": {"name": "Jane Doe", "role": "Reporter"}}]}}"#
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        #expect(layout.body == Self.sentences)
        // ProseMirror's document and Portable Text read alike; any other value is none.
        let prose: [String: Any] = ["type": "doc", "content": [["type": "paragraph", "content": [["type": "text", "text": "One "], ["type": "text", "text": "two."]]]]]
        #expect(RichTextDocuments.text(of: prose) == "One two.")
        let portable: [Any] = [["_type": "block", "children": [["_type": "span", "text": "Three."]]]]
        #expect(RichTextDocuments.text(of: portable) == "Three.")
        #expect(RichTextDocuments.text(of: ["type": "paragraph"]) == nil)
    }

    @Test func aRoamPageWithAttributes() throws {
        let blocks = Self.sentences.map { #"{"string": "\#($0)", "uid": "x"}"# }.joined(separator: ", ")
        let text = #"[{"title": "Plan to cut emissions unveiled", "children": [{"string": "Source:: [[Reuters]]", "uid": "a"}, "#
            + #"{"string": "Author:: [[Jane Doe]]", "uid": "b"}, {"string": "Publié:: [[March 5th, 2024]]", "uid": "c"}, "#
            + #"{"string": "Text", "uid": "d", "children": [\#(blocks)]}]}]"#
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aMODSRecordNamesTheHostItem() throws {
        let text = """
            <?xml version="1.0"?>
            <modsCollection xmlns="http://www.loc.gov/mods/v3"><mods>
            <titleInfo><title>Plan to cut emissions unveiled</title></titleInfo>
            <name type="personal"><namePart type="family">Doe</namePart><namePart type="given">Jane</namePart>
            <role><roleTerm type="code" authority="marcrelator">aut</roleTerm></role></name>
            <name type="personal"><namePart>Roe, John</namePart><role><roleTerm type="text">editor</roleTerm></role></name>
            <relatedItem type="host"><titleInfo><title>Reuters</title></titleInfo><part><date>March 5, 2024</date></part></relatedItem>
            <abstract>\(Self.sentences.joined(separator: "\n"))</abstract>
            <location><url dateLastAccessed="2024-05-15T07:10:34Z">https://example.org/a</url></location>
            </mods></modsCollection>
            """
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func anISO690ReferenceHeadingTheFile() throws {
        let reference = "DOE, Jane and ROE, John. Plan to cut emissions unveiled. Reuters [online]. 5 March 2024. "
            + "[Accessed 3 May 2024]. Available from: https://example.org/plan"
        let layout = try #require(read(reference + "\n\n" + Self.sentences.joined(separator: "\n\n")))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        // Without writers, the title runs up to the publication, periods and all.
        let bare = try #require(ISOReferences.read("Urlaub in Österreich. Der Reiseführer. Le Figaro [en ligne]. [Consulté le 3 mai 2024].", dates: dates))
        #expect(bare.title == "Urlaub in Österreich. Der Reiseführer")
        #expect(bare.authors.isEmpty && bare.date == nil && bare.source == "Le Figaro")
        #expect(ISOReferences.read("Prices rose [online] and fell.", dates: dates) == nil)
        // A title's own `?` and ellipsis stay.
        #expect(ISOReferences.read("Is the plan enough? Le Monde [en ligne]. 5 mars 2024.", dates: dates)?.title == "Is the plan enough?")
        #expect(ISOReferences.read("Why we love it ... Le Monde [en ligne]. 5 mars 2024.", dates: dates)?.title == "Why we love it ...")
    }

    @Test func aDocumentsTextRepeatingItsTitleUnderAMasthead() throws {
        let text = #"{"id": 993, "correspondent": 9, "title": "Plan to cut emissions unveiled", "created": "2024-06-01T10:00:00Z", "#
            + #""content": "BOING BOING\n\nPlan to cut emissions unveiled\nBy Jane Doe\n\n\#(Self.sentences.joined(separator: "\\n\\n"))"}"#
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "BOING BOING")
        #expect(layout.published == nil)
    }

    @Test func aBookmarksFilesNote() throws {
        let text = """
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
            <TITLE>Bookmarks</TITLE>
            <H1>Bookmarks</H1>
            <DL><p>
            <DT><A HREF="https://example.org/other" ADD_DATE="1709630000">Another page</A>
            <DT><A HREF="https://example.org/plan" ADD_DATE="1709640000" TAGS="review">Plan to cut emissions &amp; more - Reuters</A>
            <DD>Reuters, 5 March 2024
            By Jane Doe

            \(Self.sentences.joined(separator: "\n\n"))
            </DL><p>
            """
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions & more")
        #expect(BookmarkFiles.tabTitle("Plan | Blog - Reuters")! == ("Plan | Blog", "Reuters"))
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aTrackerSheetAsAMarkdownTable() throws {
        let text = """
            ## Press review 2024-03

            | Date | Publication | Headline | Author(s) | Page | Added by | Text |
            | --- | --- | --- | --- | --- | --- | --- |
            | 2024-03-05 00:00:00 | Reuters | Plan to cut emissions \\| Europe | Jane Doe | NaN | John Roe | \(Self.sentences.joined(separator: " ")) |
            """
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions | Europe")
        // A table without the text's column is no tracker sheet (other rules read it).
        #expect(MarkdownRecordTables.delimited("| Date | Publication | Headline |\n| --- | --- | --- |\n| 2024-03-05 | Reuters | Plan |\n\nText.") == nil)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }
}
