import Testing

@testable import TextLayouts
import DateReading
import TextToolkit

/// Stop 29's rules: a title echoed under whatever carried the article (a forward's `Subject:`
/// row, a digest's contents, a browser's print header, an alert's list of hits), raw e-mails
/// with encoded text, weak openings (a cut's fragment, a sheet's heading, `ZCZC`), retrieval
/// notes and archive references, and title lines wrapped in a share sheet's sentence or
/// followed by their owner in parentheses.
@Suite struct CarriersAndWrappersTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    private static let body = """
        The company said it had completed the sale of 200,000 shares of its common stock to a Swiss investor.

        The warrants are exercisable for five years at a purchase price of 12 cents per share.
        """

    // MARK: - Echoed titles

    @Test func aForwardsSubjectRowEchoedAboveTheArticleStartsIt() throws {
        let text = "FYI, for the review.\n\nSarah\n\n-------- Forwarded Message --------\n"
            + "Subject:\tPort deal signed after long talks\nDate:\tMon, 2 Mar 1987 09:12:00 +0100\n"
            + "From:\tCarmen Ortiz <carmen.ortiz@example.org>\nTo:\tpresse@example.org\n\n\n"
            + "Port deal signed after long talks\nReuters – 26 February 1987\nBy Jane Doe\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.source == "Reuters")
    }

    @Test func anUndatedArticleUnderAForwardGetsNoDateFromTheMail() throws {
        let text = "-------- Forwarded Message --------\nSubject:\tPort deal signed after long talks\n"
            + "Date:\tMon, 2 Mar 1987 09:12:00 +0100\nFrom:\tCarmen Ortiz <carmen.ortiz@example.org>\n\n"
            + "Port deal signed after long talks\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.published == nil)
        #expect(layout.authors.isEmpty)
    }

    @Test func anAlertsHitLineGivesTheSourceAndDateOfTheEchoedTitle() throws {
        let text = "Media alert — 2 new mentions of “port”\nSent 27 February 1987 at 17:26\n\n"
            + "1. Port deal signed after long talks\n   Reuters · 26 Feb 1987 · Reach 207K · Tone: Neutral\n"
            + "2. Strike enters its second week\n   Le Figaro · 20 Feb 1987 · Reach 986M · Tone: Neutral\n\n"
            + "── Full text of mention 1 ──\nPort deal signed after long talks\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func proseInColumnsRepeatsNoTitle() {
        let lines = ["Mainz. Dieser fand heraus, dass die         Der Stone Cellars Zinfandel Rosé von",
                     "Böden der steinigen Hanglagen", "", "Der Stone Cellars Zinfandel Rosé von", "Beringer ist ein Wein."]
        #expect(EchoedTitles.start(in: lines) == nil)
    }

    @Test func theEchosQuoteMarksAreTakenOffTheArticle() throws {
        let lines = ["> Subject:\tPort deal signed", ">", ">> Port deal signed", ">> By Jane Doe", ">>", ">> Text."]
        let echo = try #require(EchoedTitles.start(in: lines))
        #expect(echo.start == 2)
        #expect(EchoedTitles.article(lines, from: echo.start) == ["Port deal signed", "By Jane Doe", "", "Text."])
    }

    // MARK: - Raw e-mails

    @Test func aQuotedPrintablePartIsDecodedBeforeItIsRead() throws {
        let text = "Return-Path: <bounce@mail.example.org>\r\nDate: Fri, 27 Feb 1987 19:27:38 +0100\r\n"
            + "From: \"La Lettre du matin\" <newsletter@mail.example.org>\r\nSubject: =?utf-8?q?Gr=C3=A8ve_au_port?=\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"=_b1\"\r\n\r\n--=_b1\r\n"
            + "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Gr=C3=A8ve au port\r\nReuters =E2=80=93 26 f=C3=A9vrier 1987\r\n\r\nLes dockers ont cess=C3=A9 le travail lundi mat=\r\n"
            + "in dans tout le port.\r\n\r\n--=_b1--\r\n"
        let layout = try read(text, language: "fr")
        #expect(layout.title == "Grève au port")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body == ["Les dockers ont cessé le travail lundi matin dans tout le port."])
    }

    @Test func encodedWordsAndBase64Decode() {
        #expect(EncodedWords.decoded("Subject: =?UTF-8?B?R3LDqHZl?= =?utf-8?q?_au_port?=") == "Subject: Grève au port")
        #expect(EncodedWords.decoded("Subject: =?koi8-r?q?abc?=") == "Subject: =?koi8-r?q?abc?=")
        #expect(String(decoding: Base64.decoded("R3LDqHZl\nIGF1"), as: UTF8.self) == "Grève au")
        #expect(MailBodies.decoded("Plain text with Content-Transfer-Encoding: base64 in it.") ==
            "Plain text with Content-Transfer-Encoding: base64 in it.")
    }

    // MARK: - Weak openings

    @Test func aSearchSheetsHeadingGivesWayToTheDocumentsTitle() throws {
        let text = "Search results\nSearch: \"port\"\nDate range: 01/01/1987 – 03/31/1987\nSources: All sources\n"
            + "3 document(s)\n==================================================\n\nDocument 1 of 3\n\n"
            + "Port deal signed after long talks\nReuters, 26 February 1987, Business, p. 12, 523 words\nBy Jane Doe\n\n"
            + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aTitleOverItsPhotoCreditKeepsItsPlace() throws {
        let layout = try read("Port deal signed after long talks\nPhoto: Carmen Ortiz\n\n" + Self.body)
        #expect(layout.title == "Port deal signed after long talks")
    }

    @Test func aCutsFragmentIsNoTitle() throws {
        let text = "…Talks are due to resume next week.\nRead more →\n\n* * *\n\nBUSINESS\nPort deal signed after long talks\n"
            + "Reuters – 26 February 1987\nBy Jane Doe\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.published?.iso == "1987-02-26")
    }

    // MARK: - Retrieval notes and archive references

    @Test func anArchivesReferenceAndRetrievalNoteAreReadAsSuch() throws {
        let text = "Reuters del 26/02/1987, pág. 37 / Economía\nN.º 240\n\nAcuerdo firmado en el puerto\n\n"
            + "La empresa dijo que había completado la venta de 200.000 acciones a un inversor suizo.\n\n"
            + "Reuters del 26/02/1987, pág. 37 / Economía\nNúmero de documento: 38042480076\n"
            + "Consultado el 24/07/1988 por ACME Communication\n"
        let layout = try read(text, language: "es")
        #expect(layout.title == "Acuerdo firmado en el puerto")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
    }

    // MARK: - Title wrappers

    @Test func aShareSheetsSentenceGivesTheQuotedTitleAndThePublication() throws {
        let text = "I wanted to share this article from Reuters with you: “Port deal signed after long talks” "
            + "https://news.example.org/business/5617363\n\nBy Jane Doe\n\n" + Self.body
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func anOwnerInParenthesesIsReadOnlyWhenItNamesOne() {
        #expect(TitleWrappers.owner(of: "Port deal signed (Jane Doe; John Smith)")?.owner == .people(["Jane Doe", "John Smith"]))
        #expect(TitleWrappers.owner(of: "Port deal signed (Reuters)")?.owner == .publication("Reuters"))
        #expect(TitleWrappers.owner(of: "Apple shares rise (AAPL)") == nil)
        #expect(TitleWrappers.owner(of: "Port deal signed (video)") == nil)
    }

    // MARK: - What the lead says about the title

    @Test func aHeadingSharingNoWordWithTheLeadGivesWayToOneThatDoes() throws {
        let text = "Weekly selection for the board\n\nPort deal signed after long talks\nBy Jane Doe\n\n"
            + "The port authority signed the deal on Monday after talks that lasted three months, officials said.\n"
        let layout = try read(text)
        #expect(layout.title == "Port deal signed after long talks")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aFeatureTitleWithoutSharedWordsStaysWhenNoLineDoes() throws {
        let text = "A quiet revolution\n\nThe port authority signed the deal on Monday after talks that lasted three months, officials said.\n"
        #expect(try read(text).title == "A quiet revolution")
    }
}
