# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD, or the timestamp as the parser prints a JSON
# record's timestamp, or None), source (str or None).
# Second review of stop 51's reader changes (54a06b8..4cfce39), written to differ from review_s51: look-alikes first
# (ordinary clippings, or files that are no clipping, carrying what a new rule keys on where it must not fire or must
# read differently), then the rules' own shapes written fresh ("target_"). Written by the reviewer; nothing taken from
# .eval, the clipping_layouts batches or review_s51.
import base64, json

def j(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def crlf(text):
    return text.replace("\n", "\r\n")

def psql(table, rows, prompt="newsdesk=> "):
    """psql's expanded display of one record: `-[ RECORD 1 ]+----`, `name | value`, multi-line values with `+`."""
    width = max(len(k) for k, _ in rows)
    head = "-[ RECORD 1 ]"
    width = max(width, len(head) - 1)
    out = [prompt + "\\x", "Expanded display is on.", prompt + f"SELECT * FROM {table} WHERE id = 412;",
           head.ljust(width + 1, "-") + "+" + "-" * 50]
    for k, v in rows:
        parts = v.split("\n")
        for i, p in enumerate(parts):
            name = k if i == 0 else ""
            cont = "+" if i < len(parts) - 1 else ""
            out.append(name.ljust(width) + " | " + (p + cont if not cont else p.ljust(40) + cont))
    out += ["", prompt]
    return "\n".join(out) + "\n"

def firestore(path, fields):
    def typed(v):
        if isinstance(v, bool): return {"booleanValue": v}
        if isinstance(v, int): return {"integerValue": str(v)}
        if isinstance(v, list): return {"arrayValue": {"values": [typed(x) for x in v]}}
        if isinstance(v, dict): return {"mapValue": {"fields": {k: typed(x) for k, x in v.items()}}}
        if v is None: return {"nullValue": None}
        if isinstance(v, str) and v.startswith("ts:"): return {"timestampValue": v[3:]}
        return {"stringValue": v}
    return {"name": "projects/deskapp-7f2/databases/(default)/documents/" + path,
            "fields": {k: typed(v) for k, v in fields.items()},
            "createTime": "2026-03-10T08:00:00.123456Z", "updateTime": "2026-03-10T08:05:00.654321Z"}

def har(answer, url, base64_text=False):
    text = json.dumps(answer, ensure_ascii=False)
    content = {"size": len(text), "mimeType": "application/json; charset=utf-8", "text": text}
    if base64_text:
        content = {"size": len(text), "mimeType": "application/json", "encoding": "base64",
                   "text": base64.b64encode(text.encode()).decode()}
    return {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "pages": [],
        "entries": [{"startedDateTime": "2026-03-10T09:12:44.120+01:00", "time": 88,
            "request": {"method": "GET", "url": url, "httpVersion": "HTTP/2", "headers": [], "queryString": [], "cookies": []},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                         "content": content, "redirectURL": ""},
            "cache": {}, "timings": {"send": 0, "wait": 80, "receive": 8}}]}}

def ses(raw_mail, kind="Received"):
    message = {"notificationType": kind,
               "mail": {"timestamp": "2026-03-10T07:55:01.000Z", "source": "sender@example.org", "messageId": "0100018e-aaaa",
                        "destination": ["clips@desk.example.org"],
                        "commonHeaders": {"from": ["sender@example.org"], "date": "Tue, 10 Mar 2026 08:54:59 +0100", "subject": "clip"}},
               "receipt": {"timestamp": "2026-03-10T07:55:01.000Z", "spamVerdict": {"status": "PASS"}, "virusVerdict": {"status": "PASS"},
                           "action": {"type": "SNS", "topicArn": "arn:aws:sns:eu-west-1:123456789012:desk-inbound", "encoding": "UTF8"}}}
    if raw_mail is not None: message["content"] = raw_mail
    return {"Type": "Notification", "MessageId": "5f1c-0a2b", "TopicArn": "arn:aws:sns:eu-west-1:123456789012:desk-inbound",
            "Subject": "Amazon SES Email Receipt Notification", "Message": json.dumps(message, ensure_ascii=False),
            "Timestamp": "2026-03-10T07:55:02.001Z", "SignatureVersion": "1"}


def har_entries(entries):
    """A HAR capture of several answers: (url, mime, answer) each, the answer a JSON value or a text."""
    out = []
    for url, mime, answer in entries:
        text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        out.append({"startedDateTime": "2026-03-10T09:12:44.120+01:00", "time": 40,
            "request": {"method": "GET", "url": url, "httpVersion": "HTTP/2", "headers": [], "queryString": [], "cookies": []},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                         "content": {"size": len(text), "mimeType": mime, "text": text}, "redirectURL": ""},
            "cache": {}, "timings": {"send": 0, "wait": 30, "receive": 10}})
    return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": out}}

def prismic(doc_type, data, uid="doc"):
    return {"id": "Zx" + uid[:4], "uid": uid, "type": doc_type, "href": "https://desk.cdn.prismic.io/api/v2/documents/search",
            "tags": [], "lang": "en-gb", "first_publication_date": "2026-02-01T10:00:00+0000",
            "last_publication_date": "2026-03-02T10:00:00+0000", "alternate_languages": [], "data": data}

def rich(*paragraphs, kind="paragraph"):
    return [{"type": kind, "text": p, "spans": []} for p in paragraphs]

