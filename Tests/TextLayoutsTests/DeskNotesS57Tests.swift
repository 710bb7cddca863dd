import Testing

@testable import TextLayouts
import DateReading

/// The thirty-fifth batch's plain-text forms: an interviewer's credit closed by a period (`Das Gespräch führte A.`),
/// the desk's reception stamp run in with its department after a dash (`EINGANG 05.02.2026 — Dokumentation`), the
/// writer's biography at the foot naming the publication (`A covers industry for El País. Her book … came out on …`),
/// a terminal browser's dump under its command (`$ w3m -dump URL`, its `[logo]` image marks).
@Suite struct DeskNotesS57Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: ["Das Gespräch führte Hélène Roux.", "Das Interview führte Hélène Roux.", "Interview by Hélène Roux.",
                      "Propos recueillis par Hélène Roux."])
    func anInterviewersCreditClosedByAPeriodNamesTheWriter(credit: String) throws {
        let layout = try #require(read(["Reuters · 3. März 2026", "", Self.title, "", Self.text, "", credit]))
        #expect(layout.authors == ["Hélène Roux"])
        #expect(Bylines.parse("By the way.", dates: dates) == nil)
    }

    @Test(arguments: [
        "EINGANG 05.03.2026 — Dokumentation", "RECEIVED 03/05/2026 — documentation desk", "REÇU LE 05/03/2026 — service documentation",
        "RECIBIDO EL 05/03/2026 – documentación",
    ])
    func aReceptionStampRunInWithItsDepartmentIsTheDesks(stamp: String) throws {
        #expect(ExportLines.isReceptionStamp(stamp, dates: dates))
        let layout = try #require(read([stamp, "", "Corriere della Sera", "", Self.title, "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Corriere della Sera")
        #expect(layout.published == nil)
        // A headline run in after the stamp is none of the desk's notes.
        #expect(!ExportLines.isReceptionStamp("Eingang 3. März 2026 — Warum das Bürgeramt Briefe sechs Wochen liegen lässt", dates: dates))
    }

    @Test(arguments: [
        ("Hélène Roux covers industry for El País. Her book “Steel and Salt” came out on 12 May 2019.", "El País"),
        ("Hélène Roux suit l'industrie pour Le Monde. Son livre « Acier et sel » est paru le 12 mai 2019.", "Le Monde"),
        ("Hélène Roux berichtet für die Süddeutsche Zeitung über die Industrie. Ihr Buch „Stahl und Salz“ erschien am 12. Mai 2019.", "Süddeutsche Zeitung"),
        ("Hélène Roux segue l'industria per il Corriere della Sera. Il suo libro «Acciaio e sale» è uscito il 12 maggio 2019.", "Corriere della Sera"),
    ])
    func aBiographyAtTheFootNamingThePublicationGivesTheSourceNotTheBooksDay(bio: String, source: String) throws {
        let layout = try #require(read(["By Hélène Roux", Self.title, "Tuesday, March 3, 2026", "", Self.text, "", "―――", bio]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Hélène Roux"])
        #expect(layout.source == source)
        #expect(layout.published?.iso == "2026-03-03")
        // A sentence of the text naming a publication after `for` is no biography.
        let text = try #require(read(["By Jane Doe", Self.title, "Tuesday, March 3, 2026", "", Self.text, "", "The ministry paid for the study."]))
        #expect(text.source == nil)
    }

    @Test func aTerminalBrowsersDumpIsReadUnderItsCommand() throws {
        let dump = ["$ w3m -dump https://www.example.org/emissions", "[example-logo]", "", "  • Home • World • Business • Markets", "",
                    Self.title, "", "By Jane Doe", "March 3, 2026", "", "[share] Share  [twitter] [facebook] [mail]", "", Self.text]
        let layout = try #require(read(dump))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-03-03")
        #expect(TerminalSessions.isMarksLine("[example-logo]"))
        #expect(TerminalSessions.isMarksLine("[share] Teilen  [twitter] [facebook] [mail]"))
        #expect(!TerminalSessions.isMarksLine("[Reuters] Plan to cut emissions"))
        #expect(TerminalSessions.isMenu("• Home • World • Business • Markets • Subscribe"))
        // A byline's line and a headline set with bullets, outside a dump, are read as they are.
        #expect(!TerminalSessions.isMenu("By Harriet Cole • 4 March 2026 • 5 min read • Politics"))
        let bulleted = try #require(read(["Plan to cut emissions unveiled", "By Harriet Cole • 4 March 2026 • 5 min read • Politics", "", Self.text]))
        #expect(bulleted.authors == ["Harriet Cole"])
        #expect(bulleted.published?.iso == "2026-03-04")
        // Unsigned and undated: the headline is still the title, no share line.
        let unsigned = try #require(read(["$ w3m -dump https://www.example.org/emissions", "[example-logo]", "", Self.title, "", "",
                                          "[share] Share  [twitter] [facebook] [mail]", "", Self.text, "", "© 2026 The Northern Echo"]))
        #expect(unsigned.title == Self.title)
    }
}
