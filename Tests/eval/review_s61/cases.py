# Review of stop 56's reader rules (352a776..b8d916e) on main's build: look-alikes first in each rule, then fresh targets,
# six desk languages, six articles none of review_s58's..review_s60's.
import json

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

def js(value):
    return json.dumps(value, ensure_ascii=False, indent=2)

ARTS = {
 "en": ("Cardiff to reopen Victorian market roof after two-year repair", "By Rhys Morgan", "2026-03-19", "19 March 2026", [
    "Cardiff Market's glass roof will be uncovered again in June after a two-year repair of its cast-iron frame, the city council said on Thursday, ending a long period of scaffolding over the stalls.",
    "The work, which cost £6.4m and was partly funded by the National Lottery Heritage Fund, replaced more than 3,000 panes and repainted the ironwork in its original green.",
    "Traders said footfall had fallen by a fifth while the scaffolding was up and asked the council for a summer of events to bring shoppers back to the market."]),
 "fr": ("À Nantes, le pont Anne-de-Bretagne fermé aux voitures dès mai", "Par Camille Lefort", "2026-03-18", "18 mars 2026", [
    "Le pont Anne-de-Bretagne sera réservé aux piétons, aux vélos et aux bus à partir du 4 mai, a annoncé mercredi Nantes Métropole, au terme de deux ans de concertation avec les riverains.",
    "Environ 14 000 voitures franchissent chaque jour l'ouvrage, qui relie le centre-ville à l'île de Nantes ; elles seront reportées vers le pont des Trois-Continents.",
    "Les commerçants du quai de la Fosse craignent une baisse de fréquentation, tandis que les associations de cyclistes saluent une décision attendue depuis longtemps."]),
 "de": ("Rostock bekommt eine neue Fähre nach Warnemünde", "Von Jonas Petersen", "2026-03-18", "18. März 2026", [
    "Die Rostocker Straßenbahn AG wird ab dem Sommer eine elektrisch angetriebene Fähre zwischen dem Stadthafen und Warnemünde einsetzen, das hat der Aufsichtsrat am Dienstag beschlossen.",
    "Das Schiff bietet Platz für 180 Fahrgäste und 40 Fahrräder, es kostet rund 7,5 Millionen Euro, von denen das Land Mecklenburg-Vorpommern knapp die Hälfte übernimmt.",
    "Pendler aus Warnemünde hatten seit Jahren eine schnellere Verbindung in die Innenstadt gefordert, weil die S-Bahn zu Stoßzeiten regelmäßig überfüllt ist."]),
 "es": ("Zaragoza amplía el horario de las bibliotecas municipales", "Por Lucía Gil", "2026-03-19", "19 de marzo de 2026", [
    "Las veinticinco bibliotecas municipales de Zaragoza abrirán también los sábados por la tarde y hasta las diez de la noche en época de exámenes a partir del 1 de abril, según aprobó este jueves el Ayuntamiento.",
    "La medida costará unos 900.000 euros al año y supondrá la contratación de dieciocho nuevos auxiliares de biblioteca, según explicó la concejala de Cultura.",
    "Las asociaciones de estudiantes llevaban tres cursos pidiendo más horas de estudio, sobre todo en los barrios de Delicias y el Actur, donde las salas se llenan cada tarde."]),
 "it": ("Torino, riapre il Museo del Risorgimento dopo i lavori", "di Marco Gallo", "2026-03-18", "18 marzo 2026", [
    "Il Museo nazionale del Risorgimento di Torino riaprirà al pubblico il 2 aprile dopo quattordici mesi di lavori agli impianti e alle sale del primo piano, ha annunciato mercoledì la direzione.",
    "L'intervento, costato 5,2 milioni di euro, ha reso accessibili ai visitatori in sedia a rotelle tutte le trenta sale del percorso e rinnovato l'aula del primo Parlamento italiano.",
    "Le scuole della città hanno già prenotato oltre duecento visite guidate per la primavera, mentre il biglietto intero resterà a dieci euro anche dopo la riapertura."]),
 "pt": ("Coimbra vai ter nova ponte pedonal sobre o Mondego", "Por Tiago Moura", "2026-03-19", "19 de março de 2026", [
    "A Câmara Municipal de Coimbra aprovou esta quinta-feira a construção de uma nova ponte pedonal e ciclável sobre o rio Mondego, entre o Parque Verde e a margem de Santa Clara.",
    "A obra, orçada em 8,3 milhões de euros, será financiada em grande parte por fundos europeus e deverá estar concluída no final de 2028, segundo o presidente da autarquia.",
    "Os moradores de Santa Clara pedem há anos uma ligação mais curta ao centro da cidade, que hoje obriga a atravessar a ponte de Santa Clara, com muito trânsito."]),
}
NAMES = {"en": "Rhys Morgan", "fr": "Camille Lefort", "de": "Jonas Petersen", "es": "Lucía Gil", "it": "Marco Gallo", "pt": "Tiago Moura"}

def body(lang):
    return "\n\n".join(ARTS[lang][4])

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
case("lookalike_intro_recommended_by_fr", "ArticleIntros (a colleague recommends the article: `recommandé par` names no writer)",
     "Article recommandé par Hélène Brunet, paru dans Ouest-France le 18 mars 2026 :\n\n" + art("fr"),
     exp("fr", source="Ouest-France"))
case("lookalike_intro_related_at_foot_en", "ArticleIntros (a related earlier article's intro and link at the foot of another article)",
     art("en", under=["WalesOnline"], foot=["Article by Sian Price published in the South Wales Echo on 2 March 2026:", "https://www.walesonline.co.uk/news/cardiff-market-scaffolding-traders-2026"]),
     exp("en", source="WalesOnline"))
