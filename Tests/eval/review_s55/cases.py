# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Review of stop 55's reader changes (f5b6fea..7794942): PlainTextMail, WebArchive.pages (most words win), ClippingLabels'
# Exchange/Outlook headers, LayoutReader.signsOff, ClippingFacts' one-word subject, isTitleLike's lone greeting, fix53's
# and hostile54's fixes. Look-alikes first, then the rules' own shapes ("target_"). Written by the reviewer for this set.
import base64, json, quopri

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def qp(html, charset="utf-8"):
    return quopri.encodestring(html.encode(charset)).decode("ascii")

def b64(html, charset="utf-8"):
    return base64.encodebytes(html.encode(charset)).decode("ascii")

def js(value):
    return json.dumps(value, ensure_ascii=False, indent=2)

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

def article_html(title, byline, iso, day, paras, lang="en", meta=True):
    head = '<meta charset="utf-8">' if meta else ""
    by = f'<p class="byline">{byline}</p>\n' if byline else ""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}<title>{title}</title></head>\n<body>\n'
            f'<article>\n<h1>{title}</h1>\n{by}<time datetime="{iso}">{day}</time>\n{body}</article>\n</body></html>\n')

def archive(parts, url, boundary="----MultipartBoundary--Zk81LmQw7rTy3Vb0pXs2----", line_end="\r\n", top_type="multipart/related"):
    """An MHTML file; parts: (content-type, transfer-encoding, body, location)."""
    out = ("From: <Saved by Blink>\nSnapshot-Content-Location: " + url + "\nSubject: saved\nDate: Mon, 9 Mar 2026 18:02:11 -0000\n"
           f'MIME-Version: 1.0\nContent-Type: {top_type};\n\ttype="text/html";\n\tboundary="{boundary}"\n\n\n')
    for ctype, enc, body, loc in parts:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {enc}\nContent-Location: {loc}\n\n{body}\n"
    out += f"--{boundary}--\n"
    return out.replace("\r\n", "\n").replace("\n", line_end)

def mail(headers, parts, boundary="=_Part_4471_9921.1741", top="multipart/alternative"):
    """A multipart mail; parts: (content-type, transfer-encoding, body)."""
    out = "\n".join(headers) + f'\nMIME-Version: 1.0\nContent-Type: {top}; boundary="{boundary}"\n\n'
    for ctype, enc, body in parts:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {enc}\n\n{body}\n\n"
    return out + f"--{boundary}--\n"

def redis_quoted(prompt, key, pairs):
    flat = [x for p in pairs for x in p]
    def q(s):
        out = ""
        for b in s.encode("utf-8"):
            if b >= 0x80: out += "\\x%02x" % b
            elif b == 0x0A: out += "\\n"
            elif b == 0x22: out += '\\"'
            else: out += chr(b)
        return '"' + out + '"'
    w = len(str(len(flat)))
    lines = [f"{prompt}> HGETALL {key}"] + [f"{str(i + 1).rjust(w)}) {q(v)}" for i, v in enumerate(flat)] + [f"{prompt}> "]
    return "\n".join(lines) + "\n"


def outlook(sender, subject, date, plain, boundary="_000_EXMBX3DESKEXAMPLEORG0A1B2C_", lang="en-US", html_plain=None, enc="8bit", line_end="\r\n"):
    """An Outlook message as msgconvert writes it: Exchange's headers, a plain part and its HTML twin."""
    shown = plain if html_plain is None else html_plain
    html = "<html><head><style>p.MsoNormal{margin:0}</style></head><body lang=\"" + lang + "\">" + "".join(
        f'<p class="MsoNormal">{l if l else "&nbsp;"}</p>' for l in shown.split("\n")) + "</body></html>"
    addr = sender.lower().replace(" ", ".").replace("ü", "ue").replace("é", "e").replace("ç", "c").replace("ã", "a")
    head = [f"Received: from EXMBX3.desk.example.org (10.1.2.3) by EXHUB1.desk.example.org (10.1.2.9) with Microsoft SMTP Server id 14.3.319.2; {date}",
            f"From: {sender} <{addr}@desk.example.org>", "To: Desk <desk@desk.example.org>", f"Subject: {subject}",
            f"Thread-Topic: {subject}", "Thread-Index: AdQ3xYzAbCdEfGhIjKlMnOpQ==", f"Date: {date}",
            "Message-ID: <0A1B2C3D4E@EXMBX3.desk.example.org>", f"Accept-Language: {lang}", f"Content-Language: {lang}",
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "x-originating-ip: [10.1.2.77]"]
    body = plain if enc != "quoted-printable" else qp(plain)
    hbody = html if enc != "quoted-printable" else qp(html)
    out = mail(head, [("text/plain; charset=\"utf-8\"", enc, body), ("text/html; charset=\"utf-8\"", enc, hbody)], boundary=boundary)
    return out.replace("\r\n", "\n").replace("\n", line_end)

def labelled(*lines_and_paras):
    return t(*lines_and_paras)

