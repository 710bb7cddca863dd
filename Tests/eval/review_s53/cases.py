# Each case: (name, rule targeted, text, expected). expected fields omitted = not judged.
# expected: title (str or None), authors (list), published (YYYY-MM-DD or None), source (str or None).
# Review of stop 53's reader changes (4cfce39..02e1c62): WebArchive (MHTML), ExportLines.isReceptionStamp run in,
# DateVocabulary.dateLineWords (erschienen/publiziert/paru/publicada/pubblicata), LayoutReader.isMastheadOverTitle,
# fix52 (DisclosureNotes owner, print reference amid prose). Look-alikes first, then the rules' own shapes ("target_").
# Written by the reviewer; nothing taken from .eval, the clipping_layouts batches or earlier review sets.
import base64, quopri

def t(*blocks):
    return "\n\n".join(blocks) + "\n"

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def qp(html, charset="utf-8"):
    return quopri.encodestring(html.encode(charset)).decode("ascii")

def b64(html, charset="utf-8"):
    return base64.encodebytes(html.encode(charset)).decode("ascii")

def page(title, byline, day_iso, day_text, paras, meta_charset=True, lang="en"):
    head = '<meta charset="utf-8">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    by = f'<p class="byline">{byline}</p>\n' if byline else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head>{head}<title>{title}</title></head>\n<body>\n<header><nav><a href="/">Home</a></nav></header>\n'
            f'<article>\n<h1>{title}</h1>\n{by}<time datetime="{day_iso}">{day_text}</time>\n{body}</article>\n<footer>Contact</footer>\n</body></html>\n')

def mhtml(html, url, enc="qp", charset="utf-8", part_charset=None, style="blink", line_end="\r\n", parts_before=()):
    """A page saved as MHTML: Chrome's "single file" (blink) or IE's .mht (mimeole)."""
    body = qp(html, charset) if enc == "qp" else b64(html, charset)
    ctype = "text/html" + (f'; charset="{part_charset}"' if part_charset else "")
    cte = "quoted-printable" if enc == "qp" else "base64"
    if style == "blink":
        b = "----MultipartBoundary--Q3xv9TqR2aB7kLmN4pZ0----"
        head = ("From: <Saved by Blink>\nSnapshot-Content-Location: " + url + "\nSubject: saved page\nDate: Sat, 7 Mar 2026 10:15:22 -0000\n"
                'MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="' + b + '"\n\n\n')
    else:
        b = "----=_NextPart_000_0000_01DAB0F4.6A1B2C30"
        head = ('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="' + b + '"; type="text/html"\n'
                "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24000\n\nThis is a multi-part message in MIME format.\n\n")
    out = head
    for ptype, penc, pbody, ploc in parts_before:
        out += f"--{b}\nContent-Type: {ptype}\nContent-Transfer-Encoding: {penc}\nContent-Location: {ploc}\n\n{pbody}\n"
    out += f"--{b}\nContent-Type: {ctype}\nContent-ID: <frame-3F1A@mhtml.blink>\nContent-Transfer-Encoding: {cte}\nContent-Location: {url}\n\n{body}\n"
    out += f"--{b}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-Location: https://static.example.org/logo.png\n\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\n\n--{b}--\n"
    out = out.replace("\r\n", "\n")
    return out.replace("\n", line_end)

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

