# Review of stop 54's reader changes (634d560..bbf9a80) on its final build: look-alikes and fresh targets, six languages.
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

# Fresh articles (none of review_s56/s57's), so no text of the earlier reviews is met again.
ARTS = {
 "en": ("Sheffield to turn Castle Market site into food hall", "By Daniel Okafor", "2026-03-10", "10 March 2026", [
    "Sheffield City Council will turn the empty Castle Market site into a covered food hall with 30 stalls, its cabinet agreed on Monday.",
    "The £7.4m scheme keeps the medieval castle remains visible through glass floor panels, and opens in the spring of 2028.",
    "Independent traders welcomed the plan but asked for rents below those of the Moor Market, a mile away."]),
 "fr": ("Grenoble rend la cantine gratuite pour les familles modestes", "Par Nadia Benali", "2026-03-11", "11 mars 2026", [
    "Dès la rentrée de septembre, les familles dont le quotient familial est inférieur à 700 euros ne paieront plus la cantine, a décidé lundi le conseil municipal de Grenoble.",
    "Près de 4 200 enfants sont concernés, soit un élève sur trois dans les écoles de la ville.",
    "La mesure coûtera 2,1 millions d'euros par an, que la mairie compte financer en renonçant à deux projets d'aménagement."]),
 "de": ("Kassel verlängert die Straßenbahn bis Baunatal", "Von Friederike Sommer", "2026-03-12", "12. März 2026", [
    "Die Straßenbahnlinie 5 soll ab 2029 bis zum Baunataler Stadtzentrum fahren, das haben die Kasseler Verkehrs-Gesellschaft und der Landkreis am Mittwoch vereinbart.",
    "Die 3,8 Kilometer lange Strecke kostet nach ersten Schätzungen 64 Millionen Euro, drei Viertel davon soll der Bund tragen.",
    "Anwohner der Kirchbaunaer Straße fürchten Lärm und den Wegfall von rund 120 Parkplätzen."]),
 "es": ("Valencia limita los pisos turísticos en Ciutat Vella", "Por Álvaro Sanchis", "2026-03-09", "9 de marzo de 2026", [
    "El Ayuntamiento de Valencia no concederá nuevas licencias de pisos turísticos en Ciutat Vella durante los próximos dos años, según aprobó el lunes la junta de gobierno.",
    "En el distrito ya hay 2.300 viviendas de uso turístico, una de cada cinco del total, según el censo municipal.",
    "Las asociaciones vecinales celebran la moratoria, mientras que los propietarios anuncian un recurso ante el Tribunal Superior de Justicia."]),
 "it": ("Bologna, il Comune assume 40 educatrici per i nidi", "Di Chiara Benassi", "2026-03-10", "10 marzo 2026", [
    "Il Comune di Bologna assumerà 40 educatrici a tempo indeterminato per i nidi d'infanzia, ha annunciato martedì l'assessora alla Scuola.",
    "Le nuove assunzioni permetteranno di aprire tre sezioni in più e di ridurre la lista d'attesa, che oggi conta 310 bambini.",
    "I sindacati chiedono che il concorso venga bandito entro l'estate."]),
 "pt": ("Coimbra recupera o Mercado Municipal D. Pedro V", "Por Inês Carvalho", "2026-03-11", "11 de março de 2026", [
    "A Câmara Municipal de Coimbra aprovou na terça-feira a obra de recuperação do Mercado Municipal D. Pedro V, fechado há dois anos por infiltrações.",
    "A empreitada custa 3,2 milhões de euros e deverá estar concluída no verão de 2027.",
    "Os comerciantes vão ocupar um pavilhão provisório no Largo do Poço durante as obras."]),
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

def art(lang, *foot, head_extra=None, drop_by=False):
    title, by, iso, day, paras = ARTS[lang]
    head = [title] + ([] if drop_by else [by]) + [day]
    if head_extra: head = head_extra + head
    return "\n".join(head) + "\n\n" + "\n\n".join(list(paras) + list(foot)) + "\n"

# ======== Bylines: an interviewer's credit closed by a period ========
INT = {
 "de": ("„Wer Bäume fällt, muss doppelt so viele pflanzen“", "12. März 2026", "2026-03-12", [
    "Der Forstwissenschaftler Henning Albers leitet seit 2019 das Stadtgrün-Programm der Universität Kassel.",
    "Warum sterben so viele Straßenbäume? Drei trockene Sommer hintereinander haben die Wurzeln geschwächt, und in versiegelten Straßen kommt kaum Regen an.",
    "Was sollten Städte jetzt tun? Flächen entsiegeln und Arten pflanzen, die Hitze vertragen, etwa Zürgelbaum oder Hopfenbuche."]),
 "fr": ("« Les cantines sont le premier levier contre la précarité alimentaire »", "11 mars 2026", "2026-03-11", [
    "Sociologue à l'université Grenoble-Alpes, Claire Fontaine étudie depuis quinze ans l'alimentation des enfants des quartiers populaires.",
    "La gratuité change-t-elle vraiment quelque chose ? Oui : dans les villes qui l'ont testée, la fréquentation des cantines a augmenté de 20 %.",
    "Qui doit payer ? L'État devrait prendre sa part, sinon seules les communes riches pourront se le permettre."]),
 "en": ("'Markets only survive if people can afford the rent'", "10 March 2026", "2026-03-10", [
    "Ruth Adeyemi has run a fish stall in Sheffield for 22 years and chairs the city's market traders' federation.",
    "Why did Castle Market fail? The footfall moved to the Moor, and the council kept the old rents while customers left.",
    "What would make the food hall work? Short leases for young traders and late opening on Fridays and Saturdays."]),
 "es": ("«El turismo ha expulsado a los vecinos del centro»", "9 de marzo de 2026", "2026-03-09", [
    "El geógrafo Vicent Mollà estudia desde hace una década la transformación del centro histórico de Valencia.",
    "¿Llega tarde la moratoria? Llega tarde, pero es necesaria: en algunas calles ya no vive casi nadie todo el año.",
    "¿Qué más haría falta? Recuperar viviendas para alquiler a precio asequible y vigilar los anuncios ilegales."]),
 "it": ("«Senza nidi le madri lasciano il lavoro»", "10 marzo 2026", "2026-03-10", [
    "L'economista Paola Ferrandi studia da anni il rapporto tra servizi per l'infanzia e occupazione femminile.",
    "Quanto pesano le liste d'attesa? Molto: una madre su cinque, senza un posto al nido, riduce l'orario o si licenzia.",
    "Le 40 assunzioni bastano? Sono un passo avanti, ma la domanda cresce più in fretta dei posti."]),
 "pt": ("«Os mercados são o coração dos bairros»", "11 de março de 2026", "2026-03-11", [
    "O arquiteto Rui Seabra coordenou o estudo de recuperação do Mercado Municipal D. Pedro V.",
    "Porque demorou tanto a obra? Porque o edifício é classificado e cada solução teve de ser aprovada pelo património.",
    "O que muda para quem compra? Mais luz, bancas renovadas e um horário alargado ao sábado à tarde."]),
}
def interview(lang, credit, at_foot=True, extra=(), byline=None):
    title, day, iso, paras = INT[lang]
    paras = list(paras) + list(extra)
    head = title + "\n" + (byline + "\n" if byline else "") + day
    if at_foot:
        return head + "\n\n" + "\n\n".join(paras) + "\n\n" + credit + "\n"
    return title + "\n" + credit + "\n" + day + "\n\n" + "\n\n".join(paras) + "\n"
def iexp(lang, authors):
    return dict(title=INT[lang][0], authors=authors, published=INT[lang][2])

case("target_interview_de_gespraech_two", "Bylines interviewCredits (Das Gespräch führten A und B. at the foot)",
     interview("de", "Das Gespräch führten Katja Wendt und Ole Brandt."), iexp("de", ["Katja Wendt", "Ole Brandt"]))
case("target_interview_de_hyphen_name", "Bylines interviewCredits (Das Interview führte A-B C. under the title)",
     interview("de", "Das Interview führte Sven-Ole Petersen.", at_foot=False), iexp("de", ["Sven-Ole Petersen"]))
case("target_interview_de_role", "Bylines interviewCredits (Das Interview führte Redakteurin A. : a role word before the name)",
     interview("de", "Das Interview führte Redakteurin Katja Wendt."), iexp("de", ["Katja Wendt"]))
case("target_interview_fr_two", "Bylines interviewCredits (Propos recueillis par A et B. at the foot)",
     interview("fr", "Propos recueillis par Nadia Benali et Luc Perrin."), iexp("fr", ["Nadia Benali", "Luc Perrin"]))
case("target_interview_fr_entretien", "Bylines interviewCredits (Entretien réalisé par A. at the foot)",
     interview("fr", "Entretien réalisé par Luc Perrin."), iexp("fr", ["Luc Perrin"]))
case("target_interview_en_conducted", "Bylines interviewCredits (Interview conducted by A. — a phrasing the list lacks)",
     interview("en", "Interview conducted by Priya Shah."), iexp("en", ["Priya Shah"]))
case("target_interview_en_edited", "Bylines interviewCredits (Interviewed by A. with the usual 'edited for length' note after it)",
     interview("en", "Interviewed by Daniel Okafor.", extra=()) .rstrip("\n") + "\n\nThis interview has been edited for length and clarity.\n",
     iexp("en", ["Daniel Okafor"]))
case("target_interview_es_two", "Bylines interviewCredits (Entrevista realizada por A y B. at the foot)",
     interview("es", "Entrevista realizada por Marta Gil y Jordi Puig."), iexp("es", ["Marta Gil", "Jordi Puig"]))
case("target_interview_it_cura", "Bylines interviewCredits (Intervista a cura di A. at the foot)",
     interview("it", "Intervista a cura di Chiara Benassi."), iexp("it", ["Chiara Benassi"]))
case("target_interview_pt_feita", "Bylines interviewCredits (Entrevista feita por A. under the title)",
     interview("pt", "Entrevista feita por Inês Carvalho.", at_foot=False), iexp("pt", ["Inês Carvalho"]))
case("lookalike_interview_de_redaktion", "Bylines interviewCredits (Das Gespräch führte die Redaktion.: no person; no byline)",
     interview("de", "Das Gespräch führte die Redaktion."), iexp("de", []))
case("lookalike_interview_fr_ecrit", "Bylines interviewCredits (Entretien réalisé par écrit.: how, not who; no byline)",
     interview("fr", "Entretien réalisé par écrit."), iexp("fr", []))
case("lookalike_interview_pt_telefone", "Bylines interviewCredits (Entrevista feita por telefone.: how, not who; no byline)",
     interview("pt", "Entrevista feita por telefone."), iexp("pt", []))
case("lookalike_interview_de_tv_sentence", "Bylines interviewCredits (a news report's last line naming a TV interview's hosts: they wrote nothing)",
     t("Ministerpräsident verteidigt Sparpaket", "Von Friederike Sommer", "12. März 2026",
       "Hessens Ministerpräsident hat das umstrittene Sparpaket der Landesregierung am Mittwochabend im Fernsehen verteidigt.",
       "Die Kürzungen bei den Hochschulen seien schmerzhaft, aber unvermeidlich, sagte er im hr-fernsehen.",
       "Das Interview führten Moderatorin Anne Brüning und Tim Ruppert."),
     dict(title="Ministerpräsident verteidigt Sparpaket", authors=["Friederike Sommer"], published="2026-03-12"))

# ======== ExportLines.isReceptionStamp: run in with a dash ========
case("target_stamp_dash_de_endash", "ExportLines.isReceptionStamp (EINGANG 13.03.2026 – Lokales over a cutting)",
     art("de", head_extra=["EINGANG 13.03.2026 – Lokales"]), art_exp("de"))
case("target_stamp_dash_fr_two_words", "ExportLines.isReceptionStamp (REÇU LE 12 MARS 2026 — Service documentation)",
     art("fr", head_extra=["REÇU LE 12 MARS 2026 — Service documentation"]), art_exp("fr"))
case("target_stamp_dash_pt_colon", "ExportLines.isReceptionStamp (RECEBIDO EM 12 MAR 2026 — Arquivo: Cultura)",
     art("pt", head_extra=["RECEBIDO EM 12 MAR 2026 — Arquivo: Cultura"]), art_exp("pt"))
case("target_stamp_dash_en_caps", "ExportLines.isReceptionStamp (RECEIVED 11 MAR 2026 — CITY DESK — FILE)",
     art("en", head_extra=["RECEIVED 11 MAR 2026 — CITY DESK — FILE"]), art_exp("en"))
case("lookalike_stamp_dash_headline_number_it", "ExportLines.isReceptionStamp (stamp — a headline holding a figure, run in: the headline is the title)",
     t("RICEVUTO 11/03/2026 — Bologna, 40 educatrici per i nidi", "Di Chiara Benassi", "10 marzo 2026", *ARTS["it"][4]),
     dict(title="Bologna, 40 educatrici per i nidi", authors=["Chiara Benassi"], published="2026-03-10"))
case("lookalike_stamp_dash_headline_colon_de", "ExportLines.isReceptionStamp (stamp — a headline with a colon, run in)",
     t("Eingang 13.03.2026 — Kassel: Tram fährt ab 2029 bis Baunatal", "Von Friederike Sommer", "12. März 2026", *ARTS["de"][4]),
     dict(title="Kassel: Tram fährt ab 2029 bis Baunatal", authors=["Friederike Sommer"], published="2026-03-12"))
case("lookalike_stamp_dash_headline_two_words_es", "ExportLines.isReceptionStamp (stamp — a two-word headline, run in)",
     t("RECIBIDO 10 MAR 2026 — Moratoria turística", "Por Álvaro Sanchis", "9 de marzo de 2026", *ARTS["es"][4]),
     dict(title="Moratoria turística", authors=["Álvaro Sanchis"], published="2026-03-09"))

# ======== ColumnNotes.beatNote: particles, domains, suit ========
case("target_beat_en_telegraph", "ColumnNotes.beatNote (… covers local government for the Sheffield Telegraph.)",
     art("en", "Daniel Okafor covers local government for the Sheffield Telegraph.", drop_by=True), art_exp("en", source="Sheffield Telegraph"))
case("target_beat_en_of_malta", "ColumnNotes.beatNote (… covers the courts for the Times of Malta.: particle 'of')",
     t("Court throws out Valletta parking appeal", "10 March 2026",
       "The Court of Appeal on Monday rejected a challenge by Valletta shop owners against the new residents' parking zones in the capital.",
       "The judges said the local council had followed the law when it consulted residents last year.",
       "Joseph Camilleri covers the courts for the Times of Malta."),
     dict(title="Court throws out Valletta parking appeal", authors=["Joseph Camilleri"], published="2026-03-10", source="Times of Malta"))
case("target_beat_fr_suit_dauphine", "ColumnNotes.beatNote (… suit l'éducation pour Le Dauphiné libéré.: a lowercase word in the name)",
     art("fr", "Nadia Benali suit l'éducation pour Le Dauphiné libéré.", drop_by=True), art_exp("fr", source="Le Dauphiné libéré"))
case("target_beat_de_domain_hna", "ColumnNotes.beatNote (… berichtet für hna.de aus Nordhessen.)",
     art("de", "Friederike Sommer berichtet für hna.de aus Nordhessen.", drop_by=True), art_exp("de", source="hna.de"))
case("target_beat_es_domain_end", "ColumnNotes.beatNote (… cubre turismo y vivienda para eldiario.es.: the domain closes the sentence)",
     art("es", "Álvaro Sanchis cubre turismo y vivienda para eldiario.es.", drop_by=True), art_exp("es", source="eldiario.es"))
case("target_beat_it_carlino", "ColumnNotes.beatNote (… segue il welfare per il Resto del Carlino.)",
     art("it", "Chiara Benassi segue il welfare per il Resto del Carlino.", drop_by=True), art_exp("it", source="Resto del Carlino"))
case("target_beat_pt_diario", "ColumnNotes.beatNote (… acompanha a cultura para o Diário de Coimbra.)",
     art("pt", "Inês Carvalho acompanha a cultura para o Diário de Coimbra.", drop_by=True), art_exp("pt", source="Diário de Coimbra"))
case("lookalike_beat_fr_suit_official", "ColumnNotes.beatNote (a quoted official who 'suit le projet pour la Métropole de Grenoble.')",
     art("fr", "Jean-Luc Moreau suit le projet pour la Métropole de Grenoble."), art_exp("fr"))
case("lookalike_beat_en_covers_cost", "ColumnNotes.beatNote (a brief's last line: a donor 'covers the cost for the … Charity.')",
     art("en", "Emma Hughes covers the cost for the Sheffield Children's Hospital Charity."), art_exp("en"))
case("lookalike_beat_es_cubre_plaza", "ColumnNotes.beatNote ('cubre la baja … para el Ayuntamiento de Valencia.': covers for a colleague)",
     art("es", "Lucía Ferrer cubre la baja de una compañera para el Ayuntamiento de Valencia."), art_exp("es"))
case("lookalike_beat_de_jugendamt", "ColumnNotes.beatNote ('berichtet für das Jugendamt …': an official reporting to a council)",
     art("de", "Anna Keller berichtet für das Jugendamt zweimal im Jahr an den Stadtrat."), art_exp("de"))

# ======== TerminalSessions: a terminal browser's dump under its command ========
def dump(cmd, lines, prompt_after=True):
    return "$ " + cmd + "\n" + "\n".join(lines) + "\n" + ("$ \n" if prompt_after else "")
_t, _b, _i, _d, _p = ARTS["de"]
case("target_lynx_refs_de", "TerminalSessions browser dump (lynx -dump with link numbers and its References list)",
     dump("lynx -dump https://www.hna.de/kassel/strassenbahn-baunatal-92144.html", [
        "   [1]HNA", "", "   [2]Startseite • [3]Kassel • [4]Region • [5]Sport • [6]Politik", "", "   " + _t, "",
        "   " + _b, "   " + _d, "", *("   " + p + "\n" for p in _p), "References", "",
        "   1. https://www.hna.de/", "   2. https://www.hna.de/", "   3. https://www.hna.de/kassel/", "   4. https://www.hna.de/lokales/",
        "   5. https://www.hna.de/sport/", "   6. https://www.hna.de/politik/"]),
     art_exp("de"))
_t, _b, _i, _d, _p = ARTS["en"]
case("target_w3m_en_menu_share", "TerminalSessions browser dump (w3m -dump -cols 100: menu, headline, byline with day, share marks)",
     dump("w3m -dump -cols 100 https://www.thestar.co.uk/news/politics/council/castle-market-food-hall-4521877", [
        "[thestar-logo]", "", "• News • Sport • Business • Lifestyle • What's On • Subscribe", "", _t, "",
        _b, "Published 10th Mar 2026, 14:02 GMT", "", "[share] Share  [facebook] [twitter] [whatsapp] [email]", "", *(p + "\n" for p in _p)]),
     art_exp("en"))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_links_fr_width", "TerminalSessions browser dump (links -width 120 -dump)",
     dump("links -width 120 -dump https://www.ledauphine.com/education/2026/03/11/grenoble-cantine-gratuite", [
        "   [logo-ledauphine]", "", "   Isère • Grenoble • Savoie • Drôme • Sports", "", "   ÉDUCATION", "", "   " + _t, "",
        "   " + _b + " - " + _d + " à 18:40", "", *("   " + p + "\n" for p in _p)]),
     art_exp("fr"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_elinks_double_dash_es", "TerminalSessions browser dump (elinks --dump: the double-dash form of the option)",
     dump("elinks --dump https://www.levante-emv.com/valencia/2026/03/09/moratoria-pisos-turisticos.html", [
        "   [IMG]", "", "   " + _t, "", "   " + _b, "   " + _d, "", *("   " + p + "\n" for p in _p)]),
     art_exp("es"))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_curl_pipe_html2text_it", "TerminalSessions browser dump (curl -s URL | html2text: the page piped in)",
     dump("curl -s https://www.ilrestodelcarlino.it/bologna/cronaca/nidi-assunzioni | html2text -utf8", [
        "[logo]", "", "****** " + _t + " ******", _b, _d, "", *(p + "\n" for p in _p)]),
     art_exp("it"))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_html2text_python_pt", "TerminalSessions browser dump (python html2text page.html: Markdown heading and links)",
     dump("html2text mercado-coimbra.html", [
        "[![Diário de Coimbra](/img/logo.png)](/)", "", "  * [Início](/)", "  * [Coimbra](/coimbra)", "  * [Região](/regiao)", "",
        "# " + _t, "", _b, "", _d, "", *(p + "\n" for p in _p)]),
     art_exp("pt"))
