# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None: the file holds no article, refused), authors (list), published (YYYY-MM-DD or None), source.
# Review of stop 53's reader changes (194d618..634d560) with look-alikes and fresh targets, six languages.
# Helpers copied from review_s55/cases.py, plus ie_archive (an MHTML without Snapshot-Content-Location) and html_mail.
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


def ie_archive(parts, boundary="----=_NextPart_000_0000_01DA8E2C.5F3A1B20", line_end="\r\n"):
    """An MHTML file as Internet Explorer / Word save it: no Snapshot-Content-Location; parts: (ctype, enc, body, location)."""
    out = ("From: <Saved by Windows Internet Explorer 11>\nSubject: saved page\nDate: Mon, 9 Mar 2026 18:02:11 +0100\nMIME-Version: 1.0\n"
           f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"\nX-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158\n\n'
           "This is a multi-part message in MIME format.\n\n")
    for ctype, enc, body, loc in parts:
        out += f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {enc}\nContent-Location: {loc}\n\n{body}\n"
    out += f"--{boundary}--\n"
    return out.replace("\r\n", "\n").replace("\n", line_end)

def entity_html(title, byline, day, paras, lang):
    """An HTML mail part written with named entities (as Outlook and many CMS mailers do)."""
    import html as H
    def ent(s):
        return "".join(f"&{H.entities.codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in H.entities.codepoint2name else c for c in s)
    body = "".join(f"<p>{ent(p)}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f"<h1>{ent(title)}</h1><p>{ent(byline)}</p><p>{ent(day)}</p>{body}</body></html>")

def outlook_entities(plain):
    """Outlook's HTML body: one <p class=MsoNormal> per line, non-ASCII letters as named entities."""
    import html as H
    def ent(x):
        return "".join(f"&{H.entities.codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in H.entities.codepoint2name else c for c in x)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm}</style></head><body lang="FR">'
            + "".join(f'<p class="MsoNormal">{ent(l) if l else "&nbsp;"}</p>' for l in plain.split("\n")) + "</body></html>")

def fwd_mail(sender, subject, date, body, lang_note=""):
    addr = sender.lower().replace(" ", ".").replace("ü", "ue").replace("é", "e").replace("ã", "a").replace("í", "i")
    return crlf(f"From: {sender} <{addr}@example.org>\nTo: desk@example.org\nSubject: {subject}\nDate: {date}\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)

def cmd_json(cmd, value):
    return cmd + "\n" + js(value) + "\n"

ARTS = {
 "en": ("Leeds votes to pedestrianise Briggate", "By Harriet Cole", "2026-03-04", "4 March 2026", [
    "Leeds City Council voted on Tuesday to close the last stretch of Briggate to cars from June, after a consultation drew 6,400 replies.",
    "Traders were split: the Chamber of Commerce backed the plan, while the taxi association said it would cost drivers up to 20 minutes a trip.",
    "The work will cost £3.2m and is paid for by the West Yorkshire mayor's transport fund."]),
 "fr": ("Rennes ferme le pont de Nantes aux voitures", "Par Élodie Guérin", "2026-03-05", "5 mars 2026", [
    "À partir du 1er avril, seuls les bus, les vélos et les piétons pourront franchir le pont de Nantes, a annoncé jeudi la maire de Rennes.",
    "Les commerçants de la rue d'Isly craignent une baisse de leur chiffre d'affaires et demandent des places de livraison.",
    "Le chantier de réaménagement coûtera 4,5 millions d'euros, financés à moitié par la métropole."]),
 "de": ("Würzburg verbietet Heizpilze in der Altstadt", "Von Jürgen Maßmann", "2026-03-03", "3. März 2026", [
    "Der Stadtrat hat am Montag mit großer Mehrheit beschlossen, dass Gastwirte in der Altstadt ab Oktober keine Heizpilze mehr aufstellen dürfen.",
    "Der Hotel- und Gaststättenverband kritisierte die Entscheidung als überstürzt und kündigte Gespräche mit der Verwaltung an.",
    "Wer gegen das Verbot verstößt, muss mit einem Bußgeld von bis zu 2.500 Euro rechnen."]),
 "es": ("Córdoba amplía el horario de la biblioteca central", "Por Inmaculada Gómez", "2026-03-06", "6 de marzo de 2026", [
    "La biblioteca central de Córdoba abrirá también los domingos desde abril, según anunció el viernes la concejala de Cultura.",
    "La ampliación, pedida por más de 3.000 estudiantes en una recogida de firmas, costará 180.000 euros al año.",
    "Los sindicatos reclaman que se contrate a seis personas más para cubrir los turnos."]),
 "it": ("Trieste, il tram di Opicina torna in servizio", "Di Matteo Zanetti", "2026-03-02", "2 marzo 2026", [
    "Dopo otto anni di stop, il tram di Opicina tornerà a collegare piazza Oberdan con l'altipiano a partire da giugno, ha annunciato lunedì il Comune.",
    "I lavori di ripristino della linea e delle vetture storiche sono costati 12 milioni di euro.",
    "Il biglietto costerà quanto quello dell'autobus, 1,35 euro."]),
 "pt": ("Braga abre a primeira ciclovia ao longo do rio Este", "Por Gonçalo Ferreira", "2026-03-04", "4 de março de 2026", [
    "A Câmara Municipal de Braga inaugurou na quarta-feira os primeiros sete quilómetros da ciclovia que acompanha o rio Este.",
    "A obra, financiada pelo Plano de Recuperação e Resiliência, custou 5,8 milhões de euros e demorou dois anos.",
    "Os moradores de Ferreiros pedem agora uma ligação à estação de comboios."]),
}
def art_text(lang, with_byline=True, with_day=True):
    title, by, iso, day, paras = ARTS[lang]
    head = [title] + ([by] if with_byline else []) + ([day] if with_day else [])
    return "\n".join(head) + "\n\n" + "\n\n".join(paras) + "\n"
def art_exp(lang, authors=True, day=True, **more):
    title, by, iso, day_, paras = ARTS[lang]
    name = by.split(" ", 1)[1]
    d = dict(title=title, authors=[name] if authors else [], published=iso if day else None)
    d.update(more)
    return d

CASES = []
def case(name, rule, text, expected):
    CASES.append((name, rule, text, expected))

# ======== PlainTextMail: twins the rule should catch (targets) and look-alikes ========
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_twin_entities_fr", "PlainTextMail twin test (Outlook HTML writes À as &Agrave;: the forward note's words differ)", crlf(mail(
    ["From: Claire Vidal <claire.vidal@example.fr>", "To: Desk <desk@example.org>", "Subject: TR: Rennes, le pont de Nantes", "Date: Thu, 5 Mar 2026 14:02:00 +0100"],
    [("text/plain; charset=\"utf-8\"", "8bit", "Bonjour,\n\nÀ diffuser dans la revue de demain.\n\nClaire\n\n" + art_text("fr")),
     ("text/html; charset=\"utf-8\"", "8bit", outlook_entities("Bonjour,\n\nÀ diffuser dans la revue de demain.\n\nClaire\n\n" + art_text("fr")))])),
 art_exp("fr"))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_twin_entities_de", "PlainTextMail twin test (HTML writes Würzburg as W&uuml;rzburg: first word differs)", crlf(mail(
    ["From: Redaktion Main-Post <newsletter@example-mainpost.de>", "To: desk@example.org", "Subject: " + _t, "Date: Tue, 3 Mar 2026 18:00:00 +0100"],
    [("text/plain; charset=\"utf-8\"", "quoted-printable", qp(art_text("de"))),
     ("text/html; charset=\"utf-8\"", "quoted-printable", qp(entity_html(_t, _b, _d, _p, "de")))])),
 art_exp("de"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_twin_gmail_fwd_es", "PlainTextMail (Gmail forward: plain and HTML in QP, forwarded block in both)", crlf(mail(
    ["From: Lucía Prieto <lucia.prieto@example.es>", "To: desk@example.org", "Subject: Fwd: " + _t, "Date: Fri, 6 Mar 2026 10:15:00 +0100"],
    [("text/plain; charset=\"UTF-8\"", "quoted-printable", qp("Para la revista de prensa.\n\n---------- Forwarded message ---------\nDe: Diario Córdoba <boletin@example-cordoba.es>\n"
        "Date: vie, 6 mar 2026 a las 7:00\nSubject: " + _t + "\nTo: <lucia.prieto@example.es>\n\n\n" + art_text("es"))),
     ("text/html; charset=\"UTF-8\"", "quoted-printable", qp('<div dir="ltr">Para la revista de prensa.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        "De: <strong>Diario Córdoba</strong> &lt;boletin@example-cordoba.es&gt;<br>Date: vie, 6 mar 2026 a las 7:00<br>Subject: " + _t + "<br>To: &lt;lucia.prieto@example.es&gt;<br></div><br><br>"
        f"<h2>{_t}</h2><p>{_b}</p><p>{_d}</p>" + "".join(f"<p>{p}</p>" for p in _p) + "</div></div>"))],
    boundary="000000000000a1b2c3d4e5f60718")),
 art_exp("es"))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_twin_applemail_it", "PlainTextMail (Apple Mail: plain 8bit first, HTML twin with <div>s)", crlf(mail(
    ["From: Paola Gatti <paola.gatti@example.it>", "To: desk@example.org", "Subject: I: tram di Opicina", "Date: Mon, 2 Mar 2026 16:40:00 +0100"],
    [("text/plain; charset=utf-8", "quoted-printable", qp(art_text("it"))),
     ("text/html; charset=utf-8", "quoted-printable", qp('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">'
        + "".join(f"<div>{l}</div>" for l in art_text("it").split("\n")) + "</body></html>"))],
    boundary="Apple-Mail=_8E2B1C3A-4F5D-4E6A-9B7C-1D2E3F4A5B6C")),
 art_exp("it"))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_twin_preheader_pt", "PlainTextMail twin test (newsletter HTML opens with a hidden preheader the plain part lacks)", crlf(mail(
    ["From: Correio do Minho <newsletter@example-correiodominho.pt>", "To: desk@example.org", "Subject: " + _t, "Date: Wed, 4 Mar 2026 19:00:00 +0000"],
    [("text/plain; charset=\"utf-8\"", "quoted-printable", qp(art_text("pt") + "\nAnular subscrição: https://example-correiodominho.pt/u\n")),
     ("text/html; charset=\"utf-8\"", "quoted-printable", qp('<html><body><div style="display:none;max-height:0;overflow:hidden">Ciclovia do Este: sete quilómetros e 5,8 milhões de euros &#8199;&#65279;</div>'
        f"<table><tr><td><h1>{_t}</h1><p>{_b}</p><p>{_d}</p>" + "".join(f"<p>{p}</p>" for p in _p) + '<p><a href="https://example-correiodominho.pt/u">Anular subscrição</a></p></td></tr></table></body></html>'))])),
 art_exp("pt"))
