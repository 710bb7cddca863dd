# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Look-alikes first (ordinary clippings, or texts that are no clipping, brushing against one of the new rules of
# 54a06b8..3b23cd4: SpokenDates in edition lines, ownIssueDays, ExportLines.isBureau, the label block's one worded
# unknown label, OriginNotes.nominative after `dem`, Bylines.invertedName, DisclosureNotes, RuledNotes' recommendation
# box, Bylines.interviewers, GalleryCaptions' fact lines, RelatedLists' closing credits, withoutPictureCredits,
# NotionPages list pages, KeptPages' Wiki.js title, ServiceDocuments, SESNotifications, PsqlRecords), then the rules'
# own shapes written fresh ("target_"). Written by the reviewer; nothing taken from .eval or the clipping_layouts batches.
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

CASES = [
# ======== look-alikes ========
# ---- DisclosureNotes: a note whose subject is a company, the author, or another paper than the one that printed it ----
("disclosure_author_shares_en", "DisclosureNotes (the author's shares, no publication)", t(
    "Chipmakers ride the data-centre boom", "By Rachel Moss", "March 5, 2026",
    "Shares in the three largest chip designers have doubled in a year as cloud groups race to build capacity.",
    "Analysts warn that orders could slow in 2027.",
    "Disclosure: The author, like many readers of this column, owns shares in Arm Holdings."),
 dict(title="Chipmakers ride the data-centre boom", authors=["Rachel Moss"], published="2026-03-05", source=None)),
("disclosure_company_sister_en", "DisclosureNotes (a media page naming a rival's owner, printed by another paper)", t(
    "The Guardian", "Telegraph sale collapses for a second time", "By Mark Sweney", "March 6, 2026",
    "The latest bidder for the Telegraph titles walked away on Thursday after failing to raise the £500m asking price.",
    "The papers have been for sale since 2023.",
    "Disclosure: The Telegraph, like The Spectator, belongs to a fund controlled by RedBird IMI."),
 dict(title="Telegraph sale collapses for a second time", authors=["Mark Sweney"], published="2026-03-06", source="The Guardian")),
("disclosure_company_owner_fr", "DisclosureNotes (a company in which the paper's shareholder has a stake)", t(
    "Le Monde", "Free relève ses forfaits mobiles de deux euros", "Par Julien Marchal", "Publié le 5 mars 2026",
    "L'opérateur justifie la hausse par ses investissements dans la 5G et la fibre.",
    "Les associations de consommateurs dénoncent une entente tacite.",
    "Transparence : Free appartient au groupe Iliad, dont le fondateur est actionnaire à titre individuel du Monde."),
 dict(title="Free relève ses forfaits mobiles de deux euros", authors=["Julien Marchal"], published="2026-03-05", source="Le Monde")),
("disclosure_advertiser_de", "DisclosureNotes (a company that advertises with the publisher)", t(
    "Bahn streicht Sprinter zwischen Berlin und München", "Von Jonas Weber", "5. März 2026",
    "Ab Juni fahren nur noch drei statt sieben Sprinter am Tag. Die Bahn verweist auf Bauarbeiten.",
    "Fahrgastverbände sind empört.",
    "Transparenzhinweis: Die Deutsche Bahn gehört zu den Anzeigenkunden unseres Verlags."),
 dict(title="Bahn streicht Sprinter zwischen Berlin und München", authors=["Jonas Weber"], published="2026-03-05", source=None)),
("disclosure_shareholder_es", "DisclosureNotes (the paper's shareholder, named before `, como`)", t(
    "EL PAÍS", "Telefónica recorta 3.000 empleos en España", "Por Lucía Ortega", "5 de marzo de 2026",
    "La operadora ofrecerá prejubilaciones a partir de los 56 años.",
    "Los sindicatos negociarán las condiciones.",
    "Nota de transparencia: Telefónica, como otros accionistas, tiene una participación en Prisa, editora de este diario."),
 dict(title="Telefónica recorta 3.000 empleos en España", authors=["Lucía Ortega"], published="2026-03-05")),
("disclosure_group_sister_it", "DisclosureNotes (a carmaker in the paper's group)", t(
    "Stellantis chiude il 2025 in perdita", "Di Sara Fontana", "6 marzo 2026",
    "Il gruppo ha registrato un rosso di 2,3 miliardi nel secondo semestre, pesano i dazi americani.",
    "Il titolo ha perso il 6 per cento in Borsa.",
    "Trasparenza: Stellantis, come questo giornale, fa parte del perimetro di Exor."),
 dict(title="Stellantis chiude il 2025 in perdita", authors=["Sara Fontana"], published="2026-03-06", source=None)),
("disclosure_owner_group_pt", "DisclosureNotes (the owner's retail group named first)", t(
    "Sonae compra cadeia de farmácias espanhola", "Por Joana Reis", "4 de março de 2026",
    "O negócio avalia a cadeia em 420 milhões de euros e dá ao grupo 300 lojas em Espanha.",
    "A operação precisa do aval de Bruxelas.",
    "Nota de transparência: A Sonae, tal como outros grupos, é acionista de empresas de comunicação social, incluindo a que detém este jornal."),
 dict(title="Sonae compra cadeia de farmácias espanhola", authors=["Joana Reis"], published="2026-03-04", source=None)),
# ---- RuledNotes' recommendation box: the article's own caps headline and credit over a rule ----
("recommend_own_head_fr", "RuledNotes (a weekly selection: its caps title and `Choisi par A, date` are the article's)", t(
    "LA SÉLECTION DE LA SEMAINE", "Choisi par Marie Dubois, 4 mars 2026", "———",
    "« Anora », de Sean Baker : une comédie new-yorkaise qui tourne au vertige.",
    "« Le Comte de Monte-Cristo » : trois heures qui passent comme une.",
    "« Flow » : un chat, une inondation, et pas un mot."),
 dict(title="LA SÉLECTION DE LA SEMAINE", authors=["Marie Dubois"], published="2026-03-04")),
("recommend_product_box_en", "RuledNotes (a buying guide's product box: caps headline, `Recommended by` its testers)", t(
    "THE BEST ROBOT VACUUMS OF 2026", "Recommended by Tom Hale, March 3, 2026", "“The one we would buy with our own money.”", "---",
    "We tested 14 robot vacuums over six weeks in a three-bedroom house with two dogs.",
    "The Roborock Q8 cleaned best on carpet; the Eufy X10 was the quietest."),
 dict(title="THE BEST ROBOT VACUUMS OF 2026", authors=["Tom Hale"], published="2026-03-03")),
("recommend_book_tip_de", "RuledNotes (a book tip box that is the whole piece)", t(
    "BUCHTIPP", "Empfohlen von Anke Vogt", "„Ein Roman, der lange nachhallt.“", "———",
    "Daniela Krien: Mein drittes Leben. Diogenes, 288 Seiten, 26 Euro."),
 dict(authors=["Anke Vogt"])),
# ---- Bylines.interviewers: the phrases in prose, a magazine or a presenter named ----
("spoke_with_prose_en", "Bylines.interviewers (`X spoke with Y.` as a news paragraph)", t(
    "Starmer and Macron agree on migrant returns pilot", "By Peter Walker", "March 5, 2026",
    "The two leaders discussed the Channel crossings for 40 minutes by phone on Wednesday evening.",
    "Keir Starmer spoke with Emmanuel Macron.",
    "A joint statement is expected on Friday."),
 dict(title="Starmer and Macron agree on migrant returns pilot", authors=["Peter Walker"], published="2026-03-05")),
("spoke_to_end_en", "Bylines.interviewers (`X spoke to Y.` closing a report of a call)", t(
    "White House confirms call with Kremlin", "By Anna Reid", "March 6, 2026",
    "The call lasted just over an hour, officials said, and covered prisoner exchanges.",
    "Marco Rubio spoke to Sergei Lavrov."),
 dict(title="White House confirms call with Kremlin", authors=["Anna Reid"], published="2026-03-06")),
("mit_sprach_magazine_de", "Bylines.interviewers (`Mit X sprach Y.`, Y a magazine quoted in a report)", t(
    "Heidi Klum: „Ich höre nicht auf“", "Von Lena Vogt", "6. März 2026",
    "In einem Interview kündigt das Model an, die Castingshow mindestens bis 2028 zu moderieren.",
    "Mit Heidi Klum sprach Brigitte.",
    "Der Sender bestätigte die Pläne."),
 dict(title="Heidi Klum: „Ich höre nicht auf“", authors=["Lena Vogt"], published="2026-03-06")),
("questions_presenter_fr", "Bylines.interviewers (a TV interview reported, the presenter named)", t(
    "Le ministre de l'Économie exclut une hausse de la TVA", "Par Camille Bertrand", "5 mars 2026",
    "Invité de la matinale, le ministre a assuré que le budget serait tenu sans nouvel impôt.",
    "Éric Lombard a répondu aux questions de Sonia Mabrouk.",
    "L'opposition dénonce un budget insincère."),
 dict(title="Le ministre de l'Économie exclut une hausse de la TVA", authors=["Camille Bertrand"], published="2026-03-05")),
("preguntas_presenter_es", "Bylines.interviewers (a broadcast interview reported, the presenter named)", t(
    "Sánchez descarta adelantar las elecciones", "Por Elena Marín", "6 de marzo de 2026",
    "El presidente insistió en que agotará la legislatura pese a la falta de presupuestos.",
    "Pedro Sánchez respondió a las preguntas de Jordi Évole.",
    "El PP pide una moción de censura."),
 dict(title="Sánchez descarta adelantar las elecciones", authors=["Elena Marín"], published="2026-03-06")),
("domande_presenter_it", "Bylines.interviewers (a talk show reported, the host named)", t(
    "Giorgetti: «Nessuna manovra correttiva»", "Di Marco Ricci", "5 marzo 2026",
    "Il ministro ha escluso interventi sui conti prima dell'estate.",
    "Giancarlo Giorgetti ha risposto alle domande di Bruno Vespa.",
    "Le opposizioni chiedono un'informativa."),
 dict(title="Giorgetti: «Nessuna manovra correttiva»", authors=["Marco Ricci"], published="2026-03-05")),
("perguntas_presenter_pt", "Bylines.interviewers (a TV interview reported, the journalist named)", t(
    "Montenegro afasta crise política", "Por João Pinto", "4 de março de 2026",
    "O primeiro-ministro garantiu que o Governo cumpre a legislatura.",
    "Luís Montenegro respondeu às perguntas de Clara de Sousa.",
    "O PS pede explicações."),
 dict(title="Montenegro afasta crise política", authors=["João Pinto"], published="2026-03-04")),
# ---- ownIssueDays: another paper's edition the same day, a rival weekly's issue a fortnight back ----
("edition_press_review_fr", "ownIssueDays (`X, édition du DATE` of a rival paper, same day, in a press review)", t(
    "Revue de presse : la réforme des retraites à la une", "Par Hélène Roux", "5 mars 2026",
    "Le Parisien, édition du 5 mars 2026",
    "Le quotidien francilien titre sur « la colère des seniors » et consacre quatre pages au sujet.",
    "Les autres titres restent plus prudents."),
 dict(title="Revue de presse : la réforme des retraites à la une", authors=["Hélène Roux"], published="2026-03-05", source=None)),
("edition_press_review_en", "ownIssueDays (another paper's front page the next day, in a media column)", t(
    "How the tabloids played the budget", "By Jim Waterson", "March 5, 2026",
    "The Sun, edition of March 6, 2026",
    "A single word across the front page and a cartoon chancellor holding an empty wallet.",
    "The Mirror went with pensions."),
 dict(title="How the tabloids played the budget", authors=["Jim Waterson"], published="2026-03-05", source=None)),
("issue_rival_weekly_de", "ownIssueDays (a rival weekly's cover from three weeks earlier, under the article's day)", t(
    "Das Magazin, das den Kanzler erfand", "Von Katrin Schulte", "4. März 2026",
    "Aus: Stern Nr. 8/2026 vom 12. Februar 2026",
    "Das Titelbild zeigt den Kanzler als Napoleon. Ein Medienhistoriker erklärt, warum solche Cover wirken.",
    "Der Verlag verkaufte 20 Prozent mehr Hefte."),
 dict(title="Das Magazin, das den Kanzler erfand", authors=["Katrin Schulte"], published="2026-03-04", source=None)),
("issue_rival_weekly_it", "ownIssueDays (another weekly's issue cited a month earlier)", t(
    "Le copertine che hanno fatto discutere", "Di Sara Fontana", "6 marzo 2026",
    "Da L'Espresso n. 6 del 7 febbraio 2026",
    "La copertina sul ministro dell'Interno ha scatenato una querela e tre interrogazioni.",
    "Il direttore difende la scelta."),
 dict(title="Le copertine che hanno fatto discutere", authors=["Sara Fontana"], published="2026-03-06", source=None)),
# ---- SpokenDates in edition lines: a caption in words under the article's head ----
("spoken_caption_en", "SpokenDates/editionReference (a 1984 front page named in words, under an undated piece)", t(
    "Forty years on, the miners' strike in ten front pages", "By Oliver Grant",
    "Daily Mirror, edition of Friday the ninth of November nineteen eighty-four",
    "The paper's front page, with its photograph of the picket line at Orgreave, is on display at the People's History Museum.",
    "Curators chose ten front pages from both sides."),
 dict(title="Forty years on, the miners' strike in ten front pages", authors=["Oliver Grant"], published=None, source=None)),
("spoken_caption_fr", "SpokenDates/editionReference (an archive front page named in words)", t(
    "Il y a quarante ans, la chute du mur vue par la presse", "Par Camille Bertrand", "6 mars 2026",
    "Libération, édition du vendredi dix novembre mille neuf cent quatre-vingt-neuf",
    "La une du quotidien, en noir et blanc, montre les premiers Berlinois sur le mur.",
    "Elle est exposée à la BnF."),
 dict(title="Il y a quarante ans, la chute du mur vue par la presse", authors=["Camille Bertrand"], published="2026-03-06", source=None)),
# ---- ExportLines.isBureau: a publication whose name ends with `Office` ----
("bureau_publication_en", "ExportLines.isBureau (a trade publication named `… Office` as a mail's sender)", t(
    "From: Box Office Pro <news@boxofficepro.com>\nTo: culture@example.org\nSubject: Cinema attendance back above 2019\nDate: Thu, 5 Mar 2026 07:12:00 +0000",
    "Cinema attendance back above 2019",
    "US and Canadian cinemas sold 1.31 billion tickets in 2025, the first year above pre-pandemic levels.",
    "Premium formats drove the growth."),
 dict(title="Cinema attendance back above 2019", source="Box Office Pro")),
# ---- the label block with one worded unknown label ----
("label_block_kicker_de", "isInLabelBlock (a headline with a colon over `Titel:` and `Datum:`, the headline a label's form)", t(
    "Analyse: Warum die Bahn nicht pünktlich wird\nTitel: Warum die Bahn nicht pünktlich wird\nDatum: 5. März 2026\nAutor: Jonas Weber",
    "Nur 62 Prozent der Fernzüge kamen 2025 pünktlich an. Schuld ist vor allem das marode Netz.",
    "Die Sanierung dauert bis 2030."),
 dict(title="Warum die Bahn nicht pünktlich wird", authors=["Jonas Weber"], published="2026-03-05")),
("label_block_note_en", "isInLabelBlock (a sheet whose worded `Note:` holds the source)", t(
    "Title: Ferry fares to rise 9% from April\nDate: 5 March 2026\nNote: from the Herald, page 7",
    "CalMac will raise fares on all routes to cover fuel costs, the Scottish Government confirmed.",
    "Islanders say the rise will hit tourism."),
 dict(title="Ferry fares to rise 9% from April", published="2026-03-05")),
# ---- OriginNotes.nominative: a neuter broadcaster after `dem` ----
("nominative_neuter_tv_de", "OriginNotes.nominative (`dem Zweiten Deutschen Fernsehen`: neuter, not `-er`)", t(
    "Mitgliederbrief", "Warum Schulen die Handys einsammeln*", "Von Jana Roth",
    "Jede dritte Schule in Hessen hat 2025 ein Handyverbot eingeführt. Lehrer berichten von ruhigeren Pausen.",
    "*) Gesendet in dem Zweiten Deutschen Fernsehen am 3. März 2026."),
 dict(title="Warum Schulen die Handys einsammeln", authors=["Jana Roth"], source="Zweites Deutsches Fernsehen")),
("nominative_neuter_fernsehen_de", "OriginNotes.nominative (`dem Bayerischen Fernsehen`: neuter, `-es`)", t(
    "Mitgliederbrief", "Almbauern fürchten den Wolf*", "Von Max Berger",
    "Im Berchtesgadener Land wurden 2025 vierzig Schafe gerissen. Die Bauern fordern Abschüsse.",
    "*) Erschienen in dem Bayerischen Fernsehen am 2. März 2026."),
 dict(title="Almbauern fürchten den Wolf", authors=["Max Berger"], source="Bayerisches Fernsehen")),
# ---- Bylines.invertedName: a double surname whose first part is a given name ----
("inverted_double_surname_es", "Bylines.invertedName (`Martín Gaite, Carmen`: a surname that is a given name)", """---
title: "Cien años de Carmen Martín Gaite"
author: "Martín Gaite, Carmen"
date: 2025-12-08
---

# Cien años de Carmen Martín Gaite

Salamanca abre el centenario con una exposición de sus cuadernos y collages.

La muestra viajará a Madrid en primavera.
""", dict(title="Cien años de Carmen Martín Gaite", authors=["Carmen Martín Gaite"], published="2025-12-08")),
("inverted_double_surname_pt", "Bylines.invertedName (`Sousa Tavares, Miguel`: Sousa a surname)", """---
title: "O regresso de Equador"
author: "Sousa Tavares, Miguel"
date: 2026-03-04
---

# O regresso de Equador

O romance volta às livrarias numa edição revista, vinte anos depois.

O autor escreveu um novo prefácio.
""", dict(title="O regresso de Equador", authors=["Miguel Sousa Tavares"], published="2026-03-04")),
# ---- GalleryCaptions: a caption whose line is a byline-shaped photographer credit or a date ----
("gallery_caption_date_en", "GalleryCaptions (a caption that is a place and date alone)", t(
    "The Thames freezes for the first time since 1963", "By Sarah Kim", "March 6, 2026",
    "Image 1 of 8", "Kingston upon Thames, March 4, 2026",
    "Ice covered the river above Teddington Lock for two days as temperatures fell to minus 14C.",
    "Rowing clubs cancelled their training."),
 dict(title="The Thames freezes for the first time since 1963", authors=["Sarah Kim"], published="2026-03-06")),
("gallery_caption_by_photog_es", "GalleryCaptions (a caption's credit `Por Reuters` under the count)", t(
    "Las Fallas arden en Valencia", "Por Lucía Ortega", "19 de marzo de 2026",
    "Foto 1 de 12", "La falla municipal, en llamas.", "Por Kai Försterling",
    "Más de 700 monumentos ardieron en la noche de la cremà ante un millón de personas.",
    "Los bomberos no registraron incidentes."),
 dict(title="Las Fallas arden en Valencia", authors=["Lucía Ortega"], published="2026-03-19")),
# ---- RelatedLists: a related list whose items carry credits, then the text's own close after a blank ----
("related_credit_items_it", "RelatedLists.closingLines (items alternating headline and credit, the last an item's)", t(
    "Roma, chiude la libreria più antica di Trastevere", "Il negozio aveva aperto nel 1921. Gli eredi non hanno trovato un acquirente.",
    "I clienti hanno lasciato fiori sulla vetrina.",
    "Leggi anche", "Milano, le librerie indipendenti resistono", "Di Chiara Galli", "Napoli, la Feltrinelli cambia sede", "Di Luca Esposito"),
 dict(title="Roma, chiude la libreria più antica di Trastevere", authors=[])),
# ---- Bylines.withoutPictureCredits: a capitals role that is no agency ----
("picture_credit_caps_fr", "withoutPictureCredits (`(PHOTOS)` in capitals: a role, not an agency)", t(
    "Au Maroc, la sécheresse vide les barrages", "Par Karim Benali (TEXTE), Youssef Alami (PHOTOS)", "5 mars 2026",
    "Le taux de remplissage des barrages est tombé à 23 %, le plus bas depuis quarante ans.",
    "Les agriculteurs abandonnent les cultures d'été."),
 dict(title="Au Maroc, la sécheresse vide les barrages", authors=["Karim Benali"], published="2026-03-05")),
# ---- NotionPages: a retro page of bullet sentences, no article ----
("notion_retro_en", "NotionPages list page (a team retro of bullet sentences, no article)", j({
    "object": "page", "id": "c3d4", "created_time": "2026-03-06T16:00:00.000Z", "last_edited_time": "2026-03-06T16:40:00.000Z",
    "properties": {
        "Name": {"type": "title", "title": [{"plain_text": "Sprint 14 retro"}]},
        "Date": {"type": "date", "date": {"start": "2026-03-06"}}},
    "blocks": [{"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": s}]}} for s in [
        "The live blog template broke twice during the budget coverage on Wednesday.",
        "We should freeze deploys for the two hours before any scheduled big story.",
        "The new image cropper saved the picture desk roughly an hour a day.",
        "Nobody owns the newsletter signup form and it still shows last year's branding."]]}),
 dict(title=None, authors=[], source=None)),