case("lookalike_w3m_search_fr", "TerminalSessions browser dump (w3m -dump of a site's search page: results, no article)",
     dump("w3m -dump 'https://www.ledauphine.com/recherche?q=cantine+gratuite'", [
        "[logo-ledauphine]", "", "Recherche : cantine gratuite", "", "48 résultats", "",
        "Grenoble rend la cantine gratuite pour les familles modestes", "Il y a 2 heures", "",
        "Échirolles : la cantine à 1 euro prolongée jusqu'en 2027", "Le 3 mars 2026", "",
        "Voiron : les parents d'élèves réclament des repas bio", "Le 24 février 2026", "",
        "Page suivante"]),
     dict(title=None))
case("lookalike_lynx_cookie_wall_de", "TerminalSessions browser dump (lynx -dump of a consent wall: no article)",
     dump("lynx -dump -nolist https://www.hna.de/kassel/strassenbahn-baunatal-92144.html", [
        "   [logo]", "", "   Wir brauchen Ihre Zustimmung",
        "",
        "   Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Nutzung unserer Website zu analysieren.",
        "", "   Sie können Ihre Einwilligung jederzeit in den Datenschutz-Einstellungen widerrufen.", "",
        "   Akzeptieren und weiter", "   Einstellungen", "   Mit Pur-Abo werbefrei lesen"]),
     dict(title=None))
