/// The elements of a page that can state its date, in document order, noted during
/// `HTMLMetadata`'s single pass so that `HTMLDates` never walks the tree again for them.
///
/// Contract: `metas` every `<meta>`; `scripts` the `<script type="application/ld+json">` and
/// `application/settings+json` blocks; `abbrs` every `<abbr>`; `times` every `<time>`;
/// `headings` the `<title>` and every `<h1>`. Elements inside an archive.org toolbar
/// (`id="wm-ipp"`, `wm-ipp-base`) are left out of `times` and of `named(in:)`, as htmldate
/// prunes it. Pure; never fails.
struct HTMLDateMarkup {
    var metas: [Int] = []
    var scripts: [Int] = []
    var abbrs: [Int] = []
    var times: [Int] = []
    var headings: [Int] = []
    /// The archive.org toolbars' subtrees.
    private var pruned: [Range<Int>] = []
    /// htmldate's `MAX_POSSIBLE_CANDIDATES`.
    static let maximumNamed = 1000
    /// One past the end of the archive.org toolbar being walked through, if any.
    private var prunedUntil = 0

    mutating func note(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) {
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

    private static let classNeedles = XPathWordSet([
        ("date", "D"), ("datum", "D"), ("meta-", "M"), ("-meta", "M"), ("_meta", "M"), ("postmeta", "M"),
        ("time", nil), ("info", nil), ("post_detail", nil), ("block-content", nil), ("byline", nil),
        ("subline", nil), ("posted", nil), ("submitted", nil), ("created-post", nil), ("publish", nil),
        ("publication", nil), ("author", nil), ("autor", nil), ("field-content", nil), ("fa-clock-o", nil),
        ("fa-calendar", nil), ("fecha", nil), ("parution", nil), ("footer", nil),
    ])
    private static let idNeedles = XPathWordSet([
        ("date", "D"), ("datum", "D"), ("time", nil), ("publish", nil), ("footer", nil),
        ("metadata", "M"), ("-meta", "M"),
    ])
    private static let itempropNeedles = XPathWordSet([("date", "D")])

    /// htmldate's `DATE_EXPRESSIONS`: `<footer>`, `<small>`, or an element whose `id`, `class`
    /// or `itemprop` names a date (`date`, `datum`, any case of the `D`), a time, metadata
    /// (`class="meta"`, `…-meta`, `postmeta`, `id="metadata"`), a byline, an author, publishing
    /// (`posted`, `publish`, `parution`), a calendar icon or a footer.
    static func isNamedLikeDate(_ document: HTMLDocument, _ position: Int, _ tag: HTMLTag) -> Bool {
        if tag == .footer || tag == .small { return true }
        guard tag != .text, tag != .document, !document.nodes[position].attributeRange.isEmpty else { return false }
        if let id = document.attributeBytes(.id, of: position), idNeedles.found(in: id) { return true }
        if let classes = document.attributeBytes(.class, of: position),
            classes.elementsEqual("meta".utf8) || classNeedles.found(in: classes)
        {
            return true
        }
        if let itemprop = document.attributeBytes(.itemprop, of: position) { return itempropNeedles.found(in: itemprop) }
        return false
    }
}

/// Words looked for inside attribute values, as XPath `contains(translate(@x, "D", "d"), 'date')`
/// does: case-sensitive except that each word may name one upper-case letter read as its lower
/// case. One scan of the value, indexed by first byte.
private struct XPathWordSet {
    private let words: [(bytes: [UInt8], folding: UInt8)]
    /// For each byte, the words that can start with it.
    private let starting: [[Int]]

    init(_ list: [(String, Character?)]) {
        words = list.map { (Array($0.0.utf8), $0.1?.asciiValue ?? 0) }
        var starting = [[Int]](repeating: [], count: 256)
        for (index, word) in words.enumerated() {
            starting[Int(word.bytes[0])].append(index)
            if word.folding != 0, word.bytes[0] == word.folding | 0x20 { starting[Int(word.folding)].append(index) }
        }
        self.starting = starting
    }

    func found(in value: ArraySlice<UInt8>) -> Bool {
        value.withUnsafeBufferPointer { value in
            for start in 0..<value.count {
                for index in starting[Int(value[start])] {
                    let (word, upper) = words[index]
                    guard start + word.count <= value.count else { continue }
                    var offset = 0
                    while offset < word.count {
                        let byte = value[start + offset]
                        if byte != word[offset], !(byte == upper && byte | 0x20 == word[offset]) { break }
                        offset += 1
                    }
                    if offset == word.count { return true }
                }
            }
            return false
        }
    }
}
