import DateReading
import TextToolkit

/// An ISO 690 reference to an online article, alone on its line (a desk's head of file): `FAMILY,
/// Given. Title. Publication [online]. 26 February 1987. [Accessed 3 March 1987]. Available
/// from: https://…`, the medium written in the reference's language (`[online]`, `[en ligne]`,
/// `[en línea]`, `[in linea]`, `[em linha]`).
///
/// Contract: `read` takes a line of at most 1,000 bytes holding the medium in brackets after the
/// publication's name; the publication is the part before it (after the last `. `, or `? ` or
/// `! ` ending the title, the mark kept, as the last period of a title's ellipsis is), the date
/// the first one between it and the next `[` (never the access's), the title what stands before
/// the publication less the writers: family names in capitals, each with its given names after a
/// comma (`NAPACH, Bernice.`, `ROUX, Hélène and MANKOWSKI, Cal.`), turned round (`Bernice
/// Napach`). Nil for any other line, or when no title is left. Pure.
enum ISOReferences {
    struct Head: Equatable {
        var title: String
        var authors: [String] = []
        var source: String
        var date: CalendarDate?
    }

    static func read(_ line: String, dates: DateRecognizer) -> Head? {
        guard line.utf8.count <= 1_000, LineBytes.contains(line, 0x5B), mayOpenMedium(line), LineBytes.contains(line, anyOf: mediumMarks)
        else { return nil }
        let folded = TextFolding.fold(line)
        // Character offsets are shared only when folding kept every Character.
        guard folded.count == line.count,
            let medium = media.lazy.compactMap({ folded.range(of: $0) }).first
        else { return nil }
        let start = folded.distance(from: folded.startIndex, to: medium.lowerBound)
        let end = folded.distance(from: folded.startIndex, to: medium.upperBound)
        let before = line.prefix(start)
        let after = line.dropFirst(end)
        // The title's end: a period (the reference's own), or the title's `?`, `!` or ellipsis, kept.
        guard let lastStop = [". ", "? ", "! "].compactMap({ before.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let source = LineBytes.trimmed(before[lastStop.upperBound...])
        let mark = before[lastStop.lowerBound]
        let kept = mark != "." || before[..<lastStop.lowerBound].hasSuffix("..")
        var head = Substring(LineBytes.trimmed(before[..<(kept ? before.index(after: lastStop.lowerBound) : lastStop.lowerBound)]))
        guard !source.isEmpty, TextFolding.hasAtMost(source, 80) else { return nil }
        let (authors, rest) = writers(head)
        head = rest
        let title = LineBytes.trimmed(head)
        guard !title.isEmpty else { return nil }
        let stated = after.prefix { $0 != "[" }
        return Head(title: title, authors: authors, source: source, date: dates.firstDate(in: String(stated))?.date)
    }

    /// Whether some `[` is followed by `o`, `e` or `i` (any case), as every medium's is: most
    /// bracketed lines (`[1]`, `[Reuters, …]`) are turned down in this one pass (asked after a
    /// `memchr` for `[`, which turns down the lines holding none faster).
    private static func mayOpenMedium(_ line: String) -> Bool {
        var afterBracket = false
        for byte in line.utf8 {
            if afterBracket, [0x65, 0x69, 0x6F].contains(byte | 0x20) { return true }  // e, i, o
            afterBracket = byte == 0x5B
        }
        return false
    }

    /// The bracketed medium, folded, with the space before it.
    private static let media = [" [online]", " [en ligne]", " [en linea]", " [in linea]", " [em linha]", " [on-line]", " [internet]"]
    /// `media`'s first bytes, any case (`[en l` stands for `[en línea]` too): a line holding none is turned down unfolded.
    private static let mediumMarks = NeedleSet(["[online]", "[en l", "[in linea]", "[em linha]", "[on-line]", "[internet]"], ignoringCase: true)

    /// The writers opening a reference (family names in capitals, given names after a comma, a
    /// period closing the list) and what follows them; none when the head opens otherwise.
    private static func writers(_ head: Substring) -> ([String], Substring) {
        guard let stop = head.range(of: ". ") else { return ([], head) }
        let list = head[..<stop.lowerBound]
        guard TextFolding.hasAtMost(list, 160) else { return ([], head) }
        var names: [String] = []
        for person in list.split(separator: ";").flatMap({ splitAtConjunctions($0) }) {
            let parts = person.split(separator: ",", maxSplits: 1).map { LineBytes.trimmed($0) }
            guard parts.count == 2, !parts[1].isEmpty,
                (1...3).contains(LineBytes.words(parts[0]).count), (1...3).contains(LineBytes.words(parts[1]).count),
                parts[0].contains(where: \.isLetter), parts[0].allSatisfy({ !$0.isLetter || $0.isUppercase }),
                LineBytes.words(parts[1]).allSatisfy({ $0.first?.isUppercase == true })
            else { return ([], head) }
            let family = parts[0].split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
            names.append(parts[1] + " " + family)
        }
        return (names, head[stop.upperBound...])
    }

    private static func splitAtConjunctions(_ text: Substring) -> [Substring] {
        var parts = [text]
        for conjunction in [" and ", " et ", " und ", " y ", " e ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: conjunction).map { Substring($0) } }
        }
        return parts
    }
}
