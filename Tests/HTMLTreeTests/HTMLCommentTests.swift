import Testing

@testable import HTMLTree

/// Comments stepped over by the tree builder (`HTMLComment`), and text it takes after references
/// and after `<html>`, `<head>`, `<body>` and `<p>` start tags, give the very tree that libxml2's
/// own reading gives, on tricky and on random pages.
@Suite struct HTMLCommentTests {
    static let tricky: [String] = [
        "<div><!-- a -->b</div>", "<div>x<!-- a --><!-- b -->y<p>z</p></div>", "<br><!-- c -->t<p>u",
        "<p><!---->a", "<p><!-->a-->b", "<p><!--->a-->b", "<p><!-- a --!>b-->c", "<p><!-- a -- >b -->c",
        "<p><!-- é€😀 -->d", "<p><!-- \u{1} -->e", "<p><!-- \u{0} -->f", "<p><!-- \u{FFFE} -->g", "<p><!-- open",
        "<!-- before --><html><!-- in --><head><!-- h --><title>t</title></head><body><!-- b -->x</body></html>",
        "<script><!-- s --></script>y", "<style>a</style><!-- c --><p>w", "<textarea><!-- c -->v</textarea>",
        "<p>a&amp;b</p>", "<p>a&amp;b&lt;c</p>d", "<p>&#233;t&#xE9;&eacute;x</p>", "<p>a&unknown;b</p>", "<p>a&amp b</p>",
        "<p>a&#233b</p>", "<p>&#0;x</p>", "<p>&;y</p>", "<head>&amp;x</head>", "&amp;y", "<html>&copy;z</html>",
        "<p>&amp;<!-- c -->q", "<p>&amp;<b>r</b>", "<p>x</p>&nbsp;<p>y", "<title>a&amp;b</title>",
        "<p>t</p><p>u<p>v", "<P>w", "<p >x", "<p class=a>y", "<body>b</body>", "<body>\n<div>c</div>",
        "<head><p>p</p></head>", "<html>h<body>i", "<div><p>a<div>b</div>c</p></div>", "<p><p>d",
        "<table><p>a<tr><td>b</table>", "<ul><li>a<p>b<li>c</ul>", "<p>" + String(repeating: "é&amp;", count: 700),
        "<p>" + String(repeating: "x", count: 1_200) + "&amp;y", "<p><!--" + String(repeating: "ab", count: 900) + "-->z",
    ]

    @Test func trickyPagesGiveTheSameTree() {
        for page in Self.tricky { HTMLRawTextTests.expectSameTree(Array(page.utf8)) }
        for bytes in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xC0, 0x80]] as [[UInt8]] {
            HTMLRawTextTests.expectSameTree(Array("<p>a<!-- ".utf8) + bytes + Array(" -->b</p>é".utf8))
        }
    }

    /// Random pages made of comment, reference and paragraph fragments.
    @Test func randomPagesGiveTheSameTree() {
        let pieces = [
            "<!--", "-->", "--!>", "<!-->", "<!--->", "--", "-", ">", "!", "<p>", "</p>", "<P>", "<p class=x>", "<div>",
            "</div>", "<br>", "<img src=a>", "<b>", "</b>", "<html>", "<head>", "<body>", "</head>", "</body>", "<title>",
            "</title>", "<script>", "</script>", "<style>", "</style>", "&amp;", "&nbsp;", "&#233;", "&#xE9;", "&#0;",
            "&unknown;", "&amp", "&", ";", "#", "text ", "é", "😀", "\u{1}", "\u{0}", "\u{FFFE}", "\n", " ", "<", "</",
            "<?pi?>", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<table>", "<td>", "<li>", "a longer run of text, ",
        ]
        HTMLRawTextTests.expectSameTrees(randomPages: 4_000, of: 1...30, from: pieces)
    }

    @Test func commentLengthIsCertainOrNil() {
        func length(_ text: String) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { HTMLComment.length(in: $0) }
        }
        #expect(length("<!-- a -->b") == 10)
        #expect(length("<!---->") == 7)
        #expect(length("<!--a--->") == 9)
        #expect(length("<!-- 0123456789abcdef -->") == 25)
        #expect(length("<!-->a-->") == nil)
        #expect(length("<!--->a-->") == nil)
        #expect(length("<!-- a --!> -->") == nil)
        #expect(length("<!-- a") == nil)
        #expect(length("<!-- \u{0} -->") == nil)
        #expect(length("<!-- \u{FFFF} -->") == nil)
        #expect(length("<!-- é😀 -->") == 15)
        #expect(length("<!DOCTYPE html>") == nil)
    }

    @Test func referencesAreRecognisedBeforeTheCursor() {
        func ends(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                HTMLTreeBuilder.endsReference(before: buffer.baseAddress! + buffer.count, from: buffer.baseAddress!)
            }
        }
        #expect(ends("a&amp;"))
        #expect(ends("&#233;"))
        #expect(ends("&#xE9;"))
        #expect(!ends("a;"))
        #expect(!ends("&;"))
        #expect(!ends("&a-b;"))
        #expect(!ends("amp;"))
    }
}
