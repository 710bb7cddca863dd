import TextToolkit

/// A page exported from an editorial system or a layout program as tagged text (InDesign's and
/// QuarkXPress's style tags, a CMS's print export): one paragraph a line, each opening with its
/// style's name between `@` and `:` (`@Titel:…`, `@Autor:…`, `@Grundtext:…`, `@Dachzeile:…`).
///
/// A style named like a labelled field (`ClippingLabels`: `Titel`, `Titular`, `Autor`, `Date`,
/// `Quelle`, …) becomes that labelled line (`Titel: …`), read as any label is, and these lines
/// open the file, in their order, above everything else; every other style
/// (body text, standfirst, kicker, caption) is a paragraph of the text, its tag left out.
///
/// Contract: `labelled` returns `lines` unchanged unless three lines at least open with a tag
/// (`@`, one to three words of letters, `:`); untagged lines are kept as they are. Pure.
enum TaggedText {
    static func labelled(_ lines: [String]) -> [String] {
        var tagged = 0
        for line in lines where line.utf8.first == 0x40 && tag(line) != nil {
            tagged += 1
            if tagged == 3 { break }
        }
        guard tagged == 3 else { return lines }
        // The fields' lines go first, above the untagged lines and the paragraphs, wherever the
        // export put them (a kicker's paragraph above the title's line would hide the title).
        var fields: [String] = []
        var rest: [String] = []
        rest.reserveCapacity(lines.count * 2)
        for line in lines {
            guard line.utf8.first == 0x40, let (name, value) = tag(line) else {
                rest.append(line)
                continue
            }
            switch ClippingLabels.field(named: name) {
            case .title?, .author?, .date?, .source?, .site?, .credit?:
                fields.append(name + ": " + value)
            default:
                if rest.last?.isEmpty == false { rest.append("") }
                rest.append(value)
                rest.append("")
            }
        }
        return fields + [""] + rest
    }

    /// `@Titel:COMPUTER …` → (`Titel`, `COMPUTER …`); nil without a tag or with an empty value.
    private static func tag(_ line: String) -> (String, String)? {
        guard let colon = line.prefix(40).firstIndex(of: ":") else { return nil }
        let name = line[line.index(after: line.startIndex)..<colon]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }),
            LineBytes.spaceSeparatedCount(String(name)) <= 3
        else { return nil }
        let value = LineBytes.trimmed(line[line.index(after: colon)...])
        return value.isEmpty ? nil : (String(name), value)
    }
}