CASES = [
# ======== look-alikes ========
# ---- ClippingFacts `case .title`: a one-word headline of letters in a labelled clipping (no mail subject) ----
("title_label_brexit_en", "ClippingFacts .title (a one-word headline `Title: Brexit` in a labelled clipping)", t(
    "Title: Brexit\nAuthor: Marion Kell\nSource: The Northern Echo\nDate: 4 March 2026",
    "Ten years after the referendum, the county's exporters say paperwork still costs them a day a week.",
    "Of 120 firms surveyed by the chamber of commerce, 71 said they had stopped selling to at least one EU country."),
 dict(title="Brexit", authors=["Marion Kell"], published="2026-03-04", source="The Northern Echo")),
("title_label_kurzarbeit_de", "ClippingFacts .title (`Titel: Kurzarbeit`)", t(
    "Titel: Kurzarbeit\nAutor: Jens Bergmann\nQuelle: Stuttgarter Nachrichten\nDatum: 5. März 2026",
    "Bei Bosch in Feuerbach gehen ab April rund 2400 Beschäftigte in Kurzarbeit, die Regelung gilt zunächst bis September.",
    "Der Betriebsrat spricht von einer bitteren, aber notwendigen Entscheidung."),
 dict(title="Kurzarbeit", authors=["Jens Bergmann"], published="2026-03-05", source="Stuttgarter Nachrichten")),
("title_label_canicule_fr", "ClippingFacts .title (`Titre : Canicule`)", t(
    "Titre : Canicule\nAuteur : Claire Fabre\nSource : La Provence\nDate : 6 mars 2026",
    "Météo-France prévoit un été plus chaud que la normale dans les Bouches-du-Rhône, et les communes préparent déjà leurs salles rafraîchies.",
    "Marseille ouvrira quinze lieux climatisés dès le mois de juin."),
 dict(title="Canicule", authors=["Claire Fabre"], published="2026-03-06", source="La Provence")),
("title_label_okupas_es", "ClippingFacts .title (`Título: Okupas`)", t(
    "Título: Okupas\nAutor: Javier Molina\nFuente: La Vanguardia\nFecha: 3 de marzo de 2026",
    "El Parlament aprobó el martes una ley que permite desalojar en 48 horas las viviendas ocupadas de particulares.",
    "Los grupos de la oposición anunciaron un recurso ante el Constitucional."),
 dict(title="Okupas", authors=["Javier Molina"], published="2026-03-03", source="La Vanguardia")),
("title_label_superbonus_it", "ClippingFacts .title (`Titolo: Superbonus`)", t(
    "Titolo: Superbonus\nAutore: Paolo Ferri\nFonte: Il Sole 24 Ore\nData: 4 marzo 2026",
    "Il conto finale della misura supera i 170 miliardi di euro, secondo i dati dell'Enea aggiornati a febbraio.",
    "Il ministero dell'Economia ha chiesto alle banche di chiudere le ultime cessioni entro giugno."),
 dict(title="Superbonus", authors=["Paolo Ferri"], published="2026-03-04", source="Il Sole 24 Ore")),
("title_label_apagao_pt", "ClippingFacts .title (`Título: Apagão`)", t(
    "Título: Apagão\nAutor: Nuno Freitas\nFonte: Jornal de Notícias\nData: 5 de março de 2026",
    "A REN concluiu que a falha de abril teve origem numa subestação em Espanha e não na rede portuguesa.",
    "O relatório será entregue ao Governo na próxima semana."),
 dict(title="Apagão", authors=["Nuno Freitas"], published="2026-03-05", source="Jornal de Notícias")),
("title_label_lockdown_headline_en", "ClippingFacts .title (`Headline: Lockdown` among a cuttings service's labels, CRLF)", crlf(t(
    "Publication: The Irish Times\nHeadline: Lockdown\nByline: Fintan Walsh\nPublished: 2 March 2026\nPage: 14",
    "Six years on, a Dublin theatre company has turned the months of closure into a two-hour play staged in an empty pub.",
    "The run at the Gate has already sold out.")),
 dict(title="Lockdown", authors=["Fintan Walsh"], published="2026-03-02", source="The Irish Times")),
("title_label_inflation_sv_de", "ClippingFacts .title (`Überschrift: Mietpreisbremse` in a press review export)", t(
    "Medium: Berliner Zeitung\nÜberschrift: Mietpreisbremse\nVerfasser: Anja Sommer\nErscheinungsdatum: 3. März 2026",
    "Der Bundestag hat die Regel bis 2029 verlängert, Vermieter in Berlin müssen sich weiter an die Vergleichsmiete halten.",
    "Der Mieterverein begrüßte die Entscheidung."),
 dict(title="Mietpreisbremse", authors=["Anja Sommer"], published="2026-03-03", source="Berliner Zeitung")),
# ---- isTitleLike: a salutation-like headline (greeting, comma, more words) ----
("greeting_bonjour_tristesse_fr", "isTitleLike greeting (`Bonjour, tristesse` as a headline: a greeting and more after the comma)", t(
    "Bonjour, tristesse",
    "Par Hélène Mercier", "7 mars 2026",
    "Le roman de Françoise Sagan entre au programme du baccalauréat de français, soixante-douze ans après sa parution.",
    "Les éditions Julliard annoncent un nouveau tirage de 80 000 exemplaires."),
 dict(title="Bonjour, tristesse", authors=["Hélène Mercier"], published="2026-03-07")),
("greeting_ciao_it", "isTitleLike greeting (`Ciao, Pippo` as a headline)", t(
    "Ciao, Pippo",
    "Di Marco Riva", "6 marzo 2026",
    "È morto a 85 anni il conduttore che per quarant'anni ha presentato il Festival di Sanremo e le domeniche di Rai 1.",
    "I funerali si terranno lunedì a Roma."),
 dict(title="Ciao, Pippo", authors=["Marco Riva"], published="2026-03-06")),
("greeting_hola_es", "isTitleLike greeting (`Hola, Marte` as a headline)", t(
    "Hola, Marte",
    "Por Elena Ruiz", "4 de marzo de 2026",
    "La sonda española Tinto aterrizó el martes en el cráter Jezero tras siete meses de viaje.",
    "Es la primera misión de la Agencia Espacial Española fuera de la órbita terrestre."),
 dict(title="Hola, Marte", authors=["Elena Ruiz"], published="2026-03-04")),
("greeting_ola_pt", "isTitleLike greeting (`Olá, Lisboa!` as a headline)", t(
    "Olá, Lisboa!",
    "Por Inês Cardoso", "5 de março de 2026",
    "Os Coldplay anunciaram três concertos no Estádio da Luz em julho, os primeiros em Portugal desde 2017.",
    "Os bilhetes chegam às bilheteiras na sexta-feira."),
 dict(title="Olá, Lisboa!", authors=["Inês Cardoso"], published="2026-03-05")),
("greeting_hallo_de", "isTitleLike greeting (`Hallo, Nachbar` as a headline)", t(
    "Hallo, Nachbar",
    "Von Sven Lorenz", "3. März 2026",
    "In Leipzig-Gohlis hat ein Verein einen Tauschladen eröffnet, in dem Anwohner Werkzeug und Zeit teilen.",
    "Nach drei Monaten zählt er 600 Mitglieder."),
 dict(title="Hallo, Nachbar", authors=["Sven Lorenz"], published="2026-03-03")),
("greeting_letter_headline_en", "isTitleLike greeting (a reader's letter headed `Dear Santa,` kept under a real headline)", t(
    "The letters children still post to the North Pole",
    "By Ruth Ellison", "December 20, 2026",
    "Dear Santa,",
    "Royal Mail says it answered 380,000 letters last year, most of them asking for a dog."),
 dict(title="The letters children still post to the North Pole", authors=["Ruth Ellison"], published="2026-12-20")),
# ---- ClippingLabels: Received:/Content-Language: in a clipping that is no raw mail ----
("received_intake_en", "ClippingLabels `received` (a desk's intake line `Received:` over a labelled clipping)", t(
    "Received: 5 March 2026, 09:14 (press office)\nSource: Yorkshire Post\nHeadline: Leeds trolleybus plan revived after 30 years\nByline: Owen Pratt\nDate: 4 March 2026",
    "West Yorkshire's mayor wants a trial route from the station to St James's Hospital by 2030.",
    "The scheme was cancelled by the government in 2016."),
 dict(title="Leeds trolleybus plan revived after 30 years", authors=["Owen Pratt"], published="2026-03-04", source="Yorkshire Post")),
("received_intake_undated_en", "ClippingLabels `received` (`Received:` is the desk's day; the article states none)", t(
    "Received: 6 March 2026",
    "Coastguard rescues 14 from stranded ferry\nBy Alison Reid",
    "The MV Hebridean ran aground on a sandbank off Oban in fog early on Thursday. No one was hurt."),
 dict(title="Coastguard rescues 14 from stranded ferry", authors=["Alison Reid"])),
("content_language_cms_de", "ClippingLabels `content-language` (a CMS export's header block)", t(
    "Content-Language: de\nTitel: Dresden öffnet die Carolabrücke wieder\nAutor: Peter Lange\nDatum: 2. März 2026\nQuelle: Sächsische Zeitung",
    "Anderthalb Jahre nach dem Teileinsturz fahren wieder Straßenbahnen über den sanierten Zug A.",
    "Die Stadt rechnet mit 8000 Fahrgästen am Tag."),
 dict(title="Dresden öffnet die Carolabrücke wieder", authors=["Peter Lange"], published="2026-03-02", source="Sächsische Zeitung")),
# ---- signsOff: forwarded mails whose closing whole name is the writer of the article ----
("signsoff_own_article_byline_en", "LayoutReader.signsOff (a journalist forwards their own article, byline and closing name the same)", crlf(
    "From: Laura Bennett <laura.bennett@example-post.co.uk>\nTo: desk@example.org\nSubject: Fwd: my piece on the ferry contract\n"
    "Date: Sat, 7 Mar 2026 10:02:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "Here it is, as it ran this morning.\n\n---------- Forwarded message ---------\n\n"
    "Ferry contract went to firm with no ships\n\nBy Laura Bennett\nMarch 7, 2026\n\n"
    "The £48m contract for the Islay route was awarded to a company that owned no vessels at the time of its bid, documents show.\n\n"
    "Transport Scotland said the firm had met every condition of the tender.\n\nLaura Bennett\n"),
 dict(title="Ferry contract went to firm with no ships", authors=["Laura Bennett"], published="2026-03-07")),
("signsoff_own_article_nobyline_de", "LayoutReader.signsOff (a reporter forwards their own report, names it theirs, closes with their name)", crlf(
    "From: Katrin Vogt <k.vogt@example-zeitung.de>\nTo: Pressespiegel <presse@example.de>\nSubject: WG: Mein Bericht von heute\n"
    "Date: Thu, 5 Mar 2026 08:40:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hallo zusammen, anbei mein Bericht aus der heutigen Ausgabe.\n\n-----Ursprüngliche Nachricht-----\n\n"
    "Kiel verbietet Laubbläser in Wohngebieten\n\nKieler Nachrichten, 5. März 2026\n\n"
    "Von Oktober an dürfen Laubbläser mit Verbrennungsmotor in reinen Wohngebieten nicht mehr eingesetzt werden.\n\n"
    "Die Ratsversammlung stimmte mit 31 zu 18 Stimmen für die Regel.\n\nKatrin Vogt\n"),
 dict(title="Kiel verbietet Laubbläser in Wohngebieten", published="2026-03-05", source="Kieler Nachrichten")),
("signsoff_foot_signature_fr", "LayoutReader.signsOff (forwarded article signed at its foot by its own writer; the forwarder signs with initials)", crlf(
    "From: Marc Olivier <m.olivier@example.fr>\nTo: revue@example.fr\nSubject: TR: article Ouest\nDate: Fri, 6 Mar 2026 09:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\nPour la revue de presse.\nMO\n\n-------- Message transféré --------\n\n"
    "Saint-Malo limite les locations touristiques\n\n6 mars 2026\n\n"
    "La ville plafonne à 90 jours par an la location des résidences principales sur les plateformes.\n\n"
    "Les propriétaires contrevenants risquent 10 000 euros d'amende.\n\nAnne Le Gall\n"),
 dict(title="Saint-Malo limite les locations touristiques", published="2026-03-06")),
("signsoff_dated_article_es", "LayoutReader.signsOff (a forward signed off by its sender: the article's own day stays)", crlf(
    "From: Lucía Navarro <lnavarro@example.es>\nTo: prensa@example.es\nSubject: RV: Noticia Heraldo\nDate: Mon, 9 Mar 2026 11:20:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\nOs paso esta noticia.\n\n---------- Mensaje reenviado ----------\n\n"
    "Zaragoza aprueba el tranvía a Valdespartera\n\nHeraldo de Aragón, 7 de marzo de 2026\n\n"
    "El pleno municipal dio luz verde el viernes al proyecto, que costará 160 millones de euros.\n\n"
    "Las obras empezarán en 2027.\n\nLucía Navarro\nGabinete de Prensa\n"),
 dict(title="Zaragoza aprueba el tranvía a Valdespartera", authors=[], published="2026-03-07", source="Heraldo de Aragón")),
("signsoff_quoted_name_it", "LayoutReader.signsOff (the sender's whole name closes a quote in the article: the article's byline stays)", crlf(
    "From: Giulia Sarti <g.sarti@example.it>\nTo: rassegna@example.it\nSubject: I: Corriere\nDate: Tue, 3 Mar 2026 08:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\n---------- Messaggio inoltrato ----------\n\n"
    "Bologna, il Comune premia i negozi storici\n\nDi Andrea Neri\n3 marzo 2026\n\n"
    "Trenta botteghe del centro riceveranno una targa e uno sconto sulla tassa dei rifiuti.\n\n"
    "«È un riconoscimento a chi tiene viva la città», ha detto l'assessora al commercio.\n\nGiulia Sarti\n"),
 dict(title="Bologna, il Comune premia i negozi storici", authors=["Andrea Neri"], published="2026-03-03")),
# ---- PlainTextMail: mails whose plain part is no full twin of the HTML article ----
("plain_teaser_html_full_en", "PlainTextMail (a newsletter: the plain part a shortened teaser, the HTML the whole article with byline and day)", crlf(mail(
    ["From: The Harbour Gazette <news@example-gazette.co.uk>", "To: desk@example.org", "Subject: Pier reopens after storm repairs",
     "Date: Sun, 8 Mar 2026 07:00:00 +0000"],
    [("text/plain; charset=utf-8", "7bit", "Pier reopens after storm repairs\n\nThe Victorian pier reopens on Saturday after a GBP 6m repair.\n\nRead more: https://example-gazette.co.uk/pier"),
     ("text/html; charset=utf-8", "7bit", article_html("Pier reopens after storm repairs", "By Colin Marsh", "2026-03-07", "March 7, 2026",
        ["The Victorian pier reopens on Saturday after a £6m repair to the decking that storm Darragh tore away.",
         "The council said the cafe at the end would open at Easter.", "About 400,000 people visited the pier each year before the storm."]))])),
 dict(title="Pier reopens after storm repairs", authors=["Colin Marsh"], published="2026-03-07")),
("plain_teaser_html_full_fr", "PlainTextMail (lettre d'information: partie texte abrégée, l'article entier en HTML)", crlf(mail(
    ["From: Le Télégramme <lettre@example-telegramme.fr>", "To: redaction@example.fr", "Subject: La lettre du matin",
     "Date: Fri, 6 Mar 2026 06:30:00 +0100"],
    [("text/plain; charset=utf-8", "quoted-printable", qp("Quimper rouvre sa cathédrale aux visiteurs\n\nAprès quatre ans de travaux, la nef est de nouveau ouverte.\n\nLire la suite : https://example-telegramme.fr/quimper")),
     ("text/html; charset=utf-8", "quoted-printable", qp(article_html("Quimper rouvre sa cathédrale aux visiteurs", "Par Yann Le Roux", "2026-03-05", "5 mars 2026",
        ["Après quatre ans de travaux, la nef de la cathédrale Saint-Corentin est de nouveau ouverte au public.",
         "Le chantier a coûté 14 millions d'euros, financés aux deux tiers par l'État."], lang="fr")))])),
 dict(title="Quimper rouvre sa cathédrale aux visiteurs", authors=["Yann Le Roux"], published="2026-03-05")),
("plain_words_differ_de", "PlainTextMail (plain part in other words than the HTML: not its twin)", crlf(mail(
    ["From: Nordkurier <newsletter@example-nordkurier.de>", "To: redaktion@example.de", "Subject: Ihr Morgenbriefing", "Date: Wed, 4 Mar 2026 06:00:00 +0100"],
    [("text/plain; charset=utf-8", "8bit", "Guten Morgen! Ihr E-Mail-Programm zeigt nur Text. Die ganze Ausgabe finden Sie online.\n\nIhre Redaktion"),
     ("text/html; charset=utf-8", "8bit", article_html("Neubrandenburg baut ein zweites Hallenbad", "Von Frank Wilke", "2026-03-03", "3. März 2026",
        ["Die Stadtvertretung hat den Bau eines Hallenbades am Kulturpark mit 32 Stimmen beschlossen.", "Es soll 2029 öffnen."], lang="de"))])),
 dict(title="Neubrandenburg baut ein zweites Hallenbad", authors=["Frank Wilke"], published="2026-03-03")),
("plain_title_only_it", "PlainTextMail (plain part holds the title and a link only; the HTML the article)", crlf(mail(
    ["From: La Nazione <newsletter@example-nazione.it>", "To: redazione@example.it", "Subject: Firenze, tramvia fino a Bagno a Ripoli", "Date: Thu, 5 Mar 2026 07:00:00 +0100"],
    [("text/plain; charset=utf-8", "8bit", "Firenze, tramvia fino a Bagno a Ripoli\nhttps://example-nazione.it/firenze/tramvia"),
     ("text/html; charset=utf-8", "8bit", article_html("Firenze, tramvia fino a Bagno a Ripoli", "Di Sara Bini", "2026-03-04", "4 marzo 2026",
        ["La nuova linea 3.2 sarà lunga 7 chilometri e avrà 17 fermate.", "I cantieri apriranno a settembre."], lang="it"))])),
 dict(title="Firenze, tramvia fino a Bagno a Ripoli", authors=["Sara Bini"], published="2026-03-04")),
("plain_no_cte_html_es", "PlainTextMail (plain part without Content-Transfer-Encoding: the HTML reader reads the mail)", crlf(
    "From: El Norte de Castilla <boletin@example-norte.es>\nTo: redaccion@example.es\nSubject: Valladolid peatonaliza la calle Santiago\n"
    "Date: Tue, 3 Mar 2026 07:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
    "Valladolid peatonaliza la calle Santiago\n\n--b1\nContent-Type: text/html; charset=utf-8\n\n"
    + article_html("Valladolid peatonaliza la calle Santiago", "Por Pablo Herrero", "2026-03-02", "2 de marzo de 2026",
        ["El Ayuntamiento cerrará al tráfico el último tramo en abril.", "Los comerciantes piden más carga y descarga."], lang="es") + "\n--b1--\n"),
 dict(title="Valladolid peatonaliza la calle Santiago", authors=["Pablo Herrero"], published="2026-03-02")),
("plain_summary_then_html_pt", "PlainTextMail (plain part a summary repeating the HTML's first words; byline only in HTML)", crlf(mail(
    ["From: Expresso <newsletter@example-expresso.pt>", "To: redacao@example.pt", "Subject: Expresso Curto", "Date: Fri, 6 Mar 2026 07:00:00 +0000"],
    [("text/plain; charset=utf-8", "quoted-printable", qp("Porto abre concurso para metrobus\n\nResumo: a linha ligará a Boavista à Anémona.\n")),
     ("text/html; charset=utf-8", "quoted-printable", qp(article_html("Porto abre concurso para metrobus", "Por Joana Prata", "2026-03-05", "5 de março de 2026",
        ["A linha ligará a Boavista à Anémona em 2027 e custará 66 milhões de euros.", "Os autocarros serão a hidrogénio."], lang="pt")))])),
 dict(title="Porto abre concurso para metrobus", authors=["Joana Prata"], published="2026-03-05")),
# ---- WebArchive.pages: the most words win, the article a shorter part ----
("mht_comments_bigger_en", "WebArchive.pages (the comments frame has more words than the article)",
 archive([
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(article_html("Library to open on Sundays from April", "By Jo Hartley", "2026-03-05", "March 5, 2026",
        ["The central library will open from 11am to 4pm on Sundays, the council said.", "Three extra staff will be hired."])), "https://www.example-echo.co.uk/library"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp("<html><head><title>Comments</title></head><body><h2>Readers' comments (48)</h2>" + "".join(
        f"<div class=\"comment\"><p class=\"who\">reader{i}</p><p>About time too, I have been asking for Sunday opening for years and years, my children need somewhere quiet to study at weekends and the cafes are too loud.</p></div>" for i in range(30)) + "</body></html>"), "https://comments.example-echo.co.uk/thread/881"),
 ], "https://www.example-echo.co.uk/library"),
 dict(title="Library to open on Sundays from April", authors=["Jo Hartley"], published="2026-03-05")),