case("lookalike_w3m_cloudflare_en", "TerminalSessions browser dump (w3m -dump of a bot check page: no article)",
     dump("w3m -dump https://www.thestar.co.uk/news/politics/council/castle-market-food-hall-4521877", [
        "www.thestar.co.uk", "", "Verifying you are human. This may take a few seconds.", "",
        "www.thestar.co.uk needs to review the security of your connection before proceeding.", "",
        "Ray ID: 8f3a1c2d9e4b7a60", "Performance & security by Cloudflare"]),
     dict(title=None))
case("lookalike_lynx_javascript_es", "TerminalSessions browser dump (lynx -dump of a page that needs JavaScript: no article)",
     dump("lynx -dump https://www.levante-emv.com/valencia/2026/03/09/moratoria-pisos-turisticos.html", [
        "   Levante-EMV", "", "   Para ver este contenido necesitas activar JavaScript en tu navegador.", "",
        "   Si el problema persiste, contacta con nuestro servicio de atención al lector en el 963 99 22 00.", "",
        "References", "", "   1. https://www.levante-emv.com/"]),
     dict(title=None))
_t, _b, _i, _d, _p = ARTS["de"]
case("lookalike_dump_menu_authors_de", "TerminalSessions.isMenu (a dump's author line of four names joined by •: no menu)",
     dump("w3m -dump https://www.hna.de/kassel/strassenbahn-baunatal-92144.html", [
        "[logo]", "", _t, "", "Friederike Sommer • Jan Böttcher • Lea Krüger • Timo Hahn", _d, "", *(p + "\n" for p in _p)]),
     dict(title=_t, authors=["Friederike Sommer", "Jan Böttcher", "Lea Krüger", "Timo Hahn"], published="2026-03-12"))