CASES = [
# ======== look-alikes ========
# ---- WebArchive: real mails and archives without an article ----
("mail_alternative_release_en", "WebArchive (a press release mail, multipart/alternative: not an archive)", crlf(
    "From: Press Office <press@harbourtrust.example.org>\nTo: newsdesk@example.org\nSubject: Harbour Trust opens new ferry terminal\n"
    "Date: Wed, 4 Mar 2026 09:12:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1_7f3a\"\n\n"
    "--b1_7f3a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "Harbour Trust opens new ferry terminal\n\nThe =C2=A312m terminal at Pier 4 will handle 400,000 passengers a year, the Trust said on Wednesday.\n\n"
    "--b1_7f3a\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<html><body><h2>Harbour Trust opens new ferry terminal</h2><p>The =C2=A312m terminal at Pier 4 will handle 400,000 passengers a=\n year, the Trust said on Wednesday.</p></body></html>\n\n--b1_7f3a--\n"),
 dict(title="Harbour Trust opens new ferry terminal")),
("mail_related_newsletter_de", "WebArchive (a newsletter mail whose top part is multipart/related with a logo: a mail, From/Subject kept)", crlf(
    "From: Stadtwerke Kiel Presse <presse@stadtwerke-kiel.example.de>\nTo: redaktion@example.de\nSubject: Stadtwerke senken Fernwärmepreis\n"
    "Date: Thu, 5 Mar 2026 08:30:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"=_rel_55\"; type=\"text/html\"\n\n"
    "--=_rel_55\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
    "<html><body><img src=3D\"cid:logo\"><h1>Stadtwerke senken Fernw=E4rmepreis</h1>"
    "<p>Ab 1. April zahlen Haushalte in Kiel rund acht Prozent weniger f=FCr Fernw=E4rme, teilten die Stadtwerke am Donnerstag mit.</p>"
    "<p>Pressekontakt: Jana Ohm</p></body></html>\n\n"
    "--=_rel_55\nContent-Type: image/png\nContent-ID: <logo>\nContent-Transfer-Encoding: base64\n\n" + PNG + "\n\n--=_rel_55--\n"),
 dict(title="Stadtwerke senken Fernwärmepreis")),
("mht_login_page_en", "WebArchive (an .mht of a paywall login page: no article)", mhtml(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title></head><body><form><label>Email</label><input name="e">'
    '<label>Password</label><input type="password"><button>Sign in</button></form><a href="/forgot">Forgot your password?</a></body></html>',
    "https://www.example-news.co.uk/login"),
 dict(title=None)),
("mht_section_index_fr", "WebArchive (an .mht of a section's index: links only, no article)", mhtml(
    '<html><head><meta charset="utf-8"><title>Économie - Le Courrier du Sud</title></head><body><ul>'
    + "".join(f'<li><a href="/eco/{i}">Titre {i}</a></li>' for i in range(1, 25)) + "</ul></body></html>",
    "https://courrier-sud.example.fr/economie", style="mimeole"),
 dict(title=None)),
("mail_forwarded_mht_es", "WebArchive (a mail forwarding a saved page as attachment: multipart/mixed, its note the text)", crlf(
    "From: Marta Gil <marta.gil@example.es>\nTo: mesa@example.es\nSubject: Fwd: El puerto de Valencia amplía su terminal norte\n"
    "Date: Fri, 6 Mar 2026 11:02:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"mix_9\"\n\n"
    "--mix_9\nContent-Type: text/plain; charset=utf-8\n\nOs adjunto la página guardada para el archivo.\n\n"
    "--mix_9\nContent-Type: multipart/related; name=\"pagina.mht\"\nContent-Disposition: attachment; filename=\"pagina.mht\"\nContent-Transfer-Encoding: base64\n\n"
    + b64("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"x\"\n\n--x\nContent-Type: text/html\n\n<h1>El puerto</h1>\n--x--\n") + "\n--mix_9--\n"),
 dict(authors=[])),
# ---- isMastheadOverTitle: a headline opening with a publication's word over its standfirst ----
("masthead_monde_travail_fr", "isMastheadOverTitle (`Le Monde du travail change` over a standfirst)", t(
    "Le Monde du travail change de visage\nTélétravail, semaine de quatre jours, congés illimités : ce qui attend les salariés en 2026",
    "Par Claire Dubois", "4 mars 2026",
    "Selon une étude de l'Apec publiée mercredi, un cadre sur trois travaille désormais deux jours par semaine à domicile."),
 dict(title="Le Monde du travail change de visage", authors=["Claire Dubois"], published="2026-03-04", source=None)),
("masthead_times_square_en", "isMastheadOverTitle (`Times Square Goes Car-Free` over a deck)", t(
    "Times Square Goes Car-Free on Weekends\nCity Hall tests a pedestrian plaza from 42nd to 47th Street through the summer",
    "By Daniel Ortiz", "March 5, 2026",
    "The pilot starts on April 4 and will be reviewed in September, the transportation commissioner said."),
 dict(title="Times Square Goes Car-Free on Weekends", authors=["Daniel Ortiz"], published="2026-03-05", source=None)),
("masthead_post_office_en", "isMastheadOverTitle (`Post Office to Close 115 Branches` over a deck)", t(
    "Post Office to Close 115 Branches\nUnion warns of job losses in rural Wales and the north of Scotland",
    "By Rhian Pugh", "3 March 2026",
    "The closures, announced on Tuesday, affect branches run directly by the company rather than franchise partners."),
 dict(title="Post Office to Close 115 Branches", authors=["Rhian Pugh"], published="2026-03-03", source=None)),
("masthead_express_trains_en", "isMastheadOverTitle (`Express Trains Return` over a deck, no byline)", t(
    "Express Trains Return to the Coast Line\nOperator restores the 06:12 service after two years of engineering works",
    "Passengers between Exeter and Plymouth will save twenty minutes a journey from May, the operator said on Monday."),
 dict(title="Express Trains Return to the Coast Line", source=None)),
("masthead_guardian_angels_en", "isMastheadOverTitle (`The Guardian Angels` over a question deck)", t(
    "The Guardian Angels of the Night Bus\nWho are the volunteers riding the N29 until dawn?",
    "By Priya Shah", "6 March 2026",
    "Every Friday since November a dozen volunteers in red jackets have ridden the route between Enfield and Trafalgar Square."),
 dict(title="The Guardian Angels of the Night Bus", authors=["Priya Shah"], published="2026-03-06", source=None)),
("masthead_presse_exil_de", "isMastheadOverTitle (`Freie Presse im Exil` over a standfirst)", t(
    "Freie Presse im Exil\nWie russische Journalisten aus Riga über den Krieg berichten",
    "Von Katrin Lenz", "5. März 2026",
    "In einem Bürogebäude am Stadtrand arbeiten vierzig Redakteure, die Moskau vor drei Jahren verlassen haben."),
 dict(title="Freie Presse im Exil", authors=["Katrin Lenz"], published="2026-03-05", source=None)),
("masthead_kurier_de", "isMastheadOverTitle (`Kurier in Not` over a standfirst)", t(
    "Kurier in Not\nWarum Fahrradboten in Berlin für einen Tarifvertrag streiken",
    "Von Jonas Hartmann", "3. März 2026",
    "Rund 300 Fahrer legten am Dienstag die Arbeit nieder, die Plattform spricht von geringen Ausfällen."),
 dict(title="Kurier in Not", authors=["Jonas Hartmann"], published="2026-03-03", source=None)),
("masthead_rundschau_de", "isMastheadOverTitle (`Rundschau am Abend` section over a title)", t(
    "Rundschau am Abend\nStadtrat beschließt neuen Busfahrplan",
    "Von Petra Albers", "6. März 2026",
    "Ab Juni fahren die Linien 4 und 7 im Zehn-Minuten-Takt, auch am Wochenende."),
 dict(title="Stadtrat beschließt neuen Busfahrplan", authors=["Petra Albers"], published="2026-03-06", source=None)),
("masthead_mundo_rural_es", "isMastheadOverTitle (`El Mundo rural se vacía` over a standfirst)", t(
    "El Mundo rural se vacía\nSoria pierde 3.000 habitantes en un año y cierra su tercera escuela",
    "Por Andrés Molina", "5 de marzo de 2026",
    "La diputación pide al Gobierno un plan fiscal para los municipios de menos de 500 vecinos."),
 dict(title="El Mundo rural se vacía", authors=["Andrés Molina"], published="2026-03-05", source=None)),
("masthead_diario_enfermera_es", "isMastheadOverTitle (`Diario de una enfermera` over a standfirst)", t(
    "Diario de una enfermera en Urgencias\nTurnos de doce horas, pasillos llenos y un invierno que no acaba",
    "Por Elena Sanz", "4 de marzo de 2026",
    "A las siete de la mañana ya hay catorce pacientes esperando cama en el hospital de La Paz."),
 dict(title="Diario de una enfermera en Urgencias", authors=["Elena Sanz"], published="2026-03-04", source=None)),
("masthead_stampa_3d_it", "isMastheadOverTitle (`La Stampa 3D entra in ospedale` over a standfirst)", t(
    "La Stampa 3D entra in ospedale\nA Torino protesi su misura per quaranta pazienti in un anno",
    "di Marco Ferri", "6 marzo 2026",
    "Il laboratorio del Cto ha prodotto finora 112 impianti, con tempi di attesa ridotti da sei mesi a tre settimane."),
 dict(title="La Stampa 3D entra in ospedale", authors=["Marco Ferri"], published="2026-03-06", source=None)),
("masthead_giornale_bordo_it", "isMastheadOverTitle (`Giornale di bordo` over a standfirst)", t(
    "Giornale di bordo di un pescatore\nTrenta notti sul peschereccio Santa Rita, tra Mazara e la Tunisia",
    "di Salvo Amato", "4 marzo 2026",
    "Si parte alle due del mattino, quando il porto è ancora buio e il gasolio costa più del pesce."),
 dict(title="Giornale di bordo di un pescatore", authors=["Salvo Amato"], published="2026-03-04", source=None)),
("masthead_cronaca_online_it", "isMastheadOverTitle (`Cronaca Online` section over a title)", t(
    "Cronaca Online\nTruffa dei finti nipoti, arrestati due uomini a Verona",
    "di Giulia Conti", "5 marzo 2026",
    "Avevano raccolto oltre 60 mila euro da anziani della provincia, secondo i carabinieri."),
 dict(title="Truffa dei finti nipoti, arrestati due uomini a Verona", authors=["Giulia Conti"], published="2026-03-05", source=None)),
("masthead_folha_pagamento_pt", "isMastheadOverTitle (`Folha de pagamento do Estado` over a standfirst)", t(
    "Folha de pagamento do Estado sobe 6%\nGoverno admite reforço na função pública e nas carreiras da saúde",
    "Por Rita Costa", "5 de março de 2026",
    "A despesa com salários chega aos 28 mil milhões de euros, segundo a síntese da execução orçamental."),
 dict(title="Folha de pagamento do Estado sobe 6%", authors=["Rita Costa"], published="2026-03-05", source=None)),
("masthead_correio_azul_pt", "isMastheadOverTitle (`Correio azul vai acabar` over a standfirst)", t(
    "Correio Azul vai acabar\nCTT deixam de garantir a entrega em dois dias úteis a partir de junho",
    "Por Nuno Pires", "3 de março de 2026",
    "A empresa diz que o serviço representa menos de dois por cento do correio expedido."),
 dict(title="Correio Azul vai acabar", authors=["Nuno Pires"], published="2026-03-03", source=None)),
("masthead_book_review_en", "isMastheadOverTitle (`Book Review` section over a title)", t(
    "Book Review\nThe Quiet Harbour by Ruth Anand",
    "By Tom Keller", "7 March 2026",
    "Anand's third novel follows a lighthouse keeper's daughter through the winter of 1963."),
 dict(title="The Quiet Harbour by Ruth Anand", authors=["Tom Keller"], published="2026-03-07", source=None)),
("masthead_local_news_en", "isMastheadOverTitle (`Local News` section over a title)", t(
    "Local News\nLibrary Opening Hours Cut in Three Towns",
    "By Sam Fowler", "4 March 2026",
    "Libraries in Bude, Launceston and Liskeard will close on Wednesdays from April."),
 dict(title="Library Opening Hours Cut in Three Towns", authors=["Sam Fowler"], published="2026-03-04", source=None)),
("masthead_revue_presse_fr", "isMastheadOverTitle (`Revue de presse` section over a title)", t(
    "Revue de presse\nLa réforme des retraites vue par les éditorialistes",
    "Par Hugo Bernard", "5 mars 2026",
    "À droite comme à gauche, les éditoriaux de jeudi saluent un compromis fragile."),
 dict(title="La réforme des retraites vue par les éditorialistes", authors=["Hugo Bernard"], published="2026-03-05", source=None)),
("masthead_person_post_en", "isMastheadOverTitle (a columnist's name `Emily Post` over her column's title)", t(
    "Emily Post\nWhy Thank-You Notes Still Matter",
    "March 6, 2026",
    "My grandmother kept every card she received in a shoebox under the stairs."),
 dict(title="Why Thank-You Notes Still Matter", published="2026-03-06", source=None)),
("masthead_person_stampa_it", "isMastheadOverTitle (a writer's name `Anna Stampa` over her letter's title)", t(
    "Anna Stampa\nLettera a mio figlio che parte per Berlino",
    "7 marzo 2026",
    "Caro Luca, quando leggerai queste righe sarai già all'aeroporto."),
 dict(title="Lettera a mio figlio che parte per Berlino", published="2026-03-07", source=None)),
# ---- isReceptionStamp run in: lines opening with a reception word that are no stamp ----
("stamp_received_headline_en", "isReceptionStamp (a headline `Received 3 March · …` is the title)", t(
    "Received 3 March · The Letter That Saved a Factory",
    "By Joan Pike", "9 March 2026",
    "When the envelope arrived at the Hartley works in 1987, the receivers had already been called in."),
 dict(title="Received 3 March · The Letter That Saved a Factory", authors=["Joan Pike"], published="2026-03-09")),
("stamp_letter_body_en", "isReceptionStamp (a letter's line `Received 3 March · …` in the body)", t(
    "Letters: the bus that never came", "March 8, 2026",
    "Sir, I wrote to the council about the 47 in January.",
    "Received 3 March · reference 55/2026 · no reply since.",
    "Margaret Hill, Bradford"),
 dict(title="Letters: the bus that never came", published="2026-03-08")),
("stamp_recu_wisdom_fr", "isReceptionStamp (`Reçu 5 sur 5 | …` is a headline, not a stamp)", t(
    "Reçu 5 sur 5 | Les lycéens répondent au ministre",
    "Par Inès Laurent", "4 mars 2026",
    "Une pétition signée par 40 000 élèves demande le report des épreuves de spécialité."),
 dict(title="Reçu 5 sur 5 | Les lycéens répondent au ministre", authors=["Inès Laurent"], published="2026-03-04")),
("stamp_recibido_tracking_es", "isReceptionStamp (a parcel tracking line in a consumer piece's body)", t(
    "Mi paquete viajó tres veces a Zaragoza", "Por Pilar Vidal", "6 de marzo de 2026",
    "El seguimiento de la empresa mostraba siempre el mismo recorrido:",
    "Recibido 12 de febrero · En tránsito · Devuelto a origen",
    "La compañía atribuye el error a una etiqueta mal impresa."),
 dict(title="Mi paquete viajó tres veces a Zaragoza", authors=["Pilar Vidal"], published="2026-03-06")),
("stamp_ricevuto_title_it", "isReceptionStamp (`Ricevuto il 2 marzo | …` as a column's headline)", t(
    "Ricevuto il 2 marzo | La risposta dell'Inps che non arriva",
    "di Paolo Riva", "8 marzo 2026",
    "Il signor Bertolini aspetta da sei mesi il ricalcolo della sua pensione."),
 dict(title="Ricevuto il 2 marzo | La risposta dell'Inps che non arriva", authors=["Paolo Riva"], published="2026-03-08")),
# ---- dateLineWords: a book's or a law's day in a review or report, not the article's ----
("erschienen_book_nohead_de", "dateLineWords (`Erschienen am …` in a book review's info box, no day above)", t(
    "Ein Sommer am Haff", "Von Lisa Brandt",
    "Der Roman erzählt von drei Schwestern, die das Haus ihrer Mutter an der Ostsee räumen.",
    "Kiepenheuer & Witsch, 320 Seiten, 24 Euro", "Erschienen am 12. Februar 2025"),
 dict(title="Ein Sommer am Haff", authors=["Lisa Brandt"], published=None)),
("paru_book_nohead_fr", "dateLineWords (`Paru le …` under a book's notice, no day above)", t(
    "Les nuits de Marseille", "Par Sophie Garnier",
    "Un polar sec et tendu, qui suit une commissaire des quartiers nord pendant une semaine d'été.",
    "Éditions du Rouergue, 288 pages, 21 €", "Paru le 8 janvier 2025"),
 dict(title="Les nuits de Marseille", authors=["Sophie Garnier"], published=None)),
("pubblicata_sentenza_it", "dateLineWords (`Pubblicata il …` of a ruling, in a dated report's body)", t(
    "Concessioni balneari, il Consiglio di Stato boccia le proroghe", "di Luca Moretti", "5 marzo 2026",
    "I giudici ribadiscono che le gare vanno bandite entro l'anno.",
    "Sentenza n. 2187/2026", "Pubblicata il 27 febbraio 2026",
    "I sindacati dei balneari annunciano ricorso."),
 dict(title="Concessioni balneari, il Consiglio di Stato boccia le proroghe", authors=["Luca Moretti"], published="2026-03-05")),
("publicada_ley_es", "dateLineWords (`Publicada el …` of a law under its name, no day above)", t(
    "Qué cambia con la nueva ley de vivienda", "Por Irene Navarro",
    "La norma limita las subidas del alquiler en zonas tensionadas y amplía los avales públicos.",
    "Ley 12/2023, por el derecho a la vivienda", "Publicada el 25 de mayo de 2023"),
 dict(title="Qué cambia con la nueva ley de vivienda", authors=["Irene Navarro"], published=None)),
("publiziert_study_de", "dateLineWords (`Publiziert am …` of a study, under a dated report)", t(
    "Mikroplastik in jedem zweiten Fisch", "Von Hanna Seidel", "6. März 2026",
    "Forscher der Universität Kiel fanden Partikel in 52 Prozent der untersuchten Heringe.",
    "Die Studie: Marine Pollution Bulletin, Band 201", "Publiziert am 19. Januar 2026",
    "Die Autoren fordern strengere Filter in Kläranlagen."),
 dict(title="Mikroplastik in jedem zweiten Fisch", authors=["Hanna Seidel"], published="2026-03-06")),
# ---- DisclosureNotes / ownership in reporting about media companies ----
("ownership_report_en", "DisclosureNotes (`The Telegraph is owned by …` in a media report: no source)", t(
    "Telegraph sale approved by regulator", "By Kate Mercer", "March 4, 2026",
    "The competition authority cleared the deal on Wednesday after a four-month review.",
    "The Telegraph is owned by RedBird IMI, a fund backed by Abu Dhabi, since last year."),
 dict(title="Telegraph sale approved by regulator", authors=["Kate Mercer"], published="2026-03-04", source=None)),
("ownership_report_de", "DisclosureNotes (`Die Berliner Zeitung gehört …` in a media report)", t(
    "Berliner Verlag streicht 40 Stellen", "Von Sabine Roth", "5. März 2026",
    "Betroffen sind vor allem Druckerei und Vertrieb, teilte der Betriebsrat mit.",
    "Die Berliner Zeitung gehört seit 2019 dem Unternehmerpaar Friedrich."),
 dict(title="Berliner Verlag streicht 40 Stellen", authors=["Sabine Roth"], published="2026-03-05", source=None)),
("ownership_report_fr", "DisclosureNotes (`Le Parisien appartient au groupe LVMH` in a media report)", t(
    "Plan de départs au Parisien", "Par Antoine Leroy", "3 mars 2026",
    "La direction propose 60 départs volontaires d'ici l'été.",
    "Le Parisien appartient au groupe LVMH depuis 2015."),
 dict(title="Plan de départs au Parisien", authors=["Antoine Leroy"], published="2026-03-03", source=None)),
("ownership_report_es", "DisclosureNotes (`El Periódico pertenece al grupo …` in a media report)", t(
    "Prensa Ibérica compra dos emisoras en Galicia", "Por Sergio Blanco", "6 de marzo de 2026",
    "La operación, de 14 millones de euros, está pendiente de la CNMC.",
    "El Periódico de Catalunya pertenece al grupo Prensa Ibérica desde 2019."),
 dict(title="Prensa Ibérica compra dos emisoras en Galicia", authors=["Sergio Blanco"], published="2026-03-06", source=None)),
("ownership_report_it", "DisclosureNotes (`La Stampa fa parte del gruppo …` in a media report)", t(
    "Gedi cede La Stampa a un gruppo di imprenditori piemontesi", "di Carla Ruggeri", "4 marzo 2026",
    "La trattativa dovrebbe chiudersi entro aprile.",
    "La Stampa fa parte del gruppo Gedi dal 2016."),
 dict(title="Gedi cede La Stampa a un gruppo di imprenditori piemontesi", authors=["Carla Ruggeri"], published="2026-03-04", source=None)),
# ---- a print reference that IS the clipping's source (at its foot, the head stating only the byline) ----
("print_ref_foot_de", "metadataAfterStandfirst print reference (the clipping's own source at the foot)", t(
    "Die Rückkehr der Nachtzüge", "Von Martin Keil",
    "Seit Dezember fährt wieder ein Schlafwagen von Berlin nach Paris, dreimal pro Woche.",
    "Die Auslastung liegt nach Angaben der Bahn bei 80 Prozent.",
    "Aus: Der Tagesspiegel vom 2. März 2026"),
 dict(title="Die Rückkehr der Nachtzüge", authors=["Martin Keil"], published="2026-03-02", source="Der Tagesspiegel")),
("print_ref_foot_it", "metadataAfterStandfirst print reference (the clipping's own source at the foot)", t(
    "Il ritorno dei treni notte", "di Franca Villa",
    "Da dicembre un vagone letto collega di nuovo Roma e Monaco, tre volte a settimana.",
    "Secondo Trenitalia i posti sono esauriti fino a maggio.",
    "Da: Il Messaggero, 3 marzo 2026"),
 dict(title="Il ritorno dei treni notte", authors=["Franca Villa"], published="2026-03-03", source="Il Messaggero")),
]