("mht_sitemap_bigger_de", "WebArchive.pages (an iframe'd site map with more words than the article)",
 archive([
    ("text/html", "quoted-printable", qp("<html><body><h1>Sitemap</h1><ul>" + "".join(f"<li><a href=\"/r/{i}\">Ressort Nummer {i}: Nachrichten aus der Region und dem Landkreis</a></li>" for i in range(120)) + "</ul></body></html>"), "https://www.example-mz.de/sitemap.html"),
    ("text/html", "quoted-printable", qp(article_html("Halle bekommt ein neues Planetarium", "Von Ute Krämer", "2026-03-04", "4. März 2026",
        ["Das Planetarium im alten Gasometer öffnet im Herbst.", "Der Umbau kostete 13 Millionen Euro."], lang="de")), "https://www.example-mz.de/halle/planetarium"),
 ], "https://www.example-mz.de/halle/planetarium"),
 dict(title="Halle bekommt ein neues Planetarium", authors=["Ute Krämer"], published="2026-03-04")),
("mht_related_bigger_fr", "WebArchive.pages (a 'related articles' frame longer than the article)",
 archive([
    ("text/html", "quoted-printable", qp(article_html("Nantes ferme deux piscines pour l'été", "Par Julie Morel", "2026-03-06", "6 mars 2026",
        ["Les piscines de la Durantière et de Léo-Lagrange fermeront de juillet à septembre pour travaux.", "La ville promet des créneaux élargis ailleurs."], lang="fr")), "https://www.example-ouest.fr/nantes/piscines"),
    ("text/html", "quoted-printable", qp("<html><body><h2>À lire aussi</h2>" + "".join(f"<article><h3>Titre d'un autre article numéro {i} sur la vie nantaise</h3><p>Résumé assez long de cet autre article consacré à la vie locale, aux transports et aux travaux en cours dans l'agglomération.</p></article>" for i in range(25)) + "</body></html>"), "https://www.example-ouest.fr/widgets/related"),
 ], "https://www.example-ouest.fr/nantes/piscines"),
 dict(title="Nantes ferme deux piscines pour l'été", authors=["Julie Morel"], published="2026-03-06")),
