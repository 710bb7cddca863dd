# Review of stop 56's reader rules after both fix rounds (352a776..21a6e66) on main's build: look-alikes first in each
# rule, then fresh targets; six desk languages, six articles none of review_s58's..review_s61's; angles review_s61 did
# not take (recipients and reprints in introductions, archives keying section and page, press reviews' banners,
# podcasts' and columns' names after a dash, archives' and captions' brackets, photo credits and next pieces' names at
# the foot, dates and sections as overlines, DeskDumps of comments, users, logs and products, updated-only dates).
import json

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

ARTS = {
 "en": ("Galway to pedestrianise Shop Street for good from June", "By Sarah Walsh", "2026-03-12", "12 March 2026", [
    "Galway City Council voted on Wednesday night to close Shop Street and High Street to all traffic except deliveries before ten in the morning, making permanent a trial that began during the pandemic.",
    "The change, which takes effect on June 1, will cost about €1.2m in new paving, seating and bollards, most of it paid for by the National Transport Authority.",
    "Businesses on the two streets were split, with cafés backing the plan and some shops warning that customers from the county would no longer be able to park nearby."]),
 "fr": ("Lyon prolonge le tramway T6 jusqu'à La Doua", "Par Pierre Duval", "2026-03-11", "11 mars 2026", [
    "Le Sytral a voté mercredi le prolongement de la ligne de tramway T6 jusqu'au campus de La Doua, à Villeurbanne, un chantier de 220 millions d'euros qui doit s'achever en 2029.",
    "La ligne, ouverte en 2019 entre Debourg et les Hôpitaux Est, gagnera sept kilomètres et dix stations, dont une correspondance avec le métro A à Gratte-Ciel.",
    "Les associations d'usagers saluent un projet attendu, mais les riverains de l'avenue Salengro s'inquiètent de la suppression de deux cents places de stationnement."]),
 "de": ("Potsdam baut den Radweg am Havelufer aus", "Von Anna Klein", "2026-03-12", "12. März 2026", [
    "Die Stadt Potsdam will den Radweg entlang des Havelufers zwischen der Langen Brücke und Hermannswerder auf vier Meter verbreitern, das hat die Stadtverordnetenversammlung am Mittwochabend beschlossen.",
    "Die Kosten von rund 4,8 Millionen Euro trägt zu zwei Dritteln das Land Brandenburg, der Rest kommt aus dem städtischen Haushalt und aus Mitteln des Bundes.",
    "Anwohner hatten sich über Konflikte zwischen Radfahrern und Spaziergängern beschwert, vor allem an den Wochenenden im Sommer, wenn der Weg überfüllt ist."]),
 "es": ("Sevilla plantará 5.000 árboles para combatir el calor", "Por Ana García", "2026-03-12", "12 de marzo de 2026", [
    "El Ayuntamiento de Sevilla plantará 5.000 árboles en los próximos dos años en los barrios con menos sombra, según anunció este jueves el alcalde en la presentación del plan de adaptación al calor.",
    "La inversión asciende a 11 millones de euros e incluye el riego automático de los nuevos alcorques y la sustitución de los naranjos enfermos del centro histórico.",
    "Los vecinos de Los Pajaritos y Torreblanca, donde las temperaturas superan cada verano los 45 grados, llevaban años reclamando más arbolado en sus calles."]),
 "it": ("Bologna, la Garisenda riapre ai visitatori nel 2027", "di Marco Rossi", "2026-03-11", "11 marzo 2026", [
    "La torre Garisenda tornerà visitabile nella primavera del 2027, al termine dei lavori di consolidamento iniziati dopo la chiusura del 2023, ha annunciato mercoledì il Comune di Bologna.",
    "Il cantiere, finanziato con 20 milioni di euro tra fondi pubblici e donazioni private, ha già completato la messa in sicurezza della base con i nuovi tralicci d'acciaio.",
    "I commercianti di piazza di Porta Ravegnana, rimasta in parte transennata per tre anni, chiedono di riaprire al più presto anche il passaggio pedonale sotto le torri."]),
 "pt": ("Porto vai alargar a rede de metro até Gondomar", "Por João Santos", "2026-03-12", "12 de março de 2026", [
    "A Metro do Porto vai avançar com a nova linha até Gondomar, depois de o Governo ter aprovado esta quinta-feira o financiamento de 390 milhões de euros para a obra.",
    "A linha terá oito estações e cerca de sete quilómetros, ligando a estação do Campo 24 de Agosto ao centro de Gondomar, e deverá entrar em funcionamento em 2030.",
    "Os autarcas de Gondomar reclamavam a ligação há mais de uma década, lembrando que milhares de pessoas atravessam todos os dias a ponte do Freixo de autocarro."]),
}
NAMES = {"en": "Sarah Walsh", "fr": "Pierre Duval", "de": "Anna Klein", "es": "Ana García", "it": "Marco Rossi", "pt": "João Santos"}

def body(lang, n=3):
    return "\n\n".join(ARTS[lang][4][:n])

def joined(lang):
    return " ".join(ARTS[lang][4])

def art(lang, title=None, head=(), under=None, foot=(), drop_by=False, drop_day=False):
    T, by, iso, day, paras = ARTS[lang]
    lines = list(head) + [title or T] + ([] if drop_by else [by]) + ([] if drop_day else [day]) + list(under or [])
    return "\n".join(lines) + "\n\n" + "\n\n".join(list(paras) + list(foot)) + "\n"

def exp(lang, **over):
    T, by, iso, day, paras = ARTS[lang]
    e = dict(title=T, authors=[NAMES[lang]], published=iso)
    e.update(over)
    return e

