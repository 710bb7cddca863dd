import HTMLTree
import TextToolkit

/// The elements of a page that can state its date, in document order, noted during
/// `HTMLMetadata`'s single pass so that `HTMLDates` never walks the tree again for them.
///
/// Contract: `metas` every `<meta>`; `scripts` the `<script type="application/ld+json">` and
/// `application/settings+json` blocks; `abbrs` every `<abbr>`; `times` every `<time>`;
/// `headings` the `<title>` and every `<h1>`. Elements inside an archive.org toolbar
/// (`id="wm-ipp"`, `wm-ipp-base`) are left out of `times` and of `named(in:)`, as htmldate
/// prunes it. Pure; never fails.
public struct HTMLDateMarkup {
    @usableFromInline var metas: [Int] = []
    @usableFromInline var scripts: [Int] = []
    @usableFromInline var abbrs: [Int] = []
    @usableFromInline var times: [Int] = []
    @usableFromInline var headings: [Int] = []
    /// The archive.org toolbars' subtrees.
    @usableFromInline var pruned: [Range<Int>] = []
    /// htmldate's `MAX_POSSIBLE_CANDIDATES`.
    static let maximumNamed = 1000
    /// One past the end of the archive.org toolbar being walked through, if any.
    @usableFromInline var prunedUntil = 0

    public init() {}

    /// Notes the element at `position` (called for every element, in document order; inlined
    /// into the extraction's pass over the page).
    @inlinable public mutating func note(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) {
        switch tag {
        case .meta: metas.append(position)
        case .abbr: abbrs.append(position)
        case .title, .h1: headings.append(position)
        case .script:
            if let type = document.attribute(.type, of: position),
                type == "application/ld+json" || type == "application/settings+json"
            {
                scripts.append(position)
            }
        default: break
        }
        guard position >= prunedUntil else { return }
        if tag == .div, let id = document.attributeBytes(.id, of: position),
            id.elementsEqual("wm-ipp".utf8) || id.elementsEqual("wm-ipp-base".utf8)
        {
            prunedUntil = Int(document.nodes[position].end)
            pruned.append(position..<prunedUntil)
            return
        }
        if tag == .time { times.append(position) }
    }

    /// The elements htmldate's date expression selects (see `isNamedLikeDate`) in document
    /// order, outside archive.org toolbars; at most `maximumNamed + 1` of them, so callers can
    /// tell "too many" (htmldate then ignores them all). Walks the document once, on demand.
    func named(in document: HTMLDocument) -> [Int] {
        var named: [Int] = []
        var position = 0
        var toolbars = pruned[...]
        while position < document.count, named.count <= Self.maximumNamed {
            if let toolbar = toolbars.first, toolbar.lowerBound == position {
                position = toolbar.upperBound
                toolbars = toolbars.dropFirst()
                continue
            }
            if Self.isNamedLikeDate(document, position, document.tag(position)) { named.append(position) }
            position += 1
        }
        return named
    }

    private static let classNeedles = NeedleSet(translatedWords: [
        ("date", "D"), ("datum", "D"), ("meta-", "M"), ("-meta", "M"), ("_meta", "M"), ("postmeta", "M"),
        ("time", nil), ("info", nil), ("post_detail", nil), ("block-content", nil), ("byline", nil),
        ("subline", nil), ("posted", nil), ("submitted", nil), ("created-post", nil), ("publish", nil),
        ("publication", nil), ("author", nil), ("autor", nil), ("field-content", nil), ("fa-clock-o", nil),
        ("fa-calendar", nil), ("fecha", nil), ("parution", nil), ("footer", nil),
    ])
    private static let idNeedles = NeedleSet(translatedWords: [
        ("date", "D"), ("datum", "D"), ("time", nil), ("publish", nil), ("footer", nil),
        ("metadata", "M"), ("-meta", "M"),
    ])
    private static let itempropNeedles = NeedleSet(translatedWords: [("date", "D")])

    /// htmldate's `DATE_EXPRESSIONS`: `<footer>`, `<small>`, or an element whose `id`, `class`
    /// or `itemprop` names a date (`date`, `datum`, any case of the `D`), a time, metadata
    /// (`class="meta"`, `…-meta`, `postmeta`, `id="metadata"`), a byline, an author, publishing
    /// (`posted`, `publish`, `parution`), a calendar icon or a footer.
    static func isNamedLikeDate(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) -> Bool {
        if tag == .footer || tag == .small { return true }
        guard tag != .text, tag != .document, !document.nodes[position].attributeRange.isEmpty else { return false }
        if let id = document.attributeBytes(.id, of: position), idNeedles.occurs(in: id) { return true }
        if let classes = document.attributeBytes(.class, of: position),
            classes.elementsEqual("meta".utf8) || classNeedles.occurs(in: classes)
        {
            return true
        }
        if let itemprop = document.attributeBytes(.itemprop, of: position) { return itempropNeedles.occurs(in: itemprop) }
        return false
    }
}