# ---- isMastheadOverTitle: a feature's headline `<article> <paper word> de …` over its deck, byline and day apart ----
def headed(head, deck, byline, day, body):
    return t(head + "\n" + deck, byline, day, body)
CASES += [
("masthead_journal_zad_fr", "isMastheadOverTitle (`Le Journal d'une ZAD` over its deck)", headed(
    "Le Journal d'une ZAD", "Six mois avec les occupants du bocage de Saint-Colomban", "Par Lou Martin", "5 mars 2026",
    "Ils sont une quarantaine à vivre sous des tentes depuis septembre."),
 dict(title="Le Journal d'une ZAD", authors=["Lou Martin"], published="2026-03-05", source=None)),
("masthead_echos_bocage_fr", "isMastheadOverTitle (`Les Échos du bocage` over its deck)", headed(
    "Les Échos du bocage", "Un festival de contes dans les granges de la Mayenne", "Par Anne Rivet", "4 mars 2026",
    "Vingt conteurs sont attendus en juillet."),
 dict(title="Les Échos du bocage", authors=["Anne Rivet"], published="2026-03-04", source=None)),
("masthead_jornal_noite_pt", "isMastheadOverTitle (`O Jornal da Noite`, a TV programme, over a deck)", headed(
    "O Jornal da Noite", "Como a RTP mudou a forma de contar o país", "Por Sara Reis", "4 de março de 2026",
    "Há cinquenta anos estreava o primeiro noticiário a cores."),
 dict(title="O Jornal da Noite", authors=["Sara Reis"], published="2026-03-04", source=None)),
("masthead_correio_norte_pt", "isMastheadOverTitle (`O Correio do Norte` over a deck)", headed(
    "O Correio do Norte", "A aldeia onde o carteiro ainda chega a cavalo", "Por Luís Mota", "5 de março de 2026",
    "Em Pitões das Júnias o correio chega duas vezes por semana."),
 dict(title="O Correio do Norte", authors=["Luís Mota"], published="2026-03-05", source=None)),
("masthead_zeitung_obdachlose_de", "isMastheadOverTitle (`Die Zeitung der Obdachlosen` over a deck)", headed(
    "Die Zeitung der Obdachlosen", "Wie Hinz&Kunzt seit dreißig Jahren überlebt", "Von Mia Brandt", "4. März 2026",
    "Rund 500 Verkäufer bieten das Heft in Hamburg an."),
 dict(title="Die Zeitung der Obdachlosen", authors=["Mia Brandt"], published="2026-03-04", source=None)),
("masthead_nachrichten_provinz_de", "isMastheadOverTitle (`Nachrichten aus der Provinz` over a deck)", headed(
    "Nachrichten aus der Provinz", "Warum das Dorfkino in Bad Sulza überlebt", "Von Heike Mohr", "5. März 2026",
    "Vierzig Plätze, ein Projektor aus dem Jahr 1978."),
 dict(title="Nachrichten aus der Provinz", authors=["Heike Mohr"], published="2026-03-05", source=None)),
("masthead_vanguardia_campo_es", "isMastheadOverTitle (`La Vanguardia del campo` over a deck)", headed(
    "La Vanguardia del campo", "Mujeres que dirigen cooperativas en Jaén", "Por Marta León", "6 de marzo de 2026",
    "Son ya el 31 % de las presidentas de cooperativas oleícolas."),
 dict(title="La Vanguardia del campo", authors=["Marta León"], published="2026-03-06", source=None)),
("masthead_diario_verso_es", "isMastheadOverTitle (`El Diario de Ana Frank, en verso` over a deck)", headed(
    "El Diario de Ana Frank, en verso", "Una poeta de Cádiz reescribe el libro para adolescentes", "Por Teresa Mora", "5 de marzo de 2026",
    "El libro sale el jueves."),
 dict(title="El Diario de Ana Frank, en verso", authors=["Teresa Mora"], published="2026-03-05", source=None)),
("masthead_giornale_ragazzi_it", "isMastheadOverTitle (`Il Giornale dei ragazzi` over a deck)", headed(
    "Il Giornale dei ragazzi", "A Napoli una redazione di quindicenni", "di Rosa Esposito", "5 marzo 2026",
    "Ogni martedì escono otto pagine scritte dagli studenti."),
 dict(title="Il Giornale dei ragazzi", authors=["Rosa Esposito"], published="2026-03-05", source=None)),
("masthead_gazzetta_quartiere_it", "isMastheadOverTitle (`La Gazzetta del quartiere` over a deck)", headed(
    "La Gazzetta del quartiere", "A San Salvario un foglio scritto dai residenti", "di Anna Longo", "6 marzo 2026",
    "Esce ogni due settimane in mille copie."),
 dict(title="La Gazzetta del quartiere", authors=["Anna Longo"], published="2026-03-06", source=None)),
("masthead_radio_days_en", "isMastheadOverTitle (`Radio Days` over a deck)", headed(
    "Radio Days", "How a pirate station shaped a seaside town", "By Owen Price", "March 5, 2026",
    "In 1966 a converted trawler anchored off Frinton began broadcasting pop records."),
 dict(title="Radio Days", authors=["Owen Price"], published="2026-03-05", source=None)),
("masthead_daily_grind_en", "isMastheadOverTitle (`The Daily Grind` over a deck)", headed(
    "The Daily Grind", "Inside the coffee shop that never closes", "By Leo Marsh", "March 6, 2026",
    "The Bean on Hope Street has not shut its doors since 2019."),
 dict(title="The Daily Grind", authors=["Leo Marsh"], published="2026-03-06", source=None)),
]