CASES = [
# ======== look-alikes ========
# ---- DisclosureNotes: a labelled note whose subject is a reporter, an advertiser or a company, not this paper ----
("disclosure_advertiser_site_en", "DisclosureNotes (`Disclosure: Amazon, like …, advertises on this site`)", t(
    "Amazon cuts delivery fees for rural customers", "By Harriet Cole", "March 3, 2026",
    "Shoppers in postcodes outside the main cities will pay no more than £1.99 a delivery from April.",
    "Rivals are expected to follow.",
    "Disclosure: Amazon, like several other retailers mentioned here, advertises on this site."),
 dict(title="Amazon cuts delivery fees for rural customers", authors=["Harriet Cole"], published="2026-03-03", source=None)),
("disclosure_reporter_part_en", "DisclosureNotes (`The reporter is part of …`: the writer as subject, not in the writers list)", t(
    "Allotment waiting lists hit record", "By Ellie Green", "March 6, 2026",
    "More than 170,000 people are waiting for a plot, some councils quoting waits of fifteen years.",
    "Disclosure: The reporter is part of a community garden scheme in Leeds."),
 dict(title="Allotment waiting lists hit record", authors=["Ellie Green"], published="2026-03-06", source=None)),
("disclosure_our_author_de", "DisclosureNotes (`Unser Autor gehört zum Beirat …`)", t(
    "Stiftung warnt vor Ärztemangel auf dem Land", "Von Felix Krämer", "4. März 2026",
    "Bis 2035 fehlen nach einer neuen Studie 11.000 Hausärzte, vor allem in Ostdeutschland.",
    "Transparenzhinweis: Unser Autor gehört zum Beirat der Stiftung."),
 dict(title="Stiftung warnt vor Ärztemangel auf dem Land", authors=["Felix Krämer"], published="2026-03-04", source=None)),
("disclosure_company_wie_de", "DisclosureNotes (`Die Lufthansa gehört wie … zu …`: a company among clients)", t(
    "Lufthansa streicht Inlandsflüge", "Von Max Berger", "5. März 2026",
    "Ab dem Sommer fallen die Verbindungen zwischen Köln und Berlin weg.",
    "Transparenzhinweis: Die Lufthansa gehört wie die Deutsche Bahn zu den Kunden unserer Vermarktungstochter."),
 dict(title="Lufthansa streicht Inlandsflüge", authors=["Max Berger"], published="2026-03-05", source=None)),
("disclosure_operator_fr", "DisclosureNotes (`Free, comme …, appartient à la fédération`)", t(
    "La 5G arrive dans les zones blanches", "Par Julien Marchal", "3 mars 2026",
    "Les quatre opérateurs se sont engagés à couvrir 2 000 communes supplémentaires d'ici 2027.",
    "Transparence : Free, comme les trois autres opérateurs, appartient à la Fédération française des télécoms, partenaire de notre supplément numérique."),
 dict(title="La 5G arrive dans les zones blanches", authors=["Julien Marchal"], published="2026-03-03", source=None)),
("disclosure_company_es", "DisclosureNotes (`Telefónica, como otras empresas del Ibex, pertenece …`)", t(
    "El foro de Davos vuelve a Madrid", "Por Lucía Ortega", "4 de marzo de 2026",
    "Doscientos directivos se reúnen esta semana en el Palacio de Cibeles.",
    "Nota de transparencia: Telefónica, como otras empresas del Ibex, pertenece a la asociación que organiza el foro."),
 dict(title="El foro de Davos vuelve a Madrid", authors=["Lucía Ortega"], published="2026-03-04", source=None)),
("disclosure_periodista_es", "DisclosureNotes (`El periodista, como el resto …, viajó`: the writer, a word not in the list)", t(
    "Un tren nocturno une Madrid y Lisboa", "Por Manuel Ruiz", "6 de marzo de 2026",
    "El servicio tarda nueve horas y cuesta desde 59 euros en litera.",
    "Nota de transparencia: El periodista, como el resto de invitados, viajó a cargo de Renfe."),
 dict(title="Un tren nocturno une Madrid y Lisboa", authors=["Manuel Ruiz"], published="2026-03-06", source=None)),
("disclosure_sponsor_it", "DisclosureNotes (`Unicredit, come molte banche, fa parte degli sponsor`)", t(
    "Il festival dell'economia chiude con 40mila presenze", "Di Anna Bruni", "5 marzo 2026",
    "Trento ha ospitato 300 incontri in quattro giorni.",
    "Trasparenza: Unicredit, come molte banche, fa parte degli sponsor del festival."),
 dict(title="Il festival dell'economia chiude con 40mila presenze", authors=["Anna Bruni"], published="2026-03-05", source=None)),
("disclosure_jornalista_pt", "DisclosureNotes (`O jornalista, tal como …`)", t(
    "TAP inaugura rota para Boston", "Por Rui Almeida", "4 de março de 2026",
    "O voo diário começa em junho e usa o novo Airbus A321.",
    "Nota de transparência: O jornalista, tal como os restantes convidados, viajou a convite da TAP."),
 dict(title="TAP inaugura rota para Boston", authors=["Rui Almeida"], published="2026-03-04", source=None)),
# ---- RuledNotes: a caps headline with a `Selected by`/`Selezionato da` credit that is the piece's own head ----
("recommend_guide_own_head_en", "RuledNotes (a buying guide: caps headline, `Selected by` credit, rule, its first pick over a price)", t(
    "THE BEST RAIN JACKETS FOR WALKERS", "Selected by Tom Hale, March 2, 2026", "———",
    "Our pick", "Patagonia Torrentshell 3L, £150",
    "It kept us dry through six hours on Dartmoor and packs into its own pocket.",
    "Budget pick: the Regatta Pack-It at £25 is surprisingly good."),
 dict(title="THE BEST RAIN JACKETS FOR WALKERS", authors=["Tom Hale"], published="2026-03-02")),
("recommend_panettone_it", "RuledNotes (a tasting piece: caps headline, `Selezionato da`, rule, its first entry over a price)", t(
    "I MIGLIORI PANETTONI ARTIGIANALI", "Selezionato da Chiara Galli, 3 marzo 2026", "---",
    "Il vincitore", "Pasticceria Marchesi, 45 euro",
    "Lievitazione di 72 ore, canditi d'arancia di Sicilia, una cupola perfetta.",
    "Secondo posto per un laboratorio di Bergamo."),
 dict(title="I MIGLIORI PANETTONI ARTIGIANALI", authors=["Chiara Galli"], published="2026-03-03")),
# ---- Bylines.interviewers: a closing sentence of prose between two named people ----
("talked_with_prose_en", "Bylines.interviewers (`X talked with Y.` closing a news report)", t(
    "EU leaders agree on gas price cap", "By Anna Price", "March 5, 2026",
    "The cap will apply from July and can be suspended if supplies run short.",
    "Poland and Hungary abstained.",
    "Emmanuel Macron talked with Olaf Scholz."),
 dict(title="EU leaders agree on gas price cap", authors=["Anna Price"], published="2026-03-05")),
("answered_questions_tv_en", "Bylines.interviewers (`X answered questions from Y.` reporting a TV interview)", t(
    "Chancellor rules out fuel duty rise", "By Mark Ellis", "March 1, 2026",
    "Rachel Reeves said the freeze would stay in place until the autumn budget at least.",
    "She was speaking on the BBC's Sunday programme.",
    "Rachel Reeves answered questions from Laura Kuenssberg."),
 dict(title="Chancellor rules out fuel duty rise", authors=["Mark Ellis"], published="2026-03-01")),
("mit_dem_kanzler_sprach_de", "Bylines.interviewers (`Mit dem Kanzler sprach X.` reporting a phone call)", t(
    "Macron und Merz beraten über Ukraine", "Von Katrin Schulte", "6. März 2026",
    "Die beiden Regierungschefs telefonierten am Donnerstagabend fast eine Stunde.",
    "Themen waren die Luftverteidigung und eingefrorene russische Gelder.",
    "Mit dem Kanzler sprach Emmanuel Macron."),
 dict(title="Macron und Merz beraten über Ukraine", authors=["Katrin Schulte"], published="2026-03-06")),
("mit_sprach_photo_credit_de", "Bylines.interviewers (the closing credit followed by the photographer's credit)", t(
    "„Ich habe nie an Aufhören gedacht“", "7. März 2026",
    "Frau Keller, Sie laufen mit 71 noch Marathon. Warum?",
    "Weil es mir den Kopf freimacht. Und weil ich neugierig bin, wie lange es geht.",
    "Mit Hanna Keller sprach Jonas Weber, Fotos: Lena Vogt."),
 dict(title="„Ich habe nie an Aufhören gedacht“", authors=["Jonas Weber"], published="2026-03-07")),
("preguntas_parliament_es", "Bylines.interviewers (a control session: `X respondió a las preguntas de Y.`)", t(
    "Sánchez defiende la reforma fiscal en el Congreso", "Por Elena Marín", "4 de marzo de 2026",
    "El presidente aseguró que la subida afectará solo a las rentas de más de 300.000 euros.",
    "La oposición pidió su retirada.",
    "Pedro Sánchez respondió a las preguntas de Alberto Núñez Feijóo."),
 dict(title="Sánchez defiende la reforma fiscal en el Congreso", authors=["Elena Marín"], published="2026-03-04")),
("domande_question_time_it", "Bylines.interviewers (question time: `X ha risposto alle domande di Y.`)", t(
    "Premierato, la riforma torna in aula", "Di Marco Ricci", "5 marzo 2026",
    "La presidente del Consiglio ha difeso l'elezione diretta davanti alla Camera.",
    "Le opposizioni hanno lasciato l'aula.",
    "Giorgia Meloni ha risposto alle domande di Elly Schlein."),
 dict(title="Premierato, la riforma torna in aula", authors=["Marco Ricci"], published="2026-03-05")),
("perguntas_debate_pt", "Bylines.interviewers (a parliamentary debate: `O primeiro-ministro respondeu às perguntas de Y.`)", t(
    "Governo promete baixar IRS em 2027", "Por Joana Reis", "6 de março de 2026",
    "O primeiro-ministro anunciou a descida de dois escalões no próximo orçamento.",
    "A oposição falou em eleitoralismo.",
    "O primeiro-ministro respondeu às perguntas de Pedro Nuno Santos."),
 dict(title="Governo promete baixar IRS em 2027", authors=["Joana Reis"], published="2026-03-06")),
("questions_conference_fr", "Bylines.interviewers (a press conference: `X a répondu aux questions de Y.`, Y a journalist of another title)", t(
    "Le préfet interdit la manifestation de samedi", "Par Karim Benali", "5 mars 2026",
    "La préfecture invoque des risques de troubles à l'ordre public.",
    "Les organisateurs saisissent le tribunal administratif.",
    "Le préfet Pierre Durand a répondu aux questions de Sophie Lenoir."),
 dict(title="Le préfet interdit la manifestation de samedi", authors=["Karim Benali"], published="2026-03-05")),
# ---- SpokenDates / editionReference: days in words that are no edition of this article ----
("spoken_years_history_en", "SpokenDates (spoken days in a history piece's prose, not an edition line)", t(
    "The night the Herald of Free Enterprise capsized", "By Tom Hale", "March 6, 2026",
    "On the sixth of March nineteen eighty-seven the ferry left Zeebrugge with her bow doors open.",
    "The Times, edition of Saturday the seventh of March nineteen eighty-seven, led on the rescue.",
    "Within ninety seconds she was on her side."),
 dict(title="The night the Herald of Free Enterprise capsized", authors=["Tom Hale"], published="2026-03-06", source=None)),
("spoken_broadcast_undated_de", "SpokenDates/editionReference (an undated piece quoting a broadcast's day in words)", t(
    "Als das Fernsehen die Mauer öffnete", "Von Anke Vogt",
    "Die Szene ist berühmt: Günter Schabowski liest einen Zettel vor und stockt.",
    "ARD, Sendung vom Donnerstag, dem neunten November neunzehnhundertneunundachtzig",
    "Erst die Tagesthemen machten daraus die Nachricht von der offenen Grenze."),
 dict(title="Als das Fernsehen die Mauer öffnete", authors=["Anke Vogt"], published=None, source=None)),
("spoken_archive_undated_es", "SpokenDates/editionReference (an archive caption in words, undated piece)", t(
    "Cuando el Congreso fue asaltado", "Por Manuel Ruiz",
    "La portada del día siguiente se agotó en dos horas.",
    "El País, edición del martes, veinticuatro de febrero de mil novecientos ochenta y uno",
    "Hoy la hemeroteca la guarda enmarcada en la entrada."),
 dict(title="Cuando el Congreso fue asaltado", authors=["Manuel Ruiz"], published=None, source=None)),
("spoken_edition_other_day_fr", "SpokenDates under a stated day (a 1998 edition in words cited in a piece of 2026)", t(
    "Il y a vingt-huit ans, les Bleus", "Par Paul Martin", "5 mars 2026",
    "L'Équipe, édition du lundi treize juillet mille neuf cent quatre-vingt-dix-huit",
    "Ce matin-là, le journal avait tiré à 1,6 million d'exemplaires, un record jamais battu.",
    "Les exemplaires se revendent aujourd'hui 40 euros."),
 dict(title="Il y a vingt-huit ans, les Bleus", authors=["Paul Martin"], published="2026-03-05", source=None)),
# ---- ownIssueDays: another magazine's issue or another paper's edition within the window ----
("issue_rival_five_days_de", "ownIssueDays (a rival weekly's issue five days before, in a media column: inside −7)", t(
    "Die Woche der Titelbilder", "Von Felix Krämer", "7. März 2026",
    "Am meisten diskutiert wurde in dieser Woche ein Cover der Konkurrenz.",
    "Aus: Focus Nr. 10/2026 vom 2. März 2026",
    "Es zeigt den Kanzler als Dirigenten eines Orchesters ohne Musiker."),
 dict(title="Die Woche der Titelbilder", authors=["Felix Krämer"], published="2026-03-07", source=None)),
("issue_rival_week_later_it", "ownIssueDays (another weekly's coming issue announced in a daily: inside +45)", t(
    "Il ritorno di Montalbano in edicola", "Di Luca Esposito", "4 marzo 2026",
    "Un racconto inedito di Camilleri sarà pubblicato la prossima settimana.",
    "Da L'Espresso n. 11 dell'11 marzo 2026",
    "La famiglia dello scrittore ha autorizzato la pubblicazione."),
 dict(title="Il ritorno di Montalbano in edicola", authors=["Luca Esposito"], published="2026-03-04", source=None)),
("edition_portadas_es", "ownIssueDays (a press review: a rival's edition the same day, 0…1)", t(
    "Las portadas de este viernes", "Por Lucía Ortega", "6 de marzo de 2026",
    "La reforma fiscal domina las primeras páginas de los diarios nacionales.",
    "El Mundo, edición del 6 de marzo de 2026",
    "El diario abre con la rebaja del IVA de la luz."),
 dict(title="Las portadas de este viernes", authors=["Lucía Ortega"], published="2026-03-06", source=None)),
("edition_tv_same_day_de", "ownIssueDays (a TV programme's broadcast the same day, 0…1)", t(
    "Tagesschau zeigt falsche Karte", "Von Jonas Weber", "5. März 2026",
    "In der Hauptausgabe war Sachsen kurz als Teil Polens eingezeichnet.",
    "Tagesschau, Sendung vom 5. März 2026",
    "Der NDR entschuldigte sich noch am Abend."),
 dict(title="Tagesschau zeigt falsche Karte", authors=["Jonas Weber"], published="2026-03-05", source=None)),
("edition_capas_next_day_pt", "ownIssueDays (a rival's next-day edition in a media column, 0…1)", t(
    "A capa que deu que falar", "Por Rui Almeida", "5 de março de 2026",
    "O Correio da Manhã antecipou a demissão do ministro.",
    "Correio da Manhã, edição de 6 de março de 2026",
    "O gabinete desmentiu a notícia ao fim da tarde."),
 dict(title="A capa que deu que falar", authors=["Rui Almeida"], published="2026-03-05", source=None)),
# ---- ExportLines.isBureau: an organisation named with Office/Bureau that is the publisher ----
("bureau_met_office_en", "ExportLines.isBureau (`Met Office` as a press release's sender: a publisher, no newsroom's office)", t(
    "From: Met Office <pressoffice@metoffice.example>\nTo: newsdesk@example.org\nSubject: Amber warning for snow\nDate: Thu, 5 Mar 2026 10:00:00 +0000",
    "Amber warning for snow in northern Scotland",
    "Up to 30 cm of snow is expected above 300 metres from Friday evening.",
    "Travel disruption is likely."),
 dict(title="Amber warning for snow in northern Scotland", source="Met Office")),
("bureau_veritas_sheet_fr", "ExportLines.isBureau (`De : Bureau Veritas` on a copy sheet, a company)", t(
    "FEUILLE DE COPIE\nDe : Bureau Veritas\nPour : Les Echos\nTitre : Bureau Veritas relève ses objectifs",
    "Le groupe de certification vise une croissance organique de 7 % en 2026.",
    "L'action a gagné 4 % à l'ouverture."),
 dict(title="Bureau Veritas relève ses objectifs", source="Les Echos")),
# ---- a news post's `Lines:` label, and `Lines:` at a poem's head ----
("lines_poem_title_en", "ClippingLabels `lines` (a poetry column whose title opens with `Lines:`)", t(
    "Lines: on the closing of the pit", "By Ellie Green", "March 4, 2026",
    "They took the winding wheel down in the rain,\nand nobody came out to watch it go.",
    "The village hall kept one spoke of it, painted black."),
 dict(title="Lines: on the closing of the pit", authors=["Ellie Green"], published="2026-03-04")),
# ---- Bylines.invertedName: a surname whose first word is a given name ----
("inverted_vicente_es", "Bylines.invertedName (`Vicente Ferrer, Ana`: a surname that starts with a given name)", """---
title: "Valencia amplía el carril bici"
author: "Vicente Ferrer, Ana"
date: 2026-03-05
---

# Valencia amplía el carril bici

El Ayuntamiento añadirá 40 kilómetros de carril segregado en dos años.

Los comerciantes temen perder aparcamiento.
""", dict(title="Valencia amplía el carril bici", authors=["Ana Vicente Ferrer"], published="2026-03-05")),
("inverted_rosa_pt", "Bylines.invertedName (`Rosa Mendes, Pedro`: Rosa a surname here)", """---
title: "Porto recupera o Bolhão"
author: "Rosa Mendes, Pedro"
date: 2026-03-04
---

# Porto recupera o Bolhão

O mercado reabriu com 79 bancas e um restaurante no primeiro piso.

As rendas subiram para os comerciantes antigos.
""", dict(title="Porto recupera o Bolhão", authors=["Pedro Rosa Mendes"], published="2026-03-04")),
# ---- GalleryCaptions / RelatedLists: a caption that is a place and day, a list of credited items ----
("gallery_place_day_it", "GalleryCaptions (a caption opening with `Bologna, 2 marzo 2026` under the count; the article's day at its foot)", t(
    "Alluvione, i volontari tornano a Bologna", "Foto 1 di 12", "Bologna, 2 marzo 2026",
    "I volontari spalano il fango in via Saragozza. (Foto Ansa)",
    "Sono più di tremila i ragazzi arrivati da tutta Italia per aiutare i residenti dei quartieri allagati.",
    "Il Comune ha aperto tre centri di raccolta.",
    "Pubblicato il 5 marzo 2026"),
 dict(title="Alluvione, i volontari tornano a Bologna", published="2026-03-05")),
("gallery_caption_by_en", "GalleryCaptions (a caption `By the harbour wall, Whitby` under the count)", t(
    "Storm Ciara batters the Yorkshire coast", "Image 1 of 9", "By the harbour wall, Whitby.",
    "Waves topped the sea defences at high tide on Sunday morning.",
    "By Mark Ellis", "March 2, 2026",
    "The storm brought gusts of 80 mph and flooding to low-lying streets.",
    "Train services were suspended."),
 dict(title="Storm Ciara batters the Yorkshire coast", authors=["Mark Ellis"], published="2026-03-02")),
("related_items_credited_de", "RelatedLists (a related list whose items carry their own writers, no closing credit of the text)", t(
    "Landtag beschließt neues Schulgesetz", "Von Katrin Schulte", "5. März 2026",
    "Ab 2027 gibt es an Grundschulen wieder Noten ab der zweiten Klasse.",
    "Die Opposition stimmte dagegen.",
    "Mehr zum Thema", "Lehrermangel: Quereinsteiger sollen helfen", "Von Max Berger",
    "Ganztag: Eltern klagen über volle Horte", "Von Anke Vogt"),
 dict(title="Landtag beschließt neues Schulgesetz", authors=["Katrin Schulte"], published="2026-03-05")),
# ---- withoutPictureCredits: a role in capitals that is no agency ----
("picture_role_caps_de", "withoutPictureCredits (`(FOTOS)` in capitals: a role, not an agency)", t(
    "Die letzten Bergbauern im Allgäu", "Von Anke Vogt (TEXT) und Lena Vogt (FOTOS)", "6. März 2026",
    "Auf 1.400 Metern halten drei Familien noch Milchkühe, im Winter ohne Straße.",
    "Der Käse geht an eine Sennerei im Tal."),
 dict(title="Die letzten Bergbauern im Allgäu", authors=["Anke Vogt"], published="2026-03-06")),
# ---- ServiceDocuments: Firestore, Prismic, HAR, NewsBlur-like and Bing documents that are no article ----
("firestore_comment_en", "ServiceDocuments Firestore (a reader's comment document: author, text, createdAt)", j(firestore("articles/a81/comments/c77", {
    "author": "Dave Hollis", "text": "Typical. The ferry was late again this morning and nobody told us why.",
    "createdAt": "ts:2026-03-06T07:45:00Z", "likes": 12, "flagged": False})),
 dict(title=None, authors=[], source=None)),
("firestore_task_de", "ServiceDocuments Firestore (a newsroom task: title, assignee, due date)", j(firestore("tasks/t19", {
    "title": "Nachdreh Hafen Rostock", "assignee": "Jonas Weber", "due": "ts:2026-03-09T10:00:00Z",
    "notes": "Bitte O-Töne vom Hafenkapitän einholen, Fotograf ist gebucht.", "status": "open"})),
 dict(title=None, authors=[], source=None)),
("prismic_author_profile_en", "ServiceDocuments Prismic (an author profile document)", j({"page": 1, "results_size": 1, "results": [prismic("author", {
    "name": "Harriet Cole", "role": "Environment correspondent",
    "bio": rich("Harriet has covered climate and energy since 2012.", "She lives in Bristol."),
    "twitter": "@hcole"}, uid="harriet-cole")]}),
 dict(title=None, authors=[], source=None)),
("prismic_event_fr", "ServiceDocuments Prismic (an event page: title, date, venue)", j(prismic("evenement", {
    "titre": rich("Rencontre avec les lecteurs", kind="heading1"), "date": "2026-03-20",
    "lieu": "Médiathèque de Nantes", "description": rich("La rédaction répond à vos questions sur la couverture des municipales.")}, uid="rencontre")),
 dict(title=None, authors=[], source=None)),
("har_comments_api_en", "ServiceDocuments HAR (a comments API answer: author, body)", j(har_entries([
    ("https://www.example-news.co.uk/api/comments?article=ferry-fined", "application/json", {
        "total": 2, "comments": [
            {"id": 1, "author": "islandlass", "body": "About time someone was held to account.", "created": "2026-03-05T09:00:00Z"},
            {"id": 2, "author": "Dave H", "body": "The fine will come out of our fares.", "created": "2026-03-05T09:20:00Z"}]})])),
 dict(title=None, authors=[], source=None)),
("har_config_then_article_de", "ServiceDocuments HAR (the first JSON answer a site's config, the article's answer second)", j(har_entries([
    ("https://www.beispiel-zeitung.example/api/config", "application/json", {
        "title": "Beispiel-Zeitung", "locale": "de-DE", "paywall": {"enabled": True, "freeArticles": 3}, "updated": "2026-03-01"}),
    ("https://www.beispiel-zeitung.example/api/article/4711", "application/json; charset=utf-8", {
        "headline": "Kiel bekommt eine Seilbahn", "author": "Jana Roth", "datePublished": "2026-03-04T07:00:00+01:00",
        "publisher": "Kieler Nachrichten",
        "body": [{"type": "paragraph", "text": "Die Gondeln sollen ab 2029 über die Förde schweben."},
                 {"type": "paragraph", "text": "Die Baukosten liegen bei 60 Millionen Euro."}]})])),
 dict(title="Kiel bekommt eine Seilbahn", authors=["Jana Roth"], source="Kieler Nachrichten")),
("har_login_session_fr", "ServiceDocuments HAR (a login session's answer: a user's name and title)", j(har_entries([
    ("https://abonnes.example.fr/api/session", "application/json", {
        "user": {"name": "Hélène Roux", "title": "Cheffe d'édition", "email": "h.roux@example.fr"},
        "subscription": {"plan": "Premium", "since": "2021-09-01"}, "expires": "2026-03-10T12:00:00Z"})])),
 dict(title=None, authors=[], source=None)),
("hn_algolia_story_title_en", "ServiceDocuments NewsBlur (a Hacker News search answer with `story_title` on comments, no `stories`)", j({
    "hits": [{"objectID": "39611234", "author": "throwaway_ferry", "story_title": "CalMac fined over Arran ferry cancellations",
              "comment_text": "I live on Arran. The fine is nothing compared to what businesses lost.", "story_id": 39610001,
              "created_at": "2026-03-05T10:11:12.000Z", "story_url": "https://www.bbc.example/news/uk-scotland-123"}],
    "nbHits": 1, "page": 0, "query": "calmac"}),
 dict(authors=[], source=None)),
# ---- SESNotifications: other SNS posts and mails that merely quote one ----
("ses_delivery_event_en", "SESNotifications (an SES delivery event: a mail's headers, no content)", j({
    "Type": "Notification", "MessageId": "7a2b", "TopicArn": "arn:aws:sns:eu-west-1:123456789012:desk-outbound",
    "Message": json.dumps({"eventType": "Delivery", "mail": {"timestamp": "2026-03-10T07:55:01.000Z", "source": "newsletter@example.org",
        "commonHeaders": {"subject": "Morning briefing: ferries, snow and the budget", "from": ["Newsletter <newsletter@example.org>"]}},
        "delivery": {"recipients": ["reader@example.com"], "smtpResponse": "250 ok"}}),
    "Timestamp": "2026-03-10T07:55:02.001Z"}),
 dict(title=None, authors=[], source=None)),
("ses_quoted_in_mail_en", "SESNotifications (a developer's mail quoting an SNS notification in its body)", t(
    "From: Sam Patel <sam.patel@example.org>\nTo: desk-tech@example.org\nSubject: inbound clips broken again\nDate: Tue, 10 Mar 2026 09:40:00 +0000",
    "Morning all,",
    "Clips sent to the inbox since 07:00 are not arriving. This is what SNS posts to us, note the empty content:",
    '{"Type": "Notification", "TopicArn": "arn:aws:sns:eu-west-1:123456789012:desk-inbound", "Message": "{\\"notificationType\\": \\"Received\\", \\"content\\": \\"\\"}"}',
    "I will look at the receipt rule after standup.",
    "Sam"),
 dict(authors=[], source=None)),
("ses_newsletter_received_de", "SESNotifications (a received mail that is a newsletter's opt-in, no article)", j(ses(
    "From: Presseportal <noreply@presseportal.example>\r\nTo: clips@desk.example.org\r\nSubject: Bitte bestätigen Sie Ihr Abonnement\r\nDate: Tue, 10 Mar 2026 08:54:59 +0100\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
    "Guten Tag,\r\n\r\nbitte bestätigen Sie Ihre Anmeldung mit einem Klick auf den folgenden Link:\r\nhttps://presseportal.example/optin/8f7e\r\n\r\nIhr Presseportal-Team\r\n")),
 dict(authors=[], source=None, published=None)),
# ---- PsqlRecords: rows of tables that hold no article ----
("psql_events_en", "PsqlRecords (an events table's row: title, description, starts_at)", psql("events", [
    ("id", "412"), ("title", "Readers' panel: covering the ferry crisis"), ("description", "An evening with the transport team.\nFree, booking required."),
    ("starts_at", "2026-03-20 18:30:00+00"), ("venue", "Glasgow Film Theatre"), ("organiser", "Anna Price")]),
 dict(title=None, authors=[], source=None)),
("psql_pg_stat_fr", "PsqlRecords (a pg_stat_activity row: a query's text)", psql("pg_stat_activity", [
    ("datid", "16384"), ("datname", "redaction"), ("pid", "40211"), ("usename", "hroux"), ("application_name", "psql"),
    ("backend_start", "2026-03-10 08:59:12.123+01"), ("state", "active"),
    ("query", "SELECT titre, auteur, date_publication\nFROM articles\nWHERE rubrique = 'Économie'\nORDER BY date_publication DESC;")]),
 dict(title=None, authors=[], source=None)),
("psql_corrections_de", "PsqlRecords (a corrections log's row: the article's headline, the corrector, a note)", psql("korrekturen", [
    ("id", "412"), ("artikel_titel", "Kiel bekommt eine Seilbahn"), ("korrigiert_von", "Anke Vogt"),
    ("korrigiert_am", "2026-03-05 11:02:00+01"), ("notiz", "Baukosten 60 statt 80 Millionen Euro.")]),
 dict(authors=[], source=None)),
("psql_in_mail_es", "PsqlRecords (a colleague's mail pasting a psql record of a subscribers table)", t(
    "From: Carlos Vega <carlos.vega@example.es>\nTo: suscripciones@example.es\nSubject: baja duplicada\nDate: Tue, 10 Mar 2026 10:00:00 +0100",
    "Hola, este suscriptor aparece dos veces:",
    psql("suscriptores", [("id", "412"), ("nombre", "Lucía Ortega"), ("plan", "Digital anual"), ("alta", "2024-05-02")]).rstrip("\n"),
    "¿Lo borro?", "Carlos"),
 dict(authors=[], source=None)),
# ---- NotionPages: a page of sentence bullets that is the desk's own notes ----
("notion_style_notes_en", "NotionPages list page (the desk's style notes as bullet sentences, an owner property)", j({
    "object": "page", "id": "a1b2", "created_time": "2026-03-02T08:00:00.000Z", "last_edited_time": "2026-03-06T08:10:00.000Z",
    "properties": {
        "Name": {"type": "title", "title": [{"plain_text": "Style questions for Monday"}]},
        "Owner": {"type": "rich_text", "rich_text": [{"plain_text": "Hélène Roux"}]}},
    "blocks": [{"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": s}]}} for s in [
        "Should we keep writing Kyiv with a capital K in headlines set in small caps?",
        "Readers keep asking why we call the ferry operator by its initials in the first paragraph.",
        "The sports desk wants to drop the Oxford comma in match reports to save space.",
        "Can we agree a single spelling for the new tram line before the launch next month?"]]}),
 dict(authors=[], source=None)),