_t, _b, _i, _d, _p = ARTS["en"]
case("target_twin_no_cte_en", "PlainTextMail (Gmail ASCII plain part without Content-Transfer-Encoding, the HTML twin QP)", crlf(
    "From: Tom Hardy <tom.hardy@example.org>\nTo: desk@example.org\nSubject: Fwd: Briggate\nDate: Wed, 4 Mar 2026 12:00:00 +0000\n"
    "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"0000000000009f8e7d6c5b4a3921\"\n\n--0000000000009f8e7d6c5b4a3921\n"
    "Content-Type: text/plain; charset=\"UTF-8\"\n\n" + art_text("en").replace("£", "GBP ") + "\n--0000000000009f8e7d6c5b4a3921\n"
    "Content-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp('<div dir="ltr">' + "".join(f"<div>{l}</div>" for l in art_text("en").replace("£", "GBP ").split("\n")) + "</div>") + "\n--0000000000009f8e7d6c5b4a3921--\n"),
 art_exp("en"))
case("lookalike_plain_digest_en", "PlainTextMail (plain twin of a newsletter digest: several stories, no one headline)", crlf(mail(
    ["From: Yorkshire Post Briefing <briefing@example-yp.co.uk>", "To: desk@example.org", "Subject: Your morning briefing: Wednesday 4 March", "Date: Wed, 4 Mar 2026 06:00:00 +0000"],
    [("text/plain; charset=\"utf-8\"", "8bit", "Good morning. Here are today's top stories.\n\n" + "\n\n".join(
        f"{h}\n{s}\nRead more: https://example-yp.co.uk/{k}" for h, s, k in [
        ("Leeds votes to pedestrianise Briggate", "The council voted to close the last stretch to cars from June.", "a1"),
        ("Sheffield trams to run later at weekends", "Services will run until 1am on Fridays and Saturdays from April.", "a2"),
        ("York Minster appeal reaches £10m", "The cathedral's stonemasons' appeal passed its target on Tuesday.", "a3")]) + "\n\nYou are receiving this because you subscribed."),
     ("text/html; charset=\"utf-8\"", "8bit", "<html><body><p>Good morning. Here are today's top stories.</p>" + "".join(
        f'<h2>{h}</h2><p>{s}</p><p><a href="https://example-yp.co.uk/{k}">Read more</a></p>' for h, s, k in [
        ("Leeds votes to pedestrianise Briggate", "The council voted to close the last stretch to cars from June.", "a1"),
        ("Sheffield trams to run later at weekends", "Services will run until 1am on Fridays and Saturdays from April.", "a2"),
        ("York Minster appeal reaches £10m", "The cathedral's stonemasons' appeal passed its target on Tuesday.", "a3")]) + "<p>You are receiving this because you subscribed.</p></body></html>")])),
 dict(authors=[]))

# ======== WebArchive.pages ========
def page(title, byline, iso, day, paras, lang):
    return article_html(title, byline, iso, day, paras, lang=lang)
_t, _b, _i, _d, _p = ARTS["fr"]
comments_fr = "<html><body><h3>Réactions (48)</h3>" + "".join(
    f"<div class='c'><b>{n}</b><p>{c}</p></div>" for n, c in [("Gwen35", "Encore une décision prise sans consulter les habitants du quartier Colombier, qui vont devoir faire le tour par la rocade tous les matins pour aller travailler."),
    ("Breizh_Velo", "Enfin ! Cela fait des années que les cyclistes réclament ce pont pour eux, il était devenu beaucoup trop dangereux aux heures de pointe."),
    ("Jean-Yves R.", "Et les livraisons des commerçants de la rue d'Isly, on les fait comment ? Personne n'a pensé aux artisans qui ont besoin de leur camionnette."),
    ("Mamie Lou", "Les bus sont déjà pleins le matin, il faudrait d'abord augmenter la fréquence de la ligne C1 avant de fermer le pont aux voitures."),
    ("kerlann", "Quatre millions et demi pour repeindre des bandes blanches et installer trois potelets, c'est cher payé pour un aménagement pareil."),
    ("Nolwenn", "Je traverse le pont tous les jours à pied avec mes enfants, ce sera beaucoup plus calme et plus sûr pour eux, merci à la mairie.")] * 2) + "</body></html>"
case("lookalike_mht_ie_comments_fr", "WebArchive.pages most words (IE/Word .mht: no Snapshot-Content-Location; a comments frame bigger than the article)", ie_archive([
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(page(_t, _b, _i, _d, _p, "fr")), "https://www.example-ouest.fr/rennes/pont-de-nantes-1234.html"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(comments_fr), "https://comments.example-ouest.fr/embed/1234"),
    ("image/png", "base64", PNG, "https://www.example-ouest.fr/logo.png")]),
 art_exp("fr"))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_mht_snapshot_then_bigger_de", "WebArchive.pages snapshot (Chrome: article page first, a bigger 'Meistgelesen' frame after it)", archive([
    ("text/html", "quoted-printable", qp(page(_t, _b, _i, _d, _p, "de")), "https://www.example-mainpost.de/wuerzburg/heizpilze-art-11234"),
    ("text/html", "quoted-printable", qp("<html><body><h3>Meistgelesen</h3><ul>" + "".join(f"<li><a href='/a{i}'>{h}</a><p>{s}</p></li>" for i, (h, s) in enumerate([
        ("Unfall auf der A3 bei Rottendorf: zwei Verletzte", "Ein Lastwagen ist am frühen Morgen auf ein Stauende aufgefahren, die Autobahn war drei Stunden gesperrt."),
        ("Kickers verlieren in Aschaffenburg", "Die Würzburger kassierten in der Nachspielzeit das entscheidende Gegentor und rutschen in der Tabelle ab."),
        ("Neue Buslinie zum Hubland startet im Mai", "Die Linie 214 soll die Universität im Zehn-Minuten-Takt mit dem Hauptbahnhof verbinden, teilte die WVV mit."),
        ("Kiliani-Volksfest: Preise für Bier steigen", "Die Maß kostet in diesem Jahr bis zu 12,50 Euro, die Wirte verweisen auf gestiegene Personalkosten."),
        ("Weinfest in Sommerhausen abgesagt", "Wegen Bauarbeiten am Marktplatz fällt das traditionelle Fest im Juni aus, der Verein plant eine kleinere Ausgabe."),
        ("Stadt sucht Wahlhelfer für die Kommunalwahl", "Rund 2.000 Freiwillige werden gebraucht, sie erhalten ein Erfrischungsgeld von 50 Euro für den Wahltag.")] * 2)) + "</ul></body></html>"),
     "cid:frame-4B1C2D3E5F6A7B8C9D0E1F2A3B4C5D6E@mhtml.blink")], "https://www.example-mainpost.de/wuerzburg/heizpilze-art-11234"),
 art_exp("de"))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_mht_word_nested_it", "WebArchive.pages (Word .mht, no snapshot, the page in a nested multipart/alternative)", crlf(
    "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DA8E2C.5F3A1B20\"\nX-MimeOLE: Produced By Microsoft MimeOLE\n\n"
    "Questo documento è una pagina Web in file unico, nota anche come file di archivio Web.\n\n------=_NextPart_01DA8E2C.5F3A1B20\n"
    "Content-Type: multipart/alternative; boundary=\"----=_NextPart_02\"\n\n------=_NextPart_02\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
    "Pagina salvata da Word.\n\n------=_NextPart_02\nContent-Location: file:///C:/Rassegna/opicina.htm\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(page(_t, _b, _i, _d, _p, "it")) + "\n------=_NextPart_02--\n\n------=_NextPart_01DA8E2C.5F3A1B20--\n"),
 art_exp("it"))