NONE = dict(title=None)

def notitle(e):
    return {k: v for k, v in e.items() if k != "title"}

# ======================= ArticleIntros =======================
case("lookalike_intro_recipient_en", "ArticleIntros (`for Niamh`: the colleague it is sent to between the word and the phrase)",
     "Article for Niamh, published in the Connacht Tribune on 12 March 2026:\n\n" + art("en"),
     exp("en", source="Connacht Tribune"))
case("lookalike_intro_reprint_fr", "ArticleIntros (a reprint's introduction: first paper and day, then where it was taken up)",
     "Article de Pierre Duval paru dans Le Progrès le 11 mars 2026, repris dans Lyon Capitale :\n\n" + art("fr"),
     exp("fr"))
case("lookalike_intro_section_fr", "ArticleIntros (`Article de la rubrique Économie`: a section where the writer stands)",
     "Article de la rubrique Économie paru dans Les Échos le 11 mars 2026 :\n\n" + art("fr", drop_day=True),
     exp("fr", source="Les Échos"))
case("lookalike_intro_agency_writer_de", "ArticleIntros (`Artikel von dpa`: an agency where the writer stands)",
     "Artikel von dpa, erschienen in den Potsdamer Neuesten Nachrichten am 12. März 2026:\n\n" + art("de", drop_by=True, drop_day=True),
     dict(title=ARTS["de"][0], authors=[], published="2026-03-12", source="Potsdamer Neuesten Nachrichten"))
case("target_intro_es_diario", "ArticleIntros (`publicado en el diario El Correo de Andalucía`: a lowercase `el diario` before the name)",
     "Artículo de Ana García publicado en el diario El Correo de Andalucía el 12 de marzo de 2026:\n\n" + art("es", drop_by=True, drop_day=True),
     exp("es", source="El Correo de Andalucía"))
case("target_intro_it_repubblica", "ArticleIntros (`pubblicato su la Repubblica`: the masthead's own lowercase article)",
     "Articolo di Marco Rossi pubblicato su la Repubblica Bologna l'11 marzo 2026:\n\n" + art("it", drop_by=True, drop_day=True),
     exp("it", source="la Repubblica Bologna"))
case("target_intro_pt_jornal", "ArticleIntros (`publicado no Jornal de Notícias a 12 de março`)",
     "Artigo de João Santos publicado no Jornal de Notícias a 12 de março de 2026:\n\n" + art("pt", drop_by=True, drop_day=True),
     exp("pt", source="Jornal de Notícias"))
case("target_intro_en_two", "ArticleIntros (two writers joined by `and`, `published in The Irish Times on …`)",
     "Article by Sarah Walsh and Conor Burke published in The Irish Times on 12 March 2026:\n\n" + art("en", drop_by=True, drop_day=True),
     exp("en", authors=["Sarah Walsh", "Conor Burke"], source="The Irish Times"))
case("target_intro_de_im", "ArticleIntros (`erschienen im Tagesspiegel am …`)",
     "Beitrag von Anna Klein, erschienen im Tagesspiegel am 12. März 2026:\n\n" + art("de", drop_by=True, drop_day=True),
     exp("de", source="Tagesspiegel"))

# ======================= LayoutReader.keyedSubject =======================
case("lookalike_keyed_revue_de_presse_fr", "keyedSubject (`REVUE DE PRESSE 11/03/2026 – …`: a press review's banner, `presse` no masthead)",
     "REVUE DE PRESSE 11/03/2026 – Transports\n\n" + art("fr", under=["Le Progrès"]),
     exp("fr", source="Le Progrès"))
case("lookalike_keyed_rassegna_it", "keyedSubject (`RASSEGNA STAMPA 11/03/2026 – …`: a press office's review banner)",
     "RASSEGNA STAMPA 11/03/2026 – Comune di Bologna\n\n" + art("it", under=["il Resto del Carlino"]),
     exp("it", source="il Resto del Carlino"))
