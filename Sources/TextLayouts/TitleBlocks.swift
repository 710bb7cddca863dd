import DateReading
import TextToolkit

/// Pandoc's title block, at the top of a Markdown or text file: `% Title`, `% Author; Author`,
/// `% Date`, each line opening with `%`, a field left empty as `%` alone, and a field continued
/// on lines that open with a space (`% A long title` / ` wrapped`).
///
/// Contract: `read` takes the file's lines from its first non-empty one; it returns nil unless
/// that line opens with `% ` and holds a title. The title's lines are joined with a space (none
/// after a line ending in a hyphen); the
/// authors are the second field's parts between `;` (each a line of names by `Bylines.names`;
/// a part that is no name is dropped), the date the third field's first date; `bodyStart` is
/// the index of the first line after the block. Pure.
enum TitleBlocks {
    static func read(_ lines: [String], from first: Int, dates: DateRecognizer) -> CarriedFacts? {
        guard first < lines.count, lines[first].hasPrefix("% ") else { return nil }
        var fields: [String] = []
        var index = first
        while index < lines.count, fields.count <= 3 {
            let line = lines[index]
            if line.hasPrefix("%") {
                guard fields.count < 3 else { break }
                fields.append(LineBytes.trimmed(line.dropFirst()))
            } else if line.first == " " || line.first == "\t", !fields.isEmpty, !LineBytes.trimmed(line).isEmpty {
                // A line broken after a hyphen (`Heinrich-Böll-` / ` Stiftung`) joins without a space.
                let field = fields[fields.count - 1]
                fields[fields.count - 1] += (field.isEmpty || field.hasSuffix("-") && !field.hasSuffix(" -") ? "" : " ") + LineBytes.trimmed(line)
            } else {
                break
            }
            index += 1
        }
        guard let title = fields.first, !title.isEmpty else { return nil }
        var block = CarriedFacts(title: title, bodyStart: index)
        if fields.count > 1 {
            block.authors = fields[1].split(separator: ";").flatMap { part in Bylines.names(String(part)) ?? [] }
        }
        if fields.count > 2 { block.date = dates.firstDate(in: fields[2])?.date }
        return block
    }
}