_t, _b, _i, _d, _p = ARTS["es"]
shell_es = ("<html><head><title>Diario Córdoba - Edición impresa</title></head><body><nav>Portada | Córdoba | Provincia | Andalucía | Deportes | Cultura | Opinión | Hemeroteca | Suscríbete</nav>"
            "<h1>Edición impresa del 6 de marzo de 2026</h1><p>Lea el periódico completo tal y como sale de la rotativa. Pase las páginas con las flechas o elija una sección en el índice de la izquierda.</p>"
            "<p>Los suscriptores digitales pueden descargar cada edición en PDF durante treinta días.</p><iframe src='cid:frame-ABC@mhtml.blink'></iframe>"
            "<footer>© Ediciones Cordobesas S.L. Aviso legal · Política de privacidad · Cookies · Contacto</footer></body></html>")
case("lookalike_mht_snapshot_shell_es", "WebArchive.pages snapshot (e-paper viewer: the saved address is a shell, the article in a frame)", archive([
    ("text/html", "quoted-printable", qp(shell_es), "https://epaper.example-cordoba.es/2026-03-06/visor"),
    ("text/html", "quoted-printable", qp(page(_t, _b, _i, _d, _p, "es")), "cid:frame-ABC@mhtml.blink")], "https://epaper.example-cordoba.es/2026-03-06/visor"),
 art_exp("es"))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_mht_consent_first_pt", "WebArchive.pages (a consent frame before the page, no snapshot match: most words)", ie_archive([
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp("<html><body><h2>A sua privacidade</h2><p>Utilizamos cookies para melhorar a sua experiência. Aceitar | Rejeitar | Definições</p></body></html>"), "https://consent.example-cm.pt/"),
    ("text/html; charset=\"utf-8\"", "quoted-printable", qp(page(_t, _b, _i, _d, _p, "pt")), "https://www.example-cm.pt/braga/ciclovia-rio-este")]),
 art_exp("pt"))

# ======== ClippingLabels (Exchange headers) and isMailSubject (one-word subject) ========
case("lookalike_subject_oneword_headline_en", "isMailSubject (a columnist's one-word headline only in the forward's subject; the text opens with the byline)", fwd_mail(
    "Ruth Akers", "Fwd: Gentrification", "Wed, 4 Mar 2026 09:30:00 +0000",
    "---------- Forwarded message ---------\nFrom: The Yorkshire Post <columns@example-yp.co.uk>\nSubject: Gentrification\n\n"
    "By Andrew Vine\n4 March 2026\n\nThe coffee shop that opened on my street last month charges £4.20 for a flat white, and the launderette it replaced had been there since 1971.\n\n"
    "Nobody asked the people who used the launderette what they wanted, and that is the whole story of how our city centres are changing.\n\n"
    "Leeds council says it wants a mixed high street. It should start by listening to those who cannot afford the new one.\n"),
 dict(title="Gentrification", authors=["Andrew Vine"], published="2026-03-04"))
case("lookalike_subject_oneword_headline_it", "isMailSubject (Oggetto: the column's one-word headline; the pasted column has none above its byline)", fwd_mail(
    "Paola Gatti", "I: Overtourism", "Mon, 2 Mar 2026 11:00:00 +0100",
    "-----Messaggio originale-----\nDa: Il Piccolo <rubriche@example-ilpiccolo.it>\nOggetto: Overtourism\n\n"
    "di Mauro Covacich\n2 marzo 2026\n\nIn Cavana, sabato pomeriggio, ho contato undici comitive con la bandierina in meno di mezz'ora.\n\n"
    "Trieste ha scoperto il turismo tardi, e ora rischia di scoprirne i difetti tutti insieme: affitti brevi, negozi di souvenir, residenti che se ne vanno.\n\n"
    "Non è troppo tardi per decidere che città vogliamo essere.\n"),
 dict(title="Overtourism", authors=["Mauro Covacich"], published="2026-03-02"))
case("target_subject_presseschau_de", "isMailSubject + Exchange headers (Betreff: Presseschau, msgconvert .eml)", outlook(
    "Sabine Roth", "Presseschau", "Tue, 3 Mar 2026 19:05:00 +0100", art_text("de"), lang="de-DE"),
 art_exp("de"))
