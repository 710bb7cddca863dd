import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// review_s54's findings in stop 52's rules: a headline run in after a reception stamp; a disclosure about a company the
/// article covers naming the paper's owner; a recommended article's deck holding a sum; a podcast's show as a Feedbin
/// entry's author; psql's record line without its `+`; ntfy's alerts and reminders, and stores' prints holding no
/// article; `cuerpo` and the other languages' words for a body; `Lines: 1916`; `veroeffentlicht`.
@Suite struct ReviewS54Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    // MARK: - A reception stamp run in with the desk's notes, never with a headline

    @Test(arguments: [
        "Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt",
        "Recebido em 2 de março | O primeiro lote de vacinas chega a Faro",
        "RECEIVED MARCH 2, 2026 | Council votes to keep the lido open all winter",
        "Reçu le 4 mars 2026 · La mairie de Lyon ferme deux piscines pour travaux",
    ])
    func aHeadlineAfterAStampIsNoDeskNote(line: String) {
        #expect(!ExportLines.isReceptionStamp(line, dates: dates))
    }

    @Test(arguments: [
        "Eingang 14. Mai 1992 · Wv. 21.5. · Verkehr",
        "RECEIVED APR 2 1991 | REFER: CITY DESK",
        "Pervenuto il 3 febbraio 1994 | Archivio: Sanità",
        "Recebido em 11 de junho de 1990 · Arquivo: Economia",
        "EINGANG 05.03.1987 · WIEDERVORLAGE 12.03.1987 · Ablage Wirtschaft",
        "RECIBIDO 7 MAR. 1987 · Archivo: Economía · Copia a dirección",
    ])
    func aStampRunInWithNotesIsAStamp(line: String) {
        #expect(ExportLines.isReceptionStamp(line, dates: dates))
    }

    @Test func aHeadlineRunInAfterTheStampIsTheTitle() throws {
        let layout = try #require(read([
            "Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt", "", "Von Tanja Roth", "",
            "Wer in Bochum einen Antrag per Post schickt, muss Geduld haben: Der Eingangsstempel allein dauert Wochen.",
        ]))
        #expect(layout.title == "Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt")
        #expect(layout.authors == ["Tanja Roth"])
    }

    // MARK: - DisclosureNotes: a company the article covers, the paper's owner named as its own

    @Test(arguments: [
        "Disclosure: Northvolt belongs to the portfolio of a pension fund that also holds shares in our parent company.",
        "Transparenzhinweis: Flink gehört mehrheitlich dem Lieferkonzern Getir, an dem auch ein Fonds unseres Verlags beteiligt ist.",
        "Transparence : Doctolib appartient en partie au fonds Eurazeo, actionnaire minoritaire de notre groupe.",
        "Nota de transparencia: Cabify pertenece en parte al grupo Rakuten, que también es accionista de la empresa editora.",
        "Trasparenza: Satispay fa parte del gruppo di aziende finanziate da Tencent, socio di minoranza del nostro editore.",
        "Nota de transparência: A Galp pertence em 7% à família Amorim, que não tem qualquer participação no nosso grupo.",
    ])
    func aCoveredCompanyBesideThePapersOwnerIsNoSource(line: String) throws {
        #expect(DisclosureNotes.publication(line) == nil)
        let layout = try #require(read([
            "Battery maker cuts 1,600 jobs", "", "By Erik Lund", "", "March 6, 2026", "",
            "The company said on Thursday it would close two lines at its plant after losing an order.", "", line,
        ]))
        #expect(layout.source == nil)
    }

    @Test func aPaperOwnedByItsGroupIsStillTheSource() {
        #expect(DisclosureNotes.publication("Transparenzhinweis: Der Tagesspiegel gehört wie die Kantinenbetreiberin zur Holtzbrinck-Gruppe.")
            == "Der Tagesspiegel")
        #expect(DisclosureNotes.publication("Nota de transparência: O Público pertence à Sonae, tal como a empresa compradora.") == "Público")
    }

    // MARK: - RuledNotes: a recommended article whose deck holds a sum

    @Test(arguments: [
        (["Empfohlen von Jana Ohm, 4. März 2026", "", "----------------------------------------", "", "Bahn saniert 40 Hauptstrecken",
          "Kosten bis 2030: 27 Milliarden Euro", "", "Von Peter Hahn", "",
          "Die Deutsche Bahn will bis zum Ende des Jahrzehnts 40 stark befahrene Korridore komplett erneuern."],
         "Bahn saniert 40 Hauptstrecken"),
        (["Recommended by Sarah Collins, March 3, 2026", "", "________________________________________", "",
          "Council approves tram extension", "£410m line to reach the airport by 2029", "", "By Neil Harper", "",
          "The extension will add six stops between the city centre and the terminal, the council said."],
         "Council approves tram extension"),
    ])
    func aDeckWithASumOverTheBylineIsTheArticlesHead(lines: [String], title: String) throws {
        #expect(RuledNotes.articleStart(lines, dates: dates) == 3)
        #expect(try #require(read(lines)).title == title)
    }

    @Test func aPicksPriceWithNoBylineUnderItIsStillNoHead() {
        let guide = [
            "I MIGLIORI PANETTONI ARTIGIANALI", "", "Selezionato da Chiara Galli, 3 marzo 2026", "", "---", "", "Il vincitore", "",
            "Pasticceria Marchesi, 45 euro", "", "Lievitazione di 72 ore, canditi d'arancia di Sicilia, una cupola perfetta.",
        ]
        #expect(RuledNotes.articleStart(guide, dates: dates) == nil)
    }

    // MARK: - Feedbin: a podcast's show is no writer

    @Test func aPodcastEntrysShowIsNoAuthor() throws {
        let entry = """
            $ curl -s -u desk@example.org:*** https://api.feedbin.com/v2/entries/4419021.json
            {
              "id": 4419021, "feed_id": 2207, "title": "Episode 212: The Lighthouse Keepers", "url": "https://pod.example.com/212",
              "extracted_content_url": "https://extract.feedbin.com/parser/feedbin/abc", "author": "Coastal Stories Podcast",
              "content": "<p>This week we visit the last manned lighthouse in England and talk to the people who kept the lamps lit.</p>",
              "published": "2026-03-03T05:00:00.000000Z", "created_at": "2026-03-03T05:12:40.118263Z",
              "enclosure": {"enclosure_url": "https://pod.example.com/212.mp3", "enclosure_type": "audio/mpeg"}
            }
            """
        let layout = try #require(read(entry))
        #expect(layout.title == "Episode 212: The Lighthouse Keepers")
        #expect(layout.authors.isEmpty)
        let article = entry.replacingOccurrences(of: "\"Coastal Stories Podcast\"", with: "\"Maike Dreyer\"")
            .replacingOccurrences(of: "\"audio/mpeg\"", with: "\"image/jpeg\"")
        #expect(try #require(read(article)).authors == ["Maike Dreyer"])
    }

    // MARK: - psql: a record line without its `+`

    @Test func aRecordLineWithoutItsPlusIsRead() throws {
        let session = [
            "archiv=# \\x", "Expanded display is on.", "archiv=# SELECT * FROM artikel WHERE id = 4410;",
            "-[ RECORD 1 ]---------------------------------------------------------------",
            "id          | 4410",
            "überschrift | Erfurt bekommt eine neue Straßenbahnlinie",
            "autor       | Thomas Rühl",
            "quelle      | Thüringer Allgemeine",
            "datum       | 2026-03-05",
            "größe       | 2840",
            "text        | Die Linie 7 soll ab 2029 den Hauptbahnhof mit dem Wiesenhügel verbinden.", "",
        ]
        let record = try #require(PsqlRecords.read(session.joined(separator: "\n"), dates: dates))
        #expect(record.title == "Erfurt bekommt eine neue Straßenbahnlinie")
        let layout = try #require(read(session))
        #expect(layout.title == "Erfurt bekommt eine neue Straßenbahnlinie")
        #expect(layout.authors == ["Thomas Rühl"])
        #expect(layout.source == "Thüringer Allgemeine")
    }

    @Test func anEventsRowWithoutThePlusIsStillRefused() {
        let row = [
            "agenda=# \\x", "Expanded display is on.", "agenda=# SELECT * FROM eventos WHERE id = 71;",
            "-[ RECORD 1 ]----------------------------------",
            "id          | 71", "título      | Feira do Livro do Porto", "local       | Jardins do Palácio de Cristal",
            "início      | 2026-08-29", "fim         | 2026-09-14", "",
        ]
        #expect(read(row) == nil)
    }

    // MARK: - ntfy and stores' prints that hold no article

    @Test(arguments: [
        """
        $ curl -s "https://ntfy.example.org/ops-alerts/json?poll=1"
        {"id": "aX81kLq2", "time": 1741432500, "event": "message", "topic": "ops-alerts", "title": "Disk almost full on cms-db-2", "message": "/var/lib/postgresql at 94% (38.2 of 40 GiB). Autovacuum lagging.", "priority": 4}
        """,
        """
        $ curl -s ntfy.sh/redazione-promemoria/json?poll=1
        {"id": "Qm2b9Zr", "time": 1741433000, "event": "open", "topic": "redazione-promemoria"}
        {"id": "Qm2b9Zs", "time": 1741433010, "event": "message", "topic": "redazione-promemoria", "title": "Chiusura pagine", "message": "Le pagine di cronaca chiudono alle 22:30 stasera, non alle 23."}
        """,
        """
        127.0.0.1:6379> HGETALL session:3f9a1c
         1) "user_id"
         2) "88213"
         3) "name"
         4) "Rachel Moss"
         5) "last_seen"
         6) "2026-03-08T10:12:00Z"
        """,
        """
        $ kcat -C -b broker:9092 -t host-metrics -o -1 -e -J
        {"topic": "host-metrics", "partition": 2, "offset": 99120, "ts": 1741432000123, "key": "web-3", "payload": "{\\"host\\": \\"web-3\\", \\"metric\\": \\"cpu_load\\", \\"value\\": 0.93}"}
        """,
    ])
    func aStorePrintWithNoArticleIsRefused(text: String) {
        #expect(read(text) == nil)
    }

    @Test func anNtfyNewsAlertIsStillRead() throws {
        let alert = """
            $ curl -s "https://ntfy.example.es/alertas-prensa/json?poll=1&since=1h"
            {"id": "Lk2mR8", "time": 1741601000, "event": "message", "topic": "alertas-prensa", "title": "Murcia declara la emergencia hídrica", "message": "Por Antonio Belmonte\\nLa Verdad, 7 de marzo de 2026\\nEl Gobierno regional restringirá el riego en el Campo de Cartagena desde el lunes."}
            """
        let layout = try #require(read(alert))
        #expect(layout.title == "Murcia declara la emergencia hídrica")
        #expect(layout.authors == ["Antonio Belmonte"])
    }

    // MARK: - Record keys: the body's word in each language, umlauts written out

    @Test func bodyWordsAndSpelledOutUmlautsAreRecordKeys() {
        for key in ["cuerpo", "corps", "corpo", "Fliesstext", "textkoerper"] { #expect(RecordKeys.field(key) == .text) }
        #expect(RecordKeys.field("ueberschrift") == .title)
        #expect(RecordKeys.field("veroeffentlicht") == .date)
    }

    @Test func aMongoFindWithACuerpoIsRead() throws {
        let print = [
            "prensa> db.articulos.find({ medio: 'La Voz de Galicia' }).limit(1)", "[", "  {",
            "    _id: ObjectId('65f4b1c2d3e4f5a6b7c8d9e1'),", "    titular: 'Vigo recupera el tranvía eléctrico',",
            "    autor: 'Breixo Castro',", "    medio: 'La Voz de Galicia',", "    fecha: ISODate('2026-03-03T07:30:00.000Z'),",
            "    cuerpo: `El Concello aprobó el proyecto de una primera línea entre Bouzas y la estación de Urzáiz.`,",
            "    guardado: ISODate('2026-03-07T10:00:00.000Z')", "  }", "]",
        ]
        let layout = try #require(LayoutReader(dates: dates).read(print.joined(separator: "\r\n")))
        #expect(layout.title == "Vigo recupera el tranvía eléctrico")
        #expect(layout.authors == ["Breixo Castro"])
        #expect(layout.source == "La Voz de Galicia")
    }

    // MARK: - `Lines:` with a year is a poem's title

    @Test func aPoemTitledByAYearKeepsItsTitle() throws {
        #expect(ClippingLabels.parse("Lines: 1916") == nil)
        #expect(ClippingLabels.parse("Lines: 42")?.field == .ignored)
        let layout = try #require(read([
            "Lines: 1916", "", "By Owen Price", "", "My grandfather went out at dawn", "with a tin of tea and a borrowed coat,",
            "and the sea took him before the rain.",
        ]))
        #expect(layout.title == "Lines: 1916")
    }
}
