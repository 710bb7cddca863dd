import Testing

@testable import TextLayouts
import DateReading

/// Stop 43's containers: an Arc XP story's ANS JSON, a JSON Feed item, an EndNote XML record, an
/// Excel XML Spreadsheet 2003 row, a page converted by `pdftohtml -xml`, a scan's hOCR, a wire
/// message's IPTC 7901 envelope.
@Suite struct StructuredExportsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let paragraph = "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said in a statement."

    @Test func anArcStoryIsReadByItsOwnKeys() throws {
        let json = """
            {"type": "story", "display_date": "2024-03-05T09:47:42.372Z", "publish_date": "2024-04-06T14:29:33.969Z",
             "headlines": {"basic": "Plan to cut emissions unveiled", "meta_title": "Plan to cut emissions unveiled | Reuters"},
             "credits": {"by": [{"type": "author", "name": "Jane Doe"}]}, "source": {"name": "Reuters", "system": "composer"},
             "content_elements": [{"type": "text", "content": "\(Self.paragraph)"}, {"type": "image", "url": "x.jpg"},
                                  {"type": "text", "content": "Opposition parties criticised the plan &amp; called for a vote."}]}
            """
        let layout = try #require(read(json))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-05")
        #expect(layout.source == "Reuters")
        #expect(layout.body.last == "Opposition parties criticised the plan & called for a vote.")
    }

    @Test func aJSONFeedsOwnAuthorsNameTheItemsSource() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Reuters – Business", "authors": [{"name": "Reuters"}],
             "items": [{"id": "1", "title": "Plan to cut emissions unveiled", "content_text": "\(Self.paragraph)",
                        "date_published": "2024-03-05T09:36:00+01:00", "date_modified": "2024-03-09T21:15:00+01:00",
                        "authors": [{"name": "Jane Doe"}]}]}
            """
        let layout = try #require(read(json))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func anEndNoteRecordsAbstractIsItsText() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record><database name=\"Press.enl\">Press.enl</database>"
            + "<ref-type name=\"Newspaper Article\">23</ref-type><contributors><authors><author><style>Doe, Jane</style></author></authors></contributors>"
            + "<titles><title><style>Plan to cut emissions unveiled</style></title><secondary-title><style>Reuters</style></secondary-title></titles>"
            + "<dates><year><style>2024</style></year><pub-dates><date><style>March 5</style></date></pub-dates></dates>"
            + "<access-date><style>2024-04-01</style></access-date><abstract><style>\(Self.paragraph)</style></abstract></record></records></xml>"
        let layout = try #require(read(xml))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aSpreadsheetsRowIsReadByItsHeader() throws {
        let xml = """
            <?xml version="1.0"?>
            <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
             <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>Sarah Collins</Author></DocumentProperties>
             <Worksheet ss:Name="Review"><Table>
              <Row><Cell><Data ss:Type="String">Date</Data></Cell><Cell><Data ss:Type="String">Publication</Data></Cell>
               <Cell><Data ss:Type="String">Title</Data></Cell><Cell><Data ss:Type="String">Author</Data></Cell>
               <Cell><Data ss:Type="String">Text</Data></Cell></Row>
              <Row><Cell><Data ss:Type="DateTime">2024-03-05T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">Reuters</Data></Cell>
               <Cell><Data ss:Type="String">Plan to cut emissions "unveiled"</Data></Cell>
               <Cell ss:Index="5"><Data ss:Type="String">\(Self.paragraph)&#10;Second line.</Data></Cell></Row>
             </Table></Worksheet>
            </Workbook>
            """
        let layout = try #require(read(xml))
        #expect(layout.title == "Plan to cut emissions \"unveiled\"")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aPageConvertedByPdftohtmlIsReadBlockByBlock() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pdf2xml producer="poppler" version="23.02.0">
            <page number="1" position="absolute" top="0" left="0" height="1263" width="892">
            <text top="46" left="54" width="276" height="13" font="0">REUTERS   Tuesday, March 5, 2024   22</text>
            <text top="90" left="54" width="325" height="31" font="1"><b>Plan to cut emissions</b></text>
            <text top="121" left="54" width="325" height="31" font="1"><b>unveiled by the govern-</b></text>
            <text top="152" left="54" width="325" height="31" font="1"><b>ment</b></text>
            <text top="194" left="54" width="112" height="15" font="2"><i>By Jane Doe</i></text>
            <text top="220" left="54" width="638" height="14" font="3">The government announced on Tuesday a new plan to cut</text>
            <text top="235" left="54" width="638" height="14" font="3">emissions by half before 2030, officials said.</text>
            </page>
            </pdf2xml>
            """
        let layout = try #require(read(xml))
        #expect(layout.title == "Plan to cut emissions unveiled by the govern-ment")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == ["The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said."])
    }

    @Test func aScansHOCRIsReadParagraphByParagraph() throws {
        func par(_ lines: [String]) -> String {
            "<p class='ocr_par'>" + lines.map { line in
                "<span class='ocr_line'>" + line.split(separator: " ").map { "<span class='ocrx_word'>\($0)</span>" }.joined(separator: " ") + "</span>"
            }.joined() + "</p>"
        }
        let page = "<?xml version=\"1.0\"?><html><head><title></title><meta name='ocr-system' content='tesseract 5.3.0'/></head><body>"
            + "<div class='ocr_page'>" + par(["Reuters — 5 March 2024"]) + par(["Plan to cut emissions", "unveiled"]) + par(["By Jane Doe"])
            + par(["The government announced on Tuesday a new", "plan to cut emissions by half before 2030."]) + "</div></body></html>"
        let text = try #require(OCRPages.text(of: page))
        #expect(text.hasPrefix("Reuters — 5 March 2024\n\nPlan to cut emissions unveiled\n\nBy Jane Doe\n\n"))
        #expect(OCRPages.text(of: "<html><body><p>no</p></body></html>") == nil)
    }

    @Test func aWireMessagesEnvelopeIsDropped() throws {
        // The parser reads its text with CR LF made LF (TextDecoding), as the reader gets it.
        // LF line ends: the parser's decoder makes CR LF one LF before the reader sees the text.
        let message = "\u{16}\u{16}\u{01}RS6452 5 bus 0361\nPLAN-TO-CUT /RS-20\n\u{02}Plan to cut emissions unveiled\nBy Jane Doe\n\n"
            + "EDITORS: This story appeared in Le Figaro on March 5, 2024.\n\n   \(Self.paragraph)\n\u{03}\n051842 MAR 24\n\u{04}\n"
        #expect(WireEnvelopes.message(message)?.hasPrefix("Plan to cut emissions unveiled") == true)
        #expect(WireEnvelopes.message("Plan\n\u{02}text") == nil)
        let layout = try #require(read(message))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Le Figaro")
        #expect(layout.published?.iso == "2024-03-05")
    }
}
