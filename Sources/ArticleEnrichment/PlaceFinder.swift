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
        for var text in [title] + body {
            text.withUTF8 { utf8 in
                let words = CountryNames.words(utf8: utf8)
                var index = 0
                while index < words.count {
                    defer { order += 1 }
                    guard words[index].capitalised, let (entry, length) = match(words, at: index, of: utf8, in: table)
                    else {
                        index += 1
                        continue
                    }
                    mentions[entry, default: 0] += 1
                    if firstSeen[entry] == nil { firstSeen[entry] = order }
                    index += length
                }
            }
        }
        return mentions.keys
            .sorted { mentions[$0]! != mentions[$1]! ? mentions[$0]! > mentions[$1]! : firstSeen[$0]! < firstSeen[$1]! }
            .map { Place(code: table.codes[$0], name: table.displays[$0], mentions: mentions[$0]!) }
    }

    /// The longest name starting at `start`: its entry and length in words.
    private func match(
        _ words: [CountryNames.Word], at start: Int, of text: UnsafeBufferPointer<UInt8>, in table: CountryNames.Table
    ) -> (Int, Int)? {
        var key = ""
        var found: (Int, Int)?
        for index in start..<min(words.count, start + Self.longestName) {
            let folded = words[index].folded(in: text)
            key += key.isEmpty ? folded : " " + folded
            if let name = table.names[key] {
                let written = words[start...index]
                if !name.acronym || written.allSatisfy(\.allCapitals) { found = (name.entry, index - start + 1) }
            }
            if !table.prefixes.contains(key) { break }
        }
        return found
    }
}