case("target_intro_opinion_of_pt", "ArticleIntros (`Artigo de opinião de A publicado no Público`: the writer after the genre)",
     "Artigo de opinião de Tiago Moura publicado no Público a 19 de março de 2026:\n\n" + art("pt", drop_by=True, drop_day=True),
     exp("pt", source="Público"))
case("lookalike_intro_translated_by_it", "ArticleIntros (the translator named before the publishing phrase, not the writer)",
     "Articolo tradotto da Giulia Sarti, pubblicato su La Stampa il 18 marzo 2026:\n\n" + art("it"),
     exp("it", source="La Stampa"))
case("target_intro_fr", "ArticleIntros (writer, publication, day; no byline under the headline)",
     "Article de Camille Lefort paru dans Ouest-France le 18 mars 2026 :\n\n" + art("fr", drop_by=True, drop_day=True),
     exp("fr", source="Ouest-France"))
case("target_intro_de_der", "ArticleIntros (`erschienen in der Ostsee-Zeitung am …`: the article before the publication)",
     "Artikel von Jonas Petersen, erschienen in der Ostsee-Zeitung am 18. März 2026:\n\n" + art("de", drop_by=True, drop_day=True),
     exp("de", source="Ostsee-Zeitung"))
case("target_intro_es", "ArticleIntros (Spanish, `publicado en … el …`)",
     "Artículo de Lucía Gil publicado en Heraldo de Aragón el 19 de marzo de 2026:\n\n" + art("es", drop_by=True, drop_day=True),
     exp("es", source="Heraldo de Aragón"))
case("target_intro_en_the", "ArticleIntros (`published in the Western Mail on …`: no writer)",
     "Article published in the Western Mail on 19 March 2026:\n\n" + art("en", drop_day=True),
     exp("en", source="Western Mail"))
case("target_intro_it_two", "ArticleIntros (two writers, `uscito sul Corriere Torino il …`)",
     "Articolo di Marco Gallo e Sara Conti uscito sul Corriere Torino il 18 marzo 2026:\n\n" + art("it", drop_by=True, drop_day=True),
     exp("it", authors=["Marco Gallo", "Sara Conti"], source="Corriere Torino"))

# ======================= LayoutReader.keyedSubject =======================
case("lookalike_keyed_press_release_en", "keyedSubject (`PRESS RELEASE 19/03/2026 – …`: a council's release, no publication)",
     "PRESS RELEASE 19/03/2026 – Cardiff Market roof to be uncovered in June\n\n" + "\n\n".join(ARTS["en"][4][:2]) + "\n\nFor media enquiries contact the Cardiff Council press office.\n",
     dict(title="Cardiff Market roof to be uncovered in June", source=None, authors=[]))
case("lookalike_keyed_comunicato_stampa_it", "keyedSubject (`COMUNICATO STAMPA – …`: a museum's press release, `stampa` is no masthead)",
     "COMUNICATO STAMPA – Il Museo del Risorgimento riapre il 2 aprile\n\n" + "\n\n".join(ARTS["it"][4][:2]) + "\n\nUfficio stampa Museo nazionale del Risorgimento italiano\n",
     dict(title="Il Museo del Risorgimento riapre il 2 aprile", source=None))
case("lookalike_keyed_meeting_de", "keyedSubject (`STADTRAT 17.03.2026 – …`: a council meeting's notes heading, no publication)",
     "AUFSICHTSRAT RSAG 17.03.2026 – Beschlüsse\n\nDer Aufsichtsrat hat die Beschaffung einer elektrischen Fähre für die Linie Stadthafen–Warnemünde beschlossen.\n\nDie Finanzierung erfolgt zu knapp der Hälfte aus Landesmitteln; die Ausschreibung beginnt im April.\n",
     dict(source=None))
case("lookalike_keyed_topic_banner_en", "keyedSubject (`CARDIFF – …` topic banner with dashes over a clipping)",
     "CARDIFF – MARKETS – HERITAGE\n\n" + art("en"),
     exp("en", source=None))
case("lookalike_keyed_election_fr", "keyedSubject (`MUNICIPALES 2026 – …`: a section's banner keyed by a year)",
     "MUNICIPALES 2026 – " + ARTS["fr"][0] + "\n" + "\n".join(ARTS["fr"][1:2] + (ARTS["fr"][3],)) + "\n\n" + body("fr") + "\n",
     exp("fr", source=None))
case("lookalike_keyed_press_review_de", "keyedSubject (`PRESSESPIEGEL 18.03.2026 – …`: a press review's banner, the publication under it)",
     "PRESSESPIEGEL 18.03.2026 – Verkehr\n\n" + art("de", under=["Ostsee-Zeitung"]),
     exp("de", source="Ostsee-Zeitung"))
case("lookalike_keyed_town_day_es", "keyedSubject (`ZARAGOZA 19/03/2026 – …`: a dateline's town and day keyed first, the paper under the byline)",
     "ZARAGOZA 19/03/2026 – " + ARTS["es"][0] + "\n" + ARTS["es"][1] + "\nHeraldo de Aragón\n\n" + body("es") + "\n",
     exp("es", source="Heraldo de Aragón"))
case("target_keyed_de", "keyedSubject (publication and day, writer, headline)",
     "OSTSEE-ZEITUNG 18.03.2026 – Jonas Petersen – " + ARTS["de"][0] + "\n\n" + body("de") + "\n",
     exp("de", source="OSTSEE-ZEITUNG"))