# ---- label block: a worded unknown label over a title label, where the unknown one is the article's standfirst ----
("label_block_standfirst_de", "isInLabelBlock (`Vorspann:` worded beside `Titel:` and `Autor:` in a CMS export: the sheet's own fields)", t(
    "Titel: Bremen testet Tempo 30 nachts\nVorspann: Auf zwölf Hauptstraßen gilt ab April nachts Tempo 30.\nAutor: Jana Roth",
    "Die Stadt will prüfen, ob der Lärm messbar sinkt. Der ADAC kritisiert den Versuch.",
    "Die Ergebnisse sollen im Herbst vorliegen."),
 dict(title="Bremen testet Tempo 30 nachts", authors=["Jana Roth"])),
("label_block_qa_fr", "isInLabelBlock (a Q&A brief whose `Question :` line opens the text under `Titre :`)", t(
    "Titre : Faut-il rouler avec ses pneus neige en mars ?\nQuestion : Un lecteur de Chambéry nous écrit à ce sujet.\nDate : 5 mars 2026",
    "La loi Montagne impose l'équipement jusqu'au 31 mars dans 34 départements.",
    "Les gendarmes verbalisent peu, mais l'assurance peut refuser de payer."),
 dict(title="Faut-il rouler avec ses pneus neige en mars ?", published="2026-03-05")),