_t, _b, _i, _d, _p = ARTS["en"]
case("lookalike_dump_menu_byline_role_en", "TerminalSessions.isMenu (a dump's byline line 'By A • Role • Paper • City': no menu)",
     dump("lynx -dump -nolist https://www.thestar.co.uk/news/politics/council/castle-market-food-hall-4521877", [
        "   " + _t, "", "   By Daniel Okafor • Local Democracy Reporter • The Star • Sheffield", "   " + _d, "", *("   " + p + "\n" for p in _p)]),
     art_exp("en"))
case("lookalike_dump_menu_headline_it", "TerminalSessions.isMenu (a dump's headline of four short parts with bullets)",
     dump("w3m -dump https://www.ilrestodelcarlino.it/bologna/politica/bilancio-comune", [
        "[logo]", "", "Nidi • Scuole • Bus • Casa", "Di Chiara Benassi", "10 marzo 2026", "",
        "Sono i quattro capitoli del bilancio che la giunta di Bologna ha presentato martedì in consiglio comunale, per un totale di 380 milioni di euro.", "",
        "La quota maggiore va alla scuola e ai nidi, con 96 milioni.", "", "Il voto finale è previsto entro aprile."]),
     dict(title="Nidi • Scuole • Bus • Casa", authors=["Chiara Benassi"], published="2026-03-10"))