case("target_keyed_es", "keyedSubject (em dashes, Spanish masthead with day)",
     "HERALDO DE ARAGÓN 19/03/2026 — Lucía Gil — " + ARTS["es"][0] + "\n\n" + body("es") + "\n",
     exp("es", source="HERALDO DE ARAGÓN"))
case("target_keyed_pt_noday", "keyedSubject (`JORNAL DE NOTÍCIAS – headline`, byline and day under it)",
     "JORNAL DE NOTÍCIAS – " + ARTS["pt"][0] + "\n" + ARTS["pt"][1] + "\n" + ARTS["pt"][3] + "\n\n" + body("pt") + "\n",
     exp("pt", source="JORNAL DE NOTÍCIAS"))
case("target_keyed_agency_it", "keyedSubject (`ANSA – headline`: an agency keyed first)",
     "ANSA – " + ARTS["it"][0] + "\n" + ARTS["it"][3] + "\n\n" + body("it") + "\n",
     exp("it", authors=[], source="ANSA"))
case("target_keyed_fr_two", "keyedSubject (two writers keyed)",
     "OUEST-FRANCE 18/03/2026 – Camille Lefort, Paul Morvan – " + ARTS["fr"][0] + "\n\n" + body("fr") + "\n",
     exp("fr", authors=["Camille Lefort", "Paul Morvan"], source="OUEST-FRANCE"))

# ======================= LayoutReader.closingPublication =======================
case("lookalike_closing_long_read_en", "closingPublication (`— The Long Read`: a series' name, `The` makes it a publication)",
     art("en", title=ARTS["en"][0] + " — The Long Read"),
     dict(source=None, authors=["Rhys Morgan"], published="2026-03-19"))
case("lookalike_closing_tribune_fr", "closingPublication (`— Tribune`: the op-ed label of French papers)",
     art("fr", title="Fermer le pont Anne-de-Bretagne aux voitures est une chance pour Nantes — Tribune", drop_by=False),
     notitle(exp("fr", source=None)))
case("lookalike_closing_diary_es", "closingPublication (`— Diario de una bibliotecaria`: a column's name with `diario`)",
     art("es", title="Cuando la biblioteca cierra a las diez — Diario de una bibliotecaria"),
     notitle(exp("es", source=None)))
case("lookalike_closing_interview_de", "closingPublication (`— Das Interview`: a column's label)",
     art("de", title="Warum Rostock eine Elektrofähre braucht — Das Interview"),
     notitle(exp("de", source=None)))
case("lookalike_closing_person_it", "closingPublication (`— Il Punto di Marco Gallo`: a column with the writer's name)",
     art("it", title="Il Risorgimento torna a Torino — Il Punto"),
     notitle(exp("it", source=None)))
case("target_closing_en", "closingPublication (`Headline — South Wales Echo` over the byline)",
     art("en", title=ARTS["en"][0] + " — South Wales Echo"),
     exp("en", source="South Wales Echo"))
case("target_closing_pt", "closingPublication (`Headline — Diário de Coimbra` over `Tiago Moura, 19 de março de 2026`)",
     ARTS["pt"][0] + " — Diário de Coimbra\nTiago Moura, 19 de março de 2026\n\n" + body("pt") + "\n",
     exp("pt", source="Diário de Coimbra"))
case("target_closing_agency_es", "closingPublication (`Headline — Europa Press` over the day)",
     ARTS["es"][0] + " — Europa Press\n19 de marzo de 2026\n\n" + body("es") + "\n",
     exp("es", authors=[], source="Europa Press"))

# ======================= BracketedTrailers =======================
case("lookalike_bracket_correction_en", "BracketedTrailers (`[Correction, 20/03/2026, p. 2]`: an editor's note)",
     art("en", under=["WalesOnline"], foot=["[Correction, 20/03/2026, p. 2]"]),
     exp("en", source="WalesOnline"))
case("lookalike_bracket_rectificatif_fr", "BracketedTrailers (`[Rectificatif, 19/03/2026, p. 2]`)",
     art("fr", under=["Ouest-France"], foot=["[Rectificatif, 19/03/2026, p. 2]"]),
     exp("fr", source="Ouest-France"))
case("lookalike_bracket_leserbrief_de", "BracketedTrailers (`[Leserbriefe, 20.03.2026, S. 14]`: the letters page answering it)",
     art("de", foot=["[Leserbriefe, 20.03.2026, S. 14]"]),
     exp("de", source=None))
case("lookalike_bracket_fonte_it", "BracketedTrailers (`[Fonte: Comune di Torino, 18/03/2026, p. 3]`: a data source)",
     art("it", under=["La Stampa"], foot=["[Fonte dati: Comune di Torino, 18/03/2026, p. 3]"]),
     exp("it", source="La Stampa"))
case("lookalike_bracket_update_es", "BracketedTrailers (`[Actualización, 19/03/2026, 18.40]`: an update stamp)",
     art("es", under=["Heraldo de Aragón"], foot=["[Actualización, 19/03/2026, 18.40]"]),
     exp("es", source="Heraldo de Aragón"))
case("target_bracket_de", "BracketedTrailers (`[Ostsee-Zeitung, 18.03.2026, S. 9]`)",
     art("de", drop_by=True, drop_day=True, foot=["[Ostsee-Zeitung, 18.03.2026, S. 9]"]),
     exp("de", authors=[], source="Ostsee-Zeitung"))
