import DateReading
import TextToolkit

/// A news agency's transmission lines around a wire copy: the header (`ZCZC6510/SXA`,
/// `BELGA-3150 26/02/1987 21:32`, `ECO7865 3 E 539 26/02/1987 22:19`), the category codes under
/// it (`BEL POL ECO`, `R ECO S0A QBXB`) and the trailer (`26-FEB-87 06:10 NNNN`, `YT1-MRG`).
///
/// Contract: a **code line** is two to eight tokens (or one beginning with `ZCZC`), each made of
/// capitals, digits and `/-.:` only, each holding a digit or being at most four capitals, at
/// least one holding a digit and one a capital, the line not ending a sentence; a **category
/// line** (only right under a code line) is one to six tokens of at most four capitals or
/// digits; a **sign-off** (only at the bottom) is one token of letters, digits and `/-` holding a
/// `/` or both a letter and a digit (`VBR/JDV`, `YT1-MRG`). A code line also needs a date or a
/// time, a serial number in its first token (`ECO7865`) or an agency's name first (`dpa 8400 4
/// wi 537`, whose codes may be lower case): a headline in capitals (`G7 TO MEET IN 2026`) is
/// none. `facts` gives a code line's date (numeric dates day first; `26-FEB-87`) and, when its
/// first token begins with an agency's name (`BELGA-3150`), the agency; `slugAgency` reads an
/// agency's slug line (`AP-EU-Europe-Trade, 1st Ld-Writethru`). Nothing here reads prose. Pure;
/// never fails.
enum WireHeaders {
    /// The byte test of `isCodeLine`: at most 7 spaces (8 tokens), only ASCII letters, digits,
    /// `/`, `-`, `.` and `:` besides, and a digit; prose fails within a line's first words.
    private static func mayBeCodeLine(_ bytes: some Sequence<UInt8>) -> Bool {
        var spaces = 0
        var digit = false
        for byte in bytes {
            switch byte {
            case 0x20:
                spaces += 1
                if spaces > 7 { return false }
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0x2F, 0x2D, 0x2E, 0x3A: break
            default: return false  // `(`, `,`, accents: no code line has them
            }
        }
        return digit
    }