case("lookalike_keyed_news_alert_en", "keyedSubject (`NEWS ALERT – headline`: an alert's label, no publication)",
     "NEWS ALERT – " + ARTS["en"][0] + "\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], source=None))
case("lookalike_keyed_section_page_de", "keyedSubject (an archive keying paper and day, then section and page, not writers)",
     "MÄRKISCHE ALLGEMEINE 12.03.2026 – Potsdam, S. 15 – " + ARTS["de"][0] + "\n\n" + body("de") + "\n",
     dict(title=ARTS["de"][0], authors=[], published="2026-03-12", source="MÄRKISCHE ALLGEMEINE"))
case("lookalike_keyed_section_fr", "keyedSubject (paper and day, then its section `Économie`, then the headline)",
     "LE MONDE 11/03/2026 – Économie – " + ARTS["fr"][0] + "\n\n" + body("fr") + "\n",
     dict(title=ARTS["fr"][0], authors=[], published="2026-03-11", source="LE MONDE"))
case("target_keyed_es_pais", "keyedSubject (`EL PAÍS 12/03/2026 – writer – headline`)",
     "EL PAÍS 12/03/2026 – Ana García – " + ARTS["es"][0] + "\n\n" + body("es") + "\n",
     exp("es", source="EL PAÍS"))
case("target_keyed_de_standard", "keyedSubject (`DER STANDARD 12.03.2026 – writer – headline`)",
     "DER STANDARD 12.03.2026 – Anna Klein – " + ARTS["de"][0] + "\n\n" + body("de") + "\n",
     exp("de", source="DER STANDARD"))
case("target_keyed_pt_no_word", "keyedSubject (`EXPRESSO – headline`, byline and day under it)",
     "EXPRESSO – " + ARTS["pt"][0] + "\n" + ARTS["pt"][1] + "\n" + ARTS["pt"][3] + "\n\n" + body("pt") + "\n",
     exp("pt", source="EXPRESSO"))
case("target_keyed_en_masthead_no_word", "keyedSubject (`IRISH INDEPENDENT 12/03/2026 – writer – headline`)",
     "IRISH INDEPENDENT 12/03/2026 – Sarah Walsh – " + ARTS["en"][0] + "\n\n" + body("en") + "\n",
     exp("en", source="IRISH INDEPENDENT"))
case("target_keyed_it_no_word", "keyedSubject (`IL RESTO DEL CARLINO 11/03/2026 – writer – headline`: a masthead with no publication's word)",
     "IL RESTO DEL CARLINO 11/03/2026 – Marco Rossi – " + ARTS["it"][0] + "\n\n" + body("it") + "\n",
     exp("it", source="IL RESTO DEL CARLINO"))

case("target_keyed_de_hyphen", "keyedSubject (`RHEIN-ZEITUNG 12.03.2026 – writer – headline`: the publication's word inside a hyphenated name)",
     "RHEIN-ZEITUNG 12.03.2026 – Anna Klein – " + ARTS["de"][0] + "\n\n" + body("de") + "\n",
     exp("de", source="RHEIN-ZEITUNG"))

# ======================= LayoutReader.closingPublication =======================
case("lookalike_closing_podcast_en", "closingPublication (`— The Daily`: a podcast's name over its host and day)",
     ARTS["en"][0] + " — The Daily\nHosted by Sarah Walsh, 12 March 2026\n\n" + body("en") + "\n",
     dict(source=None, published="2026-03-12"))
case("lookalike_closing_courrier_fr", "closingPublication (`— Courrier des lecteurs`: the letters column)",
     "Le T6 à La Doua, enfin ! — Courrier des lecteurs\nPierre Duval, Villeurbanne, 11 mars 2026\n\n" + body("fr", 2) + "\n",
     dict(source=None, published="2026-03-11"))
case("lookalike_closing_tribune_libre_fr", "closingPublication (`— Tribune libre`: the op-ed label with its adjective)",
     "Le tramway ne doit pas tuer le commerce — Tribune libre\nPar Pierre Duval\n11 mars 2026\n\n" + body("fr") + "\n",
     dict(source=None, authors=["Pierre Duval"], published="2026-03-11"))
case("lookalike_closing_rassegna_it", "closingPublication (`— Rassegna stampa`: a press review's label)",
     "La Garisenda riapre nel 2027 — Rassegna stampa\n11 marzo 2026\n\n" + body("it") + "\n",
     dict(source=None, published="2026-03-11"))
case("lookalike_closing_town_es", "closingPublication (`— Sevilla`: the town closing the headline)",
     "Cinco mil árboles contra el calor — Sevilla\nPor Ana García\n12 de marzo de 2026\n\n" + body("es") + "\n",
     dict(source=None, authors=["Ana García"], published="2026-03-12"))
case("lookalike_closing_weekly_review_en", "closingPublication (`— Weekly Review`: a newsletter's roundup label)",
     "Shop Street goes car-free — Weekly Review\n12 March 2026\n\n" + body("en") + "\n",
     dict(source=None, published="2026-03-12"))
case("target_closing_de", "closingPublication (`Headline — Süddeutsche Zeitung` over the byline)",
     ARTS["de"][0] + " — Süddeutsche Zeitung\nVon Anna Klein\n12. März 2026\n\n" + body("de") + "\n",
     exp("de", source="Süddeutsche Zeitung"))
case("target_closing_en_no_word", "closingPublication (`Headline — Irish Examiner`: no publication's word in the name)",
     ARTS["en"][0] + " — Irish Examiner\nBy Sarah Walsh\n12 March 2026\n\n" + body("en") + "\n",
     exp("en", source="Irish Examiner"))
case("target_closing_it", "closingPublication (`Headline — Corriere di Bologna` over the day)",
     ARTS["it"][0] + " — Corriere di Bologna\n11 marzo 2026\n\n" + body("it") + "\n",
     exp("it", authors=[], source="Corriere di Bologna"))

case("lookalike_closing_podcast_byline_en", "closingPublication (`— The Daily`: a podcast episode's page, the host's byline and day under it)",
     ARTS["en"][0] + " — The Daily\nBy Sarah Walsh\n12 March 2026\n\n" + body("en") + "\n",
     dict(source=None, authors=["Sarah Walsh"], published="2026-03-12"))
case("target_closing_fr_hyphen", "closingPublication (`Headline — Nice-Matin`: hyphenated masthead)",
     "Lyon prolonge le tramway T6 jusqu'à La Doua — Nice-Matin\nPar Pierre Duval\n11 mars 2026\n\n" + body("fr") + "\n",
     exp("fr", source="Nice-Matin"))

# ======================= BracketedTrailers =======================
case("lookalike_bracket_archive_de", "BracketedTrailers (`[Archiv, 12.03.2026, S. 4]`: the desk's archive stamp, no publication)",
     art("de", under=["Märkische Allgemeine"], foot=["[Archiv, 12.03.2026, S. 4]"]),
     exp("de", source="Märkische Allgemeine"))
case("lookalike_bracket_dossier_fr", "BracketedTrailers (`[Dossier de presse, 11/03/2026, p. 4]`: the press kit it was filed in)",
     art("fr", under=["Le Progrès"], foot=["[Dossier de presse, 11/03/2026, p. 4]"]),
     exp("fr", source="Le Progrès"))
case("lookalike_bracket_kommentar_de", "BracketedTrailers (`[Kommentar, 13.03.2026, S. 2]`: the paper's comment on it next day)",
     art("de", under=["Märkische Allgemeine"], foot=["[Kommentar, 13.03.2026, S. 2]"]),
     exp("de", source="Märkische Allgemeine"))
case("lookalike_bracket_caption_es", "BracketedTrailers (a photo caption's credit in brackets: photographer, day, page)",
     art("es", under=["Diario de Sevilla"], foot=["Operarios plantan un árbol en Torreblanca.", "[Foto de Juan Carlos Vázquez, 12/03/2026, pág. 3]"]),
     exp("es", source="Diario de Sevilla"))
case("lookalike_bracket_gallery_it", "BracketedTrailers (`[Fotogallery, 11/03/2026, p. 2]`: a web gallery's reference)",
     art("it", under=["Corriere di Bologna"], foot=["[Fotogallery, 11/03/2026, p. 2]"]),
     exp("it", source="Corriere di Bologna"))
case("target_bracket_fr_range", "BracketedTrailers (`[Le Progrès, 11/03/2026, p. 8-9]`: a spread)",
     art("fr", drop_day=True, foot=["[Le Progrès, 11/03/2026, p. 8-9]"]),
     exp("fr", source="Le Progrès"))
case("target_bracket_es", "BracketedTrailers (`[Diario de Sevilla, 12-03-2026, pág. 22]`)",
     art("es", drop_day=True, foot=["[Diario de Sevilla, 12-03-2026, pág. 22]"]),
     exp("es", source="Diario de Sevilla"))
case("target_bracket_en_page_word", "BracketedTrailers (`[Connacht Tribune, March 12, 2026, Page 4]`)",
     art("en", drop_day=True, foot=["[Connacht Tribune, March 12, 2026, Page 4]"]),
     exp("en", source="Connacht Tribune"))
case("target_bracket_de_letter_page", "BracketedTrailers (`[Tagesspiegel, 12.03.2026, S. B3]`: a section's page)",
     art("de", drop_day=True, foot=["[Tagesspiegel, 12.03.2026, S. B3]"]),
     exp("de", source="Tagesspiegel"))

# ======================= LayoutReader.signatureUnderProse =======================
case("lookalike_sig_photo_caps_it", "signatureUnderProse (a photographer's credit in capitals under the photo caption)",
     art("it", drop_by=True, foot=["La torre Garisenda avvolta dai tralicci d'acciaio, fotografata mercoledì mattina da piazza di Porta Ravegnana.", "GIULIA BENASSI"]),
     exp("it", authors=[]))
case("lookalike_sig_next_brief_de", "signatureUnderProse (a pasted page: the unsigned article, then the next brief signed in capitals)",
     art("de", drop_by=True, foot=["KURZ NOTIERT", "Die Fähre nach Hermannswerder fährt ab dem 1. April wieder im Halbstundentakt, teilte der Verkehrsbetrieb mit.", "THOMAS BERGER"]),
     exp("de", authors=[]))
case("lookalike_sig_slogan_fr", "signatureUnderProse (a protest slogan in capitals closing a reader's letter)",
     art("fr", drop_by=True, foot=["Les commerçants de l'avenue Salengro se réuniront samedi devant la mairie pour réclamer un parking relais.", "SAUVONS L'AVENUE SALENGRO"]),
     exp("fr", authors=[]))
case("lookalike_sig_stage_name_es", "signatureUnderProse (a concert notice: the artist's stage name in capitals at the foot)",
     art("es", drop_by=True, foot=["El concierto benéfico para financiar el arbolado se celebrará el sábado en la Alameda de Hércules a las nueve.", "NIÑA PASTORI"]),
     exp("es", authors=[]))
case("lookalike_sig_quoted_person_town_en", "signatureUnderProse (a quoted trader and her town after the quote, in parentheses)",
     art("en", drop_by=True, foot=["\"We will lose the people who drive in from the county, and they are half of our trade,\" said one shop owner.", "Mary Kelly (in Oughterard)"]),
     exp("en", authors=[]))
case("target_sig_caps_fr", "signatureUnderProse (`PIERRE DUVAL` alone under the text)",
     art("fr", drop_by=True, foot=["PIERRE DUVAL"]),
     exp("fr"))
case("target_sig_caps_pt", "signatureUnderProse (`JOÃO SANTOS` with a tilde)",
     art("pt", drop_by=True, foot=["JOÃO SANTOS"]),
     exp("pt"))
case("target_sig_town_it_da", "signatureUnderProse (`Marco Rossi (da Bologna)`)",
     art("it", drop_by=True, foot=["Marco Rossi (da Bologna)"]),
     exp("it"))
case("target_sig_town_es_en", "signatureUnderProse (`Ana García (en Sevilla)`)",
     art("es", drop_by=True, foot=["Ana García (en Sevilla)"]),
     exp("es"))
case("target_sig_town_en_in", "signatureUnderProse (`Sarah Walsh (in Galway)`)",
     art("en", drop_by=True, foot=["Sarah Walsh (in Galway)"]),
     exp("en"))

# ======================= wrappedHeadline / narrowTitle =======================
case("lookalike_overline_date_de", "wrappedHeadline (a weekday's date above the headline as overline, then a deck)",
     "Donnerstag, 12. März 2026\nPotsdam baut den Radweg am Havelufer aus\nVier Meter breit zwischen Langer Brücke und Hermannswerder\nVon Anna Klein\n\n" + body("de") + "\n",
     exp("de"))
case("target_overline_section_wrapped_fr", "wrappedHeadline (a section overline, the headline wrapped over two lines, byline)",
     "Transports\nLyon prolonge le tramway T6\njusqu'à La Doua\nPar Pierre Duval\n11 mars 2026\n\n" + body("fr") + "\n",
     exp("fr"))
case("lookalike_masthead_headline_deck_pt", "wrappedHeadline (masthead, headline, a deck line without period: not joined)",
     "JORNAL DE NOTÍCIAS\nPorto vai alargar a rede de metro até Gondomar\nOito estações e sete quilómetros até 2030\nPor João Santos\n12 de março de 2026\n\n" + body("pt") + "\n",
     exp("pt", source="JORNAL DE NOTÍCIAS"))
case("target_masthead_centred_es", "wrappedHeadline (masthead, then a headline centred over two lines)",
     "DIARIO DE SEVILLA\n      Sevilla plantará 5.000 árboles\n        para combatir el calor\nPor Ana García\n12 de marzo de 2026\n\n" + body("es") + "\n",
     exp("es", source="DIARIO DE SEVILLA"))
case("lookalike_narrow_label_it", "narrowTitle (a headline then `Intervista: …` label line with a name: not joined)",
     "La Garisenda e il futuro delle due torri\nIntervista: Marco Rossi\n11 marzo 2026\n\n" + body("it") + "\n",
     dict(title="La Garisenda e il futuro delle due torri", published="2026-03-11"))

# ======================= Masthead line above the text =======================
case("target_masthead_line_fr", "masthead line (`LE PROGRÈS — N° 52.118 — Mercredi 11 mars 2026 — 1,60 €` above the headline)",
     "LE PROGRÈS — N° 52.118 — Mercredi 11 mars 2026 — 1,60 €\n\n" + art("fr", drop_day=True),
     exp("fr", source="LE PROGRÈS"))
case("lookalike_masthead_line_foot_de", "masthead line (a magazine's issue box quoted at the foot of a review of it)",
     art("de", foot=["RADWELT — Nr. 2 — März 2026 — 4,50 Euro"]),
     exp("de", source=None))

# ======================= IndexEntries =======================
case("lookalike_paren_council_en", "IndexEntries long-date parenthesis (`(Galway City Council, March 12, 2026)`: the body that decided, no publication)",
     "Shop Street pedestrianisation approved (Galway City Council, March 12, 2026)\n\n" + body("en") + "\n",
     dict(source=None, authors=[]))
case("lookalike_paren_holiday_en", "IndexEntries long-date parenthesis (`(St Patrick's Day, March 17, 2026)`: a holiday)",
     "Shop Street to close for parade (St Patrick's Day, March 17, 2026)\nBy Sarah Walsh\n\nThe parade will leave from Fr Griffin Road at noon and end at Eyre Square, with Shop Street closed to traffic from nine.\n\nGardaí advised visitors to use the park and ride at Dangan and Carnmore, which will run every ten minutes all day.\n",
     dict(source=None, published=None, authors=["Sarah Walsh"]))
case("target_paren_paper_en", "IndexEntries long-date parenthesis (`(Irish Examiner, March 12, 2026)`: no publication's word)",
     ARTS["en"][0] + " (Irish Examiner, March 12, 2026)\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], published="2026-03-12", source="Irish Examiner"))
case("target_numbered_item_fr", "IndexEntries (a press review's numbered item `2. Le Progrès, p. 4 — headline`)",
     "Revue de presse du 11 mars 2026\n\n2. Le Progrès, p. 4 — " + ARTS["fr"][0] + "\n\n" + body("fr") + "\n",
     dict(source="Le Progrès"))

# ======================= DeskFetches =======================
case("lookalike_http_304_en", "DeskFetches httpResponse (`HTTP/1.1 304 Not Modified`: a cached check, no body)",
     "$ curl -i -H 'If-None-Match: \"a81f\"' https://api.irishtimes.example/v1/articles/shop-street\nHTTP/1.1 304 Not Modified\nETag: \"a81f\"\nDate: Thu, 12 Mar 2026 11:02:10 GMT\n\n",
     NONE)
case("lookalike_http_503_de", "DeskFetches httpResponse (`HTTP/2 503` with a JSON maintenance notice)",
     "$ curl -si https://api.maz-online.example/artikel/radweg-havelufer\nHTTP/2 503\ncontent-type: application/json\nretry-after: 600\n\n" + json.dumps({"title": "Wartungsarbeiten", "message": "Unser Angebot ist wegen Wartungsarbeiten vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut."}, ensure_ascii=False, indent=2) + "\n",
     NONE)
case("target_http_200_es", "DeskFetches httpResponse (`HTTP/1.1 200 OK` over an article's JSON)",
     "$ curl -i https://api.diariodesevilla.example/v2/noticias/88213\nHTTP/1.1 200 OK\nContent-Type: application/json\nDate: Thu, 12 Mar 2026 12:40:01 GMT\n\n" + json.dumps({"titular": ARTS["es"][0], "autor": "Ana García", "fecha": "2026-03-12", "medio": "Diario de Sevilla", "cuerpo": joined("es")}, ensure_ascii=False, indent=2) + "\n",
     exp("es", source="Diario de Sevilla"))
case("lookalike_cat_readme_md_it", "DeskFetches (`cat README.md` of the desk's scraper project)",
     "$ cat ~/progetti/rassegna-bot/README.md\n# rassegna-bot\n\nRaccoglie ogni mattina gli articoli sul Comune di Bologna dai siti dei quotidiani locali e li salva nella cartella condivisa della redazione, uno per file, con titolo, autore e data.\n\nPer installarlo serve Python 3.11: eseguire `pip install -r requirements.txt` e poi `python bot.py --config config.yaml`.\n",
     NONE)
case("target_ytdlp_news_fr", "DeskFetches videoMetadata (a news video's yt-dlp JSON, track and artist null)",
     "$ yt-dlp -j https://www.youtube.com/watch?v=Qx7Lyon2026\n" + json.dumps({"id": "Qx7Lyon2026", "title": "Lyon prolonge le tramway T6 jusqu'à La Doua", "uploader": "Le Progrès", "channel": "Le Progrès", "upload_date": "20260311", "duration": 142, "categories": ["News & Politics"], "track": None, "artist": None, "description": "Le Sytral a voté mercredi le prolongement de la ligne de tramway T6 jusqu'au campus de La Doua, à Villeurbanne. Un chantier de 220 millions d'euros qui doit s'achever en 2029, avec sept kilomètres et dix nouvelles stations."}, ensure_ascii=False) + "\n",
     dict(title="Lyon prolonge le tramway T6 jusqu'à La Doua", published="2026-03-11"))

# ======================= TerminalSessions =======================
case("lookalike_dump_error_dated_de", "TerminalSessions (an error page: a headline-like line, a bare day, sentences of apology)",
     "$ lynx -dump https://www.maz-online.example/potsdam/radweg-havelufer\n   Leider ist ein technischer Fehler aufgetreten\n\n   12.03.2026\n\n   Die von Ihnen aufgerufene Seite ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut oder kehren Sie zur Startseite zurück.\n",
     NONE)
case("lookalike_dump_paywall_dated_it", "TerminalSessions (a paywall page: its title, a bare day, the offer's sentences)",
     "$ w3m -dump https://www.corrieredibologna.example/abbonamenti\nAbbonati al Corriere di Bologna digitale\n\n11/03/2026\n\nPer continuare a leggere tutti gli articoli scegli l'offerta che preferisci. Il primo mese costa solo un euro e puoi disdire in qualsiasi momento.\n",
     NONE)
case("target_dump_brief_it", "TerminalSessions (a w3m dump of a dated brief)",
     "$ w3m -dump https://www.corrieredibologna.example/cronaca/garisenda-2027\nBologna, la Garisenda riapre ai visitatori nel 2027\n\n11 marzo 2026\n\nLa torre Garisenda tornerà visitabile nella primavera del 2027, ha annunciato il Comune.\n\nIl cantiere è costato 20 milioni di euro.\n",
     dict(title=ARTS["it"][0], published="2026-03-11"))

# ======================= ClippingLabels.isUnsigned =======================
case("target_sheet_dash_author_pt", "ClippingLabels.isUnsigned (a desk sheet's `Autor: –` for no writer)",
     "Título: " + ARTS["pt"][0] + "\nAutor: –\nData: 12/03/2026\nÓrgão: Jornal de Notícias\n\n" + body("pt") + "\n",
     dict(title=ARTS["pt"][0], authors=[], published="2026-03-12", source="Jornal de Notícias"))

# ======================= DeskDumps =======================
def flatten(cmd, rows):
    w = max(len(k) for k, _ in rows) + 2
    return "$ " + cmd + "\n" + "\n".join(k.ljust(w) + v for k, v in rows) + "\n"
def line_mode(cmd, rows):
    w = max(len(k) for k, _ in rows)
    return "$ " + cmd + "\n" + "\n".join(k.rjust(w) + " = " + v for k, v in rows) + "\n"
def cql(cmd, rows):
    w = max(len(k) for k, _ in rows) + 1
    return "$ cqlsh -e \"EXPAND ON; " + cmd + "\"\n\n@ Row 1\n" + "-" * (w + 1) + "+" + "-" * 60 + "\n" + "\n".join(" " + k.ljust(w) + "| " + v for k, v in rows) + "\n\n(1 rows)\n"

case("lookalike_xsv_comment_fr", "DeskDumps xsv flatten (a reader comments export row: author, subject, comment)",
     flatten("xsv slice -i 41 commentaires.csv | xsv flatten", [("id", "9921"), ("article_id", "5512"), ("auteur", "Bernard L."), ("sujet", "Et les places de stationnement ?"),
        ("commentaire", "Deux cents places supprimées avenue Salengro, personne ne nous a demandé notre avis. Les commerçants vont encore trinquer pendant trois ans de chantier."), ("date", "2026-03-11 21:14:08")]),
     NONE)
case("lookalike_qsv_product_en", "DeskDumps qsv flatten (a shop's product row: name, description, price)",
     flatten("qsv slice -i 7 products.csv | qsv flatten", [("sku", "GW-1182"), ("name", "Shop Street souvenir print, A3"), ("description", "A limited print of Galway's Shop Street on heavy matte paper, signed by the artist. Each print is numbered and shipped flat in a rigid envelope within three working days."),
        ("price", "24.00"), ("currency", "EUR"), ("vendor", "Kenny's Galway")]),
     NONE)
case("lookalike_sqlite_user_de", "DeskDumps sqlite3 -line (a CMS user row: name, role, biography)",
     line_mode("sqlite3 -line cms.db \"SELECT * FROM users WHERE id = 14\"", [("id", "14"), ("name", "Anna Klein"), ("role", "redakteurin"), ("email", "a.klein@maz.example"),
        ("bio", "Anna Klein schreibt seit 2015 über Verkehr und Stadtentwicklung in Potsdam. Vorher war sie Volontärin bei der Märkischen Allgemeinen und beim RBB."), ("created_at", "2015-09-01 08:00:00")]),
     NONE)
case("lookalike_duckdb_log_en", "DeskDumps duckdb -line (a scraper's log row: level, message, url)",
     line_mode("duckdb -line scraper.duckdb \"SELECT * FROM runs ORDER BY ts DESC LIMIT 1\"", [("ts", "2026-03-12 07:00:14"), ("level", "WARN"), ("source", "irishtimes"), ("url", "https://www.irishtimes.example/news/galway-shop-street"),
        ("message", "Article body shorter than expected after the paywall was removed; the page may have changed its layout, so the extractor fell back to the meta description for this run.")]),
     NONE)
case("lookalike_cqlsh_log_it", "DeskDumps cqlsh (an events log row: type, title, detail)",
     cql("SELECT * FROM desk.audit WHERE day = '2026-03-11' LIMIT 1;", [("day", "2026-03-11"), ("ts", "2026-03-11 09:12:44.000000+0000"), ("title", "Pubblicazione annullata"), ("user_name", "mrossi"),
        ("detail", "La pubblicazione dell'articolo sulla Garisenda è stata annullata perché mancava l'autorizzazione della fotografa per le immagini del cantiere.")]),
     NONE)
case("lookalike_gron_issue_en", "DeskDumps gron (a GitHub issue: title, body, user)",
     "$ gh api repos/desk/scraper/issues/88 | gron\njson = {};\njson.body = \"The Irish Times extractor returns an empty byline since the site changed its markup on Tuesday. Example: the Shop Street story from this morning has no author in the output.\";\njson.created_at = \"2026-03-12T09:40:12Z\";\njson.number = 88;\njson.state = \"open\";\njson.title = \"Empty byline for irishtimes.example\";\njson.user = {};\njson.user.login = \"swalsh\";\n",
     NONE)
case("lookalike_gron_empty_body_es", "DeskDumps gron (an article's JSON whose body is empty: a paywalled stub)",
     "$ curl -s https://api.diariodesevilla.example/v2/noticias/88213 | gron\njson = {};\njson.autor = \"Ana García\";\njson.cuerpo = \"\";\njson.fecha = \"2026-03-12\";\njson.medio = \"Diario de Sevilla\";\njson.titular = " + json.dumps(ARTS["es"][0], ensure_ascii=False) + ";\n",
     NONE)
case("lookalike_recsel_updated_pt", "DeskDumps recsel (an article record whose only date is its update time)",
     "$ recsel -t Recorte -e \"Titulo ~ 'Gondomar'\" recortes.rec\nTitulo: " + ARTS["pt"][0] + "\nAutor: João Santos\nAtualizado: 2026-03-14 18:02\nJornal: Jornal de Notícias\nTexto: " + ARTS["pt"][4][0] + "\n+ \n+ " + ARTS["pt"][4][1] + "\n",
     dict(title=ARTS["pt"][0], authors=["João Santos"], published=None, source="Jornal de Notícias"))
case("lookalike_cqlsh_updated_de", "DeskDumps cqlsh (an article row with published and updated: the published day)",
     cql("SELECT * FROM desk.clippings WHERE id = 7012;", [("id", "7012"), ("authors", "['Anna Klein']"), ("body", joined("de")), ("headline", ARTS["de"][0]), ("outlet", "Märkische Allgemeine"), ("pub_date", "2026-03-12"), ("updated_at", "2026-03-15 10:20:00.000000+0000")]),
     exp("de", source="Märkische Allgemeine"))
case("lookalike_wp_comment_get_fr", "DeskDumps (`wp comment get`: a reader's comment, not a post)",
     "$ wp comment get 318 --format=yaml\ncomment_ID: \"318\"\ncomment_post_ID: \"512\"\ncomment_author: Bernard L.\ncomment_date: \"2026-03-11 21:14:08\"\ncomment_content: |\n  Deux cents places supprimées avenue Salengro, personne ne nous a demandé notre avis. Les commerçants vont encore trinquer pendant trois ans de chantier, comme pour le T1.\ncomment_approved: \"1\"\n",
     NONE)
case("lookalike_restic_csv_en", "DeskDumps restic dump (a CSV index of clippings, no clipping)",
     "$ restic -r /srv/backup dump latest /home/desk/index/clippings-2026-03.csv\ndate,outlet,headline,author,file\n2026-03-12,The Irish Times,Galway to pedestrianise Shop Street for good from June,Sarah Walsh,2026/03/shop-street.txt\n2026-03-11,Connacht Tribune,Council split on Shop Street traffic ban as traders protest,Conor Burke,2026/03/shop-street-vote.txt\n2026-03-10,Galway Advertiser,Cafés back plan to keep Shop Street car-free after trial,Sarah Walsh,2026/03/cafes.txt\n",
     NONE)
case("lookalike_restic_readme_de", "DeskDumps restic dump (the archive's README.md)",
     "$ restic -r /srv/backup dump latest /home/archiv/README.md\n# Ausschnittarchiv\n\nIn diesem Verzeichnis liegen die Zeitungsausschnitte der Lokalredaktion, ein Ordner pro Monat. Bitte die Dateien nach dem Schema Datum-Zeitung-Stichwort benennen und keine Bilder ablegen.\n",
     NONE)
case("lookalike_discourse_reply_excerpt_it", "DeskDumps Discourse (a reply quoting one paragraph of the article, no headline)",
     "$ curl -s https://forum.bolognacivica.example/posts/5120.json\n" + json.dumps({"id": 5120, "name": "Lucia", "username": "lucia_b", "created_at": "2026-03-11T18:20:00Z", "post_number": 3, "topic_id": 611, "reply_to_post_number": 1,
        "cooked": "<blockquote><p>" + ARTS["it"][4][2] + "</p></blockquote><p>Il passaggio pedonale andava riaperto già l'anno scorso, altro che 2027.</p>",
        "raw": "> " + ARTS["it"][4][2] + "\n\nIl passaggio pedonale andava riaperto già l'anno scorso, altro che 2027."}, ensure_ascii=False, indent=2) + "\n",
     NONE)
case("lookalike_discourse_announcement_en", "DeskDumps Discourse (a moderator's quoted forum rules, no article)",
     "$ curl -s https://forum.galwaycivic.example/posts/12.json\n" + json.dumps({"id": 12, "name": "Admin", "username": "admin", "created_at": "2026-01-05T09:00:00Z", "post_number": 1, "topic_id": 4,
        "cooked": "<blockquote><p><strong>Posting news articles</strong></p><p>Please do not paste whole articles from newspapers. Post the link with a short quote of two or three sentences and your own comment, so that we respect the publishers' copyright.</p></blockquote>",
        "raw": "> **Posting news articles**\n>\n> Please do not paste whole articles from newspapers. Post the link with a short quote of two or three sentences and your own comment, so that we respect the publishers' copyright."}, indent=2) + "\n",
     NONE)
case("target_discourse_reply_article_de", "DeskDumps Discourse (a reply quoting the whole article in Markdown)",
     "$ curl -s https://forum.potsdam-radelt.example/posts/3301.json\n" + json.dumps({"id": 3301, "name": "Jens", "username": "jens_p", "created_at": "2026-03-12T14:00:00Z", "post_number": 6, "topic_id": 210, "reply_to_post_number": 2,
        "cooked": "<blockquote><p><strong>" + ARTS["de"][0] + "</strong></p></blockquote>",
        "raw": "Hier der Artikel aus der MAZ:\n\n> **" + ARTS["de"][0] + "**  \n> Von Anna Klein  \n> Märkische Allgemeine, 12. März 2026\n>\n" + "\n>\n".join("> " + p for p in ARTS["de"][4]) + "\n\nEndlich!"}, ensure_ascii=False, indent=2) + "\n",
     exp("de", source="Märkische Allgemeine"))
case("target_fastgron_it", "DeskDumps fastgron (an article's JSON)",
     "$ fastgron articolo.json\njson = {};\njson.autore = \"Marco Rossi\";\njson.data = \"2026-03-11\";\njson.testata = \"Corriere di Bologna\";\njson.testo = " + json.dumps(joined("it"), ensure_ascii=False) + ";\njson.titolo = " + json.dumps(ARTS["it"][0], ensure_ascii=False) + ";\n",
     exp("it", source="Corriere di Bologna"))
case("target_xsv_flatten_sep_en", "DeskDumps xsv flatten (`-s` record separator, an article row)",
     flatten("xsv search -s headline 'Shop Street' clippings.csv | xsv flatten -s '===='", [("headline", ARTS["en"][0]), ("byline", "Sarah Walsh"), ("published", "2026-03-12"), ("publication", "The Irish Times"), ("text", joined("en"))]),
     exp("en", source="The Irish Times"))
case("target_duckdb_null_author_pt", "DeskDumps duckdb -line (an article row, author NULL)",
     line_mode("duckdb -line recortes.duckdb \"SELECT * FROM recortes WHERE id = 51\"", [("id", "51"), ("titulo", ARTS["pt"][0]), ("autor", "NULL"), ("jornal", "Jornal de Notícias"), ("data", "2026-03-12"), ("texto", joined("pt"))]),
     exp("pt", authors=[], source="Jornal de Notícias"))
case("target_wp_post_json_es", "DeskDumps wp post get --format=json (a republished article, publication in bold)",
     "$ wp post get 902 --format=json\n" + json.dumps({"ID": 902, "post_title": ARTS["es"][0], "post_type": "post", "post_status": "publish", "post_date": "2026-03-13 09:00:00", "post_author": "3",
        "post_content": "<!-- wp:paragraph -->\n<p><strong>Diario de Sevilla</strong>, 12 de marzo de 2026 — Por Ana García</p>\n<!-- /wp:paragraph -->\n\n" + "\n\n".join("<!-- wp:paragraph -->\n<p>" + p + "</p>\n<!-- /wp:paragraph -->" for p in ARTS["es"][4])}, ensure_ascii=False) + "\n",
     exp("es", source="Diario de Sevilla"))
case("target_restic_ls_cat_fr", "DeskDumps restic (restic ls, restore, then cat of a clipping)",
     "$ restic -r /srv/backup ls latest /home/revue/2026/03\n/home/revue/2026/03/t6-la-doua.txt\n$ restic -r /srv/backup restore latest --target /tmp/r --include /home/revue/2026/03/t6-la-doua.txt\nrestoring <Snapshot 7a2c91de of [/home/revue] at 2026-03-12 02:00:07> to /tmp/r\n$ cat /tmp/r/home/revue/2026/03/t6-la-doua.txt\n"
     + ARTS["fr"][0] + "\nLe Progrès, 11 mars 2026\nPar Pierre Duval\n\n" + body("fr") + "\n",
     exp("fr", source="Le Progrès"))
