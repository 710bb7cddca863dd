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
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character.isASCII && character.isNumber {
                let end = text[index...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
                let digits = text[index..<end]
                // Numbers longer than 9 digits can never be part of a date; clamp to stay safe.
                let value = digits.count > 9 ? -1 : Int(digits) ?? -1
                tokens.append(DateToken(kind: .number(value, digits: digits.count), range: index..<end))
                index = end
            } else if character.isLetter {
                let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
                tokens.append(DateToken(kind: .word(TextFolding.fold(text[index..<end])), range: index..<end))
                index = end
            } else {
                let end = text.index(after: index)
                tokens.append(DateToken(kind: .punct(character), range: index..<end))
                index = end
            }
        }
        return tokens
    }
}
