import Testing

import ArticleEnrichment
@testable import ArticleParsing
@testable import TextLayouts
import DateReading

@Suite struct TextToolsTests {
    @Test(arguments: [
        ("l’Innovation", 1), ("Au-delà des échanges", 3), ("820 millions $ d’IDE", 3),
        ("ex-Twitter (IA).", 2), ("  ", 0), ("don't stop - now", 3), ("Rwanda’", 1),
        // Eight-byte words (ASCII, Latin-1 letters, a pair cut at a word's edge, × between words).
        ("Die Regierung hat am Montag ein neues Straßenbauprogramm angekündigt", 9),
        ("abcdefgh ijklmnop qrstuvwx", 3), ("1234567é9 ab×cd ÷ ñññññññ", 4), ("aaaaaaaé-éaaaaaaa'bbbbbbbb", 1),
    ])
    func wordCount(_ text: String, _ expected: Int) {
        #expect(WordCounting.count(text) == expected)
    }

    @Test func languageNeedsEnoughWords() {
        #expect(LanguageGuesser().guess("Le Rwanda et le Japon") == nil)
    }

    @Test(arguments: [
        ("Le gouvernement a présenté un plan pour moderniser le port, qui doit doubler sa capacité d’ici à 2030 selon le ministre des Infrastructures et les partenaires de la Banque.", "fr"),
        ("The central bank held its benchmark lending rate steady on Tuesday, saying inflation was within its target range and that the shilling had stabilised against the dollar.", "en"),
        ("Die Zentralbank hat den Leitzins am Dienstag nicht verändert, weil die Inflation in dem Zielkorridor liegt und der Schilling sich auch gegen den Dollar stabilisiert hat.", "de"),
        ("El banco central mantuvo su tasa de interés el martes, porque la inflación está dentro de su rango y el chelín se ha estabilizado frente al dólar para los mercados.", "es"),
        ("O banco central manteve a taxa de juros na terça, porque a inflação está dentro da meta e o xelim se estabilizou em relação ao dólar para os mercados do país.", "pt"),
        ("La banca centrale ha mantenuto il tasso di interesse martedì, perché l’inflazione è dentro il suo obiettivo e lo scellino si è stabilizzato anche con il dollaro per gli investitori.", "it"),
    ])
    func language(_ text: String, _ expected: String) {
        #expect(LanguageGuesser().guess(text) == expected)
    }

    @Test func decodingNormalisesToNFCAndLF() throws {
        let bytes = Array("Coope\u{301}ration\r\nnume\u{301}rique\rfin".utf8)
        let decoded = try #require(TextDecoding.decode(bytes))
        #expect(decoded.text == "Coopération\nnumérique\nfin")
        #expect(decoded.text.unicodeScalars.count == "Coopération\nnumérique\nfin".unicodeScalars.count)
        #expect(decoded.encoding == .utf8)
    }

    @Test func windows1252Fallback() throws {
        let bytes: [UInt8] = [0x6C, 0x92, 0x49, 0x41, 0x20, 0xE9, 0x74, 0xE9, 0x20, 0x80]
        let decoded = try #require(TextDecoding.decode(bytes))
        #expect(decoded.text == "l’IA été €")
        #expect(decoded.encoding == .windows1252)
    }

    @Test(arguments: [
        ("Par Jean Dupont, correspondant à Dakar", ["Jean Dupont"]),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("Von Anna Müller und Jonas Weber", ["Anna Müller", "Jonas Weber"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("By A. Smith, B. Jones and C. de la Cruz", ["A. Smith", "B. Jones", "C. de la Cruz"]),
        ("Par Jean Dupont (Reuters), le 16 février 2026", ["Jean Dupont"]),
    ])
    func bylines(_ line: String, _ authors: [String]) {
        #expect(Bylines.parse(line, dates: DateRecognizer(language: nil))?.authors == authors)
    }

    @Test(arguments: ["By 2030, Rwanda aims to double its capacity.", "Par ailleurs, le port sera agrandi.", "Portugal wins"])
    func notBylines(_ line: String) {
        #expect(Bylines.parse(line, dates: DateRecognizer(language: nil)) == nil)
    }

    @Test(arguments: [
        ("KIGALI (Reuters) - Rwanda said on Monday", "Reuters"), ("(AFP) - Le Rwanda a annoncé", "AFP"),
        ("Kigali, Feb 16 (Reuters) — Rwanda said", "Reuters"),
    ])
    func wireDatelines(_ paragraph: String, _ agency: String) {
        #expect(SourceLines.wireAgency(in: paragraph) == agency)
    }

    @Test(arguments: ["Le Rwanda (pays des mille collines) - une réussite", "Il a dit (lundi) - rien", "Le taux (3 %) – stable"])
    func notWireDatelines(_ paragraph: String) {
        #expect(SourceLines.wireAgency(in: paragraph) == nil)
    }
}

/// `WordCounting.isLetterOrNumber`'s table-free answers are the properties', for every scalar.
@Suite struct WordScalarTests {
    @Test func everyScalarIsClassedAsByItsProperties() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if WordCounting.isLetterOrNumber(scalar) != expected { Issue.record("U+\(String(value, radix: 16))") }
        }
    }
}
