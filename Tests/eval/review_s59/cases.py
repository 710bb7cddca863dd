# Review of stop 59's reader changes (bbf9a80..1227059) on main's build: look-alikes first, then fresh targets, six languages.
import json

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def js(value):
    return json.dumps(value, ensure_ascii=False, indent=2)

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

# Six fresh articles: title, byline, iso day, the day as the desk writes it, paragraphs.
ARTS = {
 "en": ("Leeds bus fares capped at £2 until the end of the year", "By Hannah Cole", "2026-03-10", "10 March 2026", [
    "West Yorkshire's mayor confirmed on Tuesday that single bus fares will stay capped at £2 until December, after weeks of talks with the region's operators.",
    "The cap, first introduced in 2023, costs the combined authority about £18m a year, paid from the government's bus improvement grant.",
    "Operators had warned that fares could rise to £2.50 from April. Passenger groups welcomed the decision but asked for more evening services on routes outside the city centre."]),
 "fr": ("À Nantes, le tramway de nuit prolongé jusqu'à l'été", "Par Camille Roux", "2026-03-09", "9 mars 2026", [
    "La métropole nantaise a annoncé lundi que les trois lignes de tramway circulant la nuit du vendredi et du samedi resteraient ouvertes jusqu'à la fin du mois d'août.",
    "L'expérimentation, lancée en octobre, a attiré en moyenne 4 200 voyageurs par nuit, selon l'opérateur, un chiffre supérieur aux prévisions.",
    "Les associations d'étudiants demandent désormais une extension au jeudi soir, tandis que certains riverains se plaignent du bruit près des terminus."]),
 "de": ("Freiburg testet Tempo 30 auf allen Hauptstraßen", "Von Jonas Albrecht", "2026-03-11", "11. März 2026", [
    "Die Stadt Freiburg will ab Mai auf allen Hauptstraßen innerhalb des Rings ein Tempolimit von 30 Kilometern pro Stunde erproben.",
    "Der Gemeinderat stimmte am Dienstagabend mit deutlicher Mehrheit für den Versuch, der zunächst auf zwei Jahre angelegt ist und wissenschaftlich begleitet wird.",
    "Der Einzelhandelsverband warnt vor längeren Fahrzeiten für Lieferanten, die Verkehrsbetriebe rechnen dagegen mit kaum spürbaren Verspätungen der Busse."]),
 "es": ("Zaragoza amplía el horario de las bibliotecas en época de exámenes", "Por Lucía Herrero", "2026-03-09", "9 de marzo de 2026", [
    "El Ayuntamiento de Zaragoza abrirá cuatro bibliotecas municipales hasta la una de la madrugada durante los meses de mayo y junio, coincidiendo con los exámenes.",
    "La medida responde a una petición del Consejo de la Juventud, que recogió más de 6.000 firmas entre estudiantes universitarios y de bachillerato.",
    "El refuerzo costará unos 180.000 euros y obligará a contratar a doce auxiliares, según explicó la concejala de Cultura en rueda de prensa."]),
 "it": ("Genova, la funivia del Lagaccio riapre dopo due anni di lavori", "di Marco Pittaluga", "2026-03-10", "10 marzo 2026", [
    "La funivia che collega la stazione di Principe al Lagaccio tornerà in servizio sabato, dopo un cantiere durato quasi due anni e costato 14 milioni di euro.",
    "Le nuove cabine possono trasportare fino a 1.200 passeggeri all'ora, il doppio rispetto al vecchio impianto, e saranno accessibili alle persone in carrozzina.",
    "I residenti chiedono però che la corsa sia inclusa nell'abbonamento dei bus, come promesso dall'amministrazione durante la campagna elettorale."]),
 "pt": ("Porto vai plantar três mil árvores na zona oriental", "Por Tiago Moreira", "2026-03-11", "11 de março de 2026", [
    "A Câmara Municipal do Porto vai plantar três mil árvores em Campanhã e no Bonfim até ao final do próximo ano, anunciou esta quarta-feira o vereador do Ambiente.",
    "O investimento, de 2,4 milhões de euros, é financiado em parte por fundos europeus e inclui a rega automática dos novos canteiros.",
    "Os moradores pediram que as primeiras árvores sejam plantadas nas ruas sem sombra junto às escolas, onde as temperaturas no verão ultrapassam os 40 graus."]),
}
NAMES = {"en": "Hannah Cole", "fr": "Camille Roux", "de": "Jonas Albrecht", "es": "Lucía Herrero", "it": "Marco Pittaluga", "pt": "Tiago Moreira"}