case("target_subject_recorte_es", "isMailSubject (Asunto: Recorte, a plain mail with a folded Postfix Received:)", crlf(
    "Received: from mail.example.es (mail.example.es [192.0.2.44])\n\tby mx.desk.example.org (Postfix) with ESMTPS id 4ZbK1x2y3z\n\tfor <desk@example.org>; Fri, 6 Mar 2026 12:40:11 +0100 (CET)\n"
    "From: Inés Vidal <ines.vidal@example.es>\nTo: desk@example.org\nSubject: Recorte\nDate: Fri, 6 Mar 2026 12:40:05 +0100\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + art_text("es")),
 art_exp("es"))
case("target_subject_clipping_pt", "isMailSubject + Exchange headers (Assunto: Clipping, QP, LF)", outlook(
    "Rui Matos", "Clipping", "Wed, 4 Mar 2026 20:10:00 +0000", art_text("pt"), lang="pt-PT", enc="quoted-printable", line_end="\n").replace("Subject:", "Subject:"),
 art_exp("pt"))
case("target_objet_article_fr", "isMailSubject + Thread-Topic (Objet : Article, French Outlook headers written in the file)", crlf(
    "Received: from EXMBX2.example.fr (10.0.0.12) by EXHUB1.example.fr (10.0.0.2) with Microsoft SMTP Server id 15.1.2507.6; Thu, 5 Mar 2026 15:00:00 +0100\n"
    "De : Claire Vidal <claire.vidal@example.fr>\nÀ : Desk <desk@example.org>\nObjet : Article\nThread-Topic: Article\nThread-Index: AdqOQx7bZ0Y3mK9rTkCz1w==\n"
    "Date : jeu. 5 mars 2026 15:00\nContent-Language: fr-FR\nX-MS-Has-Attach:\n\n" + art_text("fr")),
 art_exp("fr"))
case("target_thread_topic_headline_en", "Exchange headers (Thread-Topic repeats a two-word subject; X-Mailer, Return-Path)", crlf(
    "Return-Path: <tom.hardy@example.org>\nReceived: from EXMBX1.example.org (10.1.1.1) by EXHUB2.example.org (10.1.1.2) with Microsoft SMTP Server id 14.3.498.0; Wed, 4 Mar 2026 13:00:00 +0000\n"
    "From: Tom Hardy <tom.hardy@example.org>\nTo: Desk <desk@example.org>\nSubject: FW: for tomorrow\nThread-Topic: for tomorrow\nThread-Index: AdqOQx7bZ0Y3mK9rTkCz1w==\n"
    "Date: Wed, 4 Mar 2026 13:00:00 +0000\nMessage-ID: <A1B2C3@EXMBX1.example.org>\nAccept-Language: en-GB\nContent-Language: en-GB\nX-Mailer: Microsoft Outlook 16.0\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + art_text("en")),
 art_exp("en"))
case("lookalike_content_language_cms_it", "ClippingLabels Exchange headers (a CMS export's Content-Language: and Message-ID: among labelled fields)", t(
    "Titolo: Trieste, il tram di Opicina torna in servizio\nAutore: Matteo Zanetti\nTestata: Il Piccolo\nData: 2 marzo 2026\nContent-Language: it-IT\nMessage-ID: <art-88421@cms.example-ilpiccolo.it>",
    *ARTS["it"][4]),
 art_exp("it", source="Il Piccolo"))

# ======== LayoutReader.signsOff ========
case("lookalike_signsoff_own_column_es", "signsOff (a columnist forwards their own column, unsigned in the text, and signs the mail)", fwd_mail(
    "Javier Lumbreras", "RV: columna del domingo", "Sun, 8 Mar 2026 09:00:00 +0100",
    "Os reenvío mi columna de hoy en Diario Córdoba para la revista de prensa.\n\n---------- Mensaje reenviado ----------\n\n"
    "El domingo de la biblioteca\n\nDiario Córdoba, 8 de marzo de 2026\n\nHay quien piensa que abrir la biblioteca central los domingos es un lujo. Yo creo que es lo mínimo.\n\n"
    "Cada tarde de exámenes veo a decenas de estudiantes sentados en las escaleras de Gran Capitán, buscando un enchufe y un poco de silencio.\n\n"
    "Ciento ochenta mil euros al año es menos de lo que cuesta la iluminación de Navidad.\n\nUn abrazo,\nJavier Lumbreras\n"),
 dict(title="El domingo de la biblioteca", authors=["Javier Lumbreras"], published="2026-03-08", source="Diario Córdoba"))
case("lookalike_signsoff_author_forwards_de", "signsOff (the article's writer forwards it, name under the text as the paper prints it)", fwd_mail(
    "Jürgen Maßmann", "WG: mein Text von heute", "Tue, 3 Mar 2026 20:00:00 +0100",
    "Hallo zusammen, anbei mein Text aus der heutigen Ausgabe.\n\n---------- Weitergeleitete Nachricht ----------\n\n"
    "Würzburg verbietet Heizpilze in der Altstadt\n\nMain-Post, 3. März 2026\n\n" + "\n\n".join(ARTS["de"][4]) + "\n\nJürgen Maßmann\n"),
 dict(title="Würzburg verbietet Heizpilze in der Altstadt", authors=["Jürgen Maßmann"], published="2026-03-03", source="Main-Post"))
case("target_signsoff_ufficio_stampa_it", "signsOff (I: forward, `Cordiali saluti / name / office / phone` at the foot; unsigned undated article)", fwd_mail(
    "Giulia Ferri", "I: tram di Opicina", "Mon, 2 Mar 2026 17:00:00 +0100",
    "---------- Messaggio inoltrato ----------\n\n" + art_text("it", with_byline=False, with_day=False)
    + "\nCordiali saluti\nGiulia Ferri\nUfficio stampa – Comune di Trieste\nTel. 040 675 1111\n"),
 art_exp("it", authors=False, day=False))
case("target_signsoff_assessoria_pt", "signsOff (Enc: forward, `Atenciosamente, / name / office` at the foot)", fwd_mail(
    "Mariana Costa", "Enc: ciclovia", "Wed, 4 Mar 2026 18:00:00 +0000",
    "-------- Mensagem encaminhada --------\n\n" + art_text("pt", with_byline=False, with_day=False)
    + "\nAtenciosamente,\nMariana Costa\nAssessoria de Imprensa\n"),
 art_exp("pt", authors=False, day=False))
case("target_signsoff_long_signature_en", "signsOff (the sender's name is the fifth line from the foot: a five-line signature)", fwd_mail(
    "Tom Hardy", "Fwd: Briggate", "Wed, 4 Mar 2026 13:00:00 +0000",
    "---------- Forwarded message ---------\n\n" + art_text("en", with_byline=False, with_day=False)
    + "\nBest,\nTom Hardy\nPress Officer\nLeeds City Council\nt: 0113 222 4444\nwww.leeds.gov.uk\n"),
 art_exp("en", authors=False, day=False))
case("target_signsoff_name_bar_es", "signsOff (the name and office on one line: `Inés Vidal | Gabinete de Comunicación`)", fwd_mail(
    "Inés Vidal", "RV: biblioteca", "Fri, 6 Mar 2026 12:40:05 +0100",
    "---------- Mensaje reenviado ----------\n\n" + art_text("es", with_byline=False, with_day=False)
    + "\nUn saludo,\nInés Vidal | Gabinete de Comunicación\n"),
 art_exp("es", authors=False, day=False))
case("target_signsoff_tr_fr", "signsOff (TR: forward signed `Cordialement, / Claire Vidal`; article with its byline and day)", fwd_mail(
    "Claire Vidal", "TR: pont de Nantes", "Thu, 5 Mar 2026 15:00:00 +0100",
    "-------- Message transféré --------\n\n" + art_text("fr") + "\nCordialement,\nClaire Vidal\n"),
 art_exp("fr"))

# ======== CopyStamps.withoutToolStamp ========
case("lookalike_stamp_brief_saved_en", "withoutToolStamp (a news brief whose one sentence opens `Saved with … by`)", t(
    "Boy rescued off Whitby\nThe Northern Echo, 2 March 2026",
    "Saved with seconds to spare by the RNLI's Whitby crew, a 9-year-old boy was pulled from the sea near the west pier on Sunday afternoon after being swept off the rocks."),
 dict(title="Boy rescued off Whitby", published="2026-03-02", source="The Northern Echo"))
case("lookalike_stamp_brief_salvato_it", "withoutToolStamp (breve: `Salvato con il defibrillatore da due passanti un uomo di 67 anni`)", t(
    "Malore in piazza Unità, salvato da due passanti\nIl Piccolo, 2 marzo 2026",
    "Salvato con il defibrillatore da due passanti un uomo di 67 anni colto da malore ieri mattina in piazza Unità d'Italia: è ricoverato a Cattinara."),
 dict(title="Malore in piazza Unità, salvato da due passanti", published="2026-03-02", source="Il Piccolo"))
case("lookalike_stamp_brief_capturado_es", "withoutToolStamp (breve: `Capturado con 20 kilos de cocaína por la Guardia Civil`)", t(
    "Detenido un vecino de Algeciras con droga en el maletero\nEuropa Sur, 6 de marzo de 2026",
    "Capturado con 20 kilos de cocaína por la Guardia Civil en un control de la A-7, un vecino de Algeciras de 45 años ingresó el jueves en prisión provisional."),
 dict(title="Detenido un vecino de Algeciras con droga en el maletero", published="2026-03-06", source="Europa Sur"))
case("lookalike_stamp_brief_erfasst_de", "withoutToolStamp (Polizeimeldung: `Erfasst mit 142 km/h … von der Polizei`)", t(
    "Raser auf der B 27 gestoppt\nSchwäbisches Tagblatt, 5. März 2026",
    "Erfasst mit 142 km/h von einer Messstelle der Polizei wurde am Mittwochabend ein 23-jähriger Autofahrer auf der B 27 bei Tübingen, erlaubt sind dort 70."),
 dict(title="Raser auf der B 27 gestoppt", published="2026-03-05", source="Schwäbisches Tagblatt"))
case("lookalike_stamp_last_para_fr", "withoutToolStamp (the article's last paragraph opens `Enregistré avec … par`)", t(
    "Le Printemps de Bourges dévoile sa programmation\nPar Julien Marchal\n5 mars 2026",
    "Le festival accueillera 62 artistes du 21 au 26 avril, dont une vingtaine en découverte.",
    "La billetterie ouvre samedi et les pass trois jours sont vendus 89 euros.",
    "Enregistré avec 2 000 spectateurs de plus que l'an dernier par les organisateurs, le record de 2025 pourrait tomber."),
 dict(title="Le Printemps de Bourges dévoile sa programmation", authors=["Julien Marchal"], published="2026-03-05"))
case("target_stamp_pocket_en", "withoutToolStamp (`Saved with Pocket · 6 March 2026 · 612 words` under the article)",
 art_text("en") + "\nSaved with Pocket · 6 March 2026 · 612 words\n",
 art_exp("en"))
case("target_stamp_joplin_fr", "withoutToolStamp (`Enregistré avec Joplin Web Clipper le 7 mars 2026 par Claire Vidal`; unsigned article)",
 art_text("fr", with_byline=False) + "\nEnregistré avec Joplin Web Clipper le 7 mars 2026 par Claire Vidal\n",
 art_exp("fr", authors=False))
case("target_stamp_instapaper_pt", "withoutToolStamp (`Guardado com o Instapaper em 6 de março de 2026 por Rui Matos`; unsigned)",
 art_text("pt", with_byline=False) + "\nGuardado com o Instapaper em 6 de março de 2026 por Rui Matos\n",
 art_exp("pt", authors=False))
case("target_stamp_verb_last_de", "withoutToolStamp generalisation (`Mit Evernote Web Clipper gespeichert am 5. März 2026 von Sabine Roth`; unsigned)",
 art_text("de", with_byline=False) + "\nMit Evernote Web Clipper gespeichert am 5. März 2026 von Sabine Roth\n",
 art_exp("de", authors=False))
case("target_stamp_recorte_guardado_es", "withoutToolStamp generalisation (`Recorte guardado con PressClip 2.0 · 7 mar 2026 · Usuario: lmartin`; undated article)",
 art_text("es", with_day=False) + "\nRecorte guardado con PressClip 2.0 · 7 mar 2026 · Usuario: lmartin\n",
 art_exp("es", day=False))
case("target_stamp_ritagliato_it", "withoutToolStamp (`Ritagliato con Ritagli Web 1.4 da Paola Gatti il 6 marzo 2026`; unsigned, undated)",
 art_text("it", with_byline=False, with_day=False) + "\nRitagliato con Ritagli Web 1.4 da Paola Gatti il 6 marzo 2026\n",
 art_exp("it", authors=False, day=False))
case("target_stamp_clipped_en_undated", "withoutToolStamp (`Clipped with PressCut 3.2 by Ann Lowe on March 7, 2026 | Ref. 4471`; undated, unsigned)",
 art_text("en", with_byline=False, with_day=False) + "\nClipped with PressCut 3.2 by Ann Lowe on March 7, 2026 | Ref. 4471\n",
 art_exp("en", authors=False, day=False))

# ======== CreditLines: a translator's credit naming the language ========
def oped(lang, title, byline, day, paras, credit, source):
    return t(f"{title}\n{byline}\n{source}, {day}", *paras, credit)
case("target_translator_aus_dem_de", "CreditLines generalisation (`Aus dem Englischen von Anna Weber`, no `übersetzt`)", oped("de",
    "Europa braucht eine eigene Industriepolitik", "Von Mariana Mazzucato", "4. März 2026",
    ["Die Vereinigten Staaten und China investieren Hunderte Milliarden in ihre Industrie, Europa diskutiert noch über Regeln.",
     "Wer den Wandel will, muss Bedingungen an Subventionen knüpfen: Investitionen, Arbeitsplätze, Klimaziele.",
     "Mariana Mazzucato ist Ökonomin am University College London."], "Aus dem Englischen von Anna Weber", "Süddeutsche Zeitung"),
 dict(title="Europa braucht eine eigene Industriepolitik", authors=["Mariana Mazzucato"], published="2026-03-04", source="Süddeutsche Zeitung"))
case("target_translator_traduccion_del_es", "CreditLines generalisation (`Traducción del inglés: Marta Ruiz`)", oped("es",
    "La inteligencia artificial no nos quitará el trabajo, pero sí lo cambiará", "Por Daron Acemoglu", "5 de marzo de 2026",
    ["Cada ola tecnológica ha traído el mismo temor: que las máquinas dejen sin empleo a millones de personas.",
     "La historia demuestra que lo decisivo no es la técnica, sino quién decide cómo se usa.",
     "Daron Acemoglu es profesor en el MIT y premio Nobel de Economía."], "Traducción del inglés: Marta Ruiz", "El País"),
 dict(title="La inteligencia artificial no nos quitará el trabajo, pero sí lo cambiará", authors=["Daron Acemoglu"], published="2026-03-05", source="El País"))
case("target_translator_traduzione_dall_it", "CreditLines generalisation (`Traduzione dall'inglese di Anna Bianchi`)", oped("it",
    "Perché l'Europa deve investire nella difesa comune", "di Timothy Garton Ash", "3 marzo 2026",
    ["Per settant'anni gli europei hanno potuto contare sull'ombrello americano, e ora quell'ombrello si sta chiudendo.",
     "Una difesa comune non significa un esercito unico, ma acquisti condivisi e una catena di comando chiara.",
     "Timothy Garton Ash insegna Studi europei all'Università di Oxford."], "Traduzione dall'inglese di Anna Bianchi", "la Repubblica"),
 dict(title="Perché l'Europa deve investire nella difesa comune", authors=["Timothy Garton Ash"], published="2026-03-03", source="la Repubblica"))
case("target_translator_traducao_do_pt", "CreditLines generalisation (`Tradução do francês: Ana Lima`)", oped("pt",
    "A Europa tem de escolher entre o clima e a austeridade", "Por Thomas Piketty", "4 de março de 2026",
    ["Os governos europeus prometem a neutralidade carbónica em 2050 e, ao mesmo tempo, regras orçamentais que a tornam impossível.",
     "Sem um imposto europeu sobre as grandes fortunas, a transição será paga pelas classes médias.",
     "Thomas Piketty é diretor de estudos na EHESS."], "Tradução do francês: Ana Lima", "Público"),
 dict(title="A Europa tem de escolher entre o clima e a austeridade", authors=["Thomas Piketty"], published="2026-03-04", source="Público"))
case("target_translator_traduit_de_fr", "CreditLines (`Traduit de l'anglais (États-Unis) par Jean Martin`)", oped("fr",
    "L'Amérique ne peut pas gagner seule la course aux semi-conducteurs", "Par Joseph Stiglitz", "5 mars 2026",
    ["Washington a dépensé 52 milliards de dollars pour ramener la production de puces sur son sol.",
     "Mais aucune usine ne fonctionne sans les machines néerlandaises, les produits chimiques japonais et les ingénieurs taïwanais.",
     "Joseph Stiglitz est prix Nobel d'économie."], "Traduit de l'anglais (États-Unis) par Jean Martin", "Les Echos"),
 dict(title="L'Amérique ne peut pas gagner seule la course aux semi-conducteurs", authors=["Joseph Stiglitz"], published="2026-03-05", source="Les Echos"))
case("target_translator_from_ukrainian_en", "CreditLines (`Translated from Ukrainian by Olena Koval`, no `the`)", oped("en",
    "What three years of blackouts taught Kharkiv", "By Serhiy Zhadan", "2 March 2026",
    ["The city learned to live by the schedule of the power cuts, and then to ignore it.",
     "Shops run generators, schools teach in basements, and the metro has become a shelter again.",
     "Serhiy Zhadan is a writer and musician from Kharkiv."], "Translated from Ukrainian by Olena Koval", "The Guardian"),
 dict(title="What three years of blackouts taught Kharkiv", authors=["Serhiy Zhadan"], published="2026-03-02", source="The Guardian"))
case("lookalike_translator_book_box_en", "CreditLines (a review's book box: `Translated from the Portuguese by …` then the publisher line)", t(
    "A new Pessoa for English readers\nBy Tom Hill\nThe Spectator, 4 March 2026",
    "The Book of Disquiet\nFernando Pessoa\nTranslated from the Portuguese by Margaret Jull Costa\nSerpent's Tail, £16.99",
    "Pessoa left more than 25,000 pages in a trunk when he died in 1935, and scholars are still arguing over their order.",
    "Jull Costa's new version follows the 2023 Lisbon edition and restores a hundred fragments earlier translators left out."),
 dict(title="A new Pessoa for English readers", authors=["Tom Hill"], published="2026-03-04", source="The Spectator"))
case("lookalike_translator_book_box_fr", "CreditLines (encadré d'une critique : `Traduit de l'anglais par Claro` puis l'éditeur)", t(
    "Un roman américain sur la fin des usines\nPar Nathalie Crom\nTélérama, 5 mars 2026",
    "Les Derniers Ouvriers\nde Philipp Meyer\nTraduit de l'anglais (États-Unis) par Claro\nActes Sud, 480 p., 24,80 €",
    "Dans une ville de Pennsylvanie, deux frères voient fermer l'aciérie où leur père a travaillé quarante ans.",
    "Meyer écrit la désindustrialisation comme une tragédie familiale, sans jamais céder au pittoresque."),
 dict(title="Un roman américain sur la fin des usines", authors=["Nathalie Crom"], published="2026-03-05", source="Télérama"))
case("lookalike_translated_by_in_body_es", "CreditLines (a body paragraph opening `Traducido del alemán por …, el libro`)", t(
    "Un ensayo alemán arrasa en las librerías de Córdoba\nPor Inmaculada Gómez\nDiario Córdoba, 6 de marzo de 2026",
    "El ensayo de Byung-Chul Han sobre el cansancio lleva seis semanas entre los más vendidos de la ciudad.",
    "Traducido del alemán por Arantzazu Saratxaga, el libro ha vendido 4.000 ejemplares en Andalucía."),
 dict(title="Un ensayo alemán arrasa en las librerías de Córdoba", authors=["Inmaculada Gómez"], published="2026-03-06", source="Diario Córdoba"))

# ======== DeskAnswers ========
def gh(title, body, login="idahl", name="Ingrid Dahl"):
    return cmd_json("$ gh issue view 31 --repo desk/presswatch-review --json title,body,author,createdAt,number,state", {
        "author": {"id": "MDQ6VXNlcjEyMzQ1", "is_bot": False, "login": login, "name": name}, "body": body,
        "createdAt": "2026-03-06T08:14:02Z", "number": 31, "state": "OPEN", "title": title})
case("lookalike_gh_bug_quote_en", "DeskAnswers gh issue (a bug report quoting a user's report, first quoted line bold)", gh(
    "Byline lost on Guardian app pastes",
    "Reported by the night desk:\n\n> **Parser drops the byline**\n> When I paste a clipping from the Guardian app, the author field stays empty and the date is today's instead of the article's.\n> Happens on every paste since Monday.\n\nCan someone look before Friday?"),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_gh_quoted_de", "DeskAnswers gh issue (Zitat mit `*Von …* — Main-Post, 3. März 2026`)", gh(
    "Presseschau: " + _t, "Für die Presseschau morgen.\n\n> **" + _t + "**\n>\n> *" + _b + "* — Main-Post, " + _d + "\n>\n" + "\n>\n".join("> " + p for p in _p)),
 art_exp("de", source="Main-Post"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_gh_titled_es", "DeskAnswers gh issue (no quote: the body's line equal to the title after `Recorte:`)", gh(
    "Recorte: " + _t, "Para la revista.\n\n## " + _t + "\n\n" + _b + "\nDiario Córdoba, " + _d + "\n\n" + "\n\n".join(_p)),
 art_exp("es", source="Diario Córdoba"))
def gotify(title, message, appid=3):
    return cmd_json("$ curl -s -H \"X-Gotify-Key: $GOTIFY_TOKEN\" https://push.desk.example.org/message?limit=1", {
        "messages": [{"id": 2291, "appid": appid, "message": message, "title": title, "priority": 8, "extras": {},
                      "date": "2026-03-04T03:12:09.551223771+01:00"}], "paging": {"size": 1, "since": 0, "limit": 1}})
case("lookalike_gotify_uptime_en", "DeskAnswers Gotify (an Uptime Kuma alert: two lines, no article)", gotify(
    "[Down] Wire feed", "[Wire feed] [🔴 Down] timeout of 48000ms exceeded\nTime (Europe/London): 2026-03-04 03:12:09"),
 dict(title=None))
case("lookalike_gotify_watchtower_de", "DeskAnswers Gotify (Watchtower's update report: several lines, no article)", gotify(
    "Watchtower updates on desk-server", "Found new presswatch/presswatch:latest image (sha256:3f2a9c1e5b7d)\nStopping /presswatch (3f2a9c1e5b7d) with SIGTERM\nCreating /presswatch\nRemoving image sha256:0b1c2d3e4f5a", appid=5),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_gotify_it", "DeskAnswers Gotify (**Il Piccolo · 2 marzo 2026**, byline, text)", gotify(
    _t, "**Il Piccolo · " + _d + "**  \n" + _b + "\n\n" + "\n\n".join(_p)),
 art_exp("it", source="Il Piccolo"))
def shaarli(title, description, url="https://example.org/a"):
    return cmd_json("$ curl -s -H \"Authorization: Bearer $JWT\" \"https://links.desk.example.org/api/v1/links?limit=1\"", [{
        "id": 118, "url": url, "shorturl": "Qx7bZw", "title": title, "description": description, "tags": ["revue"], "private": False,
        "created": "2026-03-05T10:02:11+01:00", "updated": "2026-03-05T10:02:11+01:00"}])
case("lookalike_shaarli_tool_note_fr", "DeskAnswers Shaarli (a bookmark of a directory with a 40-word note, no article)", shaarli(
    "Annuaire des services de presse – Ministère de la Culture",
    "Liste à jour des attachés de presse des établissements publics du ministère, avec leurs numéros directs. À utiliser pour les demandes d'accréditation aux festivals et les visites de presse. Penser à vérifier les noms avant chaque saison, ils changent souvent en septembre.",
    url="https://www.culture.example.gouv.fr/presse/annuaire"),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_shaarli_pt", "DeskAnswers Shaarli (page title `… – Correio do Minho`, description with byline and day)", shaarli(
    _t + " – Correio do Minho", _b + " · Correio do Minho · " + _d + "\n\n" + "\n\n".join(_p)),
 art_exp("pt", source="Correio do Minho"))