# ---- OriginNotes.nominative: a neuter or a masculine name beyond the lists ----
("nominative_neuter_radio_de", "OriginNotes.nominative (`dem Deutschen Ärzteportal`: a neuter name whose paper word is beyond the list)", t(
    "Mitgliederbrief", "Klinikreform: Länder bremsen*", "Von Felix Krämer",
    "Zehn Länder wollen die Reform im Bundesrat aufhalten. Der Minister bleibt hart.",
    "*) Erschienen in dem Deutschen Ärzteportal am 3. März 2026."),
 dict(title="Klinikreform: Länder bremsen", authors=["Felix Krämer"], published="2026-03-03", source="Deutsches Ärzteportal")),
# ======== targets: the rules' own shapes, written fresh ========
("target_disclosure_owned_en", "DisclosureNotes (`Disclosure: X is owned by …`)", t(
    "Bezos steps back from newsroom decisions", "By Mark Ellis", "March 4, 2026",
    "The owner will no longer approve opinion pages, the publisher told staff on Wednesday.",
    "Disclosure: The Washington Post is owned by Jeff Bezos."),
 dict(title="Bezos steps back from newsroom decisions", authors=["Mark Ellis"], published="2026-03-04", source="The Washington Post")),
("target_disclosure_gehort_zur_de_crlf", "DisclosureNotes (`Transparenzhinweis: X gehört zur …`, CRLF)", crlf(t(
    "Springer verkauft Kleinanzeigenportale", "Von Katrin Schulte", "5. März 2026",
    "Der Konzern trennt sich von seinen letzten Rubrikenmärkten und will sich auf Journalismus konzentrieren.",
    "Transparenzhinweis: Die Welt gehört zur Axel Springer SE.")),
 dict(title="Springer verkauft Kleinanzeigenportale", authors=["Katrin Schulte"], published="2026-03-05", source="Die Welt")),
