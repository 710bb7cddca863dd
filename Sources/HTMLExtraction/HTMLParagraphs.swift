import HTMLTree
import TextToolkit

/// Turns the visible text of one region of a page into paragraphs.
///
/// Contract: a paragraph is a run of text under the same block element with no block or `<br>`
/// boundary inside; whitespace collapses to single spaces. Dropped: `<h1>` runs (the title),
/// runs that are mostly link text, and (unless `lax`) runs under 40 characters that neither end
/// like a sentence nor are a subheading (`<h2>`–`<h6>` of 10+ characters). The short runs
/// dropped before the first paragraph kept (at most four: a byline, a dateline, a kicker) are
/// returned apart as `leading`. Pure; never fails.
struct HTMLParagraphs {
    let document: HTMLDocument
    let hidden: [Bool]
    let block: [Int32]
    let inLink: [Bool]

    func collect(in region: Int, lax: Bool) -> (paragraphs: [String], leading: [String]) {
        // A page that parses to no nodes at all still gets region 0 (found by fuzzing:
        // Tests/reliability/fuzz-regressions/crash-172f1675…, index out of range).
        guard document.nodes.indices.contains(region) else { return ([], []) }
        var paragraphs: [String] = []
        var leading: [String] = []
        // Room for a paragraph every two nodes of the region (a paragraph is a text node, and
        // the next one starts after a block or `<br>` node): no regrowth copy on a page of
        // millions of paragraphs. Capacity only (more paragraphs just grow the array); room
        // never used costs no memory.
        paragraphs.reserveCapacity((Int(document.nodes[region].end) - region + 1) / 2)
        var bytes: [UInt8] = []
        var linkBytes = 0
        var currentBlock: Int32 = -1
        var boundary = true

        func flush() {
            defer {
                bytes.removeAll(keepingCapacity: true)
                linkBytes = 0
            }
            guard !bytes.isEmpty, currentBlock >= 0 else { return }
            let tag = document.tag(Int(currentBlock))
            if tag == .h1 { return }
            let text = HTMLDocument.collapsed(bytes[...])
            guard !text.isEmpty, linkBytes * 2 < bytes.count || lax else { return }
            // `hasAtMost` walks at most 40 characters, not the whole paragraph.
            if !lax, TextFolding.hasAtMost(text, 39), !Self.endsSentence(text),
                !(tag.isHeading && !TextFolding.hasAtMost(text, 9))
            {
                if paragraphs.isEmpty, leading.count < 4 { leading.append(text) }
                return
            }
            paragraphs.append(text)
        }

        var position = region
        let end = Int(document.nodes[region].end)
        while position < end {
            let tag = document.tag(position)
            if hidden[position] && position != region {
                if tag.isBlock || tag == .br { boundary = true }
                position = Int(document.nodes[position].end)
                continue
            }
            if tag == .text {
                if boundary || block[position] != currentBlock {
                    flush()
                    currentBlock = block[position]
                    boundary = false
                }
                let text = document.textBytes(position)
                bytes.append(contentsOf: text)
                if inLink[position] { linkBytes += text.count }
            } else if tag.isBlock || tag == .br {
                boundary = true
            }
            position += 1
        }
        flush()
        return (paragraphs, leading)
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".!?…:;\"»”)".contains(last)
    }
}
