/// Inline Markdown removed from one line, read on the line's UTF-8 bytes (`MarkdownText.inline`).
///
/// Contract: the same answer as reading the line's `Character`s — a syntax mark counts only when
/// it is a grapheme cluster of its own (`[` followed by a combining mark is text), U+1FEF (which
/// Swift compares equal to a backtick) is a backtick, and emphasis's neighbours are judged by the
/// first scalar of the neighbouring cluster, as `Character.isLetter/isNumber/isWhitespace` are.
/// Time is linear in the line's length whatever it holds; memory is the output and a few integers
/// (no table per byte): the queries "where is the next `]`, `)`, `>`" come in increasing order
/// for each kind, so each is a cursor that never scans a byte twice. Pure; never fails.
enum MarkdownInline {
    static func plain(_ line: String) -> String {
        var copy = line  // shares `line`'s storage: `withUTF8` copies only a non-contiguous string
        return copy.withUTF8 { bytes in
            guard bytes.contains(where: mayBeSyntax) else { return nil }
            var marks = Marks()
            return String(decoding: read(bytes, line, &marks), as: UTF8.self)
        } ?? line
    }

    /// How many bytes the cursors looked at reading `line` (at most 4 per byte): for tests.
    static func cursorSteps(_ line: String) -> Int {
        var copy = line
        var marks = Marks()
        _ = copy.withUTF8 { read($0, line, &marks) }
        return [marks.bracket, marks.reference, marks.paren, marks.angle].reduce(0) { $0 + $1.steps }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ line: String, _ marks: inout Marks) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // The cluster facts are asked only next to a non-ASCII byte: an ASCII line needs no cache.
        let clusters = bytes.contains { $0 >= 0x80 } ? MarkdownClusters() : nil
        Reader(bytes: bytes, line: line, clusters: clusters).inline(0..<bytes.count, &marks, into: &output)
        return output
    }

    /// Bytes that can start inline syntax (`[`, `<`, a backtick, `~`, `*`, `_`) and U+1FEF's lead
    /// byte; `!` needs a `[`.
    private static func mayBeSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5B, 0x3C, 0x60, 0x7E, 0x2A, 0x5F, 0xE1: true
        default: false
        }
    }
}

extension MarkdownInline {
    /// The next `mark` cluster at or after a position: a cache of the last answer, valid for every
    /// position between the query and the answer.
    private struct NextMark {
        let mark: UInt8
        var from = 1
        var found = 0
        var steps = 0

        init(_ mark: UInt8) { self.mark = mark }

        mutating func at(_ position: Int, in reader: Reader) -> Int {
            if from <= position && position <= found { return found }
            var q = position
            while q < reader.count && !reader.isMark(q, mark) { q += 1 }
            steps += q + 1 - position
            (from, found) = (position, q)
            return q
        }
    }

    /// One cursor per query kind: `]` after `[`, `]` after `][`, `)` after `](`, `>` after `<`.
    private struct Marks {
        var bracket = NextMark(0x5D)
        var reference = NextMark(0x5D)
        var paren = NextMark(0x29)
        var angle = NextMark(0x3E)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let line: String
        /// nil for an ASCII line, which has no byte at or above 0x80 to ask about.
        let clusters: MarkdownClusters?

        var count: Int { bytes.count }

        /// Whether the ASCII byte at `p` is a grapheme cluster of its own.
        func isAlone(_ p: Int) -> Bool {
            if p > 0, bytes[p - 1] >= 0x80, clusters!.joinsNext(scalar(endingAt: p)) { return false }
            if p + 1 < count, bytes[p + 1] >= 0x80, clusters!.joinsPrevious(scalar(at: p + 1)) { return false }
            return true
        }

        func isMark(_ p: Int, _ mark: UInt8) -> Bool { bytes[p] == mark && isAlone(p) }

