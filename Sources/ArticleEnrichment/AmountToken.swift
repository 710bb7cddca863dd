import TextToolkit

/// One token of a paragraph as `AmountFinder` sees it: a number as written (digits with the
/// `.`/`,`/space separators inside it), a word (folded, and as written), or one other
/// non-space character. Pure; never fails.
///
/// `AmountFinder` reads words only from `wordsBefore` tokens before a number to `wordsAfter`
/// tokens after it, so `tokenize` spells out (folds and copies) only those words when a text
/// is read scalar by scalar; any other word token keeps its range but carries empty strings,
/// unless `spellingEveryWord` is set (the reference the tests compare with).
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

    package static func tokenize(_ text: String, spellingEveryWord: Bool = false) -> [AmountToken] {
        // No byte 0xCC or above: every scalar is below U+0300, a whole character.
        if UTF8Scalars.allBytes(of: text, below: 0xCC) || text.unicodeScalars.allSatisfy({ isWholeCharacter($0.value) }) {
            return tokenizeScalars(text, spellingEveryWord: spellingEveryWord)
        }
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

    /// A scalar that is always a `Character` of its own, so a text made of them can be read
    /// scalar by scalar with the same result as by Characters (CR LF aside, both whitespace).
    @inline(__always)
    private static func isWholeCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2000...0x200B).contains(value) || (0x2010...0x20CF).contains(value)
    }

    /// Unicode White_Space, answered without the property tables for ASCII.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// `tokenize` for texts whose scalars are all whole characters: same tokens, same ranges.
    /// Read from the contiguous UTF-8 when there is one (`tokenizeBytes`), else scalar by scalar.
    private static func tokenizeScalars(_ text: String, spellingEveryWord: Bool) -> [AmountToken] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenizeBytes(text, $0) }) {
            var tokens = tokens
            let scalars = text.unicodeScalars
            spellWords(&tokens, every: spellingEveryWord) { range in
                (TextFolding.fold(scalars: scalars[range]), String(scalars[range]))
            }
            return tokens
        }
        var tokens: [AmountToken] = []
        let scalars = text.unicodeScalars
        func isDigit(_ index: String.Index) -> Bool { (0x30...0x39).contains(scalars[index].value) }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                scalars.formIndex(after: &index)
            } else if (0x30...0x39).contains(scalar.value) {
                var end = index
                while end < scalars.endIndex {
                    if isDigit(end) {
                        scalars.formIndex(after: &end)
                        continue
                    }
                    let next = scalars.index(after: end)
                    guard next < scalars.endIndex, isDigit(next) else { break }
                    let separator = scalars[end]
                    if separator == "." || separator == "," {
                        end = next
                    } else if separator == " " || separator == "\u{A0}" || separator == "\u{202F}" {
                        var run = 0
                        var probe = next
                        while probe < scalars.endIndex, isDigit(probe) {
                            run += 1
                            scalars.formIndex(after: &probe)
                        }
                        guard run == 3 else { break }
                        end = next
                    } else {
                        break
                    }
                }
                tokens.append(AmountToken(kind: .number(String(scalars[index..<end])), range: index..<end))
                index = end
            } else if CountryNames.isLetter(scalar) {
                var end = scalars.index(after: index)
                while end < scalars.endIndex, CountryNames.isLetter(scalars[end]) { scalars.formIndex(after: &end) }
                tokens.append(AmountToken(kind: .word("", written: ""), range: index..<end))
                index = end
            } else {
                let end = scalars.index(after: index)
                tokens.append(AmountToken(kind: .symbol(Character(scalar)), range: index..<end))
                index = end
            }
        }
        spellWords(&tokens, every: spellingEveryWord) { range in
            (TextFolding.fold(scalars: scalars[range]), String(scalars[range]))
        }
        return tokens
    }

    /// The tokens of `tokenizeScalars` (words not yet spelled out), read from the text's UTF-8
    /// `bytes`: the same scalars in the same order, so the same tokens; each range is made from
    /// UTF-8 offsets, which on scalar boundaries are the same positions as the scalar indices.
    private static func tokenizeBytes(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [AmountToken] {
        var tokens: [AmountToken] = []
        let utf8 = text.utf8
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func isDigit(_ offset: Int) -> Bool { offset < bytes.count && bytes[offset] &- 0x30 < 10 }
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
            if isWhitespace(scalar) {
                index += length
            } else if isDigit(index) {
                var end = index
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
                let number = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                tokens.append(AmountToken(kind: .number(number), range: position(index)..<position(end)))
                index = end
            } else if CountryNames.isLetter(scalar) {
                var end = index + length
                while end < bytes.count {
                    let (next, nextLength) = UTF8Scalars.decode(bytes, at: end)
                    guard CountryNames.isLetter(next) else { break }
                    end += nextLength
                }
                tokens.append(AmountToken(kind: .word("", written: ""), range: position(index)..<position(end)))
                index = end
            } else {
                tokens.append(AmountToken(kind: .symbol(Character(scalar)), range: position(index)..<position(index + length)))
                index += length
            }
        }
        return tokens
    }

    /// Fills in the word tokens `AmountFinder` can read (near a number), or all with `every`.
    private static func spellWords(
        _ tokens: inout [AmountToken], every: Bool, _ spell: (Range<String.Index>) -> (String, String)
    ) {
        func fill(_ index: Int) {
            guard case .word(_, let written) = tokens[index].kind, written.isEmpty else { return }
            let (folded, word) = spell(tokens[index].range)
            tokens[index].kind = .word(folded, written: word)
        }
        if every {
            tokens.indices.forEach(fill)
            return
        }
        for index in tokens.indices {
            guard case .number = tokens[index].kind else { continue }
            for near in max(0, index - wordsBefore)...min(tokens.count - 1, index + wordsAfter) { fill(near) }
        }
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
