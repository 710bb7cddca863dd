import TextToolkit

/// What htmldate's lxml `Cleaner` removes before it searches a page's markup for date patterns
/// (its `kill_tags`: `svg`, `math`, `figure`, `picture`, `video`, `object`, …), plus every
/// namespace declaration, blanked so that a namespace URL (`xmlns="http://www.w3.org/1999/xhtml"`,
/// `xmlns:fb="http://www.facebook.com/2008/fbml"`), a figure credit or an embedded player never
/// passes for the page's date. (htmldate keeps `xmlns` on elements other than `<html>` and so
/// dates some pages 1999-01-01; that is the one place this departs from it.)
///
/// Contract: returns the page with each such element — from its start tag (`<svg`, any case,
/// followed by a space, `>` or `/`) to the end of the first matching end tag (`</svg>`), or just
/// the start tag when there is none (`<embed>`) — and each `xmlns…="…"` declaration (after a
/// space, value up to 512 bytes) overwritten with spaces, so every other byte keeps its index.
/// Comments and scripts are kept (htmldate keeps them too). Linear: one pass, plus one search
/// for each element's end tag, never repeated once a name has none left. Pure; never fails.
enum HTMLDateCleaner {
    private static let killed: [[UInt8]] = [
        "applet", "audio", "canvas", "datalist", "embed", "figure", "label", "map", "math", "object",
        "picture", "rdf", "svg", "video",
    ].map { Array($0.utf8) }

    static func blankingKilledElements(_ page: [UInt8]) -> [UInt8] {
        var cleaned = page
        var index = 0
        let end = page.count
        // Per killed name: the position from which no end tag follows (searched once, so a page
        // of unclosed `<embed>` costs one pass, not one pass per tag).
        var noEndTagFrom: [[UInt8]: Int] = [:]
        // Only `<`, `x` and `X` can start anything: the loop jumps from one to the next (found
        // by memchr), which visits the same positions in the same order as a byte-by-byte walk.
        var next = NextBytes(page)
        while index < end {
            index = next.first(from: index)
            guard index < end else { break }
            if ASCII.lowercased(page[index]) == UInt8(ascii: "x"), let valueEnd = namespaceValueEnd(in: page, at: index) {
                for position in index..<valueEnd { cleaned[position] = 0x20 }
                index = valueEnd
                continue
            }
            guard page[index] == UInt8(ascii: "<"), let name = killedName(in: page, at: index + 1) else {
                index += 1
                continue
            }
            let from = index + 1 + name.count
            var endTag: Int?
            if noEndTagFrom[name].map({ from < $0 }) ?? true {
                endTag = closing(name, in: page, after: from)
                if endTag == nil { noEndTagFrom[name] = from }
            }
            let regionEnd = endTag ?? page[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? end
            for position in index..<regionEnd { cleaned[position] = 0x20 }
            index = regionEnd
        }
        return cleaned
    }

    /// The next `<`, `x` or `X` at or after a position, each found by memchr and remembered
    /// until the walk passes it.
    private struct NextBytes {
        let page: [UInt8]
        var found: [Int?] = [nil, nil, nil]
        var from = [-1, -1, -1]
        static let targets: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "x"), UInt8(ascii: "X")]

        init(_ page: [UInt8]) { self.page = page }

        /// The first position at or after `index` holding one of the three bytes, or the end.
        mutating func first(from index: Int) -> Int {
            var best = page.count
            for slot in 0..<3 {
                if from[slot] < 0 || (found[slot].map { $0 < index } ?? false) {
                    from[slot] = index
                    found[slot] = page.withUnsafeBufferPointer {
                        ByteSearch.firstIndex(of: Self.targets[slot], in: $0, from: index)
                    }
                }
                if let position = found[slot] { best = min(best, position) }
            }
            return best
        }
    }

    private static let xmlns = Array("xmlns".utf8)

    /// When a namespace declaration (`xmlns="…"`, `xmlns:fb='…'`, after a space) starts at
    /// `index`: one past its value's closing quote.
    private static func namespaceValueEnd(in page: [UInt8], at index: Int) -> Int? {
        guard index > 0, page[index - 1] == 0x20 || page[index - 1] == 0x09 || page[index - 1] == 0x0A,
            ByteSearch.matchesIgnoringCase(xmlns, in: page[...], at: index)
        else { return nil }
        var position = index + xmlns.count
        while position < page.count, page[position] != UInt8(ascii: "="), page[position] != UInt8(ascii: ">"),
            position - index < 64
        { position += 1 }
        guard position < page.count, page[position] == UInt8(ascii: "=") else { return nil }
        position += 1
        while position < page.count, page[position] == 0x20 { position += 1 }
        guard position < page.count, page[position] == 0x22 || page[position] == 0x27 else { return nil }
        let quote = page[position]
        guard let close = page[(position + 1)...].prefix(512).firstIndex(of: quote) else { return nil }
        return close + 1
    }

    /// The killed tag name starting at `index` when a delimiter follows it.
    private static func killedName(in page: [UInt8], at index: Int) -> [UInt8]? {
        // Only names whose first letter is there can match (most tags are `div`, `a`, `span`…).
        guard index < page.count, killedFirstLetters[Int(ASCII.lowercased(page[index]))] else { return nil }
        return killed.first { ByteSearch.matchesIgnoringCase($0, in: page[...], at: index) && endsName(in: page, at: index + $0.count) }
    }

    /// Per byte (after `ASCII.lowercased`): whether a killed name starts with it.
    private static let killedFirstLetters: [Bool] = (0..<256).map { byte in killed.contains { Int($0[0]) == byte } }

    /// Whether a tag name ends at `index`: a space, `>` or `/` there.
    private static func endsName(in page: [UInt8], at index: Int) -> Bool {
        guard index < page.count else { return false }
        let next = page[index]
        return next == 0x20 || next == 0x3E || next == 0x2F || next == 0x09 || next == 0x0A || next == 0x0D
    }

    /// One past the `>` of the first end tag `</name` (then a space, `>` or `/`) at or after
    /// `from`, or nil.
    private static func closing(_ name: [UInt8], in page: [UInt8], after from: Int) -> Int? {
        var index = from
        while index + name.count + 2 <= page.count {
            if page[index] == UInt8(ascii: "<"), page[index + 1] == UInt8(ascii: "/"),
                ByteSearch.matchesIgnoringCase(name, in: page[...], at: index + 2), endsName(in: page, at: index + 2 + name.count)
            {
                return page[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? page.count
            }
            index += 1
        }
        return nil
    }
}
