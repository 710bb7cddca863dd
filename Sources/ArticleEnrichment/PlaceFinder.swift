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
        let table = CountryNames.table(for: language)
        var mentions: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        func read(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                var words = CountryNames.WordReader(utf8)
                while let word = words.next() {
                    defer { order += 1 }
                    guard word.capitalised, table.mayStart(word, in: utf8),
                        let (entry, length) = match(word, then: words, of: utf8, in: table)
                    else { continue }
                    mentions[entry, default: 0] += 1
                    if firstSeen[entry] == nil { firstSeen[entry] = order }
                    for _ in 1..<length { _ = words.next() }
                }
            }
        }
        read(title)
        body.forEach(read)
        return mentions.keys
            .sorted { mentions[$0]! != mentions[$1]! ? mentions[$0]! > mentions[$1]! : firstSeen[$0]! < firstSeen[$1]! }
            .map { Place(code: table.codes[$0], name: table.displays[$0], mentions: mentions[$0]!) }
    }

    /// The longest name starting with `first` (the words after it read from `rest`, a copy):
    /// its entry and length in words.
    private func match(
        _ first: CountryNames.Word, then rest: CountryNames.WordReader, of text: UnsafeBufferPointer<UInt8>,
        in table: CountryNames.Table
    ) -> (Int, Int)? {
        var rest = rest
        var words = [first]
        var key = ""
        var found: (Int, Int)?
        for index in 0..<Self.longestName {
            if index == words.count {
                guard let next = rest.next() else { break }
                words.append(next)
            }
            let folded = words[index].folded(in: text)
            key += key.isEmpty ? folded : " " + folded
            if let name = table.names[key] {
                if !name.acronym || words.allSatisfy(\.allCapitals) { found = (name.entry, index + 1) }
            }
            if !table.prefixes.contains(key) { break }
        }
        return found
    }
}
