import DateReading
import Foundation
import TextToolkit

/// A "cite this article" reference, as journals and desks print one under or above a text, in
/// the citation styles desks use: MLA (`“Title.” Reuters, 2 Mar. 1987. Accessed 29 Apr.
/// 1987.`), APA (`Title. (26 de febrero de 1987). Reuters.`), German (`Amende, Peter (o. J.):
/// Title. In: X. Abgerufen am 02.04.2026.`), ISO 690 (`YIRKA Bob, « Title ».`), Italian
/// (`Patti Domm, «Title», in Reuters, 26 febbraio 1987.`), ABNT (`TITLE. Reuters. (26 fev.
/// 1987)`), and a journal's cover (`To cite this article: Jane Doe Title, Journal, 11:3, 1-9, DOI: …`).
///
/// Contract: `marker(_:)` says whether a line is a citation's heading (`Cite this article`,
/// `Zitiervorschlag`, `Citer cet article`, `Cómo citar este artículo`, `Come citare questo
/// articolo`, `Como citar este artigo`, `How to cite`; the reference on the next non-empty line)
/// or opens with one and a colon (`To cite this article: …`, the reference after it).
/// `read(_:title:dates:)` splits a reference around the title (found case-insensitively): the
/// authors before it (a line of names, `Family, Given` turned round, a family name in capitals
/// first, `YIRKA Bob`, turned round and capitalised; none when that part is longer than 1,000
/// bytes), the date (the first after the title, before
/// any access phrase such as `Accessed`, `Abgerufen am`, `consulté le`; else one in parentheses
/// before it, APA's year first too: `(1987, 26 febbraio)`), and the source (the first part after the title, between `. ` or `, `, that is no
/// date, no parenthesis, no volume or page numbers, a DOI or an address: `In: X` and `in X` give
/// `X`; else, when no writer stands before the title, what does there with a publication's form:
/// APA's `Reuters. (1987, 26 febbraio). TITLE.`). Nil when the title is not in the reference, or runs on there into a word. Pure.
enum Citations {
    struct Reference: Equatable {
        var authors: [String] = []
        var date: CalendarDate?
        var source: String?
    }

    /// The reference that a line holds or announces: `.inline(rest)` after a marker and a
    /// colon, `.next` for a heading alone; nil for any other line.
    enum Marker: Equatable {
        case inline(String)
        case next
    }

    static func marker(_ line: String) -> Marker? {
        guard line.utf8.count <= 600, let first = line.utf8.first, first | 0x20 >= 0x61 && first | 0x20 <= 0x7A || first >= 0xC3,
            mayCite(line)
        else { return nil }
        let head = TextFolding.fold(line.prefix(40))
        guard let heading = headings.first(where: { head.hasPrefix($0) }) else { return nil }
        let rest = LineBytes.trimmed(String(line.dropFirst(heading.count)))
        if rest.isEmpty || rest == ":" { return .next }
        guard rest.hasPrefix(":") else { return nil }
        let reference = LineBytes.trimmed(String(rest.dropFirst()))
        return reference.isEmpty ? .next : .inline(reference)
    }

