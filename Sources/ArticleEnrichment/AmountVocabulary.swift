import TextToolkit

/// Currency and magnitude words for `AmountFinder`, folded (lowercase, no accents).
///
/// Contract: immutable tables. Codes (`USD`, `MAD`) are recognised only when written in capitals,
/// so English `mad` or Portuguese `real` are never money. To add a currency, add its symbol,
/// code or words here; nothing else changes.
package enum AmountVocabulary {
    /// Single-character symbols; `$` is the US dollar unless a prefix says otherwise (`R$`).
    package static let symbols: [Character: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₦": "NGN", "₹": "INR", "₵": "GHS",
    ]

    /// Letters written right before `$` (`US$`, `R$`, `C$`, `A$`).
    package static let dollarPrefixes: [String: String] = ["us": "USD", "r": "BRL", "c": "CAD", "a": "AUD", "ca": "CAD", "au": "AUD"]

    /// ISO 4217 codes accepted in capitals (plus `FCFA`, `RMB`, `FRW`, everyday codes).
    package static let codes: [String: String] = [
        "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
        "CHF": "CHF", "XOF": "XOF", "XAF": "XAF", "FCFA": "XOF", "CFA": "XOF", "RWF": "RWF",
        "FRW": "RWF", "NGN": "NGN", "ZAR": "ZAR", "KES": "KES", "GHS": "GHS", "MAD": "MAD",
        "EGP": "EGP", "INR": "INR", "BRL": "BRL", "CAD": "CAD", "AUD": "AUD", "TND": "TND",
        "DZD": "DZD", "ETB": "ETB", "UGX": "UGX", "TZS": "TZS", "CDF": "CDF", "GNF": "GNF",
    ]

    /// Currency names, one or two folded words (`francs cfa`), any case in the text.
    package static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "dolar": "USD", "dolares": "USD", "dollari": "USD",
        "dolares americanos": "USD", "dollars americains": "USD", "us dollars": "USD",
        "euro": "EUR", "euros": "EUR",
        "livre sterling": "GBP", "livres sterling": "GBP", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "pfund": "GBP",
        "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
        "franc cfa": "XOF", "francs cfa": "XOF", "f cfa": "XOF", "fcfa": "XOF",
        "franc suisse": "CHF", "francs suisses": "CHF", "franken": "CHF",
        "franc rwandais": "RWF", "francs rwandais": "RWF", "rwandan francs": "RWF",
        "naira": "NGN", "nairas": "NGN", "rand": "ZAR", "rands": "ZAR", "cedi": "GHS", "cedis": "GHS",
        "dirham": "MAD", "dirhams": "MAD", "reais": "BRL", "rupees": "INR", "roupies": "INR",
        "shillings kenyans": "KES", "kenyan shillings": "KES",
    ]

    /// Multipliers. `billion` is 10⁹ in English and 10¹² in the other languages (`Billion`,
    /// `billón`); `mil millones`/`mil milhões` (10⁹) are read as two words.
    package static func scale(_ folded: String, language: String?) -> Double? {
        switch folded {
        case "k", "thousand", "mille", "mil", "tausend", "tsd": 1e3
        case "m", "mn", "mln", "mio", "million", "millions", "millionen", "millon", "millones",
            "milhao", "milhoes", "milione", "milioni":
            1e6
        case "md", "mds", "mrd", "mrds", "mld", "bn", "milliard", "milliards", "milliarde",
            "milliarden", "miliardo", "miliardi", "bilhao", "bilhoes", "millardo", "millardos":
            1e9
        case "billion", "billions": language == nil || language == "en" ? 1e9 : 1e12
        case "tn", "trillion", "trillions", "billon", "billones", "trilhao", "trilhoes": 1e12
        default: nil
        }
    }

    /// Whether a token can be (part of) a currency: a symbol of `symbols`, or a word whose
    /// fold (an ASCII word's: its lowercase) is a code of `codes` lowercased or a word of a name
    /// of `names` (a word equal to a code as a `String` folds to its lowercase). A number whose
    /// tokens are none of these is no amount. Never fails.
    static func mayBeCurrency(
        _ kind: TextPieces.Kind, _ range: Range<Int>, _ scalar: Unicode.Scalar, in text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        switch kind {
        case .number: return false
        case .other:
            guard scalar.isASCII else { return symbolScalars.contains(scalar) }
            let value = UInt64(scalar.value)
            return (value < 64 ? asciiSymbolBits.low >> value : asciiSymbolBits.high >> (value - 64)) & 1 != 0
        case .word:
            let word = UnsafeBufferPointer(rebasing: text[range])
            if word.contains(where: { $0 >= 0x80 }) {
                var folded = TextFolding.fold(String(decoding: word, as: UTF8.self))
                return folded.withUTF8 { currencyWords.id(of: $0) != nil }
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered in
                for index in word.indices { lowered[index] = ASCII.lowercased(word[index]) }
                return currencyWords.id(of: UnsafeBufferPointer(lowered)) != nil
            }
        }
    }

    /// The scalar of each of `symbols` (one each).
    static let symbolScalars: [Unicode.Scalar] = symbols.keys.flatMap(\.unicodeScalars)

    /// The ASCII ones of `symbolScalars`, one bit per value (`low`: 0…63, `high`: 64…127):
    /// most scalars asked about are ASCII punctuation, answered without a search.
    static let asciiSymbolBits: (low: UInt64, high: UInt64) = symbolScalars.reduce((0, 0)) { bits, scalar in
        guard scalar.isASCII else { return bits }
        let value = UInt64(scalar.value)
        return value < 64 ? (bits.low | 1 << value, bits.high) : (bits.low, bits.high | 1 << (value - 64))
    }

    /// `codes` lowercased and every word of `names` (`mayBeCurrency`).
    static let currencyWords: ByteKeyTable = {
        var table = ByteKeyTable(capacity: 128)
        for word in codes.keys.map({ $0.lowercased() }) + names.keys.flatMap({ $0.split(separator: " ").map(String.init) }) {
            var word = word
            word.withUTF8 { table.insert($0, id: 0) }
        }
        return table
    }()

    /// Words allowed between the magnitude and the currency (`millions de dollars`, `d’euros`).
    package static let connectors: Set<String> = ["de", "d", "of", "di", "in", "em"]
}
