import Testing

@testable import ArticleParsing

/// Pages saved as MHTML (`WebArchive`): read as the page they hold, not as a mail.
@Suite struct WebArchiveTests {
    /// A Chrome-style archive (`From: <Saved by Blink>`, CR LF, quoted-printable) holding `html`.
    static func chromeArchive(_ html: [UInt8], charset: String? = nil) -> [UInt8] {
        let encoded = quotedPrintable(html)
        let type = "text/html" + (charset.map { "; charset=\"\($0)\"" } ?? "")
        let text = """
            From: <Saved by Blink>
            Snapshot-Content-Location: https://www.example.org/news/ferry
            Subject: =?utf-8?q?Ferry_strike_ends_=7C_Example_News?=
            Date: Fri, 6 Mar 2026 17:43:55 +0100
            MIME-Version: 1.0
            Content-Type: multipart/related;
            \ttype="text/html";
            \tboundary="----MultipartBoundary--abcDEF----"


            ------MultipartBoundary--abcDEF----
            Content-Type: \(type)
            Content-ID: <frame-1@mhtml.blink>
            Content-Transfer-Encoding: quoted-printable
            Content-Location: https://www.example.org/news/ferry

            \(encoded)

            ------MultipartBoundary--abcDEF----
            Content-Type: image/png
            Content-Transfer-Encoding: base64
            Content-Location: https://www.example.org/logo.png

            iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==

            ------MultipartBoundary--abcDEF------

            """
        return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    /// Quoted-printable as Chrome writes it: `=XX` for `=` and non-ASCII bytes, soft breaks at 76 columns.
    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var line = ""
        for byte in bytes {
            let piece = byte == 0x3D || byte >= 0x80 ? "=" + String(byte, radix: 16, uppercase: true) : String(UnicodeScalar(byte))
            if byte == 0x0A {
                lines.append(line)
                line = ""
                continue
            }
            if line.count + piece.count > 75 {
                lines.append(line + "=")
                line = ""
            }
            line += piece
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    static let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>Ferry strike ends after three days | Example News</title>
        <meta property="og:site_name" content="Example News">
        <meta property="og:title" content="Ferry strike ends after three days">
        <meta name="author" content="Jane Roe">
        <meta property="article:published_time" content="2026-03-05T07:00:00+01:00">
        </head><body><article><h1>Ferry strike ends after three days</h1>
        <p class="byline">By Jane Roe</p>
        <p>The crews of the island ferries went back to work on Thursday morning after the union and the operator \
        agreed on a new rota, ending a strike that had left 12,000 travellers waiting on the quays.</p>
        <p>Services from the mainland resumed at 6 a.m., the operator said, and the harbour master expects the \
        backlog of lorries to clear by the weekend. Café owners on the quay said the week had cost them dearly.</p>
        <p>The union said its members would vote on the agreement next week.</p>
        </article></body></html>
        """

    @Test func chromeArchiveIsReadAsItsPage() throws {
        let article = try ArticleParser().parse(Self.chromeArchive(Array(Self.page.utf8)), fileName: "ferry.mhtml")
        #expect(article.format == .html)
        #expect(article.title == "Ferry strike ends after three days")
        #expect(article.authors == ["Jane Roe"])
        #expect(article.published == "2026-03-05")
        #expect(article.site == "Example News")
        // Quoted-printable decoded: no soft breaks (`= `) nor escapes (`=C3=A9`) in the text.
        #expect(article.body.contains { $0.contains("Café owners on the quay") })
        #expect(!article.body.contains { $0.contains("=\r") || $0.contains("= ") || $0.contains("=3D") || $0.contains("=C3") })
    }

    @Test func partCharsetDecodesAPageDeclaringNone() throws {
        // Windows-1252 bytes (`é` is 0xE9), the charset named only in the MIME part's header.
        let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
        let bytes = Array(html.replacingOccurrences(of: "Café", with: "Caf\u{1}").utf8).map { $0 == 0x01 ? 0xE9 : $0 }
        let article = try ArticleParser().parse(Self.chromeArchive(bytes, charset: "windows-1252"), fileName: "ferry.mht")
        #expect(article.body.contains { $0.contains("Café owners") })
    }

    @Test func base64PartIsDecoded() throws {
        let base64 = Array(Self.page.utf8).base64Lines
        let text = """
            MIME-Version: 1.0
            Content-Type: Multipart/Related; boundary="=_NextPart_01"; type="text/html"

            This is a multi-part message in MIME format.

            --=_NextPart_01
            Content-Location: file:///C:/ferry.htm
            Content-Transfer-Encoding: base64
            Content-Type: text/html; charset="utf-8"

            \(base64)

            --=_NextPart_01--
            """
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "ferry.mht")
        #expect(article.title == "Ferry strike ends after three days")
        #expect(article.body.contains { $0.contains("Café owners on the quay") })
    }

    @Test func aLineThatOnlyStartsWithTheBoundaryIsBody() throws {
        // `------MultipartBoundary--abcDEF----x` is no delimiter (RFC 2046: the delimiter, `--` or nothing, then
        // blanks): the archive is still read as its page.
        let html = Self.page.replacingOccurrences(of: "<p>The union said", with: "------MultipartBoundary--abcDEF----x\n<p>The union said")
        let article = try ArticleParser().parse(Self.chromeArchive(Array(html.utf8)), fileName: "ferry.mhtml")
        #expect(article.format == .html)
        #expect(article.title == "Ferry strike ends after three days")
        #expect(article.body.contains { $0.contains("The union said its members would vote") })
    }

    /// An archive under `outer` (a multipart/related header) holding `parts` (each a header block and body), CR LF.
    static func archive(_ parts: [String], type: String = "text/html") -> [UInt8] {
        let head = "From: <Saved by Word>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"outer\"; type=\"\(type)\"\n\n"
        let text = head + parts.map { "--outer\n" + $0 + "\n" }.joined() + "--outer--\n"
        return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    @Test func pageInANestedAlternativeIsRead() throws {
        // Stop 54's hunt: Word's and Outlook's `.mht` put the page in a `multipart/alternative` beside its plain text;
        // the archive was read as a text file, its MIME headers the body.
        let nested = "Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\nContent-Type: text/plain\n\nFerry (plain)\n"
            + "--alt\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            + Self.quotedPrintable(Array(Self.page.utf8)) + "\n--alt--\n"
        let bytes = Self.archive([nested, "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo="])
        let page = try #require(WebArchive.page(in: bytes))
        #expect(String(decoding: page.html, as: UTF8.self).contains("<title>Ferry strike ends after three days"))
        let article = try ArticleParser().parse(bytes, fileName: "ferry.mht")
        #expect(article.format == .html)
        #expect(article.title == "Ferry strike ends after three days")
        #expect(!article.body.contains { $0.contains("Content-Type") || $0.contains("MIME-Version") })
        // Nestings past four levels, and one whose boundary is its parent's, are not searched: nil, no trap.
        var deep = "Content-Type: text/html\n\n" + Self.page
        for level in 0..<6 {
            deep = "Content-Type: multipart/related; boundary=\"n\(level)\"\n\n--n\(level)\n" + deep + "\n--n\(level)--\n"
        }
        #expect(WebArchive.page(in: Self.archive([deep])) == nil)
        #expect(WebArchive.page(in: Self.archive(["Content-Type: multipart/alternative; boundary=\"outer\"\n\nx"])) == nil)
    }

    @Test func rootPartStatingNoTypeHasTheArchivesType() throws {
        // RFC 2387: the `type` parameter is the root's; a root part with a Content-Location alone was text/plain.
        let root = "Content-Location: file:///C:/ferry.htm\nContent-Transfer-Encoding: quoted-printable\n\n" + Self.quotedPrintable(Array(Self.page.utf8))
        let article = try ArticleParser().parse(Self.archive([root]), fileName: "ferry.mht")
        #expect(article.format == .html)
        #expect(article.title == "Ferry strike ends after three days")
        // Only the first part: a later part stating no type stays text/plain; an archive of `type="image/png"` holds no page.
        #expect(WebArchive.page(in: Self.archive(["Content-Type: image/png\n\nAAAA", root])) == nil)
        #expect(WebArchive.page(in: Self.archive([root], type: "image/png")) == nil)
    }

    @Test func partInUTF16WithoutAByteOrderMarkIsDecoded() throws {
        let html = Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "")
        var little: [UInt8] = []
        var big: [UInt8] = []
        for unit in html.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let parts: [(String, [UInt8])] = [("utf-16le", little), ("utf-16be", big), ("utf-16", little)]
        for (charset, units) in parts {
            let part = "Content-Type: text/html; charset=\"\(charset)\"\nContent-Transfer-Encoding: base64\n\n" + units.base64Lines
            let article = try ArticleParser().parse(Self.archive([part]), fileName: "ferry.mht")
            #expect(article.format == .html, "\(charset)")
            #expect(article.title == "Ferry strike ends after three days", "\(charset)")
            #expect(article.body.contains { $0.contains("Café owners on the quay") }, "\(charset)")
        }
    }

    @Test func theSavedAddressesPageWinsOverABiggerFrame() throws {
        // A related-stories frame with more words after the page the archive says it saved
        // (`Snapshot-Content-Location`): the saved page is the article.
        let related = "<html><body><h2>Read also</h2>" + (1...40).map { "<p>Another story number \($0) about the harbour and its many ferries.</p>" }.joined()
            + "</body></html>"
        let text = """
            From: <Saved by Blink>
            Snapshot-Content-Location: https://www.example.org/news/ferry
            Subject: Ferry strike ends
            MIME-Version: 1.0
            Content-Type: multipart/related; type="text/html"; boundary="B"

            --B
            Content-Type: text/html
            Content-Location: https://www.example.org/news/ferry

            \(Self.page)
            --B
            Content-Type: text/html
            Content-Location: https://www.example.org/widgets/related

            \(related)
            --B--
            """
        let pages = WebArchive.pages(in: Array(text.utf8), limit: 6)
        #expect(pages.map(\.isSnapshot) == [true, false])
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "ferry.mhtml")
        #expect(article.title == "Ferry strike ends after three days")
    }

    @Test func mailsAndLabelsAreNoArchives() {
        let mail = "From: Jane Roe <jane@example.org>\nSubject: Ferry\nContent-Type: multipart/alternative; boundary=\"b\"\n\n--b\nContent-Type: text/html\n\n<p>Hi</p>\n--b--\n"
        #expect(WebArchive.page(in: Array(mail.utf8)) == nil)
        #expect(WebArchive.page(in: Array("Title: Ferry strike ends\nAuthor: Jane Roe\n\nBody.".utf8)) == nil)
        // An archive holding no page part, and one cut short before its part's body.
        let noPage = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nAAAA\n--b--\n"
        #expect(WebArchive.page(in: Array(noPage.utf8)) == nil)
        let cut = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html"
        #expect(WebArchive.page(in: Array(cut.utf8)) == nil)
    }
}

extension Array where Element == UInt8 {
    /// Base64 in lines of 76 characters, as mail writers wrap it.
    fileprivate var base64Lines: String {
        let alphabet = [Character]("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var index = 0
        while index < count {
            let chunk = self[index..<Swift.min(index + 3, count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32(16 - 8 * $1.offset) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int(value >> UInt32(18 - 6 * position) & 63)] : "=")
            }
            index += 3
        }
        var lines: [Substring] = []
        var rest = Substring(out)
        while !rest.isEmpty {
            lines.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return lines.joined(separator: "\n")
    }
}