# ---- KeptPages: a pasted article without heading or fact line in its first lines ----
("wiki_pasted_no_head_en", "KeptPages Wiki.js title (a pasted article whose source is only at its foot)", j({"data": {"pages": {"single": {
    "id": 77, "path": "clips/2026-03-05-rail", "title": "clips/2026-03-05 rail", "contentType": "markdown",
    "content": "Rail strike called off at the last minute\n\nUnions and Network Rail reached a deal late on Wednesday, hours before the first walkout.\n\nThe deal gives staff a 4.5 per cent rise over two years.\n\nPassengers had been told to avoid travel.\n\nCommuters welcomed the news.\n\n(Financial Times)\n",
    "authorName": "Hélène Roux", "isPublished": True, "createdAt": "2026-03-05T10:00:00Z", "updatedAt": "2026-03-05T10:00:00Z"}}}}),
 dict(title="Rail strike called off at the last minute")),
# ---- ServiceDocuments: services' answers that hold no article ----
("firestore_user_profile_en", "ServiceDocuments Firestore (a user profile with a job title and a bio)", j(firestore("users/u81Hs2", {
    "displayName": "Anna Price", "title": "Senior Producer, Audio", "email": "anna.price@example.org",
    "bio": "Anna makes the daily news podcast and the Sunday long read. Before that she spent six years at the BBC World Service.\n\nShe lives in Cardiff.",
    "joinedAt": "ts:2021-09-01T09:00:00Z", "isAdmin": False, "teams": ["audio", "weekend"]})),
 dict(title=None, authors=[], published=None, source=None)),
