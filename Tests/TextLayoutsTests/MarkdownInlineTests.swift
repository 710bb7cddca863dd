import Testing

@testable import TextLayouts

/// The byte-level inline pass (`MarkdownInline`) answers what the `Character` reading it replaced
/// answered (kept below as `CharacterInline`, the oracle), including next to non-ASCII text.
@Suite struct MarkdownInlineTests {
    @Test(arguments: [
        // Emphasis judged by the neighbouring cluster's first scalar.
        ("é*x*é", "é*x*é"), ("é_x_ é", "é_x é"), ("2*3 ٣*٣ x²*", "2*3 ٣*٣ x²"), ("e\u{301}*x*", "e\u{301}*x"),
        ("\u{600}a*b", "\u{600}ab"), ("日本*語*", "日本*語"), ("Ⅻ*Ⅻ", "Ⅻ*Ⅻ"), ("\u{A0}*\u{3000}", "\u{A0}*\u{3000}"),
        // A mark joined to a combining or prepended mark is text, not syntax.
        ("*\u{301}x*", "*\u{301}x"), ("[a\u{301}](b)", "a\u{301}"), ("[a]\u{301}(b)", "[a]\u{301}(b)"),
        ("\u{600}[a](b)", "\u{600}[a](b)"), ("[a](b)\u{301}", "[a](b)\u{301}"), ("`\u{301}x`", "`\u{301}x"),
        // U+1FEF is a backtick to Swift; `~~` only as a pair of clusters.
        ("a\u{1FEF}b\u{1FEF}", "ab"), ("\u{1FEF}\u{301}", "\u{1FEF}\u{301}"), ("~\u{301}~x~~", "~\u{301}~x"),
        // Nested links, images, autolinks, unclosed openers.
        ("[[a](b)](c)", "[a](c)"), ("[a ![i](s) b](c)", "a ![i b](c)"), ("[<http://x>](y)", "http://x"),
        ("<http\u{301}://x>", "<http\u{301}://x>"), ("<mailto:a@b> <mail>", "mailto:a@b <mail>"), ("<http", "<http"),
        ("[a](b", "[a](b"), ("[a][b", "[a][b"), ("![a](b", "![a](b"), ("[]()", ""), ("!![a](b)", "!"),
        ("", ""), ("plain text, rien à faire", "plain text, rien à faire"),
    ])
    func matchesTheCharacterReading(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.inline(markdown) == plain)
        #expect(CharacterInline.inline(markdown) == plain)
    }

    /// The block pass's lines are those of `split(separator: "\n")`, CR LF (one Character) included.
    @Test(arguments: ["", "a", "a\n", "\n\nb\n", "a\r\nb\nc", "x\r\n\r\n", "é\n\u{301}\n"])
    func linesAreThoseOfSplit(_ text: String) {
        var lines = MarkdownLines(text)
        var read: [Substring] = []
        while let line = lines.next() { read.append(line) }
        #expect(read == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    /// Headings are read on bytes too: a `#` or the space after the marks joined to a neighbouring
    /// scalar is no mark (then the line is text).
    @Test(arguments: [
        ("## Titre ##", "Titre"), ("#hashtag", "#hashtag"), ("####### sept", "####### sept"),
        ("# \u{301}x", "# \u{301}x"), ("# x \u{600}#", "x \u{600}#"), ("# x é##", "x é"), ("# *a* #", "a"), ("# #", ""),
    ])
    func headingsKeepTheirCharacterMeaning(_ markdown: String, _ plain: String) {
        #expect(MarkdownText.plain("texte\n" + markdown, markingTitle: false) == "texte\n" + (plain == markdown ? plain : "\n\(plain)\n"))
    }

    /// Random lines over the syntax marks and awkward neighbours: the same text both ways.
    @Test func randomLinesMatchTheCharacterReading() {
        let pieces = [
            "[", "]", "(", ")", "<", ">", "!", "*", "_", "`", "~", "http", "mailto:", " ", "a", "7", "é",
            "](", "][", "<http://x>", "e\u{301}", "\u{301}", "\u{600}", "\u{1FEF}", "٣", "日", "\u{A0}", "\r\n", "\u{200D}", "👍🏽", "\u{0915}\u{094D}",
        ]
        var generator = Congruence(seed: 2027)
        for _ in 0..<4000 {
            let length = Int(generator.next() % 24)
            let line = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(MarkdownText.inline(line) == CharacterInline.inline(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Time, checked without a clock: on every hostile run the "next `]`, `)`, `>`" cursors look at
    /// each byte at most once per kind (4 kinds), where a scan per opener looked at the rest of the line.
    @Test(arguments: ["[", "![", "[a](", "[a][", "<", "<http", "*_", "`~~", "[a]([a](b)", "<http<mailto:>", "[<http>]("])
    func hostileRunsAreReadInOnePass(_ unit: String) {
        let line = String(repeating: unit, count: 200_000 / unit.utf8.count)
        #expect(MarkdownInline.cursorSteps(line) <= 4 * (line.utf8.count + 1))
        #expect(MarkdownText.inline(line).utf8.count <= line.utf8.count)
    }
}

/// Deterministic pseudo-random numbers (Knuth's MMIX linear congruence, high bits) for the random lines.
private struct Congruence {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}

/// The `Character` reading of 66e2ad1's `MarkdownText.inline`, the oracle (its tables are fine
/// for test-sized lines).
private enum CharacterInline {
    static func inline(_ line: String) -> String {
        let c = Array(line)
        var next: (bracket: [Int], paren: [Int], angle: [Int]) = ([], [], [])
        next.bracket = Array(repeating: c.count, count: c.count + 1)
        (next.paren, next.angle) = (next.bracket, next.bracket)
        for i in stride(from: c.count - 1, through: 0, by: -1) {
            next.bracket[i] = c[i] == "]" ? i : next.bracket[i + 1]
            next.paren[i] = c[i] == ")" ? i : next.paren[i + 1]
            next.angle[i] = c[i] == ">" ? i : next.angle[i + 1]
        }
        func link(at i: Int, end: Int) -> (Range<Int>, Int)? {
            guard c[i] == "[" else { return nil }
            let close = next.bracket[i]
            guard close < end, close + 1 < end else { return nil }
            let closing = c[close + 1] == "(" ? next.paren[close + 1] : c[close + 1] == "[" ? next.bracket[close + 1] : end
            return closing < end ? ((i + 1)..<close, closing + 1) : nil
        }
        func autolink(at i: Int, end: Int) -> Bool {
            guard i < end, c[i] == "h" || c[i] == "m" else { return false }
            let prefix = Array(c[i] == "h" ? "http" : "mailto:")
            return i + prefix.count <= end && Array(c[i..<(i + prefix.count)]) == prefix
        }
        func emphasis(_ before: Character, _ after: Character) -> Bool {
            if (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber) { return false }
            return !(before.isWhitespace && after.isWhitespace)
        }
        var result = ""
        func read(_ range: Range<Int>) {
            let end = range.upperBound
            var i = range.lowerBound
            while i < end {
                let character = c[i]
                if character == "!", i + 1 < end, c[i + 1] == "[", let (_, after) = link(at: i + 1, end: end) {
                    i = after
                } else if character == "[", let (label, after) = link(at: i, end: end) {
                    read(label)
                    i = after
                } else if character == "<", autolink(at: i + 1, end: end), next.angle[i] < end {
                    result += String(c[(i + 1)..<next.angle[i]])
                    i = next.angle[i] + 1
                } else if character == "`" || character == "~" && i + 1 < end && c[i + 1] == "~" {
                    i += character == "~" ? 2 : 1
                } else if character == "*" || character == "_",
                    emphasis(i > range.lowerBound ? c[i - 1] : " ", i + 1 < end ? c[i + 1] : " ")
                {
                    i += 1
                } else {
                    result.append(character)
                    i += 1
                }
            }
        }
        read(0..<c.count)
        return result
    }
}
