import Testing

@testable import TextLayouts
import DateReading
import TextToolkit

/// The byte prefilters of the clipping recognisers (issue 10, text speed) never turn down a line
/// the recogniser would read, and the byte-level helpers give what the Character-level code gives.
@Suite struct LineBytesTests {
    static let lines = [
        "By Jane Doe", "BY JANE DOE", "  Par Awa Diop", "Von Anna Schmidt, dpa", "Di Marco Rossi",
        "Written by Jane Doe", "Die Regierung hat am Montag", "Ḃy Jane Doe", "Über uns",
        "(Reporting by Jane Otieno; Editing by Ann Smith)", "(Rédigé par Awa Diop)", "Rédigé par Awa Diop",
        "© Reuters 2026", "(c) AFP 2025", "Copyright 2024 The Associated Press", "COPYRIGHT 2024 AP",
        "Begin forwarded message:", "Début du message réexpédié :", "---------- Forwarded message ---------",
        "Source : Agence Ecofin, 16 février 2026", "Titre : Le Rwanda", "Datum: 3. März 2026",
        "Le gouvernement a annoncé un programme.", "", " ", "b", "by", "é",
    ]

    @Test(arguments: lines)
    func prefiltersKeepEveryLineTheRecognisersRead(line: String) {
        let dates = DateRecognizer(language: "fr")
        if Bylines.read(line, dates: dates, keepsAgencies: false) != nil {
            #expect(LineBytes.mayStartTrimmed(line, withAnyOf: LineOpenings("written by ", "par ", "by ", "von ", "por ", "di ")))
        }
        if WireAgencies.copyrightHolder(line) != nil { #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("(c)", "copyright"))) }
        if ClippingLabels.language(of: line) != nil {
            #expect(LineBytes.contains(line, 0x3A) || LineBytes.mayStart(line, withAnyOf: LineOpenings("by ", "par ", "von ", "por ", "di ")))
        }
    }

    @Test func recognisersStillReadTheirLines() {
        let dates = DateRecognizer(language: "fr")
        #expect(Bylines.read("BY JANE DOE", dates: dates, keepsAgencies: false)?.authors == ["JANE DOE"])
        #expect(Bylines.read("  Par Awa Diop", dates: dates, keepsAgencies: false)?.authors == ["Awa Diop"])
        #expect(WireAgencies.copyrightHolder("COPYRIGHT 2024 AP") == "AP")
        #expect(WireAgencies.copyrightHolder("© Reuters 2026") == "Reuters")
        #expect(CreditLines.authors("(Rédigé par Awa Diop)") == ["Awa Diop"])
        #expect(ClippingLabels.isBanner("Début du message réexpédié :"))
        #expect(ClippingLabels.language(of: "Par Awa Diop") == "fr")
        #expect(!LineBytes.mayStart("Die Regierung", withAnyOf: LineOpenings("di ")))
        #expect(LineBytes.mayStart("Ḃy", withAnyOf: LineOpenings("by ")))
        #expect(!LineBytes.mayStart("b", withAnyOf: LineOpenings("by ")))
    }

    /// `mayStart` with the openings' first bytes (a line no opening starts with is turned down
    /// at once) answers what comparing every opening answers: true when one matches the line's
    /// ASCII bytes case-folded, or meets a non-ASCII byte before it ends.
    @Test(arguments: lines + ["(c) x", "COPYRIGHT", "Übermittelt", "\u{FC}bermittelt", "ubermit", "Posted on", "{x", "~"])
    func openingsAnswerWhatEachOpeningAnswers(line: String) {
        func compared(_ openings: [String]) -> Bool {
            let bytes = Array(line.utf8)
            return openings.contains { opening in
                for (offset, wanted) in opening.utf8.enumerated() {
                    guard offset < bytes.count else { return false }
                    if bytes[offset] >= 0x80 { return true }
                    if ASCII.lowercased(bytes[offset]) != wanted { return false }
                }
                return true
            }
        }
        #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("by ", "par ", "von ", "por ", "di ")) == compared(["by ", "par ", "von ", "por ", "di "]))
        #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("(c)", "copyright")) == compared(["(c)", "copyright"]))
        #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("transm", "\u{FC}bermit")) == compared(["transm", "\u{FC}bermit"]))
        #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("posted ", "~", "{")) == compared(["posted ", "~", "{"]))
        #expect(LineBytes.mayStart(line, withAnyOf: LineOpenings("zzz", "")) == compared(["zzz", ""]))
        #expect(!LineBytes.mayStart(line, withAnyOf: LineOpenings()))
    }

    /// `ClippingLabels.cannotBeLabelled` (the byte reject) is true only for lines `parse` turns
    /// down, and does turn down prose with a colon after four words or 33 characters.
    @Test(arguments: lines + [
        "Paragraphe de suivi numéro 3 : la suite", "Date de publication : 3 mars", "Publication date: x",
        " \tTitre \t: Le Rwanda", "A B C \t: x", "A B C D: x", "Titre:", ":", "Titre :\r\nx", "Ti\u{301}tre : x",
        "Lorem ipsum dolor sit amet consect: x", "Lorem ipsum dolor sit amet conse: x", "Title:\u{301} x: y",
        "Title\u{2003}of the day: x", "a\u{1C}b c d: x", "Titre\u{A0}: x", "\u{85}A B C\u{A0}: x",
        "A B C \u{A0}: x", "Paragraphe\u{A0}de suivi numéro : x", "Éàü ßø œ ÿ: x", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ: x",
        "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ: x", "a\u{AD}b c d: x", "(Source : Reuters, 16 February 2026)",
        " (Titre : x", "(\u{301}Titre : x", "1 Date: x",
    ])
    func theByteRejectOnlyTurnsDownWhatParseTurnsDown(line: String) {
        if ClippingLabels.cannotBeLabelled(line) { #expect(ClippingLabels.parse(line) == nil) }
    }

    @Test func theByteRejectTurnsDownProse() {
        #expect(ClippingLabels.cannotBeLabelled("Paragraphe de suivi numéro 3 : la suite"))
        #expect(ClippingLabels.cannotBeLabelled("Lorem ipsum dolor sit amet consect: x"))
        #expect(!ClippingLabels.cannotBeLabelled("Date de publication : 3 mars"))
        #expect(!ClippingLabels.cannotBeLabelled("A B C \t: x"))
        #expect(!ClippingLabels.cannotBeLabelled("A B C \u{A0}: x"))
        #expect(!ClippingLabels.cannotBeLabelled("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ: x"))
        #expect(ClippingLabels.cannotBeLabelled("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ: x"))
        #expect(ClippingLabels.parse("Date de publication : 3 mars")?.field == .date)
        #expect(ClippingLabels.cannotBeLabelled("(Source : Reuters, 16 February 2026)"))
        #expect(ClippingLabels.cannotBeLabelled("1 Date: x"))
    }

    @Test(arguments: ["", "a", "abc", " abc", "abc ", "\u{A0}abc", "abc\u{2003}", "é", "x\u{301}", "\t"])
    func trimmedIsTextFoldingsTrimmed(line: String) {
        #expect(LineBytes.trimmed(line) == TextFolding.trimmed(line))
    }

    @Test(arguments: ["", "a", "a\n", "\n\nb", "é\nü\n", "x\r\ny", "\n", "e\u{301}\n\u{301}x", "🇫🇷\n🇷🇼"])
    func linesSplitAtEveryLineFeed(text: String) {
        #expect(LineBytes.lines(text) == text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) })
    }

    @Test(arguments: ["", "abc", "a:b", ":", String(repeating: "x", count: 300) + ":", "é:", "\u{A0}"])
    func containsOnAStringIsTheGenericContains(line: String) {
        for byte: UInt8 in [0x3A, 0x78, 0xA0, 0x0D] {
            #expect(LineBytes.contains(line, byte) == LineBytes.contains(Substring(line), byte))
        }
    }

    /// `isTitleLike`'s letter count from the bytes agrees with counting Characters.
    @Test(arguments: ["ab", "a1", "1 2 b", "a\u{301}b", "x\u{301}", "12 é", "Ab c", "a", "a\r\nb", "——", "ü b"])
    func titleLikeCountsLettersAsCharacters(line: String) {
        let letters = line.lazy.filter(\.isLetter).prefix(2).count == 2
        #expect(LayoutReader.isTitleLike(line) == (letters && LineBytes.spaceSeparatedCount(line) <= 40))
    }

    @Test(arguments: ["# Title #", "**Bold**", "Plain title", " padded ", "#", "*x*", "\u{A0}Title"])
    func headingTextKeepsItsAnswerWithoutMarks(line: String) {
        var text = Substring(line)
        if text.hasPrefix("#") {
            text = text.drop { $0 == "#" }
            while text.hasSuffix("#") { text = text.dropLast() }
        }
        if text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 { text = text.dropFirst(2).dropLast(2) }
        #expect(LayoutReader.headingText(line) == TextFolding.trimmed(text))
    }

    static let pieces = [
        "", " ", "a", " a ", "\t(Source : AFP)\r\n", "Agence Ecofin ", " é ", "a\u{301} ", " \u{301}a",
        "\u{A0}x\u{A0}", "x\r\n", "\r\nx", "Road programme number 1", "Nummer 6", "número 3", "1\u{301}x",
        "\u{600}1", "no digits here", "日本 2", "Adoni Conrad Quenum",
    ]

    /// `trimmed` of a substring and `holdsNumber` read from the bytes what the Characters say.
    @Test(arguments: pieces)
    func byteReadingsAgreeWithCharacters(piece: String) {
        let framed = "[" + piece + "]"
        let inner = framed.dropFirst().dropLast()
        #expect(LineBytes.trimmed(inner) == TextFolding.trimmed(inner))
        if let answer = LineBytes.holdsNumber(piece) { #expect(answer == piece.contains(where: \.isNumber)) }
    }

    static let titles = [
        "Title (Reuters)", "A (b) and c (d)", "No parenthesis here", "Caf\u{E9} (Le Monde)", "x (\u{301}y)",
        "a\u{301} (b)", "line\r\n (c)", "\u{600} (z)", " (", "((", "Title  (Jane Doe; John Roe)",
    ]

    /// `lastRange(of:in:)` gives the last of the Characters' matches, read on the bytes or not.
    @Test(arguments: titles)
    func lastRangeIsTheLastCharacterMatch(title: String) {
        let expected = title.ranges(of: " (").last
        let found = LineBytes.lastRange(of: " (", in: title)
        #expect(found.map { title.utf8.distance(from: title.utf8.startIndex, to: $0.lowerBound) }
            == expected.map { title.utf8.distance(from: title.utf8.startIndex, to: $0.lowerBound) })
        #expect(found.map { title.utf8.distance(from: $0.lowerBound, to: $0.upperBound) }
            == expected.map { title.utf8.distance(from: $0.lowerBound, to: $0.upperBound) })
    }

    /// `contains(_:bytes:)` and `firstRange(of:in:)` (eight places at a time, the needle's first
    /// two bytes tested per place) give what a byte-by-byte search gives (the first place): needles of one to five bytes, ASCII and not,
    /// in texts of every length from 0 to 40 bytes made of a few bytes that form near misses,
    /// with the needle at every place, cut short at the end, or absent.
    @Test func containsBytesIsAByteSearch() {
        let needles = ["  ", "+-", " ", "a", "http", "ransfer-Encoding:", "\u{037E}", "é ", "aa", "aab"]
        let pieces: [[UInt8]] = [[0x20], [0x61], [0x62], [0x2B], [0x2D], [0x68], [0xC3, 0xA9], [0xCD, 0xBE], [0x0A]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % 1_000_000)
        }
        func naive(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
            guard text.count >= needle.count else { return needle.isEmpty }
            return (0...(text.count - needle.count)).contains { Array(text[$0..<($0 + needle.count)]) == needle }
        }
        func naiveFirst(_ text: [UInt8], _ needle: [UInt8]) -> Range<Int>? {
            guard text.count >= needle.count else { return nil }
            return (0...(text.count - needle.count)).first { Array(text[$0..<($0 + needle.count)]) == needle }
                .map { $0..<($0 + needle.count) }
        }
        for needle in needles {
            let wanted = Array(needle.utf8)
            for length in 0...40 {
                for round in 0..<12 {
                    var bytes: [UInt8] = []
                    while bytes.count < length { bytes += pieces[next() % pieces.count] }
                    if round % 3 == 0, length >= wanted.count {
                        // The needle (or all of it but its last byte) placed somewhere.
                        let place = next() % (bytes.count - wanted.count + 1)
                        let copy = round % 2 == 0 ? wanted : Array(wanted.dropLast())
                        bytes.replaceSubrange(place..<(place + copy.count), with: copy)
                    }
                    let text = String(decoding: bytes, as: UTF8.self)
                    let utf8 = Array(text.utf8)
                    #expect(LineBytes.contains(text, bytes: needle) == naive(utf8, wanted), "\(needle) in \(utf8)")
                    let first = utf8.withUnsafeBufferPointer { LineBytes.firstRange(of: wanted, in: $0) }
                    #expect(first == naiveFirst(utf8, wanted), "\(needle) in \(utf8)")
                }
            }
        }
    }
}