("target_disclosure_appartient_fr", "DisclosureNotes (`Transparence : X appartient au groupe …`)", t(
    "Dassault Aviation décroche une commande indienne", "Par Sophie Lenoir", "6 mars 2026",
    "New Delhi commande 26 Rafale Marine pour son porte-avions.",
    "Transparence : Le Figaro appartient au groupe Dassault."),
 dict(title="Dassault Aviation décroche une commande indienne", authors=["Sophie Lenoir"], published="2026-03-06", source="Le Figaro")),
("target_disclosure_pertenece_es", "DisclosureNotes (`Nota de transparencia: X pertenece a …`)", t(
    "Unidad Editorial cierra dos revistas", "Por Carlos Vega", "3 de marzo de 2026",
    "El grupo dejará de editar en papel sus cabeceras de motor y de viajes.",
    "Nota de transparencia: El Mundo pertenece a Unidad Editorial."),
 dict(title="Unidad Editorial cierra dos revistas", authors=["Carlos Vega"], published="2026-03-03", source="El Mundo")),
("target_disclosure_fa_parte_it", "DisclosureNotes (`Trasparenza: X fa parte del gruppo …`)", t(
    "Gedi vende le radio a un fondo", "Di Anna Bruni", "4 marzo 2026",
    "L'operazione vale 120 milioni di euro e comprende tre emittenti nazionali.",
    "Trasparenza: La Repubblica fa parte del gruppo Gedi."),
 dict(title="Gedi vende le radio a un fondo", authors=["Anna Bruni"], published="2026-03-04", source="La Repubblica")),
