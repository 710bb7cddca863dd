import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 47's containers and phrasings: a cutting service's slip (dot leaders, trade labels, an
/// unsigned word, its underlined heading), a Zim wiki page, Azure's layout paragraphs, a task's
/// custom fields, a media monitor's outlet beside its domain, a series' marker, a framed correction
/// notice, a column's standing title, an audio player, a live blog's credit and badge, a reprint's
/// credit in the head.
@Suite struct SlipsAndStandingHeadsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let sentences = EmissionsArticle.sentences
    private static let text = EmissionsArticle.text

    @Test(arguments: [
        ("PRESSEAUSSCHNITT", "Blatt .......... Reuters", "Schlagzeile .... Plan to cut emissions unveiled", "Verfasser ...... Jane Doe"),
        ("RITAGLIO STAMPA", "Testata:        Reuters", "Titolo:         Plan to cut emissions unveiled", "Firma:          Jane Doe"),
        ("RECORTE DE PRENSA", "Cabecera ....... Reuters", "Titular ........ Plan to cut emissions unveiled", "Firma .......... Jane Doe"),
    ])
    func aCuttingServicesSlipGivesItsFields(heading: String, outlet: String, headline: String, byline: String) throws {
        let slip = [heading, String(repeating: "=", count: heading.count), outlet, "Fecha de edición ... 14/03/2024", headline,
                    byline, "Página ......... 12", "Entregado ...... 18/03/2024", "", Self.text].joined(separator: "\n")
        let layout = try #require(read(slip))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // The trade's word for an unsigned piece names no one.
        let unsigned = try #require(read(slip.replacingOccurrences(of: "Jane Doe", with: "ohne Verfasserangabe")))
        #expect(unsigned.authors.isEmpty)
        // A leader is read only after a label: `Chapter 1 ..... 12` is no field.
        #expect(ClippingLabels.parse("Chapter 1 ........ 12") == nil)
        #expect(ClippingLabels.parse("Blatt ..... Le Monde")?.field == .site)
    }

    @Test func anUnderlinedHeadingOverABlockWithoutTitleLabelIsTheTitle() {
        let lines = ["Plan to cut emissions unveiled", "==============================", "By: Jane Doe", "", "Body."]
        #expect(LayoutReader.leadInEnd(lines) == 0)
    }

    @Test func aZimPageGivesItsHeadlineNotThePagesName() throws {
        let page = """
            Content-Type: text/x-zim-wiki
            Wiki-Format: zim 0.6
            Creation-Date: 2024-03-20T09:12:44+01:00

            ====== Revue 2024-03-20 ======
            Créé mercredi 20 mars 2024

            ===== Plan to cut emissions unveiled =====
            //Reuters//, 14 March 2024
            By Jane Doe
            [[https://www.reuters.com/plan|Reuters]]

            \(Self.text)

            @revue @climat
            """
        let layout = try #require(read(page))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        #expect(!layout.body.joined().contains("@revue"))
        #expect(ZimPages.withoutMarkup("See //this// at https://example.org and [[https://x.org|X]]") == "See this at https://example.org and X")
        #expect(ZimPages.level(of: "====== Page ======") == 1)
        #expect(ZimPages.level(of: "== Part ==") == 5)
        #expect(ZimPages.level(of: "=== not closed") == nil)
    }

    @Test func azureLayoutParagraphsAreReadByTheirRoles() throws {
        let paragraphs: [[String: Any]] = [
            ["role": "pageHeader", "content": "REUTERS — THURSDAY, MARCH 14, 2024"],
            ["role": "sectionHeading", "content": "ECONOMY"],
            ["role": "title", "content": "Plan to cut emissions unveiled"],
            ["content": "By Jane Doe"],
        ] + Self.sentences.map { ["content": $0] } + [["role": "pageNumber", "content": "12"], ["role": "pageFooter", "content": "Reuters · Press review"]]
        let doc: [String: Any] = ["status": "succeeded", "createdDateTime": "2026-01-02T10:00:00Z",
                                  "analyzeResult": ["apiVersion": "2024-11-30", "content": "…", "paragraphs": paragraphs]]
        let layout = try #require(read(EmissionsArticle.json(doc)))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-14")
        #expect(!layout.body.contains("12"))
        #expect(LayoutParagraphs.plain(["analyzeResult": ["paragraphs": [["content": "no title"]]]]) == nil)
    }

    @Test func aTasksCustomFieldsNameThePublicationAndDay() throws {
        let task: [String: Any] = ["data": [
            "name": "Summarise for Thursday's review",
            "assignee": ["name": "Carla Gomez"], "created_by": ["name": "Piet Jansen"], "created_at": "2024-03-20T10:00:00.000Z",
            "custom_fields": [
                ["name": "Outlet", "type": "enum", "enum_value": ["name": "Reuters"], "display_value": "Reuters"],
                ["name": "Publication date", "type": "date", "date_value": ["date": "2024-03-14"], "display_value": "2024-03-14"],
            ],
            "notes": "Pasted below, for the review:\n\nPlan to cut emissions unveiled\nBy Jane Doe\n\n" + Self.sentences.joined(separator: "\n\n"),
        ]]
        let layout = try #require(read(EmissionsArticle.json(task)))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
    }

    @Test func aMediaMonitorsOutletSpellsItsDomainAndItsBareDateStandsBesideItsOwnTimes() throws {
        let hit: [String: Any] = ["results": [[
            "domain": "elpais.com", "fullname": "El País", "author": "Jane Doe", "title": "Plan to cut emissions unveiled",
            "date": "2024-03-14T09:00:00.000+0000", "added": "2024-03-16T09:00:00.000+0000", "updated": "2024-03-16T10:00:00.000+0000",
            "fullText": Self.sentences.joined(separator: "\n"),
        ]]]
        let layout = try #require(read(EmissionsArticle.json(hit)))
        #expect(layout.source == "El País")
        #expect(layout.published?.iso == "2024-03-14")
        // Without its own times, a bare `date` may be the fetch's: not read.
        var plain = (hit["results"] as! [[String: Any]])[0]
        plain["added"] = nil
        plain["updated"] = nil
        #expect(try #require(read(EmissionsArticle.json(["results": [plain]]))).published == nil)
    }

    @Test(arguments: ["Serie „Europas Stahl“ (Teil 3 von 5)", "SÉRIE – L'ACIER EUROPÉEN (3/5)", "SERIES: EUROPE'S STEEL, PART 2 OF 4"])
    func aSeriesMarkerOverTheTitleIsNoTitle(marker: String) throws {
        let layout = try #require(read("Reuters, 14 March 2024\n\n\(marker)\nPlan to cut emissions unveiled\nBy Jane Doe\n\n" + Self.text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        let undated = try #require(read("Reuters\n\n\(marker)\nPlan to cut emissions unveiled\n\n" + Self.text))
        #expect(undated.title == "Plan to cut emissions unveiled")
        #expect(undated.source == "Reuters")
    }

    @Test func aSeriesMarkerNeedsAPartAmongTheSeries() {
        #expect(LayoutReader.isSeriesMarker("Brexit talks (2/3)"))
        #expect(!LayoutReader.isSeriesMarker("Brexit talks (3/2)"))
        #expect(!LayoutReader.isSeriesMarker("Shares rose (2.5%)"))
        #expect(!LayoutReader.isSeriesMarker("Growth hits 24/7"))
    }

    @Test(arguments: ["[Correction, March 20, 2024: An earlier version of this article gave a wrong figure. It has been corrected.]",
                      "⚠ Rettifica del 20 marzo 2024: una versione precedente di questo articolo riportava un dato errato."])
    func aFramedCorrectionNoticeIsNoTitle(notice: String) throws {
        let layout = try #require(read("\(notice)\n\nReuters – Economy\n\nPlan to cut emissions unveiled\nBy Jane Doe\n\n" + Self.text))
        #expect(layout.title == "Plan to cut emissions unveiled")
    }

    @Test func aColumnsStandingTitleNamesItsWriters() throws {
        let signed = try #require(read("Reuters · 14 March 2024\n\nLa chronique d'Hélène Roux\n\nPlan to cut emissions unveiled\n\n" + Self.text))
        #expect(signed.title == "Plan to cut emissions unveiled")
        #expect(signed.authors == ["Hélène Roux"])
        let unsigned = try #require(read("Reuters\n\nDER ZWISCHENRUF\n\nPlan to cut emissions unveiled\n\n" + Self.text))
        #expect(unsigned.title == "Plan to cut emissions unveiled")
        #expect(unsigned.source == "Reuters")
        #expect(unsigned.authors.isEmpty)
        #expect(ColumnHeads.read("Jane Doe's Brussels Notebook") == ["Jane Doe"])
        #expect(ColumnHeads.read("Why I quit my column") == nil)
    }

    @Test func anAudioPlayersLinesAreNoTitleNorAuthors() throws {
        let layout = try #require(read("""
            Reuters | Economy

            ▶ Listen to this article · 4 min
            0:00 / 4:12
            Narrated by Piet Jansen

            Plan to cut emissions unveiled

            By Jane Doe

            \(Self.text)
            """))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test func aLiveBlogsCreditAndBadge() throws {
        let layout = try #require(read("""
            El País – DIRECTO

            Plan to cut emissions unveiled

            Este directo ha finalizado. Así le hemos contado la jornada.
            Directo a cargo de Jane Doe

            \(Self.text)
            """))
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "El País")
    }

    /// `MarkdownDumps.cleaned` cuts its plain text at LFs once (`LineBytes.lines`) unless it holds a CR: the same
    /// lines as the split on Characters it replaced, blank ones and a CRLF too.
    @Test(arguments: ["\n", "\r\n"])
    func aMarkdownDumpsLinesAsBefore(end: String) {
        let lines = ["[![Reuters](/logo.svg)](/)", "# Plan to cut emissions", "", "", "A [first](https://x.org) line.", "",
                     "Second line.\(end == "\r\n" ? "\r" : "")", "", ""]
        let text = MarkdownText.plain(Array(lines[1...]).joined(separator: "\n"))
        let expected = ["Site: Reuters"] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(MarkdownDumps.cleaned(lines) == expected)
    }

    @Test func aReprintsCreditInTheHeadDatesTheArticle() throws {
        let layout = try #require(read("""
            Members' Newsletter No. 219
            Wednesday, March 20, 2024

            Reproduced by kind permission of Reuters, where this article first appeared on March 14, 2024.

            Plan to cut emissions unveiled

            \(Self.text)
            """))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-14")
        // The newsletter's editor, above the credit, is no title nor writer.
        let edited = try #require(read("""
            Members' Newsletter No. 219
            Newsletter edited by Piet Jansen

            Reproduced by kind permission of Reuters, where this article first appeared on March 14, 2024.

            Plan to cut emissions unveiled

            \(Self.text)
            """))
        #expect(edited.title == "Plan to cut emissions unveiled")
        #expect(edited.authors.isEmpty)
        #expect(OriginNotes.isReprintCredit("Abdruck mit freundlicher Genehmigung von Reuters."))
        #expect(!OriginNotes.isReprintCredit("This article was originally published in Reuters."))
    }
}
