import DateReading
import HTMLTree

/// The publication date a page's structured data gives its MAIN article: the date that beats a
/// print edition's `<meta name="date">`, an `article:published_time` that is a re-publication
/// time, and the dates of related stories listed on the page.
///
/// Contract: first the JSON-LD article's `datePublished` (else `dateCreated`), from the article
/// object `HTMLJSONLD` chose as the page's own; then microdata: among the elements whose
/// `itemtype` is an article type (`schema.org/NewsArticle`, `Article`, `BlogPosting`, …) and that
/// are not inside another such element, the one holding the page's first `<h1>` (else the
/// largest), and in it the first `itemprop="datePublished"` (else `dateCreated`) that belongs to
/// it and not to an item nested in it (a related story's teaser), read from its `content` or
/// `datetime` attribute or its text (the first `maximumCandidates` such properties only).
/// Values are read by `HTMLDateExpression`. Pure; nil when neither states a valid date.
enum HTMLArticleDate {
    static func find(_ facts: PageDateFacts, document: HTMLDocument, expression: HTMLDateExpression) -> CalendarDate? {
        if facts.jsonLDIsArticle, let found = facts.jsonLDPublished.flatMap({ expression.date($0) }) { return found }
        guard let main = mainItem(firstHeading: facts.firstHeading, document: document) else { return nil }
        for name in ["datepublished", "datecreated"] {
            var examined = 0
            for index in (main + 1)..<Int(document.nodes[main].end) where examined < maximumCandidates {
                guard document.tag(index) != .text, let property = document.lowercased(.itemprop, of: index),
                    property.split(separator: " ").contains(Substring(name))
                else { continue }
                examined += 1
                guard owner(of: index, document) == main else { continue }
                let value = document.attribute(.content, of: index) ?? document.attribute(.datetime, of: index)
                    ?? document.text(of: index, limit: 200)
                if let found = expression.date(value) { return found }
            }
        }
        return nil
    }

    /// The outermost article-typed microdata item holding the first `<h1>`, else the largest.
    private static func mainItem(firstHeading: Int?, document: HTMLDocument) -> Int? {
        var items: [Int] = []
        var position = 0
        while position < document.count {
            if isArticleItem(position, document) {
                items.append(position)
                position = Int(document.nodes[position].end)
            } else {
                position += 1
            }
        }
        if let heading = firstHeading,
            let holding = items.first(where: { $0 < heading && heading < Int(document.nodes[$0].end) })
        {
            return holding
        }
        return items.max { Int(document.nodes[$0].end) - $0 < Int(document.nodes[$1].end) - $1 }
    }

    private static func isArticleItem(_ index: Int, _ document: HTMLDocument) -> Bool {
        guard document.tag(index) != .text, document.attributeBytes(.itemscope, of: index) != nil,
            let type = document.lowercased(.itemtype, of: index)
        else { return false }
        return type.split(separator: " ").contains { url in
            let name = url.split(separator: "/").last.map(String.init) ?? ""
            return SchemaOrgTypes.articles.contains(name)
        }
    }

    /// Date properties looked at in the main item, and ancestors walked to find a property's
    /// item: real pages need a handful; the caps bound a hostile page's work (a million nested
    /// `itemprop="datePublished"` elements) to a few thousand steps.
    static let maximumCandidates = 32
    static let maximumDepth = 64

    /// The nearest ancestor of `index` that starts a microdata item (`itemscope`), if any
    /// within `maximumDepth` levels.
    private static func owner(of index: Int, _ document: HTMLDocument) -> Int? {
        var current = document.parent(index)
        var depth = 0
        while let node = current, depth < maximumDepth {
            if document.attributeBytes(.itemscope, of: node) != nil { return node }
            current = document.parent(node)
            depth += 1
        }
        return nil
    }
}
