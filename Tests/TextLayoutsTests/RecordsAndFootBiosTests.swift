import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 46's containers and phrasings: an EBSCOhost record, a SharePoint list item, a Drupal
/// JSON:API document, a Talkwalker result, a Skype export's rich text, an Amazon Textract page,
/// Jina's reader output; an event's overline over the title, a byline run on at the end of the
/// standfirst, a writer's biography at the foot, a mail room's reception stamp.
@Suite struct RecordsAndFootBiosTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let text = EmissionsArticle.text

    @Test func anEBSCOhostRecordGivesItsStackedFields() throws {
        let record = """
            Record: 1
            Title:
            Plan to cut emissions unveiled
            Authors:
            Doe, Jane
            Source:
            Reuters. 3/14/2024, p17.
            Document Type:
            Article
            Accession Number:
            708540440
            Database:
            Newspaper Source

            \(Self.text)
            """
        let layout = try #require(read(record))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // EBSCOhost's days are month first whatever the desk's language; a page alone is no part of the name.
        let march = try #require(read(record.replacingOccurrences(of: "3/14/2024", with: "3/2/2024").replacingOccurrences(of: "Doe, Jane", with: "Rossi, Maria") + "\n\nSezione: Economia"))
        #expect(march.published?.iso == "2024-03-02")
        let undated = try #require(read(record.replacingOccurrences(of: "Reuters. 3/14/2024, p17.", with: "Le Monde diplomatique. p9.")))
        #expect(undated.source == "Le Monde diplomatique")
        #expect(undated.published == nil)
        // Two fields are no record: the lines stay as they are.
        let short = ["Title:", "Plan", "Source:", "Reuters"]
        #expect(StackedLabels.labelled(short) == short)
    }

    @Test func aCitationsPeriodBeforeTheDayLeavesTheName() throws {
        let layout = try #require(read("Title: Plan to cut emissions unveiled\nSource: Reuters. 3/14/2024, p17.\n\n" + Self.text))
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // An abbreviation's period stays.
        let limited = try #require(read("Title: Plan to cut emissions unveiled\nSource: Example Ltd. 3/14/2024\n\n" + Self.text))
        #expect(limited.source == "Example Ltd.")
    }

    @Test func aSharePointItemsEscapedNamesAreRead() throws {
        let item: [String: Any] = ["d": [
            "__metadata": ["type": "SP.Data.Revue_x0020_de_x0020_presseListItem"],
            "Author": ["__metadata": ["type": "SP.Data.UserInfoItem"], "Title": "John Roe", "EMail": "jroe@example.org"],
            "Title": "Plan to cut emissions unveiled", "Support": "Reuters",
            "Date_x0020_de_x0020_parution": "2024-03-14T00:00:00Z", "Journalistes": "Jane Doe",
            "Texte_x0020_de_x0020_l_x0027_article": "<div><p>\(Self.sentences[0])</p><p>\(Self.sentences[1])</p></div>",
        ] as [String: Any]]
        let layout = try #require(read(EmissionsArticle.json(item)))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])  // not the item's creator
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(RecordKeys.unescaped("Ve_x00ed_culo") == "Veículo")
        #expect(RecordKeys.unescaped("field_x") == "field_x")
    }

    @Test func aJSONAPIDocumentsRelationshipsNameTheSource() throws {
        let document: [String: Any] = [
            "jsonapi": ["version": "1.0"],
            "data": [
                "type": "node--clipping", "id": "n1",
                "attributes": [
                    "title": "Plan to cut emissions unveiled", "created": "2024-04-02T10:00:00+00:00",
                    "body": ["value": "<p>\(Self.sentences[0])</p><p>\(Self.sentences[1])</p>", "format": "basic_html"],
                    "field_authors": ["Jane Doe"], "field_publication_date": "2024-03-14",
                ] as [String: Any],
                "relationships": [
                    "uid": ["data": ["type": "user--user", "id": "u1"]],
                    "field_publication": ["data": ["type": "taxonomy_term--publications", "id": "t1"]],
                ],
            ] as [String: Any],
            "included": [
                ["type": "user--user", "id": "u1", "attributes": ["display_name": "John Roe"]],
                ["type": "taxonomy_term--publications", "id": "t1", "attributes": ["name": "Reuters"]],
            ],
        ]
        let layout = try #require(read(EmissionsArticle.json(document)))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")  // not the day it was filed
        #expect(JSONAPIDocuments.flattened(["data": ["id": "n1"]]) == nil)
    }

    @Test func millisecondsBefore2001AreReadUnlessTheyAreACompactStamp() {
        #expect(FeedEntries.epochDate(541_329_848_903)?.iso == "1987-02-26")
        #expect(FeedEntries.epochDate(1_710_403_200_000)?.iso == "2024-03-14")
        #expect(FeedEntries.epochDate(198_702_261_530) == nil)  // `198702261530`: a compact stamp, no count
    }

    @Test func aSkypeMessagesInlineMarkupGoes() throws {
        let export: [String: Any] = ["conversations": [["MessageList": [
            ["displayName": "John Roe", "messagetype": "RichText", "content": "Got it, thanks!"],
            ["displayName": "John Roe", "messagetype": "RichText",
             "content": "<b raw_pre=\"*\" raw_post=\"*\">Plan to cut &lt;EMI&gt; emissions unveiled</b>\nReuters, March 14, 2024\nBy Jane Doe\n\n"
                + Self.text],
        ]]]]
        let layout = try #require(read(EmissionsArticle.json(export)))
        #expect(layout.title == "Plan to cut <EMI> emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
    }

    @Test func aTextractPageIsReadAsItsPrintedLines() throws {
        func line(_ text: String, top: Double, height: Double, left: Double = 0.05) -> [String: Any] {
            ["BlockType": "LINE", "Text": text, "Geometry": ["BoundingBox": ["Top": top, "Height": height, "Left": left, "Width": 0.8]]]
        }
        var blocks: [[String: Any]] = [["BlockType": "PAGE"]]
        blocks.append(line("REUTERS", top: 0.01, height: 0.03))
        blocks.append(line("THURSDAY, MARCH 14, 2024", top: 0.054, height: 0.016))
        blocks.append(line("RECEIVED MARCH 20, 2024", top: 0.074, height: 0.07, left: 0.6))
        blocks.append(line("PLAN TO CUT EMISSIONS", top: 0.15, height: 0.024))
        blocks.append(line("UNVEILED BY GOVERNMENT", top: 0.178, height: 0.024))
        blocks.append(line("By Jane Doe", top: 0.206, height: 0.016))
        var top = 0.226
        for sentence in Self.sentences + Self.sentences + Self.sentences {
            blocks.append(line(sentence, top: top, height: 0.014))
            top += 0.018
        }
        let page = try #require(TextractBlocks.plain(["DocumentMetadata": ["Pages": 1], "Blocks": blocks]))
        #expect(page.hasPrefix("REUTERS\n\nTHURSDAY, MARCH 14, 2024\n\nRECEIVED MARCH 20, 2024\n\nPLAN TO CUT EMISSIONS UNVEILED BY GOVERNMENT\n\nBy Jane Doe"))
        #expect(page.hasSuffix((Self.sentences + Self.sentences + Self.sentences).joined(separator: "\n")))
        let layout = try #require(read(EmissionsArticle.json(["DocumentMetadata": ["Pages": 1], "Blocks": blocks])))
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-14")  // not the day the mail room stamped
        #expect(layout.title != "RECEIVED MARCH 20, 2024")
        #expect(TextractBlocks.plain(["Blocks": [["BlockType": "PAGE"]]]) == nil)
    }

    @Test func aReceptionStampStatesNoDay() {
        #expect(ExportLines.isReceptionStamp("RECEIVED MARCH 20, 2024", dates: dates))
        #expect(ExportLines.isReceptionStamp("REÇU LE 20 MARS 2024", dates: dates))
        #expect(ExportLines.isReceptionStamp("EINGANG 20. MÄRZ 2024", dates: dates))
        #expect(!ExportLines.isReceptionStamp("Received wisdom on March 20, 2024 was wrong", dates: dates))
        #expect(!ExportLines.isReceptionStamp("Recent news", dates: dates))
    }

    @Test func jinasReaderOutputGivesTheHeadlineAndThePublication() throws {
        let page = """
            Title: Plan to cut emissions unveiled - The Daily Example

            URL Source: https://example.org/plan

            Published Time: 2024-03-14T09:14:00+01:00

            Markdown Content:
            [The Daily Example](https://example.org/)

            * [World](https://example.org/world/)

            Plan to cut emissions unveiled
            ==============================

            By [Jane Doe](https://example.org/authors/jane-doe/)

            ![Image 1: A coal plant](https://img.example.org/1.jpg)

            \(Self.text)
            """
        let layout = try #require(read(page))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Daily Example")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func anEventsOverlineIsNoTitle() throws {
        for overline in ["SOMMET EUROPÉEN DU 22 FÉVRIER 2024", "STRIKE CALLED FOR MARCH 17", "EU-GIPFEL AM 19. MÄRZ"] {
            let layout = try #require(read("Reuters · Economy\n\n\(overline)\nPlan to cut emissions unveiled by the government\nMarch 14, 2024\n\n" + Self.text))
            #expect(layout.title == "Plan to cut emissions unveiled by the government")
        }
        #expect(LayoutReader.endsWithDay("STRIKE CALLED FOR MARCH 17", dates: dates))
        #expect(!LayoutReader.endsWithDay("ELECTIONS 2024", dates: dates))
        #expect(!LayoutReader.endsWithDay("COVID 19", dates: dates))
    }

    @Test func aBylineRunOnAtTheEndOfTheStandfirst() throws {
        let layout = try #require(read("Reuters\n\nPlan to cut emissions unveiled\n\n\(Self.sentences[0]) Par Jane Doe et John Roe\nMarch 14, 2024\n\n" + Self.text))
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.published?.iso == "2024-03-14")
        let dashed = TrailingBylines.facts("\(Self.sentences[0]) — Por Jane Doe, 14 de marzo de 2024", dates: dates)
        #expect(dashed?.authors == ["Jane Doe"])
        #expect(dashed?.date?.iso == "2024-03-14")
        // A sentence that merely ends on `by` and a name is no byline.
        #expect(TrailingBylines.facts("The plan was drafted over the winter months and finally approved by Jane Doe", dates: dates) == nil)
    }

    @Test func aWritersBiographyAtTheFootNamesTheAuthor() throws {
        let foot = "*Jane Doe covers the European institutions from Brussels.* *This article was produced with the support of the European Journalism Centre.*"
        let layout = try #require(read("Plan to cut emissions unveiled\n\n" + Self.text + "\n\n" + foot))
        #expect(layout.authors == ["Jane Doe"])
        #expect(FootBios.facts("Jane Doe ist freie Journalistin in Berlin.")?.authors == ["Jane Doe"])
        #expect(FootBios.facts("_Este artículo se ha realizado con el apoyo del Centro Europeo de Periodismo._")?.authors == [])
        // A sentence about someone else is none.
        #expect(FootBios.facts("The minister is a former journalist.") == nil)
        #expect(FootBios.facts("Jane Doe said the plan is a good start for the reporters.") == nil)
    }
}