("firestore_event_de", "ServiceDocuments Firestore (a calendar event: title, description, date)", j({"documents": [firestore("events/ev-2026-03-12", {
    "title": "Redaktionskonferenz Wahlabend", "description": "Ablauf der Wahlnacht besprechen.\n\nSchichtplan ab 16 Uhr.\n\nBitte Laptops mitbringen.",
    "startsAt": "ts:2026-03-12T09:00:00Z", "room": "Konferenzraum 3", "organizer": "Lena Vogt"})]}),
 dict(title=None, authors=[], source=None)),
("har_product_api_en", "ServiceDocuments HAR (a shop's product API, no article)", j(har({
    "id": 88121, "title": "Wireless Headphones X2", "brand": "Sonance", "price": {"amount": 129.0, "currency": "GBP"},
    "description": "Active noise cancelling, 40 hours of battery life and a case that folds flat.\n\nShips in 2 to 3 working days.",
    "published_at": "2026-02-20T10:00:00Z", "rating": 4.4}, "https://shop.example.com/api/products/88121")),
 dict(title=None, authors=[], source=None)),
("har_weather_api_fr", "ServiceDocuments HAR (a weather API's answer, base64)", j(har({
    "title": "Prévisions pour Lyon", "updated": "2026-03-10T06:00:00+01:00", "source": "Météo-France",
    "text": "Ciel voilé le matin, averses l'après-midi.\n\nMinimales 4 °C, maximales 13 °C.\n\nVent de sud modéré.",
    "days": [{"date": "2026-03-10", "min": 4, "max": 13}]}, "https://meteo.example.fr/api/v2/forecast?city=lyon", base64_text=True)),
 dict(title=None, authors=[], published=None, source=None)),
