import Testing

@testable import HTMLTree

/// Start tags rewritten without the attributes not kept (`HTMLStartTag`) and text taken by the
/// builder (`HTMLTextRun`) give the very tree that libxml2's own reading gives, on tricky and on
/// random pages.
@Suite struct HTMLStartTagTests {
    static let tricky: [String] = [
        "<div style=\"a\" class=\"b\">x</div>", "<p>t<img src=a alt=b class=c/>u", "<a href=/x/>y</a>",
        "<link rel=canonical href=\"https://e.x/a\"><a href=\"h\" title=\"t\">z</a>",
        "<div data-x='1'id=\"i\"  CLASS = 'k' hidden>w</div>", "<span x=\"unterminated>q", "<b x=>r</b>",
        "<i a=\"é€\" b=\"\u{1}\" id=z>s</i>", "<div a=\"\u{FFFE}\" id=y>", "<x:y a-b.c_d=\"1\" lang=fr>v",
        "<!-- c --><div style=s id=d>", "<br style=a/><p>m", "<div a=1 / id=2>", "<div\ta\n=\r\"1\"\tid=3>",
        "<html lang=en data-a=b><head><meta name=x content=y data-q=1></head><body onload=f() class=c>",
        "<p data-a=1>a</p><p data-b=2>b", "<div class=a class=b style=c>", "<DIV STYLE=A CLASS=B>",
        "<table><tr bgcolor=red><td width=3 class=x>1</td></tr></table>", "<script src=x async></script><p id=q>",
        "<div a=\"1\">" + String(repeating: "<span data-x=\"é\">", count: 40), "<a b=\"\u{0}\" id=1>",
        "<p>a<br>b</p>c<!-- d -->e", "<ul><li>a<li>b</ul>c", "<p>a</b>c</p>", "x<p>y", "<head>t<title>u</title>v</head>w",
        "<p><script></p>x</script>", "<div>a\u{1}b</div>", "<div>a&amp;b<i>c</i>d</div>e", "<table>a<tr>b<td>c</table>",
        "<html>t</html>u", "<body>a</body>b", "<body class=a><body class=b id=c>x", "<p class=a>t<p class=b/>",
        "<meta name=a content=\"b&amp;c\" data-x=1>", "<div title=\"a&amp;b\" class=c style=d>", "<div class=a CLASS=b style=c>",
        "<html lang=en><html lang=fr class=x>", "<a class=x/>b", "<head><body class=b style=s>", "<b>a</B>b", "<img src=x>after", "<div/>z", "<p>" + String(repeating: "é", count: 1_500),
    ]

    @Test func trickyPagesGiveTheSameTree() {
        for page in Self.tricky { HTMLRawTextTests.expectSameTree(Array(page.utf8)) }
        for bytes in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xC0, 0x80]] as [[UInt8]] {
            HTMLRawTextTests.expectSameTree(Array("<p>a</p><div style=\"".utf8) + bytes + Array("\" id=x>b</div>é".utf8))
        }
    }

    /// Random pages made of tag and attribute fragments.
    @Test func randomPagesGiveTheSameTree() {
        let pieces = [
            "<div", "<p", "<a", "<link", "<span", "<img", "<br", "<html", "<body", "<head", "<script", ">", "/>", " ",
            "\t", "\n", "=", "\"", "'", "style", "class", "id", "href", "data-x", "title", "x", "é", "\u{1}", "<",
            "</div>", "</p>", "</a>", "</script>", "<!-- c -->", "text ", "&amp;", "/", "ID", " lang=fr", " style=\"a>b\"",
            " class='c d'", " href=/u/", " data-y=\"é€\"", "<?pi?>", "\u{0}", "</b>", "<b>", "</span>", "<li>",
            "<textarea>", "<title>", "<xmp>", "<plaintext>", "</html>", "</body>", "</head>", "<hr>", "<table>", "<td>",
            "a longer run of plain text, ", " title=\"t&amp;u\"", " id=\"\"", " class=", " content='q'", "&#233;",
            "&nbsp;", "\u{FFFE}", "\r\n", "<meta name=a>", "<frameset>",
        ]
        HTMLRawTextTests.expectSameTrees(randomPages: 4_000, of: 1...30, from: pieces)
    }

    @Test func compactKeepsOnlyKeptAttributes() {
        func compact(_ text: String) -> String? {
            var output = [UInt8](repeating: 0, count: 256)
            let result = Array(text.utf8).withUnsafeBufferPointer { bytes in
                output.withUnsafeMutableBufferPointer { HTMLStartTag.compact(bytes, into: $0) }
            }
            return result.map { "\($0.tag) " + String(decoding: output[..<$0.written], as: UTF8.self) }
        }
        #expect(compact("<div style=\"a\" class=\"b\">x") == "25 <div class=\"b\">")
        #expect(compact("<div class=\"b\" id=c CLASS=d>") == "28 <div class=\"b\" id=c>")
        #expect(compact("<a href=\"x\" id=i/>") == "18 <a id=i/>")
        #expect(compact("<link href=\"x\" data-a=1>") == "24 <link href=\"x\">")
        #expect(compact("<div class=\"b\">") == nil)
        #expect(compact("<div style=\"a\"") == nil)
        #expect(compact("<div a=\"\u{1}\">") == nil)
        #expect(compact("<div / a=1>") == nil)
        #expect(compact("<img src=x />") == "13 <img />")
    }

    @Test func compactLeavesOutKeptValuesWithoutReferences() {
        var output = [UInt8](repeating: 0, count: 256)
        var values: [Range<Int>?] = []
        let text = "<div class=\"b c\" title='x&amp;y' id=z itemscope>"
        let result = Array(text.utf8).withUnsafeBufferPointer { bytes in
            output.withUnsafeMutableBufferPointer { HTMLStartTag.compact(bytes, into: $0, values: &values) }
        }
        #expect(result.map { String(decoding: output[..<$0.written], as: UTF8.self) } == "<div class title='x&amp;y' id itemscope>")
        #expect(values == [12..<15, nil, 36..<37, nil])
        let meta = Array("<meta name=a content=b data-x=1>".utf8).withUnsafeBufferPointer { bytes in
            output.withUnsafeMutableBufferPointer { HTMLStartTag.compact(bytes, into: $0, values: &values) }
        }
        #expect(meta.map { String(decoding: output[..<$0.written], as: UTF8.self) } == "<meta name content>")
        #expect(values == [11..<12, 21..<22])
    }
}