# ======== targets ========
ART = {
 "en": ("Harbour fees rise by nine per cent", "By Anna Reed", "2026-03-03", "3 March 2026",
        ["The port authority raised its fees on Monday, the first rise in six years.", "Fishing crews say the increase will cost them £2,000 a boat."]),
 "fr": ("Les péages de l'A7 augmentent dès février", "Par Étienne Mélançon", "2026-03-02", "2 mars 2026",
        ["La hausse moyenne atteint 4,2 %, la plus forte depuis dix ans.", "Les usagers réguliers pourront souscrire un abonnement réduit."]),
 "de": ("Bäckereien klagen über Strompreise", "Von Jürgen Weiß", "2026-03-04", "4. März 2026",
        ["Jeder fünfte Betrieb in Thüringen erwägt, die Öfen früher abzuschalten.", "Die Innung fordert einen Härtefallfonds für Handwerksbetriebe."]),
 "es": ("La sequía obliga a cortar el agua en doce municipios", "Por Begoña Ibáñez", "2026-03-05", "5 de marzo de 2026",
        ["Los embalses de la cuenca están al 18 % de su capacidad.", "Los cortes serán nocturnos, de once de la noche a seis de la mañana."]),
 "it": ("Città più verdi, a Bologna cento nuovi alberi", "di Niccolò Bertè", "2026-03-06", "6 marzo 2026",
        ["Il piano del Comune prevede tigli e aceri lungo i viali di circonvallazione.", "La spesa è di 450 mila euro, in parte coperta da fondi europei."]),
 "pt": ("Lisboa alarga zona de emissões reduzidas", "Por João Conceição", "2026-03-03", "3 de março de 2026",
        ["A partir de julho, carros anteriores a 2000 não poderão circular na Baixa.", "A câmara promete reforçar a oferta da Carris nas linhas afetadas."]),
}
def art_html(lang, meta=True):
    title, by, iso, text, paras = ART[lang]
    return page(title, by, iso, text, paras, meta_charset=meta, lang=lang)
