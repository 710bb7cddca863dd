import HTMLTree
import TextToolkit

/// Finds the article's text in a page and returns it as paragraphs, readability-style.
///
/// Contract: text under scripts, styles, `nav`, `aside`, `footer`, `header`, `figure` and
/// captions never counts, nor does text under a `<form>` or an element `HTMLBoilerplate` names
/// (comments, sharing, related links, ads, …) unless that element holds 40 % or more of the
/// page's text (a page wrapper with a careless class name, an ASP.NET page's all-enclosing
/// form). The region is the `[itemprop=articleBody]` element when it holds text; else the
/// best-scoring container (each paragraph of 25+ characters scores
/// 1 + commas + length/100 (max 3) for its parent, half for its grandparent; scores are damped by
/// link density), searched inside the `<article>` holding the most text when there is one. Sibling
/// containers that score close to the best are kept too. Paragraphs are the text runs of block
/// elements in document order, with whitespace collapsed; mostly-link runs, the `<h1>` and short
/// fragments that do not end a sentence (share buttons, photo credits) are dropped. Pure; never
/// fails; a page without text gives `[]`.
package struct HTMLMainText {
    private let document: HTMLDocument
    /// Per node: excluded from the article text (by tag, role, class or id).
    private var hidden: [Bool]
    /// Per node: the nearest block element at or above it.
    private var block: [Int32]
    /// Per node: visible characters in its subtree, and those inside links.
    private var chars: [Int32]
    private var linkChars: [Int32]
    private var inLink: [Bool]

    package init(_ document: HTMLDocument) {
        self.document = document
        (hidden, block, chars, linkChars, inLink) = ([], [], [], [], [])
        markStructure(classes: false)
        let total = chars.first ?? 0
        markStructure(classes: true, protectAbove: total * 2 / 5)
    }

    /// Fills `hidden`, `block`, `inLink` and the subtree character counts (in local arrays,
    /// stored at the end: no uniqueness check of a stored array per node).
    private mutating func markStructure(classes: Bool, protectAbove: Int32 = 0) {
        let document = self.document
        let nodes = document.nodes
        let count = nodes.count
        let previousChars = chars
        // The tag pass's other arrays are let go before this pass makes its own, and the tag
        // pass makes only the two it fills (a page of millions of nodes held them all twice).
        (self.hidden, self.block, self.inLink, self.chars, self.linkChars) = ([], [], [], [], [])
        var hidden = [Bool](repeating: false, count: count)
        var block = classes ? [Int32](repeating: 0, count: count) : []
        var inLink = classes ? [Bool](repeating: false, count: count) : []
        var chars = [Int32](repeating: 0, count: count)
        var linkChars = classes ? [Int32](repeating: 0, count: count) : []
        var boilerplate = HTMLBoilerplate()
        for index in 0..<count {
            let tag = nodes[index].tag
            let parent = Int(nodes[index].parent)
            var isHidden = parent >= 0 ? hidden[parent] : false
            if !isHidden, tag != .text, tag != .document {
                if tag.isNeverText || tag.isBoilerplate || tag == .header {
                    isHidden = true
                } else if classes, tag != .html, tag != .body, tag != .main, previousChars[index] < protectAbove,
                    tag == .form || boilerplate.isBoilerplate(document, index)
                {
                    isHidden = true
                }
            }
            hidden[index] = isHidden
            // The tag pass only feeds the class pass its character counts: blocks and links
            // are worked out by the class pass alone.
            guard classes else {
                if tag == .text, !isHidden { chars[index] = Self.visibleCount(document.textBytes(index)) }
                continue
            }
            block[index] = tag.isBlock || tag == .document || tag == .body ? Int32(index) : parent >= 0 ? block[parent] : 0
            let linked = tag == .a || (parent >= 0 && inLink[parent])
            inLink[index] = linked
            if tag == .text, !isHidden {
                // The class pass hides all the tag pass hid and more, so a text node visible
                // now was visible then, and its count from then stands.
                let visible = previousChars[index]
                chars[index] = visible
                if linked { linkChars[index] = visible }
            }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            let parent = Int(nodes[index].parent)
            if parent >= 0 {
                chars[parent] += chars[index]
                if classes { linkChars[parent] += linkChars[index] }
            }
        }
        self.hidden = hidden
        self.block = block
        self.inLink = inLink
        self.chars = chars
        self.linkChars = linkChars
    }

    /// Characters other than whitespace (UTF-8 continuation bytes are not counted): the bytes
    /// above 0x20 less the continuation bytes (0x80…0xBF, all above 0x20).
    static func visibleCount(_ bytes: ArraySlice<UInt8>) -> Int32 {
        let count = bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = 0
            // Eight bytes at a time (the compiler did not vectorise the byte loop): a byte's top
            // bit after adding 0x5F to its low seven bits says it is above 0x20 (or it was set);
            // top bit set and the next bit clear marks a continuation byte.
            let tops: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= buffer.count {
                let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let above = (((word & ~tops) &+ 0x5F5F_5F5F_5F5F_5F5F) | word) & tops
                let continuation = word & ~(word << 1) & tops
                count += above.nonzeroBitCount - continuation.nonzeroBitCount
                index += 8
            }
            while index < buffer.count {
                let byte = buffer[index]
                if byte > 0x20, byte < 0x80 || byte >= 0xC0 { count += 1 }
                index += 1
            }
            return count
        }
        return Int32(count)
    }

    // MARK: - Choosing the region

    /// The paragraphs of the article text, leaving out any equal to `title`.
    package func paragraphs(title: String?) -> [String] {
        paragraphsAndLeading(title: title).paragraphs
    }

    /// `paragraphs(title:)`, and the short runs the first region dropped above its first
    /// paragraph (`HTMLParagraphs.collect`'s `leading`: a byline set as a plain paragraph).
    package func paragraphsAndLeading(title: String?) -> (paragraphs: [String], leading: [String]) {
        let regions = chooseRegions()
        var result: [String] = []
        var leading: [String]?
        for region in regions {
            let collected = HTMLParagraphs(document: document, hidden: hidden, block: block, inLink: inLink)
                .collect(in: region, lax: regions == [0])
            leading = leading ?? collected.leading
            // The first region's paragraphs taken as they are (not copied), later ones appended.
            if result.isEmpty { result = collected.paragraphs } else { result += collected.paragraphs }
        }
        guard let title else { return (result, leading ?? []) }
        let folded = TextFolding.fold(title)
        let size = title.utf8.count
        // Folding is costly: only paragraphs of about the title's length can equal it. Removed
        // in place, the others keeping their order (a filtered copy grew by doubling: a page of
        // millions of paragraphs held three arrays of them).
        result.removeAll { abs($0.utf8.count - size) <= size / 4 + 4 && TextFolding.fold($0) == folded }
        return (result, leading ?? [])
    }

    private static let articleBody = NeedleSet(["articlebody"], ignoringCase: true)

    private func chooseRegions() -> [Int] {
        let count = document.count
        for index in 0..<count where !hidden[index] && chars[index] >= 140 {
            if document.attribute(.itemprop, of: index, containsAnyOf: Self.articleBody),
                document.lowercased(.itemprop, of: index) == "articlebody"
            {
                return [index]
            }
        }
        var scope = 0..<count
        var bestArticle: Int?
        for index in 0..<count where document.tag(index) == .article && !hidden[index] && chars[index] >= 250 {
            if bestArticle.map({ chars[index] > chars[$0] }) ?? true { bestArticle = index }
        }
        if let bestArticle { scope = bestArticle..<Int(document.nodes[bestArticle].end) }

        var scores: [Int: Double] = [:]
        for index in scope where index != 0 && document.tag(index).isBlock && !hidden[index] {
            let own = ownChars(index)
            guard own.visible >= 25, own.link * 2 < own.visible else { continue }
            let score = 1 + Double(own.commas) + min(Double(own.visible) / 100, 3)
            guard let parent = document.parent(index) else { continue }
            let container = Int(block[parent])
            if scope.contains(container) { scores[container, default: 0] += score }
            if let above = document.parent(container), scope.contains(Int(block[above])) {
                scores[Int(block[above]), default: 0] += score / 2
            }
        }
        var best: (index: Int, score: Double)?
        for (index, raw) in scores {
            let density = chars[index] > 0 ? Double(linkChars[index]) / Double(chars[index]) : 1
            let score = raw * (1 - density)
            if best == nil || score > best!.score || (score == best!.score && index < best!.index) {
                best = (index, score)
            }
        }
        guard let best else { return bestArticle.map { [$0] } ?? [0] }
        return withSiblings(of: best.index, score: best.score, scores: scores)
    }

    /// The container plus its siblings that score at least a fifth of it (split article bodies).
    private func withSiblings(of container: Int, score: Double, scores: [Int: Double]) -> [Int] {
        guard let parent = document.parent(container) else { return [container] }
        var regions: [Int] = []
        var child = parent + 1
        let end = Int(document.nodes[parent].end)
        let threshold = max(10, score / 5)
        while child < end {
            if child == container {
                regions.append(child)
            } else if !hidden[child], let sibling = scores[child] {
                let density = chars[child] > 0 ? Double(linkChars[child]) / Double(chars[child]) : 1
                if sibling * (1 - density) >= threshold { regions.append(child) }
            }
            child = Int(document.nodes[child].end)
        }
        return regions
    }

    /// Visible, link and comma counts of the text whose nearest block is `index` itself.
    private func ownChars(_ index: Int) -> (visible: Int32, link: Int32, commas: Int) {
        var visible: Int32 = 0
        var link: Int32 = 0
        var commas = 0
        var position = index + 1
        let end = Int(document.nodes[index].end)
        while position < end {
            if hidden[position] || (document.tag(position).isBlock && document.tag(position) != .br) {
                position = Int(document.nodes[position].end)
                continue
            }
            if document.tag(position) == .text {
                visible += chars[position]
                link += linkChars[position]
                commas += document.textBytes(position).lazy.filter { $0 == 0x2C }.count
            }
            position += 1
        }
        return (visible, link, commas)
    }
}