def redmine(subject, description):
    return cmd_json("$ curl -s \"https://redmine.desk.example.org/issues/412.json?include=journals\"", {"issue": {
        "id": 412, "project": {"id": 2, "name": "Presswatch"}, "tracker": {"id": 1, "name": "Bug"}, "status": {"id": 1, "name": "New"},
        "priority": {"id": 2, "name": "Normal"}, "author": {"id": 7, "name": "Ingrid Dahl"}, "subject": subject,
        "description": description, "start_date": "2026-03-05", "done_ratio": 0, "created_on": "2026-03-05T09:12:41Z", "updated_on": "2026-03-05T09:12:41Z", "journals": []}})
case("lookalike_redmine_bug_heading_en", "DeskAnswers Redmine (a bug with Textile headings `h2. Steps to reproduce`)", redmine(
    "Import stops on files with a BOM",
    "h2. Steps to reproduce\r\n\r\n# Save a clipping from Notepad as UTF-8 with BOM.\r\n# Drop it in the intake folder.\r\n# Wait for the next import run.\r\n\r\nh2. Expected\r\n\r\nThe clipping is imported like any other and shows up in the morning review list.\r\n\r\nh2. Actual\r\n\r\nThe import log says the file is binary and skips it; nothing is shown to the desk."),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_redmine_es", "DeskAnswers Redmine (h1. heading, `_Por …_`, subject `Diario Córdoba: …`)", redmine(
    "Diario Córdoba: " + _t, "h1. " + _t + "\r\n\r\n_" + _b + "_\r\n\r\nDiario Córdoba, " + _d + "\r\n\r\n" + "\r\n\r\n".join("p. " + p for p in _p)),
 art_exp("es", source="Diario Córdoba"))
