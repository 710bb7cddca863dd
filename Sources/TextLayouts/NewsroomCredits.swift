import DateReading
import TextToolkit

/// Reads a credit that names a newsroom, not a person: `Rédaction AFP PARIS 16 décembre 2012
/// 18:00`, `Redazione ANSA ROMA 3 marzo 2026 10:42`, `Redaktion dpa BERLIN`, `By Reuters Staff,
/// LONDON, February 15, 2018 14:30`, `AFP Newsroom`.
///
/// Contract: `read` accepts a line (at most 160 characters) made of an optional byline word
/// (`By`, `Par`, `Von`, `Por`, `Di`), a newsroom word (`Rédaction`, `Redaktion`, `Redazione`,
/// `Redacción`, `Redação`, `Newsroom`, `Staff`, `Desk`) right before or after a publication's or
/// agency's name, an optional place in capitals, an optional date and time of day; it returns the
/// name as the source and the date, and never an author (a newsroom is no person). Nil for any
/// other line. Pure; never fails.
package enum NewsroomCredits {
    private static let newsroomWords: Set<String> = [
        "redaction", "redaktion", "redazione", "redaccion", "redacao", "newsroom", "staff", "desk",
        "editorial staff", "redakteure",
    ]

    private static let bylineWords: Set<String> = ["by", "par", "von", "por", "di", "da"]

    /// A newsroom named as the paper's own (folded): `Our`, `unserer`, `notre`, `nuestra`, `nostra`, `nossa`.
    private static let possessives: Set<String> = [
        "our", "unserer", "unserem", "unseren", "unsere", "notre", "nos", "nuestra", "nuestro", "nostra", "nostro", "nossa", "nosso",
    ]

    package static func read(_ line: String, dates: DateRecognizer) -> (source: String, date: CalendarDate?)? {
        guard TextFolding.hasAtMost(line, 160), mayHoldNewsroomWord(line) else { return nil }
        var text = Substring(LineBytes.trimmed(line))
        var date: CalendarDate?
        if let found = dates.firstDate(in: String(text)) {
            let after = LineBytes.trimmed(text[found.range.upperBound...].drop { $0 == "," || $0 == " " })
            guard after.isEmpty || ExportLines.isClockTime(after) else { return nil }
            date = found.date
            text = text[..<found.range.lowerBound]
        }
        var words = text.split { $0 == " " || $0 == "," }.map(String.init)
        if let first = words.first, bylineWords.contains(TextFolding.fold(first)) { words.removeFirst() }
        guard let newsroom = words.firstIndex(where: { newsroomWords.contains(TextFolding.fold($0)) }),
            newsroom <= 3
        else { return nil }
        // `Reuters Staff, LONDON`: the name before the newsroom word; `Rédaction AFP PARIS`: after it.
        var name = newsroom == 0 ? Array(words.dropFirst()) : Array(words[..<newsroom])
        if newsroom > 0 {
            let rest = words[(newsroom + 1)...]
            guard rest.allSatisfy(isPlaceInCapitals) else { return nil }
        }
        // A place in capitals after the name (`AFP PARIS`, `Redazione ANSA ROMA`).
        while name.count > 1, let last = name.last, isPlaceInCapitals(last), !WireAgencies.isAgency(name.joined(separator: " ")) {
            name.removeLast()
        }
        let joined = name.joined(separator: " ")
        // `By Our Foreign Staff`, `Von unserer Redaktion`: the paper's own staff, no publication's name.
        guard !joined.isEmpty, name.count <= 5, WireAgencies.isAgency(joined) || ClippingFacts.isMasthead(joined),
            !possessives.contains(TextFolding.fold(name[0]))
        else { return nil }
        return (joined, date)
    }

    /// `PARIS`, `LONDON`, `SÃO`: a word in capitals (two letters at least).
    private static func isPlaceInCapitals(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "." }
    }

    /// Whether a newsroom word may be in the line, on its bytes, ASCII case ignored (`dac`,
    /// `dak`, `daz`, `da` + the first byte of `ç`, `desk`, `taff`, `wsro`): a line without is none.
    private static func mayHoldNewsroomWord(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            let count = bytes.count
            // ASCII letters lowered by setting 0x20 (other bytes compare unequal either way).
            func at(_ index: Int) -> UInt8 { index < count ? bytes[index] | 0x20 : 0 }
            for index in 0..<count {
                switch bytes[index] | 0x20 {
                case 0x64:  // d: `dac…` (Rédaction, Redacción, Redação), `dak`, `daz`, `desk`
                    let next = at(index + 1)
                    if next == 0x61 { let third = at(index + 2); if third == 0x63 || third == 0x6B || third == 0x7A || third == 0xC3 { return true } }
                    if next == 0x65, at(index + 2) == 0x73, at(index + 3) == 0x6B { return true }
                case 0x74: if at(index + 1) == 0x61, at(index + 2) == 0x66, at(index + 3) == 0x66 { return true }  // taff
                case 0x77: if at(index + 1) == 0x73, at(index + 2) == 0x72, at(index + 3) == 0x6F { return true }  // wsro
                default: break
                }
            }
            return false
        }
    }
}