# ======== DeskExports ========
def notmuch(subject, sender, date, body, query="id:20260311.4471@mail.example.org", replies=()):
    msg = {"id": "20260311.4471@mail.example.org", "match": True, "excluded": False, "filename": ["/home/desk/Maildir/cur/1773240.M2P7:2,S"],
           "timestamp": 1773240000, "date_relative": "Yest. 15:20", "tags": ["inbox"], "body": body, "crypto": {},
           "headers": {"Subject": subject, "From": sender, "To": "desk@example.org", "Date": date}}
    return cmd_json("$ notmuch show --format=json " + query, [[[msg, list(replies)]]])
_t, _b, _i, _d, _p = ARTS["en"]
case("target_notmuch_en_html_only", "DeskExports notmuch show (Fwd: headline; the mail only has an HTML part holding the pasted article)",
     notmuch("Fwd: " + _t, "Sam Whitaker <sam.whitaker@example.org>", "Tue, 10 Mar 2026 15:20:11 +0000",
             [{"id": 1, "content-type": "text/html", "content": "<div>Worth a look for the weekend round-up.</div><div><br></div><div><b>" + _t + "</b></div><div>" + _b + "</div><div>The Star, " + _d + "</div><div><br></div>"
               + "".join("<p>" + p + "</p>" for p in _p) + "</div>"}]),
     art_exp("en", source="The Star"))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_notmuch_de_alternative", "DeskExports notmuch show (WG: headline; multipart/alternative with a plain part; HNA – day)",
     notmuch("WG: " + _t, "Kurt Roth <kurt.roth@example.org>", "Thu, 12 Mar 2026 17:02:44 +0100",
             [{"id": 1, "content-type": "multipart/alternative", "content": [
                {"id": 2, "content-type": "text/plain", "content": "Für den Pressespiegel morgen.\n\n" + _t + "\n" + _b + "\nHNA – " + _d + "\n\n" + "\n\n".join(_p) + "\n\n-- \nKurt Roth\nDokumentation\n"},
                {"id": 3, "content-type": "text/html", "content-length": 2210}]}]),
     art_exp("de", source="HNA"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_datasette_es_default", "DeskExports Datasette (the default shape: database, table, columns and rows)",
     cmd_json("$ curl -s 'https://datos.example.es/hemeroteca/recortes.json?titular__contains=pisos'", {
        "database": "hemeroteca", "table": "recortes", "is_view": False, "human_description_en": "where titular contains \"pisos\"",
        "rows": [[5521, _t, "Álvaro Sanchis", "Levante-EMV", "2026-03-09", "\n\n".join(_p), "mgarcia"]],
        "truncated": False, "filtered_table_rows_count": 1, "expanded_columns": [],
        "columns": ["id", "titular", "autor", "medio", "fecha_publicacion", "texto", "archivado_por"], "primary_keys": ["id"],
        "units": {}, "query": {"sql": "select id, titular, autor, medio, fecha_publicacion, texto, archivado_por from recortes where \"titular\" like :p0 order by id limit 101", "params": {"p0": "%pisos%"}},
        "facet_results": {}, "suggested_facets": [], "next": None, "next_url": None, "private": False, "allow_execute_sql": True, "query_ms": 3.21}),
     art_exp("es", source="Levante-EMV"))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_datasette_it_objects", "DeskExports Datasette (_shape=objects: rows of objects)",
     cmd_json("$ curl -s 'https://dati.example.it/rassegna/articoli.json?_shape=objects&testata=Il+Resto+del+Carlino'", {
        "rows": [{"id": 318, "titolo": _t, "autore": "Chiara Benassi", "testata": "il Resto del Carlino", "data_pubblicazione": "2026-03-10",
                  "testo": "\n\n".join(_p)}], "truncated": False}),
     art_exp("it", source="il Resto del Carlino"))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_mdls_fr_publishers", "DeskExports mdls + textutil (kMDItemAuthors, kMDItemPublishers over the converted text)",
     "$ mdls cantine-grenoble.docx\n_kMDItemDisplayNameWithExtensions = \"cantine-grenoble.docx\"\nkMDItemAuthors                 = (\n    \"Nadia Benali\"\n)\n"
     "kMDItemContentCreationDate     = 2026-03-12 08:02:11 +0000\nkMDItemContentType             = \"org.openxmlformats.wordprocessingml.document\"\n"
     "kMDItemCreator                 = \"Microsoft Word\"\nkMDItemPublishers              = (\n    \"Le Dauphin\\U00e9 lib\\U00e9r\\U00e9\"\n)\n"
     "kMDItemTitle                   = \"" + _t + "\"\n$ textutil -convert txt -stdout cantine-grenoble.docx\n" + _t + "\n" + _d + "\n\n" + "\n\n".join(_p) + "\n",
     art_exp("fr", source="Le Dauphiné libéré"))
_t, _b, _i, _d, _p = ARTS["en"]
case("target_s3_en_metadata", "DeskExports s3api head-object + s3 cp (Metadata title/author/source/published-date over the text)",
     cmd_json("$ aws s3api head-object --bucket newsdesk-archive --key clips/2026/03/10/castle-market.txt", {
        "AcceptRanges": "bytes", "LastModified": "2026-03-11T06:40:19+00:00", "ContentLength": 548, "ETag": "\"5d41402abc4b2a76b9719d911017c592\"",
        "ContentType": "text/plain", "ServerSideEncryption": "AES256",
        "Metadata": {"title": _t, "author": "Daniel Okafor", "source": "The Star", "published-date": "2026-03-10", "archived-by": "swhitaker"}})
     + "$ aws s3 cp s3://newsdesk-archive/clips/2026/03/10/castle-market.txt -\n" + "\n\n".join(_p) + "\n",
     art_exp("en", source="The Star"))
_t, _b, _i, _d, _p = ARTS["de"]
case("target_task_de", "DeskExports task export (Für den Pressespiegel: headline; link, head line, text)",
     cmd_json("$ task +presse export", [{"id": 12, "description": "Für den Pressespiegel: " + _t, "entry": "20260312T161000Z", "modified": "20260312T161500Z",
        "status": "pending", "tags": ["presse"], "uuid": "a3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "urgency": 3.8,
        "annotations": [{"entry": "20260312T161100Z", "description": "https://www.hna.de/kassel/strassenbahn-baunatal-92144.html"},
                        {"entry": "20260312T161200Z", "description": _b + " — HNA — " + _d},
                        {"entry": "20260312T161300Z", "description": "\n\n".join(_p)}]}]),
     art_exp("de", source="HNA"))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_mqtt_fr_no_topic", "DeskExports mosquitto_sub (no -v: the payloads alone, an article's JSON)",
     "$ mosquitto_sub -h mqtt.redaction.example.fr -t 'veille/depeches' -C 1\n"
     + json.dumps({"titre": _t, "auteur": "Nadia Benali", "source": "Le Dauphiné libéré", "publie": "2026-03-11", "recupere": "2026-03-12T05:00:00Z", "texte": "\n\n".join(_p)}, ensure_ascii=False) + "\n",
     art_exp("fr", source="Le Dauphiné libéré"))
