import DateReading
import HTMLTree
import TextToolkit

/// A record in the Library of Congress's MODS (`<modsCollection><mods>`, what Zotero, Mendeley
/// and library catalogues export): the `mods`' own `titleInfo` (`title`, and `subTitle` after a
/// colon) the headline; each personal `name` whose role is an author's (`aut`, `author`, or no
/// role) a writer (its `given` and `family` parts, or its one part written family name first);
/// the host item (`relatedItem type="host"`: the newspaper) its title the publication and its
/// `part`'s `date` or `originInfo`'s `dateIssued` the day (the record's own `dateIssued` failing
/// them); never `dateLastAccessed`, `dateCaptured` nor the record's creation; the `abstract` the
/// text (its lines paragraphs).
///
/// Contract: `read` takes the document's root (`modsCollection` or `mods`) and returns its first
/// `mods` holding a title that is not empty and an abstract; nil for any other document. Pure.
enum MODSRecords {
    static func read(_ root: XMLElement, dates: DateRecognizer) -> XMLRecords.Record? {
        guard root.name == "modscollection" || root.name == "mods",
            let mods = root.name == "mods" ? root : root.children.first(where: { $0.name == "mods" }),
            let title = title(of: mods),
            let abstract = mods.children.first(where: { $0.name == "abstract" })
        else { return nil }
        let text = LineBytes.lines(abstract.allText).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        guard !text.isEmpty else { return nil }
        var record = XMLRecords.Record(title: title, rest: text)
        record.authors = mods.children.filter { $0.name == "name" && $0.attributes["type"] != "corporate" && isAuthor($0) }
            .compactMap(person)
        let host = mods.children.first { $0.name == "relateditem" && $0.attributes["type"] == "host" }
        record.source = host.flatMap(title(of:))
        let stated = [host?.first("part")?.children.first { $0.name == "date" }, host?.first("dateissued"),
                      mods.children.first { $0.name == "origininfo" }?.first("dateissued")]
        for element in stated {
            guard let element, let date = dates.firstDate(in: LineBytes.trimmed(element.allText))?.date else { continue }
            record.date = date
            break
        }
        return record
    }

    /// An item's own title (`titleInfo` not typed as an abbreviation, a translation or another
    /// title), with its subtitle after a colon; nil when empty.
    private static func title(of item: XMLElement) -> String? {
        let infos = item.children.filter { $0.name == "titleinfo" }
        guard let info = infos.first(where: { $0.attributes["type"] == nil }) ?? infos.first,
            case let main = LineBytes.trimmed(info.children.first { $0.name == "title" }?.allText ?? ""), !main.isEmpty
        else { return nil }
        let sub = LineBytes.trimmed(info.children.first { $0.name == "subtitle" }?.allText ?? "")
        return sub.isEmpty ? main : main + ": " + sub
    }

    /// A name with no role, or a role term saying author (`aut`, `author`, `Autor`, `auteur`).
    private static func isAuthor(_ name: XMLElement) -> Bool {
        let terms = name.all("roleterm").map { TextFolding.fold(LineBytes.trimmed($0.allText)) }
        return terms.isEmpty || terms.contains { ["aut", "author", "autor", "auteur", "autore", "autora", "autrice"].contains($0) }
    }

    /// `given family`, or a one-part name written family name first (`Roux, Hélène`); nil when empty.
    private static func person(_ name: XMLElement) -> String? {
        let parts = name.children.filter { $0.name == "namepart" }
        func part(_ type: String) -> String { LineBytes.trimmed(parts.first { $0.attributes["type"] == type }?.allText ?? "") }
        let (given, family) = (part("given"), part("family"))
        if !family.isEmpty { return given.isEmpty ? family : given + " " + family }
        let whole = LineBytes.trimmed(parts.first { $0.attributes["type"] == nil }?.allText ?? "")
        return whole.isEmpty ? nil : RISRecord.given(first: whole)
    }
}