("mht_cookie_policy_bigger_it", "WebArchive.pages (the consent frame's whole privacy policy is longer than the article)",
 archive([
    ("text/html", "quoted-printable", qp("<html><head><title>Informativa privacy</title></head><body><h1>Informativa sulla privacy</h1>" + "".join(f"<p>Articolo {i}. Il titolare del trattamento tratta i dati personali degli utenti per finalità di profilazione pubblicitaria, misurazione e miglioramento del servizio, nel rispetto del regolamento europeo.</p>" for i in range(30)) + "</body></html>"), "https://cmp.example.it/policy.html"),
    ("text/html", "quoted-printable", qp(article_html("Genova, riapre la funicolare del Righi", "Di Matteo Costa", "2026-03-05", "5 marzo 2026",
        ["Dopo otto mesi di lavori la funicolare torna in servizio da sabato.", "Le corse saranno ogni quindici minuti."], lang="it")), "https://www.example-secolo.it/genova/righi"),
 ], "https://www.example-secolo.it/genova/righi"),
 dict(title="Genova, riapre la funicolare del Righi", authors=["Matteo Costa"], published="2026-03-05")),
("mht_seventh_part_es", "WebArchive.pages (six ad frames before the article: the article is the seventh HTML part)",
 archive([("text/html", "quoted-printable", qp(f'<html><body><a href="https://ads.example.net/c?{i}"><img src="b{i}.gif"></a> Publicidad</body></html>'), f"https://ads.example.net/f{i}.html") for i in range(6)] + [
    ("text/html", "quoted-printable", qp(article_html("Bilbao amplía la zona de bajas emisiones", "Por Ane Etxeberria", "2026-03-04", "4 de marzo de 2026",
        ["Desde junio la zona abarcará también Deusto y San Ignacio.", "Las multas serán de 200 euros."], lang="es")), "https://www.example-correo.es/bilbao/zbe")],
 "https://www.example-correo.es/bilbao/zbe"),
 dict(title="Bilbao amplía la zona de bajas emisiones", authors=["Ane Etxeberria"], published="2026-03-04")),
