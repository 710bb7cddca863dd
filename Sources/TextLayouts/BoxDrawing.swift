import TextToolkit

/// A frame drawn with Unicode's box-drawing characters (`┌──┐`, `│ Le Monde │`, `├──┤`, `└──┘`, or the
/// double lines `╔═╗ ║ ╚═╝`) around a clipping's head: the lines it frames, without the frame.
///
/// Contract: `unframed` changes only lines whose first character past spaces is in the box-drawing
/// block (U+2500–U+257F): a line of box-drawing characters and spaces alone (a border, a rule between
/// rows) becomes a blank line, a line opening with a vertical one (`│ ┃ ║`) its text between the first
/// and the last of them, trimmed (an ASCII `|` in the text stays: `Title | Site` is one line). Every
/// other line is returned as it is. `framed` is true when one of the first 40 lines opens with a
/// box-drawing character. Pure.
enum BoxDrawing {
    static func framed(_ lines: [String]) -> Bool {
        lines.prefix(40).contains(where: opensWithBox)
    }

    static func unframed(_ lines: [String]) -> [String] {
        lines.map { line in
            guard opensWithBox(line) else { return line }
            let scalars = line.unicodeScalars
            if scalars.allSatisfy({ isBox($0) || $0 == " " }) { return "" }
            guard let first = scalars.firstIndex(where: isVertical), let last = scalars.lastIndex(where: isVertical), first < last
            else { return line }
            let inner = String(scalars[scalars.index(after: first)..<last])
            return LineBytes.trimmed(inner)
        }
    }

    /// Whether the line's first byte past spaces opens a box-drawing character (UTF-8 E2 94 or E2 95).
    private static func opensWithBox(_ line: String) -> Bool {
        var bytes = line.utf8.drop { $0 == 0x20 }.prefix(2).makeIterator()
        return bytes.next() == 0xE2 && [0x94, 0x95].contains(bytes.next() ?? 0)
    }

    private static func isBox(_ scalar: Unicode.Scalar) -> Bool { (0x2500...0x257F).contains(scalar.value) }

    private static func isVertical(_ scalar: Unicode.Scalar) -> Bool { [0x2502, 0x2503, 0x2551].contains(scalar.value) }
}