def body(lang):
    return "\n\n".join(ARTS[lang][4])

def art(lang, title=None, head=None, foot=(), drop_by=False, drop_day=False, before=()):
    T, by, iso, day, paras = ARTS[lang]
    lines = list(before) + [title or T] + ([] if drop_by else [by]) + ([] if drop_day else [day])
    if head: lines = list(head) + lines
    return "\n".join(lines) + "\n\n" + "\n\n".join(list(paras) + list(foot)) + "\n"

def exp(lang, **over):
    T, by, iso, day, paras = ARTS[lang]
    e = dict(title=T, authors=[NAMES[lang]], published=iso)
    e.update(over)
    return e

# ======== IssueReferences.readMastheadLine ========
case("lookalike_masthead_fixture_box_en", "IssueReferences.readMastheadLine (a fixture line in capitals with a shirt number and a day, in the body)",
     art("en", foot=["Next up:", "LEEDS UNITED — No. 9 — Saturday, March 14, 2026 — Elland Road — 3pm"]), exp("en"))
case("lookalike_masthead_lottery_result_de", "IssueReferences.readMastheadLine (a lottery draw line in the body: game — Nr. — day — result)",
     art("de", foot=["Die Gewinnzahlen vom Mittwoch:", "EUROJACKPOT — Nr. 21 — Mittwoch, 11. März 2026 — 5 aus 50 — 3, 17, 22, 38, 41"]), exp("de"))
case("lookalike_masthead_headline_dashes_es", "IssueReferences.readMastheadLine (a headline in capitals with dashes and a number above the story)",
     t("REAL ZARAGOZA — Nº 1 — LA AFICIÓN VUELVE — 20.000 EN LA ROMAREDA", "Por Lucía Herrero", "9 de marzo de 2026", body("es")),
     dict(title="REAL ZARAGOZA — Nº 1 — LA AFICIÓN VUELVE — 20.000 EN LA ROMAREDA", authors=["Lucía Herrero"], published="2026-03-09"))
