import TextToolkit

/// A page written in reStructuredText (a press review kept in a documentation tool): the
/// document's title between two rules of `=` and its docinfo fields (`:Autor: A`, `:Datum: …`:
/// the page's author and day, never the article's), directives (`.. contents::`, `.. note::`),
/// then each article under its section title (underlined) with its own field list (`:Quelle:
/// Reuters`, `:Datum: 26. Februar 1987`).
///
/// Contract: `labelled` returns the lines unchanged unless two lines at least are fields (`:Label:
/// value`, a label of one to three words) and one is a rule of `=` or `-`. Then the document's
/// title block (over- and underlined) and the fields and blank lines right under it are dropped,
/// directive lines (`.. name::`) and their indented lines are dropped, and every other field
/// becomes a labelled line (`Quelle: Reuters`). Pure.
enum RestructuredText {
    static func labelled(_ lines: [String]) -> [String] {
        guard lines.lazy.filter({ field($0) != nil }).prefix(2).count == 2,
            lines.contains(where: { $0.utf8.count >= 3 && Paragraphs.isRule($0) })
        else { return lines }
        var start = 0
        // The document's title, over- and underlined by the same rule: the page's, with its docinfo fields.
        if lines.count > 3, Paragraphs.isRule(lines[0]), lines[2] == lines[0] {
            start = 3
            while start < lines.count, lines[start].isEmpty || field(lines[start]) != nil { start += 1 }
        }
        var result: [String] = []
        var inDirective = false
        for line in lines[start...] {
            if line.hasPrefix(".. "), line.contains("::") {
                inDirective = true
                continue
            }
            if inDirective {
                if line.isEmpty || line.hasPrefix(" ") { continue }
                inDirective = false
            }
            if let (label, value) = field(line) {
                result.append(label + ": " + value)
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// `:Quelle: Reuters` → (`Quelle`, `Reuters`); nil for any other line.
    private static func field(_ line: String) -> (String, String)? {
        guard line.utf8.first == 0x3A, let close = line.dropFirst().firstIndex(of: ":") else { return nil }
        let label = line[line.index(after: line.startIndex)..<close]
        guard !label.isEmpty, label.count <= 30, label.allSatisfy({ $0.isLetter || $0 == " " }),
            LineBytes.spaceSeparatedCount(String(label)) <= 3
        else { return nil }
        let value = LineBytes.trimmed(line[line.index(after: close)...])
        return value.isEmpty ? nil : (String(label), value)
    }
}