("prismic_homepage_es", "ServiceDocuments Prismic (a site's home page document)", j({"page": 1, "results_per_page": 20, "total_results_size": 1, "results": [{
    "id": "ZkH1xBAAACIA", "uid": "inicio", "type": "homepage", "lang": "es-es", "tags": [],
    "first_publication_date": "2024-01-10T09:00:00+0000", "last_publication_date": "2026-03-01T12:00:00+0000",
    "data": {"title": [{"type": "heading1", "text": "Bienvenidos a Librería Ocho", "spans": []}],
             "body": [{"type": "paragraph", "text": "Libros nuevos y de viejo en el centro de Zaragoza.", "spans": []},
                      {"type": "paragraph", "text": "Abrimos de lunes a sábado, de 10 a 20 horas.", "spans": []},
                      {"type": "paragraph", "text": "Pedidos por correo a toda España.", "spans": []}]}}]}),
 dict(title=None, authors=[], source=None)),
("newsblur_podcast_feed_en", "ServiceDocuments NewsBlur (a starred story whose feed is a personal blog: author is the blogger)", j({
    "stories": [{"story_hash": "6021:a1b2c3", "story_feed_id": 6021, "story_title": "Why I stopped using a standing desk",
                 "story_authors": "", "story_date": "2026-03-04 18:20:00", "starred_date": "2026-03-09 08:00:00",
                 "story_content": "<p>After three years I went back to a chair. My back is better for it.</p><p>Here is what changed.</p><p>Mostly, I walk more.</p>",
                 "read_status": 1, "story_permalink": "https://kottke.example/standing"}],
    "feeds": {"6021": {"id": 6021, "feed_title": "Jason's notebook"}}}),
 dict(title="Why I stopped using a standing desk", published="2026-03-04")),
# ---- SESNotifications: a bounce, a mail without an article ----
("ses_bounce_en", "SESNotifications (a bounce notification: no mail body, no article)", j({
    "Type": "Notification", "MessageId": "7a1f", "TopicArn": "arn:aws:sns:eu-west-1:123456789012:desk-bounces",
    "Message": json.dumps({"notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "old.reporter@example.org"}],
        "timestamp": "2026-03-10T07:00:00.000Z"}, "mail": {"timestamp": "2026-03-10T06:59:58.000Z", "source": "desk@example.org",
        "commonHeaders": {"subject": "Budget: what it means for you", "date": "Tue, 10 Mar 2026 07:59:58 +0100"}}}),
    "Timestamp": "2026-03-10T07:00:01.000Z"}),
 dict(title=None, authors=[], published=None, source=None)),
("ses_rota_mail_de", "SESNotifications (a colleague's shift-rota mail, no article)", j(ses(
    "From: Lena Vogt <lena.vogt@example.org>\r\nTo: nachrichten@example.org\r\nSubject: Dienstplan Wahlabend\r\nDate: Tue, 10 Mar 2026 08:54:59 +0100\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
    "Hallo zusammen,\r\n\r\nder Dienstplan für Sonntag steht im Wiki. Wer tauschen will, bitte bis Freitag melden.\r\n\r\nDanke\r\nLena\r\n\r\n-- \r\nLena Vogt\r\nNachrichtenchefin\r\n")),
 dict(authors=[], source=None)),
# ---- PsqlRecords: tables of something else ----
("psql_jobs_en", "PsqlRecords (a job ad's row: title, description, posted_at)", psql("jobs", [
    ("id", "412"), ("title", "Night news editor"), ("department", "News"), ("location", "London"),
    ("description", "We are looking for an experienced editor to run the overnight desk.\n\nYou will commission and edit copy from our bureaux.\n\nShifts are four nights on, four off."),
    ("posted_at", "2026-03-02 09:00:00+00"), ("closes_on", "2026-03-20")]),
 dict(title=None, authors=[], published=None, source=None)),
("psql_users_fr", "PsqlRecords (a users table's row with a bio)", psql("utilisateurs", [
    ("id", "412"), ("nom", "Hélène Roux"), ("titre", "Cheffe du service Culture"), ("courriel", "h.roux@example.fr"),
    ("biographie", "Entrée au journal en 2009, elle a dirigé les pages Livres avant de prendre le service.\nElle anime le podcast du dimanche."),
    ("cree_le", "2019-09-01 08:00:00+02")]),
 dict(title=None, authors=[], published=None, source=None)),
