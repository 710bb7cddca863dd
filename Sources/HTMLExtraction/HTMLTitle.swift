import PageDates
import TextToolkit

/// Picks a page's headline and removes the site name publishers append to it.
///
/// Contract: candidates in order are the JSON-LD article `headline`, `og:title`, `twitter:title`,
/// the headline `<h1>` (the first, or after a logo `<h1>` the first later one the `<title>` or
/// `og:title` names: `headline(among:)`), microdata `headline` and `<title>`; a candidate that is
/// empty, cut short (ends with `...` or `…`, unless the `<h1>` reads so too) or just the site's
/// name (a site name, or letters the host holds: `isSiteName`) is skipped (the site's name is
/// used only when nothing else is there). The JSON-LD headline is skipped too when no other
/// source gives its text and two of `og:title`, the `<h1>` and `<title>` agree on another
/// (`jsonLDDisagrees`). A trailing (or leading) segment after ` | `, ` - `, ` – `, ` — `,
/// ` · `, ` :: ` or ` » ` is removed when it names the site: it matches `og:site_name` or the
/// publisher (ignoring case, accents, spaces and punctuation, either containing the other), or
/// it is short (at most 4 words) and its letters appear in the page's host name, or vice versa
/// (`DW.COM`, `Boing Boing` on boingboing.net). Up to three trailing segments go, so a section
/// and a date go too: a segment that is a date (`28.04.2023`, `28 April 2023`), one that names
/// the article's section (`article:section`, JSON-LD `articleSection`: `… | Sport`), and any
/// trailing segments when what is left is the page's first `<h1>` (the headline as the page
/// shows it), and a short segment (at most 4 words) together with the site's name before it (a
/// tagline: `… » SciLogs - Wissenschaftsblogs`). A segment is never removed if nothing would be left. When the first `<h1>` is the chosen title behind a kicker and a colon
/// (`Nutzerbasierte Abrechnung: Musik-Stars fordern …`), the `<h1>` is the title: the headline
/// as the page shows it. Three more signs of a wrong candidate:
/// - a feed link's title names the site too (`Wara Conservation Project » Flux`, `Blog - RSS`),
///   and so does the `twitter:site` account (`@ADAC`);
/// - a first `<h1>` that is the last segment of `<title>` after a separator, shorter than what
///   precedes it (`Headline | Plentylife` with `<h1>Plentylife</h1>`, a logo), is a site name;
/// - a candidate that is a URL slug (`adac-kindersitztest-herbst-2018`: lowercase, no space,
///   two or more hyphens) is skipped;
/// - a meta value cut at an unescaped quote (`content="… 龙湖集团"暗伤"曝露？"` reads
///   `… 龙湖集团`) gives way to the first `<h1>` or `<title>` that continues it with a quote.
/// Every candidate is cut to its first 4 KiB (`titleSized`).
/// Pure; returns nil only when the page has no title candidate at all.
package enum HTMLTitle {
    static let separators = [
        " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " || ", " ~ ", " › ", " « ", " ‹ ", " • ",
    ]
    /// Per separator: whether a title may hold it (Foundation is asked only then).
    private static let guards = separators.map(FoundationSearchGuard.init)

    /// What marks a title segment as not the headline's: the site's names and host, the
    /// article's sections (all as `letters`) and the page's first `<h1>`.
    struct Context {
        var sites: [String]
        var host: String?
        var sections: [String] = []
        var heading: String? = nil
    }

    /// The value cut to its first 4 KiB (on a scalar boundary): no title is longer, and a
    /// hostile page's `og:title` of 10 MiB was folded whole, several times. The field's own
    /// limit (`ArticleFields`) cuts it further.
    package static func titleSized(_ value: String?) -> String? {
        guard let value, value.utf8.count > 4096 else { return value }
        var end = value.utf8.index(value.utf8.startIndex, offsetBy: 4096)
        while end > value.utf8.startIndex, value.utf8[end] & 0xC0 == 0x80 { end = value.utf8.index(before: end) }
        return String(value.utf8[..<end])
    }

    package static func choose(
        metadata: HTMLMetadata, jsonLD: HTMLJSONLD, siteNames: [String], host: String?
    ) -> String? {
        let named = metadata.feedTitles.compactMap(feedSiteName) + [metadata.first("twitter:site")].compactMap { $0 }
        let logo = logoHeading(titleSized(metadata.headings.first?.text).map { TextFolding.trimmed($0) },
                               title: titleSized(metadata.title))
        let sites = (siteNames.map(letters) + named.map(letters) + [logo].compactMap { $0 }).filter { !$0.isEmpty }
        let sections = ((metadata.meta["article:section"] ?? []) + jsonLD.sections).map(letters).filter { !$0.isEmpty }
        var context = Context(sites: sites, host: host, sections: sections)
        let (social, twitter) = (titleSized(metadata.first("og:title")), titleSized(metadata.first("twitter:title")))
        let pageTitle = titleSized(metadata.title)
        let heading = headline(among: metadata.headings.map { ($0.index, titleSized($0.text) ?? "") }, titles: [pageTitle, social],
                               context: context)
        context.heading = heading
        let articleHeadline = jsonLD.isArticle ? titleSized(jsonLD.headline) : nil
        let outvoted = articleHeadline.map {
            jsonLDDisagrees($0, social: social ?? twitter, twitter: twitter, heading: heading, title: pageTitle,
                            context: context)
        } ?? false
        let candidates: [String?] = [
            outvoted ? nil : articleHeadline, social, twitter, heading,
            titleSized(metadata.microdata["headline"]?.first?.value), pageTitle,
            jsonLD.isArticle ? nil : titleSized(jsonLD.headline),
        ]
        var fallback: String?
        for case let candidate? in candidates {
            let title = stripped(TextFolding.trimmed(candidate), context: context)
            // Feeds and JSON-LD often cut long headlines short (`…`, `...`): not the title,
            // unless the page's `<h1>` shows it so.
            guard title.contains(where: \.isLetter),
                title == context.heading || (!title.hasSuffix("...") && !title.hasSuffix("…")), !isSlug(title)
            else { continue }
            if isSiteName(title, context: context) {
                fallback = fallback ?? title
                continue
            }
            // Only a page holding a straight quote in its `<title>` pays for stripping it again.
            let page = pageTitle.flatMap {
                $0.contains("\"") ? stripped(TextFolding.trimmed($0), context: context) : nil
            }
            let whole = continued(title, in: [heading, page])
            let shown = asShown(withKicker(whole, heading: heading, context: context), heading: heading)
            // Only a title still holding `&` pays for comparing it with the page's `<title>`.
            guard shown.utf8.contains(UInt8(ascii: "&")), let page = pageTitle else { return shown }
            return asShown(shown, heading: stripped(TextFolding.trimmed(page), context: context))
        }
        return fallback
    }

    /// The letters of the first `<h1>` when it is the last segment of `<title>` and shorter than
    /// what precedes it there (`Strong & Beautiful - Pamela Reif | Plentylife` and
    /// `<h1>Plentylife</h1>`): the site's name shown as a heading. Else nil.
    static func logoHeading(_ heading: String?, title: String?) -> String? {
        guard let heading, let title, let (rest, segment) = lastSegment(of: TextFolding.trimmed(title))
        else { return nil }
        let name = letters(segment)
        guard !name.isEmpty, letters(heading) == name, letters(rest).count > name.count else { return nil }
        return name
    }

    /// The site's name in a feed link's title: before ` » ` (WordPress: `Site » Feed`,
    /// `Site » Kommentar-Feed`) or before a final ` - RSS` / ` - Atom`. Else nil (`RSS 2.0`).
    static func feedSiteName(_ title: String) -> String? {
        let text = TextFolding.trimmed(title)
        if let range = text.range(of: " » ") { return nonEmpty(TextFolding.trimmed(text[..<range.lowerBound])) }
        for suffix in [" - RSS", " - Atom"] where text.hasSuffix(suffix) {
            return nonEmpty(TextFolding.trimmed(text.dropLast(suffix.count)))
        }
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// A URL slug rather than a headline: lowercase ASCII letters, digits and at least two
    /// hyphens, no space (`adac-kindersitztest-herbst-2018`).
    static func isSlug(_ title: String) -> Bool {
        var hyphens = 0
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "-"): hyphens += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            default: return false
            }
        }
        return hyphens >= 2
    }

    /// The first of `fuller` that continues `title` with a straight double quote: a meta value
    /// cut where the page left a quote unescaped inside the attribute (`content="A "B" C"`
    /// reads `A `). Else `title`.
    static func continued(_ title: String, in fuller: [String?]) -> String {
        for case let text? in fuller where text.utf8.count > title.utf8.count && text.hasPrefix(title) {
            if TextFolding.trimmed(text.dropFirst(title.count)).hasPrefix("\"") { return text }
        }
        return title
    }

    /// The page's `<h1>` when it is `title` behind a kicker (`Nutzerbasierte Abrechnung: ` +
    /// the JSON-LD headline): the headline as the page shows it. Else `title`.
    static func withKicker(_ title: String, heading: String?, context: Context) -> String {
        guard let heading, heading.utf8.count > title.utf8.count + 2, heading.utf8.count <= title.utf8.count + 80
        else { return title }
        let shown = stripped(TextFolding.trimmed(heading), context: context)
        guard shown.hasSuffix(title), let colon = shown.dropLast(title.count).lastIndex(of: ":"),
            shown[shown.index(after: colon)..<shown.index(shown.endIndex, offsetBy: -title.count)]
                .allSatisfy(\.isWhitespace),
            shown[..<colon].contains(where: \.isLetter)
        else { return title }
        return shown
    }

    /// The title without a site-name segment at its end or start (at most two removed).
    static func stripped(_ title: String, sites: [String], host: String?) -> String {
        stripped(title, context: Context(sites: sites, host: host))
    }

    /// The title without site, section and date segments at its end (at most three) and a site
    /// segment at its start.
    static func stripped(_ title: String, context: Context) -> String {
        var text = beforeCJKUnderscore(title) ?? beforeCJKHyphen(title) ?? title
        var removed = 0
        while removed < 3, let (rest, segment) = lastSegment(of: text) {
            guard namesSite(segment, sites: context.sites, host: context.host) || isDate(segment)
                || context.sections.contains(letters(segment)) || rest == context.heading
                || (context.heading.map { headingIsPrefix($0, of: rest) } ?? false)
            else {
                // The site's name and its tagline (`… » SciLogs - Wissenschaftsblogs`) go together.
                guard removed < 2, segment.split(separator: " ").count <= 4, let (head, site) = lastSegment(of: rest),
                    namesSite(site, sites: context.sites, host: context.host)
                else { break }
                text = head
                removed += 2
                continue
            }
            text = rest
            removed += 1
        }
        if let (segment, rest) = firstSegment(of: text), namesSite(segment, sites: context.sites, host: context.host) {
            text = rest
        }
        return text
    }

    /// Whether `rest` still holds trailing segments after exactly the `<h1>` text.
    private static func headingIsPrefix(_ heading: String, of rest: String) -> Bool {
        guard rest.count > heading.count, rest.hasPrefix(heading) else { return false }
        let after = rest.dropFirst(heading.count)
        return separators.contains { after.hasPrefix($0) }
    }

    /// The last of a title's (at most three) trailing segments that is a date, if any.
    static func dateSegment(in title: String) -> String? {
        var text = title
        for _ in 0..<3 {
            guard let (rest, segment) = lastSegment(of: text) else { return nil }
            if isDate(segment) { return segment }
            text = rest
        }
        return nil
    }

    /// A segment that is only a date: `28.04.2023`, `2023-04-28`, `28 April 2023`, `April 28, 2023`.
    static func isDate(_ segment: String) -> Bool {
        let digits = segment.filter(\.isNumber).count
        guard digits >= 4, segment.count <= 32 else { return false }
        // Digits and separators only: a day, month and year (a lone year is no date segment).
        if segment.allSatisfy({ $0.isNumber || " ./-:,".contains($0) }) { return (6...14).contains(digits) }
        return segment.split(separator: " ").count <= 5 && HTMLDateMonthNames.longDate(in: segment) != nil
    }

    private static func lastSegment(of title: String) -> (rest: String, segment: String)? {
        var best: Range<String.Index>?
        for (separator, guarded) in zip(separators, guards) where guarded.mayFind(in: title) {
            if let range = title.range(of: separator, options: .backwards), range.lowerBound > title.startIndex,
                best.map({ range.lowerBound > $0.lowerBound }) ?? true
            {
                best = range
            }
        }
        guard let best else { return nil }
        let rest = TextFolding.trimmed(title[..<best.lowerBound])
        let segment = TextFolding.trimmed(title[best.upperBound...])
        return rest.isEmpty || segment.isEmpty ? nil : (rest, segment)
    }

    private static func firstSegment(of title: String) -> (segment: String, rest: String)? {
        var best: Range<String.Index>?
        for (separator, guarded) in zip(separators, guards) where guarded.mayFind(in: title) {
            if let range = title.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let best else { return nil }
        let segment = TextFolding.trimmed(title[..<best.lowerBound])
        let rest = TextFolding.trimmed(title[best.upperBound...])
        return rest.isEmpty || segment.isEmpty ? nil : (segment, rest)
    }

    /// Lowercased letters and digits only, accents removed.
    static func letters(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        // An ASCII character is a letter or a number exactly when it is A-Z, a-z or 0-9.
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return String(folded.filter { $0.isLetter || $0.isNumber }) }
        return String(decoding: folded.utf8.filter { ASCII.isLetter($0) || ASCII.isDigit($0) }, as: UTF8.self)
    }

    /// The host of an absolute URL (`https://www.dw.com/en/…` → `www.dw.com`), or nil.
    package static func host(of url: String?) -> String? {
        guard let url, let scheme = url.range(of: "://") else { return nil }
        // A String of its own, as in `HTMLJSONLD.comparableURL` (a host of a run of flags walked in a Substring from
        // Foundation's index was quadratic).
        let rest = String(url[scheme.upperBound...])
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }
}