case("target_bracket_pt", "BracketedTrailers (`[Diário de Coimbra, 19/03/2026, pág. 4]`)",
     art("pt", drop_day=True, foot=["[Diário de Coimbra, 19/03/2026, pág. 4]"]),
     exp("pt", source="Diário de Coimbra"))
case("target_bracket_it", "BracketedTrailers (`[La Stampa, 18 marzo 2026, pag. 41]`)",
     art("it", drop_day=True, foot=["[La Stampa, 18 marzo 2026, pag. 41]"]),
     exp("it", source="La Stampa"))
case("target_bracket_en", "BracketedTrailers (`[Western Mail, 19 March 2026, p. 7]`)",
     art("en", drop_by=True, drop_day=True, foot=["[Western Mail, 19 March 2026, p. 7]"]),
     exp("en", authors=[], source="Western Mail"))

# ======================= LayoutReader.signatureUnderProse =======================
case("lookalike_sig_photo_agency_es", "signatureUnderProse (a photo credit `Javier Cebollada (EFE)` under its caption)",
     art("es", drop_by=True, foot=["Lectores en la biblioteca Cubit del Actur de Zaragoza, este jueves por la tarde.", "Javier Cebollada (EFE)"]),
     exp("es", authors=[]))
case("lookalike_sig_photo_lusa_pt", "signatureUnderProse (`Paulo Novais (Lusa)` photo credit at the foot)",
     art("pt", drop_by=True, foot=["O Parque Verde do Mondego, onde vai nascer a nova ponte pedonal, fotografado esta quinta-feira.", "Paulo Novais (Lusa)"]),
     exp("pt", authors=[]))
case("lookalike_sig_party_de", "signatureUnderProse (`Eva-Maria Kröger (Linke)`: the mayor and her party under a quote)",
     art("de", drop_by=True, foot=["„Die Fähre ist ein wichtiger Baustein für die Verkehrswende in unserer Stadt“, sagte die Oberbürgermeisterin.", "Eva-Maria Kröger (Linke)"]),
     exp("de", authors=[]))
case("lookalike_sig_caps_quoted_en", "signatureUnderProse (a quoted verse's poet in capitals closing a feature)",
     art("en", drop_by=True, foot=["The plaque unveiled above the east gate quotes a line the traders chose themselves: \"Under glass and iron, the whole town comes to buy.\"", "IDRIS DAVIES"]),
     exp("en", authors=[]))
case("lookalike_sig_caps_colleague_fr", "signatureUnderProse (a desk colleague's sign-off in capitals under his note and the clipping)",
     "Pour le dossier mobilité, article de ce matin.\n\n" + art("fr", drop_by=True, foot=["À classer avec les articles de 2024 sur la concertation, merci de me le confirmer.", "JULIEN ROCHE"]),
     dict(authors=[], published="2026-03-18"))
case("target_sig_caps_it", "signatureUnderProse (`MARCO GALLO` alone under the text)",
     art("it", drop_by=True, foot=["MARCO GALLO"]),
     exp("it"))
case("target_sig_town_fr", "signatureUnderProse (`Camille Lefort (à Nantes)`)",
     art("fr", drop_by=True, foot=["Camille Lefort (à Nantes)"]),
     exp("fr"))
case("target_sig_town_de", "signatureUnderProse (`Jonas Petersen (Rostock)`)",
     art("de", drop_by=True, foot=["Jonas Petersen (Rostock)"]),
     exp("de"))
case("target_sig_town_pt_em", "signatureUnderProse (`Tiago Moura (em Coimbra)`: `em`)",
     art("pt", drop_by=True, foot=["Tiago Moura (em Coimbra)"]),
     exp("pt"))
case("target_sig_caps_es", "signatureUnderProse (`LUCÍA GIL` with an accent)",
     art("es", drop_by=True, foot=["LUCÍA GIL"]),
     exp("es"))

# ======================= wrappedHeadline / narrowTitle =======================
case("lookalike_overline_wrap_deck_de", "wrappedHeadline (overline, a headline wrapped over two lines, then a deck without period, byline: the deck not joined)",
     "Verkehr\nRostock bekommt eine neue Fähre\nnach Warnemünde\n" + "Elektrisch, für 180 Fahrgäste und 40 Fahrräder\nVon Jonas Petersen\n18. März 2026\n\n" + body("de") + "\n",
     exp("de", title="Rostock bekommt eine neue Fähre nach Warnemünde"))
case("lookalike_overline_deck_en", "wrappedHeadline (overline over headline and a short deck line)",
     "Exclusive\nCardiff to reopen Victorian market roof\nTraders count the cost of two years of scaffolding\nBy Rhys Morgan\n19 March 2026\n\n" + body("en") + "\n",
     exp("en", title="Cardiff to reopen Victorian market roof"))
case("lookalike_masthead_deck_it", "wrappedHeadline (masthead in capitals, headline, deck)",
     "LA STAMPA\nTorino, riapre il Museo del Risorgimento\nQuattordici mesi di lavori e trenta sale accessibili\ndi Marco Gallo\n18 marzo 2026\n\n" + body("it") + "\n",
     exp("it", title="Torino, riapre il Museo del Risorgimento", source="LA STAMPA"))
case("target_overline_wrapped_fr", "wrappedHeadline (overline then a headline centred over two lines)",
     "Mobilité\n      À Nantes, le pont Anne-de-Bretagne\n        fermé aux voitures dès mai\nPar Camille Lefort\n18 mars 2026\n\n" + body("fr") + "\n",
     exp("fr"))
