import DateReading
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

    /// InDesign's own tagged text (`<UNICODE-WIN>`, `<Version:16.4>`, `<DefineParaStyle:…>`, then a
    /// paragraph a line, `<ParaStyle:Headline>Title`, inline tags such as `<pDropCapLines:3>` or
    /// `<CharStyle:Name>…<CharStyle:>` in it): the header's lines dropped, the inline tags taken
    /// out, and each paragraph read as `labelled` reads `@Headline:Title` (a reprint's credit,
    /// `Reproduced with permission of X.`, as `@Source:X`). Returns `lines`
    /// unchanged unless three lines at least open with `<ParaStyle:`. Pure.
    static func inDesignLabelled(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard lines.lazy.filter({ $0.hasPrefix("<ParaStyle:") }).prefix(3).count == 3 else { return lines }
        var converted: [String] = []
        for line in lines {
            guard line.utf8.first == 0x3C else {
                converted.append(line)
                continue
            }
            guard line.hasPrefix("<ParaStyle:"), let close = line.firstIndex(of: ">") else { continue }
            let name = line[line.index(line.startIndex, offsetBy: 11)..<close]
            let value = withoutTags(line[line.index(after: close)...])
            guard !name.isEmpty, !value.isEmpty else { continue }
            // A reprint's credit (`Reproduced with permission of X.`) names the source; any other line is a paragraph.
            if let note = OriginNotes.read(value, dates: dates), let source = note.source {
                // The credit itself stays a paragraph (its day is read at the foot).
                converted += ["@Source:" + source, "@Note:" + value]
            } else {
                converted.append("@\(name):\(value)")
            }
        }
        return labelled(converted)
    }

    /// The text with every `<…>` tag taken out.
    private static func withoutTags(_ text: Substring) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return LineBytes.trimmed(result)
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
