import Testing

import DateReading
import TextToolkit

@Suite struct DateRecognizerTests {
    @Test(arguments: [
        ("16 février 2026", "fr", "2026-02-16"),
        ("16 fevrier 2026", "fr", "2026-02-16"),
        ("16 Fe\u{301}vrier 2026", "fr", "2026-02-16"),  // decomposed é
        ("16 févr. 2026", "fr", "2026-02-16"),
        ("1er mars 2026", "fr", "2026-03-01"),
        ("lundi 16 février 2026", "fr", "2026-02-16"),
        ("Publié le mardi 3 mars 2026 à 10h30", "fr", "2026-03-03"),
        ("(Source : Agence Ecofin, 16 février 2026)", "fr", "2026-02-16"),
        ("February 16, 2026", "en", "2026-02-16"),
        ("Monday, February 16, 2026", "en", "2026-02-16"),
        ("Feb. 16, 2026", "en", "2026-02-16"),
        ("March 1st, 2026", "en", "2026-03-01"),
        ("16 February 2026", "en", "2026-02-16"),
        ("16th February 2026", "en", "2026-02-16"),
        ("2026-02-16", "en", "2026-02-16"),
        ("2026-02-16T09:30:00+03:00", "en", "2026-02-16"),
        ("16/02/2026", "fr", "2026-02-16"),
        ("03/02/2026", "fr", "2026-02-03"),  // day-first in French
        ("03/02/2026", "en", "2026-03-02"),  // month-first in English
        ("02/16/2026", "fr", "2026-02-16"),  // unambiguous: only month-first is valid
        ("16/02/2026", "en", "2026-02-16"),  // unambiguous: only day-first is valid
        ("16.02.2026", "de", "2026-02-16"),
        ("16. Februar 2026", "de", "2026-02-16"),
        ("16 de febrero de 2026", "es", "2026-02-16"),
        ("16 de fevereiro de 2026", "pt", "2026-02-16"),
        ("16 febbraio 2026", "it", "2026-02-16"),
        ("29 février 2024", "fr", "2024-02-29"),
    ])
    func recognises(_ text: String, _ language: String, _ expected: String) {
        let found = DateRecognizer(language: language).firstDate(in: TextFolding.nfc(text))
        #expect(found?.date.iso == expected)
    }

    @Test(arguments: [
        "février 2026", "16 février", "29 février 2026", "31 avril 2026", "32/01/2026",
        "13/13/2026", "2026-13-01", "en 2026, 16 projets", "le 16 du mois", "16 février 1850",
    ])
    func rejectsIncompleteOrImpossibleDates(_ text: String) {
        #expect(DateRecognizer(language: "fr").firstDate(in: text) == nil)
    }

    @Test(arguments: [
        ("2026-02-16T09:30:00+03:00", "2026-02-16T09:30:00+03:00"),
        ("2026-02-16T09:30:00Z", "2026-02-16T09:30:00Z"),
        ("2026-02-16T09:30Z", "2026-02-16T09:30:00Z"),
        ("2026-02-16 09:30:00-0500", "2026-02-16T09:30:00-05:00"),
        ("2026-02-16T09:30:00.123+01:00", "2026-02-16T09:30:00+01:00"),
        ("Publié le 2026-02-16T21:05:00+01:00", "2026-02-16T21:05:00+01:00"),
        ("2026-02-16T09:30:00", "2026-02-16"),  // no offset: a local time in an unknown zone
        ("2026-02-16 09:30 GMT", "2026-02-16"),
        ("2026-02-16T25:30:00Z", "2026-02-16"),  // not a time
        ("16 février 2026", "2026-02-16"),
    ])
    func isoDateTimesKeepTimeAndOffset(_ text: String, _ expected: String) {
        let found = DateRecognizer(language: "fr", keepsTime: true).firstDate(in: text)
        #expect(found?.date.iso == expected)
    }

    @Test func timeIsDroppedUnlessAsked() {
        #expect(DateRecognizer(language: "en").firstDate(in: "2026-02-16T09:30:00+03:00")?.date.iso == "2026-02-16")
    }

    @Test func rangeCoversWeekdayAndDate() {
        let text = "Reuters, Monday, February 16, 2026"
        let found = DateRecognizer(language: "en").firstDate(in: text)
        #expect(found.map { String(text[$0.range]) } == "Monday, February 16, 2026")
    }

    @Test(arguments: [
        ("Publié le 16 février 2026", true), ("Le 1er mars 2026 à 10h30", true),
        ("Monday, February 16, 2026", true), ("Updated: 2026-02-16 09:30 GMT", true),
        ("sabato 28 febbraio 2026", true), ("domenica 1 marzo 2026", true), ("sábado, 28 de febrero de 2026", true),
        ("Le ministre a signé le 14 février 2026 un accord.", false),
        ("En 2026 le Rwanda a investi 16 février 2026", false),
    ])
    func dateLines(_ line: String, _ isDateLine: Bool) {
        #expect((DateRecognizer(language: nil).dateLine(line) != nil) == isDateLine)
    }
}

/// A weekday before an ambiguous numeric day tells its order, whatever the language prefers.
@Suite struct WeekdayOrderTests {
    @Test(arguments: [
        ("Thu, 07/02/2019", "en", "2019-02-07"),  // 7 February 2019 was a Thursday; the English preference says 2 July
        ("Tue, 07/02/2019", "en", "2019-07-02"),
        ("Monday, 12/02/2019", "fr", "2019-12-02"),  // French prefers day first, but 12 February 2019 was a Tuesday
        ("Tuesday, 12/02/2019", "fr", "2019-02-12"),
        ("jeu. 07/02/2019", "fr", "2019-02-07"),
        ("Di., 03.03.1987", "de", "1987-03-03"),  // not ambiguous
        ("Sat, 07/02/2019", "en", "2019-07-02"),  // neither fits: the language's preference stands
    ])
    func theWeekdayDecides(text: String, language: String, expected: String) {
        #expect(DateRecognizer(language: language).firstDate(in: text)?.date.iso == expected)
    }
}