_t, _b, _i, _d, _p = ARTS["it"]
case("target_jrnl_it", "DeskExports jrnl --export json (Corriere di Bologna: headline)",
     cmd_json("$ jrnl rassegna -n 1 --export json", {"tags": {}, "entries": [{"title": "Corriere di Bologna: " + _t, "body": _b + " — " + _d + "\n\n" + "\n\n".join(_p),
        "date": "2026-03-10", "time": "22:15", "tags": [], "starred": False}]}),
     art_exp("it", source="Corriere di Bologna"))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_curl_wordpress_pt", "DeskExports.articleAnswer (WordPress REST API post under $ curl: title.rendered, content.rendered)",
     cmd_json("$ curl -s https://www.diariocoimbra.example.pt/wp-json/wp/v2/posts/44120", {"id": 44120, "date": "2026-03-11T09:30:00", "date_gmt": "2026-03-11T09:30:00",
        "modified": "2026-03-11T11:02:17", "slug": "coimbra-recupera-mercado-municipal", "status": "publish", "type": "post",
        "link": "https://www.diariocoimbra.example.pt/2026/03/11/coimbra-recupera-mercado-municipal/",
        "title": {"rendered": _t}, "content": {"rendered": "".join("<p>" + p + "</p>\n" for p in _p), "protected": False},
        "excerpt": {"rendered": "<p>" + _p[0] + "</p>\n", "protected": False}, "author": 7, "categories": [3], "tags": []}),
     dict(title=_t, published="2026-03-11"))
# look-alikes: these tools' prints holding no article
case("lookalike_notmuch_roster_en", "DeskExports notmuch show (a colleague's long mail about the Easter rota: no article)",
     notmuch("Easter rota", "Sam Whitaker <sam.whitaker@example.org>", "Tue, 10 Mar 2026 11:02:09 +0000",
             [{"id": 1, "content-type": "text/plain", "content": "Hi all,\n\nThe Easter rota is now on the shared drive. I have tried to give everyone who worked Christmas at least two of the four bank holiday days off, but we are still short on the Saturday late shift and the Monday early. If you can swap with someone, please sort it between you and tell me by Friday so I can update the sheet before it goes to HR. Remember that the Sunday paper closes an hour earlier because of the clocks going forward, so the late subs need to be in by two.\n\nThanks,\nSam\n"}]),
     dict(title=None))
case("lookalike_notmuch_newsletter_it", "DeskExports notmuch show (a town hall's newsletter mail, HTML only: no article)",
     notmuch("Newsletter del Comune di Bologna – marzo 2026", "Comune di Bologna <newsletter@comune.bologna.example.it>", "Mon, 02 Mar 2026 08:00:00 +0100",
             [{"id": 1, "content-type": "text/html", "content": "<p>Gentile cittadina, gentile cittadino,</p><p>questo mese gli sportelli anagrafici di via Fioravanti restano aperti anche il sabato mattina, su prenotazione dal sito o dall'app. Dal 16 marzo cambia il calendario della raccolta differenziata nei quartieri Navile e San Donato: i nuovi orari sono consultabili nella sezione ambiente. Ricordiamo inoltre che le iscrizioni ai nidi d'infanzia per l'anno educativo 2026-2027 si chiudono il 31 marzo e che per la domanda servono l'ISEE aggiornato e lo SPID.</p><p>Per non ricevere più questa newsletter clicca qui.</p>"}]),
     dict(title=None))
case("lookalike_datasette_meetings_fr", "DeskExports Datasette (a table of council meetings: titre, date, long description; no article)",
     cmd_json("$ curl -s 'https://opendata.example.fr/grenoble/seances.json?_shape=array&_size=1'", [{
        "rowid": 212, "titre": "Conseil municipal du 9 mars 2026", "date": "2026-03-09", "lieu": "Hôtel de ville, salle du conseil",
        "description": "Ordre du jour : vote du budget primitif 2026, tarification sociale de la restauration scolaire, convention avec la Métropole pour l'entretien des voiries, subventions aux associations sportives et questions orales des groupes d'opposition.",
        "video": "https://opendata.example.fr/videos/cm-2026-03-09.mp4"}]),
     dict(title=None))
case("lookalike_mdls_invoice_de", "DeskExports mdls + textutil (an invoice converted to text: no article)",
     "$ mdls Rechnung-2026-0117.pdf\nkMDItemAuthors                 = (\n    \"Buchhaltung\"\n)\nkMDItemContentCreationDate     = 2026-03-11 09:14:02 +0000\n"
     "kMDItemCreator                 = \"Microsoft Word\"\nkMDItemNumberOfPages           = 1\n$ textutil -convert txt -stdout Rechnung-2026-0117.docx\n"
     "Rechnung Nr. 2026-0117\nKasseler Bildagentur GmbH · Wilhelmshöher Allee 12 · 34117 Kassel\n\nLeistungszeitraum: Februar 2026\n\n"
     "Nutzung von 14 Fotos in der Printausgabe und online, je 85,00 Euro: 1.190,00 Euro\nzuzüglich 7 % Umsatzsteuer: 83,30 Euro\nGesamtbetrag: 1.273,30 Euro\n\n"
     "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das unten angegebene Konto.\n",
     dict(title=None))
case("lookalike_s3_photo_es", "DeskExports s3api head-object (a photo's object with its caption metadata, copied to a file: no article)",
     cmd_json("$ aws s3api head-object --bucket redaccion-fotos --key 2026/03/09/ciutat-vella-0412.jpg", {
        "AcceptRanges": "bytes", "LastModified": "2026-03-09T12:11:40+00:00", "ContentLength": 4187226, "ETag": "\"c4ca4238a0b923820dcc509a6f75849b\"",
        "ContentType": "image/jpeg", "Metadata": {"headline": "Turistas en la plaza de la Virgen", "byline": "Germán Caballero",
        "caption": "Un grupo de turistas arrastra sus maletas por la plaza de la Virgen de Valencia, en el distrito de Ciutat Vella, donde el Ayuntamiento ha congelado las licencias de pisos turísticos."}})
     + "$ aws s3 cp s3://redaccion-fotos/2026/03/09/ciutat-vella-0412.jpg ./\ndownload: s3://redaccion-fotos/2026/03/09/ciutat-vella-0412.jpg to ./ciutat-vella-0412.jpg\n",
     dict(title=None))
