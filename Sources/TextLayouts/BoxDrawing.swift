import TextToolkit

/// A frame drawn with Unicode's box-drawing characters (`┌──┐`, `│ Le Monde │`, `├──┤`, `└──┘`, or the
/// double lines `╔═╗ ║ ╚═╝`) around a clipping's head: the lines it frames, without the frame.
///
/// Contract: `framed` is true when one of the first 40 lines opens (past spaces) with a frame's top
/// corner (`┌ ┏ ╔ ╭`) and one with a vertical line (`│ ┃ ║`); a line of `─` alone is a rule, no frame.
/// `unframed` changes only lines opening with a box-drawing character other than a horizontal line
/// (U+2500–U+257F): a line of box-drawing characters and spaces alone (a border, a rule between rows,
/// opening with a corner or a junction) becomes a blank line, a line opening with a vertical one its
/// text between the first and the last of them, trimmed (an ASCII `|` in the text stays: `Title | Site`
/// is one line). Every other line, a rule of `─` among them, is returned as it is. Pure.
enum BoxDrawing {
    static func framed(_ lines: [String]) -> Bool {
        let head = lines.prefix(40)
        return head.contains { opening($0).map(corners.contains) == true } && head.contains { opening($0).map(isVertical) == true }
    }

    static func unframed(_ lines: [String]) -> [String] {
        lines.map { line in
            guard let first = opening(line), !horizontal.contains(first.value) else { return line }
            let scalars = line.unicodeScalars
            if scalars.allSatisfy({ isBox($0) || $0 == " " }) { return "" }
            guard let first = scalars.firstIndex(where: isVertical), let last = scalars.lastIndex(where: isVertical), first < last
            else { return line }
            let inner = String(scalars[scalars.index(after: first)..<last])
            return LineBytes.trimmed(inner)
        }
    }

    /// The box-drawing character opening the line past spaces, or nil (found from its bytes: UTF-8 E2 94 or E2 95 first;
    /// a line opening with any other byte than those and a space is turned down on its first byte).
    private static func opening(_ line: String) -> Unicode.Scalar? {
        guard let lead = line.utf8.first, lead == 0xE2 || lead == 0x20 else { return nil }
        var bytes = line.utf8.drop { $0 == 0x20 }.prefix(2).makeIterator()
        guard bytes.next() == 0xE2, [0x94, 0x95].contains(bytes.next() ?? 0) else { return nil }
        return line.unicodeScalars.first { $0 != " " }
    }

    private static let corners: Set<Unicode.Scalar> = ["┌", "┏", "╔", "╭"]
    /// The horizontal lines (`─ ━ ═ ┄ ┈ …`): a line opening with one is a rule.
    private static let horizontal: Set<UInt32> = [0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550]

    private static func isBox(_ scalar: Unicode.Scalar) -> Bool { (0x2500...0x257F).contains(scalar.value) }

    private static func isVertical(_ scalar: Unicode.Scalar) -> Bool { [0x2502, 0x2503, 0x2551].contains(scalar.value) }
}
