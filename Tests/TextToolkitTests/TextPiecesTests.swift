import Testing

import TextToolkit

/// `TextPieces.Scalars` gives the pieces `TextPieces.characters` gives on texts it may read, and
/// `TextFolding.hasAtMost` answers as `count <= limit` does.
@Suite struct TextPiecesTests {
    static let texts = [
        "", "  ", "16 février 2026", "(Source : Agence Ecofin, 16 février 2026)", "Le 1er mars, à 10h30.",
        "820 millions $ d’investissements", "CRLF\r\nline 2\r\n", "ªµº × ÷ Ǆ ɐ ʰ", "tab\tand\u{A0}no-break\u{2009}thin",
        "x\u{200B}y", "€30m – “quoted” …", "2026-02-16T09:30:00+03:00", "ÉTATS-UNIS d'Amérique",
    ]

    /// (kind, UTF-8 offsets, first scalar) of every piece, by Characters.
    static func byCharacters(_ text: String) -> [String] {
        var pieces: [String] = []
        let utf8 = text.utf8
        TextPieces.characters(text, numberEnd: { start in
            text[start...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
        }) { kind, range, character in
            let from = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
            let to = utf8.distance(from: utf8.startIndex, to: range.upperBound)
            pieces.append("\(kind) \(from)..<\(to) \(character.unicodeScalars.first!.value)")
        }
        return pieces
    }

    static func byScalars(_ text: String) -> [String] {
        var pieces: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var scalars = TextPieces.Scalars(bytes)
            while let (kind, range, scalar) = scalars.next() {
                if kind == .number {
                    while scalars.offset < bytes.count, ASCII.isDigit(bytes[scalars.offset]) { scalars.offset += 1 }
                }
                let end = kind == .number ? scalars.offset : range.upperBound
                pieces.append("\(kind) \(range.lowerBound)..<\(end) \(scalar.value)")
            }
        }
        return pieces
    }

    @Test(arguments: texts)
    func scalarsGiveTheCharactersPieces(_ text: String) {
        #expect(TextPieces.readsByScalars(text))
        #expect(Self.byScalars(text) == Self.byCharacters(text))
    }

    @Test func combiningMarksAreReadByCharacters() {
        #expect(!TextPieces.readsByScalars("Fe\u{301}vrier"))
        #expect(!TextPieces.readsByScalars("a\u{20D7}"))
    }

    @Test(arguments: texts + ["e\u{301}e\u{301}e\u{301}", "a\r\nb\r\nc", String(repeating: "é", count: 150)])
    func hasAtMostIsCountAtMost(_ text: String) {
        for limit in [0, 1, 2, 3, 5, 10, 40, 100, 120] {
            #expect(TextFolding.hasAtMost(text, limit) == (text.count <= limit), "\(limit)")
            #expect(TextFolding.hasAtMost(text.dropFirst(), limit) == (text.dropFirst().count <= limit), "\(limit)")
        }
    }
}

/// The table-free answers of `TextPieces.isWhitespace` and `isLetter` are the properties', for
/// every scalar.
@Suite struct ScalarClassTests {
    @Test func everyScalarIsClassedAsByItsProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextPieces.isWhitespace(scalar) != scalar.properties.isWhitespace {
                Issue.record("isWhitespace U+\(String(value, radix: 16))")
            }
            if TextPieces.isLetter(scalar) != scalar.properties.isAlphabetic {
                Issue.record("isLetter U+\(String(value, radix: 16))")
            }
        }
    }
}
