import DateReading
import TextToolkit

/// A web page copied without its line breaks: the byline, the publication and its stamp run into
/// the first paragraph (`Por Cal Mankowski Reuters Publicado a 26 de fevereiro de 1987 ChemLawn
/// Corp could attract …`, `Reuters Published on February 26, 1987 Computer Terminal …`).
///
/// Contract: `read` looks at a paragraph whose first 12 words hold a word of publishing
/// (`Published`, `Publié`, `Veröffentlicht`, `Publicado`, `Publicada`, `Pubblicato`, capitalised)
/// right followed (after `on`, `le`, `am`, `el`, `il`, `a`, `em`, `the`, `en`, `in`) by a date. What precedes
/// the word is a publication's name (`ClippingFacts.isMasthead`), after a byline (`By`, `Par`,
/// `Von`, `Por`, `Di`, `De` and two or three words of a person's name) when there is one. It returns the
/// authors, the publication, the date and the paragraph from the word after the date; nil for any
/// other paragraph. Pure.
enum RunInStamps {
    struct Stamp {
        var authors: [String] = []
        var source: String
        var date: CalendarDate
        var rest: String
    }

    static func read(_ paragraph: String, dates: DateRecognizer) -> Stamp? {
        guard paragraph.utf8.count >= 60 else { return nil }
        let head = String(decoding: paragraph.utf8.prefix(160), as: UTF8.self)
        guard LineBytes.contains(head, anyOf: verbStems) else { return nil }
        // The first 24 words apart, the rest of the paragraph in one piece (a paragraph of 10 MiB is not split whole).
        let words = paragraph.split(separator: " ", maxSplits: 24, omittingEmptySubsequences: true)
        guard let verb = words.prefix(12).firstIndex(where: { verbs.contains(TextFolding.fold($0)) && $0.first?.isUppercase == true }),
            verb > 0
        else { return nil }
        var dateStart = verb + 1
        if dateStart < words.count, connectors.contains(TextFolding.fold(words[dateStart])) { dateStart += 1 }
        guard dateStart < words.count else { return nil }
        let tail = words[dateStart...].prefix(8).joined(separator: " ")
        guard let match = dates.firstDate(in: tail), match.range.lowerBound == tail.startIndex else { return nil }
        let rest = LineBytes.trimmed(String(tail[match.range.upperBound...]) + " " + words[min(words.count, dateStart + 8)...].joined(separator: " "))
        guard !rest.isEmpty, let (authors, source) = byline(Array(words[..<verb].map(String.init))) else { return nil }
        return Stamp(authors: authors, source: source, date: match.date, rest: rest)
    }

    /// `Por Cal Mankowski Reuters` → ([Cal Mankowski], Reuters); `Reuters` → ([], Reuters).
    private static func byline(_ words: [String]) -> (authors: [String], source: String)? {
        guard let first = words.first else { return nil }
        if markers.contains(TextFolding.fold(first)), words.count >= 3 {
            for count in [2, 3] where words.count > count + 1 {
                let name = words[1...count].joined(separator: " ")
                let source = words[(count + 1)...].joined(separator: " ")
                guard Bylines.isPersonLike(name), GivenNames.holdsGivenName(name) || count == 2,
                    ClippingFacts.isMasthead(source), !Bylines.isPersonLike(source) || LayoutReader.isPublication(source)
                        || WireAgencies.isAgency(source)
                else { continue }
                return ([name], source)
            }
            return nil
        }
        let source = words.joined(separator: " ")
        guard words.count <= 5, ClippingFacts.isMasthead(source) else { return nil }
        return ([], source)
    }

    /// Pieces of the words of publishing, searched in the bytes first.
    private static let verbStems = NeedleSet(["ublish", "ublié", "ublie", "ffentlicht", "ublicad", "ubblicat"], ignoringCase: false)
    /// Folded words of publishing.
    private static let verbs: Set<String> = [
        "published", "publie", "publiee", "veroffentlicht", "publicado", "publicada", "pubblicato", "pubblicata",
    ]
    /// Folded words between the word of publishing and the date.
    private static let connectors: Set<String> = ["on", "le", "am", "el", "il", "a", "em", "the", "en", "in"]
    /// Folded byline words.
    private static let markers: Set<String> = ["by", "par", "von", "por", "di", "de"]
}