case("target_narrow_kicker_es", "narrowTitle (a kicker before the colon wrapped: `Bibliotecas: Zaragoza amplía …`)",
     "Bibliotecas: Zaragoza amplía el horario\nde las salas de estudio municipales\nPor Lucía Gil\n19 de marzo de 2026\n\n" + "\n".join(["Las veinticinco bibliotecas municipales de Zaragoza abrirán también los sábados por la tarde y", "hasta las diez de la noche en época de exámenes a partir del 1 de abril, según aprobó este jueves el", "Ayuntamiento."]) + "\n\n" + "\n\n".join(ARTS["es"][4][1:]) + "\n",
     exp("es", title="Bibliotecas: Zaragoza amplía el horario de las salas de estudio municipales"))
case("lookalike_narrow_label_en", "narrowTitle (a headline then `Chair: …` line: not joined)",
     "Cardiff Market roof repair: council briefing\nChair: Cllr Dan De'Ath\n19 March 2026\n\n" + body("en") + "\n",
     dict(title="Cardiff Market roof repair: council briefing", authors=[]))

# ======================= Masthead line only above the text =======================
case("lookalike_masthead_box_above_review_it", "masthead line (a reviewed comic's issue box above the review's headline)",
     "DYLAN DOG — N. 474 — marzo 2026 — Prezzo 4,90 euro\n\nIl ritorno dell'indagatore dell'incubo\ndi Marco Gallo\n\nL'albo di marzo riporta Dylan Dog a Londra con una storia scritta da Roberto Recchioni e disegnata con un tratto molto cupo, che divide i lettori storici.\n\nLa vicenda si regge su un colpo di scena finale ben costruito, anche se la parte centrale è lenta e piena di dialoghi superflui.\n",
     dict(title="Il ritorno dell'indagatore dell'incubo", authors=["Marco Gallo"], source=None))
case("target_masthead_line_en", "masthead line (a print page's masthead line above the headline)",
     "WESTERN MAIL — No. 48,112 — Thursday, March 19, 2026 — £1.80\n\n" + art("en", drop_day=True),
     exp("en", source="WESTERN MAIL"))

# ======================= IndexEntries =======================
case("lookalike_paren_theatre_en", "IndexEntries long-date parenthesis (`(The Sherman Theatre, March 19, 2026)`: a venue with `The`)",
     "Review: Under Milk Wood (The Sherman Theatre, March 19, 2026)\nBy Rhys Morgan\n\nThe Sherman's new staging of Dylan Thomas's play for voices opens with the whole cast seated among the audience, a bold choice that mostly works.\n\nThe second half drags, but the final chorus, sung unaccompanied, earned the long standing ovation it received on opening night.\n",
     dict(authors=["Rhys Morgan"], published=None, source=None))
