import Testing

import DateReading
import TextToolkit

/// Every month as newspapers of the six desk languages abbreviate it, with and without the
/// period, read with the article's language and with none; the abbreviations that are also
/// ordinary words only inside a day-first date.
@Suite struct MonthAbbreviationTests {
    /// One date per month (the 3rd of 2026) in `pattern`, `{m}` standing for the month's form,
    /// per language: three rows for de, es, pt and en, two for fr and it.
    @Test(arguments: [
        ("de", ["Jan.", "Feb.", "März", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."], "3. {m} 2026"),
        ("de", ["Jän.", "Febr.", "Mrz.", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep.", "Okt", "Nov", "Dez"], "3. {m} 2026"),
        ("de", ["Jänner", "Feb", "Mär.", "April", "Mai", "Jun", "Jul", "August", "Sept", "Oktober", "Nov.", "Dezember"], "Do., 3. {m} 2026"),
        ("fr", ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."], "3 {m} 2026"),
        ("fr", ["JANV.", "fév.", "MARS", "Avr", "Mai", "Juin", "juill.", "aout", "sept", "Oct", "nov", "dec."], "jeu. 3 {m} 2026"),
        ("es", ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."], "3 {m} 2026"),
        ("es", ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep.", "oct", "nov", "dic"], "3 de {m} de 2026"),
        ("es", ["Ene.", "Feb.", "Mar.", "Abr.", "May.", "Jun.", "Jul.", "Ago.", "Set.", "Oct.", "Nov.", "Dic."], "mié., 3 de {m} de 2026"),
        ("it", ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."], "3 {m} 2026"),
        ("it", ["Gen", "Feb", "Mar", "Apr", "Mag", "Giu", "Lug", "Ago", "Sett.", "Ott", "Nov", "Dic"], "gio 3 {m} 2026"),
        ("pt", ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."], "3 {m} 2026"),
        ("pt", ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"], "3 de {m} de 2026"),
        ("pt", ["Jan.", "Fev.", "Mar.", "Abr.", "Mai.", "Jun.", "Jul.", "Ago.", "Set.", "Out.", "Nov.", "Dez."], "sex., 3 de {m} de 2026"),
        ("en", ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."], "{m} 3, 2026"),
        ("en", ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sep.", "Oct", "Nov", "Dec"], "Thu., 3 {m} 2026"),
        ("en", ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], "03-{m}-2026"),
    ])
    func everyMonth(_ language: String, _ forms: [String], _ pattern: String) {
        #expect(forms.count == 12)
        for (index, form) in forms.enumerated() {
            let expected = "2026-\(index < 9 ? "0" : "")\(index + 1)-03"
            for written in [form, form.hasSuffix(".") ? String(form.dropLast()) : form] {
                let text = TextFolding.nfc(pattern.replacingOccurrences(of: "{m}", with: written))
                for reading in [language, nil] {
                    let found = DateRecognizer(language: reading).firstDate(in: text)
                    #expect(found?.date.iso == expected, "\(text) read as \(reading ?? "no language")")
                }
            }
        }
    }

    @Test(arguments: [
        ("1º de março de 2026", "pt", "2026-03-01"), ("1.º de marzo de 2026", "es", "2026-03-01"),
        ("1° marzo 2026", "it", "2026-03-01"), ("16/févr./2026", "fr", "2026-02-16"),
        ("16-Feb-2026", "en", "2026-02-16"), ("3 out. 2026", "en", "2026-10-03"),
    ])
    func ordinalsAndSeparators(_ text: String, _ language: String, _ expected: String) {
        #expect(DateRecognizer(language: language).firstDate(in: TextFolding.nfc(text))?.date.iso == expected)
    }

    /// `out`, `set`, `ago`, `gen`, `mag`, `lug` are words before they are months.
    @Test(arguments: [
        "1 out of 2000 people", "Out 3, 2026", "Set 12, 2026", "gen 5 2026", "Mag 3, 2026", "lug 3 2026",
        "3 set of 2026", "sold out 2026", "out. 2026", "set. 2026", "16-Feb 2026", "16-Feb/2026",
    ])
    func ordinaryWordsAreNoMonthOutsideADate(_ text: String) {
        for language in ["pt", "it", "es", "en", nil] {
            #expect(DateRecognizer(language: language).firstDate(in: text) == nil, "\(text) read as \(language ?? "none")")
        }
    }

    @Test(arguments: [
        ("segunda-feira, 16 de fevereiro de 2026", "segunda-feira, 16 de fevereiro de 2026"),
        ("Lusa, sexta-feira, 3 de out. de 2026", "sexta-feira, 3 de out. de 2026"),
        ("Le Monde, jeu. 26 févr. 2026", "jeu. 26 févr. 2026"),
        ("Reuters, Mon., Feb. 16, 2026", "Mon., Feb. 16, 2026"),
        ("Ende. 16. Februar 2026", "16. Februar 2026"),
    ])
    func rangeCoversAbbreviatedAndHyphenatedWeekdays(_ text: String, _ expected: String) {
        let found = DateRecognizer(language: nil).firstDate(in: TextFolding.nfc(text))
        #expect(found.map { String(text[$0.range]) } == expected)
    }
}
