import DateReading
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 44's superlinear hostile shapes, made linear: a carrier's text whose decoding joins scalars into one
/// `Character` of thousands of combining marks (an RTF document's, a JSON string's, an XML element's, a mail's
/// quoted-printable body, an hOCR page's references) has its grapheme clusters cut as the file's decoding cuts
/// them (`TextFolding.boundedClusters`, 32 scalars). Outputs only, never times (`Tests/bench/hostile_text.py` and
/// `hostile_pages.py` measure).
@Suite struct HostileShapesS44Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let body = String(
        repeating: "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate. ", count: 4)
    /// Two thousand combining acute accents: one `Character` with the letter before them.
    private static let marks = String(repeating: "\u{301}", count: 2_000)

    /// The most scalars any Character of the layout's title and body holds.
    private static func longestCluster(_ layout: TextLayout) -> Int {
        ([layout.title] + layout.body).flatMap { $0.map { $0.unicodeScalars.count } }.max() ?? 0
    }

    @Test func anRTFDocumentsLinesOfMarksAreOneBoundedCluster() throws {
        // RTF skips line breaks: the runs of marks on each line are joined into one cluster.
        let text = "{\\rtf1 Council sells old tram depot\\par\\par " + Self.body + "\\par\\par a"
            + String(repeating: String(repeating: "\u{301}", count: 20) + "\n", count: 200) + "}"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Council sells old tram depot")
        #expect(Self.longestCluster(layout) == 32)
        #expect(layout.body.last == "a" + String(repeating: "\u{301}", count: 31))
    }

    @Test func aJSONStringsEscapedMarksAreOneBoundedCluster() throws {
        let escaped = String(repeating: "\\u0301", count: 2_000)
        let text = "{\"title\": \"Council sells old tram depot\", \"text\": \"" + Self.body + "\\n\\na" + escaped + "\"}"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Council sells old tram depot")
        #expect(Self.longestCluster(layout) == 32)
    }

    @Test func anXMLElementsReferencesToMarksAreOneBoundedCluster() throws {
        let text = "<?xml version=\"1.0\"?><feed><entry><title>Council sells old tram depot</title><content>" + Self.body
            + " a" + String(repeating: "&#769;", count: 2_000) + "</content></entry></feed>"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Council sells old tram depot")
        #expect(Self.longestCluster(layout) == 32)
    }

    @Test func aMailsQuotedPrintableMarksAreOneBoundedCluster() throws {
        let text = "Return-Path: <a@b.c>\nContent-Transfer-Encoding: quoted-printable\nSubject: Council sells old tram depot\n\n"
            + Self.body + "\n\na" + String(repeating: "=CC=81", count: 2_000) + "\n"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(Self.longestCluster(layout) == 32)
        #expect(layout.body.contains { $0.hasPrefix("The council sold the old tram depot") })
    }

    @Test func anHOCRPagesReferencesToMarksAreOneBoundedCluster() throws {
        let page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title>"
            + "<meta name=\"ocr-system\" content=\"tesseract 5.3.0\"/></head><body><div class=\"ocr_page\">"
            + "<p class=\"ocr_par\"><span class=\"ocr_line\">Council sells old tram depot</span></p>"
            + "<p class=\"ocr_par\"><span class=\"ocr_line\">a" + String(repeating: "&#769;", count: 2_000) + "</span></p></div></body></html>"
        let text = try #require(OCRPages.text(of: page))
        #expect(text == "Council sells old tram depot\n\na" + String(repeating: "\u{301}", count: 31) + "\n")
    }

    @Test func ordinaryCarriersKeepTheirCharactersAsBefore() throws {
        // A decomposed accent (two scalars) and an emoji sequence stay as the carrier decoded them: only a cluster of more
        // than 32 scalars is cut.
        let text = "{\"title\": \"Caf\\u0065\\u0301 sells old tram depot\", \"text\": \"" + Self.body
            + "\\n\\nLa caf\\u0065\\u0301 \\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67 fin.\"}"
        let layout = try #require(LayoutReader(dates: Self.dates).read(text))
        #expect(layout.title == "Cafe\u{301} sells old tram depot")
        #expect(layout.body.last == "La cafe\u{301} \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} fin.")
        let rtf = "{\\rtf1\\ansi Caf\\'e9 sells old tram depot\\par\\par " + Self.body + "\\par\\par Un caf\\'e9.}"
        let read = try #require(LayoutReader(dates: Self.dates).read(rtf))
        #expect(read.title == "Café sells old tram depot")
        #expect(read.body.last == "Un café.")
        #expect(TextFolding.boundedClusters("a" + Self.marks) == "a" + String(repeating: "\u{301}", count: 31))
    }
}
