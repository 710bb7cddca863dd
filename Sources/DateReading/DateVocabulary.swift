/// Hand-written month and weekday names for the date recogniser, per language.
///
/// Contract: keys are folded (lowercase, no accents, no trailing dot), so `Févr.`, `fevr` and
/// `FÉVRIER` all look up `fevr`/`fevrier`. To support a new language, add one entry to each
/// table; nothing else changes. Each language lists its months in full and abbreviated as
/// newspapers print them (`Sept.`, `Okt.`, `févr.`, `ago.`, `giu`, `out.`), with and without the
/// period (the tokenizer splits it off). Abbreviations that are also ordinary words (`out`,
/// `set`, `ago`, `gen`, `mag`, `lug`) are months only inside a day-first date
/// (`ordinaryWordMonths`), because a false date is worse than a missing one.
package enum DateVocabulary {
    package static let months: [String: [String: Int]] = [
        "fr": [
            "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
            "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "juill": 7, "aout": 8,
            "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
            "decembre": 12, "dec": 12,
        ],
        "en": [
            "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
            "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
            "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
            "nov": 11, "december": 12, "dec": 12,
        ],
        "de": [
            "januar": 1, "janner": 1, "jan": 1, "februar": 2, "feb": 2, "febr": 2, "marz": 3,
            "mrz": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7,
            "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
            "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
        ],
        "es": [
            "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4,
            "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8,
            "ago": 8, "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9, "octubre": 10,
            "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
        ],
        "pt": [
            "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "marco": 3, "mar": 3, "abril": 4,
            "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7,
            "agosto": 8, "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10,
            "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
        ],
        "it": [
            "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
            "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
            "agosto": 8, "ago": 8, "settembre": 9, "sett": 9, "set": 9, "ottobre": 10, "ott": 10,
            "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
        ],
    ]

    package static let weekdays: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "segunda", "terca", "quarta", "quinta", "sexta", "feira",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
        // Abbreviated, as news sites print them before a date (`jeu. 26 févr. 1987`, `Do, 26.02.`).
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mo", "di", "mi", "do", "fr", "sa", "so",
        "mie", "jue", "vie", "sab", "dom", "gio", "seg", "ter", "qua", "qui", "sex",
    ]

    /// The weekday each unambiguous name of `weekdays` stands for (0 Monday … 6 Sunday); `feira` and the Portuguese
    /// first words (`segunda`, …, also ordinals) are left out.
    package static let weekdayNumbers: [String: Int] = {
        let days: [[String]] = [
            ["lundi", "monday", "mon", "montag", "lunes", "lunedi", "lun", "mo", "seg"],
            ["mardi", "tuesday", "tue", "tues", "dienstag", "martes", "martedi", "mar", "di", "ter"],
            ["mercredi", "wednesday", "wed", "mittwoch", "miercoles", "mercoledi", "mer", "mi", "mie", "qua"],
            ["jeudi", "thursday", "thu", "thur", "thurs", "donnerstag", "jueves", "giovedi", "jeu", "do", "jue", "gio", "qui"],
            ["vendredi", "friday", "fri", "freitag", "viernes", "venerdi", "ven", "fr", "vie", "sex"],
            ["samedi", "saturday", "sat", "samstag", "sabado", "sabato", "sam", "sa", "sab"],
            ["dimanche", "sunday", "sun", "sonntag", "domingo", "domenica", "dim", "so", "dom"],
        ]
        var numbers: [String: Int] = [:]
        for (number, names) in days.enumerated() {
            for name in names { numbers[name] = number }
        }
        return numbers
    }()

    /// Words allowed around a date on a line that is "just a date" (`Publié le …, à 10h30`).
    package static let dateLineWords: Set<String> = [
        "publie", "publiee", "paru", "parue", "le", "la", "mis", "a", "jour", "modifie", "date", "du", "au", "h",
        "published", "updated", "posted", "on", "at", "the", "last", "am", "pm", "of",
        "gmt", "utc", "cet", "cest", "est", "edt", "pst", "wat", "eat", "cat", "t", "z",
        "mez", "mesz", "bst", "wet", "west", "pdt", "cst", "cdt", "et",
        "veroffentlicht", "aktualisiert", "erschienen", "publiziert", "um", "uhr", "den",
        "publicado", "publicada", "actualizado", "el", "de", "em", "atualizado", "pubblicato", "pubblicata", "il", "aggiornato",
        "er", "st", "nd", "rd", "th",
    ]

    /// Words that may sit between day, month and year (`16 de febrero de 2026`).
    package static let connectors: Set<String> = ["de", "del", "of"]

    /// Month abbreviations that are also ordinary words in one of the six languages (`out`,
    /// `set`, `ago`, `gen`, `mag`, `lug`): a month only after a day and before a year, with no
    /// connector but `de` (`3 out. 2026`, `3 de out. de 2026`; never `1 out of 2000`).
    package static let ordinaryWordMonths: Set<String> = ["out", "set", "ago", "gen", "mag", "lug"]

    /// The month for a folded word in any language, preferring `preferredLanguage`.
    package static func month(for foldedWord: String, preferredLanguage: String?) -> Int? {
        // Most words are no month in any language: one lookup turns them down, not two or three.
        guard allMonthWords.contains(foldedWord) else { return nil }
        if let language = preferredLanguage, let month = months[language]?[foldedWord] {
            return month
        }
        return anyLanguageMonths[foldedWord]
    }

    /// Every word of every language's months (a word outside it is in no `months` table).
    private static let allMonthWords: Set<String> = Set(months.values.flatMap(\.keys))

    /// Every language's month words in one table, the first of fr, en, de, es, pt, it that has
    /// a word giving its month (one lookup instead of one per language).
    private static let anyLanguageMonths: [String: Int] = {
        var table: [String: Int] = [:]
        for language in ["fr", "en", "de", "es", "pt", "it"] {
            for (word, month) in months[language] ?? [:] where table[word] == nil { table[word] = month }
        }
        return table
    }()
}
