import DateReading
import TextToolkit

/// An archive's record view above the copy it keeps: a heading (`Vaultline Compliance Archive`,
/// `British Library — Newspaper Reading Room`), a block of aligned labelled lines (`Record ID:
/// VLA-…`, `Captured:  2026-02-05 07:20 UTC`, `Reel:  MF 361/2028`, `Printed:  03/01/2028`), then a
/// marker (`---- Captured content ----`, a rule of `=` or `-`) and the copy, up to the same marker
/// again (what follows it, `Reviewed by A on …`, is the archive's).
///
/// The record's fields are the archive's (when it captured, printed or reviewed the copy, who
/// keeps it), never the article's; a reading room's `Title:` names the newspaper (`Title:  Le
/// Figaro`), the source when the copy names none or names it in capitals; an archive shop's
/// order names the article (`order`). Contract: `read` returns the range of the copy's lines and
/// the record's fields, or nil unless three labelled lines or more (a label of
/// one to three words, a colon, a space; two of them aligned, two spaces or a tab, or five lines) stand among the first twelve lines under at
/// most three other lines, with the marker right under them (blank lines aside) and a copy of
/// three lines or more under it; nil too when a label names a mail's sender or sending time (a
/// memo's `FROM:`, `Da:`), the source or the publication, the article's date or author (but in an
/// order quoting the article's title), or a title of more than four words (a memo's subject) (a monitoring service's `Medium:
/// Reuters`): those are the article's head. Pure.
enum ArchiveRecords {
    static func read(_ lines: [String]) -> (copy: Range<Int>, fields: [(label: String, value: String)])? {
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
        guard labelled.count >= 3, aligned >= 2 || labelled.count >= 5, index < lines.count, marker(lines[index]) else { return nil }
        // A mail's or a memo's headers (`From:`, `To:`, `Subject:`), a monitoring service's record naming the
        // medium (`Medium: Reuters`): the article's head, not an archive's record.
        // Labels in a second column too (`Kunde: OSIRIS      Medium: Reuters`).
        let labels = labelled.flatMap { pair in
            [pair.0] + pair.1.split(separator: "  ").compactMap { column in
                column.firstIndex(of: ":").map { LineBytes.trimmed(column[..<$0]) }
            }
        }
        // An archive shop's order names the article (`Article: «TITLE»`, `Author:`, `Published:`): its fields are read by `order`.
        let names = labelled.contains { quotedAlone($0.1) != nil }
        guard !labels.contains(where: {
            let field = ClippingLabels.field(named: $0)
            return [.sender, .sent, .source, .site].contains(field) || !names && [.author, .date, .credit].contains(field)
        }),
            // A subject (`Oggetto: Nuove regole per le trasferte`) heads a memo; a reading room's `Title:` names a paper.
            !labelled.contains(where: { ClippingLabels.field(named: $0.0) == .title && LineBytes.words($0.1).count > 4 })
        else { return nil }
        let start = index + 1
        let end = lines[start...].firstIndex(of: lines[index]) ?? lines.count
        let copy = start..<end
        guard lines[copy].filter({ !$0.isEmpty }).count >= 3 else { return nil }
        return (copy, labelled.map { (label: $0.0, value: $0.1) })
    }

    /// A reading room's `Title:` (the newspaper it keeps), or nil.
    static func newspaper(_ fields: [(label: String, value: String)]) -> String? {
        fields.first { ClippingLabels.field(named: $0.label) == .title }?.value
    }

    /// The article an order names (an archive shop's receipt: `Article: «TITLE»`, `Published: 26
    /// February 1987 in Reuters (page 17)`, `Author: Jane Doe`): the quoted title, the day and the
    /// publication of a value naming a page or holding a day, the author's name; nil when no
    /// value is a quoted title alone. The order's own day (`Order date:`) is no field of the
    /// article's: only a value naming the publication gives one.
    static func order(_ fields: [(label: String, value: String)], dates: DateRecognizer) -> (title: String, facts: OriginNotes.Note)? {
        guard let title = fields.lazy.compactMap({ quotedAlone($0.value) }).first else { return nil }
        var facts = OriginNotes.Note()
        for (label, value) in fields {
            let field = ClippingLabels.field(named: label)
            if field == .author, facts.authors.isEmpty, let names = Bylines.names(value), names.allSatisfy(Bylines.isPersonLike) {
                facts.authors = names
            }
            // `26 de febrero de 1987 en Reuters (página 17)`, `National Geographic (page 2)`.
            // The last `(` found walking forward: `lastIndex(of:)` steps back over a run of flags counting the run at each step.
            guard value.hasSuffix(")"), let open = LineBytes.lastIndex(of: "(", in: value),
                value[open...].contains(where: \.isNumber), facts.source == nil
            else { continue }
            let named = LineBytes.trimmed(value[..<open])
            if let note = OriginNotes.namedPublication(" " + named, dates: dates) {
                facts.source = note.source
            } else if dates.firstDate(in: named) == nil, LineBytes.words(named).count <= 6 {
                facts.source = named
            }
            facts.date = dates.firstDate(in: named)?.date
        }
        return (title, facts)
    }

    /// `«Title»`, `“Title”`, `„Title“`: the title a value quotes whole.
    private static func quotedAlone(_ value: String) -> String? {
        guard let first = value.first, let last = value.last, value.count > 2,
            let closer = HeadlineNotes.closers[first], closer == last
        else { return nil }
        let title = LineBytes.trimmed(value.dropFirst().dropLast())
        return title.isEmpty ? nil : title
    }

    /// `Record ID:        VLA-…` → (`Record ID`, `VLA-…`, aligned): a label of one to three words, a
    /// colon, then a space before the value (aligned: two spaces or a tab).
    private static func labelledLine(_ line: String) -> (String, String, Bool)? {
        guard let colon = LineBytes.index(of: 0x3A, within: 32, in: line) else { return nil }
        let after = line.utf8[line.utf8.index(after: colon)...]
        guard after.first == 0x20 || after.first == 0x09 else { return nil }
        let isAligned = after.starts(with: [0x20, 0x20]) || after.first == 0x09
        let label = String(Substring(line.utf8[..<colon]))
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        let value = LineBytes.trimmed(Substring(after))
        return value.isEmpty ? nil : (label, value, isAligned)
    }

    /// `---- Captured content ----` (words between runs of dashes), or a rule of ten marks and more.
    private static func marker(_ line: String) -> Bool {
        if line.hasPrefix("---- ") && line.hasSuffix(" ----") && line.utf8.count >= 12 { return true }
        return line.count >= 10 && Paragraphs.isRule(line)
    }
}