("target_disclosure_pertence_pt", "DisclosureNotes (`Nota de transparência: X pertence a …`)", t(
    "Sonae compra cadeia espanhola de ginásios", "Por Joana Reis", "5 de março de 2026",
    "O negócio inclui 60 clubes em Madrid e Barcelona.",
    "Nota de transparência: O Público pertence à Sonae."),
 dict(title="Sonae compra cadeia espanhola de ginásios", authors=["Joana Reis"], published="2026-03-05", source="Público")),
("target_recommend_fr_crlf", "RuledNotes (`COUP DE CŒUR` / `Recommandé par A` / quote / rule over an article's head, CRLF)", crlf(t(
    "COUP DE CŒUR DE LA RÉDACTION", "Recommandé par Hélène Roux, 5 mars 2026", "« À lire pour le dernier paragraphe. »", "————",
    "Le dernier gardien du phare d'Ar-Men", "Par Karim Benali", "Ouest-France, 2 mars 2026",
    "Pendant vingt ans, Jean Le Gall a vécu au large de l'île de Sein, relevé toutes les trois semaines.",
    "Le phare est automatique depuis 1990.")),
 dict(title="Le dernier gardien du phare d'Ar-Men", authors=["Karim Benali"], published="2026-03-02", source="Ouest-France")),
("target_recommend_es", "RuledNotes (`Seleccionado por A` over a rule, the article's head under it)", t(
    "LA RECOMENDACIÓN", "Seleccionado por Carlos Vega", "---",
    "Los últimos pastores trashumantes de la Mesta", "Por Elena Marín", "El Diario Vasco, 1 de marzo de 2026",
    "Cada junio, doscientas ovejas cruzan la Cañada Real Leonesa camino de los puertos de montaña.",
    "Solo quedan tres familias que lo hagan a pie."),
 dict(title="Los últimos pastores trashumantes de la Mesta", authors=["Elena Marín"], published="2026-03-01", source="El Diario Vasco")),
("target_interview_answered_en", "Bylines.interviewers (`X answered questions from Y.` closing a Q&A)", t(
    "‘Rivers are not drains’", "March 5, 2026",
    "Why are bathing sites still failing? Because storm overflows spill on three days in four.",
    "What would you change first? Fines that cost more than the spills save.",
    "Feargal Sharkey answered questions from Harriet Cole."),
 dict(title="‘Rivers are not drains’", authors=["Harriet Cole"], published="2026-03-05")),
("target_interview_talked_to_en_crlf", "Bylines.interviewers (`Y talked to X.`, CRLF)", crlf(t(
    "‘I still write every morning at five’", "March 6, 2026",
    "You are 84. Why keep going? Because the books are not finished with me.",
    "Do you read reviews? Only the bad ones, and only on Sundays.",
    "Tom Hale talked to Margaret Drabble.")),
 dict(title="‘I still write every morning at five’", authors=["Tom Hale"], published="2026-03-06")),
("target_interview_two_fr", "Bylines.interviewers (`… a répondu aux questions de A et B.`)", t(
    "« Le Rhône n'a jamais été aussi chaud »", "4 mars 2026",
    "Que mesurez-vous à Tricastin ? Une eau à 28 degrés en août, trois de plus qu'en 1980.",
    "Faut-il arrêter des réacteurs ? En été, il le faudra plus souvent.",
    "Anne Morel a répondu aux questions de Claire Dubois et Paul Martin."),
 dict(title="« Le Rhône n'a jamais été aussi chaud »", authors=["Claire Dubois", "Paul Martin"], published="2026-03-04")),