# ======== targets: the rules' own shapes, written fresh ========
("target_disclosure_en", "DisclosureNotes (`Disclosure: X, like Y, belongs to …`)", t(
    "Amazon to cut 2,000 jobs in its devices unit", "By Rachel Moss", "March 5, 2026",
    "The cuts fall mostly on the teams behind the Echo speakers and the Kindle.",
    "Amazon said it would focus on its AI assistant.",
    "Disclosure: The Washington Post, like Amazon, is owned by Jeff Bezos."),
 dict(title="Amazon to cut 2,000 jobs in its devices unit", authors=["Rachel Moss"], published="2026-03-05", source="The Washington Post")),
("target_disclosure_de", "DisclosureNotes (`Transparenzhinweis: X gehört wie Y zu …`)", t(
    "Springer verkauft Stellenportale an Finanzinvestor", "Von Felix Krämer", "4. März 2026",
    "Der Verlag trennt sich von StepStone und Aviv. Der Kaufpreis liegt bei 13 Milliarden Euro.",
    "Die Zeitungen bleiben bei Springer.",
    "Transparenzhinweis: Die Welt gehört wie Bild zur Axel Springer SE."),
 dict(title="Springer verkauft Stellenportale an Finanzinvestor", authors=["Felix Krämer"], published="2026-03-04", source="Die Welt")),
("target_disclosure_fr", "DisclosureNotes (`Transparence : X appartient, comme Y, au groupe …`)", t(
    "Le groupe Les Echos-Le Parisien réorganise ses rédactions", "Par Julien Marchal", "6 mars 2026",
    "Trois cents postes sont concernés par la mutualisation des services web.",
    "Les syndicats appellent à la grève.",
    "Transparence : Le Parisien appartient, comme Les Echos, au groupe LVMH."),
 dict(title="Le groupe Les Echos-Le Parisien réorganise ses rédactions", authors=["Julien Marchal"], published="2026-03-06", source="Le Parisien")),
("target_disclosure_es", "DisclosureNotes (`Nota de transparencia: X, como Y, pertenece al grupo …`)", t(
    "Prisa vende su participación en Santillana Brasil", "Por Manuel Ruiz", "5 de marzo de 2026",
    "La operación reporta 90 millones al grupo, que reducirá deuda.",
    "El consejo la aprobó por unanimidad.",
    "Nota de transparencia: El País, como la Cadena SER, pertenece al grupo Prisa."),
 dict(title="Prisa vende su participación en Santillana Brasil", authors=["Manuel Ruiz"], published="2026-03-05", source="El País")),
("target_disclosure_it", "DisclosureNotes (`Trasparenza: X, come Y, fa parte del gruppo …`)", t(
    "Gedi, trattativa per la cessione delle radio", "Di Marco Ricci", "6 marzo 2026",
    "Radio Deejay e Radio Capital potrebbero passare a un gruppo francese.",
    "Il cda si riunirà lunedì.",
    "Trasparenza: La Stampa, come Radio Deejay, fa parte del gruppo Gedi."),
 dict(title="Gedi, trattativa per la cessione delle radio", authors=["Marco Ricci"], published="2026-03-06", source="La Stampa")),
("target_disclosure_pt", "DisclosureNotes (`Nota de transparência: X, tal como Y, pertence ao grupo …`)", t(
    "Impresa fecha ano com lucro", "Por Joana Reis", "5 de março de 2026",
    "O grupo de media lucrou 4 milhões de euros em 2025, depois de dois anos de prejuízo.",
    "A SIC manteve a liderança das audiências.",
    "Nota de transparência: O Expresso, tal como a SIC, pertence ao grupo Impresa."),
 dict(title="Impresa fecha ano com lucro", authors=["Joana Reis"], published="2026-03-05", source="Expresso")),
("target_recommend_en", "RuledNotes (`OUR PICK OF THE WEEK` / `Recommended by A, date` / quote / rule)", t(
    "OUR PICK OF THE WEEK", "Recommended by Sarah Collins, March 4, 2026", "“Read it for the last paragraph alone.”", "────────",
    "The last lighthouse keeper of Fair Isle", "By Tom Hale", "The Observer, March 1, 2026",
    "For 31 years Ian Wilson climbed 82 steps twice a night. The light went automatic in 1998; he stayed.",
    "Now he is leaving the island."),
 dict(title="The last lighthouse keeper of Fair Isle", authors=["Tom Hale"], published="2026-03-01", source="The Observer")),
("target_recommend_de", "RuledNotes (`Empfohlen von A` over a rule)", t(
    "LESETIPP", "Empfohlen von Anke Vogt, 5. März 2026", "---",
    "Die letzte Fähre nach Hiddensee", "Von Jana Roth", "Ostsee-Zeitung, 3. März 2026",
    "Seit 1951 fährt die Reederei Hiddensee im Winter nur noch zweimal am Tag. Jetzt soll eine Elektrofähre kommen.",
    "Die Insulaner sind skeptisch."),
 dict(title="Die letzte Fähre nach Hiddensee", authors=["Jana Roth"], published="2026-03-03", source="Ostsee-Zeitung")),
("target_recommend_it", "RuledNotes (`Consigliato da A` with a quoted word)", t(
    "Consigliato da Chiara Galli", "«Da leggere fino in fondo.»", "———",
    "Venezia, l'ultimo squerarolo", "Di Luca Esposito", "Corriere della Sera, 2 marzo 2026",
    "Nello squero di San Trovaso si costruiscono ancora due gondole all'anno, a mano.",
    "Il maestro cerca un apprendista."),
 dict(title="Venezia, l'ultimo squerarolo", authors=["Luca Esposito"], published="2026-03-02", source="Corriere della Sera")),
("target_interview_de", "Bylines.interviewers (`Mit X sprach Y.`)", t(
    "„Die Nordsee wird zum Industriegebiet“", "6. März 2026",
    "Frau Dahl, wie viele Windparks verträgt die Nordsee noch?",
    "Wir sind an der Grenze. Die Schweinswale meiden schon jetzt ganze Gebiete.",
    "Mit Ingrid Dahl sprach Jonas Weber."),
 dict(title="„Die Nordsee wird zum Industriegebiet“", authors=["Jonas Weber"], published="2026-03-06")),
("target_interview_fr", "Bylines.interviewers (`X a répondu aux questions de Y.`)", t(
    "« Les abeilles ne passeront pas l'été »", "5 mars 2026",
    "Pourquoi ce pessimisme ? Parce que les colonies sortent de l'hiver affaiblies par le varroa.",
    "Que faudrait-il faire ? Interdire enfin les néonicotinoïdes dans les serres.",
    "Paul Lefèvre a répondu aux questions de Claire Dubois."),
 dict(title="« Les abeilles ne passeront pas l'été »", authors=["Claire Dubois"], published="2026-03-05")),
("target_interview_es", "Bylines.interviewers (`… respondió a las preguntas de A.`)", t(
    "«El Ebro ya no llega al mar en verano»", "6 de marzo de 2026",
    "¿Tan grave es? En agosto el caudal en Tortosa fue el más bajo desde que hay registros.",
    "¿Qué propone? Reducir el regadío un 15 por ciento.",
    "Marta Soler respondió a las preguntas de Lucía Ortega."),
 dict(title="«El Ebro ya no llega al mar en verano»", authors=["Lucía Ortega"], published="2026-03-06")),
