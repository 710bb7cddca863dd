import DateReading
import Foundation
import HTMLTree
import TextToolkit

/// Five carriers old desk archives keep a clipping in, each read by what it states of the article:
/// a Word file looked into from a terminal (`$ unzip -l x.docx`, `unzip -p x.docx
/// docProps/core.xml`, `unzip -p x.docx word/document.xml`: WordprocessingML's paragraphs `<w:p>`,
/// their style, their runs' `<w:t>`; an OpenDocument's `content.xml` alike), a transcription
/// service's transcript of an audio edition (Rev.com's `NAME - audio.mp3 (Completed MM/DD/YY)`,
/// `Transcript by Rev.com`, `Speaker 1 (00:00):` turns), a library catalogue's MARC 21 record in
/// its line display (`LDR`, `001`, `245 10 $a Title / $c A ; B`, `100 1_ $a Family, Given`, `773 08
/// $t Host $g 03.03.2026, S. 12`, `260`/`264 $c`, `856 $u`) over the article's full text, a wire
/// agency's telex (`ZCZC`, the channel and slug lines, the headline in capitals, `BY A`, the
/// dateline `MADRID, 3 MARZO 2026 (EFE) - `, the text, the desk's initials, the transmission stamp,
/// `NNNN`) and a routing slip on top of a clipping (`À : / De : / Date : / Objet :` in the desk's
/// language, then a rule, the article under it).
///
/// Contract: `print(_:words:dates:)` (asked by `DeskFetches.print` of a `$ unzip` first line)
/// reads a session of `unzip` commands on a word processor's file (`.docx`, `.docm`, `.dotx`,
/// `.odt`) and returns what was printed with the article's record: the printed document's
/// paragraphs (cut from the markup when libxml2 does not read it: cut short, longer than 2 MiB),
/// its title-styled paragraph (else its first) the headline, the lines under it naming a
/// publication (and day) or writers its head (read as a stored clipping's: `DeskFetches.fileRecord`);
/// the record nil when no document body is printed (a listing alone, the document's properties
/// alone) or it holds no text (a form: no prose and fewer than 15 words), so the reader refuses it
/// (`DeskFetches.holdsNoArticle`); nil for an unzip of any other file, and when a command other
/// than `unzip` follows (a converter's print is another reader's). The document's own properties
/// (`core.xml`'s `dc:title`, `dc:creator`, `cp:lastModifiedBy`, its created and modified days) and
/// the listing's days are the desk's file's, never the article's.
/// `carried(_:first:dates:)` (asked by `LayoutReader`'s console prints of any first line but a
/// command) reads a text by its first line: a Rev transcript (nil unless its first turn reads the
/// recording's name out: an interview's transcript is none), a MARC record (no article, so
/// refused, when no text follows it: a book's record; nil without a `245` title), a telex (nil
/// without `ZCZC` opening it or without a headline over a text), a routing slip (nil unless a rule
/// closes the slip and a headline over a text stands under it); nil for any other text. A text is
/// prose (`DeskFetches.holdsProse`) or 15 words at least. What each states: the transcript's
/// recording name is the headline, the intro's publication (`This is the audio edition of P.`),
/// the `By A.` and `Published D.` sentences its writers and day, never the reader (`Read by N.`,
/// `Leído por N.`) nor the completion day; the record's `245 $a` (`$b` after it) the headline,
/// `245 $c` (else `100`/`700`, `Family, Given` turned) the writers, `773 $t` the publication, the
/// day `773 $g`'s (else `773 $d`'s, `260`/`264 $c`'s, numeric days read in the cataloguing
/// language of `040 $b`), never `005`'s or `008`'s; the telex's headline as printed (in capitals),
/// its byline, the dateline's day and agency, never the stamp nor the initials; the slip's article
/// its own head (the headline, `Publication — day` under it) and the writers' names in capitals
/// alone on its last line, never the slip's persons, day or subject. Bounded: 4 MiB, 20,000
/// lines, a document of 2 MiB for libxml2, 2,000 turns, 500 record fields of 64 KiB; each line
/// read once. Pure.
enum DeskArchives {
    // MARK: Entry points