case("lookalike_masthead_series_part_fr", "IssueReferences.readMastheadLine (a series' heading: SÉRIE — N° 3 — day — kind, over a story with its own head)",
     t("NOS VILLES À LA LOUPE — N° 3 — Lundi 9 mars 2026 — Transports", ARTS["fr"][0], "Par Camille Roux", body("fr")),
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09"))
case("target_masthead_fr", "IssueReferences.readMastheadLine (LE FIGARO — N° … — Mardi … — Édition … — Prix …)",
     t("OUEST-FRANCE — N° 24318 — Lundi 9 mars 2026 — Édition Nantes — Prix : 1,50 €", ARTS["fr"][0], "Camille Roux", body("fr")),
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09", source="OUEST-FRANCE"))
case("target_masthead_it_endash", "IssueReferences.readMastheadLine (en dash; N. …; the weekday in Italian; a price in euros)",
     t("IL SECOLO XIX – N. 58 – Martedì 10 marzo 2026 – Edizione Genova – € 1,80", ARTS["it"][0], "Marco Pittaluga", body("it")),
     dict(title=ARTS["it"][0], authors=["Marco Pittaluga"], published="2026-03-10", source="IL SECOLO XIX"))
case("target_masthead_pt_numero", "IssueReferences.readMastheadLine (JORNAL DE NOTÍCIAS — Nº … — day — Preço …)",
     t("JORNAL DE NOTÍCIAS — Nº 41287 — Quarta-feira, 11 de março de 2026 — Preço 1,60 €", ARTS["pt"][0], "Tiago Moreira", body("pt")),
     dict(title=ARTS["pt"][0], authors=["Tiago Moreira"], published="2026-03-11", source="JORNAL DE NOTÍCIAS"))
case("target_masthead_en_no_day", "IssueReferences.readMastheadLine (no day in the masthead: the dateline's day; Issue 12,345)",
     t("YORKSHIRE POST — No. 55,231 — Late edition — 90p", ARTS["en"][0], "By Hannah Cole", "Tuesday 10 March 2026", body("en")),
     dict(title=ARTS["en"][0], authors=["Hannah Cole"], published="2026-03-10", source="YORKSHIRE POST"))

# ======== IndexEntries.numberedItem ========
case("lookalike_numbered_timeline_es", "IndexEntries.numberedItem (a numbered chronology inside a body: 1. Zaragoza, day — event)",
     art("es", foot=["Cronología:", "1. Zaragoza, 12 de mayo de 2024 — primera apertura nocturna de prueba",
                     "2. Huesca, 3 de junio de 2025 — la Diputación copia el modelo"]), exp("es"))
case("lookalike_numbered_ranking_de", "IndexEntries.numberedItem (a numbered ranking of cities with a year, first line of the text)",
     t("1. Freiburg, 2025 — 412 Kilometer Tempo-30-Strecken", "2. Heidelberg, 2025 — 280 Kilometer", "3. Tübingen, 2025 — 190 Kilometer",
       ARTS["de"][0], "Von Jonas Albrecht", "11. März 2026", body("de")),
     exp("de"))
case("lookalike_numbered_fact_list_en", "IndexEntries.numberedItem (a list of places and days in an article's body, 2) form)",
     art("en", foot=["Where the cap has already been extended:", "1) Manchester, 2 January 2026 — £2 single fares kept",
                     "2) Liverpool, 16 February 2026 — £2 cap kept, evening tickets cut"]), exp("en"))
case("target_numbered_it_rassegna", "IndexEntries.numberedItem (a press review's item: 1. Il Secolo XIX, 10.03.2026, p. 15 — Title)",
     t("Rassegna stampa del 10 marzo 2026", "1. Il Secolo XIX, 10.03.2026, p. 15 — " + ARTS["it"][0], "di Marco Pittaluga", body("it")),
     dict(title=ARTS["it"][0], authors=["Marco Pittaluga"], published="2026-03-10", source="Il Secolo XIX"))
case("target_numbered_pt_paren", "IndexEntries.numberedItem (2) Público, 11 de março de 2026, pág. 14 – Title)",
     t("Revista de imprensa — Ambiente", "2) Público, 11 de março de 2026, pág. 14 – " + ARTS["pt"][0], body("pt")),
     dict(title=ARTS["pt"][0], published="2026-03-11", source="Público"))
case("target_numbered_fr_page", "IndexEntries.numberedItem (3. Ouest-France, 09/03/2026, p. 7 — Title)",
     t("Revue de presse — Mobilités", "3. Ouest-France, 09/03/2026, p. 7 — " + ARTS["fr"][0], "Camille Roux", body("fr")),
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09", source="Ouest-France"))

# ======== IndexEntries: first line `Title (Publication)` ========
def paren(lang, close, **over):
    T = ARTS[lang][0] + " " + close
    return art(lang, title=T), exp(lang, title=over.pop("title", T), **over)
for name, lang, close in [
    ("lookalike_paren_party_de", "de", "(Bündnis 90/Die Grünen)"),
    ("lookalike_paren_party_caps_de", "de", "(CDU/CSU)"),
    ("lookalike_paren_place_it", "it", "(Sampierdarena)"),
    ("lookalike_paren_place_two_words_es", "es", "(La Rioja)"),
    ("lookalike_paren_place_hyphen_de", "de", "(Breisgau-Hochschwarzwald)"),
    ("lookalike_paren_org_caps_fr", "fr", "(SEMITAN)"),
    ("lookalike_paren_kind_long_read_en", "en", "(Long Read)"),
    ("lookalike_paren_kind_fact_check_en", "en", "(Fact Check)"),
    ("lookalike_paren_kind_cronaca_it", "it", "(Foto e Video)"),
    ("lookalike_paren_author_pt", "pt", "(Tiago Moreira)"),
    ("lookalike_paren_author_fr_rare", "fr", "(Maëlys Quéméner)"),
]:
    text, e = paren(lang, close)
    case(name, "IndexEntries isPublicationName (first line `Title (X)` where X is no publication: title kept whole, no source X)", text, e)
def ptarget(name, lang, close, source, published=None):
    T, by, iso, day, paras = ARTS[lang]
    text = T + " " + close + "\n" + by + "\n\n" + "\n\n".join(paras) + "\n"
    case(name, "IndexEntries isPublicationName (first line `Title (Publication)`)", text,
         dict(title=T, authors=[NAMES[lang]], source=source, **({"published": published} if published else {})))
ptarget("target_paren_fr_three_words", "fr", "(Le Monde diplomatique)", "Le Monde diplomatique")
ptarget("target_paren_pt_particle", "pt", "(Jornal de Notícias)", "Jornal de Notícias")
ptarget("target_paren_en_agency_date", "en", "(Reuters, March 10, 2026)", "Reuters", "2026-03-10")
ptarget("target_paren_es_agency_date", "es", "(EFE, 9 de marzo de 2026)", "EFE", "2026-03-09")

# ======== SourceLines: the filing stamp ========
case("lookalike_source_section_de", "SourceLines filing stamp (Quelle: X — Wirtschaft, day: a section, the day the paper's)",
     art("de", drop_day=True, foot=["Quelle: Badische Zeitung — Lokales, 11.03.2026"]),
     dict(title=ARTS["de"][0], authors=["Jonas Albrecht"], published="2026-03-11", source="Badische Zeitung"))
case("lookalike_source_edition_es", "SourceLines filing stamp (Fuente: X - Edición Aragón, day)",
     art("es", drop_day=True, foot=["Fuente: Heraldo de Aragón - Edición impresa 09/03/2026"]),
     dict(title=ARTS["es"][0], authors=["Lucía Herrero"], published="2026-03-09", source="Heraldo de Aragón"))
case("target_source_stamp_it", "SourceLines filing stamp (Fonte: X — archiviato il day: name, no day; the article's day from its head)",
     art("it", foot=["Fonte: Il Secolo XIX — archiviato il 12/03/2026"]),
     dict(title=ARTS["it"][0], authors=["Marco Pittaluga"], published="2026-03-10", source="Il Secolo XIX"))
case("target_source_stamp_pt", "SourceLines filing stamp (Fonte: X – arquivado em day)",
     art("pt", foot=["Fonte: Jornal de Notícias – arquivado em 13/03/2026"]),
     dict(title=ARTS["pt"][0], authors=["Tiago Moreira"], published="2026-03-11", source="Jornal de Notícias"))
case("target_source_stamp_fr", "SourceLines filing stamp (Source : X — classé le day)",
     art("fr", foot=["Source : Ouest-France — classé le 12/03/2026"]),
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09", source="Ouest-France"))

# ======== LayoutReader.placedDate ========
def placed(lang, opening, drop_day=True):
    T, by, iso, day, paras = ARTS[lang]
    return T + "\n" + by + ("" if drop_day else "\n" + day) + "\n\n" + opening + "\n\n" + "\n\n".join(paras[1:]) + "\n"
case("lookalike_placed_history_pt", "LayoutReader.placedDate (a scene set on a past day opening the story: Lisboa, 25 de Abril de 1974 — …)",
     placed("pt", "Porto, 25 de abril de 1974 — Às seis da manhã, os moradores de Campanhã ouviram na rádio que a revolução tinha começado; hoje, as mesmas ruas esperam pelas árvores prometidas.", drop_day=False),
     exp("pt"))
case("lookalike_placed_history_de", "LayoutReader.placedDate (a past day in the opening, the article's own day in its head)",
     placed("de", "Freiburg, 14. Juni 1983 – Damals war die Stadt die erste in Baden-Württemberg mit einer Tempo-30-Zone; jetzt soll das Limit auf allen Hauptstraßen gelten.", drop_day=False),
     exp("de"))
case("lookalike_placed_as_ever_en", "LayoutReader.placedDate (Leeds, as ever, … — a first paragraph with a comma and a dash, no date)",
     placed("en", "Leeds, as ever, was last to hear — the mayor's office announced on Tuesday that single fares will stay capped at £2 until December.", drop_day=False),
     exp("en"))
case("target_placed_fr", "LayoutReader.placedDate (Nantes, 9 mars 2026 — …, no agency, no date line)",
     placed("fr", "Nantes, 9 mars 2026 — " + ARTS["fr"][4][0]), exp("fr"))
case("target_placed_es_hyphen", "LayoutReader.placedDate (Zaragoza, 9 de marzo de 2026 - …)",
     placed("es", "Zaragoza, 9 de marzo de 2026 - " + ARTS["es"][4][0]), exp("es"))
case("target_placed_it_endash", "LayoutReader.placedDate (Genova, 10 marzo 2026 – …)",
     placed("it", "Genova, 10 marzo 2026 – " + ARTS["it"][4][0]), exp("it"))
case("target_placed_en_weekday", "LayoutReader.placedDate (LEEDS, Tuesday, March 10, 2026 — … : the weekday before the day)",
     placed("en", "LEEDS, Tuesday, March 10, 2026 — " + ARTS["en"][4][0]), exp("en"))

# ======== LayoutReader.narrowTitle ========
def wide(lang):
    return "\n\n".join(ARTS[lang][4])
case("lookalike_narrow_title_deck_en", "LayoutReader.narrowTitle (a title and a lowercase-led deck above a byline)",
     t("Leeds bus fares capped at £2 until the end\nof the year, mayor confirms after talks\nBy Hannah Cole\n10 March 2026", wide("en")),
     dict(title="Leeds bus fares capped at £2 until the end of the year, mayor confirms after talks", authors=["Hannah Cole"], published="2026-03-10"))
case("lookalike_narrow_title_then_deck_fr", "LayoutReader.narrowTitle (a title line and a capitalised deck line above the byline: the title alone)",
     t("À Nantes, le tramway de nuit prolongé\nLes trois lignes resteront ouvertes cet été\nPar Camille Roux\n9 mars 2026", wide("fr")),
     dict(title="À Nantes, le tramway de nuit prolongé", authors=["Camille Roux"], published="2026-03-09"))
case("target_narrow_title_de", "LayoutReader.narrowTitle (a headline wrapped at 40 characters above a wide body)",
     t("Freiburg testet Tempo 30 auf allen\nHauptstraßen innerhalb des Rings, der\nGemeinderat stimmt dem Versuch zu\nVon Jonas Albrecht\n11. März 2026", wide("de")),
     dict(title="Freiburg testet Tempo 30 auf allen Hauptstraßen innerhalb des Rings, der Gemeinderat stimmt dem Versuch zu", authors=["Jonas Albrecht"], published="2026-03-11"))
case("target_narrow_title_es", "LayoutReader.narrowTitle (three narrow lines above a blank line and a wide body)",
     t("Zaragoza amplía el horario de las\nbibliotecas municipales en época de\nexámenes hasta la una de la madrugada", "Por Lucía Herrero · 9 de marzo de 2026", wide("es")),
     dict(title="Zaragoza amplía el horario de las bibliotecas municipales en época de exámenes hasta la una de la madrugada", published="2026-03-09"))

# ======== CreditLines Berichterstattung ========
case("lookalike_berichterstattung_body_de", "CreditLines (a body paragraph opening `Berichterstattung:` in a media story)",
     art("de", foot=["Berichterstattung: Der SWR berichtet am Mittwoch ab 18 Uhr live aus der Gemeinderatssitzung, die Stadt überträgt sie zusätzlich im Internet."]),
     exp("de"))
case("target_berichterstattung_de", "CreditLines (Berichterstattung: A, B; Redaktion: P at the foot, no byline)",
     art("de", drop_by=True, foot=["Berichterstattung: Jonas Albrecht, Miriam Falk; Redaktion: Petra Lindner"]),
     exp("de", authors=["Jonas Albrecht", "Miriam Falk"]))

# ======== ArticleMarkers Original: ========
case("lookalike_original_quote_it", "ArticleMarkers (a translator's note quoting the original line at the foot: Originale: «…»)",
     art("it", foot=["Originale: «La funivia è di tutti, non solo dei turisti»"]), exp("it"))
case("lookalike_original_car_de", "ArticleMarkers (a paragraph `Das Original:` inside the story)",
     art("de", foot=["Das Original:", "Die erste Tempo-30-Zone der Stadt entstand 1983 in der Wiehre und gilt bis heute als Vorbild für viele Kommunen."]), exp("de"))
case("target_original_sheet_en", "ArticleMarkers (a translator's sheet, then Original: and the article in Spanish)",
     t("Translation request #2231", "Requested by: Foreign desk", "Summary: Zaragoza keeps four libraries open until 1am in exam season.", "Original:",
       ARTS["es"][0] + "\nPor Lucía Herrero\n9 de marzo de 2026", wide("es")), exp("es"))

# ======== TerminalSessions ========
BRIEF_ES = ("El Ayuntamiento de Zaragoza abrirá cuatro bibliotecas municipales hasta la una de la madrugada en mayo y junio, "
            "coincidiendo con los exámenes, tras una petición del Consejo de la Juventud con más de 6.000 firmas.")
case("lookalike_dump_short_brief_es", "TerminalSessions (a lynx dump of a 33-word brief: an article, not refused)",
     t("$ lynx -dump -nolist https://www.heraldo.example.es/zaragoza/bibliotecas-examenes.html",
       "   Inicio • Zaragoza • Aragón • Deportes", "                     " + ARTS["es"][0], "   Lucía Herrero | 9 de marzo de 2026", "   " + BRIEF_ES),
     dict(title=ARTS["es"][0], published="2026-03-09"))
BRIEF_EN = ("Single bus fares in West Yorkshire will stay capped at £2 until December, the mayor confirmed on Tuesday after weeks of talks with operators, "
            "who had warned fares could rise from April.")
case("lookalike_dump_short_brief_w3m_en", "TerminalSessions (a w3m dump of a 31-word brief with its link numbers)",
     t("$ w3m -dump https://www.yorkshirepost.example.co.uk/news/bus-fares-cap",
       "[1]Home [2]News [3]Sport [4]Business", ARTS["en"][0], "By Hannah Cole | Tuesday, 10 March 2026", BRIEF_EN),
     dict(title=ARTS["en"][0], authors=["Hannah Cole"], published="2026-03-10"))
case("target_dump_menu_own_paragraph_fr", "TerminalSessions (links -dump: a menu as its own paragraph, then the article)",
     t("$ links -dump https://www.ouest-france.example.fr/nantes/tramway-nuit",
       "   Accueil | Nantes | Loire-Atlantique | Sports | Culture", "   " + ARTS["fr"][0], "   Par Camille Roux, le 9 mars 2026",
       "   " + ARTS["fr"][4][0], "   " + ARTS["fr"][4][1], "   " + ARTS["fr"][4][2]),
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09"))
case("target_dump_lynx_refs_it", "TerminalSessions (lynx -dump with link numbers [n] and the References list)",
     t("$ lynx -dump https://www.ilsecoloxix.example.it/genova/funivia-lagaccio",
       "   [1]Home • [2]Genova • [3]Liguria • [4]Sport", "                         " + ARTS["it"][0],
       "   di [5]Marco Pittaluga · 10 marzo 2026", "   " + ARTS["it"][4][0], "   " + ARTS["it"][4][1], "   " + ARTS["it"][4][2],
       "References\n\n   1. https://www.ilsecoloxix.example.it/\n   2. https://www.ilsecoloxix.example.it/genova\n   3. https://www.ilsecoloxix.example.it/liguria\n   4. https://www.ilsecoloxix.example.it/sport\n   5. https://www.ilsecoloxix.example.it/autori/pittaluga"),
     dict(title=ARTS["it"][0], authors=["Marco Pittaluga"], published="2026-03-10"))

# ======== MailBodies ========
def qenc(s):
    import quopri
    return "=?utf-8?Q?" + quopri.encodestring(s.encode(), header=True).decode().replace("\n", "") + "?="
case("lookalike_mail_html_only_newsletter_fr", "MailBodies (encoded subject, HTML-only newsletter of the town: no article)",
     "From: Ville de Nantes <newsletter@nantes.example.fr>\nTo: redaction@desk.example.org\nSubject: " + qenc("La lettre de la Ville – mars 2026") +
     "\nDate: Mon, 9 Mar 2026 08:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
     "<html><body><h1>La lettre de la Ville</h1><p>Agenda : conseil municipal le 16 mars.</p><p>Inscriptions scolaires ouvertes.</p>"
     "<p><a href='https://nantes.example.fr/desinscription'>Se désinscrire</a></p></body></html>\n",
     dict(title=None))
case("target_mail_encoded_subject_de", "MailBodies (a single-part plain mail with an RFC 2047 subject pasting an article)",
     "From: Miriam Falk <mfalk@desk.example.org>\nTo: desk@desk.example.org\nSubject: " + qenc(ARTS["de"][0]) +
     "\nDate: Wed, 11 Mar 2026 09:14:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
     + ARTS["de"][0] + "\nVon Jonas Albrecht\n11. März 2026\n\n" + wide("de") + "\n",
     exp("de"))

# ======== DeskFetches ========
def vertical(rows, cmd):
    w = max(len(k) for k, _ in rows) + 1
    return cmd + "\nRow 1:\n──────\n" + "\n".join((k + ":").ljust(w) + " " + v for k, v in rows) + "\n"
case("lookalike_clickhouse_users_en", "DeskFetches verticalRecord (clickhouse Vertical of a users row: no article)",
     vertical([("id", "17"), ("name", "Hannah Cole"), ("email", "hcole@desk.example.org"), ("title", "Transport correspondent"),
               ("bio", "Hannah covers buses, trains and roads across Yorkshire and has worked on the desk since 2019, after six years at a regional weekly."),
               ("created_at", "2019-04-02 10:11:00"), ("last_login", "2026-03-10 08:55:12")],
              "$ clickhouse-client --query \"SELECT * FROM desk.users WHERE id = 17 FORMAT Vertical\""),
     dict(title=None))
case("lookalike_mysql_g_users_es", "DeskFetches verticalRecord (mysql \\G of a staff row: no article)",
     "$ mysql -e 'SELECT * FROM redaccion.usuarios WHERE id=8\\G'\n*************************** 1. row ***************************\n"
     "          id: 8\n      nombre: Lucía Herrero\n       cargo: Redactora de Local\n       email: lherrero@desk.example.es\n"
     "         bio: Lucía cubre el Ayuntamiento de Zaragoza, la Universidad y los barrios desde 2021, después de trabajar en la radio local durante cinco años.\n"
     "  created_at: 2021-09-01 09:00:00\n", dict(title=None))
case("target_mysql_g_article_it", "DeskFetches verticalRecord (mysql \\G of an article row)",
     "$ mysql -e 'SELECT * FROM rassegna.articoli WHERE id=4121\\G'\n*************************** 1. row ***************************\n"
     "        id: 4121\n    titolo: " + ARTS["it"][0] + "\n    autore: Marco Pittaluga\n   testata: Il Secolo XIX\n      data: 2026-03-10\n"
     "     testo: " + " ".join(ARTS["it"][4]) + "\ninserito_il: 2026-03-12 17:02:11\n",
     dict(title=ARTS["it"][0], authors=["Marco Pittaluga"], published="2026-03-10", source="Il Secolo XIX"))
case("lookalike_http_weather_json_pt", "DeskFetches httpResponse (HTTPie answer of a weather API: no article)",
     "$ http GET https://api.ipma.example.pt/forecast/porto\nHTTP/1.1 200 OK\nContent-Type: application/json\nDate: Wed, 11 Mar 2026 10:00:00 GMT\n\n"
     + js({"local": "Porto", "atualizado": "2026-03-11T09:00:00", "titulo": "Previsão para o Porto",
           "descricao": "Céu pouco nublado, aumentando de nebulosidade a partir da tarde, com possibilidade de aguaceiros fracos no litoral norte e vento moderado de noroeste.",
           "temp_max": 17, "temp_min": 9}) + "\n", dict(title=None))
case("lookalike_curl_i_profile_en", "DeskFetches httpResponse (curl -i of a CMS author profile: no article)",
     "$ curl -i https://cms.yorkshirepost.example.co.uk/api/authors/hannah-cole\nHTTP/2 200\ncontent-type: application/json\ndate: Tue, 10 Mar 2026 11:00:00 GMT\n\n"
     + js({"name": "Hannah Cole", "title": "Transport correspondent", "description": "Hannah Cole writes about buses, trains, cycling and the roads of West Yorkshire, and the people who use them every day.",
           "url": "https://www.yorkshirepost.example.co.uk/author/hannah-cole", "articles": 412}) + "\n", dict(title=None))
case("target_http_article_fr", "DeskFetches httpResponse (HTTPie answer of a CMS article)",
     "$ http GET https://cms.ouest-france.example.fr/api/articles/88412\nHTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\nDate: Thu, 12 Mar 2026 09:00:00 GMT\n\n"
     + js({"id": 88412, "title": ARTS["fr"][0], "author": "Camille Roux", "published_at": "2026-03-09T07:30:00+01:00", "publication": "Ouest-France",
           "body": " ".join(ARTS["fr"][4])}) + "\n",
     dict(title=ARTS["fr"][0], authors=["Camille Roux"], published="2026-03-09", source="Ouest-France"))
case("lookalike_rclone_listing_only_de", "DeskFetches svn/rclone (rclone lsjson without a cat: no article)",
     "$ rclone lsjson archiv:clips/2026/03 --files-only\n" + js([{"Path": "freiburg-tempo30.txt", "Name": "freiburg-tempo30.txt", "Size": 2314,
        "MimeType": "text/plain", "ModTime": "2026-03-11T18:02:00Z", "IsDir": False}]) + "\n", dict(title=None))
case("target_svn_cat_pt", "DeskFetches svn (svn log, then svn cat of the clipping)",
     "$ svn log -v -l 1 https://svn.desk.example.pt/arquivo/trunk/2026/porto-arvores.txt\n" + "-" * 72 +
     "\nr912 | tmoreira | 2026-03-12 10:14:22 +0000 (Thu, 12 Mar 2026) | 1 line\nChanged paths:\n   A /trunk/2026/porto-arvores.txt\n\nRecorte: árvores em Campanhã\n" + "-" * 72 +
     "\n$ svn cat https://svn.desk.example.pt/arquivo/trunk/2026/porto-arvores.txt\n" + ARTS["pt"][0] + "\nJornal de Notícias, 11 de março de 2026\nPor Tiago Moreira\n\n" + wide("pt") + "\n",
     dict(title=ARTS["pt"][0], authors=["Tiago Moreira"], published="2026-03-11", source="Jornal de Notícias"))
case("target_ytdlp_news_video_en", "DeskFetches yt-dlp --dump-json (a news video: its title, uploader, upload_date)",
     "$ yt-dlp --dump-json --skip-download https://www.youtube.com/watch?v=Qm3rT8xk2Lw\n" + js({"id": "Qm3rT8xk2Lw",
        "title": "Leeds bus fares capped at £2 until December", "uploader": "Yorkshire Post", "channel": "Yorkshire Post", "upload_date": "20260310",
        "description": "West Yorkshire's mayor confirmed on Tuesday that single bus fares will stay capped at £2 until December after talks with operators. Hannah Cole reports from Leeds bus station.",
        "duration": 142, "view_count": 5120, "webpage_url": "https://www.youtube.com/watch?v=Qm3rT8xk2Lw"}) + "\n",
     dict(title="Leeds bus fares capped at £2 until December", published="2026-03-10"))