("target_interview_it", "Bylines.interviewers (`… ha risposto alle domande di A.`)", t(
    "«Il ghiacciaio sparirà entro il 2040»", "4 marzo 2026",
    "Quanto ha perso il Forni quest'anno? Quasi due metri di spessore.",
    "Si può fare qualcosa? Ormai solo documentare.",
    "Giulia Neri ha risposto alle domande di Sara Fontana."),
 dict(title="«Il ghiacciaio sparirà entro il 2040»", authors=["Sara Fontana"], published="2026-03-04")),
("target_interview_pt", "Bylines.interviewers (`… respondeu às perguntas de A.`)", t(
    "“O Tejo precisa de um caudal mínimo”", "5 de março de 2026",
    "Porque é que o rio está tão baixo? Espanha cumpre os mínimos anuais, mas não os semanais.",
    "O que pede? Um acordo novo.",
    "Rui Almeida respondeu às perguntas de João Pinto."),
 dict(title="“O Tejo precisa de um caudal mínimo”", authors=["João Pinto"], published="2026-03-05")),
("target_interview_spoke_en", "Bylines.interviewers (`Y spoke with X.` closing a Q&A)", t(
    "‘The coast path will be gone in twenty years’", "March 6, 2026",
    "How fast is the cliff retreating? Two metres a year at Happisburgh, more after a storm.",
    "What should be done? Managed retreat, honestly explained.",
    "Rachel Moss spoke with Anders Holm."),
 dict(title="‘The coast path will be gone in twenty years’", authors=["Rachel Moss"], published="2026-03-06")),
("target_spoken_copy_en", "SpokenDates (a copy sheet's `For: Reuters, edition of Tuesday the third of March nineteen ninety-eight`)", t(
    "COPY SHEET\nFrom: Paris bureau\nFor: Reuters, edition of Tuesday the third of March nineteen ninety-eight\nSlug: FRANCE-TRUCKERS\nTitle: French truckers lift blockades",
    "By Philippe Garnier",
    "French lorry drivers lifted roadblocks on Tuesday after the government agreed to early retirement at 55.",
    "Fuel deliveries will resume by Thursday."),
 dict(title="French truckers lift blockades", authors=["Philippe Garnier"], published="1998-03-03", source="Reuters")),
("target_spoken_copy_fr", "SpokenDates (fr, `édition du jeudi douze mars deux mille quinze`)", t(
    "FEUILLE DE COPIE\nDe : Bureau de Lyon\nPour : Le Progrès, édition du jeudi douze mars deux mille quinze\nTitre : La Saône en crue à Mâcon",
    "Par Claire Dubois",
    "Le niveau de la rivière a atteint 6,4 mètres dans la nuit, inondant les quais.",
    "Les écoles riveraines sont fermées."),
 dict(title="La Saône en crue à Mâcon", authors=["Claire Dubois"], published="2015-03-12", source="Le Progrès")),
("target_spoken_copy_de", "SpokenDates (de, `Ausgabe vom Freitag, dem sechsten März zweitausendzwanzig`)", t(
    "Manuskript\nVon: Büro Hannover\nFür: Hannoversche Allgemeine, Ausgabe vom Freitag, dem sechsten März zweitausendzwanzig\nTitel: Messe sagt Fachmesse ab",
    "Von Max Berger",
    "Wegen des Coronavirus fällt die Fachmesse im April aus. Es ist die erste Absage seit 1947.",
    "Die Hotels rechnen mit Stornierungen."),
 dict(title="Messe sagt Fachmesse ab", authors=["Max Berger"], published="2020-03-06", source="Hannoversche Allgemeine")),
("target_spoken_edition_es", "SpokenDates (es, at the top: `edición del jueves, cinco de marzo de dos mil quince`)", t(
    "La Voz de Galicia, edición del jueves, cinco de marzo de dos mil quince",
    "Los percebeiros de Cedeira cierran la temporada", "Por Manuel Ruiz",
    "La cofradía capturó 40 toneladas, un 12 % menos que el año anterior.",
    "El precio medio subió a 60 euros el kilo."),
 dict(title="Los percebeiros de Cedeira cierran la temporada", authors=["Manuel Ruiz"], published="2015-03-05", source="La Voz de Galicia")),
("target_spoken_edition_pt", "SpokenDates (pt, `edição de quinta-feira, cinco de março de dois mil e quinze`)", t(
    "Jornal de Notícias, edição de quinta-feira, cinco de março de dois mil e quinze",
    "Metro do Porto chega a Gondomar", "Por João Pinto",
    "A nova linha vai servir 30 mil passageiros por dia a partir de 2018.",
    "As obras começam em setembro."),
 dict(title="Metro do Porto chega a Gondomar", authors=["João Pinto"], published="2015-03-05", source="Jornal de Notícias")),
("target_spoken_edition_it", "SpokenDates (it, `edizione di giovedì cinque marzo duemilaquindici`)", t(
    "Il Mattino, edizione di giovedì cinque marzo duemilaquindici",
    "Pompei, riapre la Villa dei Misteri", "Di Luca Esposito",
    "Dopo due anni di restauri gli affreschi tornano visibili al pubblico.",
    "Si entra a gruppi di venti."),
 dict(title="Pompei, riapre la Villa dei Misteri", authors=["Luca Esposito"], published="2015-03-05", source="Il Mattino")),
("target_own_edition_next_day_de", "ownIssueDays (a bare `X, Ausgabe vom DATE` the morning after the web day)", t(
    "Kommunen fordern mehr Geld für Flüchtlinge", "Von Katrin Schulte", "5. März 2026",
    "Frankfurter Allgemeine Zeitung, Ausgabe vom 6. März 2026",
    "Die Städte verlangen vom Bund eine Pauschale von 15.000 Euro je Person.",
    "Das Finanzministerium lehnt ab."),
 dict(title="Kommunen fordern mehr Geld für Flüchtlinge", authors=["Katrin Schulte"], published="2026-03-05", source="Frankfurter Allgemeine Zeitung")),
("target_own_edition_same_day_it", "ownIssueDays (`X, edizione del DATE` the same day)", t(
    "Milano, via libera al nuovo stadio", "Di Chiara Galli", "5 marzo 2026",
    "Corriere della Sera, edizione del 5 marzo 2026",
    "Il consiglio comunale ha approvato la vendita di San Siro ai due club.",
    "I lavori inizieranno nel 2027."),
 dict(title="Milano, via libera al nuovo stadio", authors=["Chiara Galli"], published="2026-03-05", source="Corriere della Sera")),
("target_own_issue_monthly_en", "ownIssueDays (a monthly's issue dated weeks after its web day)", t(
    "The island that voted to stop growing", "By Harriet Cole", "March 5, 2026",
    "From The Atlantic, No. 4, issue of April 1, 2026",
    "Gozo has capped new building permits for five years. Not everyone on Malta's smaller island agrees.",
    "Developers have gone to court."),
 dict(title="The island that voted to stop growing", authors=["Harriet Cole"], source="The Atlantic")),
("target_own_issue_weekly_pt", "ownIssueDays (a weekly's issue two days after the web day)", t(
    "Os últimos moinhos do Alentejo", "Por Joana Reis", "4 de março de 2026",
    "Publicado no Expresso n.º 2681, de 6 de março de 2026",
    "Restam onze moinhos de vento a funcionar na região, quase todos por carolice.",
    "Um deles vende farinha online."),
 dict(title="Os últimos moinhos do Alentejo", authors=["Joana Reis"], source="Expresso")),
