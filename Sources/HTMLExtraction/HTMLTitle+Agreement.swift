import HTMLTree
import TextToolkit

/// How the page's own title sources agree: which `<h1>` is the headline, whether a text is just
/// the site's name, and whether the JSON-LD headline is the odd one out.
///
/// Contract: texts are compared by their `letters` after `stripped` (site, section and date
/// segments gone), so case, punctuation, accents and typographic quotes never matter. Pure.
extension HTMLTitle {
    /// The page's headline `<h1>`, trimmed: the first one, unless it is the site's name (a logo:
    /// `<h1>CNET.de</h1>` before the headline's); then the first of the next 64 whose letters the
    /// `<title>` or `og:title` (of 2 KiB at most) holds (a later `<h1>` may be a menu's or a
    /// sidebar's: `Menü`). Nil when there is none.
    static func headline(among headings: [(index: Int, text: String)], titles: [String?], context: Context) -> String? {
        guard let first = headings.first.map({ TextFolding.trimmed($0.text) }) else { return nil }
        guard isSiteName(first, context: context) else { return first }
        // Bounded: 64 headings and titles of 2 KiB at most (a page of 100,000 `<h1>` under a
        // 1 MiB `og:title` searched the title once per heading: quadratic, minutes).
        let named = titles.compactMap { $0.map(letters) }.filter { $0.utf8.count <= 2048 }
        guard !named.isEmpty else { return nil }
        return headings.dropFirst().prefix(64).lazy.map { TextFolding.trimmed($0.text) }.first { text in
            let folded = letters(text)
            return !folded.isEmpty && !isSiteName(text, context: context) && named.contains { $0.contains(folded) }
        }
    }

    /// The `<h1>` when it is `title` written with other punctuation (`’` for `'`, `–` for `-`,
    /// `“…”` for `"…"`), or `title` escaped twice (`Trump&#8217;s` in an `og:title`, `Trump’s`
    /// in the `<h1>`): the same letters and digits in the same case, as the page shows them.
    /// Else `title` (a heading in capitals, or with other words, changes nothing).
    static func asShown(_ title: String, heading: String?) -> String {
        guard let heading, heading != title else { return title }
        func alphanumerics(_ text: String) -> [Unicode.Scalar] {
            text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        let shown = alphanumerics(heading)
        if shown == alphanumerics(title) { return heading }
        return title.utf8.contains(UInt8(ascii: "&")) && shown == alphanumerics(decodeEntities(title)) ? heading : title
    }

    /// Whether the JSON-LD headline should give way: no other source gives its text, while two
    /// of the page's social title (`og:title`, else `twitter:title`), its headline `<h1>` and
    /// its `<title>` give one same text. A JSON-LD `headline` that only it states is a summary
    /// or an older variant (Wikipedia's holds the article's short description); what the page
    /// shows and names itself agrees elsewhere. False when fewer than two sources agree.
    static func jsonLDDisagrees(_ headline: String, social: String?, twitter: String?, heading: String?,
                                title: String?, context: Context) -> Bool {
        // Most pages repeat the headline verbatim elsewhere: decided without stripping anything.
        if [social, twitter, heading, title].contains(where: { $0 == headline }) { return false }
        func key(_ text: String?) -> String? {
            text.map { letters(stripped(TextFolding.trimmed($0), context: context)) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let own = key(headline) else { return false }
        let others = [key(social), key(heading), key(title)]
        guard !others.contains(own), key(twitter) != own else { return false }
        let given = others.compactMap { $0 }
        return Set(given).count < given.count
    }
}
