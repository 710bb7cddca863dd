import Testing

@testable import ArticleParsing

/// Dates read through the façade: a text clipping's date line, in the article's own language.
@Suite struct ArticleDateTests {
    /// The issue's forms, through the whole parser: a title-first text article with the date on
    /// its own line, in the article's own language (numeric order included).
    @Test(arguments: [
        ("16 février 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-16"),
        ("1er mars 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-03-01"),
        ("lundi 16 février 2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-16"),
        ("03/02/2026", "Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures.", "2026-02-03"),
        ("16. Februar 2026", "Die Zentralbank hat den Leitzins am Dienstag nicht verändert, weil die Inflation im Zielkorridor liegt und sich die Währung stabilisiert hat.", "2026-02-16"),
        ("February 16, 2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16"),
        ("03/02/2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-03-02"),
        ("02/16/2026", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16"),
        ("2026-02-16T09:30:00+03:00", "The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and the currency had stabilised.", "2026-02-16T09:30:00+03:00"),
    ])
    func datesInArticles(_ dateLine: String, _ body: String, _ expected: String) throws {
        let text = "Un titre court\n\n\(dateLine)\n\n\(body)\n"
        let article = try ArticleParser().parse(Array(text.utf8), fileName: "a.txt")
        #expect(article.published == expected, "language \(article.language ?? "nil")")
    }
}
