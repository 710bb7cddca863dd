import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 51's hostile hunt (branch hostile51), over the readers stop 50 added (a webhook's HTTP request, a wiki's page
/// and a notes app's note, gallery captions, edition lines, MongoDB's `$date`, a German note's dative name, a reference's
/// inverted name, official gazettes, picture credits and staff phrases, a placed writer, a form's capitals heading).
/// Found: `HTTPRequests` trapped on a request whose last part's headers run to the end of the text (an array sliced past
/// its end), cut the whole request into Strings twice (10 MiB of blank lines: 160 MiB more), and read no text after 200
/// fields (a request of 300 fields had its form read as the article, the request line the title); a gallery's count took
/// the whole text under it for its caption when no blank line parted its paragraphs (the file refused: no body).
/// Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py` measures).
@Suite struct HostileShapesS51Tests {
    private static let body = """
        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt.

        Shares in the company rose 3 pct in early trading.
        """

    private static let head = "POST /hooks/inbound HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xYzZY\r\n\r\n"

    private static func part(_ name: String, _ value: String) -> String {
        "--xYzZY\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
    }

    @Test func aPartWhoseHeadersRunToTheEndHoldsNoValue() {
        // The last part's headers, no blank line under them: the request was sliced past its last line (a trap).
        for ending in ["", "\r\n", "\r\nX-Other: y", "\n"] {
            let request = Self.head + "--xYzZY\r\nContent-Disposition: form-data; name=\"text\"" + ending
            #expect(HTTPRequests.posted(request) == nil, "\(request.debugDescription)")
        }
        let earlier = Self.head + Self.part("text", "A title\r\n\r\n" + Self.body) + "--xYzZY\r\nContent-Disposition: form-data; name=\"f\""
        #expect(HTTPRequests.posted(earlier)?.hasPrefix("A title\n\nHarbour Holdings") == true)
    }

    @Test func theTextFieldIsFoundPastTwoHundredFields() throws {
        let fields = (0..<300).map { Self.part("f\($0)", "v\($0)") }.joined()
        let request = Self.head + fields + Self.part("text", "A title\r\n\r\nBy Jane Doe\r\n\r\n" + Self.body) + "--xYzZY--\r\n"
        #expect(HTTPRequests.posted(request) == "A title\n\nBy Jane Doe\n\n" + Self.body)
        let layout = try #require(LayoutReader(dates: DateRecognizer(language: "en", keepsTime: false)).read(request))
        #expect(layout.title == "A title")
        #expect(layout.authors == ["Jane Doe"])
        // Past 200 fields only a plain-text field is looked for: a longer `html` field after them is not taken.
        let html = Self.head + fields + Self.part("html", "<p>x</p>\r\n<p>y</p>\r\n<p>z</p>\r\n<p>w</p>") + "--xYzZY--\r\n"
        #expect(HTTPRequests.posted(html) == nil)
    }

    @Test func aRequestOfBlankLinesOrNamelessPartsEnds() {
        #expect(HTTPRequests.posted(Self.head + String(repeating: "\r\n", count: 50_000)) == nil)
        #expect(HTTPRequests.posted(Self.head + String(repeating: "--xYzZY\r\n\r\nv\r\n", count: 20_000)) == nil)
        #expect(HTTPRequests.posted(Self.head + String(repeating: "--xYzZY\n", count: 20_000)) == nil)
    }

