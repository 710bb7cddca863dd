import Testing

@testable import HTMLTree

/// Script and style contents taken by the tree builder (`HTMLRawText`) give the very tree that
/// libxml2's own reading of them gives, on tricky and on random pages.
@Suite struct HTMLRawTextTests {
    /// Every node, attribute and text byte of a tree, for comparing two of them.
    static func dump(_ document: HTMLDocument) -> [String] {
        (0..<document.count).map { index in
            let node = document.nodes[index]
            let attributes = document.attributes[Int(node.attributeRange.lowerBound)..<Int(node.attributeRange.upperBound)]
                .map { "\($0.name.rawValue)=\(Array(document.storage[Int($0.value.lowerBound)..<Int($0.value.upperBound)]))" }
            let text = node.tag == .text ? Array(document.textBytes(index)) : []
            return "\(node.tag.rawValue) \(node.parent) \(node.end) \(text) \(attributes)"
        }
    }

    static func expectSameTree(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let taken = dump(HTMLDocument(bytes: bytes))
        let libxml2 = dump(HTMLDocument(bytes: bytes, takingRawText: false))
        #expect(taken == libxml2, "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    static let tricky: [String] = [
        "<html><head><script>var a = \"</div>\"; if (a < b) {}</script></head><body><p>x</p></body></html>",
        "<script>a</SCRIPT >b", "<script>a</scripts>b</script>c", "<style>p { color: red }</style><p>y",
        "<script></script><p>z", "<script><p>x</p></script>q", "<script></p>x</script>", "<script>_a</script>",
        "<script><!-- x --></script>r", "<script>\u{0}x</script>s", "<script>a\u{1}b</script>", "<script>\u{FFFE}</script>t",
        "<script>a\r\nb\tc</script>", "<script>abc", "<script>abc</scr", "<script>a</", "<script>a<", "<script/>x</script>y",
        "<script src=a></script><p>w", "<script type=\"application/ld+json\">{\"a\": \"é\"}</script>",
        "<title><script>x</script></title><p>v", "<textarea><script>x</script></textarea>", "<p><style>a</style>b</p>",
        "<script>é€😀</script>", "<SCRIPT>x</script>", "<script>x</style></script>", "<style>x</script></style>",
        "<script>" + String(repeating: "é1", count: 1_700) + "</script><p>long</p>",
        String(repeating: "<div>", count: 300) + "<script>deep</script>",
    ]

    @Test func trickyPagesGiveTheSameTree() {
        for page in Self.tricky { Self.expectSameTree(Array(page.utf8)) }
        for bytes in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0x80]] as [[UInt8]] {
            Self.expectSameTree(Array("<p>a</p><script>x".utf8) + bytes + Array("y</script><p>b</p>".utf8))
        }
    }

    /// Random pages made of fragments around script and style tags.
    @Test func randomPagesGiveTheSameTree() {
        let pieces = [
            "<script>", "</script>", "<style>", "</style>", "<SCRIPT type=x>", "</Script", "<p>", "</p>", "<div>", "<",
            "</", ">", "<!--", "-->", "a", "é", "\r\n", "\u{0}", "\u{7}", "<script/>", "\"", "'", "<title>", "&amp;",
            "<![CDATA[", "]]>", "<br>", "</scripts>", "<body>", "<head>", "<_x>", "<:y>",
            "var longer = 12345;", "\tif (a<b) {}\n", "0123456789abcdef", "ü€😀 plain text run",
        ]
        Self.expectSameTrees(randomPages: 3_000, of: 1...24, from: pieces)
    }

    /// `expectSameTree` on `count` pages, each of a random number (`pieces`) of random `from`.
    static func expectSameTrees(randomPages count: Int, of pieces: ClosedRange<Int>, from fragments: [String]) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<count {
            let length = Int.random(in: pieces, using: &generator)
            let page = (0..<length).map { _ in fragments.randomElement(using: &generator)! }.joined()
            expectSameTree(Array(page.utf8))
        }
    }

    /// The builder takes contents itself with this machine's libxml2 (Debian 12's 2.9.14); with
    /// another the trees above compare libxml2 with itself and the speed-up is gone: say so.
    @Test func shortcutIsOnWithThisLibxml2() {
        #expect(HTMLTreeBuilder(capacity: 0).takesRawText)
    }

    @Test func contentLengthIsCertainOrNil() {
        func length(_ text: String, _ name: String = "script") -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { HTMLRawText.contentLength(in: $0, name: Array(name.utf8)) }
        }
        #expect(length("ab</script>") == 2)
        #expect(length("ab</SCRIPTx") == 2)
        #expect(length("a</div>b</style>", "style") == 8)
        #expect(length("</script>") == nil)
        #expect(length("<b>x</script>") == nil)
        #expect(length("<!-- x --></script>") == 10)
        #expect(length("ab</scr") == nil)
        #expect(length("ab") == nil)
        #expect(length("a\u{0}b</script>") == nil)
        #expect(length("a\u{FFFF}b</script>") == nil)
        #expect(length("é😀</script>") == 6)
        #expect(length("0123456789abcdef0123</script>") == 20)
        #expect(length("01234567\u{1}9abcdef</script>") == nil)
        #expect(length("0123456789abcde\u{FFFF}</script>") == nil)
        #expect(length("0123456789a</b>cdef</script>") == 19)
    }
}