("target_interview_de_wrapped", "Bylines.interviewers (`Mit X sprach Y.` after a hard-wrapped Q&A)", t(
    "„Der Wald stirbt von oben“", "3. März 2026",
    "Herr Brandt, wie geht es dem Harz?\nSchlecht. Die Fichten sind fast alle tot,\ndie Buchen leiden jetzt auch.",
    "Was hilft? Mischwald, Geduld und\nweniger Wild.",
    "Mit Olaf Brandt sprach Anke Vogt."),
 dict(title="„Der Wald stirbt von oben“", authors=["Anke Vogt"], published="2026-03-03")),
("target_spoken_copy_en_1991", "SpokenDates (a copy sheet's `For: X, edition of Tuesday the first of October nineteen ninety-one`)", t(
    "COPY SHEET\nFrom: Foreign desk\nFor: The Independent, edition of Tuesday the first of October nineteen ninety-one\nTitle: Haiti's president flees after coup",
    "By Mark Ellis",
    "Jean-Bertrand Aristide was flown out of Port-au-Prince overnight after soldiers stormed the palace.",
    "Venezuela has offered him asylum."),
 dict(title="Haiti's president flees after coup", authors=["Mark Ellis"], published="1991-10-01", source="The Independent")),
("target_spoken_edition_fr_top", "SpokenDates (fr at the top: `édition du mardi premier octobre mille neuf cent quatre-vingt-onze`)", t(
    "Libération, édition du mardi premier octobre mille neuf cent quatre-vingt-onze",
    "Haïti : Aristide chassé par l'armée", "Par Sophie Lenoir",
    "Le président élu a été expulsé vers le Venezuela après un coup d'État sanglant.",
    "Washington suspend son aide."),
 dict(title="Haïti : Aristide chassé par l'armée", authors=["Sophie Lenoir"], published="1991-10-01", source="Libération")),
("target_spoken_edition_de_top", "SpokenDates (de at the top: `Ausgabe vom Montag, dem zweiten Juli neunzehnhundertneunzig`)", t(
    "Leipziger Volkszeitung, Ausgabe vom Montag, dem zweiten Juli neunzehnhundertneunzig",
    "Die D-Mark ist da", "Von Jana Roth",
    "Vor den Sparkassen standen die Menschen schon um sechs Uhr morgens Schlange.",
    "Viele Läden hatten über Nacht ihre Regale neu gefüllt."),
 dict(title="Die D-Mark ist da", authors=["Jana Roth"], published="1990-07-02", source="Leipziger Volkszeitung")),
("target_spoken_edition_it_crlf", "SpokenDates (it: `edizione di lunedì due luglio millenovecentonovanta`, CRLF)", crlf(t(
    "La Gazzetta dello Sport, edizione di lunedì due luglio millenovecentonovanta",
    "Italia, notte magica a Roma", "Di Marco Ricci",
    "Schillaci segna ancora e gli azzurri volano in semifinale contro l'Argentina.",
    "Napoli si prepara a una sfida tutta speciale.")),
 dict(title="Italia, notte magica a Roma", authors=["Marco Ricci"], published="1990-07-02", source="La Gazzetta dello Sport")),
("target_spoken_copy_pt", "SpokenDates (pt copy sheet: `Para: X, edição de quinta-feira, dezassete de abril de dois mil e três`)", t(
    "FOLHA DE ORIGINAL\nDe: Escritório de Bruxelas\nPara: Diário de Notícias, edição de quinta-feira, dezassete de abril de dois mil e três\nTítulo: Dez países assinam adesão à União",
    "Por João Pinto",
    "Os tratados foram assinados em Atenas, aos pés da Acrópole.",
    "A adesão produz efeitos em maio do próximo ano."),
 dict(title="Dez países assinam adesão à União", authors=["João Pinto"], published="2003-04-17", source="Diário de Notícias")),
("target_own_issue_weekly_de", "ownIssueDays (a weekly's own issue a week after its web day, under it)", t(
    "Die Stadt, die keine Autos mehr will", "Von Felix Krämer", "5. März 2026",
    "Aus: Die Zeit Nr. 12/2026 vom 12. März 2026",
    "In Pontevedra fahren in der Altstadt seit 25 Jahren keine Autos mehr. Was können deutsche Städte lernen?",
    "Der Bürgermeister sagt: nichts, was Geld kostet."),
 dict(title="Die Stadt, die keine Autos mehr will", authors=["Felix Krämer"], published="2026-03-05", source="Die Zeit")),
("target_own_issue_it_before", "ownIssueDays (a weekly's issue five days before the web day: a print piece posted later)", t(
    "Il lupo è tornato in pianura", "Di Sara Fontana", "6 marzo 2026",
    "Da L'Espresso n. 9 del 1 marzo 2026",
    "Un branco di sei animali è stato fotografato a venti chilometri da Milano.",
    "Gli allevatori chiedono recinzioni pagate dalla Regione."),
 dict(title="Il lupo è tornato in pianura", authors=["Sara Fontana"], published="2026-03-06", source="L'Espresso")),
("target_bureau_escritorio_pt", "ExportLines.isBureau (`De: Escritório do Porto` over `Para: X`)", t(
    "FOLHA DE ORIGINAL\nDe: Escritório do Porto\nPara: Jornal de Notícias\nTítulo: Metro do Porto compra 18 novos comboios",
    "Por Rui Almeida",
    "Os veículos chegam a partir de 2028 e servem a linha Rubi.",
    "O investimento é de 90 milhões de euros."),
 dict(title="Metro do Porto compra 18 novos comboios", authors=["Rui Almeida"], source="Jornal de Notícias")),
("target_bureau_ufficio_it", "ExportLines.isBureau (`Da: Ufficio di Bruxelles` over `Per: X, edizione del …`)", t(
    "FOGLIO DI COPIA\nDa: Ufficio di Bruxelles\nPer: Il Sole 24 Ore, edizione del 6 marzo 2026\nTitolo: Patto di stabilità, via libera alla deroga",
    "Di Anna Bruni",
    "La Commissione concede quattro anni in più all'Italia per rientrare dal deficit.",
    "Il governo esulta."),
 dict(title="Patto di stabilità, via libera alla deroga", authors=["Anna Bruni"], published="2026-03-06", source="Il Sole 24 Ore")),
("target_pour_trim_fr", "`Pour :` label trim (a copy sheet's `Pour : X, édition du …`)", t(
    "Prise par : standard\nDe : Bureau de Bordeaux\nPour : Sud Ouest, édition du 7 mars 2026\nTitre : La dune du Pilat a reculé de huit mètres",
    "Par Julien Marchal",
    "Les tempêtes de l'hiver ont emporté une partie du sommet, selon l'Office national des forêts.",
    "Les accès sont fermés jusqu'à Pâques."),
 dict(title="La dune du Pilat a reculé de huit mètres", authors=["Julien Marchal"], published="2026-03-07", source="Sud Ouest")),
("target_label_block_es", "isInLabelBlock (`Recibido por:` worded, `Título:` labels the title)", t(
    "Recibido por: Carlos Vega, cierre\nDe: Delegación de Valencia\nPara: Levante-EMV\nTítulo: La Albufera recupera la anguila",
    "Por Ana Vicente",
    "Los pescadores de El Palmar capturaron el doble que el año pasado.",
    "La Generalitat mantiene la veda en verano."),
 dict(title="La Albufera recupera la anguila", authors=["Ana Vicente"], source="Levante-EMV")),