        func inline(_ range: Range<Int>, _ marks: inout Marks, into output: inout [UInt8]) {
            let end = range.upperBound
            var i = range.lowerBound
            while i < end {
                let byte = bytes[i]
                if byte == 0x21, i + 1 < end, isMark(i + 1, 0x5B), isAlone(i), let (_, after) = link(at: i + 1, end: end, &marks) {
                    i = after  // image: dropped
                } else if byte == 0x5B, isAlone(i), let (label, after) = link(at: i, end: end, &marks) {
                    inline(label, &marks, into: &output)  // a label holds no `]`: no deeper nesting
                    i = after
                } else if byte == 0x3C, isAlone(i), startsAutolink(at: i + 1, end: end), case let close = marks.angle.at(i, in: self), close < end {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<close]))
                    i = close + 1
                } else if let skipped = codeOrStrikeMark(at: i, end: end) {
                    i += skipped
                } else if byte == 0x2A || byte == 0x5F, isAlone(i), isEmphasisMark(at: i, in: range) {
                    i += 1
                } else {
                    output.append(byte)
                    i += 1
                }
            }
        }

        /// `[text](url)` or `[text][ref]` whose `[` is at `i`: the label's range and where the link ends.
        private func link(at i: Int, end: Int, _ marks: inout Marks) -> (Range<Int>, Int)? {
            let close = marks.bracket.at(i, in: self)
            let after = close + 1
            guard close < end, after < end else { return nil }
            let closing: Int
            if isMark(after, 0x28) {
                closing = marks.paren.at(after, in: self)
            } else if isMark(after, 0x5B) {
                closing = marks.reference.at(after, in: self)
            } else {
                return nil
            }
            guard closing < end else { return nil }
            return ((i + 1)..<close, closing + 1)
        }

        /// `http…` or `mailto:` at `i`, its last letter not joined to what follows.
        private func startsAutolink(at i: Int, end: Int) -> Bool {
            guard i < end, bytes[i] == 0x68 || bytes[i] == 0x6D else { return false }
            let prefix: StaticString = bytes[i] == 0x68 ? "http" : "mailto:"
            let length = prefix.utf8CodeUnitCount
            guard i + length <= end else { return false }
            for k in 0..<length where bytes[i + k] != prefix.utf8Start[k] { return false }
            return isAlone(i + length - 1)
        }

        /// How many bytes a backtick (or U+1FEF) or a `~~` at `i` takes; nil for anything else.
        private func codeOrStrikeMark(at i: Int, end: Int) -> Int? {
            switch bytes[i] {
            case 0x60: return isAlone(i) ? 1 : nil
            case 0x7E: return i + 1 < end && bytes[i + 1] == 0x7E && isAlone(i) && isAlone(i + 1) ? 2 : nil
            case 0xE1:
                guard i + 2 < end, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xAF else { return nil }
                if i > 0, bytes[i - 1] >= 0x80, clusters!.joinsNext(scalar(endingAt: i)) { return nil }
                if i + 3 < count, bytes[i + 3] >= 0x80, clusters!.joinsPrevious(scalar(at: i + 3)) { return nil }
                return 3
            default: return nil
            }
        }

        /// `*`/`_` not between two letters or digits (so `snake_case` and `2*3` stay) nor between two
        /// spaces; the line's edges and a label's count as spaces.
        private func isEmphasisMark(at i: Int, in range: Range<Int>) -> Bool {
            let before = i > range.lowerBound ? scalarBefore(i, from: range.lowerBound) : " "
            let after = i + 1 < range.upperBound ? scalar(at: i + 1) : " "
            let (wordBefore, spaceBefore) = MarkdownClusters.kind(before, cache: clusters)
            let (wordAfter, spaceAfter) = MarkdownClusters.kind(after, cache: clusters)
            if wordBefore && wordAfter { return false }
            return !(spaceBefore && spaceAfter)
        }

        /// The first scalar of the cluster that ends at `i` (which is a cluster boundary).
        private func scalarBefore(_ i: Int, from start: Int) -> Unicode.Scalar {
            if bytes[i - 1] < 0x80, i - 1 == start || bytes[i - 2] < 0x80 { return Unicode.Scalar(bytes[i - 1]) }
            let index = line.utf8.index(line.utf8.startIndex, offsetBy: i)
            return line.unicodeScalars[line.index(before: index)]
        }

        func scalar(at p: Int) -> Unicode.Scalar { MarkdownClusters.scalar(bytes, at: p) }

        func scalar(endingAt p: Int) -> Unicode.Scalar { MarkdownClusters.scalar(bytes, endingAt: p) }
    }
}