    /// `HTTPRequests.posted` as stop 50 had it (the request cut into all its lines), but for the part whose headers run to
    /// the end, which it sliced past its end (here: no value, as the new reading has it).
    private static func referencePosted(_ text: String) -> String? {
        guard text.utf8.starts(with: "POST /".utf8) || text.utf8.starts(with: "PUT /".utf8),
            let lineEnd = text.utf8.prefix(2_048).firstIndex(of: 0x0A),
            LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.1")
                || LineBytes.trimmed(String(Substring(text.utf8[..<lineEnd]))).hasSuffix(" HTTP/1.0"),
            LineBytes.contains(text, bytes: "multipart/form-data")
        else { return nil }
        let lines = LineBytes.lines(text).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard let blank = lines.prefix(60).firstIndex(where: { $0.isEmpty }),
            let type = lines[1..<blank].first(where: { TextFolding.fold($0).hasPrefix("content-type: multipart/form-data") }),
            let marker = type.range(of: "boundary=")
        else { return nil }
        var boundary = LineBytes.trimmed(String(type[marker.upperBound...]))
        if boundary.count >= 2, boundary.hasPrefix("\""), boundary.hasSuffix("\"") { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty else { return nil }
        let delimiter = "--" + boundary
        var fields: [(name: String, value: [String])] = []
        var index = blank + 1
        while index < lines.count, fields.count < 200 {
            guard LineBytes.hasPrefix(lines[index], delimiter) else {
                index += 1
                continue
            }
            if lines[index] == delimiter + "--" { break }
            var name: String?
            index += 1
            while index < lines.count, !lines[index].isEmpty {
                let head = lines[index].utf8.prefix(20)
                if head.count == 20, head.elementsEqual("content-disposition:".utf8, by: { $0 == $1 || $0 &- 0x41 < 26 && $0 | 0x20 == $1 }),
                    let start = lines[index].range(of: "name=\"")
                {
                    name = String(lines[index][start.upperBound...].prefix { $0 != "\"" })
                }
                index += 1
            }
            guard index < lines.count else { break }
            let start = index + 1
            var end = start
            while end < lines.count, !LineBytes.hasPrefix(lines[end], delimiter) { end += 1 }
            if let name, start <= end { fields.append((name, Array(lines[start..<end]))) }
            index = end
        }
        let plainFields: Set<String> = ["text", "body-plain", "stripped-text", "TextBody"]
        let plain = fields.first { plainFields.contains($0.name) }
            ?? fields.filter { RecordKeys.field($0.name) == .text }.max { $0.value.count < $1.value.count }
        guard let value = plain?.value, value.filter({ !LineBytes.trimmed($0).isEmpty }).count >= 3 else { return nil }
        return value.joined(separator: "\n")
    }

    @Test func postedAsTheLinesReadIt() {
        // Requests drawn from the pieces a form is made of (delimiters, closings, headers, values with CRs, combining
        // marks and look-alikes of the delimiter), fewer than 200 fields each.
        let boundaries = ["xYzZY", "a;K", "b\u{00E9}", "\"q\""]
        let pieces = [
            "--B", "--B", "--B--", "--Bx", "--B\u{0301}", "", "", "\r", " ", "Content-Disposition: form-data; name=\"text\"",
            "content-disposition: form-data; name=\"body\"", "Content-Disposition: form-data; name=\"f\"",
            "CONTENT-DISPOSITION: form-data; name=\"body-plain\"", "Content-Type: text/plain", "A line \u{00E9}", "e\u{0301}",
            "a\r", "\r\r", "x", "--b\u{0065}\u{0301}",
        ]
        var generator = SeededGenerator(seed: 5101)
        for round in 0..<4_000 {
            let boundary = boundaries[round % boundaries.count]
            let bare = boundary.hasPrefix("\"") ? String(boundary.dropFirst().dropLast()) : boundary
            let header = "POST /h HTTP/1.1\(round % 3 == 0 ? "\n" : "\r\n")Content-Type: multipart/form-data; boundary=\(boundary)\r\n\r\n"
            let count = Int.random(in: 0...40, using: &generator)
            let lines = (0..<count).map { _ in pieces.randomElement(using: &generator)!.replacingOccurrences(of: "--B", with: "--" + bare) }
            let ends = ["\n", "\r\n", "\n", "\r\n", "\r"]
            let text = header + lines.map { $0 + ends.randomElement(using: &generator)! }.joined() + (round % 4 == 0 ? "tail" : "")
            let read = HTTPRequests.posted(text)
            let wanted = Self.referencePosted(text)
            #expect(read.map { Array($0.utf8) } == wanted.map { Array($0.utf8) }, "\(text.debugDescription)")
        }
    }

    @Test func aCountOverALongParagraphIsNoCaption() throws {
        let lines = ["A title", "", "Image 1 of 3", "Brussels, 16 February 1987: the ministers arrive.", "Photo: Paul Martin/Reuters", "", "By Jane Doe"]
        #expect(GalleryCaptions.end(of: lines, at: 2) == 5)
        let three = ["Image 1 of 3", "a", "b", "c", "", "d"]
        #expect(GalleryCaptions.end(of: three, at: 0) == 4)
        #expect(GalleryCaptions.end(of: three + ["Image 2 of 3", "e"], at: 0) == 4)
        let four = ["Image 1 of 3", "a", "b", "c", "d"]
        #expect(GalleryCaptions.end(of: four, at: 0) == nil)
        #expect(GalleryCaptions.end(of: ["Image 1 of 3", "a", "b", "Image 2 of 3", "c"], at: 0) == 3)
        // A text of single line breaks under a count: its text, not a caption (the file was refused: no body).
        let text = "Council sells the old tram depot\n\nBild 1 von 3\nBrüssel, 16. Februar 1987: Ankunft der Minister.\n"
            + "The council sold the old tram depot to a housing cooperative on Monday.\nIt ended years of debate.\nMore text follows here.\n"
        let layout = try #require(LayoutReader(dates: DateRecognizer(language: "de", keepsTime: false)).read(text))
        #expect(layout.title == "Council sells the old tram depot")
        #expect(layout.body.joined(separator: "\n").contains("It ended years of debate."))
    }

    @Test func aCountOverThousandsOfLinesEnds() {
        let lines = ["A title", "", "Image 1 of 3"] + Array(repeating: "A line of the text, which goes on.", count: 100_000)
        #expect(GalleryCaptions.end(of: lines, at: 2) == nil)
    }
}