def signal(message, preview=None):
    data = {"timestamp": 1772614329000, "message": message, "expiresInSeconds": 0, "viewOnce": False}
    if preview: data["previews"] = [{"url": "https://example.org/a", "title": preview, "description": "", "image": None}]
    env = {"source": "+393331234567", "sourceNumber": "+393331234567", "sourceUuid": "6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
           "sourceName": "Paola Gatti", "sourceDevice": 1, "timestamp": 1772614329000, "dataMessage": data}
    return "$ signal-cli -a +390400000001 receive --output=json\n" + json.dumps({"envelope": env, "account": "+390400000001"}, ensure_ascii=False) + "\n"
case("lookalike_signal_link_comment_it", "DeskAnswers signal-cli (a link, then a colleague's long comment: no article)", signal(
    "https://www.example-ilpiccolo.it/trieste/opicina-tram-1.4471\nHai visto? Secondo me il titolo è sbagliato, il servizio riparte a giugno solo nei giorni feriali e il Comune non ha ancora detto niente sulle corse serali. Domani chiamo l'ufficio stampa e ti faccio sapere prima della riunione delle 11."),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_signal_preview_de", "DeskAnswers signal-cli (link preview `… | Main-Post`, the pasted article)", signal(
    "Schau mal: https://www.example-mainpost.de/wuerzburg/heizpilze-art-11234\n\n" + _t + "\n" + _b + "\nMain-Post, " + _d + "\n\n" + "\n\n".join(_p), preview=_t + " | Main-Post"),
 art_exp("de", source="Main-Post"))
