import TextToolkit

/// An archive's record view above the copy it keeps: a heading (`Vaultline Compliance Archive`,
/// `British Library — Newspaper Reading Room`), a block of aligned labelled lines (`Record ID:
/// VLA-…`, `Captured:  2026-02-05 07:20 UTC`, `Reel:  MF 361/2028`, `Printed:  03/01/2028`), then a
/// marker (`---- Captured content ----`, a rule of `=` or `-`) and the copy, up to the same marker
/// again (what follows it, `Reviewed by A on …`, is the archive's).
///
/// The record's fields are the archive's (when it captured, printed or reviewed the copy, who
/// keeps it), never the article's; a reading room's `Title:` names the newspaper (`Title:  Le
/// Figaro`), the source when the copy names none or names it in capitals. Contract: `read`
/// returns the range of the copy's lines and that name, or nil unless three labelled lines or more (a label of
/// one to three words, a colon, a space; two of them aligned: two spaces or a tab) stand among the first twelve lines under at
/// most three other lines, with the marker right under them (blank lines aside) and a copy of
/// three lines or more under it. Pure.
enum ArchiveRecords {
    static func read(_ lines: [String]) -> (copy: Range<Int>, newspaper: String?)? {
        var index = 0
        var headings = 0
        var labelled: [(String, String)] = []
        var aligned = 0
        while index < min(lines.count, 16) {
            let line = lines[index]
            if line.isEmpty {
                index += 1
                continue
            }
            if let (label, value, isAligned) = labelledLine(line) {
                labelled.append((label, value))
                if isAligned { aligned += 1 }
            } else if labelled.isEmpty, headings < 3 {
                headings += 1
            } else if !labelled.isEmpty, marker(line) {
                break
            } else if labelled.isEmpty || labelled.count >= 3 {
                // A notice under the fields (`Copy for private study and research only.`).
                guard labelled.count >= 3, line.utf8.count <= 120 else { return nil }
            } else {
                return nil
            }
            index += 1
        }
        guard labelled.count >= 3, aligned >= 2, index < lines.count, marker(lines[index]) else { return nil }
        let start = index + 1
        let end = lines[start...].firstIndex(of: lines[index]) ?? lines.count
        let copy = start..<end
        guard lines[copy].filter({ !$0.isEmpty }).count >= 3 else { return nil }
        let newspaper = labelled.first { ClippingLabels.field(named: $0.0) == .title }?.1
        return (copy, newspaper)
    }

    /// `Record ID:        VLA-…` → (`Record ID`, `VLA-…`, aligned): a label of one to three words, a
    /// colon, then a space before the value (aligned: two spaces or a tab).
    private static func labelledLine(_ line: String) -> (String, String, Bool)? {
        guard let colon = line.utf8.prefix(32).firstIndex(of: 0x3A) else { return nil }
        let after = line.utf8[line.utf8.index(after: colon)...]
        guard after.first == 0x20 || after.first == 0x09 else { return nil }
        let isAligned = after.starts(with: [0x20, 0x20]) || after.first == 0x09
        let label = String(Substring(line.utf8[..<colon]))
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        let value = LineBytes.trimmed(Substring(after))
        return value.isEmpty ? nil : (label, value, isAligned)
    }

    /// `---- Captured content ----` (words between runs of dashes), or a rule of ten `=` or `-` and more.
    private static func marker(_ line: String) -> Bool {
        if line.hasPrefix("---- ") && line.hasSuffix(" ----") && line.utf8.count >= 12 { return true }
        return line.utf8.count >= 10 && (line.utf8.allSatisfy { $0 == 0x3D } || line.utf8.allSatisfy { $0 == 0x2D })
    }
}