    static func isCodeLine(_ line: String) -> Bool {
        // Every code line holds a digit: most lines are turned down on their bytes (through the
        // contiguous UTF-8's pointer: the view's generic walk cost some 25 instructions a byte).
        guard line.utf8.withContiguousStorageIfAvailable({ mayBeCodeLine($0) }) ?? mayBeCodeLine(line.utf8),
            TextFolding.hasAtMost(line, 80), line.last != "."
        else { return false }
        if stampDate(line) != nil { return true }
        let tokens = LineBytes.words(line)
        guard (2...8).contains(tokens.count) || tokens.count == 1 && tokens[0].hasPrefix("ZCZC") else { return false }
        // `dpa 8400 4 wi 537`: an agency's own codes may be in lower case.
        let byAgency = WireAgencies.isAgency(tokens[0])
        var digits = false
        var capitals = false
        var stamp = false
        for token in tokens {
            var hasDigit = false
            var letters = 0
            var marks = false
            for byte in token.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z") where byAgency: letters += 1
                case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"): marks = true
                default: return false
                }
            }
            guard hasDigit || (1...4).contains(letters) && letters == token.utf8.count || token == tokens[0] && byAgency
            else { return false }
            digits = digits || hasDigit
            capitals = capitals || letters > 0
            stamp = stamp || hasDigit && marks && letters == 0  // `26/02/1987`, `21:32`
        }
        // What tells codes from a headline in capitals (`G7 TO MEET IN 2026`): a date or time,
        // a serial number glued to letters (`ECO7865`, `BELGA-3150`), or the agency's name.
        let serial = tokens[0].utf8.count(where: { $0 &- UInt8(ascii: "0") < 10 }) >= 3 && capitals
        return digits && capitals && (stamp || serial || byAgency || tokens[0].hasPrefix("ZCZC"))
    }

    /// `AP-EU-Europe-Trade, 1st Ld-Writethru`, `BC-Britain-Economy`: an agency's slug (its
    /// first word an agency's code and a hyphen); the agency, or nil.
    static func slugAgency(_ line: String) -> String? {
        // A capital first and a hyphen among the first 12 bytes, or none.
        guard let lead = line.utf8.first, lead &- UInt8(ascii: "A") < 26, line.utf8.prefix(12).contains(0x2D),
            TextFolding.hasAtMost(line, 80), line.last != ".", let dash = line.firstIndex(of: "-"),
            LineBytes.words(line).count <= 8
        else { return nil }
        let code = line[..<dash]
        guard code.utf8.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }), WireAgencies.isAgency(code),
            line[line.index(after: dash)...].first?.isUppercase == true
        else { return nil }
        return String(code)
    }

    static func isCategoryLine(_ line: String) -> Bool {
        let tokens = LineBytes.words(line)
        // `Deutschland/Wirtschaft/`: a desk's path of sections.
        if tokens.count == 1, line.contains("/"), line.split(separator: "/").allSatisfy({ $0.first?.isUppercase == true }) {
            return true
        }
        return (1...6).contains(tokens.count) && tokens.allSatisfy { token in
            token.utf8.count <= 4 && token.utf8.allSatisfy { $0 &- UInt8(ascii: "A") < 26 || $0 &- UInt8(ascii: "0") < 10 }
        }
    }

    static func isSignOff(_ line: String) -> Bool {
        guard line.utf8.count <= 20, !line.contains(" ") else { return false }
        var slash = false
        var letter = false
        var digit = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "/"): slash = true
            case UInt8(ascii: "-"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): letter = true
            default: return false
            }
        }
        return letter && (slash || digit)
    }

    /// `261729 Feb 87`: a transmission stamp (day, hour and minute; English month; two-digit
    /// year, read as in `teleprinterDate`), or nil.
    static func stampDate(_ line: String) -> CalendarDate? {
        let bytes = line.utf8
        guard (12...16).contains(bytes.count), bytes.prefix(6).allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
            bytes.dropFirst(6).first == 0x20
        else { return nil }
        let tokens = LineBytes.words(line)
        guard tokens.count == 3, tokens[0].utf8.count == 6, tokens[0].utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
            tokens[2].utf8.count == 2
        else { return nil }
        return teleprinterDate(tokens[0].prefix(2) + "-" + tokens[1].uppercased() + "-" + tokens[2])
    }

    /// `26-FEB-87`: a teleprinter's day, English month and two-digit year (as POSIX `%y`:
    /// 69–99 are 1969–1999, 00–68 are 2000–2068), or nil.
    static func teleprinterDate(_ token: some StringProtocol) -> CalendarDate? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[2].count == 2,
            let day = Int(parts[0]), let year = Int(parts[2]), (1...31).contains(day),
            let month = months.firstIndex(of: String(parts[1]))
        else { return nil }
        return CalendarDate(year: year >= 69 ? 1900 + year : 2000 + year, month: month + 1, day: day)
    }

    private static let dayFirst = DateRecognizer(language: nil)
    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    /// What a code line states: its date, and the agency its first token begins with.
    static func facts(_ line: String) -> LineFacts {
        var facts = LineFacts()
        // Numeric dates day first (as agencies outside the United States write them), unless only the
        // other order is a date.
        facts.date = stampDate(line) ?? dayFirst.firstDate(in: line)?.date
            ?? LineBytes.words(line).lazy.compactMap(teleprinterDate).first
        facts.dateRank = .sourceLine
        let lead = line.prefix { $0.isLetter }
        if lead.count >= 3, WireAgencies.isAgency(lead) { facts.source = String(lead) }
        return facts
    }
}