    /// An `unzip` of a word processor's file under the first line's command; nil for any other command.
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard words.first == "unzip", words.dropFirst().contains(where: isWordFile) else { return nil }
        return wordArchive(text, dates: dates)
    }

    /// A transcript, a MARC record, a telex or a routing slip its first line opens; nil for any other text.
    static func carried(_ text: String, first: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let opening = LineBytes.trimmed(first)
        if opening == "ZCZC" || opening.hasPrefix("ZCZC ") { return telex(text, dates: dates) }
        if opening.hasPrefix("LDR ") || opening.hasPrefix("LDR\t") || opening.hasPrefix("=LDR ") { return marcRecord(text, dates: dates) }
        if opening.hasSuffix(")"), LineBytes.contains(opening, bytes: "(Completed ") { return transcript(text, dates: dates) }
        if slipLabel(opening) != nil { return routingSlip(text, dates: dates) }
        return nil
    }

    // MARK: A Word file unzipped

    private static let wordExtensions = [".docx", ".docm", ".dotx", ".odt", ".ott"]

    private static func isWordFile(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return wordExtensions.contains { lowered.hasSuffix($0) }
    }

    /// The parts an `unzip -p` (or `-c`) prints of the file: `word/document.xml` (or `content.xml`) read as the
    /// article's document (its paragraphs cut from the markup when libxml2 cannot read it: cut short, too long); the
    /// listing and `docProps/core.xml` none of its. No article when only unzip's listings and properties are printed;
    /// nil when another command follows (a converter printing the document is another reader's).
    private static func wordArchive(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].hasPrefix("$ ") else { continue }
            let words = DeskExports.commandWords(lines[index])
            // A last prompt with no command (`$ `) ends the session.
            if words.isEmpty { continue }
            guard words.first == "unzip" else { return nil }
            guard words.contains(where: isWordFile), words.contains(where: { $0.hasSuffix("word/document.xml") || $0 == "content.xml" })
            else { continue }
            // What the command printed, up to the next; `unzip -c`'s `Archive:` and `inflating:` lines before the XML.
            let printed = lines[(index + 1)...].prefix { !$0.hasPrefix("$ ") }.drop { !LineBytes.trimmed($0).hasPrefix("<") }
            let xml = printed.joined(separator: "\n")
            guard let paragraphs = documentParagraphs(xml) ?? markupParagraphs(xml) else { continue }
            return (paragraphs.map(\.text), wordArticle(paragraphs, dates: dates))
        }
        // A listing, the document's properties: no article printed.
        return (text, nil)
    }

    /// The paragraphs of a WordprocessingML body (`w:p`, their style's id, their runs' text) or of an OpenDocument's
    /// text (`text:h`, `text:p`); nil when the XML is no such document (or longer than `XMLElements` reads).
    private static func documentParagraphs(_ xml: String) -> [(style: String, text: String)]? {
        let bytes = Array(xml.utf8)
        guard bytes.count <= XMLElements.maximumBytes, let root = XMLElements.parse(bytes) else { return nil }
        var paragraphs: [(style: String, text: String)] = []
        if root.name == "document", let body = root.first("body") {
            for paragraph in body.all("p") {
                let style = paragraph.first("ppr")?.first("pstyle")?.attributes["val"] ?? ""
                var text = ""
                runText(paragraph, into: &text)
                paragraphs.append((style, LineBytes.trimmed(text)))
            }
        } else if root.name == "document-content", let body = root.first("text") {
            for block in body.children where block.name == "h" || block.name == "p" {
                let style = block.name == "h" ? "Heading" : block.attributes["style-name"] ?? ""
                paragraphs.append((style, LineBytes.trimmed(block.allText)))
            }
        } else {
            return nil
        }
        let filled = paragraphs.filter { !$0.text.isEmpty }
        return filled.isEmpty ? nil : filled
    }

    /// The paragraphs of a WordprocessingML or OpenDocument markup libxml2 did not read, cut at each paragraph's end
    /// (`</w:p>`, `</text:p>`, `</text:h>`), a paragraph's style its `w:pStyle`'s or `text:h`'s, the other tags dropped,
    /// references decoded; nil when the markup holds no paragraph. One pass over the bytes (4 MiB at most).
    private static func markupParagraphs(_ xml: String) -> [(style: String, text: String)]? {
        let bytes = Array(xml.utf8.prefix(4 << 20))
        var paragraphs: [(style: String, text: String)] = []
        var current: [UInt8] = []
        var style = ""
        var index = 0
        var inText = false
        while index < bytes.count, paragraphs.count < 20_000 {
            let byte = bytes[index]
            guard byte == 0x3C else {
                if inText { current.append(byte) }
                index += 1
                continue
            }
            guard let close = bytes[index...].prefix(4_096).firstIndex(of: 0x3E) else { break }
            let tag = bytes[(index + 1)..<close]
            let closing = tag.first == 0x2F
            let nameBytes = tag.dropFirst(closing ? 1 : 0).prefix { byte in
                byte != 0x20 && byte != 0x2F && byte != 0x0A && byte != 0x09 && byte != 0x0D
            }
            // The names read are short (a small String, no allocation); a longer one is none of them.
            let name = nameBytes.count <= 15 ? (closing ? "/" : "") + String(decoding: nameBytes, as: UTF8.self) : ""
            switch name {
            case "w:t", "text:p", "text:h", "text:span":
                // An empty element (`<w:t/>`) opens no text.
                if tag.last != 0x2F { inText = true }
                if name == "text:h" { style = "Heading" }
            case "/w:t":
                inText = false
            case "w:tab", "w:br", "text:tab", "text:s", "text:line-break":
                current.append(0x20)
            case "w:pStyle":
                let element = String(decoding: tag, as: UTF8.self)
                if let value = element.firstRange(of: "w:val=\"") { style = String(element[value.upperBound...].prefix { $0 != "\"" }) }
            case "/w:p", "/text:p", "/text:h":
                let text = LineBytes.trimmed(decodeEntities(String(decoding: current, as: UTF8.self)))
                if !text.isEmpty { paragraphs.append((style, text)) }
                current = []
                style = ""
                inText = false
            default:
                break
            }
            index = close + 1
        }
        return paragraphs.isEmpty ? nil : paragraphs
    }

    /// A WordprocessingML paragraph's text: its runs' `w:t`, a tab or a break a space; deleted text, field codes and
    /// properties left out.
    private static func runText(_ element: XMLElement, into text: inout String) {
        for child in element.children {
            switch child.name {
            case "t": text += child.text
            case "tab", "br", "cr": text += " "
            case "ppr", "rpr", "del", "deltext", "instrtext", "fldchar": continue
            default: runText(child, into: &text)
            }
        }
    }

    /// Whether a paragraph style names a title or a first heading (Word's style ids, localised ones included).
    private static func isTitleStyle(_ style: String) -> Bool {
        let folded = style.lowercased().replacingOccurrences(of: " ", with: "")
        return ["title", "titel", "titre", "ttulo", "título", "titolo", "heading1", "berschrift1", "überschrift1", "titre1", "ttulo1",
                "titolo1", "heading"].contains(folded)
    }

    /// The document's article: its title-styled paragraph (else its first) the headline, the short paragraphs under it
    /// (a publication's line, a byline) its head, the others its text; nil when it holds no prose.
    private static func wordArticle(_ paragraphs: [(style: String, text: String)], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let start = paragraphs.prefix(50).firstIndex(where: { isTitleStyle($0.style) }) ?? paragraphs.indices.first else { return nil }
        var lines = [paragraphs[start].text]
        var index = start + 1
        // Up to two lines under the headline naming its publication (and day) or its writers.
        while index < paragraphs.count, index - start <= 2, case let line = paragraphs[index].text, line.utf8.count <= 200,
            DeskAnswers.publicationLine(line, dates: dates) != nil || Bylines.parse(line, dates: dates) != nil
        {
            lines.append(line)
            index += 1
        }
        for paragraph in paragraphs[index...].prefix(20_000) {
            lines.append("")
            lines.append(paragraph.text)
        }
        guard holdsText(lines.dropFirst()), let record = DeskFetches.fileRecord(DeskShells.withPublicationDash(lines), dates: dates),
            DeskShells.statesArticle(record, lines: lines, dates: dates)
        else { return nil }
        return record
    }

    // MARK: A transcript

    /// Phrases naming the audio's publication before its name (an audio edition's intro or outro), folded.
    private static let editionPhrases = ["audio edition of ", "listening to ", "edition audio de ", "edition audio du ", "audioausgabe von ",
                                         "audioausgabe der ", "audioausgabe des ", "edicion en audio de ", "edicion de audio de ",
                                         "edizione audio di ", "edizione audio del ", "edizione audio de ", "edicao audio de ",
                                         "edicao audio do ", "edicao audio da ", "edicao em audio de "]
    /// A narrator's credit (`Read by N.`), folded: no writer's.
    private static let readerPhrases = ["read by ", "narrated by ", "voiced by ", "lu par ", "lue par ", "gelesen von ", "vorgelesen von ",
                                        "gesprochen von ", "leido por ", "leida por ", "narrado por ", "letto da ", "letta da ", "lido por ",
                                        "lida por ", "narre par "]

    /// A transcription service's transcript (`NAME.mp3 (Completed MM/DD/YY)`, `Transcript by Rev.com`, then `Speaker
    /// (00:00):` turns) of an audio edition: the recording's name (its extension and an ` - audio` ending dropped) the
    /// headline when the first turn reads it out; the intro's publication, its `By` and `Published` sentences; the other
    /// turns the text (an outro naming the publication dropped). Nil for any other transcript (an interview's).
    private static func transcript(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        guard lines.count > 3, let service = lines.dropFirst().prefix(3).firstIndex(where: { LineBytes.trimmed($0).hasPrefix("Transcript by ") }),
            let name = recordingName(LineBytes.trimmed(lines[0]))
        else { return nil }
        var turns: [String] = []
        var current: [String]?
        for line in lines[(service + 1)...] {
            let trimmed = LineBytes.trimmed(line)
            if isTurnHeader(trimmed) {
                if let current { turns.append(current.joined(separator: " ")) }
                if turns.count >= 2_000 { current = nil; break }
                current = []
            } else if !trimmed.isEmpty {
                // Text before any turn: no transcript of this service's.
                guard current != nil else { return nil }
                current?.append(trimmed)
            }
        }
        if let current { turns.append(current.joined(separator: " ")) }
        // The headline read out near the first turn's start (its first 4,000 characters searched).
        guard let first = turns.first, case let opening = String(first.prefix(4_000)), let said = opening.range(of: name) else { return nil }
        var body = Array(turns.dropFirst())
        guard holdsText(body) else { return nil }
        var record = JSONRecords.Record(title: name, rest: "")
        record.source = publication(named: String(opening[..<said.lowerBound]))
        // The sentences after the headline: the writers' and the day's; the reader's none.
        for sentence in sentences(String(opening[said.upperBound...]).drop { ".!? ".contains($0) }) {
            let folded = TextFolding.fold(sentence)
            if readerPhrases.contains(where: { folded.hasPrefix($0) }) { continue }
            if record.authors.isEmpty, let byline = Bylines.parse(sentence, dates: dates), !byline.authors.isEmpty {
                record.authors = byline.authors
                if record.date == nil { record.date = byline.date }
            } else if record.date == nil, LineBytes.words(sentence).count <= 10, let found = dates.firstDate(in: sentence) {
                record.date = found.date
            }
        }
        // The outro (`You've been listening to P.`): no text of the article's.
        if let last = body.last, LineBytes.words(last).count <= 15, let closing = publication(named: last),
            record.source == nil || closing == record.source
        {
            record.source = record.source ?? closing
            body.removeLast()
        }
        record.rest = ([name] + body).joined(separator: "\n\n")
        return (turns, record)
    }

    /// A recording's name on the transcript's first line (`Headline - audio.mp3 (Completed 03/10/26)`), without its
    /// extension, the completion and an ` - audio` ending; nil when the line is no such name.
    private static func recordingName(_ line: String) -> String? {
        guard let completed = line.range(of: " (Completed ", options: .backwards) else { return nil }
        var name = String(line[..<completed.lowerBound])
        guard let dot = name.lastIndex(of: "."),
            ["mp3", "m4a", "wav", "mp4", "ogg", "aac", "flac", "wma", "mov", "opus", "webm"].contains(name[name.index(after: dot)...].lowercased())
        else { return nil }
        name = String(name[..<dot])
        for ending in [" - audio", " – audio", "_audio", " (audio)", " audio"] where name.lowercased().hasSuffix(ending) {
            name = String(name.dropLast(ending.count))
            break
        }
        name = LineBytes.trimmed(name)
        return name.isEmpty ? nil : name
    }

    /// A turn's head (`Speaker 1 (00:00):`, `Jane Doe (01:02:03):`): a speaker's name of six words at most, a time.
    private static func isTurnHeader(_ line: String) -> Bool {
        guard line.hasSuffix("):"), line.utf8.count <= 80, let open = line.lastIndex(of: "(") else { return false }
        let time = line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)]
        let speaker = LineBytes.trimmed(line[..<open])
        return (4...8).contains(time.count) && time.allSatisfy { $0 == ":" || $0.isASCII && $0.isNumber } && time.contains(":")
            && !speaker.isEmpty && LineBytes.words(speaker).count <= 6
    }

    /// The publication an audio edition's intro or outro names (`This is the audio edition of Le Monde.`); nil when it
    /// names none.
    private static func publication(named text: String) -> String? {
        let folded = TextFolding.fold(text)
        // Folding keeps the Characters one for one, so an offset in `folded` is one in `text`.
        guard folded.count == text.count, let phrase = editionPhrases.lazy.compactMap({ folded.range(of: $0) }).first else { return nil }
        let start = text.index(text.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: phrase.upperBound))
        var name = Substring(text[start...])
        // Up to the sentence's end: a period before a space and a capital, or the end.
        if let stop = sentences(name).first { name = Substring(stop) }
        let trimmed = LineBytes.trimmed(String(name)).trimmingCharacters(in: CharacterSet(charactersIn: ".!?"))
        guard !trimmed.isEmpty, LineBytes.words(trimmed).count <= 8 else { return nil }
        return trimmed
    }

    /// A text's sentences: cut after `.`, `!` or `?` before a space and a capital, unless the word ending there is an
    /// initial (`J. Doe`), a day's number (`6. Oktober`) or a title (`Dr. Doe`); each without its closing period.
    private static func sentences(_ text: some StringProtocol) -> [String] {
        var out: [String] = []
        var current = ""
        let characters = Array(text.prefix(2_000))
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ", characters[index + 2].isUppercase {
                let word = current.dropLast().split(separator: " ").last ?? ""
                let isAbbreviation = word.count == 1 && word.first?.isUppercase == true || word.count <= 2 && word.allSatisfy(\.isNumber)
                    || ["Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Jr", "Sr", "Mme", "Mlle"].contains(String(word))
                if !(character == "." && isAbbreviation) {
                    out.append(LineBytes.trimmed(character == "." ? String(current.dropLast()) : current))
                    current = ""
                    index += 1
                }
            }
            index += 1
        }
        var last = LineBytes.trimmed(current)
        if last.hasSuffix(".") { last.removeLast() }
        if !last.isEmpty { out.append(last) }
        return out
    }

    // MARK: A MARC record

    /// A field of the record: its tag, indicators and subfields (`$a`, `‡a`), or a control field's value.
    private struct MarcField {
        var tag: String
        var subfields: [(code: Character, value: String)]

        func first(_ code: Character) -> String? {
            subfields.first { $0.code == code }.map(\.value)
        }
    }

    /// The MARC 21 languages of cataloguing that order a numeric day month first or day first (`040 $b`).
    private static let marcLanguages = ["eng": "en", "fre": "fr", "fra": "fr", "ger": "de", "deu": "de", "spa": "es", "ita": "it",
                                        "por": "pt"]

    /// A MARC record in its line display (the leader's `LDR` line, then a field a line: `245 10 $a Title / $c A`, a
    /// line opening with white space continuing the one above), up to a blank line, then the full text (a label such
    /// as `Full text:` perhaps above it): the text's article with the record's fields. No article without prose under
    /// the record; nil when the lines are no record (no title field).
    private static func marcRecord(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        var end = 1
        var raw: [String] = []
        while end < lines.count, raw.count < 500 {
            let line = lines[end]
            if LineBytes.trimmed(line).isEmpty { break }
            if let first = line.first, first == " " || first == "\t", !raw.isEmpty {
                raw[raw.count - 1] += " " + LineBytes.trimmed(line)
            } else if isFieldLine(line) {
                raw.append(line)
            } else {
                break
            }
            end += 1
        }
        let fields = raw.compactMap(marcField)
        guard fields.count >= 2, let title = fields.first(where: { $0.tag == "245" }), var headline = title.first("a").map(isbdTrimmed),
            !headline.isEmpty
        else { return nil }
        if let subtitle = title.first("b").map(isbdTrimmed), !subtitle.isEmpty { headline += ": " + subtitle }
        // The full text under the record, a label line (`Full text:`, `Volltext:`) above it dropped.
        var textLines = Array(lines[end...].drop { LineBytes.trimmed($0).isEmpty })
        if let label = textLines.first.map({ LineBytes.trimmed($0) }), label.hasSuffix(":"), LineBytes.words(label).count <= 4 {
            textLines = Array(textLines.dropFirst().drop { LineBytes.trimmed($0).isEmpty })
        }
        guard holdsText(textLines) else { return (fields.map(\.tag), nil) }
        var record = JSONRecords.Record(title: headline, rest: ([headline, ""] + textLines).joined(separator: "\n"))
        record.authors = marcAuthors(fields, title: title, dates: dates)
        let host = fields.first { $0.tag == "773" }
        record.source = host?.first("t").map(isbdTrimmed).flatMap { $0.isEmpty ? nil : $0 }
        // The day the host's part names, read in the cataloguing language's order.
        let cataloguing = fields.first { $0.tag == "040" }?.first("b").flatMap { marcLanguages[LineBytes.trimmed($0).lowercased()] }
        let reading = cataloguing.map { DateRecognizer(language: $0) } ?? dates
        let published = fields.filter { $0.tag == "260" || $0.tag == "264" }.compactMap { $0.first("c") }
        for value in [host?.first("g"), host?.first("d")].compactMap({ $0 }) + published {
            if let found = reading.firstDate(in: value) {
                record.date = found.date
                break
            }
        }
        return (fields.map(\.tag), record)
    }

    /// A field's line: three digits (or `LDR`), an `=` perhaps before them, a space or a tab after.
    private static func isFieldLine(_ line: String) -> Bool {
        let bytes = Array(line.utf8.prefix(6))
        let start = bytes.first == 0x3D ? 1 : 0
        guard bytes.count >= start + 4 else { return false }
        let tag = bytes[start..<(start + 3)]
        return (tag.allSatisfy { $0 &- 0x30 < 10 } || tag.elementsEqual("LDR".utf8)) && (bytes[start + 3] == 0x20 || bytes[start + 3] == 0x09)
    }

    /// A field line's tag and subfields (`$a`, `‡a`, `|a`; a control field's value its `a`); nil for a line holding none.
    private static func marcField(_ line: String) -> MarcField? {
        // A field's first 64 KiB (a summary's paragraph is far shorter).
        let line = String(line.utf8.prefix(64 << 10)) ?? String(line.prefix(16_000))
        var rest = Substring(line.first == "=" ? line.dropFirst() : Substring(line))
        let tag = String(rest.prefix(3))
        rest = rest.dropFirst(3)
        guard let delimiter = rest.prefix(12).first(where: { $0 == "$" || $0 == "‡" || $0 == "|" }) else {
            return MarcField(tag: tag, subfields: [("a", LineBytes.trimmed(String(rest)))])
        }
        var subfields: [(code: Character, value: String)] = []
        let pieces = rest.split(separator: delimiter, omittingEmptySubsequences: false).dropFirst()
        for piece in pieces.prefix(100) {
            guard let code = piece.first, code.isLetter || code.isNumber else {
                // A delimiter that opens no subfield (`$5 million`): its text the value's.
                if let last = subfields.indices.last { subfields[last].value += String(delimiter) + piece }
                continue
            }
            subfields.append((code, String(piece.dropFirst())))
        }
        return MarcField(tag: tag, subfields: subfields.map { ($0.code, LineBytes.trimmed($0.value)) })
    }

    /// A value without the ISBD mark closing it before the next subfield (` /`, ` :`, ` ;`, ` =`, `,`, `. -`).
    private static func isbdTrimmed(_ value: String) -> String {
        var out = LineBytes.trimmed(value)
        for mark in [" /", " :", " ;", " =", ",", ". -", " -"] where out.hasSuffix(mark) {
            out = LineBytes.trimmed(String(out.dropLast(mark.count)))
            break
        }
        return out
    }

    /// The writers the record names: `245 $c`'s names (`Hélène Roux ; Stefan Krüger`, `by A and B`), else the
    /// personal names of `100` and `700` (`Roux, Hélène` turned to `Hélène Roux`).
    private static func marcAuthors(_ fields: [MarcField], title: MarcField, dates: DateRecognizer) -> [String] {
        if let statement = title.first("c").map(isbdTrimmed), !statement.isEmpty {
            var names: [String] = []
            for part in statement.split(separator: ";").prefix(20) {
                let part = LineBytes.trimmed(String(part))
                if let byline = Bylines.parse(part, dates: dates), !byline.authors.isEmpty {
                    names += byline.authors
                } else if let plain = Bylines.names(part), !plain.isEmpty {
                    names += plain
                } else {
                    names = []
                    break
                }
            }
            if !names.isEmpty { return names }
        }
        return fields.filter { $0.tag == "100" || $0.tag == "700" }.prefix(20).compactMap { field in
            guard let name = field.first("a").map(isbdTrimmed), !name.isEmpty else { return nil }
            let parts = name.split(separator: ",", maxSplits: 1).map { LineBytes.trimmed(String($0)) }
            return parts.count == 2 && !parts[1].isEmpty ? parts[1] + " " + parts[0] : name
        }
    }

    // MARK: A telex

    /// A telex (`ZCZC`, its channel and slug lines, the headline in capitals, a byline, the dateline `PLACE, DAY
    /// (AGENCY) - ` opening the text, the initials and the stamp, `NNNN`): the headline as printed, the byline's writers,
    /// the dateline's day and agency. Nil when no headline and text follow `ZCZC`.
    private static func telex(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        var lines = DeskShells.head(text).map { LineBytes.trimmed($0) }
        // The end of the message (`NNNN`), and the desk's initials and the stamp above it.
        if let close = lines.lastIndex(where: { $0 == "NNNN" }) { lines.removeSubrange(close...) }
        while let last = lines.last, last.isEmpty || isTelexFurniture(last), lines.count > 1 { lines.removeLast() }
        var index = 1
        while index < lines.count, lines[index].isEmpty { index += 1 }
        // The channel line (`EFE211 4 POL 0185 /EFE-BJ17`), then the slug (`PUTSH-EN`) unless it is the headline itself.
        if index < lines.count, isChannelLine(lines[index]) { index += 1 }
        guard index + 1 < lines.count else { return nil }
        if !lines[index].contains(" "), !lines[index + 1].isEmpty, dateline(lines[index + 1]) == nil,
            Bylines.parse(lines[index + 1], dates: dates) == nil
        {
            index += 1
        }
        let headline = lines[index]
        guard !headline.isEmpty, headline.utf8.count <= 300, dateline(headline) == nil else { return nil }
        var record = JSONRecords.Record(title: headline, rest: "")
        var head = [headline]
        var body = index + 1
        if body < lines.count, let byline = Bylines.parse(lines[body], dates: dates), !byline.authors.isEmpty {
            record.authors = byline.authors
            head.append(lines[body])
            body += 1
        }
        var text = Array(lines[body...])
        // The dateline opening the text: its day and agency, then the text after its dash.
        if let first = text.firstIndex(where: { !$0.isEmpty }), first < 3, let line = dateline(text[first]) {
            record.date = dates.firstDate(in: line.place)?.date ?? dates.firstDate(in: line.place.lowercased())?.date
            record.source = agencyName(line.agency)
            text[first] = line.rest
        }
        guard holdsText(text) else { return nil }
        record.rest = (head + [""] + text).joined(separator: "\n")
        return (lines, record)
    }

    /// The channel line under `ZCZC` (`EFE211 4 POL 0185 /EFE-BJ17`, `AFP775 1 POL 0268 /AFP-FJ39`): eight tokens at
    /// most, no lowercase letter, digits in its first token.
    private static func isChannelLine(_ line: String) -> Bool {
        let tokens = LineBytes.words(line)
        guard (1...8).contains(tokens.count), !line.contains(where: \.isLowercase) else { return false }
        return tokens[0].contains(where: { $0.isASCII && $0.isNumber }) && (tokens.count > 1 || line.contains("/"))
    }

    /// A telex's closing lines: the desk's initials (`CN/GZ`), the transmission stamp (`REUTERS 261345 GMT FEB 87`).
    private static func isTelexFurniture(_ line: String) -> Bool {
        let tokens = LineBytes.words(line)
        if tokens.count == 1, line.utf8.count <= 12, line.contains("/"), !line.contains(where: \.isLowercase) { return true }
        return (2...8).contains(tokens.count) && tokens.contains { $0 == "GMT" || $0 == "UTC" }
            && tokens.contains { $0.count == 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A dateline opening a line (`LONDON, FEBRUARY 26, 1987 (REUTERS) - `, `MADRID (EFE) -- `): its place and day, its
    /// agency, the text after its dash; nil for any other line.
    private static func dateline(_ line: String) -> (place: String, agency: String, rest: String)? {
        guard let open = line.prefix(120).firstIndex(of: "("), let close = line[open...].prefix(60).firstIndex(of: ")") else { return nil }
        let after = line[line.index(after: close)...]
        guard let dash = [" - ", " -- ", " — ", " – "].first(where: { after.hasPrefix($0) }) else { return nil }
        let place = LineBytes.trimmed(String(line[..<open]))
        let agency = LineBytes.trimmed(String(line[line.index(after: open)..<close]))
        guard !place.isEmpty, !agency.isEmpty, LineBytes.words(agency).count <= 8, LineBytes.words(place).count <= 10, !place.contains(where: \.isLowercase) else { return nil }
        return (place, agency, String(after.dropFirst(dash.count)))
    }

    /// An agency's name as the dateline prints it, a word of five letters or more in capitals written as a name
    /// (`REUTERS` → `Reuters`; `AFP`, `EFE` as they are).
    private static func agencyName(_ printed: String) -> String {
        LineBytes.words(printed).map { word -> String in
            guard word.count >= 5, word.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return String(word) }
            return word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    // MARK: A routing slip

    /// The slip's labels in the desk's languages (folded).
    private static let slipLabels: Set<String> = ["to", "from", "date", "subject", "re", "cc", "a", "de", "objet", "copie", "pour",
                                                   "expediteur", "destinataire", "an", "von", "datum", "betreff", "kopie", "absender",
                                                   "empfanger", "para", "fecha", "asunto", "remitente", "destinatario", "da", "data",
                                                   "oggetto", "mittente", "assunto", "remetente"]
    /// The labels naming the slip's sender (folded).
    private static let senderLabels: Set<String> = ["from", "de", "von", "da", "expediteur", "absender", "remitente", "mittente", "remetente"]

    /// A slip line's label (`À :`, `From:`, `Betreff:`), folded; nil for any other line.
    private static func slipLabel(_ line: String) -> String? {
        guard let colon = line.prefix(12).firstIndex(of: ":") else { return nil }
        let label = TextFolding.fold(LineBytes.trimmed(String(line[..<colon])))
        return slipLabels.contains(label) ? label : nil
    }

    /// A routing slip (two to eight `Label : value` lines, a sender's among them, then a rule of dashes) on top of a
    /// clipping: the article under the rule, read as a stored clipping's head (the headline, `Publication — day` under
    /// it), the writers' names in capitals alone on its last line; nil when no rule closes the slip or no headline over
    /// a text stands under it.
    private static func routingSlip(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        // The slip's lines first (most texts opening with a label are mails, no rule under their headers).
        let slip = DeskShells.head(text, lines: 10)
        var labels: [String] = []
        var index = 0
        while index < slip.count, index < 8, let label = slipLabel(slip[index]) {
            labels.append(label)
            index += 1
        }
        guard labels.count >= 2, labels.contains(where: senderLabels.contains), index < slip.count,
            isRule(slip[index])
        else { return nil }
        let lines = DeskShells.head(text)
        let under = Array(lines[(index + 1)...].drop { LineBytes.trimmed($0).isEmpty })
        guard let headline = under.first.map({ LineBytes.trimmed($0) }), LineBytes.words(headline).count <= 30,
            !(LayoutReader.endsLikeSentence(headline) && LineBytes.words(headline).count > 20), holdsText(under.dropFirst()),
            var record = DeskFetches.fileRecord(DeskShells.withPublicationDash(under), dates: dates)
        else { return nil }
        // The writers' names in capitals alone at the foot (`JANE DOE AND JOHN ROE`).
        if let foot = under.last(where: { !LineBytes.trimmed($0).isEmpty }).map({ LineBytes.trimmed($0) }), foot != headline,
            foot.utf8.count <= 120, foot.contains(where: \.isLetter), !foot.contains(where: \.isLowercase),
            let names = Bylines.names(foot), !names.isEmpty, names.allSatisfy(Bylines.isPersonLike)
        {
            record.authors = names
        }
        // A memo under the slip states no publication, writer nor day: no article.
        return (labels, DeskShells.statesArticle(record, lines: under, dates: dates) ? record : nil)
    }

    /// A rule: ten dashes, underscores, equals signs or box-drawing lines at least, nothing else.
    private static func isRule(_ line: String) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        return trimmed.count >= 10 && trimmed.allSatisfy { "-_=─━".contains($0) }
    }

    // MARK: Shared

    /// Whether the lines hold an article's text under a carrier that names its headline: prose
    /// (`DeskFetches.holdsProse`), or a short text of 15 words at least (a blog's few lines; a form's labels are fewer).
    /// Shared with `DeskCarriers`.
    static func holdsText(_ lines: some Collection<String>) -> Bool {
        if DeskFetches.holdsProse(lines) { return true }
        var words = 0
        for line in lines.prefix(200) {
            words += LineBytes.words(line).count
            if words >= 15 { return true }
        }
        return false
    }
}