# ---- fix53 look-alikes: stores' prints, disclosures ----
("ntfy_news_alert_link_en", "ConsoleRecords ntfy (a news alert with a click link and no byline: an article)",
 "$ curl -s \"https://ntfy.example.org/newsdesk/json?poll=1\"\n" + json.dumps({"id": "pQ7nW2", "time": 1741600000, "event": "message", "topic": "newsdesk",
    "title": "Council confirms closure of Westgate baths", "message": "The 1930s pool will shut in June after councillors voted 32 to 19 against a £9m refit.",
    "click": "https://www.example-argus.co.uk/news/westgate-baths", "tags": ["newspaper"]}) + "\n",
 dict(title="Council confirms closure of Westgate baths")),
("ntfy_news_alert_byline_fr", "ConsoleRecords ntfy (an alert whose message opens with the byline and day)",
 "$ curl -s ntfy.sh/depeches-redac/json?poll=1\n" + json.dumps({"id": "Rr3kPz", "time": 1741610000, "event": "message", "topic": "depeches-redac",
    "title": "Lyon : le tunnel de Fourvière fermé trois nuits", "message": "Par Karine Dubois\n7 mars 2026\nLes travaux de rénovation de l'éclairage obligent la Métropole à fermer l'ouvrage de 21 h à 5 h."},
    ensure_ascii=False) + "\n",
 dict(title="Lyon : le tunnel de Fourvière fermé trois nuits", authors=["Karine Dubois"], published="2026-03-07")),