def baserow(row):
    full = dict(row); full["id"] = 23; full["order"] = "23.00000000000000000000"
    return cmd_json("$ curl -s -H \"Authorization: Token $BASEROW\" \"https://api.baserow.io/api/database/rows/table/512/?user_field_names=true\"",
                    {"count": 1, "next": None, "previous": None, "results": [full]})
case("lookalike_baserow_planning_es", "DeskAnswers Baserow (a planning table's row: meeting, date, notes, no article)", baserow({
    "Título": "Reunión de portada del domingo", "Fecha": "2026-03-07", "Sección": {"id": 2, "value": "Local", "color": "blue"},
    "Responsable": [{"id": 4, "name": "Inés Vidal"}],
    "Notas": "Llevar la propuesta de abrir con la biblioteca central y el reportaje de la Mezquita. Confirmar fotos con Paco antes de las 18:00 y pedir a Deportes el cierre del Córdoba CF."}),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_baserow_it", "DeskAnswers Baserow (Titolo, Testata select, Autore, Data, Testo; Ritagliato da/il the tool's)", baserow({
    "Titolo": _t, "Testata": {"id": 5, "value": "Il Piccolo", "color": "green"}, "Autore": "Matteo Zanetti", "Data": _i,
    "Ritagliato da": [{"id": 2, "name": "Paola Gatti"}], "Ritagliato il": "2026-03-03T08:00:00.000000Z", "Testo": "\n\n".join(_p)}),
 art_exp("it", source="Il Piccolo"))
def sparql(vars_, rows):
    return cmd_json("$ curl -s -H 'Accept: application/sparql-results+json' --data-urlencode query@q.rq https://kg.desk.example.org/sparql",
                    {"head": {"vars": vars_}, "results": {"bindings": rows}})
def lit(v, dt=None, lang=None):
    d = {"type": "literal", "value": v}
    if dt: d["datatype"] = "http://www.w3.org/2001/XMLSchema#" + dt
    if lang: d["xml:lang"] = lang
    return d
case("lookalike_sparql_books_en", "DeskAnswers SPARQL (a background query: books by a writer, title/author/published vars, no article)", sparql(
    ["book", "title", "author", "published"], [
    {"book": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1130183"}, "title": lit("The Remains of the Day", lang="en"), "author": lit("Kazuo Ishiguro"), "published": lit("1989-05-01", "date")},
    {"book": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1125346"}, "title": lit("Never Let Me Go", lang="en"), "author": lit("Kazuo Ishiguro"), "published": lit("2005-02-03", "date")}]),
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_sparql_fr", "DeskAnswers SPARQL (vars article/titre/auteur/date/journal/texte, one row)", sparql(
    ["article", "titre", "auteur", "date", "journal", "texte"], [
    {"article": {"type": "uri", "value": "https://kg.desk.example.org/clip/77"}, "titre": lit(_t, lang="fr"), "auteur": lit("Élodie Guérin"),
     "date": lit(_i, "date"), "journal": lit("Ouest-France"), "texte": lit("\n\n".join(_p), lang="fr")}]),
 art_exp("fr", source="Ouest-France"))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_ebookmeta_pt", "DeskAnswers ebook-meta (Author(s) with sort name, Publisher, Published; Timestamp later)", "\n".join([
    "$ ebook-meta \"ciclovia.epub\"", "Title               : " + _t, "Author(s)           : Gonçalo Ferreira [Ferreira, Gonçalo]",
    "Publisher           : Correio do Minho", "Languages           : por", "Timestamp           : 2026-03-06T10:00:00+00:00",
    "Published           : 2026-03-04T00:00:00+00:00", "Identifiers         : uuid:3f2a9c1e-5b7d-4e6a-9b7c-1d2e3f4a5b6c",
    "$ ebook-convert \"ciclovia.epub\" \"ciclovia.txt\" > /dev/null && cat \"ciclovia.txt\"", _t, ""] + [x for p in _p for x in (p, "")]) + "\n",
 dict(art_exp("pt", source="Correio do Minho"), published="2026-03-04T00:00:00+00:00"))

