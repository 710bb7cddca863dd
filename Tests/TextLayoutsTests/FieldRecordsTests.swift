import Testing

@testable import TextLayouts
import DateReading

/// Stop 35's field records: an article's fields recognised by their keys in the six desk
/// languages wherever a record nests them (`RecordKeys`, `FieldRecords`): a chat export's link
/// preview, a card, a YAML record, a page's JSON-LD, an outliner's `key:: value` properties, a
/// form's responses as CSV; and what the carrier keeps for itself (a poster, a card's members, a
/// form's time stamp and respondent, a record's created or modified time) is never the article's.
@Suite struct FieldRecordsTests {
    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: DateRecognizer(language: language, keepsTime: false)).read(text))
    }

    /// The four fields the eval scores, in one expectation each (`day`: the date's ISO day, nil for none).
    private func expectFields(_ layout: TextLayout, _ title: String, _ authors: [String], _ day: String?, _ source: String?,
                              sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(layout.title == title, sourceLocation: sourceLocation)
        #expect(layout.authors == authors, sourceLocation: sourceLocation)
        #expect(layout.published.map { String($0.iso.prefix(10)) } == day, sourceLocation: sourceLocation)
        #expect(layout.source == source, sourceLocation: sourceLocation)
    }

    @Test func keysAreReadInTheSixLanguagesAndInSchemaNames() {
        #expect(RecordKeys.field("datePublished") == .date)
        #expect(RecordKeys.field("date_parution") == .date)
        #expect(RecordKeys.field("Data de publicação") == .date)
        #expect(RecordKeys.field("erschienen_am") == .date)
        #expect(RecordKeys.field("Titre de l'article") == .title)
        #expect(RecordKeys.field("Título") == .title)
        #expect(RecordKeys.field("Autor(es)") == .authors)
        #expect(RecordKeys.field("Autore/i") == .authors)
        #expect(RecordKeys.field("author_name") == .authors)
        #expect(RecordKeys.field("service_name") == .source)
        #expect(RecordKeys.field("testata") == .source)
        #expect(RecordKeys.field("Texto do artigo") == .text)
        #expect(RecordKeys.field("articleBody") == .text)
        #expect(RecordKeys.field("Horodateur") == .carrier)
        #expect(RecordKeys.field("dateModified") == .carrier)
        #expect(RecordKeys.field("Datum") == .bareDate)
        #expect(RecordKeys.field("dateLastActivity") == nil)
        #expect(RecordKeys.field("tonalite") == nil)
    }

    @Test func aChatExportReadsItsLinkPreviewNotItsPoster() throws {
        let text = #"""
            [
                {
                    "type": "message",
                    "text": "À lire, signé Jane Doe : <https://news.example.org/a/1>",
                    "ts": "1772784000.000100",
                    "user_profile": {"real_name": "Hélène Roux", "display_name": "hroux"},
                    "attachments": [
                        {
                            "service_name": "Le Monde",
                            "title": "Le port de Brest rouvre \"enfin\" ses quais",
                            "text": "Le port de Brest a rouvert lundi ses quais aux cargos …",
                            "author_name": "Jane Doe",
                            "title_link": "https://news.example.org/a/1"
                        }
                    ]
                },
                {
                    "type": "message",
                    "text": "Article payant, voici le texte complet :\n\nPar Jane Doe\n3 mars 2026\n\nLe port de Brest a rouvert lundi ses quais aux cargos &lt;Maersk&gt; et &amp;amp; CMA.\n\nLa chambre de commerce a salué la décision.",
                    "ts": "1772784100.000200",
                    "user_profile": {"real_name": "Marc Petit", "display_name": "mpetit"}
                }
            ]
            """#
        let layout = try read(text, language: "fr")
        expectFields(layout, "Le port de Brest rouvre \"enfin\" ses quais", ["Jane Doe"], "2026-03-03", "Le Monde")
        // The chat's escapes are undone once: `&amp;amp;` stays `&amp;`.
        #expect(layout.body.joined(separator: "\n").contains("<Maersk> et &amp; CMA"))
        #expect(!layout.body.joined(separator: "\n").contains("texte complet"))
    }

    @Test func aCardReadsItsNameAndDescriptionNotItsMembersOrDays() throws {
        let text = #"""
            {"id":"a3f9","closed":false,"dateLastActivity":"2026-03-09T16:50:26Z","desc":"**Süddeutsche Zeitung** · 3. März 2026\n\n*Von Anna Weber*\n\nDer Hafen von Kiel hat am Montag seine Kais wieder für Frachter geöffnet, teilte die Stadt mit.\n\nDie Handelskammer begrüßte die Entscheidung.","due":"2026-03-12T10:00:00Z","name":"Kieler Hafen öffnet wieder","labels":[{"name":"Pressespiegel","color":"blue"}],"actions":[{"type":"commentCard","date":"2026-03-10T08:00:00Z","data":{"text":"Gut für die Vorlage."},"memberCreator":{"fullName":"Stefan Krüger","username":"skruger"}}]}
            """#
        let layout = try read(text, language: "de")
        expectFields(layout, "Kieler Hafen öffnet wieder", ["Anna Weber"], "2026-03-03", "Süddeutsche Zeitung")
    }

    @Test func aCardsBoldPublicationAloneIsItsSourceNotAnAuthor() throws {
        let text = #"{"name":"Tanker traffic doubles","desc":"**Vancouver Sun**\n\nTanker traffic in the harbour doubled last year, the port said on Monday.\n\nThe city council will debate it.","dateLastActivity":"2026-03-09T16:50:26Z"}"#
        expectFields(try read(text), "Tanker traffic doubles", [], nil, "Vancouver Sun")
    }

    @Test func aYAMLRecordInSpanishWithAFoldedText() throws {
        let text = """
            # Resumen de prensa: fichas exportadas el 2026-03-20
            - id: 2026-0042
              titular: 'El puerto de Vigo reabre: ''por fin'' llegan los cargueros'
              medio: 'El País'
              autores:
                - Lucía Gómez
                - Pablo Ruiz
              fecha_publicacion: 2026-03-03
              anadido_por: Carmen Ortiz
              anadido_el: 2026-03-05T09:12:00Z
              tono: neutro
              texto: >
                El puerto de Vigo reabrió el lunes sus muelles
                a los cargueros, informó la autoridad portuaria.

                La cámara de comercio celebró la decisión.
            """
        let layout = try read(text, language: "es")
        expectFields(layout, "El puerto de Vigo reabre: 'por fin' llegan los cargueros", ["Lucía Gómez", "Pablo Ruiz"], "2026-03-03", "El País")
        // Folded once: the two lines are one paragraph.
        #expect(layout.body.first?.contains("muelles a los cargueros") == true)
    }

    @Test func aRecordWhoseOnlyDayIsWhenItWasMadeHasNoDate() throws {
        let text = """
            - id: 2026-0043
              titolo: 'Il porto di Genova riapre le banchine'
              testata: ~
              autori: []
              data_pubblicazione: ~
              inserito_da: Giulia Bianchi
              inserito_il: 2026-03-05T09:12:00Z
              created: 2026-03-05
              testo: |
                Il porto di Genova ha riaperto lunedì le banchine ai mercantili, ha detto l'autorità portuale.

                La camera di commercio ha accolto la decisione.
            """
        let layout = try read(text, language: "it")
        expectFields(layout, "Il porto di Genova riapre le banchine", [], nil, nil)
    }

    @Test func aPagesJSONLDGraphGivesTheArticleNotTheOrganisationAsAuthor() throws {
        let text = #"""
            Aqui ficam os dados estruturados do código-fonte da página e, por baixo, o texto:

            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Público"}, {"@type": "NewsArticle", "headline": "O porto de Leixões \"reabre\" os cais", "datePublished": "2026-03-03T09:12:00+01:00", "dateModified": "2026-03-09T10:00:00+01:00", "author": {"@type": "Organization", "name": "Público"}, "publisher": {"@type": "Organization", "name": "Público"}}]}</script>

            ----------------------------------------

            O porto de Leixões reabriu na segunda-feira os cais aos cargueiros, disse a autoridade portuária.

            A câmara de comércio saudou a decisão.

            Rui
            """#
        let layout = try read(text, language: "pt")
        expectFields(layout, "O porto de Leixões \"reabre\" os cais", [], "2026-03-03", "Público")
    }

    @Test func anOutlinersPropertiesNotItsCaptureDay() throws {
        let text = """
            title:: Harbour reopens its quays
            type:: [[article]]
            author:: [[Jane Doe]], [[John Smith]]
            source:: [[The Guardian]]
            published:: [[Mar 3rd, 2026]]
            captured:: [[Mar 9th, 2026]]
            clipped-by:: [[Carmen Ortiz]]

            - The harbour reopened its quays to cargo ships on Monday, the port authority said.
            - The chamber of commerce welcomed the decision.
            \t- Please add this one to tomorrow's review.
            """
        let layout = try read(text)
        expectFields(layout, "Harbour reopens its quays", ["Jane Doe", "John Smith"], "2026-03-03", "The Guardian")
        #expect(layout.body.first?.hasPrefix("The harbour reopened") == true)
    }

    @Test func aFormsResponsesKeepTheRespondentAndTimeStampOut() throws {
        let header = "Carimbo de data/hora,Endereço de e-mail,Título,Meio,Data de publicação,Autor(es),Texto do artigo,Comentário"
        let cells = ["05/03/2026 9:09:50", "carmen.ortiz@example.org", "\"O porto de Leixões reabre, enfim\"", "Público",
                     "03/02/2026", "\"Rui Costa, Ana Lima\"",
                     "\"O porto de Leixões reabriu os cais aos \"\"cargueiros\"\", disse a autoridade.\r\n\r\nA câmara de comércio saudou a decisão.\"",
                     "Para a revista de amanhã."]
        let text = header + "\r\n" + cells.joined(separator: ",") + "\r\n"
        let layout = try read(text)
        // Day first, as the Portuguese column's name says; not the response's day.
        expectFields(layout, "O porto de Leixões reabre, enfim", ["Rui Costa", "Ana Lima"], "2026-02-03", "Público")
        #expect(layout.body.count == 2)
        #expect(layout.body.first?.contains("\"cargueiros\"") == true)
    }

    @Test func anEnglishFormReadsItsDatesMonthFirst() throws {
        let text = "Timestamp,Email Address,Headline,Outlet,Publication date,Author(s),Article text,Comment\r\n"
            + "3/5/2026 9:09:50,carmen.ortiz@example.org,Harbour reopens its quays,The Guardian,3/2/2026,Jane Doe,"
            + "\"The harbour reopened its quays to cargo ships on Monday.\n\nThe chamber welcomed it.\",For the review.\r\n"
        let layout = try read(text, language: "fr")
        #expect(layout.published?.iso.hasPrefix("2026-03-02") == true)
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func brokenRecordsAreNoneAndNeverHang() {
        let dates = DateRecognizer(language: "en", keepsTime: false)
        // YAML aliases that would expand past any size: read within a budget, or not at all.
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 { bomb += "l\(level): &l\(level) [" + Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 10).joined(separator: ", ") + "]\n" }
        bomb += "title: T\ntext: |\n  body\n"
        #expect(YAMLRecords.read(bomb, dates: dates) == nil)
        #expect(YAMLRecords.read("title: 'unclosed\ntext: x\n", dates: dates) == nil)
        #expect(PropertyLines.read("type:: [[article]]\ntags:: x\n\n- text\n", dates: dates) == nil)
        #expect(PropertyLines.read("title:: [[unclosed\nauthor:: [[A\n\n- text\n", dates: dates)?.title == "[[unclosed")
        #expect(JSONRecords.read("Note:\n<script type=\"application/ld+json\">{\"headline\": \"x\", ", dates: dates) == nil)
        #expect(JSONRecords.read("[" + String(repeating: "[", count: 100_000), dates: dates) == nil)
    }
}