("psql_noplus_article_it", "PsqlRecords (an article's record, every column name narrower than the label: no `+`)",
 "archivio=# \\x\nExpanded display is on.\narchivio=# SELECT * FROM articoli WHERE id = 9021;\n-[ RECORD 1 ]----------------------------------------------------\n"
 "id      | 9021\ntitolo  | Bari, il porto apre ai traghetti elettrici\nautore  | Nicola De Santis\nfonte   | La Gazzetta del Mezzogiorno\n"
 "data    | 2026-03-05\ntesto   | L'Autorità portuale ha firmato l'accordo per le colonnine di ricarica sulla banchina 10.\n\n",
 dict(title="Bari, il porto apre ai traghetti elettrici", authors=["Nicola De Santis"], published="2026-03-05", source="La Gazzetta del Mezzogiorno")),
("psql_noplus_article_pt", "PsqlRecords (a short-named article record without `+`, CRLF)", crlf(
 "arquivo=# \\x\nExpanded display is on.\narquivo=# SELECT * FROM noticias WHERE id = 311;\n-[ RECORD 1 ]---------------------------------------------\n"
 "id     | 311\ntitulo | Braga inaugura ciclovia até Guimarães\nautor  | Sofia Matos\nfonte  | Correio do Minho\ndata   | 2026-03-04\n"
 "texto  | A via de 22 quilómetros acompanha o antigo traçado ferroviário.\n\n"),
 dict(title="Braga inaugura ciclovia até Guimarães", authors=["Sofia Matos"], published="2026-03-04", source="Correio do Minho")),
("disclosure_own_and_company_en", "DisclosureNotes.ownPaper (a note naming our parent company AND a covered company's owner)", t(
    "Ocado shares jump on robot deal",
    "By Priya Shah", "March 5, 2026",
    "Ocado's shares rose 18% after it agreed to supply warehouse robots to a US grocer.",
    "Disclosure: Ocado is part-owned by Marks & Spencer, which advertises with our parent company, Reach plc."),
 dict(title="Ocado shares jump on robot deal", authors=["Priya Shah"], published="2026-03-05", source=None)),
("disclosure_own_and_company_fr", "DisclosureNotes.ownPaper (notre groupe ET la société couverte)", t(
    "Ubisoft cède ses studios canadiens",
    "Par Thomas Girard", "6 mars 2026",
    "L'éditeur de jeux vend trois studios à un fonds américain pour 450 millions d'euros.",
    "Transparence : Ubisoft appartient en partie au groupe Tencent, qui n'a aucun lien avec notre groupe."),
 dict(title="Ubisoft cède ses studios canadiens", authors=["Thomas Girard"], published="2026-03-06", source=None)),
("feedbin_article_image_enclosure_en", "ConsoleRecords feedbin (an article entry with an image enclosure: the author stays)",
 "$ curl -s -u desk@example.org:*** https://api.feedbin.com/v2/entries/4419555.json\n" + js({"id": 4419555, "feed_id": 2210, "title": "Cardiff bus lanes to run all day",
    "url": "https://www.example-wales.co.uk/cardiff-bus-lanes", "author": "Rhys Evans",
    "content": "<p>Bus lanes on six main roads into Cardiff will operate from 7am to 7pm from May, the council said.</p>",
    "summary": "Bus lanes on six main roads will operate all day.", "published": "2026-03-04T09:00:00.000000Z", "created_at": "2026-03-04T09:05:12.000000Z",
    "enclosure": {"enclosure_url": "https://www.example-wales.co.uk/img/bus.jpg", "enclosure_type": "image/jpeg", "enclosure_length": "88120"}}) + "\n",
 dict(title="Cardiff bus lanes to run all day", authors=["Rhys Evans"], published="2026-03-04T09:00:00Z")),
("lines_count_usenet_en", "ClippingLabels isLineCount (a news post's real `Lines:` count that looks like a year)", t(
    "From: Tom Reilly <treilly@example.net>\nNewsgroups: uk.local.london\nSubject: Crossrail delays explained\nDate: 6 Mar 2026 10:00:00 GMT\nLines: 1620",
    "Crossrail delays explained",
    "The line's signalling between Paddington and Abbey Wood was tested for 2,000 hours before opening."),
 dict(title="Crossrail delays explained")),
("stamp_headline_short_de", "ExportLines.isReceptionStamp (a stamp-like head `Eingang 3. März · Post schließt` that is a headline of three words after the dot)", t(
    "Posteingang am Montag · Filiale schließt",
    "Von Heike Brandt", "3. März 2026",
    "Die Postfiliale in der Hauptstraße schließt Ende März, die Schalter ziehen in einen Supermarkt."),
 dict(title="Posteingang am Montag · Filiale schließt", authors=["Heike Brandt"], published="2026-03-03")),
# ======== targets: the rules' own shapes ========
# ---- PlainTextMail + ClippingLabels: msgconvert .eml in six languages, CRLF ----
("target_outlook_en", "PlainTextMail + ClippingLabels (msgconvert .eml, Exchange headers, en, CRLF)",
 outlook("Martin Hale", "FW: today's clipping", "Mon, 9 Mar 2026 09:12:41 +0000",
    "FYI for the 10am.\n\nHospital car park fees scrapped for nurses\nThe Bristol Post, 7 March 2026\nBy Amy Fowler\n\n"
    "Nurses at Southmead will no longer pay to park from April, the trust said.\n\nThe charge had cost staff up to £500 a year.\n\nMartin Hale\nComms team"),
 dict(title="Hospital car park fees scrapped for nurses", authors=["Amy Fowler"], published="2026-03-07", source="The Bristol Post")),
("target_outlook_de", "PlainTextMail + ClippingLabels (msgconvert .eml, de, CRLF)",
 outlook("Stefan Krüger", "WG: Pressespiegel", "Tue, 10 Mar 2026 08:30:00 +0100",
    "Zur Kenntnis.\n\nAugsburg testet autonome Busse\nAugsburger Allgemeine, 6. März 2026\nVon Maria Huber\n\n"
    "Zwei fahrerlose Kleinbusse fahren ab Mai zwischen Hauptbahnhof und Uniklinik.\n\nDas Projekt kostet 4,2 Millionen Euro.\n\nStefan Krüger\nPressestelle", lang="de-DE"),
 dict(title="Augsburg testet autonome Busse", authors=["Maria Huber"], published="2026-03-06", source="Augsburger Allgemeine")),
