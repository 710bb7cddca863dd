import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 64's carriers (`DeskCarriers`): `head` over an e-edition's unpacked EPUB (the package's publisher and day, the
/// chapter's article), a writer's or a press office's mail sending a piece with a note naming where (and when) it ran,
/// and an interview whose questions are labelled with the publication; for each a dated and signed article, an undated
/// or unsigned one in another language, and look-alikes that are not read that way. The carriers' own titles, persons
/// and days (the edition's title, the package's modification, the mail's day and sender, the interviewer) are never
/// the article's unless the carrier says so.
@Suite struct ContainersS64Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private func carried(_ text: String) -> DeskFetches.Print? {
        DeskCarriers.carried(text, first: ConsoleRecords.firstLine(text), dates: dates)
    }

    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Staat",
        sentences: ["Die Stahlhersteller haben die Bundesregierung am Mittwoch um Unterstützung beim Umbau ihrer Hochöfen gebeten, teilte der Verband mit.",
                    "Ohne staatliche Hilfe seien in Duisburg und Salzgitter tausende Arbeitsplätze gefährdet, hieß es weiter aus der Branche."])
    private static let spanish = (
        title: "Las acerías piden ayuda al Estado",
        sentences: ["Los productores de acero pidieron el miércoles al Gobierno apoyo para transformar sus altos hornos, según indicó la patronal.",
                    "Sin ayuda pública, miles de empleos estarían amenazados en Asturias y en el País Vasco, según la misma fuente."])

    // MARK: An EPUB's files under head

    private static func epub(publisher: String?, date: String?, title: String, byline: String?, sentences: [String],
                             chapterHeading: Bool = true) -> String {
        var opf = ["==> OEBPS/content.opf <==", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                   "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\">",
                   "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">",
                   "    <dc:identifier id=\"uid\">urn:uuid:0f6527d9-5494-b661-094d-40c2c62831bd</dc:identifier>",
                   "    <dc:title>Edition of the day — e-edition</dc:title>"]
        opf += publisher.map { ["    <dc:publisher>\($0)</dc:publisher>"] } ?? []
        opf += date.map { ["    <dc:date>\($0)</dc:date>"] } ?? []
        opf += ["    <meta property=\"dcterms:modified\">2024-04-02T10:00:00Z</meta>", "  </metadata>",
                "  <manifest><item id=\"ch01\" href=\"text/ch01.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>",
                "  <spine><itemref idref=\"ch01\"/></spine>", "</package>", ""]
        var chapter = ["==> OEBPS/text/ch04.xhtml <==", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!DOCTYPE html>",
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Edition of the day — e-edition</title></head>",
                       "<body><section>", "<p class=\"section\">Economy</p>"]
        chapter += chapterHeading ? ["<h1>\(title)</h1>"] : ["<p>\(title)</p>"]
        chapter += byline.map { ["<p class=\"byline\">\($0)</p>"] } ?? []
        chapter += sentences.map { "<p>\($0)</p>" } + ["</section></body></html>"]
        return (opf + chapter).joined(separator: "\n") + "\n"
    }

    @Test func anEPUBUnderHeadGivesTheChaptersArticleAndThePackagesPublisher() throws {
        let a = Self.english
        let text = Self.epub(publisher: "The Guardian", date: "2024-03-13", title: a.title, byline: "By Jane Doe and John Roe", sentences: a.sentences)
        #expect(DeskCarriers.opensEPUBHead(Array(text.utf8)))
        let layout = try #require(read(text))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(!layout.body.contains("Economy"))
        // German, undated, unsigned: the package's modification is no day of the article's, its title no headline.
        let g = Self.german
        let undated = try #require(read(Self.epub(publisher: "Süddeutsche Zeitung", date: nil, title: g.title, byline: nil, sentences: g.sentences)))
        #expect(undated.title == g.title)
        #expect(undated.source == "Süddeutsche Zeitung")
        #expect(undated.published == nil)
        #expect(undated.authors.isEmpty)
        // A year alone is no day.
        let year = try #require(carried(Self.epub(publisher: "Le Monde", date: "2024", title: g.title, byline: nil, sentences: g.sentences)))
        #expect(year.record?.date == nil)
        // A chapter with no heading: not this reader's; nor is `head` over other files.
        #expect(carried(Self.epub(publisher: "Le Monde", date: "2024-03-13", title: g.title, byline: nil, sentences: g.sentences,
                                  chapterHeading: false)) == nil)
        #expect(carried("==> notes.txt <==\nFirst note\n\n==> todo.txt <==\nCall Jane\n") == nil)
        #expect(!DeskCarriers.opensEPUBHead(Array("==> index.html <==\n<html><body><h1>Hi</h1></body></html>\n".utf8)))
    }

    // MARK: A mail sending a piece

    private static func mail(_ headers: [String], note: String, title: String, sentences: [String], signOff: [String]) -> String {
        (headers + ["", note.components(separatedBy: "\n")[0]] + ["", note.components(separatedBy: "\n").dropFirst().joined(separator: "\n")]
            + ["", title, ""] + [sentences.joined(separator: "\n\n")] + [""] + signOff).joined(separator: "\n") + "\n"
    }

    @Test func aWritersMailGivesThePublicationItNamesAndTheDayItSays() throws {
        let f = Self.french
        let layout = try #require(read(Self.mail(
            ["De : Hélène Roux <helene.roux@newsroom.example.com>", "Envoyé : vendredi 8 septembre 2017 20:24",
             "À : Carmen Ortiz <carmen.ortiz@example.org>", "Objet : \(f.title)"],
            note: "Bonjour Carmen,\ncomme promis, voici mon article paru hier dans Le Monde diplomatique.", title: f.title,
            sentences: f.sentences, signOff: ["Bien à vous,", "Hélène", "", "Hélène Roux", "Journaliste, Le Monde diplomatique"])))
        #expect(layout.title == f.title)
        #expect(layout.authors == ["Hélène Roux"])
        #expect(layout.source == "Le Monde diplomatique")
        #expect(layout.published?.iso == "2017-09-07")
        #expect(!layout.body.contains { $0.contains("Bien à vous") || $0.contains("Journaliste") })
        // German, a press office's: `hier` is German's `here`, no day; the sender wrote nothing.
        let g = Self.german
        let office = try #require(read(Self.mail(
            ["Von: Tom Weller <tom.weller@newsroom.example.com>", "Gesendet: Mittwoch, 1. April 2026 19:16",
             "An: Sarah Collins <sarah.collins@example.org>", "Betreff: \(g.title)"],
            note: "Hallo Sarah,\nhier der Artikel in El País, über den wir sprachen.", title: g.title, sentences: g.sentences,
            signOff: ["Viele Grüße", "Tom", "", "Tom Weller", "Pressestelle, El País"])))
        #expect(office.title == g.title)
        #expect(office.source == "El País")
        #expect(office.authors.isEmpty)
        #expect(office.published == nil)
        // Spanish, three days before the mail, with a co-writer in parentheses.
        let s = Self.spanish
        let spanish = try #require(carried(Self.mail(
            ["De: Carmen Ortiz <carmen.ortiz@example.com>", "Enviado: jueves, 14 de marzo de 2024 9:12", "Para: Rui Almeida <rui@example.org>",
             "Asunto: RV: \(s.title)"],
            note: "Hola, Rui:\naquí va mi artículo publicado hace 3 días en El País (con Jana Berg).", title: s.title,
            sentences: s.sentences, signOff: ["Un saludo,", "Carmen"])))
        #expect(spanish.record?.source == "El País")
        #expect(spanish.record?.authors == ["Carmen Ortiz", "Jana Berg"])
        #expect(spanish.record?.date?.iso == "2024-03-11")
        // An English mail `from yesterday's` a publication in lower case, as its signature writes it.
        let a = Self.english
        let english = try #require(carried(Self.mail(
            ["From: Jane Doe <jane@newsroom.example.com>", "Sent: Friday, March 15, 2024 8:02 AM", "To: Tom Weller <tom@example.org>",
             "Subject: \(a.title)"],
            note: "Dear Tom,\nas promised, here is my piece from yesterday's the Guardian.", title: a.title, sentences: a.sentences,
            signOff: ["Best,", "Jane", "", "Jane Doe", "Reporter, the Guardian"])))
        #expect(english.record?.source == "the Guardian")
        #expect(english.record?.date?.iso == "2024-03-14")
        // Look-alikes: a note naming no piece, a piece whose headline is not repeated, a mail sending a report's file.
        #expect(carried(Self.mail(["From: Jane Doe <jane@example.com>", "Subject: \(a.title)"], note: "Hi Tom,\nsee you in Paris on Monday.",
                                  title: a.title, sentences: a.sentences, signOff: ["Jane"])) == nil)
        #expect(carried(Self.mail(["From: Jane Doe <jane@example.com>", "Subject: Lunch"], note: "Hi Tom,\nhere is my piece in Le Monde.",
                                  title: a.title, sentences: a.sentences, signOff: ["Jane"])) == nil)
        #expect(carried(Self.mail(["From: Jane Doe <jane@example.com>", "Subject: \(a.title)"], note: "Hi Tom,\nthe minutes are attached.",
                                  title: a.title, sentences: a.sentences, signOff: ["Jane"])) == nil)
    }

    @Test func aWritersMailUnderASubjectOfItsOwnGivesTheLineUnderTheNote() throws {
        // `My piece` as the subject; the note ends with a colon; the signature names role and publication.
        let a = Self.english
        let layout = try #require(read((["From: Jane Doe <jane.doe@example.org>", "Date: Tue, 12 Mar 2024 09:14:02 +0000",
                                          "To: presse@example.org", "Subject: My piece", "", "Hello,",
                                          "here is my piece in today's The Guardian (written with John Roe), as promised:", "", a.title, ""]
            + a.sentences.flatMap { [$0, ""] } + ["Best,", "Jane", "--", "Jane Doe | Correspondent | The Guardian"]).joined(separator: "\n")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-12")
        // Italian, a newsroom's piece: no writer, no day named, the signature's publication; its role is none.
        let f = Self.french
        let newsroom = try #require(carried((["Da: Giulia Bianchi <giulia@example.org>", "Date: Tue, 12 Mar 2024 09:14:02 +0000",
                                              "A: presse@example.org", "Oggetto: Articolo", "", "Buongiorno,",
                                              "ecco l'articolo della nostra redazione:", "", f.title, ""]
            + f.sentences.flatMap { [$0, ""] } + ["Cordiali saluti,", "Giulia", "--", "Giulia Bianchi | Corriere della Sera"]).joined(separator: "\n")))
        #expect(newsroom.record?.title == f.title)
        #expect(newsroom.record?.authors == [])
        #expect(newsroom.record?.source == "Corriere della Sera")
        #expect(newsroom.record?.date == nil)
        let roleOnly = try #require(carried((["From: Jane Doe <jane.doe@example.org>", "Subject: My piece", "", "Hello,",
                                              "here is my piece, as promised:", "", a.title, ""]
            + a.sentences.flatMap { [$0, ""] } + ["Best,", "Jane", "--", "Jane Doe | Correspondent"]).joined(separator: "\n")))
        #expect(roleOnly.record?.source == nil)
    }

    // MARK: A colleague's note over a pasted article

    @Test func aColleaguesNoteOverAPastedArticleGivesThePastedHead() throws {
        let a = Self.english
        let mail = (["Received: from EXMBX6.press.example.org (10.2.17.76) by EXHUB1.press.example.org; Sun, 17 Mar 2024 08:29:37 +0100",
                     "From: Rui Almeida <ralmeida@press.example.org>", "To: Revue <review@press.example.org>",
                     "Subject: Press review – The Guardian", "Date: Sun, 17 Mar 2024 08:29:37 +0100", "MIME-Version: 1.0",
                     "Content-Type: text/plain; charset=\"utf-8\"", "", "For tomorrow's review, see below.", "", a.title,
                     "The Guardian, March 13, 2024", "By Jane Doe", ""] + a.sentences + ["", "Rui Almeida", "Press review · +33 1 40 00 40 56"])
            .joined(separator: "\n")
        let layout = try #require(read(mail))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // German, undated and unsigned: the sender and the mail's day are none of the article's.
        let g = Self.german
        let undated = try #require(carried((["From: Stefan Krüger <sk@press.example.org>", "Subject: WG: \(g.title)",
                                             "Date: Sun, 17 Mar 2024 08:29:37 +0100", "", "Für den Pressespiegel morgen, siehe unten.", "",
                                             g.title, "Süddeutsche Zeitung", ""] + g.sentences + ["", "Stefan Krüger", "Pressespiegel"])
            .joined(separator: "\n")))
        #expect(undated.record?.title == g.title)
        #expect(undated.record?.authors == [])
        #expect(undated.record?.source == "Süddeutsche Zeitung")
        #expect(undated.record?.date == nil)
        // A forward under the note is another reader's; so is a note pointing nowhere.
        #expect(carried((["From: Stefan Krüger <sk@press.example.org>", "Subject: FW: \(g.title)", "", "See below.", "",
                          "-----Original Message-----", "From: Jana Berg <jb@example.org>", "Subject: \(g.title)", "", g.title, ""]
            + g.sentences).joined(separator: "\n")) == nil)
        #expect(carried((["From: Stefan Krüger <sk@press.example.org>", "Subject: \(g.title)", "", "Thanks for yesterday.", "",
                          g.title, "Süddeutsche Zeitung", ""] + g.sentences).joined(separator: "\n")) == nil)
    }

    // MARK: An accessible text edition

    @Test func aTextEditionsItemGivesTheEditionsPublicationAndDayNotTheNextHeadline() throws {
        let a = Self.english
        let layout = try #require(read((["The Guardian text edition, Tuesday, March 12, 2024.", "Business section, article 3 of 12.", "",
                                          a.title, "", "By Jane Doe.", ""] + a.sentences.flatMap { [$0, ""] }
            + ["End of article.", "", "Next article: Council approves new budget for city libraries"]).joined(separator: "\n")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-12")
        #expect(!layout.body.contains { $0.contains("Council approves") })
        // Portuguese, undated: the publication alone on the edition line.
        let s = Self.spanish
        let undated = try #require(carried((["Público.", "Secção Economia, artigo 4 de 24.", "", s.title, ""] + s.sentences.flatMap { [$0, ""] }
            + ["Fim do artigo.", "", "Artigo seguinte: Câmara aprova orçamento das bibliotecas municipais"]).joined(separator: "\n")))
        #expect(undated.record?.source == "Público")
        #expect(undated.record?.date == nil)
        #expect(undated.record?.authors == [])
        // A first sentence ending with a period over an ordinary text: not an edition.
        #expect(carried((["The meeting ended late.", "Nobody spoke about article 3 of the treaty.", "", s.title, ""] + s.sentences)
            .joined(separator: "\n")) == nil)
    }

    // MARK: An interview's questions labelled with the publication

    @Test func anInterviewsQuestionsLabelNamesThePublication() throws {
        let answers = EmissionsArticle.sentences + Self.german.sentences
        let spiegel = ["Die Stahlkocher und der Staat", "Interview: Jana Berg", "", "Die Branche ringt um ihre Zukunft.", "",
                       "SPIEGEL: Warum gerade jetzt?", "", "WELLER: \(answers[0])", "", "SPIEGEL: Wer trägt die Schuld?", "",
                       "WELLER: \(answers[1])", "", "SPIEGEL: Was erwarten Sie?", "", "WELLER: \(answers[2])"]
        let layout = try #require(read(spiegel.joined(separator: "\n") + "\n"))
        #expect(layout.source == "SPIEGEL")
        #expect(layout.authors == ["Jana Berg"])
        #expect(DeskCarriers.questioner(["EL PAÍS: ¿Por qué ahora?", "ROUX: \(answers[0])", "EL PAÍS: ¿Es suficiente?", "ROUX: \(answers[1])"],
                                        writers: []) == "EL PAÍS")
        // One question and its answer, one after the other (French typography).
        #expect(DeskCarriers.questioner(["LE MONDE : Qu'attendez-vous ?", "ROUX : \(answers[0])"], writers: []) == "LE MONDE")
        // Generic labels, the interviewer's surname or full name, a note's label: no publication.
        #expect(DeskCarriers.questioner(["FRAGE: Warum jetzt?", "WELLER: \(answers[0])", "FRAGE: Reicht das?", "WELLER: \(answers[1])"],
                                        writers: []) == nil)
        #expect(DeskCarriers.questioner(["BERG: Warum jetzt?", "WELLER: \(answers[0])", "BERG: Reicht das?", "WELLER: \(answers[1])"],
                                        writers: ["Jana Berg"]) == nil)
        #expect(DeskCarriers.questioner(["JANA BERG: Warum jetzt?", "WELLER: \(answers[0])", "JANA BERG: Reicht das?", "WELLER: \(answers[1])"],
                                        writers: []) == nil)
        #expect(DeskCarriers.questioner(["UPDATE: Is this still true?", "EDIT: \(answers[0])"], writers: []) == nil)
        // Questions on both sides (a debate), or answers without questions: none.
        #expect(DeskCarriers.questioner(["ROUX: Why now?", "WELLER: Why not?", "ROUX: Is that enough?", "WELLER: Who knows?"], writers: []) == nil)
        #expect(DeskCarriers.questioner(["PARIS: \(answers[0])", "BERLIN: \(answers[1])", "PARIS: \(answers[2])", "BERLIN: \(answers[3])"],
                                        writers: []) == nil)
    }
}