("target_nominative_rundfunk_de", "OriginNotes.nominative (`dem Westdeutschen Rundfunk` → `Westdeutscher Rundfunk`)", t(
    "Mitgliederbrief", "Rheinbrücke Leverkusen: Neubau fertig*", "Von Max Berger",
    "Nach acht Jahren Bauzeit ist die zweite Hälfte der Brücke für den Verkehr freigegeben.",
    "*) Gesendet in dem Westdeutschen Rundfunk am 4. März 2026."),
 dict(title="Rheinbrücke Leverkusen: Neubau fertig", authors=["Max Berger"], published="2026-03-04", source="Westdeutscher Rundfunk")),
("target_nominative_neues_de", "OriginNotes.nominative (`dem Neuen Deutschland` → `Neues Deutschland`)", t(
    "Mitgliederbrief", "Mietendeckel: Linke startet Volksbegehren*", "Von Jana Roth",
    "Die Partei will 175.000 Unterschriften bis zum Sommer sammeln.",
    "*) Erschienen in dem Neuen Deutschland am 2. März 2026."),
 dict(title="Mietendeckel: Linke startet Volksbegehren", authors=["Jana Roth"], published="2026-03-02", source="Neues Deutschland")),
("target_author_place_de", "Bylines.invertedName refuses `Name Surname, Town` (de)", """---
title: "Kiel verbietet Kreuzfahrtschiffe ohne Landstrom"
author: "Jonas Weber, Kiel"
date: 2026-03-05
---

# Kiel verbietet Kreuzfahrtschiffe ohne Landstrom

Ab 2028 dürfen nur noch Schiffe anlegen, die sich an die Stromversorgung anschließen.

Die Reedereien sprechen von einem Wettbewerbsnachteil.
""", dict(title="Kiel verbietet Kreuzfahrtschiffe ohne Landstrom", authors=["Jonas Weber"], published="2026-03-05")),
("target_agency_credit_es", "withoutPictureCredits keeps an agency in capitals (`Por Ana Gil (EFE)`)", t(
    "Bolivia declara la emergencia por incendios", "Por Ana Gil (EFE)", "5 de marzo de 2026",
    "El fuego ha arrasado 300.000 hectáreas en el departamento de Santa Cruz.",
    "Brasil envía dos aviones cisterna."),
 dict(title="Bolivia declara la emergencia por incendios", authors=["Ana Gil"], published="2026-03-05")),
("target_news_post_lines", "ClippingLabels `lines` (a news post: `Newsgroups:`, `Path:`, `Lines:` headers, the byline under the poster's note)", t(
    "Path: news.example.org!not-for-mail\nFrom: Tom Hale <tom@example.org>\nNewsgroups: uk.transport.ferries\nSubject: CalMac's new ferry fails sea trials\nDate: Fri, 6 Mar 2026 10:12:00 +0000\nLines: 14\nMessage-ID: <abc123@example.org>",
    "From today's Herald, for the archive:",
    "CalMac's new ferry fails sea trials\nBy Severin Carrell",
    "The Glen Rosa was sent back to the yard after problems with its steering gear.",
    "It is now seven years late."),
 dict(authors=["Severin Carrell"])),
("target_newsblur_de", "ServiceDocuments NewsBlur (feed id as a string, a German feed)", j({
    "stories": [{"story_hash": "2201:a1b2c3", "story_feed_id": "2201", "story_title": "Hamburg verlängert die U4",
                 "story_authors": "Max Berger", "story_date": "2026-03-04 06:00:00",
                 "story_content": "<p>Die Linie soll bis 2032 die Horner Geest erreichen.</p><p>Die Kosten steigen auf 1,3 Milliarden Euro.</p>"}],
    "feeds": {"2201": {"id": 2201, "feed_title": "Hamburger Abendblatt", "feed_address": "https://www.abendblatt.example/rss"}}, "result": "ok"}),
 dict(title="Hamburg verlängert die U4", authors=["Max Berger"], published="2026-03-04", source="Hamburger Abendblatt")),
("target_firestore_list_es", "ServiceDocuments Firestore (a list answer `documents`, a map value for the source)", j({"documents": [firestore("recortes/x9", {
    "titulo": "Galicia cierra el marisqueo en la ría de Arousa", "autor": "Manuel Ruiz",
    "medio": {"nombre": "La Voz de Galicia"}, "fecha": "ts:2026-03-05T07:00:00Z",
    "texto": "La Xunta detecta toxina en el berberecho de tres zonas.\n\nLos mariscadores cobrarán una ayuda.", "etiquetas": ["mar", "pesca"]})]}),
 dict(title="Galicia cierra el marisqueo en la ría de Arousa", authors=["Manuel Ruiz"], published="2026-03-05T07:00:00Z")),
("target_trove_argus", "ServiceDocuments Trove (`The Argus (Melbourne, Vic. : 1848 - 1957)` → `The Argus`)", j({
    "id": "11223344", "heading": "FLOODS IN GIPPSLAND.", "category": "Article",
    "title": {"id": "13", "title": "The Argus (Melbourne, Vic. : 1848 - 1957)"}, "date": "1934-12-03", "page": 9,
    "identifier": "https://nla.gov.au/nla.news-article11223344",
    "articleText": "<p>Heavy rain in the ranges has caused the Latrobe River to rise rapidly.</p><p>Several families at Rosedale were taken off by boat.</p>"}),
 dict(title="FLOODS IN GIPPSLAND.", published="1934-12-03", source="The Argus")),
("target_prismic_en", "ServiceDocuments Prismic (a single document, rich-text title and body)", j(prismic("article", {
    "title": rich("Glasgow's subway to run on Sundays until midnight", kind="heading1"),
    "byline": "Anna Price", "publication": "The Herald", "published": "2026-03-05",
    "body": rich("The later closing starts in May after a two-year trial on Saturdays.", "Unions have agreed extra shifts.")}, uid="subway")),
 dict(title="Glasgow's subway to run on Sundays until midnight", authors=["Anna Price"], published="2026-03-05", source="The Herald")),
("target_ses_fr_forward", "SESNotifications (a received mail, LF, a pasted French article under a note)", j(ses(
    "From: Claire Dubois <c.dubois@example.fr>\nTo: clips@desk.example.org\nSubject: pour le dossier fret\nDate: Tue, 10 Mar 2026 08:54:59 +0100\nContent-Type: text/plain; charset=UTF-8\n\n"
    "Le fret ferroviaire perd encore du terrain\n\nPar Julien Marchal\n\nLes Echos, 6 mars 2026\n\nLa part du rail dans le transport de marchandises est tombée à 9 %.\n\nLe gouvernement promet un plan.\n\n-- \nClaire\n")),
 dict(title="Le fret ferroviaire perd encore du terrain", authors=["Julien Marchal"], published="2026-03-06", source="Les Echos")),
("target_psql_de", "PsqlRecords (a German clippings table, a long body wrapped with `+`)", psql("pressespiegel", [
    ("id", "412"), ("ueberschrift", "Bremen testet Tempo 30 nachts"), ("autoren", "{\"Jana Roth\"}"), ("quelle", "Weser-Kurier"),
    ("erschienen", "2026-03-05"),
    ("text", "Auf zwölf Hauptstraßen gilt ab April nachts Tempo 30.\nDie Stadt will prüfen, ob der Lärm messbar sinkt.\n\nDer ADAC kritisiert den Versuch."),
    ("erfasst_von", "Anke Vogt")]),
 dict(title="Bremen testet Tempo 30 nachts", authors=["Jana Roth"], published="2026-03-05", source="Weser-Kurier")),
]
