import DateReading
import Testing

@testable import TextLayouts

/// Stop 39's cited articles and the page forms around them: a note naming the publication before
/// a verb of publishing in the present (`REUTERS publica un artículo titulado «…»`), an article's
/// noun after a determiner (`L'article « … » de A a été publié sur X par B`), a hard-wrapped
/// licence letter read whole, the clause after the title (`signé A`, `firmado por A`, `by A on
/// March 2, 1987`, `published in X, in its press review`), a labelled heading that does not end
/// the search, a day alone above the message; a text's label alone (`Licensed text:`); a
/// reference alone above the text (`«TITLE». Reuters, 26 de febrero de 1987.`); a site's news
/// ticker (`16:02  Title`); a brief's headline in capitals run into its text under `BREVES`; a
/// read-later app's information panel at the foot; and the lines that only look like them.
@Suite struct CitedArticlesTests {
    private static func dates(_ language: String) -> DateRecognizer { DateRecognizer(language: language, keepsTime: false) }

    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: Self.dates(language)).read(text))
    }

    private func note(_ line: String, language: String = "en") throws -> HeadlineNotes.Note {
        try #require(HeadlineNotes.read(line, dates: Self.dates(language)))
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A few paragraphs of an article in each desk language: no date, byline or name in them.
    private static func body(_ language: String) -> String {
        switch language {
        case "fr":
            """
            La société a annoncé jeudi la vente de son terminal à conteneurs à un investisseur danois pour 40 millions de francs.

            Le terminal gardera son personnel et son nom sous le nouveau propriétaire, a précisé la direction, et le produit de la vente réduira la dette du groupe.

            L'action a gagné 3 % en début de séance.
            """
        case "de":
            """
            Die Hafengesellschaft hat ihr Containerterminal an einen dänischen Investor verkauft, teilte das Unternehmen am Donnerstag mit.

            Das Terminal behält nach Angaben der Geschäftsführung seine Belegschaft und seinen Namen, der Erlös soll die Schulden des Konzerns verringern.

            Die Aktie legte zu Handelsbeginn um 3 Prozent zu.
            """
        case "es":
            """
            La empresa anunció el jueves la venta de su terminal de contenedores a un inversor danés por 40 millones de pesetas.

            El terminal mantendrá su plantilla y su nombre con el nuevo propietario, según la dirección, y lo obtenido reducirá la deuda del grupo.

            Las acciones subieron un 3 % al inicio de la sesión.
            """
        case "it":
            """
            La società ha annunciato giovedì la vendita del suo terminal container a un investitore danese per 40 miliardi di lire.

            Il terminal manterrà il personale e il nome con il nuovo proprietario, ha precisato la direzione, e il ricavato ridurrà il debito del gruppo.

            Il titolo è salito del 3% in apertura.
            """
        case "pt":
            """
            A empresa anunciou na quinta-feira a venda do seu terminal de contentores a um investidor dinamarquês por 40 milhões de escudos.

            O terminal manterá o pessoal e o nome com o novo proprietário, segundo a direção, e a receita reduzirá a dívida do grupo.

            As ações subiram 3% na abertura.
            """
        default:
            """
            Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

            The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt.

            Shares in the company rose 3 pct in early trading.
            """
        }
    }

    /// The body's first paragraph.
    private static func lead(_ language: String) -> String {
        String(body(language).split(separator: "\n")[0])
    }

    // MARK: - 1. A publication opening the sentence before a verb of publishing in the present

    @Test(arguments: [
        ("es", "REUTERS publica un artículo titulado «El puerto de Valencia cambia de manos»:", "El puerto de Valencia cambia de manos",
         "REUTERS", [String]()),
        ("en", "LE FIGARO carries a piece headlined “Port of Marseille changes hands”:", "Port of Marseille changes hands", "LE FIGARO", []),
        ("de", "Die Zeit bringt einen Beitrag von Hans Müller unter der Überschrift „Der Hafen ist verkauft“:", "Der Hafen ist verkauft",
         "Die Zeit", ["Hans Müller"]),
        ("fr", "Le Monde publie un article de Marie Dupont intitulé « Le port de Marseille change de mains » :",
         "Le port de Marseille change de mains", "Le Monde", ["Marie Dupont"]),
        ("it", "Il Sole 24 Ore pubblica un articolo intitolato «Il porto di Genova è venduto»:", "Il porto di Genova è venduto",
         "Il Sole 24 Ore", []),
    ] as [(String, String, String, String, [String])])
    func aPublicationOpeningTheSentenceIsTheSource(
        _ language: String, _ line: String, _ title: String, _ source: String, _ authors: [String]
    ) throws {
        let note = try note(line, language: language)
        #expect(note.title == title)
        #expect(note.source == source)
        #expect(note.authors == authors)
        #expect(note.date == nil)
    }

    @Test func aLowercaseSubjectOrAFarVerbNamesNoPublisher() throws {
        let agency = try note("the agency publishes a piece headlined “Port deal signed in Rotterdam”:")
        #expect(agency.title == "Port deal signed in Rotterdam")
        #expect(agency.source == nil)
        let far = try note("Every week the business daily of our harbour town publishes a piece headlined “Port deal signed”:")
        #expect(far.title == "Port deal signed")
        #expect(far.source == nil)
    }

    // MARK: - 2. An article's noun after a determiner; who published it later is no author

    @Test(arguments: [
        ("fr", "L'article « Le port de Marseille change de mains » de Marie Dupont a été publié sur Le Monde "
            + "par Jean Martin le 26 février 1987.",
         "Le port de Marseille change de mains", ["Marie Dupont"], "Le Monde", "1987-02-26"),
        ("de", "Der Artikel „Der Hafen ist verkauft“ wurde am 26. Februar 1987 von Hans Müller auf Reuters veröffentlicht.",
         "Der Hafen ist verkauft", [String](), "Reuters", "1987-02-26"),
        ("en", "The story “Harbour Holdings sells terminal” by Jane Doe was published on Reuters on March 2, 1987.",
         "Harbour Holdings sells terminal", ["Jane Doe"], "Reuters", "1987-03-02"),
        ("es", "El artículo «El puerto de Valencia cambia de manos» de Ana García fue publicado en El País el 26 de febrero de 1987.",
         "El puerto de Valencia cambia de manos", ["Ana García"], "El País", "1987-02-26"),
        ("it", "L'articolo «Il porto di Genova è venduto» di Mario Rossi è stato pubblicato su La Stampa il 26 febbraio 1987.",
         "Il porto di Genova è venduto", ["Mario Rossi"], "La Stampa", "1987-02-26"),
        ("pt", "O artigo «O porto de Lisboa foi vendido» de João Silva foi publicado no Público em 26 de fevereiro de 1987.",
         "O porto de Lisboa foi vendido", ["João Silva"], "Público", "1987-02-26"),
    ])
    func anArticlesNounAfterADeterminerOpensTheNote(
        _ language: String, _ line: String, _ title: String, _ authors: [String], _ source: String, _ date: String
    ) throws {
        let note = try note(line, language: language)
        #expect(note.title == title)
        #expect(note.authors == authors)
        #expect(note.source == source)
        #expect(note.date?.iso == date)
    }

    @Test(arguments: [
        ("de", "Unser Artikel „Der Hafen ist verkauft“ erschien am 26. Februar 1987 bei Reuters."),  // no determiner
        ("de", "Artikel „Der Hafen ist verkauft“ wurde am 26. Februar 1987 auf Reuters veröffentlicht."),  // nothing before the noun
        ("en", "The title “Harbour Lights” was chosen by Jane Doe on March 2, 1987."),  // a title's noun, no article's
        ("en", "The film “Harbour Lights” was released on March 2, 1987."),
    ])
    func aQuoteAfterNoArticlesNounIsNoNote(_ language: String, _ line: String) {
        #expect(HeadlineNotes.read(line, dates: Self.dates(language)) == nil)
    }

    // MARK: - 3. The clause after the title: its signer, its publication, its day

    @Test(arguments: [
        ("fr", "Le Monde a publié « Le port de Marseille change de mains », signé Marie Dupont, le 26 février 1987.",
         "Le Monde", ["Marie Dupont"], "1987-02-26"),
        ("es", "El País publicó «El puerto de Valencia cambia de manos», firmado por Ana García, el 26 de febrero de 1987.",
         "El País", ["Ana García"], "1987-02-26"),
        ("pt", "O Público publicou «O porto de Lisboa foi vendido», assinado por João Silva, em 26 de fevereiro de 1987.",
         "O Público", ["João Silva"], "1987-02-26"),
    ])
    func aSignerInTheClauseIsTheAuthor(_ language: String, _ line: String, _ source: String, _ authors: [String], _ date: String) throws {
        let note = try note(line, language: language)
        #expect(note.source == source)
        #expect(note.authors == authors)
        #expect(note.date?.iso == date)
    }

    @Test(arguments: [
        ("en", "Reuters ran “Harbour Holdings sells terminal” by Jane Doe on March 2, 1987.", "Reuters", ["Jane Doe"], "1987-03-02"),
        ("de", "Reuters brachte „Der Hafen ist verkauft“ von Hans Müller am 2. März 1987.", "Reuters", ["Hans Müller"], "1987-03-02"),
        ("fr", "Libération a publié « Le port est vendu » par Marie Dupont le 2 mars 1987.", "Libération", ["Marie Dupont"], "1987-03-02"),
    ])
    func aDatesConnectorAfterTheAuthorIsDropped(_ language: String, _ line: String, _ source: String, _ authors: [String], _ date: String) throws {
        let note = try note(line, language: language)
        #expect(note.source == source)
        #expect(note.authors == authors)
        #expect(note.date?.iso == date)
    }

    @Test(arguments: [
        ("en", "We refer to the article “Harbour Holdings sells terminal” published in Reuters, in its internal press review.",
         "Harbour Holdings sells terminal", "Reuters"),
        ("pt", "Chamo a atenção para o artigo «O porto de Lisboa foi vendido» publicado no Diário do Porto, na sua revista de imprensa interna.",
         "O porto de Lisboa foi vendido", "Diário do Porto"),
    ])
    func thePublicationAfterAVerbOfPublishingEndsAtTheComma(_ language: String, _ line: String, _ title: String, _ source: String) throws {
        let note = try note(line, language: language)
        #expect(note.title == title)
        #expect(note.source == source)
        #expect(note.authors == [])
    }

    @Test(arguments: [
        ("pt", "Segue abaixo o artigo de João Silva publicado no Público com o título «O porto de Lisboa foi vendido».",
         "O porto de Lisboa foi vendido", "Público", ["João Silva"]),
        ("it", "Vi segnalo il pezzo di Mario Rossi uscito su La Stampa dal titolo «Il porto di Genova è venduto».",
         "Il porto di Genova è venduto", "La Stampa", ["Mario Rossi"]),
        ("de", "Anbei der Text von Hans Müller, erschienen bei Reuters unter der Überschrift „Der Hafen ist verkauft“.",
         "Der Hafen ist verkauft", "Reuters", ["Hans Müller"]),
    ])
    func aNameEndsBeforeTheTitlesConnector(_ language: String, _ line: String, _ title: String, _ source: String, _ authors: [String]) throws {
        let note = try note(line, language: language)
        #expect(note.title == title)
        #expect(note.source == source)
        #expect(note.authors == authors)
    }

    // MARK: - 4. The citing paragraph: hard-wrapped, under a labelled heading, under a day

    private static let licence = """
        Objet : autorisation de reproduction

        Madame,

        Nous vous autorisons à reproduire l'article
        « Le port de Marseille change de mains », paru dans Le Monde le 26
        février 1987, dans sa revue de presse interne, aux conditions habituelles.

        Texte de l'article :


        """

    @Test func aHardWrappedParagraphIsReadWhole() throws {
        let lines = lines(Self.licence + Self.body("fr"))
        let (index, note) = try #require(HeadlineNotes.citing(lines, dates: Self.dates("fr")))
        #expect(index == 4)
        #expect(note.title == "Le port de Marseille change de mains")
        #expect(note.source == "Le Monde")
        #expect(note.date?.iso == "1987-02-26")
        #expect(note.authors == [])
    }

    @Test func aLicenceLetterGivesTheAnnexedArticlesFields() throws {
        let layout = try read(Self.licence + Self.body("fr"), language: "fr")
        #expect(layout.title == "Le port de Marseille change de mains")
        #expect(layout.source == "Le Monde")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.authors == [])
        #expect(layout.body.first == Self.lead("fr"))
    }

    @Test func aWrappedParagraphQuotingAFilmIsNoNote() {
        let letter = """
            Madame,

            Nous vous autorisons à projeter le documentaire intitulé
            « Le port de Marseille », tourné en 1986 par Jean Martin, lors
            de votre festival du 26 février 1987.

            """
        #expect(HeadlineNotes.citing(lines(letter + Self.body("fr")), dates: Self.dates("fr")) == nil)
    }

    private static let labelledHeading = "[Harbour Desk] Published: Harbour Holdings sells its container terminal to a Danish investor"

    @Test func aLongLabelledHeadingOpeningTheFileDoesNotEndTheSearch() throws {
        #expect(Self.labelledHeading.count > 80)
        let text = Self.labelledHeading + "\n\nReuters ran “Harbour Holdings sells terminal” by Jane Doe on March 2, 1987.\n\n" + Self.body("en")
        let (index, note) = try #require(HeadlineNotes.citing(lines(text), dates: Self.dates("en")))
        #expect(index == 2)
        #expect(note.title == "Harbour Holdings sells terminal")
        #expect(note.source == "Reuters")
        #expect(note.authors == ["Jane Doe"])
        #expect(note.date?.iso == "1987-03-02")
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "1987-03-02")
    }

    @Test func aLongSentenceOpeningTheFileEndsTheSearch() {
        let text = "Harbour Holdings said on Monday that it had completed the sale of its container terminal to a Danish investor.\n\n"
            + "Reuters ran “Harbour Holdings sells terminal” on March 2, 1987, by Jane Doe.\n\n" + Self.body("en")
        #expect(HeadlineNotes.citing(lines(text), dates: Self.dates("en")) == nil)
    }

    @Test(arguments: [
        ("en", "Thursday, February 26, 1987", "REUTERS carries a piece headlined “Harbour Holdings sells terminal”:",
         "Harbour Holdings sells terminal", "REUTERS"),
        ("es", "jueves, 26 de febrero de 1987", "REUTERS publica un artículo titulado «El puerto de Valencia cambia de manos»:",
         "El puerto de Valencia cambia de manos", "REUTERS"),
        ("fr", "jeudi 26 février 1987", "LE FIGARO publie un article intitulé « Le port de Marseille change de mains » :",
         "Le port de Marseille change de mains", "LE FIGARO"),
    ])
    func aDayAloneAboveTheCitingMessageIsTheArticles(
        _ language: String, _ day: String, _ message: String, _ title: String, _ source: String
    ) throws {
        let layout = try read(day + "\n\n" + message + "\n\n" + Self.body(language), language: language)
        #expect(layout.title == title)
        #expect(layout.source == source)
        #expect(layout.published?.iso == "1987-02-26")
    }

    @Test func aLettersLabelledDateIsNotTheArticles() throws {
        let text = "Ref: PR/87/114\nDate: Wednesday, March 18, 1987\n\n"
            + "LE FIGARO carries a piece headlined “Harbour Holdings sells terminal”:\n\n" + Self.body("en")
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "LE FIGARO")
        #expect(layout.published == nil)
    }

    // MARK: - 5. A text's label alone on its line

    @Test(arguments: [
        "Texte de l'article :", "Licensed text:", "Lizenzierter Text:", "Texto autorizado:", "Testo autorizzato:", "Texto licenciado:",
        "Article text:",
    ])
    func aTextsLabelAloneMarksTheAnnex(_ label: String) {
        let lines = ["Dear Ms Doe,", "", "we grant you the licence described below.", "", label, "Harbour Holdings sells terminal"]
        #expect(ArticleMarkers.annex(in: lines, from: 0) == 4)
        #expect(ArticleMarkers.annex(in: lines, from: 5) == nil)
    }

    @Test(arguments: ["Licensed text: see the attached file", "Licensed text", "Our licensed text:", "Other text:"])
    func aLabelNamingNoTextMarksNoAnnex(_ label: String) {
        #expect(ArticleMarkers.annex(in: ["Dear Ms Doe,", "", label, "Harbour Holdings sells terminal"], from: 0) == nil)
    }

    // MARK: - 6. A reference alone above the text, its title quoted

    @Test(arguments: [
        ("es", "«EL PUERTO DE VALENCIA CAMBIA DE MANOS». Reuters, 26 de febrero de 1987.", "EL PUERTO DE VALENCIA CAMBIA DE MANOS",
         [String](), "Reuters", "1987-02-26" as String?),
        ("en", "DOE, Jane. «Harbour Holdings sells terminal». Boing Boing.", "Harbour Holdings sells terminal", ["Jane Doe"], "Boing Boing", nil),
        ("en", "Jane Doe, “Harbour Holdings sells terminal,” Reuters, February 26, 1987.", "Harbour Holdings sells terminal",
         ["Jane Doe"], "Reuters", "1987-02-26"),
        ("de", "„Der Hafen ist verkauft“. In: Reuters, 26. Februar 1987.", "Der Hafen ist verkauft", [], "Reuters", "1987-02-26"),
        ("it", "«Il porto di Genova è venduto», in «La Stampa», 26 febbraio 1987.", "Il porto di Genova è venduto", [], "La Stampa",
         "1987-02-26"),
        ("pt", "SILVA, João – «O porto de Lisboa foi vendido». Público, 2 de março de 1987.", "O porto de Lisboa foi vendido",
         ["João Silva"], "Público", "1987-03-02"),
    ] as [(String, String, String, [String], String, String?)])
    func aReferenceAloneAboveTheTextCarriesItsFields(
        _ language: String, _ reference: String, _ title: String, _ authors: [String], _ source: String, _ date: String?
    ) throws {
        let lines = lines(reference + "\n\n" + Self.body(language))
        let cited = try #require(QuotedReferences.read(lines, dates: Self.dates(language)))
        #expect(cited.index == 0)
        #expect(cited.title == title)
        #expect(cited.reference.authors == authors)
        #expect(cited.reference.source == source)
        #expect(cited.reference.date?.iso == date)
        let layout = try read(reference + "\n\n" + Self.body(language), language: language)
        #expect(layout.title == title)
        #expect(layout.authors == authors)
        #expect(layout.source == source)
        #expect(layout.published?.iso == date)
        #expect(layout.body.first == Self.lead(language))
    }

    @Test func aReferenceUnderANoteIsFoundAlone() throws {
        let text = "Pour la revue de presse :\n\nDUPONT, Marie. « Le port de Marseille change de mains ». Le Monde, 26 février 1987.\n\n"
            + Self.body("fr")
        let cited = try #require(QuotedReferences.read(lines(text), dates: Self.dates("fr")))
        #expect(cited.index == 2)
        #expect(cited.title == "Le port de Marseille change de mains")
        #expect(cited.reference.authors == ["Marie Dupont"])
        #expect(cited.reference.source == "Le Monde")
        #expect(cited.reference.date?.iso == "1987-02-26")
    }

    @Test func aQuotedRemarkAloneIsNoReference() throws {
        let text = "Harbour Holdings sells terminal\n\n“We will fight,” Smith said.\n\n" + Self.body("en")
        #expect(QuotedReferences.read(lines(text), dates: Self.dates("en")) == nil)
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == nil)
    }

    @Test(arguments: [
        // Not alone: the line above is filled.
        "El puerto se vende\n«EL PUERTO DE VALENCIA CAMBIA DE MANOS». Reuters, 26 de febrero de 1987.\n\n",
        // Not alone: the line below is filled.
        "«EL PUERTO DE VALENCIA CAMBIA DE MANOS». Reuters, 26 de febrero de 1987.\n",
        // No period at its end.
        "«EL PUERTO DE VALENCIA CAMBIA DE MANOS». Reuters, 26 de febrero de 1987\n\n",
    ])
    func aQuotedLineThatIsNoReferenceAlone(_ head: String) {
        #expect(QuotedReferences.read(lines(head + Self.body("es")), dates: Self.dates("es")) == nil)
    }

    // MARK: - 7. A site's news ticker

    private static let ticker = """
        Reuters › Latest news

        Thursday, February 26, 1987

        16:02  Five things to watch on the markets today
        15:42  Harbour Holdings sells terminal to Danish investor

        By Jane Doe

        Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.

        The company said the terminal would keep its staff and its name under the new owner.

        14:46  Central bank leaves rates unchanged
        13:30  Oil prices edge higher in Asian trade
        12:05  Airline orders ten new jets
        """

    @Test func aTickersOpenedItemIsTheArticle() throws {
        let lines = lines(Self.ticker)
        let ticker = try #require(NewsTickers.read(lines, dates: Self.dates("en")))
        #expect(ticker.title == "Harbour Holdings sells terminal to Danish investor")
        #expect(ticker.date?.iso == "1987-02-26")
        #expect(ticker.source == "Reuters")
        #expect(ticker.text == 6..<13)
        let layout = try read(Self.ticker)
        #expect(layout.title == "Harbour Holdings sells terminal to Danish investor")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body == [
            "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs.",
            "The company said the terminal would keep its staff and its name under the new owner.",
        ])
    }

    @Test func anOpenedItemWithoutABylineGivesItsText() throws {
        let text = """
            Le Monde › Le fil info
            jeudi 26 février 1987
            16h02  Cinq choses à savoir sur les marchés
            15h42  Le port de Marseille change de mains

            La société a annoncé jeudi la vente de son terminal à conteneurs à un investisseur danois.

            14h46  La banque centrale maintient ses taux
            13h30  Le pétrole progresse en Asie
            """
        let ticker = try #require(NewsTickers.read(lines(text), dates: Self.dates("fr")))
        #expect(ticker.title == "Le port de Marseille change de mains")
        #expect(ticker.date?.iso == "1987-02-26")
        #expect(ticker.source == "Le Monde")
        #expect(ticker.text == 4..<7)
        let layout = try read(text, language: "fr")
        #expect(layout.title == "Le port de Marseille change de mains")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.source == "Le Monde")
        #expect(layout.body == ["La société a annoncé jeudi la vente de son terminal à conteneurs à un investisseur danois."])
    }

    @Test func twoStampedLinesAreNoTicker() {
        let text = "16:02  Five things to watch on the markets today\n15:42  Harbour Holdings sells terminal\n\n" + Self.body("en")
        #expect(NewsTickers.read(lines(text), dates: Self.dates("en")) == nil)
    }

    @Test(arguments: [
        ("9:41\tHarbour deal", 5 as Int?), ("16.02  Harbour deal", 7), ("16h02  Harbour deal", 7), ("16:02  Harbour deal", 7),
        ("16:02 Harbour deal", nil), ("1987  Harbour deal", nil), ("Harbour deal 16:02", nil), ("16:02", nil),
    ] as [(String, Int?)])
    func aStampsLength(_ line: String, _ length: Int?) {
        #expect(NewsTickers.stampLength(line) == length)
    }

    // MARK: - 8. A brief's headline in capitals run into its text

    @Test(arguments: [
        ("BREVES", "EL PUERTO DE VALENCIA CAMBIA DE MANOS – La empresa anunció el jueves la venta de su terminal.",
         "EL PUERTO DE VALENCIA CAMBIA DE MANOS", "La empresa anunció el jueves la venta de su terminal."),
        ("IN BRIEF", "HARBOUR HOLDINGS SELLS TERMINAL – The company said the terminal would keep its staff.",
         "HARBOUR HOLDINGS SELLS TERMINAL", "The company said the terminal would keep its staff."),
        ("EN BREF", "LE PORT DE MARSEILLE VENDU — « Une bonne affaire », selon la direction.",
         "LE PORT DE MARSEILLE VENDU", "« Une bonne affaire », selon la direction."),
        ("IN BREVE", "IL PORTO DI GENOVA È VENDUTO – 40 miliardi di lire per il terminal container.",
         "IL PORTO DI GENOVA È VENDUTO", "40 miliardi di lire per il terminal container."),
    ])
    func aBriefsHeadlineIsSetOnItsOwnLine(_ heading: String, _ paragraph: String, _ head: String, _ text: String) {
        let lines = [heading, "", paragraph, "", "Second brief follows here."]
        #expect(RunInHeads.split(lines) == [head, "", text, "", "Second brief follows here."])
    }

    @Test func aBriefsHeadlineWrappedOverTwoLinesIsJoined() {
        let lines = ["KURZ NOTIERT", "", "HAFEN VON HAMBURG AN DÄNISCHEN", "INVESTOR VERKAUFT – Die Hafengesellschaft hat am Donnerstag",
                     "ihr Containerterminal verkauft.", "", "Die Aktie legte zu."]
        #expect(RunInHeads.split(lines) == ["HAFEN VON HAMBURG AN DÄNISCHEN INVESTOR VERKAUFT", "", "Die Hafengesellschaft hat am Donnerstag",
                                            "ihr Containerterminal verkauft.", "", "Die Aktie legte zu."])
    }

    @Test func aBriefUnderItsColumnGivesTheTitle() throws {
        let text = "BREVES\n\nEL PUERTO DE VALENCIA CAMBIA DE MANOS – " + Self.body("es")
        let layout = try read(text, language: "es")
        #expect(layout.title == "EL PUERTO DE VALENCIA CAMBIA DE MANOS")
        #expect(layout.body.first == Self.lead("es"))
    }

    @Test(arguments: [
        // No column's heading: a dateline in capitals under a headline.
        ["Harbour Holdings sells terminal", "", "WASHINGTON – Harbour Holdings said it had completed the sale.", "", "More text."],
        ["PORT DEAL SIGNED", "", "WASHINGTON – Harbour Holdings said it had completed the sale.", "", "More text."],
        // A lowercase letter before the dash.
        ["IN BRIEF", "", "Harbour Holdings sells terminal – The company said it would keep its staff.", "", "More text."],
        ["IN BRIEF", "", "HARBOUR HOLDINGS sells TERMINAL – The company said it would keep its staff.", "", "More text."],
        // Too few capitals, or a lowercase word after the dash.
        ["IN BRIEF", "", "PORT – The company said it would keep its staff.", "", "More text."],
        ["IN BRIEF", "", "HARBOUR HOLDINGS SELLS TERMINAL – the company said it would keep its staff.", "", "More text."],
        // A column's heading that is not alone between blank lines.
        ["IN BRIEF", "HARBOUR HOLDINGS SELLS TERMINAL – The company said it would keep its staff.", "", "More text."],
    ])
    func linesThatAreNoRunInBrief(_ lines: [String]) {
        #expect(RunInHeads.split(lines) == lines)
    }

    @Test func aCapitalDatelineUnderAHeadlineStaysInTheText() throws {
        let text = "Harbour Holdings sells terminal\n\nWASHINGTON – Harbour Holdings said it had completed the sale of its terminal.\n\n"
            + Self.body("en")
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.body.first?.hasPrefix("WASHINGTON") == true)
    }

    // MARK: - 9. A read-later app's information panel at the foot

    private static let panel = """


        Info
        ────────────────
        Title           Harbour Holdings sells terminal
        Site name       Reuters
        Published       Feb 26, 1987
        Saved           Mar 18, 1987, 7:12 PM
        """

    /// The app prints the saved page's title above its text and again in the panel.
    @Test func aFootPanelGivesTitleSourceAndDay() throws {
        let text = "Harbour Holdings sells terminal\nreuters.com · 1 min\n\n" + Self.body("en") + Self.panel
        let lines = lines(text)
        let panel = try #require(FootPanels.read(lines, dates: Self.dates("en")))
        #expect(panel.title == "Harbour Holdings sells terminal")
        #expect(panel.source == "Reuters")
        #expect(panel.date?.iso == "1987-02-26")
        #expect(panel.authors == [])
        #expect(panel.lines == (lines.count - 6)...(lines.count - 1))
        let layout = try read(text)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body.first == Self.lead("en"))
        #expect(layout.body.last == "Shares in the company rose 3 pct in early trading.")
    }

    @Test(arguments: [
        // No title above the text: the panel's address row makes it an app's.
        ("de", "\n\nTitel           Der Hafen ist verkauft\nAutor           Hans Müller\n"
            + "Website         Die Zeit\nVeröffentlicht  26. Februar 1987\nURL             https://www.zeit.de/4711\n",
         "Der Hafen ist verkauft", ["Hans Müller"], "Die Zeit", "1987-02-26" as String?),
        ("en", "\n\nTitle           Harbour Holdings sells terminal\nAuthor          Jane Doe\n"
            + "Site name       Reuters\nSaved           Mar 18, 1987, 7:12 PM\n",
         "Harbour Holdings sells terminal", ["Jane Doe"], "Reuters", nil),
    ] as [(String, String, String, [String], String, String?)])
    func aFootPanelsRowsNameTheFields(
        _ language: String, _ panel: String, _ title: String, _ authors: [String], _ source: String, _ date: String?
    ) throws {
        // The English app prints the title above the text too.
        let layout = try read((language == "en" ? title + "\n\n" : "") + Self.body(language) + panel, language: language)
        #expect(layout.title == title)
        #expect(layout.authors == authors)
        #expect(layout.source == source)
        #expect(layout.published?.iso == date)
        #expect(layout.body.first == Self.lead(language))
    }

    @Test(arguments: [
        // An exiftool-style dump: a colon before each value.
        "Title                           : Harbour Holdings sells terminal\nSite Name                       : Reuters\n"
            + "Published                       : Feb 26, 1987\nSaved                           : Mar 18, 1987\n",
        // Three rows only.
        "Title           Harbour Holdings sells terminal\nSite name       Reuters\nPublished       Feb 26, 1987\n",
        // No title row.
        "Author          Jane Doe\nSite name       Reuters\nPublished       Feb 26, 1987\nSaved           Mar 18, 1987, 7:12 PM\n",
        // A review's fact box: the book's title heads no line of the text, and no address.
        "Titel           Die Mittagsfrau\nAutorin         Julia Franck\nVerlag          Suhrkamp\nSeiten          430\n",
    ])
    func rowsThatAreNoFootPanel(_ rows: String) {
        #expect(FootPanels.read(lines(Self.body("en") + "\n\n" + rows), dates: Self.dates("en")) == nil)
    }

    /// A date after the comma that ends the publication's name (`published in X, in its review, on …`) once
    /// sent the name's search past the end of the cut text: the parser aborted. The date and source are read.
    @Test func aDateAfterTheCommaEndingThePublicationIsRead() throws {
        let letter = try read("Dear colleagues,\n\nWe refer to the article “Harbour Holdings sells terminal” published in Reuters, in its internal press review, on March 2, 1987.\n\n" + Self.body("en"))
        #expect(letter.title == "Harbour Holdings sells terminal")
        #expect(letter.source == "Reuters")
        #expect(letter.published == CalendarDate(year: 1987, month: 3, day: 2))
        let piece = try note("Hi all, below is the piece published in The Verge, on March 2, 1987, headline “Harbour Holdings sells terminal”. Could someone add it to the review?")
        #expect(piece.source == "The Verge")
        #expect(piece.date == CalendarDate(year: 1987, month: 3, day: 2))
    }

    /// `“…” on March 2, 1987, by A`: the clause's day first, then its author.
    @Test func anAuthorAfterTheClauseDateIsRead() throws {
        let ran = try note("Reuters ran “Harbour Holdings sells terminal” on March 2, 1987, by Jane Doe.")
        #expect(ran.authors == ["Jane Doe"])
        #expect(ran.source == "Reuters")
    }

    /// The review's look-alikes (Tests/eval/review_s37): a live blog under its own headline is no ticker,
    /// a capitals headline with a dash between its halves no run-in brief.
    @Test func aLiveBlogAndACapitalsHeadlineKeepTheirHeadlines() throws {
        let blog = lines("Trains halted after storm\n\nBy Jane Doe\n\n09:12  Storm reaches the coast\n10:40  Ferries cancelled\n\n"
            + "11:05  Trains halted across the south east\n\n" + Self.body("en"))
        #expect(NewsTickers.read(blog, dates: Self.dates("en")) == nil)
        let brief = ["KURZ NOTIERT", "", "KLIMASCHUTZ – WAS JETZT ZU TUN IST", "", "Die Regierung will bis Ende des Jahres ein neues Gesetz vorlegen."]
        #expect(RunInHeads.split(brief) == brief)
    }

    /// Issue lines and numbered heads that are none: a dateline with a month, a street's number, a sonata's.
    @Test(arguments: ["From Paris, 12/2026", "Aus Berlin, 1/2026", "Via Garibaldi, n. 12", "Klaviersonate, Nr. 14"])
    func aPlaceOrANumberedItemIsNoPublication(_ line: String) {
        #expect(ClippingFacts.publishedIn(line) == nil)
        #expect(ClippingFacts.numberedMasthead(line) == nil)
    }

    @Test func issueLinesAndNumberedHeadsNameThePublication() {
        #expect(ClippingFacts.publishedIn("From Público, issue 27/2026") == "Público")
        #expect(ClippingFacts.publishedIn("Aus Reuters 9/1987") == "Reuters")
        #expect(ClippingFacts.publishedIn("Article paru dans Le Figaro n° 35/2026") == "Le Figaro")
        #expect(ClippingFacts.numberedMasthead("Le Figaro, no. 21692") == "Le Figaro")
    }

    /// An alert's prefix and sender; a hyphenated word and a colleague's `URGENT:` are kept.
    @Test func anAlertsPrefixAndSenderAreNoPartOfTheFields() {
        #expect(ClippingLabels.subject("BREAKING: Harbour Holdings sells terminal") == "Harbour Holdings sells terminal")
        #expect(ClippingLabels.subject("ALERTE INFO – Le port est vendu") == "Le port est vendu")
        #expect(ClippingLabels.subject("Breaking-news desk moves to Berlin") == "Breaking-news desk moves to Berlin")
        #expect(ClippingLabels.subject("URGENT: please clip for tomorrow") == "URGENT: please clip for tomorrow")
        #expect(ClippingFacts.withoutAlertService("Reuters Breaking News") == "Reuters")
        #expect(ClippingFacts.withoutAlertService("Reuters – Alerte info") == "Reuters")
    }

    /// A phone scan's page stamps go, a sentence broken over the page runs on, and the scan's day is no date.
    @Test func aPhoneScansStampsGo() throws {
        let text = "Adobe Scan 14 abr 1987\n\nHARBOUR HOLDINGS SELLS TERMINAL\n\nHarbour Holdings said it had sold its\n"
            + "terminal to a Danish investor and\n\nScanned with Adobe Scan\n\u{0C}\nthat the staff would stay.\n\nScanned with Adobe Scan\n"
        let layout = try read(text, language: "pt")
        #expect(layout.title == "HARBOUR HOLDINGS SELLS TERMINAL")
        #expect(layout.published == nil)
        #expect(layout.body == ["Harbour Holdings said it had sold its terminal to a Danish investor and that the staff would stay."])
    }

    /// An article's own lead under its headline that mentions a film's or another paper's title is no message
    /// citing an article; nor is a headline ending with a quoted name a colleague's note (the review's cases 40, 48, 52).
    @Test(arguments: [
        ("Cannes opens with a quiet surprise\n\nThe jury president's own new film, titled “The Long Winter”, premiered in Cannes on May 14, 2025, to a standing ovation.\n\n",
         "Cannes opens with a quiet surprise"),
        ("Minister resigns after leaked emails\n\nThe Guardian ran “The minister's secret lobbying” on its front page on Saturday, and by Monday the minister had gone.\n\n",
         "Minister resigns after leaked emails"),
        ("Streaming service orders second season of show called “Dark Harbour”\n\nBy Nina Patel\n\n",
         "Streaming service orders second season of show called “Dark Harbour”"),
    ])
    func aLeadMentioningATitleKeepsItsHeadline(_ head: String, _ title: String) throws {
        let layout = try read(head + Self.body("en"))
        #expect(layout.title == title)
    }
}
