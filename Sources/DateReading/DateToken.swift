import TextToolkit

/// One token of a line as the date recogniser sees it: a folded word, a number, or one
/// punctuation character, with its range in the original string. Whitespace separates tokens
/// and is dropped. Pure; never fails.
package struct DateToken {
    package enum Kind: Equatable {
        case word(String)
        case number(Int, digits: Int)
        case punct(Character)
    }

    package var kind: Kind
    package var range: Range<String.Index>

    package static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        // About a token per four bytes of prose (a word and its space, a number, a mark): one
        // allocation for most lines instead of regrowing from empty.
        tokens.reserveCapacity(text.utf8.count / 4 + 1)
        if TextPieces.readsByScalars(text) {
            let utf8 = text.utf8
            func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            utf8.withContiguousStorageIfAvailable { bytes in
                var pieces = TextPieces.Scalars(bytes)
                while let (kind, offsets, scalar) = pieces.next() {
                    // A number's and a word's token read from the bytes (`token` makes a Substring
                    // to parse or fold): the same value, digits and folded word.
                    switch kind {
                    case .number:
                        // ASCII digits only (a number piece starts at one, and runs while they do).
                        while pieces.offset < bytes.count, ASCII.isDigit(bytes[pieces.offset]) { pieces.offset += 1 }
                        let digits = pieces.offset - offsets.lowerBound
                        var value = -1
                        if digits <= 9 {
                            value = 0
                            for index in offsets.lowerBound..<pieces.offset { value = value * 10 + Int(bytes[index] &- 0x30) }
                        }
                        tokens.append(DateToken(kind: .number(value, digits: digits),
                                                range: position(offsets.lowerBound)..<position(pieces.offset)))
                    case .word:
                        tokens.append(DateToken(kind: .word(TextFolding.fold(utf8: UnsafeBufferPointer(rebasing: bytes[offsets]))),
                                                range: position(offsets.lowerBound)..<position(offsets.upperBound)))
                    case .other:
                        tokens.append(token(kind, position(offsets.lowerBound)..<position(offsets.upperBound), in: text, Character(scalar)))
                    }
                }
            }
            return tokens
        }
        TextPieces.characters(text, numberEnd: { start in
            text[start...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
        }) { kind, range, character in
            tokens.append(token(kind, range, in: text, character))
        }
        return tokens
    }

    /// The token of one piece: its folded word, its number, or its character.
    private static func token(_ kind: TextPieces.Kind, _ range: Range<String.Index>, in text: String, _ first: Character) -> DateToken {
        switch kind {
        case .number:
            let digits = text.utf8[range].count
            // Numbers longer than 9 digits can never be part of a date; clamp to stay safe.
            let value = digits > 9 ? -1 : Int(text[range]) ?? -1
            return DateToken(kind: .number(value, digits: digits), range: range)
        case .word:
            return DateToken(kind: .word(TextFolding.fold(text[range])), range: range)
        case .other:
            return DateToken(kind: .punct(first), range: range)
        }
    }
}