case("target_paren_agency_en", "IndexEntries long-date parenthesis (`(Reuters, March 19, 2026)` closing the headline line)",
     ARTS["en"][0] + " (Reuters, March 19, 2026)\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], published="2026-03-19", source="Reuters"))
case("target_paren_paper_en", "IndexEntries long-date parenthesis (`(South Wales Echo, March 19, 2026)`)",
     ARTS["en"][0] + " (South Wales Echo, March 19, 2026)\n\n" + body("en") + "\n",
     dict(title=ARTS["en"][0], published="2026-03-19", source="South Wales Echo"))
case("lookalike_numbered_planning_es", "IndexEntries numberedItem (a planning list: town, day, event)",
     "Previsiones de la semana\n\n1. Zaragoza, 19/03/2026 — Pleno municipal sobre bibliotecas\n2. Huesca, 20/03/2026 — Presentación del festival de cine\n3. Teruel, 21/03/2026 — Visita de la consejera de Educación\n",
     dict(title="Previsiones de la semana", source=None))
case("target_numbered_de", "IndexEntries numberedItem (a review's item: publication, day, page, headline)",
     "1. Ostsee-Zeitung, 18.03.2026, S. 9 — " + ARTS["de"][0] + "\n\n" + body("de") + "\n",
     dict(title=ARTS["de"][0], published="2026-03-18", source="Ostsee-Zeitung"))

# ======================= DeskFetches =======================
case("target_curl_redirect_then_200_en", "DeskFetches httpResponse (`curl -iL`: a 301 then the 200 with the article's JSON)",
     "$ curl -iL https://api.walesonline.example/v2/articles/cardiff-market-roof\nHTTP/1.1 301 Moved Permanently\nLocation: https://api.walesonline.example/v2/articles/32881\nContent-Length: 0\n\nHTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\nDate: Fri, 20 Mar 2026 09:12:44 GMT\n\n"
     + json.dumps({"id": 32881, "headline": ARTS["en"][0], "byline": "Rhys Morgan", "published": "2026-03-19T07:00:00Z", "publication": "WalesOnline", "body": body("en")}, ensure_ascii=False, indent=2) + "\n",
     exp("en", source="WalesOnline"))
case("lookalike_http_410_fr", "DeskFetches httpResponse (`HTTP/2 410` with a headline and text of a withdrawn article)",
     "$ curl -si https://api.ouest-france.example/articles/8812\nHTTP/2 410\ncontent-type: application/json\n\n" + json.dumps({"title": "Article retiré", "message": "Cet article a été retiré à la demande de son auteur et n'est plus disponible sur notre site ni dans nos archives."}, ensure_ascii=False, indent=2) + "\n",
     NONE)
case("lookalike_svn_readme_de", "DeskFetches (svn cat of a README.txt of a clipping folder)",
     "$ svn cat https://svn.desk.example/archiv/2026/README.txt\nArchiv der Zeitungsausschnitte 2026\n\nIn diesem Ordner liegen die Ausschnitte des Jahres 2026, ein Unterordner je Monat. Dateien bitte nach dem Muster Datum-Zeitung-Stichwort benennen und nicht umbenennen, nachdem sie eingecheckt wurden.\n\nFragen an Jonas Petersen, Dokumentation.\n",
     NONE)

case("target_svn_log_cat_readme_de", "DeskFetches (svn log, then svn cat of the folder's README.txt: a project document, refused)",
     "$ svn log -l 1 https://svn.desk.example/archiv/2026\n------------------------------------------------------------------------\nr412 | jpetersen | 2026-03-18 10:02:11 +0100 (Mi, 18. Mär 2026) | 1 line\n\nREADME ergänzt\n------------------------------------------------------------------------\n"
     "$ svn cat https://svn.desk.example/archiv/2026/README.txt\nArchiv der Zeitungsausschnitte 2026\n\nIn diesem Ordner liegen die Ausschnitte des Jahres 2026, ein Unterordner je Monat. Dateien bitte nach dem Muster Datum-Zeitung-Stichwort benennen und nicht umbenennen, nachdem sie eingecheckt wurden.\n\nFragen an Jonas Petersen, Dokumentation.\n",
     NONE)

# ======================= TerminalSessions =======================
case("lookalike_dump_blocked_dated_en", "TerminalSessions (an access-denied page with a timestamp line over 15+ words)",
     "$ lynx -dump https://www.walesonline.example/news/cardiff-market-roof-32881\n   Access Denied\n\n   19/03/2026 10:41:07 UTC\n\n   You don't have permission to access this page on this server.\n\n   Please contact the site administrator if you think this is a mistake.\n\n   Reference #18.2f3e4a5c.1773916867.9a1b\n",
     NONE)
case("lookalike_dump_consent_dated_de", "TerminalSessions (a consent page's dated line then its sentences)",
     "$ w3m -dump https://www.ostsee-zeitung.example/rostock/faehre-warnemuende\nStand: 18.03.2026\n\nWir benötigen Ihre Zustimmung.\n\nWir und unsere Partner verwenden Cookies und ähnliche Technologien.\n\nBitte stimmen Sie zu, um fortzufahren.\n\n[Akzeptieren] [Einstellungen]\n",
     NONE)
case("target_dump_brief_pt", "TerminalSessions (a lynx dump of a short dated brief)",
     "$ lynx -dump https://www.diariodecoimbra.example/noticias/ponte-pedonal\n   Coimbra vai ter nova ponte pedonal sobre o Mondego\n\n   19/03/2026\n\n   A Câmara aprovou esta quinta-feira a nova ponte pedonal entre o Parque Verde e Santa Clara.\n\n   A obra custa 8,3 milhões de euros.\n",
     dict(title=ARTS["pt"][0], published="2026-03-19"))
case("target_dump_brief_es", "TerminalSessions (a w3m dump: headline, `Lucía Gil | 19/03/2026`, two sentences)",
     "$ w3m -dump https://www.heraldo.example/zaragoza/bibliotecas-horario\nZaragoza amplía el horario de las bibliotecas municipales\n\nLucía Gil | 19/03/2026\n\nLas bibliotecas abrirán los sábados por la tarde desde el 1 de abril.\n\nLa medida costará 900.000 euros al año.\n",
     dict(title=ARTS["es"][0], published="2026-03-19", authors=["Lucía Gil"]))

# ======================= DeskDumps =======================
def flatten(cmd, rows):
    w = max(len(k) for k, _ in rows) + 2
    return "$ " + cmd + "\n" + "\n".join(k.ljust(w) + v for k, v in rows) + "\n"
case("lookalike_xsv_events_en", "DeskDumps xsv flatten (a row of an events table: title and description, no article)",
     flatten("xsv slice -i 3 events.csv | xsv flatten", [("event_id", "118"), ("title", "Cardiff Market late-night opening"), ("venue", "Cardiff Market, St Mary Street"), ("date", "2026-06-12"),
        ("description", "Stalls stay open until 10pm with live music under the restored roof. Street food traders join the regular stallholders for the evening, and entry is free for everyone."), ("organiser", "Cardiff Council Events")]),
     NONE)
case("target_qsv_article_fr", "DeskDumps qsv flatten (an article row)",
     flatten("qsv search -s titre Anne-de-Bretagne coupures.csv | qsv flatten", [("titre", ARTS["fr"][0]), ("auteur", "Camille Lefort"), ("date_publication", "2026-03-18"), ("journal", "Ouest-France"), ("texte", " ".join(ARTS["fr"][4]))]),
     exp("fr", source="Ouest-France"))
case("lookalike_gron_package_en", "DeskDumps gron (a package.json: name, description, author)",
     "$ gron package.json\njson = {};\njson.author = \"Rhys Morgan\";\njson.description = \"Scrapes the council's market notices and posts a summary to the newsroom chat every morning at seven.\";\njson.license = \"MIT\";\njson.name = \"market-notices-bot\";\njson.version = \"1.4.2\";\n",
     NONE)
case("lookalike_gron_weather_de", "DeskDumps gron (a weather API answer with a title and a long text)",
     "$ curl -s https://api.wetter.example/v1/warnings/rostock | gron\njson = {};\njson.headline = \"Amtliche Warnung vor Sturmböen\";\njson.issued = \"2026-03-18T06:00:00+01:00\";\njson.description = \"Es treten Sturmböen mit Geschwindigkeiten zwischen 60 km/h und 75 km/h aus westlicher Richtung auf. In exponierten Lagen muss mit Sturmböen bis 85 km/h gerechnet werden.\";\njson.instruction = \"Achten Sie besonders auf herabstürzende Äste, Dachziegel oder Gegenstände.\";\njson.sender = \"Deutscher Wetterdienst\";\n",
     NONE)
case("target_gron_jsonld_es", "DeskDumps gron (a page's JSON-LD NewsArticle)",
     "$ gron articulo.json\njson = {};\njson[\"@context\"] = \"https://schema.org\";\njson[\"@type\"] = \"NewsArticle\";\njson.articleBody = " + json.dumps(" ".join(ARTS["es"][4]), ensure_ascii=False) + ";\njson.author = [];\njson.author[0] = {};\njson.author[0].name = \"Lucía Gil\";\njson.datePublished = \"2026-03-19T08:30:00+01:00\";\njson.headline = " + json.dumps(ARTS["es"][0], ensure_ascii=False) + ";\njson.publisher = {};\njson.publisher.name = \"Heraldo de Aragón\";\n",
     exp("es", source="Heraldo de Aragón"))
case("lookalike_recsel_contacts_it", "DeskDumps recsel (a contacts record with a long note)",
     "$ recsel -e \"Nome ~ 'Gallo'\" contatti.rec\nNome: Marco Gallo\nTitolo: Caposervizio cronaca\nTelefono: +39 011 555 0199\nNote: Preferisce essere contattato per email, non risponde al telefono durante la riunione di redazione delle undici. In ferie dal 3 al 17 agosto.\n",
     NONE)
case("target_recsel_article_pt", "DeskDumps recsel (an article record, two writers repeated)",
     "$ recsel -t Recorte -e \"Titulo ~ 'Mondego'\" recortes.rec\nTitulo: " + ARTS["pt"][0] + "\nAutor: Tiago Moura\nAutor: Rita Sousa\nData: 2026-03-19\nJornal: Diário de Coimbra\nTexto: " + ARTS["pt"][4][0] + "\n+ \n+ " + ARTS["pt"][4][1] + "\n+ \n+ " + ARTS["pt"][4][2] + "\n",
     exp("pt", authors=["Tiago Moura", "Rita Sousa"], source="Diário de Coimbra"))
def cql(cmd, rows):
    w = max(len(k) for k, _ in rows) + 1
    return "cqlsh:desk> " + cmd + "\n" if False else ("$ cqlsh -e \"EXPAND ON; " + cmd + "\"\n\n@ Row 1\n" + "-" * (w + 1) + "+" + "-" * 60 + "\n" + "\n".join(" " + k.ljust(w) + "| " + v for k, v in rows) + "\n\n(1 rows)\n")
case("lookalike_cqlsh_comment_de", "DeskDumps cqlsh (a reader comment row)",
     cql("SELECT * FROM desk.comments WHERE id = 7731;", [("id", "7731"), ("article_id", "5521"), ("user_name", "Möwe_HRO"), ("title", "Endlich!"), ("body", "Ich pendle seit zehn Jahren mit der S-Bahn nach Warnemünde und habe mir eine Fähre immer gewünscht. Hoffentlich fährt sie auch im Winter regelmäßig."), ("created", "2026-03-18 19:22:10.000000+0000")]),
     NONE)
case("target_cqlsh_article_de", "DeskDumps cqlsh (an article row, writers as a list)",
     cql("SELECT * FROM desk.clippings WHERE id = 5521;", [("id", "5521"), ("authors", "['Jonas Petersen']"), ("body", " ".join(ARTS["de"][4])), ("headline", ARTS["de"][0]), ("outlet", "Ostsee-Zeitung"), ("pub_date", "2026-03-18")]),
     exp("de", source="Ostsee-Zeitung"))
def line_mode(cmd, rows):
    w = max(len(k) for k, _ in rows)
    return "$ " + cmd + "\n" + "\n".join(k.rjust(w) + " = " + v for k, v in rows) + "\n"
case("lookalike_duckdb_book_it", "DeskDumps duckdb -line (a library catalogue's book: title, author, summary)",
     line_mode("duckdb -line biblioteca.db \"SELECT * FROM libri WHERE id = 412\"", [("id", "412"), ("titolo", "Il Risorgimento a Torino. Guida al museo"), ("autore", "Marco Gallo"), ("editore", "Einaudi"), ("anno", "2019"),
        ("sinossi", "Una guida alle trenta sale del Museo nazionale del Risorgimento, con le schede degli oggetti più importanti e una storia del palazzo Carignano e del primo Parlamento italiano.")]),
     NONE)
case("target_sqlite_article_it", "DeskDumps sqlite3 -line (an article row)",
     line_mode("sqlite3 -line ritagli.db \"SELECT * FROM ritagli WHERE id = 88\"", [("id", "88"), ("titolo", ARTS["it"][0]), ("autore", "Marco Gallo"), ("testata", "La Stampa"), ("data", "2026-03-18"), ("testo", " ".join(ARTS["it"][4]))]),
     exp("it", source="La Stampa"))
case("lookalike_wp_page_fr", "DeskDumps wp post get (a page: the blog's `À propos`)",
     "$ wp post get 2 --format=yaml\nID: 2\npost_author: \"1\"\npost_date: \"2025-09-01 10:00:00\"\npost_title: À propos\npost_type: page\npost_status: publish\npost_content: |\n  <!-- wp:paragraph -->\n  <p>Ce blog rassemble les articles de presse sur les mobilités à Nantes et dans la métropole, classés par thème et par date, pour les adhérents de l'association Place au vélo.</p>\n  <!-- /wp:paragraph -->\n",
     NONE)
case("lookalike_wp_menu_item_en", "DeskDumps wp post get (a nav_menu_item: no content)",
     "$ wp post get 57 --format=yaml\nID: 57\npost_title: Cardiff Market roof\npost_type: nav_menu_item\npost_status: publish\npost_content: \"\"\npost_date: \"2026-03-19 12:00:00\"\n",
     NONE)
case("target_wp_post_pt", "DeskDumps wp post get (a republished article, publication in bold)",
     "$ wp post get 311 --field=post_title\n" + ARTS["pt"][0] + "\n$ wp post get 311 --field=post_content\n<!-- wp:paragraph -->\n<p><strong>Diário de Coimbra</strong>, 19 de março de 2026 — Por Tiago Moura</p>\n<!-- /wp:paragraph -->\n\n" + "\n\n".join("<!-- wp:paragraph -->\n<p>" + p + "</p>\n<!-- /wp:paragraph -->" for p in ARTS["pt"][4]) + "\n",
     exp("pt", source="Diário de Coimbra"))
case("lookalike_restic_minutes_en", "DeskDumps restic dump (the desk's meeting minutes, no article)",
     "$ restic -r /srv/backup dump latest /home/desk/notes/minutes-2026-03-19.txt\nNews meeting, 19 March 2026\n\nPresent: Rhys, Sian, Gareth, Nia\n\nCardiff Market roof: Rhys to write the reopening story for Friday, with photos from the council. Sian to check the cost figures with the heritage fund.\n\nNext meeting Monday at ten.\n",
     NONE)
case("target_restic_clipping_es", "DeskDumps restic (snapshots, then dump of a clipping)",
     "$ restic -r /srv/backup snapshots --path /home/archivo\nID        Time                 Host     Tags  Paths\n-----------------------------------------------------------\n4f1c2a9b  2026-03-20 02:00:11  archivo        /home/archivo\n-----------------------------------------------------------\n1 snapshots\n$ restic -r /srv/backup dump 4f1c2a9b /home/archivo/2026/03/bibliotecas.txt\n"
     + ARTS["es"][0] + "\nHeraldo de Aragón, 19 de marzo de 2026\nPor Lucía Gil\n\n" + body("es") + "\n",
     exp("es", source="Heraldo de Aragón"))
case("lookalike_discourse_link_only_en", "DeskDumps Discourse (a post that only links the article: onebox, no quote)",
     "$ curl -s https://forum.cardiffcivic.example/posts/4412.json\n" + json.dumps({"id": 4412, "name": "Gareth", "username": "gareth_c", "created_at": "2026-03-19T10:02:00Z", "post_number": 1, "topic_id": 902,
        "cooked": "<p>Good news for the traders at last:</p>\n<aside class=\"onebox\"><header><a href=\"https://www.walesonline.example/news/cardiff-market-roof-32881\">walesonline.example</a></header><article><h3>Cardiff to reopen Victorian market roof after two-year repair</h3><p>Cardiff Market's glass roof will be uncovered again in June…</p></article></aside>",
        "raw": "Good news for the traders at last:\n\nhttps://www.walesonline.example/news/cardiff-market-roof-32881"}, indent=2) + "\n",
     NONE)
case("lookalike_discourse_user_quote_pt", "DeskDumps Discourse (a reply quoting another member's post, no article)",
     "$ curl -s https://forum.coimbra.example/posts/733.json\n" + json.dumps({"id": 733, "name": "Rita", "username": "rita_s", "created_at": "2026-03-19T15:40:00Z", "post_number": 4, "topic_id": 120,
        "cooked": "<aside class=\"quote\"><blockquote><p>Finalmente uma ponte para quem vai a pé</p><p>Eu atravesso todos os dias a ponte de Santa Clara com os miúdos e é perigosíssimo, os carros passam muito depressa e o passeio é estreito.</p></blockquote></aside><p>Concordo totalmente, já não era sem tempo.</p>",
        "raw": "[quote=\"joao_m, post:2, topic:120\"]\nFinalmente uma ponte para quem vai a pé\n\nEu atravesso todos os dias a ponte de Santa Clara com os miúdos e é perigosíssimo, os carros passam muito depressa e o passeio é estreito.\n[/quote]\n\nConcordo totalmente, já não era sem tempo."}, ensure_ascii=False, indent=2) + "\n",
     NONE)
case("target_discourse_quote_fr", "DeskDumps Discourse (a post quoting the article in Markdown: headline in bold, byline, paper's line)",
     "$ curl -s https://forum.placeauvelo.example/posts/2210.json\n" + json.dumps({"id": 2210, "name": "Julien", "username": "julien_r", "created_at": "2026-03-18T11:00:00Z", "post_number": 1, "topic_id": 455,
        "cooked": "<blockquote><p><strong>" + ARTS["fr"][0] + "</strong></p></blockquote>",
        "raw": "L'article de ce matin :\n\n> **" + ARTS["fr"][0] + "**  \n> Par Camille Lefort  \n> Ouest-France, 18 mars 2026\n>\n" + "\n>\n".join("> " + p for p in ARTS["fr"][4]) + "\n\nQu'en pensez-vous ?"}, ensure_ascii=False, indent=2) + "\n",
     exp("fr", source="Ouest-France"))
