/// Finds the countries an article names, in its own language.
///
/// Contract: scans the title and body for the country names of `CountryNames` in the article's
/// language (English when it is unknown), longest name first (`République démocratique du Congo`
/// is CD, not also CG), and only where the name starts with a capital letter (acronyms: all
/// capitals), so `chile` or `turkey` as common nouns are not countries. Returns one `Place` per
/// country with its number of mentions, most mentioned first, ties in order of first mention.
/// Demonyms and adjectives (`rwandaise`) are not counted. Pure; never fails.
package struct PlaceFinder: Sendable {
    package var language: String?

    /// The longest name in the tables, in words.
    private static let longestName = 12

    package func places(title: String, body: [String]) -> [Place] {
        var tally = Tally(table: CountryNames.table(for: language))
        tally.read(title)
        for text in body { tally.read(text) }
        let (table, mentions, firstSeen) = (tally.table, tally.mentions, tally.firstSeen)
        return mentions.keys
            .sorted { mentions[$0]! != mentions[$1]! ? mentions[$0]! > mentions[$1]! : firstSeen[$0]! < firstSeen[$1]! }
            .map { Place(code: table.codes[$0], name: table.displays[$0], mentions: mentions[$0]!) }
    }

    /// The names found so far, by entry. A struct's stored properties, not variables captured
    /// by a nested function: those were boxed, and every access to them checked at run time.
    private struct Tally {
        let table: CountryNames.Table
        var mentions: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        /// Where the texts read so far end, in bytes: a word's position is `base` plus its
        /// offset, so positions grow through the title and body (only their order counts).
        var base = 0
        /// Scratch space for `match`.
        var key: [UInt8] = []

        init(table: CountryNames.Table) { self.table = table }

        mutating func read(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                var words = CountryNames.WordReader(utf8)
                while let word = words.nextCapitalised() {
                    guard table.mayStart(word, in: utf8),
                        let (entry, end) = PlaceFinder.match(word, then: words, of: utf8, in: table, key: &key)
                    else { continue }
                    mentions[entry, default: 0] += 1
                    if firstSeen[entry] == nil { firstSeen[entry] = base + word.start }
                    words.offset = end
                }
                base += utf8.count + 1
            }
        }
    }

    /// The longest name starting with `first` (the words after it read from `rest`, a copy):
    /// its entry and where its last word ends. `key` is scratch space.
    private static func match(
        _ first: CountryNames.Word, then rest: CountryNames.WordReader, of text: UnsafeBufferPointer<UInt8>,
        in table: CountryNames.Table, key: inout [UInt8]
    ) -> (entry: Int, end: Int)? {
        var rest = rest
        var word = first
        var allCapitals = true
        var found: (Int, Int)?
        key.removeAll(keepingCapacity: true)
        for _ in 0..<Self.longestName {
            if !key.isEmpty { key.append(0x20) }
            word.appendFolded(in: text, to: &key)
            allCapitals = allCapitals && word.allCapitals
            if let name = table.name(forKey: key[...]), !name.acronym || allCapitals { found = (name.entry, word.end) }
            guard table.isPrefix(key[...]), let next = rest.next() else { break }
            word = next
        }
        return found
    }
}
