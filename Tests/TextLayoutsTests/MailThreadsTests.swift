import Testing

@testable import TextLayouts
import DateReading

/// A clipping passed on by mail (`MailThreads`): a reply quoting the article under an
/// attribution line, a forward's banner under a colleague's note; a mail's `Sent:` date and
/// sender against what the pasted article states (`LineFacts.DateRank.mailSent`, `authorsAreSender`).
@Suite struct MailThreadsTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: english).read(text))
    }

    // MARK: - Replies

    @Test(arguments: [
        ("On Wed, 4 Feb 2026 at 07:04, Jane Doe <jane.doe@example.org> wrote:", "en"),
        ("Le mer. 4 févr. 2026 à 07:04, Claire Martin <claire.martin@example.org> a écrit :", "fr"),
        ("Am Mi., 4. Feb. 2026 um 07:04 Uhr schrieb Jana Weber <jana.weber@example.org>:", "de"),
        ("El mié, 4 feb 2026 a las 7:04, Lucía Martín (<lucia.martin@example.org>) escribió:", "es"),
        ("Il giorno mer 4 feb 2026 alle ore 07:04 Marco Rossi <marco.rossi@example.org> ha scritto:", "it"),
        ("Em qua., 4 de fev. de 2026 às 07:04, Ana Souza <ana.souza@example.org> escreveu:", "pt"),
    ])
    func aReplysNoteAndAttributionAreDroppedAndTheQuoteUnquoted(_ attribution: String, _ language: String) {
        let lines = ["Thanks, added.", "", attribution, "> Port deal signed", ">", "> Work began on Monday.", "> > An older quote."]
        let thread = MailThreads.withoutReplyNote(lines)
        #expect(thread.lines == ["Port deal signed", "", "Work began on Monday.", "> An older quote."])
        #expect(thread.language == language)
    }

    @Test func anAttributionWithOnlyAnAddressHasNoLanguage() {
        let lines = ["Voir ci-dessous.", "2026-02-04 07:04 GMT+01:00 jane.doe@example.org:", "", "> Port deal signed", "> Body."]
        let thread = MailThreads.withoutReplyNote(lines)
        #expect(thread.lines == ["", "Port deal signed", "Body."])
        #expect(thread.language == nil)
    }

    @Test func proseThatSaysWroteWithoutQuotedLinesIsUnchanged() {
        let lines = ["Rwanda builds a solar park", "", "The minister wrote:", "", "Work began on Monday, she said."]
        let thread = MailThreads.withoutReplyNote(lines)
        #expect(thread.lines == lines)
        #expect(thread.language == nil)
        // The layout is the same as without any mail reading: title first, the prose in the body.
        let layout = LayoutReader(dates: english).read(lines.joined(separator: "\n"))
        #expect(layout?.title == "Rwanda builds a solar park")
        #expect(layout?.body == ["The minister wrote:", "Work began on Monday, she said."])
    }

    @Test func anAttributionBelowTheFifteenthLineIsNoReply() {
        let lines = (1...15).map { "Line \($0) of a note" } + ["Jane Doe <jane.doe@example.org> wrote:", "> Port deal signed"]
        #expect(MailThreads.withoutReplyNote(lines).lines == lines)
    }

    @Test func aQuotedLineTooFarBelowTheAttributionIsNoReply() {
        let lines = ["On Wed, 4 Feb 2026, Jane Doe <jane.doe@example.org> wrote:", "Port deal signed", "Body.", "> later quote"]
        #expect(MailThreads.withoutReplyNote(lines).lines == lines)
    }

    @Test func aReplyQuotingAFrenchArticleReadsItsFields() throws {
        let layout = try read("""
            Merci, je l'ajoute à la revue de demain.

            Le mer. 4 févr. 2026 à 07:04, Claire Martin <claire.martin@example.org> a écrit :
            > Le port de Dakar va doubler sa capacité
            > Par Awa Diop
            > 03/02/2026
            >
            > Le gouvernement sénégalais a présenté mardi un plan pour moderniser le port de Dakar, qui doit doubler sa capacité d'ici à 2030.

            """)
        #expect(layout.title == "Le port de Dakar va doubler sa capacité")
        #expect(layout.authors == ["Awa Diop"])
        #expect(layout.published?.iso == "2026-02-03")
        #expect(layout.body.count == 1)
        #expect(layout.body.first?.hasPrefix("Le gouvernement sénégalais") == true)
    }

    /// The quoted article states no language of its own: the reply's `wrote` phrase tells the
    /// desk's, and with it the order of a numeric date.
    @Test(arguments: [("Ana Souza <ana.souza@example.org> escreveu:", "1987-03-02"),
                      ("Jane Doe <jane.doe@example.org> wrote:", "1987-02-03"),
                      ("Marco Rossi <marco.rossi@example.org> ha scritto:", "1987-03-02")])
    func aReplysLanguageSetsTheNumericDateOrder(_ attribution: String, _ iso: String) throws {
        let layout = try read("""
            Ok.

            \(attribution)
            > Santos port sets a record
            > 02/03/1987
            >
            > The port moved more containers than in any other month of its history, the port authority said on Monday.

            """)
        #expect(layout.title == "Santos port sets a record")
        #expect(layout.published?.iso == iso)
    }

    @Test func aSpanishReplyReadsTheQuotedDateDayFirst() throws {
        let layout = try read("""
            Gracias, va en el resumen.

            El mié, 4 feb 1987 a las 7:04, Lucía Martín (<lucia.martin@example.org>) escribió:
            > Valencia port sets a record
            > 02/03/1987
            >
            > The port moved more containers than in any other month of its history, the port authority said on Monday.

            """)
        #expect(layout.title == "Valencia port sets a record")
        #expect(layout.published?.iso == "1987-03-02")
        #expect(layout.body == ["The port moved more containers than in any other month of its history, the port authority said on Monday."])
    }

    // MARK: - Forwards under a note

    @Test func aForwardsBannerUnderAColleaguesNote() {
        let lines = ["Bitte für die Presseschau morgen.", "Sarah", "", "-----Ursprüngliche Nachricht-----",
                     "Von: Jana Weber <jana.weber@example.org>", "Betreff: Hafen Hamburg wächst", "", "Text."]
        let thread = MailThreads.withoutReplyNote(lines)
        #expect(thread.lines == Array(lines[3...]))
        #expect(thread.language == nil)
        let english = ["Please add this one to tomorrow's review.", "Sarah", "-----Original Message-----", "From: A", "Body."]
        #expect(MailThreads.withoutReplyNote(english).lines == Array(english[2...]))
    }

    @Test(arguments: [
        ("-------- Message transféré --------", "Peux-tu l'ajouter à la revue ?"),
        ("---------- Mensaje reenviado ---------", "Para el resumen de mañana."),
        ("---------- Messaggio inoltrato ---------", "Da aggiungere alla rassegna."),
        ("---------- Mensagem encaminhada ---------", "Para o clipping de amanhã."),
        ("---------- Forwarded message ---------", "For tomorrow's review."),
    ])
    func forwardBannersInOtherLanguagesUnderANote(_ banner: String, _ note: String) {
        let lines = [note, "", banner, "From: Jane Doe <jane.doe@example.org>", "", "Body."]
        #expect(MailThreads.withoutReplyNote(lines).lines == Array(lines[2...]))
    }

    @Test(arguments: [
        // A line of marks around a name is a signature, no banner.
        ["Hallo zusammen,", "-=daMax=-", "", "Hafen Hamburg wächst", "", "Der Hafen wuchs im Januar."],
        // The banner opens the file: no note to drop (the forward is read as it is).
        ["-----Original Message-----", "From: Jane Doe <jane.doe@example.org>", "Subject: Port deal signed", "", "Body."],
        // A long line above the banner is the article's, not a note.
        [String(repeating: "The port authority said traffic grew again in January. ", count: 3), "",
         "---------- Forwarded message ---------", "From: A", "Body."],
    ])
    func noNoteToDrop(_ lines: [String]) {
        #expect(MailThreads.withoutReplyNote(lines).lines == lines)
    }

    @Test func aBannerBelowEightNoteLinesIsNotUnderANote() {
        let lines = (1...8).map { "Note line \($0)" } + ["-----Original Message-----", "From: A", "Body."]
        #expect(MailThreads.withoutReplyNote(lines).lines == lines)
    }

    // MARK: - Sent dates and senders

    @Test func aSentLabelIsAMailSentDate() throws {
        let facts = ClippingFacts(dates: DateRecognizer(language: "de", keepsTime: false))
        let sent = try #require(facts.facts("Gesendet: Mittwoch, 4. Februar 2026 07:04"))
        #expect(sent.date?.iso == "2026-02-04")
        #expect(sent.dateRank == .mailSent)
        #expect(LineFacts.DateRank.byline < .mailSent)
        #expect(LineFacts.DateRank.mailSent < .update)
        #expect(ClippingLabels.field(named: "Envoyé") == .sent)
        #expect(ClippingLabels.field(named: "Enviado el") == .sent)
    }

    @Test func theArticlesOwnDateBeatsTheMailsSentDateAndItsBylineTheSender() throws {
        let layout = try read("""
            From: Jane Doe <jane.doe@example.org>
            Sent: Wednesday, February 4, 2026 7:04 AM
            Subject: FW: Port deal signed

            Port deal signed
            By Cal Mankowski
            February 2, 2026

            Work began on Monday at the port, the authority said in a statement.

            """)
        #expect(layout.title == "Port deal signed")
        #expect(layout.authors == ["Cal Mankowski"])
        #expect(layout.published?.iso == "2026-02-02")
    }

    @Test func withoutADateOrBylineInTheArticleTheMailsAreKept() throws {
        let layout = try read("""
            From: Jane Doe <jane.doe@example.org>
            Sent: Wednesday, February 4, 2026 7:04 AM
            Subject: FW: Port deal signed

            Work began on Monday at the port, the authority said in a statement.

            """)
        #expect(layout.title == "Port deal signed")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-02-04")
    }

    @Test func aSendersFactsAreFlaggedAndAPublicationSenderIsTheSource() throws {
        let facts = ClippingFacts(dates: english)
        let person = try #require(facts.facts("De : Claire Martin <claire.martin@example.org>"))
        #expect(person.authors == ["Claire Martin"])
        #expect(person.authorsAreSender)
        let byline = try #require(facts.facts("By Cal Mankowski"))
        #expect(!byline.authorsAreSender)
        let outlet = try #require(facts.facts("From: \"Le Monde\" <newsletter@example.org>"))
        #expect(outlet.source == "Le Monde")
        #expect(outlet.authors.isEmpty)
    }
}