("target_bureau_sender_en", "ExportLines.isBureau (`Northern office` as a mail's sender, the paper in the body)", t(
    "From: Tokyo bureau <tokyo@example.org>\nTo: foreign@example.org\nSubject: Japan raises rates again\nDate: Thu, 5 Mar 2026 03:10:00 +0000",
    "Japan raises rates again", "By Kenji Mori",
    "The Bank of Japan lifted its policy rate to 1 per cent, the highest since 1995.",
    "The yen strengthened."),
 dict(title="Japan raises rates again", authors=["Kenji Mori"], source=None)),
("target_bureau_sheet_es", "ExportLines.isBureau (`Delegación de Sevilla` over `Para: ABC`)", t(
    "HOJA DE ORIGINAL\nDe: Delegación de Sevilla\nPara: ABC, edición del 6 de marzo de 2026\nTítulo: La Maestranza reabre tras las obras",
    "Por Elena Marín",
    "La plaza estrena gradas y un nuevo museo taurino tras dos años de reformas.",
    "La primera corrida será el Domingo de Resurrección."),
 dict(title="La Maestranza reabre tras las obras", authors=["Elena Marín"], published="2026-03-06", source="ABC")),
("target_label_block_fr", "isInLabelBlock (`Prise par :` worded, `Titre :` labels the title)", t(
    "Prise par : Hélène Roux, standard\nDe : Bureau de Marseille\nPour : La Provence\nTitre : Le mistral coupe le port de Marseille",
    "Par Karim Benali",
    "Les ferries pour la Corse sont restés à quai toute la journée, des rafales à 120 km/h.",
    "Le trafic reprend demain."),
 dict(title="Le mistral coupe le port de Marseille", authors=["Karim Benali"], source="La Provence")),
("target_nominative_de", "OriginNotes.nominative (`dem Nordbayerischen Kurier` → `Nordbayerischer Kurier`)", t(
    "Mitgliederbrief", "Festspielhaus: Sanierung wird teurer*", "Von Anke Vogt",
    "Die Kosten steigen auf 270 Millionen Euro. Der Bund übernimmt die Hälfte.",
    "*) Erschienen in dem Nordbayerischen Kurier am 3. März 2026."),
 dict(title="Festspielhaus: Sanierung wird teurer", authors=["Anke Vogt"], published="2026-03-03", source="Nordbayerischer Kurier")),
("target_nominative_neuter_de", "OriginNotes.nominative (`dem Schwäbischen Tagblatt` → `Schwäbisches Tagblatt`)", t(
    "Mitgliederbrief", "Tübingen verdoppelt die Parkgebühren*", "Von Felix Krämer",
    "Eine Stunde in der Altstadt kostet ab April vier Euro. Der Handel protestiert.",
    "*) Erschienen in dem Schwäbischen Tagblatt am 2. März 2026."),
 dict(title="Tübingen verdoppelt die Parkgebühren", authors=["Felix Krämer"], published="2026-03-02", source="Schwäbisches Tagblatt")),
("target_author_place_en", "Bylines.invertedName refuses `Name Surname, Town`", """---
title: "Cardiff Bay barrage needs £40m repair"
author: "Anna Price, Cardiff"
date: 2026-03-04
---

# Cardiff Bay barrage needs £40m repair

The sluice gates are corroding faster than expected, engineers told the Senedd.

Work could start next year.
""", dict(title="Cardiff Bay barrage needs £40m repair", authors=["Anna Price"], published="2026-03-04")),
("target_map_credit_fr", "withoutPictureCredits keeps `(MAP)`", t(
    "Rabat accueille le sommet africain de l'eau", "Par Youssef Alami (MAP)", "5 mars 2026",
    "Quarante délégations participent aux travaux consacrés au dessalement.",
    "Le Maroc présente son plan 2030."),
 dict(title="Rabat accueille le sommet africain de l'eau", authors=["Youssef Alami"], published="2026-03-05")),
("target_gallery_fact_de", "GalleryCaptions stops at a fact line (byline and day under the count)", t(
    "Karneval in Köln: Die schönsten Bilder", "Bild 1 von 20", "Von Jonas Weber", "16. Februar 2026",
    "Rund eine Million Menschen säumten den Rosenmontagszug, der 8,5 Kilometer durch die Innenstadt zog.",
    "Die Polizei meldete einen ruhigen Tag."),
 dict(title="Karneval in Köln: Die schönsten Bilder", authors=["Jonas Weber"], published="2026-02-16")),
("target_gallery_fact_fr", "GalleryCaptions stops at a fact line", t(
    "Le Carnaval de Nice en images", "Photo 1 sur 15", "Par Claire Dubois", "21 février 2026",
    "Le char du roi a défilé devant 200 000 spectateurs sur la promenade des Anglais.",
    "La bataille de fleurs a lieu samedi."),
 dict(title="Le Carnaval de Nice en images", authors=["Claire Dubois"], published="2026-02-21")),
("target_related_closing_en", "RelatedLists closing credit rule (plain items, then the text's own credit)", t(
    "Ferry operator fined over Arran cancellations", "Regulators said CalMac failed to warn passengers in time on 40 sailings.",
    "The company will appeal.",
    "Read more", "Islanders lose patience with ageing fleet", "New ferries delayed again", "Tourism on Arran falls 8%",
    "By Tom Hale"),
 dict(title="Ferry operator fined over Arran cancellations", authors=["Tom Hale"])),
("target_notion_bullets_es", "NotionPages list page (an article clipped as bullet sentences)", j({
    "object": "page", "id": "e5f6", "created_time": "2026-03-06T08:00:00.000Z", "last_edited_time": "2026-03-06T08:10:00.000Z",
    "properties": {
        "Nombre": {"type": "title", "title": [{"plain_text": "Cinco claves de la nueva ley de vivienda"}]},
        "Medio": {"type": "rich_text", "rich_text": [{"plain_text": "El País"}]},
        "Fecha": {"type": "date", "date": {"start": "2026-03-05"}}},
    "blocks": [{"type": "bulleted_list_item", "bulleted_list_item": {"rich_text": [{"plain_text": s}]}} for s in [
        "Los alquileres en zonas tensionadas no podrán subir más que el índice de referencia.",
        "Los grandes tenedores serán quienes tengan cinco viviendas o más en esas zonas.",
        "Las comunidades autónomas decidirán qué barrios se declaran tensionados cada año.",
        "Los desahucios de familias vulnerables exigirán una mediación previa obligatoria."]]}),
 dict(title="Cinco claves de la nueva ley de vivienda", published="2026-03-05", source="El País")),
("target_wiki_own_note_de", "KeptPages Wiki.js title (the desk's own page keeps its name)", j({"data": {"pages": {"single": {
    "id": 12, "path": "regeln/namen", "title": "Schreibweisen: Ortsnamen", "contentType": "markdown",
    "content": "## Grundsatz\n\nWir schreiben Ortsnamen so, wie der Duden sie führt.\n\n## Ausnahmen\n\nBei polnischen Orten nennen wir beim ersten Mal beide Namen.\n",
    "authorName": "Lena Vogt", "isPublished": True, "createdAt": "2026-01-10T10:00:00Z", "updatedAt": "2026-03-01T10:00:00Z"}}}}),
 dict(title="Schreibweisen: Ortsnamen", source=None)),