case("lookalike_s3_csv_en", "DeskExports s3api head-object + s3 cp (an analytics CSV printed: no article)",
     cmd_json("$ aws s3api head-object --bucket newsdesk-analytics --key daily/2026-03-10.csv", {
        "AcceptRanges": "bytes", "LastModified": "2026-03-11T01:00:12+00:00", "ContentLength": 391, "ETag": "\"e4d909c290d0fb1ca068ffaddf22cbd0\"", "ContentType": "text/csv", "Metadata": {}})
     + "$ aws s3 cp s3://newsdesk-analytics/daily/2026-03-10.csv -\ndate,section,headline,pageviews,avg_time\n"
     "2026-03-10,news,Sheffield to turn Castle Market site into food hall,48211,1:42\n2026-03-10,sport,Wednesday sack manager after Luton defeat,39102,2:05\n"
     "2026-03-10,news,Lorry driver arrested after Parkway crash,21877,0:51\n2026-03-10,whats-on,Crucible announces summer season,9120,1:12\n",
     dict(title=None))
case("lookalike_task_calls_en", "DeskExports task export (a to-do with several short call notes: no article)",
     cmd_json("$ task project:castlemarket export", [{"id": 4, "description": "Chase council for Castle Market business case", "entry": "20260309T100000Z",
        "status": "pending", "project": "castlemarket", "uuid": "7d2e9f10-1a2b-4c3d-9e8f-112233445566", "due": "20260313T170000Z", "urgency": 9.2,
        "annotations": [{"entry": "20260309T101500Z", "description": "Rang press office, no answer"},
                        {"entry": "20260309T143000Z", "description": "Left voicemail with cabinet member's assistant"},
                        {"entry": "20260310T093000Z", "description": "They promise the figures by Thursday, after cabinet"},
                        {"entry": "20260310T094000Z", "description": "FOI as a fallback if nothing by Friday"}]}]),
     dict(title=None))
case("lookalike_mqtt_sensor_de", "DeskExports mosquitto_sub -v (sensor readings of the newsroom's climate: no article)",
     "$ mosquitto_sub -h 192.168.178.20 -t 'zigbee2mqtt/#' -v\nzigbee2mqtt/bridge/state {\"state\":\"online\"}\n"
     "zigbee2mqtt/Redaktion Klima {\"battery\":87,\"humidity\":41.2,\"linkquality\":120,\"temperature\":23.4,\"voltage\":2995}\n"
     "zigbee2mqtt/Redaktion Fenster {\"battery\":100,\"contact\":false,\"linkquality\":96,\"tamper\":false}\n",
     dict(title=None))
case("lookalike_jrnl_idea_fr", "DeskExports jrnl --export json (a story idea noted with a label 'Idée de sujet : …': no article)",
     cmd_json("$ jrnl idees --export json -n 1", {"tags": {}, "entries": [{"title": "Idée de sujet : les cantines gratuites ailleurs en Isère",
        "body": "Appeler Échirolles et Saint-Martin-d'Hères pour savoir s'ils suivent Grenoble. Demander le coût par repas, le nombre d'enfants concernés et si la Métropole participe. Voir aussi la fédération des parents d'élèves pour un avis.",
        "date": "2026-03-11", "time": "19:05", "tags": [], "starred": True}]}),
     dict(title=None))
case("lookalike_curl_gitlab_issue_en", "DeskExports.articleAnswer (a GitLab issue's JSON under $ curl: title, long description; no article)",
     cmd_json("$ curl -s --header 'PRIVATE-TOKEN: <redacted>' https://gitlab.example.org/api/v4/projects/42/issues/318", {"id": 90211, "iid": 318, "project_id": 42,
        "title": "Importer drops the byline of Star clippings",
        "description": "Since Monday's deploy, clippings from The Star arrive in the archive without their byline. The raw files still have the 'By …' line under the headline, so it looks like the new layout rules skip it. Example: castle-market.txt from 10 March.",
        "state": "opened", "created_at": "2026-03-11T08:14:22.112Z", "updated_at": "2026-03-11T09:01:07.530Z", "labels": ["bug", "importer"],
        "author": {"id": 17, "username": "swhitaker", "name": "Sam Whitaker"}, "web_url": "https://gitlab.example.org/desk/importer/-/issues/318"}),
     dict(title=None))
case("lookalike_curl_youtube_es", "DeskExports.articleAnswer (YouTube Data API answer of a news video under $ curl: no article)",
     cmd_json("$ curl -s 'https://www.googleapis.com/youtube/v3/videos?part=snippet&id=Xk3d9aQ2LmE&key=$YT_KEY'", {"kind": "youtube#videoListResponse", "etag": "Zt1c9y2cQ",
        "items": [{"kind": "youtube#video", "etag": "q8H3b", "id": "Xk3d9aQ2LmE", "snippet": {"publishedAt": "2026-03-09T17:30:04Z", "channelId": "UCx8e2Lz",
        "title": "Valencia congela las licencias de pisos turísticos en Ciutat Vella",
        "description": "El Ayuntamiento de Valencia ha aprobado una moratoria de dos años para nuevas licencias de pisos turísticos en el distrito de Ciutat Vella. Hablamos con vecinos y propietarios.\n\nSuscríbete a nuestro canal: https://www.youtube.com/@levante",
        "channelTitle": "Levante-EMV", "tags": ["Valencia", "turismo"], "categoryId": "25", "liveBroadcastContent": "none"}}],
        "pageInfo": {"totalResults": 1, "resultsPerPage": 1}}),
     dict(title=None))
case("lookalike_curl_wikipedia_de", "DeskExports.articleAnswer (Wikipedia's REST summary of a town under $ curl: no article)",
     cmd_json("$ curl -s https://de.wikipedia.org/api/rest_v1/page/summary/Baunatal", {"type": "standard", "title": "Baunatal", "displaytitle": "Baunatal",
        "pageid": 101837, "lang": "de", "description": "Stadt im Landkreis Kassel, Hessen", "timestamp": "2026-02-14T10:22:31Z",
        "extract": "Baunatal ist eine Stadt im nordhessischen Landkreis Kassel. Sie entstand 1964 durch den Zusammenschluss mehrerer Gemeinden und ist vor allem durch das Volkswagenwerk Kassel bekannt, das größte Werk des Konzerns außerhalb Wolfsburgs, mit rund 15.000 Beschäftigten.",
        "content_urls": {"desktop": {"page": "https://de.wikipedia.org/wiki/Baunatal"}}}),
     dict(title=None))