def art_expect(lang):
    title, by, iso, text, paras = ART[lang]
    return dict(title=title, authors=[by.split(" ", 1)[1]], published=iso)

CASES += [
("target_mhtml_blink_qp_en", "WebArchive (Chrome single file, quoted-printable, CRLF)",
 mhtml(art_html("en"), "https://news.example.co.uk/harbour-fees"), art_expect("en")),
("target_mht_ie_qp_1252_fr", "WebArchive (IE .mht, quoted-printable, part charset windows-1252, HTML declares none)",
 mhtml(art_html("fr", meta=False), "http://www.example.fr/peages.html", charset="windows-1252", part_charset="windows-1252", style="mimeole"), art_expect("fr")),
("target_mhtml_b64_latin1_de", "WebArchive (base64, part charset iso-8859-1, HTML declares none)",
 mhtml(art_html("de", meta=False), "https://www.example.de/baeckereien", enc="b64", charset="iso-8859-1", part_charset="iso-8859-1"), art_expect("de")),
("target_mhtml_css_first_es", "WebArchive (a stylesheet part before the page, LF line ends)",
 mhtml(art_html("es"), "https://www.example.es/sequia", line_end="\n",
       parts_before=[("text/css", "quoted-printable", "body { font-family: serif; }", "https://www.example.es/s.css")]), art_expect("es")),
("target_mhtml_b64_utf8_it", "WebArchive (IE .mht, base64 UTF-8 with meta charset, CRLF)",
 mhtml(art_html("it"), "https://www.example.it/alberi", enc="b64", style="mimeole"), art_expect("it")),
("target_mhtml_qp_utf8_pt", "WebArchive (Chrome single file, quoted-printable UTF-8, LF)",
 "\ufeff" + mhtml(art_html("pt"), "https://www.example.pt/zer", line_end="\n"), art_expect("pt")),
# ---- intake stamps run in with the desk's notes ----
("target_stamp_runin_en", "isReceptionStamp run in (`RECEIVED 5 MAR 1987 · ROUTE TO … · File …`)", t(
    "RECEIVED 5 MAR 1987 · ROUTE TO: City desk · File: Transport",
    "Rail fares to rise by 7 per cent\nBy John Hale\n3 March 1987",
    "British Rail said the increase, from May, was needed to fund new rolling stock on the Southern Region."),
 dict(title="Rail fares to rise by 7 per cent", authors=["John Hale"], published="1987-03-03")),
("target_stamp_runin_de", "isReceptionStamp run in (`EINGANG 05.03.1987 · WIEDERVORLAGE … · Ablage …`)", t(
    "EINGANG 06.03.1987 · WIEDERVORLAGE 13.03.1987 · Ablage Verkehr",
    "Bundesbahn legt Strecke nach Cuxhaven still\nVon Heinz Albrecht\n4. März 1987",
    "Der Vorstand begründete die Entscheidung mit sinkenden Fahrgastzahlen im Güterverkehr."),
 dict(title="Bundesbahn legt Strecke nach Cuxhaven still", authors=["Heinz Albrecht"], published="1987-03-04")),
("target_stamp_runin_fr", "isReceptionStamp run in (`REÇU LE 6 MARS 1987 | SUIVI … | Classement …`)", t(
    "REÇU LE 6 MARS 1987 | SUIVI 13 MARS | Classement : Social",
    "Les mineurs de Gardanne reprennent le travail\nPar Michel Arnaud\n4 mars 1987",
    "Après trois semaines de grève, l'accord prévoit une prime de 1 500 francs."),
 dict(title="Les mineurs de Gardanne reprennent le travail", authors=["Michel Arnaud"], published="1987-03-04")),
("target_stamp_runin_es", "isReceptionStamp run in (`RECIBIDO 7 MAR. 1987 · Archivo: Economía`)", t(
    "RECIBIDO 7 MAR. 1987 · Archivo: Economía · Copia a dirección",
    "La peseta cae frente al marco\nPor José Luis Prieto\n5 de marzo de 1987",
    "El Banco de España intervino dos veces en la sesión para sostener la cotización."),
 dict(title="La peseta cae frente al marco", authors=["José Luis Prieto"], published="1987-03-05")),
("target_stamp_runin_it", "isReceptionStamp run in (`PERVENUTO IL 7 MARZO 1987 · Da archiviare: Esteri`)", t(
    "PERVENUTO IL 7 MARZO 1987 · Da archiviare: Esteri",
    "Vertice a Bruxelles sulle quote latte\ndi Giorgio Serra\n5 marzo 1987",
    "I ministri dell'agricoltura non hanno trovato un accordo dopo dodici ore di trattative."),
 dict(title="Vertice a Bruxelles sulle quote latte", authors=["Giorgio Serra"], published="1987-03-05")),
("target_stamp_runin_pt", "isReceptionStamp run in (`RECEBIDO EM 9 MAR 1987 | Arquivo: Política`)", t(
    "RECEBIDO EM 9 MAR 1987 | Arquivo: Política | Responder até 16/03",
    "Cavaco Silva admite eleições antecipadas\nPor António Lemos\n6 de março de 1987",
    "O primeiro-ministro falou aos jornalistas à saída do Conselho de Ministros."),
 dict(title="Cavaco Silva admite eleições antecipadas", authors=["António Lemos"], published="1987-03-06")),
# ---- a masthead right over the title ----
("target_masthead_en", "isMastheadOverTitle (`The Yorkshire Post` over the title)", t(
    "The Yorkshire Post\nFlood defences delayed again in Hebden Bridge",
    "By Ruth Walsh", "4 March 2026",
    "The Environment Agency says the £30m scheme will not be finished before 2028."),
 dict(title="Flood defences delayed again in Hebden Bridge", authors=["Ruth Walsh"], published="2026-03-04", source="The Yorkshire Post")),
("target_masthead_fr", "isMastheadOverTitle (`Le Parisien` over the title)", t(
    "Le Parisien\nLes loyers flambent à Saint-Denis avant les Jeux",
    "Par Nadia Benali", "5 mars 2026",
    "En deux ans, le prix moyen au mètre carré a progressé de 14 % dans la commune."),
 dict(title="Les loyers flambent à Saint-Denis avant les Jeux", authors=["Nadia Benali"], published="2026-03-05", source="Le Parisien")),
("target_masthead_de", "isMastheadOverTitle (`Frankfurter Rundschau` over the title)", t(
    "Frankfurter Rundschau\nMainufer soll autofrei werden",
    "Von Tobias Engel", "3. März 2026",
    "Die Stadtverordneten stimmten mit knapper Mehrheit für einen zweijährigen Versuch."),
 dict(title="Mainufer soll autofrei werden", authors=["Tobias Engel"], published="2026-03-03", source="Frankfurter Rundschau")),
("target_masthead_es", "isMastheadOverTitle (`Diario de Sevilla` over the title)", t(
    "Diario de Sevilla\nLa Feria amplía el recinto hacia Tablada",
    "Por Rocío Delgado", "6 de marzo de 2026",
    "El Ayuntamiento habilitará 60 nuevas casetas a partir de la edición de 2027."),
 dict(title="La Feria amplía el recinto hacia Tablada", authors=["Rocío Delgado"], published="2026-03-06", source="Diario de Sevilla")),
("target_masthead_it", "isMastheadOverTitle (`Corriere della Sera` over the title)", t(
    "Corriere della Sera\nMilano, il Comune vieta i monopattini in centro",
    "di Stefano Galli", "4 marzo 2026",
    "Il divieto vale all'interno della cerchia dei Navigli dalle 20 alle 7."),
 dict(title="Milano, il Comune vieta i monopattini in centro", authors=["Stefano Galli"], published="2026-03-04", source="Corriere della Sera")),
("target_masthead_pt", "isMastheadOverTitle (`Jornal de Notícias` over the title)", t(
    "Jornal de Notícias\nPorto vai ter metro até Gondomar em 2029",
    "Por Helena Faria", "5 de março de 2026",
    "A nova linha terá sete estações e custará 380 milhões de euros."),
 dict(title="Porto vai ter metro até Gondomar em 2029", authors=["Helena Faria"], published="2026-03-05", source="Jornal de Notícias")),
# ---- date lines with the new words ----
("target_erschienen_de", "dateLineWords (`Erschienen am …` as the article's date line)", t(
    "Neue Radwege für Leipzig", "Von Svenja Koch", "Erschienen am 4. März 2026",
    "Die Stadt will bis 2030 zwanzig Kilometer geschützte Radstreifen bauen."),
 dict(title="Neue Radwege für Leipzig", authors=["Svenja Koch"], published="2026-03-04")),
("target_publiziert_de", "dateLineWords (`Publiziert: …` as the article's date line, Swiss)", t(
    "Zürich baut Velobahn entlang der Limmat", "Von Reto Meier", "Publiziert: 05.03.2026, 14.20 Uhr",
    "Die Strecke verbindet ab 2028 Altstetten mit dem Hauptbahnhof."),
 dict(title="Zürich baut Velobahn entlang der Limmat", authors=["Reto Meier"], published="2026-03-05")),
("target_paru_fr", "dateLineWords (`Paru le …` as the article's date line)", t(
    "Nantes ouvre un deuxième marché de nuit", "Par Lucie Hamon", "Paru le 6 mars 2026",
    "Le marché se tiendra chaque vendredi soir sur l'île de Nantes."),
 dict(title="Nantes ouvre un deuxième marché de nuit", authors=["Lucie Hamon"], published="2026-03-06")),
("target_publicada_pt", "dateLineWords (`Publicada em …` as the article's date line)", t(
    "Braga recebe festival de cinema europeu", "Por Marta Lobo", "Publicada em 4 de março de 2026",
    "O festival exibe 60 filmes em cinco salas durante dez dias."),
 dict(title="Braga recebe festival de cinema europeu", authors=["Marta Lobo"], published="2026-03-04")),
("target_pubblicata_it", "dateLineWords (`Pubblicata il …` as the article's date line)", t(
    "Parma, riapre il Teatro Farnese", "di Elisa Marchi", "Pubblicata il 5 marzo 2026",
    "Dopo due anni di restauri il teatro torna visitabile dal 1° aprile."),
 dict(title="Parma, riapre il Teatro Farnese", authors=["Elisa Marchi"], published="2026-03-05")),
]