    /// Whether `cit` or `zit` (any case) stands in the first 30 bytes, as in every heading:
    /// most lines are turned down unfolded.
    private static func mayCite(_ line: String) -> Bool {
        // Each `t` (0x20 set: `T` too) among the bytes, then the two before it.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let end = min(bytes.count, 30)
            var index = 2
            // Eight places at a time while eight bytes can be read from each: the lanes holding a `t`
            // after an `i` after a `c` or `z` (0x20 set in every byte, `ByteWords.lanes` exact per
            // lane), those from the 31st byte on dropped.
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                let lower = ByteWords.ones &* 0x20
                while index < end, index &+ 8 <= bytes.count {
                    let third = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) | lower
                    let second = base.loadUnaligned(fromByteOffset: index &- 1, as: UInt64.self) | lower
                    let first = base.loadUnaligned(fromByteOffset: index &- 2, as: UInt64.self) | lower
                    var hits = ByteWords.lanes(third, equalTo: 0x74) & ByteWords.lanes(second, equalTo: 0x69)
                        & (ByteWords.lanes(first, equalTo: 0x63) | ByteWords.lanes(first, equalTo: 0x7A))
                    if end &- index < 8 { hits &= (1 &<< UInt64((end &- index) &* 8)) &- 1 }
                    if hits != 0 { return true }
                    index &+= 8
                }
            }
            while index < end {
                if bytes[index] | 0x20 == 0x74, bytes[index &- 1] | 0x20 == 0x69 {
                    let first = bytes[index &- 2] | 0x20
                    if first == 0x63 || first == 0x7A { return true }
                }
                index &+= 1
            }
            return false
        }
        return line.utf8.withContiguousStorageIfAvailable(scan) ?? Array(line.utf8.prefix(30)).withUnsafeBufferPointer(scan)
    }

    /// Folded headings of a reference (each Character folds to one: offsets are kept).
    private static let headings = [
        "to cite this article", "cite this article", "how to cite this article", "how to cite", "citation",
        "zitiervorschlag", "zitierweise", "zitieren", "pour citer cet article", "citer cet article",
        "como citar este articulo", "cita este articulo", "citar este articulo", "come citare questo articolo",
        "citare questo articolo", "como citar este artigo", "citar este artigo", "cita questo articolo", "come citare",
        "como citar", "comment citer cet article", "comment citer", "diesen artikel zitieren", "artikel zitieren",
        "cite this story", "cite this page",
    ]

    static func read(_ reference: String, title: String, dates: DateRecognizer) -> Reference? {
        let folded = TextFolding.fold(reference)
        let foldedTitle = TextFolding.fold(title)
        guard folded.count == reference.count, !foldedTitle.isEmpty, let range = folded.range(of: foldedTitle) else { return nil }
        let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
        let end = folded.distance(from: folded.startIndex, to: range.upperBound)
        let before = String(reference.prefix(start))
        var after = String(reference.dropFirst(end))
        // The title ends where the reference's punctuation does (not `Title` in `Title e.V.`).
        if let next = after.first(where: { $0 != " " }), next.isLetter || next.isNumber { return nil }
        // What the reader's access adds (`Accessed 29 Apr. 1987`, `Abgerufen am 02.04.2026`) is no fact of the article's.
        let foldedAfter = TextFolding.fold(after)
        if foldedAfter.count == after.count {
            for phrase in accessPhrases {
                if let cut = foldedAfter.range(of: phrase) {
                    after = String(after.prefix(foldedAfter.distance(from: foldedAfter.startIndex, to: cut.lowerBound)))
                    break
                }
            }
        }
        var found = Reference()
        found.date = dates.firstDate(in: after)?.date ?? dates.firstDate(in: before)?.date ?? apaDate(before, dates: dates)
        found.authors = authors(before, dates: dates)
        found.source = source(after, dates: dates)
        // APA without a writer: the publication stands first (`Reuters. (1987, 26 febbraio). TITLE.
        // https://…`); APA lists writers as `Family, I.`, so a head without a comma names none.
        if found.source == nil, let head = apaHead(before), found.authors.isEmpty || !head.contains(",") {
            if ClippingFacts.isMasthead(head), LineBytes.words(head).count <= 5 {
                found.source = head
                found.authors = []
            }
        }
        return found
    }

    /// What stands before APA's date (`Reuters. (1987, 26 febbraio). ` → `Reuters`): the text
    /// before a last parenthesis that ends the part before the title and holds a year first or
    /// "no date" (`n.d.`, `s.f.`, `s.d.`, `o. J.`); nil for any other.
    private static func apaHead(_ before: String) -> String? {
        let trimmed = before.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        // The last `(` found walking forward: `lastIndex(of:)` steps back over a run of flags counting the run at each step.
        guard trimmed.hasSuffix(")"), let open = LineBytes.lastIndex(of: "(", in: trimmed) else { return nil }
        let inner = TextFolding.fold(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        let year = inner.prefix(4)
        guard year.count == 4 && year.allSatisfy({ $0.isASCII && $0.isNumber }) || ["n.d.", "s.f.", "s.d.", "o. j.", "o.j."].contains(inner)
        else { return nil }
        let head = trimmed[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " .,:;"))
        return head.isEmpty ? nil : head
    }

    /// APA's date in parentheses, the year first (`(1987, 26 febbraio)`, `(2017, October 6)`):
    /// the day it states; nil for a year alone, `(n.d.)` or any other text.
    private static func apaDate(_ before: String, dates: DateRecognizer) -> CalendarDate? {
        guard before.utf8.count <= 1_000, let open = before.lastIndex(of: "("), let close = before[open...].firstIndex(of: ")") else {
            return nil
        }
        let inner = before[before.index(after: open)..<close]
        let year = inner.prefix(4)
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }), inner.dropFirst(4).hasPrefix(", ") else { return nil }
        let dayAndMonth = LineBytes.trimmed(inner.dropFirst(6))
        guard TextFolding.hasAtMost(dayAndMonth, 30) else { return nil }
        return dates.firstDate(in: "\(dayAndMonth) \(year)")?.date
    }

    /// Folded phrases after which the reference speaks of its reader's access.
    private static let accessPhrases = [
        "accessed", "retrieved", "abgerufen", "zugriff", "consulte", "consultado", "consultato", "acedido", "acesso em",
        "disponible", "disponivel", "available at", "doi:", "http",
    ]

    /// The people named before the title: `Doe, Jane` and `YIRKA Bob` turned round. None when
    /// the text before the title is longer than 1,000 bytes: names of at most 120 Characters with
    /// their dates in parentheses fit in far less, and each parenthesised group is cut out at the
    /// cost of the whole text (nested groups over 64 KiB took 7.8 s).
    private static func authors(_ before: String, dates: DateRecognizer) -> [String] {
        guard before.utf8.count <= 1_000 else { return [] }
        var text = before
        // `(o. J.)`, `(2026)`, `(3 mars 2026)`: a date or its absence, not a name.
        while let open = text.lastIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        text = String(text.trimmingCharacters(in: CharacterSet(charactersIn: " .,:;«»“”„\"'‘’–—-")))
        guard !text.isEmpty, TextFolding.hasAtMost(text, 120) else { return [] }
        let parts = text.components(separatedBy: " ; ").flatMap { $0.components(separatedBy: "; ") }
        var names: [String] = []
        for part in parts {
            let part = LineBytes.trimmed(part)
            let commas = part.split(separator: ",")
            if commas.count == 2, LineBytes.words(commas[0]).count <= 3, LineBytes.words(commas[1]).count <= 3,
                !commas[1].contains(" and "), !commas[1].contains(" & ")
            {
                names.append(LineBytes.trimmed(commas[1]) + " " + capitalised(LineBytes.trimmed(commas[0])))
            } else if let turned = familyFirst(part) {
                names.append(turned)
            } else if let read = Bylines.names(part) {
                names += read
            } else {
                return []
            }
        }
        return names.allSatisfy(Bylines.isPersonLike) ? names : []
    }

    /// `YIRKA Bob` → `Bob Yirka`: a family name in capitals, then given names; nil otherwise.
    private static func familyFirst(_ part: String) -> String? {
        let words = part.split(separator: " ")
        guard words.count >= 2, words.count <= 4, words[0].count >= 2, words[0].allSatisfy({ !$0.isLetter || $0.isUppercase }),
            words.dropFirst().allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) })
        else { return nil }
        return (words.dropFirst().map(String.init) + [capitalised(String(words[0]))]).joined(separator: " ")
    }

    /// A family name in capitals (`NAPACH`) as a name is written (`Napach`); any other as it is.
    private static func capitalised(_ family: String) -> String {
        guard family.count >= 2, family.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return family }
        return family.prefix(1) + family.dropFirst().lowercased()
    }

    /// The first part after the title that names a publication.
    private static func source(_ after: String, dates: DateRecognizer) -> String? {
        // Dates out first: `6. Oktober 2017` split at its period leaves no `Oktober 2017` for a name.
        var after = after
        for _ in 0..<3 {
            guard let date = dates.firstDate(in: after) else { break }
            after.replaceSubrange(date.range, with: " , ")
        }
        let parts = after.components(separatedBy: ". ").flatMap { $0.components(separatedBy: ", ") }
        for part in parts {
            var name = part.trimmingCharacters(in: CharacterSet(charactersIn: " .,:;«»“”„\"'‘’"))
            var introduced = false
            for prefix in ["In: ", "in: ", "in ", "In ", "dans ", "en ", "su "] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " «»“”„\"'‘’"))
                introduced = true
            }
            guard !name.isEmpty, name.contains(where: \.isLetter), !name.hasPrefix("("), !name.hasSuffix(")") else { continue }
            let lowered = name.lowercased()
            if lowered.hasPrefix("doi") || lowered.hasPrefix("vol") || lowered.hasPrefix("pp") || lowered.hasPrefix("s. ")
                || lowered.hasPrefix("p. ") || ExportLines.isAddress(name) || dates.firstDate(in: name) != nil
                || name.first?.isNumber == true
            {
                continue
            }
            // `In: ebrosia`: introduced as the host, a name however written.
            guard name.first?.isUppercase == true || name.contains(".") || introduced, LineBytes.words(name).count <= 8 else { return nil }
            return name
        }
        return nil
    }
}
