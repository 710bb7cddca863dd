import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 63's containers (`DeskArchives`): a Word file looked into with `unzip` (its listing, its properties, its
/// WordprocessingML document), a Rev.com transcript of an audio edition, a MARC 21 record in its line display over the
/// full text, a wire agency's telex and a routing slip on top of a clipping; for each a dated and signed article, an
/// undated and unsigned one in another language, and look-alikes that are not read that way (refused when they hold no
/// article, else left to the other readers). The carriers' own persons and days (the document's creator and times, the
/// transcript's reader and completion, the record's entry days, the telex's stamp, the slip's sender and day) are
/// never the article's.
@Suite struct ContainersS63Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    /// What `DeskArchives` makes of a text by its first line (a transcript, a record, a telex, a slip).
    private func carried(_ text: String) -> DeskFetches.Print? {
        DeskArchives.carried(text, first: ConsoleRecords.firstLine(text), dates: dates)
    }

    /// What `DeskArchives` makes of an `unzip` under the first line's command.
    private func unzipped(_ text: String) -> DeskFetches.Print? {
        DeskArchives.print(text, words: DeskExports.commandWords(ConsoleRecords.firstLine(text)), dates: dates)
    }

    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")
    private static let spanish = (
        title: "Las acerías piden ayuda al Estado",
        sentences: ["Los productores de acero pidieron el miércoles al Gobierno apoyo para transformar sus altos hornos, según indicó la patronal.",
                    "Sin ayuda pública, miles de empleos estarían amenazados en Asturias y en el País Vasco, según la misma fuente."])
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Staat",
        sentences: ["Die Stahlhersteller haben die Bundesregierung am Mittwoch um Unterstützung beim Umbau ihrer Hochöfen gebeten, teilte der Verband mit.",
                    "Ohne staatliche Hilfe seien in Duisburg und Salzgitter tausende Arbeitsplätze gefährdet, hieß es weiter aus der Branche."])
    private static let germanText = german.sentences.joined(separator: "\n\n")

    // MARK: A Word file unzipped

    private static func paragraph(_ text: String, style: String? = nil, italic: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let run = italic ? "<w:rPr><w:i/><w:iCs/></w:rPr>" : ""
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<w:p w:rsidR=\"00A130B2\">\(properties)<w:r>\(run)<w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }

    private static func docx(_ name: String, paragraphs: [String]?, title: String = "Press review 21 March 2024") -> String {
        let core = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
            + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(title)</dc:title><dc:creator>Carmen Ortiz</dc:creator>"
            + "<cp:lastModifiedBy>Hugo Matos</cp:lastModifiedBy><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-21T09:12:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-03-22T10:00:00Z</dcterms:modified></cp:coreProperties>"
        var lines = ["$ unzip -l \(name)", "Archive:  \(name)", "  Length      Date    Time    Name", "---------  ---------- -----   ----",
                     "     1312  2024-03-21 09:12   [Content_Types].xml", "     2444  2024-03-21 09:12   word/document.xml",
                     "      704  2024-03-21 09:12   docProps/core.xml", "---------                     -------",
                     "     4460                     3 files", "$ unzip -p \(name) docProps/core.xml", core]
        if let paragraphs {
            lines += ["$ unzip -p \(name) word/document.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body>" + paragraphs.joined()
                        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"]
        }
        return (lines + ["$ "]).joined(separator: "\n") + "\n"
    }

    @Test func anUnzippedWordFileGivesItsDocumentsArticleNotItsProperties() throws {
        let a = Self.english
        let layout = try #require(read(Self.docx("press-review-2024-03-21.docx", paragraphs: [
            Self.paragraph(a.title, style: "Title"), Self.paragraph("The Guardian, 13 March 2024", italic: true),
            Self.paragraph("By Jane Doe and John Roe", style: "Subtitle"),
        ] + a.sentences.map { Self.paragraph($0) })))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // French, undated and unsigned, a localised title style: the document's title, creator and days are the desk's.
        let f = Self.french
        let undated = try #require(read(Self.docx("revue-de-presse-2024-03-21.docx", paragraphs: [
            Self.paragraph(f.title, style: "Titre"), Self.paragraph("Le Monde", italic: true),
        ] + f.sentences.map { Self.paragraph($0) }, title: "Revue de presse 21 mars 2024")))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The listing and the properties alone: no article printed, refused.
        let listing = Self.docx("press-review-2024-03-21.docx", paragraphs: nil)
        #expect(unzipped(listing).map { $0.record == nil } == true)
        #expect(read(listing) == nil)
        // A form (no prose): refused.
        let form = Self.docx("leave.docx", paragraphs: ["Leave request", "Name:", "From:", "To:"].map { Self.paragraph($0) })
        #expect(unzipped(form).map { $0.record == nil } == true)
        // A LibreOffice file (`content.xml`, `unzip -c`'s lines above it), in Spanish: its first heading the headline.
        let s = Self.spanish
        let odt = ["$ unzip -c recorte.odt content.xml", "Archive:  recorte.odt", "  inflating: content.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                     + "<text:h text:outline-level=\"1\">\(s.title)</text:h><text:p text:style-name=\"P1\">El País, 3 de marzo de 2024</text:p>"
                     + "<text:p text:style-name=\"P2\">Por Ana García</text:p>"
                     + s.sentences.map { "<text:p text:style-name=\"Standard\">\($0)</text:p>" }.joined()
                     + "</office:text></office:body></office:document-content>"].joined(separator: "\n") + "\n"
        let libre = try #require(read(odt))
        #expect(libre.title == s.title)
        #expect(libre.authors == ["Ana García"])
        #expect(libre.source == "El País")
        #expect(libre.published?.iso == "2024-03-03")
        // A document cut short (libxml2 reads no document): its paragraphs cut from the markup.
        let whole = Self.docx("press-review-2024-03-21.docx", paragraphs: [
            Self.paragraph(a.title, style: "Title"), Self.paragraph("The Guardian, 13 March 2024", italic: true),
        ] + a.sentences.map { Self.paragraph($0) })
        let cut = try #require(read(whole.replacingOccurrences(of: "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>", with: "")))
        #expect(cut.title == a.title)
        #expect(cut.source == "The Guardian")
        #expect(cut.published?.iso == "2024-03-13")
        // The listing, then a converter printing the document: another reader's.
        #expect(unzipped("$ unzip -l clip.docx\nArchive:  clip.docx\n     2444  2024-03-21 09:12   word/document.xml\n$ pandoc clip.docx -t plain\n"
            + a.title + "\n\n" + EmissionsArticle.text + "\n") == nil)
        // An unzip of another archive: not this reader's.
        #expect(unzipped("$ unzip -l backup.zip\nArchive:  backup.zip\n     1312  2024-03-21 09:12   notes.txt\n") == nil)
    }

    // MARK: A transcript

    private static func rev(_ name: String, turns: [String]) -> String {
        var lines = ["\(name) (Completed 03/29/24)", "Transcript by Rev.com", ""]
        var seconds = 0
        for turn in turns {
            lines += [String(format: "Speaker 1 (%02d:%02d):", seconds / 60, seconds % 60), turn, ""]
            seconds += 9
        }
        return lines.joined(separator: "\n")
    }

    @Test func aRevTranscriptGivesTheAudioEditionsArticleNotItsReader() throws {
        let a = Self.english
        let layout = try #require(read(Self.rev("\(a.title) - audio.mp3", turns: [
            "This is the audio edition of The Guardian. \(a.title). By Jane Doe and John Roe. Published March 13, 2024. Read by Ingrid Dahl.",
        ] + a.sentences + ["You've been listening to The Guardian."])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Spanish desk lines over a German article, undated and unsigned, no publication: the reader is no writer.
        let g = Self.german
        let undated = try #require(read(Self.rev("\(g.title) - audio.mp3", turns: [
            "Este es un artículo en audio. \(g.title). Leído por Hélène Roux.",
        ] + g.sentences)))
        #expect(undated.title == g.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(undated.source == nil)
        // An interview's transcript: no headline read out, not this reader's.
        let interview = Self.rev("Interview Bürgermeisterin final.mp3", turns: [
            "Thank you for taking the time. Could you tell us about the plan to cut emissions?",
        ] + a.sentences)
        #expect(carried(interview) == nil)
    }

    // MARK: A MARC record

    private static func marc(_ fields: [String], text: [String]?) -> String {
        (["LDR  00000naa a2200000 c 4500", "001  457240121", "005  20260314122217.0", "008  260314s2024    xx |||||||||||||||||ger d"]
            + fields + (text.map { ["", "Volltext:", ""] + $0 } ?? [])).joined(separator: "\n") + "\n"
    }

    @Test func aMarcRecordGivesTheArticlesFieldsNotTheRecordsDays() throws {
        let g = Self.german
        let layout = try #require(read(Self.marc([
            "040  $a DE-101 $b ger $c DE-101 $e rda", "100 1_ $a Berg, Jana $4 aut", "245 10 $a \(g.title) / $c Jana Berg ; Tom Weller",
            "336  $a Text $b txt $2 rdacontent", "520  $a \(g.sentences[0])", "700 1_ $a Weller, Tom $4 aut",
            "773 08 $i In: $t Handelsblatt $g 03.03.1987, S. 12", "856 4_ $u https://news.example.org/politics/3896454",
        ], text: g.sentences.joined(separator: "\n\n").components(separatedBy: "\n"))))
        #expect(layout.title == g.title)
        #expect(layout.authors == ["Jana Berg", "Tom Weller"])
        #expect(layout.source == "Handelsblatt")
        #expect(layout.published?.iso == "1987-03-03")
        // Catalogued in Spanish (a numeric day, day first) over an English article; no `245 $c`: `100` turned.
        let a = Self.english
        let english = try #require(read(Self.marc([
            "040  $a DE-101 $b spa $c DE-101 $e rda", "100 1_ $a Doe, Jane $4 aut", "245 10 $a \(a.title)",
            "773 08 $i In: $t The Guardian $g 01/03/2024, pág. 12",
        ], text: EmissionsArticle.text.components(separatedBy: "\n"))))
        #expect(english.title == a.title)
        #expect(english.authors == ["Jane Doe"])
        #expect(english.published?.iso == "2024-03-01")
        // French, unsigned, undated, no host named: the record's `005` and `008` days are none.
        let f = Self.french
        let undated = try #require(read(Self.marc([
            "040  $a DE-101 $b fre $c DE-101 $e rda", "245 00 $a \(f.title)", "773 08 $i In: $g p. 31",
        ], text: Self.frenchText.components(separatedBy: "\n"))))
        #expect(undated.title == f.title)
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(undated.source == nil)
        // A book's record, no text under it: no article, refused.
        let book = "LDR  01142cam  2200301 a 4500\n001  92005291\n008  920219s1993    caua   j      000 0 eng\n"
            + "020  $a 0152038655 : $c $15.95\n100 1_ $a Sandburg, Carl, $d 1878-1967.\n245 10 $a Arithmetic / $c Carl Sandburg ; illustrated by Ted Rand.\n"
            + "260  $a San Diego : $b Harcourt Brace Jovanovich, $c c1993.\n300  $a 1 v. (unpaged) : $b ill. (some col.) ; $c 26 cm.\n"
        #expect(carried(book).map { $0.record == nil } == true)
        #expect(read(book) == nil)
        // A text opening with `LDR` that is no record: not this reader's.
        #expect(carried("LDR 4 is a growing problem in the region, officials said.\n\n" + EmissionsArticle.text) == nil)
    }

    // MARK: A telex

    @Test func aTelexGivesItsHeadlineDatelineAndAgencyNotItsStamp() throws {
        let s = Self.spanish
        let telex = ["ZCZC", "EFE211 4 POL 0185 /EFE-BJ17", "LAS-ACERÍAS", s.title.uppercased(), "POR ANA GARCÍA",
                     "MADRID, 3 DE MARZO DE 1987 (EFE) - " + s.sentences[0].uppercased(), "", s.sentences[1].uppercased(), "", "AG/JL",
                     "EFE 031245 GMT MAR 87", "NNNN"].joined(separator: "\n") + "\n"
        let layout = try #require(read(telex))
        #expect(layout.title == s.title.uppercased())
        #expect(layout.authors.map { $0.lowercased() } == ["ana garcía"])
        #expect(layout.source == "EFE")
        #expect(layout.published?.iso == "1987-03-03")
        // In English, undated, unsigned, its headline one word (the slug repeats it).
        let a = Self.english
        let undated = try #require(read(["ZCZC", "REU704 4 GEN 0326 /REU-CL33", "EMISSIONS", "EMISSIONS",
                                         "LONDON (REUTERS) - " + a.sentences[0].uppercased(), "", a.sentences[1].uppercased(), "", "NNNN"]
            .joined(separator: "\n") + "\n"))
        #expect(undated.title == "EMISSIONS")
        #expect(undated.source == "Reuters")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A short copy (a blog's few lines), its slug and headline on their own lines.
        let short = try #require(read(["ZCZC", "REU328 3 POL 0577 /REU-EK15", "DAS-MINISTERIUM", "DAS MINISTERIUM FÜR CLUB-KULTUR INFORMIERT",
                                       "LONDON (REUTERS) - DIE GEMA DREHT VÖLLIG AM ZEIGER! DURCH DIE GEPLANTEN TARIFERHÖHUNGEN STEHEN",
                                       "VIELE CLUBBESITZER VOR DEM AUS. UNTERSCHREIBT BITTE DIESE PETITION:", "", "GO/BZ", "NNNN"]
            .joined(separator: "\n") + "\n"))
        #expect(short.title == "DAS MINISTERIUM FÜR CLUB-KULTUR INFORMIERT")
        #expect(short.source == "Reuters")
        // The same copy without `ZCZC`: not this reader's.
        #expect(carried(["EFE211 4 POL 0185 /EFE-BJ17", s.title.uppercased(), "MADRID (EFE) - " + s.sentences[0].uppercased()]
            .joined(separator: "\n") + "\n") == nil)
    }

    // MARK: A routing slip

    @Test func aRoutingSlipGivesTheArticleUnderItsRuleNotItsPersons() throws {
        let f = Self.french
        let layout = try #require(read(["À : Direction de la communication", "De : Carmen Ortiz", "Date : 05/03/2024", "Objet : revue de presse",
                                        String(repeating: "-", count: 40), "", f.title, "Le Monde — 3 mars 2024", "", Self.frenchText, "",
                                        "JEANNE DUPONT"].joined(separator: "\n") + "\n"))
        #expect(layout.title == f.title)
        #expect(layout.source == "Le Monde")
        #expect(layout.published?.iso == "2024-03-03")
        #expect(layout.authors.map { $0.lowercased() } == ["jeanne dupont"])
        // In German, undated and unsigned: the slip's day and sender are none of its.
        let g = Self.german
        let undated = try #require(read(["An: Leitung Kommunikation", "Von: Hugo Matos", "Datum: 05.03.2024", "Betreff: Pressespiegel",
                                         String(repeating: "-", count: 40), "", g.title, "Handelsblatt", "", Self.germanText]
            .joined(separator: "\n") + "\n"))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A mail's headers with no rule under them: not this reader's.
        #expect(carried(["From: Hugo Matos <hugo@example.org>", "To: desk@example.org", "Subject: \(Self.english.title)", "",
                         EmissionsArticle.text].joined(separator: "\n")) == nil)
    }
}