("target_newsblur_en", "ServiceDocuments NewsBlur (`stories`, `feeds`)", j({
    "stories": [{"story_hash": "1187:9f8e7d", "story_feed_id": 1187, "story_title": "Scotland's rainforest to double in size",
                 "story_authors": "Severin Carrell", "story_date": "2026-03-05 07:30:00", "starred_date": "2026-03-09 08:00:00",
                 "story_content": "<p>Landowners have pledged 30,000 hectares to restore the Atlantic oakwoods of the west coast.</p><p>Deer culls will be stepped up.</p>",
                 "read_status": 1, "story_permalink": "https://www.theguardian.com/environment/2026/mar/05/rainforest"}],
    "feeds": {"1187": {"id": 1187, "feed_title": "The Guardian"}}, "authenticated": True, "result": "ok"}),
 dict(title="Scotland's rainforest to double in size", authors=["Severin Carrell"], published="2026-03-05", source="The Guardian")),
("target_firestore_fr", "ServiceDocuments Firestore (an article document, typed values)", j(firestore("clippings/k2Jd9", {
    "titre": "Bordeaux arrache ses vignes", "auteurs": ["Julien Marchal"], "media": "Sud Ouest",
    "datePublication": "ts:2026-03-04T06:00:00Z", "texte": "Huit mille hectares seront arrachés d'ici l'été, financés par l'État.\n\nLes viticulteurs touchent 6 000 euros par hectare.",
    "ajoutePar": "Hélène Roux", "lu": True})),
 dict(title="Bordeaux arrache ses vignes", authors=["Julien Marchal"], published="2026-03-04", source="Sud Ouest")),
("target_trove_en", "ServiceDocuments Trove (`heading`, the catalogue title)", j({"article": {
    "id": "16873241", "url": "/newspaper/16873241", "heading": "HARBOUR BRIDGE OPENED.",
    "category": "Article", "title": {"id": "35", "value": "The Sydney Morning Herald (NSW : 1842 - 1954)"},
    "date": "1932-03-21", "page": 11, "troveUrl": "https://nla.gov.au/nla.news-article16873241",
    "articleText": "<p>The Sydney Harbour Bridge was declared open on Saturday by the Premier, Mr. Lang.</p><p>A crowd estimated at three quarters of a million lined the foreshores.</p>",
    "lastCorrection": {"by": "volunteer42", "lastupdated": "2019-05-02T10:00:00Z"}}}),
 dict(title="HARBOUR BRIDGE OPENED.", published="1932-03-21", source="The Sydney Morning Herald")),
("target_prismic_it", "ServiceDocuments Prismic (rich-text blocks, the repository's own fields)", j({"page": 1, "results": [{
    "id": "ZpQ3", "uid": "torino-tram", "type": "articolo", "lang": "it-it",
    "first_publication_date": "2026-03-09T10:00:00+0000", "last_publication_date": "2026-03-09T11:00:00+0000",
    "data": {"titolo": [{"type": "heading1", "text": "Torino, tornano i tram storici", "spans": []}],
             "autore": "Marco Ricci", "testata": "La Stampa", "data_pubblicazione": "2026-03-05",
             "corpo": [{"type": "paragraph", "text": "Dal 15 marzo la linea 7 tornerà a circolare con le vetture degli anni Trenta.", "spans": []},
                       {"type": "paragraph", "text": "Il servizio sarà solo nei fine settimana.", "spans": []}]}}]}),
 dict(title="Torino, tornano i tram storici", authors=["Marco Ricci"], published="2026-03-05", source="La Stampa")),
("target_har_article_de", "ServiceDocuments HAR (a site's article API answer)", j(har({
    "headline": "Hamburg baut die U5 schneller", "author": "Max Berger", "publisher": "Hamburger Abendblatt",
    "datePublished": "2026-03-05T06:00:00+01:00",
    "body": [{"type": "paragraph", "text": "Die Hochbahn will den ersten Abschnitt schon 2031 eröffnen."},
             {"type": "paragraph", "text": "Die Kosten bleiben bei 16 Milliarden Euro."}]}, "https://www.abendblatt.example/api/article/2026/03/u5")),
 dict(title="Hamburg baut die U5 schneller", authors=["Max Berger"], published="2026-03-05", source="Hamburger Abendblatt")),
("target_bing_news_pt", "ServiceDocuments Bing News (`_type` News, `provider`)", j({
    "_type": "News", "readLink": "https://api.bing.microsoft.com/api/v7/news/search?q=lisboa", "totalEstimatedMatches": 1,
    "value": [{"name": "Lisboa vai ter taxa turística de quatro euros", "url": "https://www.publico.example/2026/03/05/taxa",
               "description": "A câmara aprovou a subida da taxa, que passa de dois para quatro euros por noite a partir de junho.",
               "datePublished": "2026-03-05T09:30:00.0000000Z",
               "provider": [{"_type": "Organization", "name": "Público"}], "category": "Business"}]}),
 dict(title="Lisboa vai ter taxa turística de quatro euros", published="2026-03-05", source="Público")),
("target_ses_en", "SESNotifications (a received mail with a pasted article; the mail's date is the sender's)", j(ses(
    "From: Tom Hale <tom.hale@example.org>\r\nTo: clips@desk.example.org\r\nSubject: for the ferry file\r\nDate: Tue, 10 Mar 2026 08:54:59 +0100\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
    "CalMac's new ferry fails sea trials\r\n\r\nBy Severin Carrell\r\n\r\nThe Herald, 6 March 2026\r\n\r\nThe Glen Rosa was sent back to the yard after problems with its steering gear.\r\n\r\nIt is now seven years late.\r\n\r\n-- \r\nTom Hale\r\n")),
 dict(title="CalMac's new ferry fails sea trials", authors=["Severin Carrell"], published="2026-03-06", source="The Herald")),
("target_psql_en", "PsqlRecords (a clippings table's row)", psql("clippings", [
    ("id", "412"), ("headline", "Wales to trial a four-day school week"), ("byline", "{\"Steven Morris\"}"), ("outlet", "The Guardian"),
    ("published_on", "2026-03-05"),
    ("body", "Ten secondary schools will teach on four days from September.\n\nTeachers' unions welcomed the pilot.\n\nParents are divided."),
    ("clipped_by", "Hélène Roux"), ("created_at", "2026-03-10 09:00:00+00")]),
 dict(title="Wales to trial a four-day school week", authors=["Steven Morris"], published="2026-03-05", source="The Guardian")),
("target_psql_es", "PsqlRecords (an array of authors, a Spanish table)", psql("recortes", [
    ("id", "412"), ("titular", "Sevilla prohíbe los pisos turísticos en el centro"), ("autores", "{\"Elena Marín\",\"Manuel Ruiz\"}"),
    ("medio", "Diario de Sevilla"), ("fecha", "2026-03-04"),
    ("texto", "El Ayuntamiento no concederá nuevas licencias en el casco histórico durante tres años.\n\nLos propietarios recurrirán."),
    ("creado", "2026-03-10 09:00:00+01")]),
 dict(title="Sevilla prohíbe los pisos turísticos en el centro", authors=["Elena Marín", "Manuel Ruiz"], published="2026-03-04", source="Diario de Sevilla")),
]
