import Testing

@testable import ArticleParsing

private let englishBody = "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised."
private let frenchBody = "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures."

/// Dates read through the façade: a text clipping's date line, in the article's own language.
@Suite struct ArticleDateTests {
    /// The issue's forms, through the whole parser: a title-first text article with the date on
    /// its own line, in the article's own language (numeric dates: see `numericDateOrder`).
    @Test(arguments: [
        ("16 février 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-16"),
        ("1er mars 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-03-01"),
        ("lundi 16 février 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-16"),
        ("03/02/2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-03"),
        ("16. Februar 2026", "Die Zentralbank hat den Leitzins am Dienstag nicht verändert, weil die Inflation im Zielkorridor liegt und sich die Währung stabilisiert hat.", "2026-02-16"),
        ("February 16, 2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16"),
        // Nothing tells the order but the article's language, and English is written both ways: the desk's day first.
        ("03/02/2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-03"),
        ("02/16/2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16"),
        ("2026-02-16T09:30:00+03:00", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16T09:30:00+03:00"),
    ])
    func datesInArticles(_ dateLine: String, _ body: String, _ expected: String) throws {
        let text = "Un titre court\n\n\(dateLine)\n\n\(body)\n"
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "a.txt")
        #expect(article.published == expected, "language \(article.language ?? "nil")")
    }

    /// Which of day and month comes first in `03/04/2026`: a numeric date anywhere in the file
    /// that reads one way only (a 13–31 in one place) decides; else the language of the desk's
    /// labels or bylines; else day first (the desk's convention), whatever the article's language.
    @Test(arguments: [
        // An English article under a French desk: its labels, or no cue at all.
        ("Titre : Un titre court\nDate : 03/04/2026\n\n\(englishBody)\n", "2026-04-03"),
        ("Un titre court\n\n\(englishBody)\n\nAuteur : Jane Otieno\nDate : 03/04/2026\n", "2026-04-03"),
        ("Un titre court\n\n03/04/2026\n\n\(englishBody)\n", "2026-04-03"),
        ("Un titre court\n\n03/04/2026\n\n\(frenchBody)\n", "2026-04-03"),
        // A French article under an English desk's labels.
        ("Title: Un titre court\nAuthor: Awa Diop\nDate: 03/04/2026\n\n\(frenchBody)\n", "2026-03-04"),
        // A date elsewhere in the file that reads one way only, against the labels and the convention.
        ("Un titre court\n\n03/04/2026\n\n\(englishBody)\n\nThe rate was last changed on 11/25/2025.\n", "2026-03-04"),
        ("Titre : Un titre court\nDate : 03/04/2026\n\n\(frenchBody)\n\nLe taux avait changé le 11/25/2025.\n", "2026-03-04"),
        ("Title: Un titre court\nAuthor: Jane Otieno\nDate: 03/04/2026\n\n\(englishBody)\n\nThe rate was last changed on 25/11/2025.\n", "2026-04-03"),
        // The forms read before the lines are judged follow the same convention: a Pandoc title block, a lead-in.
        ("% Un titre court\n% Jane Otieno\n% 03/04/2026\n\n\(englishBody)\n", "2026-04-03"),
        ("Un titre court\n\nReuters reported on 03/04/2026: \(englishBody)\n", "2026-04-03"),
        // Below the first forty lines too.
        ("Un titre court\n\n03/04/2026\n\n" + Array(repeating: frenchBody, count: 45).joined(separator: "\n\n")
            + "\n\nLe taux avait changé le 11/25/2025.\n", "2026-03-04"),
    ])
    func numericDateOrder(_ text: String, _ expected: String) throws {
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "a.txt")
        #expect(article.published == expected, "language \(article.language ?? "nil")")
    }
}