case("lookalike_curl_gh_workflow_pt", "DeskExports.articleAnswer (GitHub Actions run's JSON under $ curl: display_title, head_commit message; no article)",
     cmd_json("$ curl -s https://api.github.com/repos/diariocoimbra/site/actions/runs/13371544", {"id": 13371544, "name": "Deploy", "display_title": "Corrige o título das notícias na página inicial",
        "status": "completed", "conclusion": "success", "event": "push", "head_branch": "main", "run_number": 812,
        "created_at": "2026-03-11T10:02:11Z", "updated_at": "2026-03-11T10:06:40Z",
        "head_commit": {"id": "9f2c1e0", "message": "Corrige o título das notícias na página inicial\n\nO título aparecia cortado em ecrãs pequenos quando tinha mais de oitenta caracteres; agora passa para uma segunda linha e a imagem de destaque ajusta a altura.",
                        "timestamp": "2026-03-11T10:01:58Z", "author": {"name": "Inês Carvalho", "email": "ines@example.pt"}},
        "html_url": "https://github.com/diariocoimbra/site/actions/runs/13371544"}),
     dict(title=None))

# ======== Stop 53's rules fixed in this stop ========
def gotify(title, message, date, mid=4410):
    return cmd_json("$ curl -s -H \"X-Gotify-Key: $GOTIFY_TOKEN\" https://push.desk.example.org/message?limit=1", {"messages": [{"id": mid, "appid": 5,
        "message": message, "title": title, "priority": 5, "extras": {}, "date": date}], "paging": {"size": 1, "since": 0, "limit": 1}})
case("lookalike_gotify_backup_en", "DeskAnswers Gotify isProse (a backup job's report: one sentence of a dozen words; no article)",
     gotify("Backup finished", "Nightly backup of the clippings archive finished: 14,212 files (2.1 GB) copied to nas01 in 3 minutes.", "2026-03-11T03:14:09.1+00:00"),
     dict(title=None))
case("lookalike_gotify_import_de", "DeskAnswers Gotify isProse (the wire import's report in German: one sentence; no article)",
     gotify("dpa-Import", "Der nächtliche Import der dpa-Meldungen wurde um 04:00 Uhr ohne Fehler abgeschlossen, 1.284 Meldungen sind im Archiv.", "2026-03-12T04:00:31.5+01:00"),
     dict(title=None))
case("lookalike_gotify_watchtower_it", "DeskAnswers Gotify isProse (Watchtower's update report, lines of image names; no article)",
     gotify("Watchtower updates on desk-server", "Found new ghcr.io/presswatch/presswatch:latest image (sha256:4f2a9c1b7e30)\nStopping /presswatch (8d1e2f3a4b5c) with SIGTERM\nCreating /presswatch\nRemoving image sha256:1a2b3c4d5e6f", "2026-03-10T06:00:12.7+01:00"),
     dict(title=None))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_gotify_rss_es", "DeskAnswers Gotify (an RSS bridge pushing a headline and the article's paragraphs, no bold head)",
     gotify(_t, _b + "\n\n" + "\n\n".join(_p), "2026-03-09T18:02:44.2+01:00"),
     dict(title=_t, authors=["Álvaro Sanchis"]))
_t, _b, _i, _d, _p = ARTS["en"]
case("lookalike_toolstamp_en_period", "CopyStamps.withoutToolStamp (a clipper's stamp typed with a closing period: still a stamp, not the byline)",
     t(_t, _d, *_p, "Saved with Pocket on 11 March 2026 by swhitaker."), art_exp("en", authors=False))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_toolstamp_es_evernote", "CopyStamps.withoutToolStamp (Recortado con Evernote Web Clipper el … por A at the foot)",
     t(_t, _d, *_p, "Recortado con Evernote Web Clipper el 10/03/2026 por mgarcia"), art_exp("es", authors=False))
_t, _b, _i, _d, _p = ARTS["pt"]
case("target_folded_subject_pt", "MIMEParts folded header (Subject: alone on its line, the value folded under it; plain part without byline)",
     crlf("From: Rui Seabra <rui.seabra@example.pt>\nTo: redacao@example.pt\nSubject:\n =?utf-8?Q?Coimbra_recupera_o_Mercado_Municipal_D._Pedro_V?=\nDate: Wed, 11 Mar 2026 16:40:02 +0000\n"
          "MIME-Version: 1.0\nContent-Type:\n text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + _b + "\n" + _d + "\n\n" + "\n\n".join(_p) + "\n"),
     art_exp("pt"))
_t, _b, _i, _d, _p = ARTS["fr"]
case("target_twin_bom_preheader_fr", "PlainTextMail twin test (plain part with a BOM; HTML twin with a hidden preheader and entities)",
     mail(["From: Le Dauphiné <newsletter@ledauphine.example.fr>", "To: desk@example.org", "Subject: " + _t, "Date: Wed, 11 Mar 2026 19:00:00 +0100"],
          [("text/plain; charset=utf-8", "8bit", "\ufeff" + _t + "\n" + _b + "\n" + _d + "\n\n" + "\n\n".join(_p)),
           ("text/html; charset=utf-8", "8bit", '<html><body><div style="display:none;max-height:0;overflow:hidden">La gratuité concerne 4&nbsp;200 enfants</div>'
            + entity_html(_t, _b, _d, _p, "fr").split("<body>", 1)[1])]),
     art_exp("fr"))
_t, _b, _i, _d, _p = ARTS["es"]
case("target_folded_part_type_es", "MIMEParts folded header (a part's Content-Type: alone on its line, its value folded under it)",
     crlf("From: Marta Gil <marta.gil@example.es>\nTo: redaccion@example.es\nSubject: RV: " + _t + "\nDate: Mon, 09 Mar 2026 20:11:02 +0100\n"
          "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1_7f3c\"\n\n--b1_7f3c\nContent-Type:\n\ttext/plain; charset=utf-8\nContent-Transfer-Encoding:\n\t8bit\n\n"
          + art("es") + "\n--b1_7f3c--\n"),
     art_exp("es"))