("target_outlook_fr", "PlainTextMail + ClippingLabels (msgconvert .eml, fr, CRLF, quoted-printable)",
 outlook("Sophie Garnier", "TR: revue de presse", "Wed, 11 Mar 2026 09:00:00 +0100",
    "Pour info.\n\nToulouse lance son téléphérique urbain\nLa Dépêche du Midi, 5 mars 2026\nPar Luc Fabre\n\n"
    "Le Téléo relie désormais l'Oncopole à l'université Paul-Sabatier en dix minutes.\n\nIl transporte 8 000 voyageurs par jour.\n\nSophie Garnier\nService communication",
    lang="fr-FR", enc="quoted-printable"),
 dict(title="Toulouse lance son téléphérique urbain", authors=["Luc Fabre"], published="2026-03-05", source="La Dépêche du Midi")),
("target_outlook_es", "PlainTextMail + ClippingLabels (msgconvert .eml, es, CRLF)",
 outlook("Carmen Ortega", "RV: recorte", "Thu, 12 Mar 2026 10:00:00 +0100",
    "Para el dosier.\n\nMálaga construirá 2.000 viviendas en Repsol\nDiario Sur, 8 de marzo de 2026\nPor Álvaro Gil\n\n"
    "Los terrenos de la antigua refinería acogerán pisos de alquiler asequible desde 2028.\n\nEl Ayuntamiento sacará el concurso en verano.\n\nCarmen Ortega\nGabinete", lang="es-ES"),
 dict(title="Málaga construirá 2.000 viviendas en Repsol", authors=["Álvaro Gil"], published="2026-03-08", source="Diario Sur")),
("target_outlook_it_undated", "PlainTextMail + signsOff (msgconvert .eml, it, undated article: no sender, no sent day)",
 outlook("Francesca Lodi", "I: rassegna stampa", "Fri, 13 Mar 2026 08:10:00 +0100",
    "Da inserire.\n\nVerona, l'Arena avrà una copertura mobile\nL'Arena\n\n"
    "Il progetto da 14 milioni di euro prevede una tenda retrattile per proteggere gli spettacoli dalla pioggia.\n\nI lavori partiranno nel 2027.\n\nFrancesca Lodi", lang="it-IT"),
 dict(title="Verona, l'Arena avrà una copertura mobile", authors=[], published=None, source="L'Arena")),
("target_outlook_pt_lf", "PlainTextMail + signsOff (msgconvert .eml, pt, LF line ends, undated article)",
 outlook("Ricardo Pinto", "ENC: clipping", "Sat, 14 Mar 2026 09:00:00 +0000",
    "Segue.\n\nCoimbra recebe o metrobus em junho\nDiário de Coimbra\n\n"
    "Os primeiros veículos elétricos começam a circular entre a Portagem e Serpins.\n\nO serviço será gratuito no primeiro mês.\n\nRicardo Pinto\nAssessoria de imprensa",
    lang="pt-PT", line_end="\n"),
 dict(title="Coimbra recebe o metrobus em junho", authors=[], published=None, source="Diário de Coimbra")),