# ---- a masthead over the title, no byline (the rule's own example shape) ----
CASES += [
("target_masthead_nobyline_fr", "isMastheadOverTitle (`Le Monde diplomatique` over the title, then the body)", t(
    "Le Monde diplomatique\nTurpitude et architecture",
    "Les grands projets urbains de la dernière décennie racontent une autre histoire que celle de leurs promoteurs.",
    "À Bordeaux comme à Lyon, les friches portuaires sont devenues des quartiers de bureaux."),
 dict(title="Turpitude et architecture", source="Le Monde diplomatique")),
("target_masthead_nobyline_en", "isMastheadOverTitle (`The Irish Times` over the title, then the body)", t(
    "The Irish Times\nDublin bus lanes to run around the clock",
    "The National Transport Authority said on Tuesday that the change would take effect in June.", "Taxi drivers oppose the plan."),
 dict(title="Dublin bus lanes to run around the clock", source="The Irish Times")),
("target_masthead_dateafter_de", "isMastheadOverTitle (`Süddeutsche Zeitung` over the title, a day below)", t(
    "Süddeutsche Zeitung\nDie letzte Fähre nach Helgoland", "4. März 2026",
    "Seit vierzig Jahren fährt die Reederei die Strecke, nun steht sie vor dem Aus."),
 dict(title="Die letzte Fähre nach Helgoland", published="2026-03-04", source="Süddeutsche Zeitung")),
("target_masthead_place_es", "isMastheadOverTitle (`El País` over the title, a place and day below)", t(
    "El País\nEl Gobierno aprueba la ley de familias", "Madrid, 5 de marzo de 2026",
    "El Consejo de Ministros aprobó este martes el proyecto."),
 dict(title="El Gobierno aprueba la ley de familias", published="2026-03-05", source="El País")),
("target_masthead_nobyline_it", "isMastheadOverTitle (`Il Messaggero` over the title, then the body)", t(
    "Il Messaggero\nRoma, chiude la stazione Termini di notte",
    "Le porte resteranno chiuse dall'1 alle 4 a partire da aprile."),
 dict(title="Roma, chiude la stazione Termini di notte", source="Il Messaggero")),
("target_masthead_nobyline_pt", "isMastheadOverTitle (`Público` over the title, then the body)", t(
    "Público\nGoverno aprova novo aeroporto em Alcochete",
    "O Conselho de Ministros aprovou esta quinta-feira a localização."),
 dict(title="Governo aprova novo aeroporto em Alcochete", source="Público")),
]