# ======== fix53's store prints, keys, stamps, decks, Lines: ========
_t, _b, _i, _d, _p = ARTS["de"]
case("target_psql_noplus_de", "PsqlRecords (expanded record, every column name narrower than `-[ RECORD 1 ]`: no `+`)", "\n".join([
    "desk=# \\x", "Expanded display is on.", "desk=# SELECT id, titel, autor, datum, quelle, text FROM artikel WHERE id = 42;",
    "-[ RECORD 1 ]------------------------------------------------------------------------------------------",
    "id     | 42", "titel  | " + _t, "autor  | Jürgen Maßmann", "datum  | " + _i, "quelle | Main-Post", "text   | " + " ".join(_p), "", "desk=# "]) + "\n",
 art_exp("de", source="Main-Post"))
case("lookalike_psql_noplus_users_en", "PsqlRecords refusal (expanded record of a users table, no `+`: no article)", "\n".join([
    "desk=# \\x", "Expanded display is on.", "desk=# SELECT id, name, email, role, since FROM users WHERE id = 7;",
    "-[ RECORD 1 ]-----------------------", "id    | 7", "name  | Ann Lowe", "email | ann.lowe@example.org", "role  | night editor", "since | 2019-09-02", "", "desk=# "]) + "\n",
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_mongosh_corps_fr", "RecordKeys `corps` (mongosh findOne with titre/auteur/journal/parution/corps)",
 "desk> db.articles.findOne({ _id: ObjectId('65e6f1a2b3c4d5e6f7a8b9c0') })\n{\n  _id: ObjectId('65e6f1a2b3c4d5e6f7a8b9c0'),\n"
 f"  titre: \"{_t}\",\n  auteur: 'Élodie Guérin',\n  journal: 'Ouest-France',\n  parution: ISODate('2026-03-05T00:00:00.000Z'),\n"
 f"  corps: \"{' '.join(_p)}\"\n}}\ndesk> \n",
 dict(art_exp("fr", source="Ouest-France"), published="2026-03-05T00:00:00Z"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_mongosh_cuerpo_es", "RecordKeys `cuerpo` (mongosh find().pretty() with titular/firma/medio/fecha/cuerpo)",
 "desk> db.recortes.find({ medio: 'Diario Córdoba' }).limit(1)\n[\n  {\n    _id: ObjectId('65e7a0b1c2d3e4f5a6b7c8d9'),\n"
 f"    titular: '{_t}',\n    firma: 'Inmaculada Gómez',\n    medio: 'Diario Córdoba',\n    fecha: ISODate('2026-03-06T00:00:00.000Z'),\n"
 f"    cuerpo: '{' '.join(_p)}'\n  }}\n]\ndesk> \n",
 dict(art_exp("es", source="Diario Córdoba"), published="2026-03-06T00:00:00Z"))
case("lookalike_ntfy_backup_en", "ntfy print refusal (an ops notice: no article)", "$ curl -s \"https://ntfy.sh/desk-ops/json?poll=1\"\n" + json.dumps({
    "id": "sPs71M8A2T", "time": 1772600000, "expires": 1772643200, "event": "message", "topic": "desk-ops", "title": "Backup done",
    "message": "Nightly backup of /srv/clippings finished: 14,212 files, 3.1 GB in 4 min 12 s", "priority": 3, "tags": ["floppy_disk"]}, separators=(",", ":")) + "\n",
 dict(title=None))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_ntfy_news_it", "ntfy news alert (title the headline, message the lede, click link)", "$ curl -s \"https://ntfy.sh/rassegna-trieste/json?poll=1\"\n" + json.dumps({
    "id": "hR2kq8LmW1", "time": 1772445600, "expires": 1772488800, "event": "message", "topic": "rassegna-trieste", "title": _t,
    "message": _p[0] + "\nIl Piccolo, " + _d, "priority": 4, "click": "https://www.example-ilpiccolo.it/trieste/opicina-tram-1.4471"}, ensure_ascii=False, separators=(",", ":")) + "\n",
 dict(title=_t, published=_i))
case("lookalike_usenet_lines_yearlike_de", "ClippingLabels.isLineCount (a long Usenet post whose `Lines:` count looks like a year)", "\n".join([
    "From: hans.mueller@example.de (Hans Müller)", "Newsgroups: de.soc.verkehr", "Subject: Würzburg verbietet Heizpilze in der Altstadt",
    "Date: 3 Mar 2026 19:12:44 GMT", "Organization: Individual Network Franken", "Lines: 1987", "Message-ID: <heizpilz.4471@news.example.de>", "",
    "Von Jürgen Maßmann", "3. März 2026", ""] + [x for p in ARTS["de"][4] for x in (p, "")]) + "\n",
 art_exp("de"))
case("target_runin_stamp_es", "ExportLines.isReceptionStamp run-in (`RECIBIDO 7 MAR. 2026 · Archivo: Cultura · Copia a dirección`)",
 "RECIBIDO 7 MAR. 2026 · Archivo: Cultura · Copia a dirección\n\n" + art_text("es") + "\nDiario Córdoba\n",
 art_exp("es"))
case("target_deck_sum_it", "RuledNotes.hasOwnHead (a deck with a sum under the headline, then the byline)", t(
    "Trieste, il tram di Opicina torna in servizio\nIl conto finale dei lavori: 12 milioni di euro\nDi Matteo Zanetti\n2 marzo 2026",
    *ARTS["it"][4]),
 art_exp("it"))
case("target_owngroup_disclosure_pt", "DisclosureNotes.ownPaper (o nosso grupo AND a covered company: no source from it)", t(
    "Braga abre a primeira ciclovia ao longo do rio Este\nPor Gonçalo Ferreira\nCorreio do Minho, 4 de março de 2026", *ARTS["pt"][4],
    "Declaração de interesses: a Bracalândia, que construiu parte da ciclovia, é participada pelo nosso grupo."),
 art_exp("pt", source="Correio do Minho"))

# Added after the first run (a variant of 22 that showed signsOff not firing): the desk member who forwards signs with
# their bare name under the pasted text, no greeting.
case("target_signsoff_bare_name_de", "signsOff (WG: forward, the sender's bare name alone under an unsigned article)", fwd_mail(
    "Kurt Beck", "WG: Heizpilze", "Tue, 3 Mar 2026 20:00:00 +0100",
    "---------- Weitergeleitete Nachricht ----------\n\n" + art_text("de", with_byline=False) + "\nKurt Beck\n"),
 art_exp("de", authors=False))
case("target_signsoff_bare_name_source_de", "signsOff (as 76, the pasted article with its `Main-Post, 3. März 2026` line under the headline)", fwd_mail(
    "Kurt Beck", "WG: Heizpilze", "Tue, 3 Mar 2026 20:00:00 +0100",
    "---------- Weitergeleitete Nachricht ----------\n\nWürzburg verbietet Heizpilze in der Altstadt\n\nMain-Post, 3. März 2026\n\n"
    + "\n\n".join(ARTS["de"][4]) + "\n\nKurt Beck\n"),
 dict(title="Würzburg verbietet Heizpilze in der Altstadt", authors=[], published="2026-03-03", source="Main-Post"))
case("target_signsoff_note_bare_name_de", "signsOff (a desk member's note above the WG: banner, the bare name alone under the unsigned article)", fwd_mail(
    "Kurt Beck", "WG: Heizpilze", "Tue, 3 Mar 2026 20:00:00 +0100",
    "Hallo zusammen, anbei ein Text aus der heutigen Ausgabe.\n\n---------- Weitergeleitete Nachricht ----------\n\n"
    "Würzburg verbietet Heizpilze in der Altstadt\n\nSüddeutsche Zeitung, 3. März 2026\n\n" + "\n\n".join(ARTS["de"][4]) + "\n\nKurt Beck\n"),
 dict(title="Würzburg verbietet Heizpilze in der Altstadt", authors=[], published="2026-03-03", source="Süddeutsche Zeitung"))
