import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 48's hostile hunt (branch hostile49), over the readers stop 48 added (a print edition's reference line, a press
/// review's item under its banner and compiler, Lemmy's and Nextcloud Notes' JSON, Tiny Tiny RSS, Mendeley, a signature
/// in two lines, footnote marks, interviewers' credits, standfirst labels) and two older slow spots. Found: an index
/// entry's parentheses were split into all their comma parts and its last part into all its words before their count
/// was asked (one 10 MiB line: 317-327 MiB), `LineBytes.lastIndex` walked a long line's Characters, Foundation searched
/// a long first line for a run-in headline's dash three times and an e-book's title backwards for ` [`, and
/// `ClippingLabels.isBanner` walked a rule's Characters three times. Outputs only, never times or memory
/// (`Tests/bench/hostile_text.py` measures): these tests pin that the faster reading reads as the old one.
@Suite struct HostileShapesS48Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)

    /// Random lines of the bytes the rules look for among letters, combining marks, a prepended scalar, regional
    /// indicators, Hangul jamo, CR and LF (Characters that join across the bytes looked for).
    private static func randomLines(_ ascii: [String], seed: UInt64, count: Int, length: Int = 24) -> [String] {
        let wide = ascii + ["\u{00E9}", "\u{0301}", "\u{0600}", "\u{1F1EB}", "\u{1100}", "\u{1161}", "\u{200D}", "\r", "\n", "\u{2014}"]
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { round in
            let alphabet = round % 2 == 0 ? ascii : wide
            return (0..<Int.random(in: 0...length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    /// `LineBytes.lastIndex(of:in:)` as stop 48 had it: the Characters walked forward.
    private static func referenceLastIndex(of character: Character, in text: String) -> String.Index? {
        var found: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == character { found = index }
            text.formIndex(after: &index)
        }
        return found
    }

    @Test func lastIndexAsTheCharactersFindIt() {
        for line in Self.randomLines(["(", "(", ")", "a", " ", ","], seed: 4801, count: 6_000) {
            for character: Character in ["(", ",", " "] {
                let found = LineBytes.lastIndex(of: character, in: line).map { line.utf8.distance(from: line.startIndex, to: $0) }
                let wanted = Self.referenceLastIndex(of: character, in: line).map { line.utf8.distance(from: line.startIndex, to: $0) }
                #expect(found == wanted, "\(line.debugDescription) \(character)")
            }
        }
    }

    @Test func bytesApartAsFoundationFindsThem() {
        for line in Self.randomLines([" ", " ", "[", "]", "-", "a", "A"], seed: 4802, count: 6_000) {
            for (needle, backwards) in [(" [", true), (" - ", false), (" \u{2014} ", false), ("(", true)] {
                let wanted = (backwards ? line.range(of: needle, options: .backwards) : line.range(of: needle))
                let read = backwards ? LineBytes.lastApart(Array(needle.utf8), in: line) : LineBytes.firstApart(Array(needle.utf8), in: line)
                switch read {
                case .absent: #expect(wanted == nil, "\(line.debugDescription) \(needle)")
                case .found(let range): #expect(range == wanted, "\(line.debugDescription) \(needle)")
                case .unsure: break
                }
            }
        }
    }

    @Test func piecesAsTheSplitReadsThem() {
        for line in Self.randomLines([",", ",", " ", "a", "1"], seed: 4803, count: 6_000) {
            for limit in [1, 2, 3] {
                for separator: UInt8 in [0x2C, 0x20] {
                    let split = line.split(separator: Character(Unicode.Scalar(separator)))
                    let wanted = split.count <= limit ? split : nil
                    #expect(LineBytes.pieces(line[...], separator: separator, atMost: limit) == wanted, "\(line.debugDescription) \(limit)")
                }
            }
            for limit in [0, 1, 5] {
                #expect(LineBytes.hasAtMostWords(line[...], limit) == (line.split(separator: " ").count <= limit), "\(line.debugDescription)")
            }
        }
    }

    /// `IndexEntries.isPageReference` as stop 48 wrote it: the part split into all its words.
    private static func referenceIsPageReference(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        guard words.count == 2, words[1].allSatisfy(\.isNumber) else { return false }
        return ["p.", "pp.", "pag.", "s.", "seite", "page", "pagina", "pg.", "pagine"].contains(TextFolding.fold(words[0]))
    }

    @Test func pageReferencesAsBefore() {
        let parts = ["p. 32", "pag. 8", "S. 12", "Seite 4", " p.  3 ", "p. 3 4", "p.", "p. x", "Seite 4\u{0301}", "p.\u{00A0}3", "PP. 7", ""]
        for part in parts + Self.randomLines(["p.", "S.", " ", "3", "4", "seite "], seed: 4804, count: 4_000, length: 6) {
            #expect(IndexEntries.isPageReference(part) == Self.referenceIsPageReference(part), "\(part.debugDescription)")
        }
    }

    @Test func indexEntriesOfLongParentheses() {
        // The shapes found ('index entry of many parts (one line)', '… of a long page part (one line)'), cut short.
        let many = ["A title (" + String(repeating: "a,", count: 100_000) + " p. 3)", "", "The text."]
        #expect(IndexEntries.labelled(many, dates: Self.dates) == many)
        let long = ["A title (Reuters, p " + String(repeating: "p ", count: 100_000) + "3)", "", "The text."]
        #expect(IndexEntries.labelled(long, dates: Self.dates) == long)
        let entry = ["KUWAIT SAYS NO PLANS (Reuters, 01/03/1987, p. 32)", "", "The text."]
        #expect(IndexEntries.labelled(entry, dates: Self.dates) == ["Source: Reuters", "Date: 01/03/1987", "Title: KUWAIT SAYS NO PLANS", "", "The text."])
        let three = ["T (a,,b, ,p. 3)", "x"]
        #expect(IndexEntries.labelled(three, dates: Self.dates) == three)
    }

    /// `LayoutReader.runInCapitals` as stop 48 had it: Foundation's `range(of:)` for each dash.
    private static func referenceRunInCapitals(_ line: String) -> (title: String, rest: String)? {
        for dash in [" — ", " – ", " - "] {
            guard let cut = line.range(of: dash) else { continue }
            let title = LineBytes.trimmed(line[..<cut.lowerBound])
            let rest = LineBytes.trimmed(line[cut.upperBound...])
            guard title.utf8.count <= 300, title.filter(\.isLetter).count >= 8, !title.contains(where: \.isLowercase),
                rest.first?.isUppercase == true || rest.first?.isNumber == true, rest.contains(where: \.isLowercase)
            else { return nil }
            return (title, rest)
        }
        return nil
    }

    @Test func runInCapitalsAsFoundationReadsThem() {
        let lines = ["PLAN TO CUT EMISSIONS UNVEILED — The government said", "ABCDEFGH – Text", "ABCDEFGHI - The x", "ABCDEFGHI -\u{0301} The x",
                     "ABCDEFGHI\u{0600} - The x - Y", "ABCDEFGHI \u{2014}\u{0301} The x — The y"]
        let random = Self.randomLines(["A", "B", "C", "D", "E", "F", "G", "H", " ", " ", "-", "\u{2014}", "\u{2013}", "T", "x"], seed: 4805, count: 6_000, length: 30)
        for line in lines + random {
            let read = LayoutReader.runInCapitals(line)
            let wanted = Self.referenceRunInCapitals(line)
            #expect(read?.title == wanted?.title && read?.rest == wanted?.rest, "\(line.debugDescription)")
        }
    }

    /// `ClippingLabels.isBanner`'s marks as stop 48 had them: the Characters walked three times.
    private static func referenceIsBanner(_ line: String) -> Bool {
        guard LineBytes.mayOpen(line, letters: "", marks: "-_=*") || LineBytes.mayStart(line, withAnyOf: LineOpenings("begin forwarded", "debut du", "anfang der"))
        else { return false }
        if ["begin forwarded message:", "debut du message reexpedie :", "anfang der weitergeleiteten nachricht:"].contains(TextFolding.fold(line)) {
            return true
        }
        let marks = line.prefix { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" }
        let trailing = line.reversed().prefix { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" }
        guard marks.count >= 2, trailing.count >= 2, line.count > marks.count + trailing.count else { return false }
        let words = LineBytes.words(line.dropFirst(marks.count).dropLast(trailing.count))
        return (1...5).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" } }
    }

    @Test func bannersAsTheCharactersReadThem() {
        let lines = ["---------- Forwarded message ---------", "== A ==", "==", "====", "=====", "-- a b c d e f --", "--a--", "==\u{0301}a==",
                     "== a =\u{0301}=", "==\u{0600}==", "\u{0600}==a==", "**\r\n**", "__ l'a ’b __", "Begin forwarded message:", "== \u{00E9} =="]
        let random = Self.randomLines(["=", "=", "-", "_", "*", "a", " ", "'"], seed: 4806, count: 8_000, length: 16)
        for line in lines + random {
            #expect(ClippingLabels.isBanner(line) == Self.referenceIsBanner(line), "\(line.debugDescription)")
        }
        // The shapes ('rule of one long line', 'banner of long rules', 'banner of many words'), cut short.
        let rule = String(repeating: "=", count: 200_000)
        #expect(!ClippingLabels.isBanner(rule))
        #expect(ClippingLabels.isBanner(rule + " Forwarded " + rule))
        #expect(!ClippingLabels.isBanner("== " + String(repeating: "word ", count: 100_000) + "=="))
    }

    @Test func anEbookReadsAsBefore() throws {
        let book = "Reuters [Fri, 27 Feb 1987]\n\nSections\n\n| Next | Section Menu | Main Menu |\n\nCouncil sells old tram depot\n\n"
            + "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate.\n\n"
            + "This article was downloaded by calibre from https://www.reuters.com/a\n"
        let lines = LineBytes.lines(book)
        let read = try #require(EbookNews.read(lines))
        #expect(read.source == "Reuters")
        // The shape found ('e-book name framed in brackets (one line)'), cut short: no name, no book.
        let framed = ["[" + String(repeating: "word ", count: 100_000) + "]", "| Next | Main Menu |", "A title"]
        #expect(EbookNews.read(framed) == nil)
        let longDay = ["Reuters [" + String(repeating: "1987 ", count: 100_000) + "]", "| Next | Main Menu |", "A title"]
        #expect(EbookNews.read(longDay) == nil)
        let manyWords = ["a b c d e f g h i [1987]", "| Next | Main Menu |", "A title"]
        #expect(EbookNews.read(manyWords) == nil)
        #expect(EbookNews.read(["a b c d e f g h [1987]", "| Next | Main Menu |", "A title"])?.source == "a b c d e f g h")
    }
}
