import TextToolkit

/// One token of a paragraph as `AmountFinder` sees it: a number as written (digits with the
/// `.`/`,`/space separators inside it), a word (folded, and as written), or one other
/// non-space character. Pure; never fails.
///
/// `AmountFinder` reads words only from `wordsBefore` tokens before a number to `wordsAfter`
/// tokens after it: on a text read scalar by scalar it reads only those (`aroundNumbers`); on
/// any other it tokenises the whole text by Characters (`tokenize`, also the reference the
/// tests compare `aroundNumbers` with).
package struct AmountToken {
    /// A currency symbol or code and `US` of `US$` (`currencyBefore`).
    package static let wordsBefore = 2
    /// Two magnitude words, a connector, an apostrophe and a two-word currency name.
    package static let wordsAfter = 6

    package enum Kind {
        case number(String)
        case word(String, written: String)
        case symbol(Character)
    }

    package var kind: Kind
    package var range: Range<String.Index>

    /// Every token of the text, read by Characters (`TextPieces.characters`).
    package static func tokenize(_ text: String) -> [AmountToken] {
        var tokens: [AmountToken] = []
        TextPieces.characters(text, numberEnd: { numberEnd(text, from: $0) }) { kind, range, character in
            switch kind {
            case .number:
                tokens.append(AmountToken(kind: .number(String(text[range])), range: range))
            case .word:
                let word = String(text[range])
                tokens.append(AmountToken(kind: .word(TextFolding.fold(word), written: word), range: range))
            case .other:
                tokens.append(AmountToken(kind: .symbol(character), range: range))
            }
        }
        return tokens
    }

    /// For a text that `TextPieces.readsByScalars`: calls `visit` once per number, in order,
    /// with the tokens from `wordsBefore` before it to `wordsAfter` after it (fewer at the
    /// text's ends) and the number's index among them: the tokens `tokenize` gives there, every
    /// word spelled. The text between numbers is not tokenised: a number starts at the first
    /// ASCII digit after the previous number (no word or symbol holds one), and the tokens
    /// before it are read backwards (a word is a maximal run of letters either way). Unless
    /// `every` is set, a number none of whose tokens `AmountVocabulary.mayBeCurrency` is
    /// skipped (it cannot be an amount). `from`: a UTF-8 offset that no digit comes before
    /// (the first digit's, when the caller has found it).
    package static func aroundNumbers(
        _ text: String, every: Bool = false, from firstDigit: Int = 0, _ visit: ([AmountToken], Int) -> Void
    ) {
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        func token(_ piece: Piece) -> AmountToken {
            let range = utf8.index(utf8.startIndex, offsetBy: piece.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.range.upperBound)
            switch piece.kind {
            case .number: return AmountToken(kind: .number(String(text[range])), range: range)
            case .word: return AmountToken(kind: .word(TextFolding.fold(scalars: scalars[range]), written: String(scalars[range])), range: range)
            case .other: return AmountToken(kind: .symbol(Character(piece.scalar)), range: range)
            }
        }
        // The pieces around one number, in a buffer on the stack (an array cost an allocation
        // per paragraph with a number); `Piece` is a trivial type.
        _ = utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: Piece.self, capacity: wordsBefore + 1 + wordsAfter) { buffer in
                var previous: Range<Int>?
                var search = min(firstDigit, bytes.count)
                while let start = ASCIIRuns.firstDigit(in: bytes, from: search) {
                    let number = start..<numberEnd(bytes, from: start)
                    var count = 0
                    var limit = start
                    while count < wordsBefore, let piece = piece(before: limit, in: bytes, previous: previous) {
                        buffer.initializeElement(at: count, to: piece)
                        count += 1
                        limit = piece.range.lowerBound
                    }
                    var before = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
                    before.reverse()
                    let index = count
                    buffer.initializeElement(at: count, to: Piece(kind: .number, range: number, scalar: "0"))
                    count += 1
                    var reader = TextPieces.Scalars(bytes)
                    reader.offset = number.upperBound
                    while count <= index + wordsAfter, let (kind, offsets, scalar) = reader.next() {
                        if kind == .number { reader.offset = numberEnd(bytes, from: offsets.lowerBound) }
                        let range = kind == .number ? offsets.lowerBound..<reader.offset : offsets
                        buffer.initializeElement(at: count, to: Piece(kind: kind, range: range, scalar: scalar))
                        count += 1
                    }
                    let pieces = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
                    if every || pieces.contains(where: { AmountVocabulary.mayBeCurrency($0.kind, $0.range, $0.scalar, in: bytes) }) {
                        visit(pieces.map(token), index)
                    }
                    previous = number
                    search = number.upperBound
                }
            }
        }
    }

    /// A token not yet spelled: its kind, UTF-8 offsets and first scalar.
    private struct Piece {
        var kind: TextPieces.Kind
        var range: Range<Int>
        var scalar: Unicode.Scalar
    }

    /// The piece of `TextPieces.Scalars` that ends at `end` or before it (whitespace skipped),
    /// read backwards: the number `previous` when it ends there, a run of letters, or one
    /// other scalar (never an ASCII digit: those are in numbers). Nil at the text's start.
    private static func piece(
        before end: Int, in bytes: UnsafeBufferPointer<UInt8>, previous: Range<Int>?
    ) -> Piece? {
        func scalar(before offset: Int) -> (Unicode.Scalar, Int) {
            var start = offset - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return (UTF8Scalars.decode(bytes, at: start).scalar, start)
        }
        var offset = end
        while offset > 0 {
            if let previous, offset == previous.upperBound { return Piece(kind: .number, range: previous, scalar: "0") }
            let (last, start) = scalar(before: offset)
            if TextPieces.isWhitespace(last) {
                offset = start
                continue
            }
            guard TextPieces.isLetter(last) else { return Piece(kind: .other, range: start..<offset, scalar: last) }
            var first = start
            while first > 0 {
                let (letter, letterStart) = scalar(before: first)
                guard TextPieces.isLetter(letter) else { break }
                first = letterStart
            }
            return Piece(kind: .word, range: first..<offset, scalar: last)
        }
        return nil
    }

    /// `numberEnd(_:from:)` on UTF-8 `bytes` whose scalars are whole characters, as offsets.
    private static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        func isDigit(_ offset: Int) -> Bool { offset < bytes.count && bytes[offset] &- 0x30 < 10 }
        var end = start
        while end < bytes.count {
            if isDigit(end) {
                end += 1
                continue
            }
            let (separator, separatorLength) = UTF8Scalars.decode(bytes, at: end)
            let next = end + separatorLength
            guard isDigit(next) else { break }
            if separator == "." || separator == "," {
                end = next
            } else if separator == " " || separator == "\u{A0}" || separator == "\u{202F}" {
                var run = 0
                var probe = next
                while isDigit(probe) {
                    run += 1
                    probe += 1
                }
                guard run == 3 else { break }
                end = next
            } else {
                break
            }
        }
        return end
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
