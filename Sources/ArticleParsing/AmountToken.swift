/// One token of a paragraph as `AmountFinder` sees it: a number as written (digits with the
/// `.`/`,`/space separators inside it), a word (folded, and as written), or one other
/// non-space character. Pure; never fails.
struct AmountToken {
    enum Kind {
        case number(String)
        case word(String, written: String)
        case symbol(Character)
    }

    var kind: Kind
    var range: Range<String.Index>

    static func tokenize(_ text: String) -> [AmountToken] {
        var tokens: [AmountToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character.isASCII && character.isNumber {
                let end = numberEnd(text, from: index)
                tokens.append(AmountToken(kind: .number(String(text[index..<end])), range: index..<end))
                index = end
            } else if character.isLetter {
                let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
                let word = String(text[index..<end])
                tokens.append(AmountToken(kind: .word(TextFolding.fold(word), written: word), range: index..<end))
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(AmountToken(kind: .symbol(character), range: index..<end))
                index = end
            }
        }
        return tokens
    }

    /// Digits, plus `.`/`,` followed by a digit, plus a space (also no-break) followed by exactly
    /// three digits (`5 000 000`).
    private static func numberEnd(_ text: String, from start: String.Index) -> String.Index {
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if isDigit(character) {
                index = text.index(after: index)
                continue
            }
            let next = text.index(after: index)
            guard next < text.endIndex, isDigit(text[next]) else { break }
            if character == "." || character == "," {
                index = next
            } else if character == " " || character == "\u{A0}" || character == "\u{202F}" {
                let run = text[next...].prefix { isDigit($0) }
                guard run.count == 3 else { break }
                index = next
            } else {
                break
            }
        }
        return index
    }
}
