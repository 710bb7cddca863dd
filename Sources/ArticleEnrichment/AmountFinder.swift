import TextToolkit

/// Finds sums of money: `820 millions $`, `$1.2 billion`, `€30m`, `15 milliards de FCFA`,
/// `2,5 millions d'euros`, `USD 4.5 million`.
///
/// Contract: an amount is a number with a currency before it (symbol, `US$`, capitalised ISO
/// code) or after it (optionally after a magnitude word and `de`/`of`/`d’`: symbol, code or
/// currency name). Numbers read in the article's language: `,` is the decimal mark except in
/// English; a `.`/`,` followed by exactly three digits that is not the decimal mark, and spaces
/// before three digits, group thousands. A number without a currency is never an amount. Values
/// are in units of the currency (`820 millions $` → 820000000 USD), text is the span as written.
/// Only the first `maximumBytes` of the text are read (real articles are a few tens of KiB;
/// the bound keeps a multi-megabyte page of numbers from taking seconds and hundreds of MiB).
/// Pure; never fails.
package struct AmountFinder: Sendable {
    package var language: String?

    package static let maximumBytes = 256 * 1024

    package func amounts(in paragraphs: [String]) -> [Amount] {
        var budget = Self.maximumBytes
        var found: [Amount] = []
        for paragraph in paragraphs where budget > 0 {
            let size = paragraph.utf8.count
            let more = amounts(in: size <= budget ? paragraph : Self.prefix(of: paragraph, bytes: budget))
            if !more.isEmpty { found += more }  // most paragraphs have none: no append call
            budget -= size
        }
        return found
    }

    /// The longest prefix of at most `bytes` UTF-8 bytes that ends on a character boundary.
    package static func prefix(of text: String, bytes: Int) -> String {
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex, end.samePosition(in: text) == nil { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    /// - Parameter aroundNumbers: read only the tokens around each number when the text allows
    ///   it (false: tokenise it whole, the reference the tests compare with).
    package func amounts(in paragraph: String, aroundNumbers: Bool = true) -> [Amount] {
        // Contiguous UTF-8 is scanned a word at a time: the first digit (nil: none), and whether
        // every byte is below 0xCC.
        let scan = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> (digit: Int, belowCombining: Bool)? in
            guard let digit = ASCIIRuns.firstDigit(in: bytes, from: 0) else { return nil }
            return (digit, ASCIIRuns.allBelowCombining(bytes))
        }
        if case .some(.none) = scan { return [] }
        if scan == nil, !paragraph.utf8.contains(where: { (0x30...0x39).contains($0) }) { return [] }
        var found: [Amount] = []
        let firstDigit = scan??.digit ?? 0
        // Every scalar a whole character: only the tokens around each number are read.
        if aroundNumbers, scan??.belowCombining == true || TextPieces.readsByScalars(paragraph) {
            AmountToken.aroundNumbers(paragraph, from: firstDigit) { tokens, index in
                if let (amount, _) = amount(tokens, at: index, in: paragraph) { found.append(amount) }
            }
            return found
        }
        let tokens = AmountToken.tokenize(paragraph)
        var index = 0
        while index < tokens.count {
            guard let (amount, end) = amount(tokens, at: index, in: paragraph) else {
                index += 1
                continue
            }
            found.append(amount)
            index = end + 1
        }
        return found
    }

    // MARK: - Patterns

    /// The amount whose number is `tokens[index]`, and the index of its last token; nil when
    /// that token is not a number, no currency goes with it or it does not read as a value.
    /// (A found amount holds no other number, so the next one is judged as if alone.)
    private func amount(_ tokens: [AmountToken], at index: Int, in text: String) -> (Amount, Int)? {
        guard case .number(let raw) = tokens[index].kind else { return nil }
        let prefix = currencyBefore(tokens, at: index)
        var cursor = index + 1
        var scale = 1.0
        if let (value, next) = magnitude(tokens, at: cursor) {
            scale = value
            cursor = next
        }
        var currency = prefix?.code
        var end = cursor - 1
        if currency == nil {
            var probe = cursor
            if probe < tokens.count, case .word(let word, _) = tokens[probe].kind,
                AmountVocabulary.connectors.contains(word)
            {
                probe += 1
                if probe < tokens.count, case .symbol(let symbol) = tokens[probe].kind, symbol == "'" || symbol == "’" {
                    probe += 1
                }
            } else if probe < tokens.count, case .symbol(let symbol) = tokens[probe].kind, symbol == "'" || symbol == "’" {
                return nil
            }
            guard let (code, last) = currencyAfter(tokens, at: probe) else { return nil }
            currency = code
            end = last
        }
        guard let currency, let number = parse(raw) else { return nil }
        let start = prefix?.start ?? index
        let span = String(text[tokens[start].range.lowerBound..<tokens[end].range.upperBound])
        var value = number * scale
        value = scale >= 1000 ? value.rounded() : (value * 100).rounded() / 100
        return (Amount(text: span, value: value, currency: currency), end)
    }

    /// `$`, `US$`, `R$`, `€` or a capitalised code right before the number.
    private func currencyBefore(_ tokens: [AmountToken], at index: Int) -> (code: String, start: Int)? {
        guard index > 0 else { return nil }
        switch tokens[index - 1].kind {
        case .symbol(let symbol):
            guard let code = AmountVocabulary.symbols[symbol] else { return nil }
            if symbol == "$", index > 1, case .word(let word, let written) = tokens[index - 2].kind,
                tokens[index - 2].range.upperBound == tokens[index - 1].range.lowerBound,
                written.allSatisfy(\.isUppercase), let prefixed = AmountVocabulary.dollarPrefixes[word]
            {
                return (prefixed, index - 2)
            }
            return (code, index - 1)
        case .word(_, let written):
            guard let code = AmountVocabulary.codes[written] else { return nil }
            return (code, index - 1)
        case .number:
            return nil
        }
    }

    /// A currency symbol, capitalised code or one- or two-word name at `index`.
    private func currencyAfter(_ tokens: [AmountToken], at index: Int) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        switch tokens[index].kind {
        case .symbol(let symbol):
            return AmountVocabulary.symbols[symbol].map { ($0, index) }
        case .word(let word, let written):
            if index + 1 < tokens.count, case .word(let next, _) = tokens[index + 1].kind,
                let code = AmountVocabulary.names[word + " " + next]
            {
                return (code, index + 1)
            }
            if let code = AmountVocabulary.codes[written] { return (code, index) }
            return AmountVocabulary.names[word].map { ($0, index) }
        case .number:
            return nil
        }
    }

    /// `millions`, `bn`, `mil millones`: the multiplier and the index after it.
    private func magnitude(_ tokens: [AmountToken], at index: Int) -> (Double, Int)? {
        guard index < tokens.count, case .word(let word, _) = tokens[index].kind,
            let scale = AmountVocabulary.scale(word, language: language)
        else { return nil }
        if scale == 1e3, index + 1 < tokens.count, case .word(let next, _) = tokens[index + 1].kind,
            let more = AmountVocabulary.scale(next, language: language), more == 1e6
        {
            return (1e9, index + 2)
        }
        return (scale, index + 1)
    }

    // MARK: - Numbers

    /// `820`, `2,5`, `1.2`, `5 000`, `1.250.000`, `1,250,000.50` → value, in the article's convention.
    package func parse(_ raw: String) -> Double? {
        let decimalMark: Character = language == "en" || language == nil ? "." : ","
        var groups: [String] = [""]
        var separators: [Character] = []
        for character in raw {
            if character.isNumber {
                groups[groups.count - 1].append(character)
            } else {
                groups.append("")
                separators.append(character)
            }
        }
        var fraction: String?
        if let last = separators.last, last == "." || last == "," {
            let others = separators.dropLast()
            let decimal: Bool
            if others.contains(last) {
                decimal = false  // 1.250.000
            } else if others.contains(where: { $0 == "." || $0 == "," }) {
                decimal = true  // 1,250,000.50
            } else {
                decimal = last == decimalMark || groups.last!.count != 3
            }
            if decimal { fraction = groups.removeLast() }
        }
        let integer = groups.joined()
        // 309 digits and more read as infinity, which no JSON can hold: not an amount.
        return Double(fraction.map { integer + "." + $0 } ?? integer).flatMap { $0.isFinite ? $0 : nil }
    }
}