# ---- one-word subject of letters (mail), the title looked for in the text ----
("target_subject_clipping_en", "ClippingFacts .title (`Subject: clipping`: no headline)", crlf(
    "From: Press Office <press@example.org>\nTo: desk@example.org\nSubject: clipping\nDate: Mon, 2 Mar 2026 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "Swansea tidal lagoon gets planning consent\n\nBy Gwen Pryce\nMarch 1, 2026\n\nThe £1.7bn scheme would power 150,000 homes, its backers say.\n"),
 dict(title="Swansea tidal lagoon gets planning consent", authors=["Gwen Pryce"], published="2026-03-01")),
("target_subject_artikel_de", "ClippingFacts .title (`Betreff: Artikel`)", crlf(
    "Von: Pressestelle <presse@example.de>\nAn: redaktion@example.de\nBetreff: Artikel\nDatum: 2. März 2026\n\n"
    "Rostock verlängert die Warnowbrücke\n\nVon Ole Jensen\n1. März 2026\n\nDer Neubau soll 2030 fertig sein und 90 Millionen Euro kosten.\n"),
 dict(title="Rostock verlängert die Warnowbrücke", authors=["Ole Jensen"], published="2026-03-01")),
("target_subject_rassegna_it", "ClippingFacts .title (`Oggetto: rassegna`)", t(
    "Da: Ufficio stampa <stampa@example.it>\nA: redazione@example.it\nOggetto: rassegna\nData: 3 marzo 2026",
    "Padova, nuovo ospedale entro il 2032\nDi Elisa Zanon\n2 marzo 2026",
    "Il cantiere da 650 milioni di euro aprirà nell'area di Padova Est entro la fine dell'anno."),
 dict(title="Padova, nuovo ospedale entro il 2032", authors=["Elisa Zanon"], published="2026-03-02")),
# ---- greeting alone before its comma ----
("target_greeting_bonjour_fr", "isTitleLike greeting (`Bonjour,` over a forwarded clipping: no title)", t(
    "Bonjour,",
    "Voici l'article demandé.",
    "Brest accueillera les Fêtes maritimes en 2028\nPar Gwenaël Le Floch\n4 mars 2026",
    "La ville a été choisie face à Douarnenez pour organiser l'événement, qui attire un million de visiteurs."),
 dict(title="Brest accueillera les Fêtes maritimes en 2028", authors=["Gwenaël Le Floch"], published="2026-03-04")),
("target_greeting_ola_pt", "isTitleLike greeting (`Olá,` over a clipping)", t(
    "Olá,",
    "Aveiro proíbe trotinetes na Avenida\nPor Marta Vieira\n3 de março de 2026",
    "A câmara municipal vai retirar as trotinetes partilhadas da avenida principal a partir de abril."),
 dict(title="Aveiro proíbe trotinetes na Avenida", authors=["Marta Vieira"], published="2026-03-03")),
# ---- signsOff: forwarded mails signed off at the foot ----
("target_signsoff_fwd_en", "LayoutReader.signsOff (a forward of an unsigned, undated article, the sender's name closing it)", crlf(
    "From: Daniel Price <dprice@example.org>\nTo: desk@example.org\nSubject: Fwd: bridge story\nDate: Tue, 3 Mar 2026 12:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    "---------- Forwarded message ---------\n\nTyne bridge repainting to start in May\n\n"
    "The Grade II* listed bridge will be wrapped in scaffolding for two years.\n\nNewcastle City Council said traffic would keep flowing.\n\nDaniel Price\nPress review team\n+44 191 555 0142\n"),
 dict(title="Tyne bridge repainting to start in May", authors=[], published=None)),
("target_signsoff_wg_de", "LayoutReader.signsOff (WG: mail, signature under the article with phone line)", crlf(
    "From: Birgit Seidel <b.seidel@example.de>\nTo: presse@example.de\nSubject: WG: Bericht Stadtwerke\nDate: Wed, 4 Mar 2026 09:30:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
    "-----Ursprüngliche Nachricht-----\n\nStadtwerke Kassel senken den Strompreis\n\n"
    "Ab April zahlen Haushalte 3 Cent weniger je Kilowattstunde.\n\nGrund sind gesunkene Einkaufspreise.\n\nMit freundlichen Grüßen\nBirgit Seidel\nPressespiegel · 0561 555 0199\n"),
 dict(title="Stadtwerke Kassel senken den Strompreis", authors=[], published=None)),
("target_signsoff_tr_fr", "LayoutReader.signsOff (TR: mail, the sender's name and service under the article)", crlf(
    "From: Nicolas Perrin <n.perrin@example.fr>\nTo: revue@example.fr\nSubject: TR: article Lille\nDate: Thu, 5 Mar 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
    "-------- Message transféré --------\n\nLille rend le métro gratuit le dimanche\n\n"
    "La Métropole européenne de Lille testera la mesure pendant six mois à partir d'avril.\n\nNicolas Perrin\nRevue de presse · 03 20 55 01 99\n"),
 dict(title="Lille rend le métro gratuit le dimanche", authors=[], published=None)),
("target_signsoff_rv_es", "LayoutReader.signsOff (RV: mail closed by the sender's whole name)", crlf(
    "From: Marta Iglesias <miglesias@example.es>\nTo: prensa@example.es\nSubject: RV: noticia Vigo\nDate: Fri, 6 Mar 2026 09:15:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
    "---------- Mensaje reenviado ----------\n\nVigo instalará rampas mecánicas en Gran Vía\n\n"
    "El Concello invertirá 9 millones de euros en el tramo hasta Plaza de España.\n\nUn saludo,\nMarta Iglesias\n"),
 dict(title="Vigo instalará rampas mecánicas en Gran Vía", authors=[], published=None)),
# ---- WebArchive.pages: a frameset or consent page before the article ----
("target_mht_frameset_de", "WebArchive.pages (IE .mht: frameset, navigation, then the article)",
 archive([
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp('<html><head><title>Weser-Kurier</title></head><frameset rows="15%,85%"><frame src="top.htm"><frame src="artikel.htm"></frameset></html>'), "http://archiv.example-wk.de/index.htm"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp('<html><body><a href="/">Startseite</a> | <a href="/bremen">Bremen</a></body></html>'), "http://archiv.example-wk.de/top.htm"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(article_html("Bremen baut die Stephanibrücke um", "Von Jörg Meyer", "2026-03-05", "5. März 2026",
        ["Ab Juni wird eine Fahrspur je Richtung zum Radweg.", "Die Arbeiten dauern ein Jahr."], lang="de")), "http://archiv.example-wk.de/artikel.htm"),
 ], "http://archiv.example-wk.de/index.htm"),
 dict(title="Bremen baut die Stephanibrücke um", authors=["Jörg Meyer"], published="2026-03-05")),
("target_mht_consent_en", "WebArchive.pages (a consent page first, base64 article after, LF)",
 archive([
    ("text/html", "quoted-printable", qp('<html><body><h2>We value your privacy</h2><p>We and our 842 partners use cookies.</p><button>Accept all</button></body></html>'), "https://consent.example.com/"),
    ("text/html", "base64", b64(article_html("Cornwall spaceport finds a new operator", "By Hannah Kemp", "2026-03-06", "March 6, 2026",
        ["A US start-up will fly satellites from Newquay from 2027.", "The site lay idle after a failed launch in 2023."])), "https://www.example-cornwall.co.uk/spaceport"),
 ], "https://www.example-cornwall.co.uk/spaceport", line_end="\n"),
 dict(title="Cornwall spaceport finds a new operator", authors=["Hannah Kemp"], published="2026-03-06")),
("target_mht_nested_consent_it", "WebArchive.pages (consent page, then the article in a nested multipart/alternative)",
 archive([
    ("text/html", "quoted-printable", qp('<html><body><h2>Il tuo consenso</h2><button>Accetta</button></body></html>'), "https://cmp.example.it/"),
    ('multipart/alternative; boundary="inner-77"', "7bit", "--inner-77\nContent-Type: text/plain\n\nPalermo\n--inner-77\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        + qp(article_html("Palermo, il tram arriva a Mondello", "Di Rosa Greco", "2026-03-04", "4 marzo 2026", ["La linea sarà pronta nel 2029.", "Costerà 300 milioni."], lang="it")) + "\n--inner-77--", "https://www.example-sicilia.it/tram"),
 ], "https://www.example-sicilia.it/tram"),
 dict(title="Palermo, il tram arriva a Mondello", authors=["Rosa Greco"], published="2026-03-04")),
("target_mht_ad_then_article_pt", "WebArchive.pages (two ad frames before the article, CRLF)",
 archive([
    ("text/html", "quoted-printable", qp('<html><body><img src="ad1.gif"> Publicidade</body></html>'), "https://ads.example.pt/1"),
    ("text/html", "quoted-printable", qp('<html><body><img src="ad2.gif"> Publicidade</body></html>'), "https://ads.example.pt/2"),
    ("text/html", "quoted-printable", qp(article_html("Faro alarga o aeroporto em 2028", "Por Tiago Sousa", "2026-03-05", "5 de março de 2026",
        ["A ANA vai investir 200 milhões de euros num novo terminal.", "A capacidade passará para 14 milhões de passageiros."], lang="pt")), "https://www.example-algarve.pt/faro"),
 ], "https://www.example-algarve.pt/faro"),
 dict(title="Faro alarga o aeroporto em 2028", authors=["Tiago Sousa"], published="2026-03-05")),
]
