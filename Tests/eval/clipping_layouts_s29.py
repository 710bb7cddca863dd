"""Stop 29: a seventh batch of 26 clipping layouts (BLIND_S29) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a ticket's key, a note's tag, a standing
column head or a neighbouring item's; authors: persons who wrote the article, never a colleague who clipped,
filed, routed, gifted or discussed it, nor a ticket's reporter; date: the article's publication date, never the
day a file was clipped, transmitted, received or discussed, nor an offer's end, and none when the file does not
state one; source: the publication or agency the file names, never the service that carried it). Numbered in the order the forms were thought of; text_eval.py's
hash puts some in development (first) and the rest held-out (after the marker line, which whoever tunes the reader
never reads past). Written without reading the reader (Sources/TextLayouts, Sources/ArticleParsing) or its misses:
nobody tunes on any of them in stop 29, and the development members too are only scored (text_eval.py prints their
misses with `--show-s29-development` alone, for a later stop).
"""
import datetime
import json

from clipping_layouts import (ABBR, AGENCY, CITY, LAYOUTS, MAIL, OUTLETS, PEOPLE, RELATED, WEEKDAYS, byline,
                              columns, clock, expect, joined, later, long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead
from clipping_layouts_s27 import QUOTES, earlier
from clipping_layouts_s28 import COLON, REPLY, printed_at, rfc_date, url

OTHER_TITLES = {  # two more headlines of other articles per desk (RELATED has three)
    "en": ["Regional airline cancels winter routes", "City council approves new housing plan"],
    "fr": ["Une compagnie régionale supprime ses lignes d'hiver", "Le conseil municipal adopte le plan logement"],
    "de": ["Regionalfluglinie streicht Winterstrecken", "Stadtrat beschließt neues Wohnungsbauprogramm"],
    "es": ["Una aerolínea regional cancela sus rutas de invierno", "El ayuntamiento aprueba el plan de vivienda"],
    "it": ["Una compagnia regionale cancella le rotte invernali", "Il consiglio comunale approva il piano casa"],
    "pt": ["Companhia regional cancela rotas de inverno", "Câmara municipal aprova novo plano de habitação"],
}


def other_titles(desk, rng, n):
    """`n` headlines of other articles, in the desk's language."""
    return rng.sample(RELATED[desk][1] + OTHER_TITLES[desk], n)


def mail_day(iso, desk, rng):
    """A mail client's day and time in the desk's language (`Tue, 10 Mar 2026, 09:12`)."""
    d = datetime.date.fromisoformat(iso)
    return f"{WEEKDAY_ABBR[desk].split()[d.weekday()]} {d.day} {ABBR[desk].split()[d.month - 1]} {d.year}, " \
           f"{clock(rng)}"


# ---- development members of BLIND_S29 ----

# A note-taking app's web clip (OneNote): the page title (the headline), under it the day and time the page was
# made (the later day it was clipped, with its weekday), `Clipped from: <url>`, then what the clipper kept: the
# byline, the site's date stamp, the text. The clip's day is not the publication date.
def desk_s29_01(a, desk, rng):
    clipped = later(a["date"], rng, 1, 20)
    h, m = rng.randrange(7, 20), rng.randrange(60)
    time = f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}" if desk == "en" else f"{h:02d}:{m:02d}"
    label = {"en": "Clipped from", "fr": "Capturé à partir de", "de": "Ausgeschnitten aus", "es": "Recortado de",
             "it": "Ritagliato da", "pt": "Recortado de"}[desk]
    parts = [a["title"], long_date(clipped, desk, weekday=True), time, "", f"{label}: {url(rng)}", ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


EMBARGO = {  # embargo line (with the day), transmitted (with the day; the time only), end mark
    "en": ("EMBARGOED UNTIL 00:01 GMT {d}", "Transmitted {d} {t}", "Transmitted {t}", "ENDS"),
    "fr": ("SOUS EMBARGO JUSQU'AU {d} À 00H01 GMT", "Transmis le {d} à {t}", "Transmis à {t}", "FIN"),
    "de": ("SPERRFRIST: {d}, 00.01 Uhr MEZ", "Übermittelt am {d} um {t}", "Übermittelt um {t}", "ENDE"),
    "es": ("EMBARGADO HASTA LAS 00:01 GMT DEL {d}", "Transmitido el {d} a las {t}", "Transmitido a las {t}", "FIN"),
    "it": ("EMBARGO FINO ALLE 00:01 GMT DEL {d}", "Trasmesso il {d} alle {t}", "Trasmesso alle {t}", "FINE"),
    "pt": ("EMBARGO ATÉ ÀS 00:01 GMT DE {d}", "Transmitido em {d} às {t}", "Transmitido às {t}", "FIM"),
}


# Agency copy sent ahead under embargo: the embargo line naming the day it may run (the publication date), the
# transmission the afternoon before (`Transmitted 2026-03-02 16:40`), a slug, the title, the byline, the dateline
# with the agency, the text, the end mark. The transmission day is not the date; undated copy states neither day
# (the transmission line gives only the time). The agency is the source.
def desk_s29_02(a, desk, rng):
    embargo, sent, sent_at, end = EMBARGO[desk]
    agency = a["source"] or AGENCY[desk]
    t = f"{rng.randrange(14, 19):02d}:{rng.randrange(60):02d}"
    slug = "-".join(w.strip(".,:;!?\"'«»„“”()<>|") for w in a["title"].upper().split()[:2])
    if a["date"]:
        parts = [embargo.format(d=long_date(a["date"], desk).upper()),
                 sent.format(d=numeric_date(earlier(a["date"], rng, 1, 1), desk), t=t)]
    else:
        parts = [sent_at.format(t=t)]
    parts += ["", slug, a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join([f"{CITY[desk]} ({agency}) – " + a["body"][0]] + a["body"][1:]), "", end]
    e = expect(a)
    e["source"] = agency
    return "\n".join(parts) + "\n", e


JIRA = {  # created, updated, status value, reporter, assignee, description, comments, the comment
    "en": ("Created", "Updated", "To Do", "Reporter", "Assignee", "Description", "Comments",
           "Added to tomorrow's review."),
    "fr": ("Créé", "Mis à jour", "À faire", "Rapporteur", "Responsable", "Description", "Commentaires",
           "Ajouté à la revue de demain."),
    "de": ("Erstellt", "Aktualisiert", "Zu erledigen", "Autor", "Bearbeiter", "Beschreibung", "Kommentare",
           "In den morgigen Pressespiegel aufgenommen."),
    "es": ("Creada", "Actualizada", "Tareas por hacer", "Informador", "Persona asignada", "Descripción",
           "Comentarios", "Añadido al resumen de mañana."),
    "it": ("Creato", "Aggiornato", "Da completare", "Segnalatore", "Assegnatario", "Descrizione", "Commenti",
           "Aggiunto alla rassegna di domani."),
    "pt": ("Criado", "Atualizado", "Tarefas pendentes", "Relator", "Responsável", "Descrição", "Comentários",
           "Adicionado à revista de amanhã."),
}


# Issue-tracker ticket printed as text: `[PRESS-1234] Title` (the ticket's summary is the headline), created and
# updated days (later), status, the ticket's reporter and assignee (colleagues: in German the reporter field is
# labelled `Autor`), then the description holding the byline, `Publication – date` and the text, and a comment.
# Neither the reporter nor the assignee is an author; the ticket's key is not part of the title.
def desk_s29_03(a, desk, rng):
    created, updated, todo, reporter, assignee, description, comments, comment = JIRA[desk]
    p, q = rng.sample(PEOPLE, 2)
    made = later(a["date"], rng, 1, 6)
    parts = [f"[PRESS-{rng.randrange(100, 9999)}] {a['title']}",
             f"{created}: {numeric_date(made, desk)} {clock(rng)}  {updated}: "
             f"{numeric_date(later(made, rng, 0, 2), desk)} {clock(rng)}",
             f"Status: {todo}", f"{reporter}: {p}", f"{assignee}: {q}", "", description]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "", comments, f"{q} – {numeric_date(later(made, rng, 0, 2), desk)}",
              comment]
    return "\n".join(parts) + "\n", expect(a)


STAMP = {  # reception stamp's word, the office; routing slip: for, copy, initials
    "en": ("RECEIVED", "Press Office", "For: Director", "cc", "Initials"),
    "fr": ("REÇU LE", "Service de presse", "Pour : Directeur", "Copie", "Visa"),
    "de": ("EINGEGANGEN", "Pressestelle", "An: Leitung", "Kopie", "Kürzel"),
    "es": ("RECIBIDO", "Gabinete de prensa", "Para: Dirección", "Copia", "Visto"),
    "it": ("PERVENUTO IL", "Ufficio stampa", "Per: Direzione", "Copia", "Sigla"),
    "pt": ("RECEBIDO", "Gabinete de imprensa", "Para: Direção", "Cópia", "Visto"),
}


# A paper clipping scanned and OCR'd with the office's marks on it: the reception stamp (its word, the later day it
# came in, in capitals, the office) and a routing slip (for, copy to a colleague, initials), then the page: the
# publication and the date in the page's head, the title, the byline, the text in narrow hyphenated columns. The
# stamp's day is not the date; the colleague is not an author.
def desk_s29_05(a, desk, rng):
    word, office, for_, cc, initials = STAMP[desk]
    came = datetime.date.fromisoformat(later(a["date"], rng, 2, 15))
    colleague = rng.choice(PEOPLE)
    parts = [f"{word}", f"{came.day:02d} {ABBR[desk].split()[came.month - 1].upper().rstrip('.')} {came.year}",
             office, "", for_, f"{cc}: {colleague}", f"{initials}: {''.join(w[0] for w in colleague.split())}", ""]
    head = " — ".join(x for x in [a["source"], a["date"] and long_date(a["date"], desk, weekday=True)] if x)
    parts += [head, ""] if head else []
    parts += [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", columns(a["body"], 40)]
    return "\n".join(parts) + "\n", expect(a)


COMPILATION = {  # heading, compiled by, contents
    "en": ("PRESS REVIEW — {d}", "Compiled by {p}, Communications", "Contents"),
    "fr": ("REVUE DE PRESSE — {d}", "Réalisée par {p}, service communication", "Sommaire"),
    "de": ("PRESSESPIEGEL — {d}", "Zusammengestellt von {p}, Kommunikation", "Inhalt"),
    "es": ("RESUMEN DE PRENSA — {d}", "Elaborado por {p}, Comunicación", "Índice"),
    "it": ("RASSEGNA STAMPA — {d}", "A cura di {p}, Comunicazione", "Indice"),
    "pt": ("REVISTA DE IMPRENSA — {d}", "Elaborada por {p}, Comunicação", "Índice"),
}


# One item taken out of a press-review compilation: the compilation's heading with its own later day, its compiler,
# the contents listing five items (headline — outlet, page), of which this article is the third, a form feed, then
# item `3/5` alone: `Publication · date`, title, byline, text. The other items' headlines and the compilation's day
# and compiler are not this item's.
def desk_s29_09(a, desk, rng):
    heading, compiled, contents = COMPILATION[desk]
    others = other_titles(desk, rng, 4)
    outlets = rng.sample([o for o in OUTLETS if o != a["source"]], 4)
    items = list(zip(others[:2], outlets[:2])) + [(a["title"], a["source"])] + list(zip(others[2:], outlets[2:]))
    parts = [heading.format(d=long_date(later(a["date"], rng, 1, 3), desk, weekday=True)),
             compiled.format(p=rng.choice(PEOPLE)), "", contents]
    for i, (t, o) in enumerate(items, start=1):
        parts.append(f"{i}. {t}" + (f" — {o}" if o else "") + f" {'.' * rng.randrange(3, 12)} {i + 1}")
    parts += ["\f— 3/5 —", ""]
    meta = meta_line(a, desk, sep=" · ")
    parts += [meta] if meta else []
    parts += [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


TEAMS = {"en": "For tomorrow's review?", "fr": "Pour la revue de demain ?", "de": "Für den Pressespiegel morgen?",
         "es": "¿Para el resumen de mañana?", "it": "Per la rassegna di domani?", "pt": "Para a revista de amanhã?"}


# Team-channel post copied as text: the poster and the post's later day and time, the post's subject line (the
# headline, as the poster typed it), the poster's question, then the pasted article without its headline: byline,
# `Publication – date`, text; reactions, a colleague's reply with its time, `Reply`. The posters are not authors.
def desk_s29_11(a, desk, rng):
    p, q = rng.sample(PEOPLE, 2)
    posted = later(a["date"], rng, 1, 5)
    parts = [f"{p}  {numeric_date(posted, desk)} {clock(rng)}", a["title"], TEAMS[desk], ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "", f"👍 {rng.randrange(1, 6)}", "", f"{q}  {clock(rng)}", REPLY[desk],
              "", {"en": "Reply", "fr": "Répondre", "de": "Antworten", "es": "Responder", "it": "Rispondi",
                   "pt": "Responder"}[desk]]
    return "\n".join(parts) + "\n", expect(a)


ANNEX = {  # heading, document of
    "en": ("Committee on Culture and Media — File 21/{n} — Annex 3: press article", "Document of {d}"),
    "fr": ("Commission de la culture — Dossier 21/{n} — Annexe 3 : article de presse", "Document du {d}"),
    "de": ("Ausschuss für Kultur und Medien — Drucksache 21/{n} — Anlage 3: Presseartikel", "Stand: {d}"),
    "es": ("Comisión de Cultura — Expediente 21/{n} — Anexo 3: artículo de prensa", "Documento de {d}"),
    "it": ("Commissione Cultura — Fascicolo 21/{n} — Allegato 3: articolo di stampa", "Documento del {d}"),
    "pt": ("Comissão de Cultura — Processo 21/{n} — Anexo 3: artigo de imprensa", "Documento de {d}"),
}


# A committee's file with a press article as its annex, every line of the annex in the margin-numbered form of
# official documents (the number shown every fifth line): the file's heading and its own later day, then numbered:
# title, byline, `Publication – date`, the text wrapped at 64. The file's day is not the date.
def desk_s29_12(a, desk, rng):
    heading, of = ANNEX[desk]
    lines = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    meta = meta_line(a, desk)
    lines += [meta] if meta else []
    lines += [""] + wrap(a["body"], 64).split("\n")
    numbered = [(f"{i:>4}  " if i % 5 == 0 else " " * 6) + line for i, line in enumerate(lines, start=1)]
    parts = [heading.format(n=rng.randrange(1000, 9999)), of.format(d=long_date(later(a["date"], rng, 10, 60), desk)),
             ""] + [line.rstrip() for line in numbered]
    return "\n".join(parts) + "\n", expect(a)


PRINT_FRIENDLY = {  # posted by, on, at, in, no comments; printed from, URL to article, URLs in this post
    "en": ("Posted By", "On", "@", "In", "No Comments", "Article printed from", "URL to article", "URLs in this post"),
    "fr": ("Publié par", "le", "à", "dans", "Pas de commentaire", "Article imprimé depuis", "URL de l'article",
           "URL dans cet article"),
    "de": ("Verfasst von", "am", "um", "in", "Keine Kommentare", "Artikel gedruckt von", "URL zum Artikel",
           "URLs in diesem Beitrag"),
    "es": ("Publicado por", "el", "a las", "en", "Sin comentarios", "Artículo impreso desde", "URL del artículo",
           "URLs en esta entrada"),
    "it": ("Pubblicato da", "il", "alle", "in", "Nessun commento", "Articolo stampato da", "URL dell'articolo",
           "URL in questo articolo"),
    "pt": ("Publicado por", "em", "às", "em", "Sem comentários", "Artigo impresso de", "URL do artigo",
           "URLs neste artigo"),
}


# A blog platform's printer-friendly page: `- Publication - https://… -` on top, the title, one line `Posted By A On
# <date> @ 10:42 In Section | No Comments` (with whichever of author and date the article has), the text with a link
# reference `[1]`, then `Article printed from Publication: <url>`, `URL to article:`, the list of links.
def desk_s29_13(a, desk, rng):
    by, on, at, in_, none, printed, to_article, urls = PRINT_FRIENDLY[desk]
    home = "https://www.example.org"
    posted = ([f"{by} {joined(a['authors'], desk)}"] if a["authors"] else [by.split()[0]])
    posted += [f"{on} {long_date(a['date'], desk)} {at} {clock(rng)}"] if a["date"] else []
    posted += [f"{in_} {KICKER_SECTION[desk]} | {none}"]
    body = list(a["body"])
    body[0] += " [1]"
    parts = [f"- {a['source']} - {home} -" if a["source"] else f"- {home} -", "", a["title"], " ".join(posted), "",
             "\n\n".join(body), "", f"{printed} {a['source']}: {home}" if a["source"] else f"{printed} {home}", "",
             f"{to_article}: {url(rng)}", "", f"{urls}:", f"[1] {url(rng)}"]
    return "\n".join(parts) + "\n", expect(a)


# A syndication desk's story export in newsroom shorthand: SLUG, HED (the headline), DEK (a one-sentence deck),
# BYLINE (empty when unsigned), CREDIT (the publication), FILED (the evening before the run, on dated copy only),
# RUN DATE (the publication date), WORDS, `---`, the text, `-30-`. The filing day is not the date.
def desk_s29_14(a, desk, rng):
    slug = "-".join(w.strip(".,:;!?\"'«»„“”()<>|").lower() for w in a["title"].split()[:3])
    parts = [f"SLUG: {slug}", f"HED: {a['title']}", f"DEK: {first_sentence(a['body'][0])}",
             "BYLINE: " + (", ".join(a["authors"]) if a["authors"] else "")]
    parts += [f"CREDIT: {a['source']}"] if a["source"] else []
    if a["date"]:
        parts += [f"FILED: {numeric_date(earlier(a['date'], rng, 1, 1), desk)} {rng.randrange(17, 23)}:"
                  f"{rng.randrange(60):02d}", f"RUN DATE: {numeric_date(a['date'], desk)}"]
    parts += [f"WORDS: {sum(len(p.split()) for p in a['body'])}", "---", "\n\n".join(a["body"]), "-30-"]
    return "\n".join(parts).replace("BYLINE: \n", "BYLINE:\n") + "\n", expect(a)


GIFT = {  # with the publication, without; read free until; button; footer
    "en": ("{p} has gifted you this article from {s}.", "{p} has gifted you this article.",
           "You can read it free until {d}, no subscription needed.", "[Read the article]",
           "You received this email because {p} shared an article with you."),
    "fr": ("{p} vous offre cet article de {s}.", "{p} vous offre cet article.",
           "Lisez-le gratuitement jusqu'au {d}, sans abonnement.", "[Lire l'article]",
           "Vous recevez cet e-mail parce que {p} a partagé un article avec vous."),
    "de": ("{p} hat Ihnen diesen Artikel von {s} geschenkt.", "{p} hat Ihnen diesen Artikel geschenkt.",
           "Sie können ihn bis zum {d} kostenlos lesen, ohne Abo.", "[Artikel lesen]",
           "Sie erhalten diese E-Mail, weil {p} einen Artikel mit Ihnen geteilt hat."),
    "es": ("{p} te ha regalado este artículo de {s}.", "{p} te ha regalado este artículo.",
           "Puedes leerlo gratis hasta el {d}, sin suscripción.", "[Leer el artículo]",
           "Recibes este correo porque {p} ha compartido un artículo contigo."),
    "it": ("{p} ti ha regalato questo articolo di {s}.", "{p} ti ha regalato questo articolo.",
           "Puoi leggerlo gratis fino al {d}, senza abbonamento.", "[Leggi l'articolo]",
           "Ricevi questa email perché {p} ha condiviso un articolo con te."),
    "pt": ("{p} ofereceu-lhe este artigo de {s}.", "{p} ofereceu-lhe este artigo.",
           "Pode lê-lo gratuitamente até {d}, sem assinatura.", "[Ler o artigo]",
           "Recebeu este e-mail porque {p} partilhou um artigo consigo."),
}


# A paywalled site's gift-article mail: `P has gifted you this article from X.`, the free-reading offer's end day
# (weeks later), the button, then the title, byline, the site's date stamp, the text, the mail's footer naming the
# gifter again. The gifter is not an author and the offer's end is not the date.
def desk_s29_15(a, desk, rng):
    with_source, bare, until, button, footer = GIFT[desk]
    p = rng.choice(PEOPLE)
    parts = [(with_source if a["source"] else bare).format(p=p, s=a["source"]),
             until.format(d=long_date(later(a["date"], rng, 14, 30), desk)), button, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", "—", footer.format(p=p)]
    return "\n".join(parts) + "\n", expect(a)


OPED = {  # kicker, signatories heading, three roles
    "en": ("OPINION", "Signed by:", ["professor of economics at the University of Leeds", "mayor of Dover",
                                     "chair of the Port Users' Association"]),
    "fr": ("TRIBUNE", "Signataires :", ["professeure d'économie à l'université de Lille", "maire de Calais",
                                        "présidente de l'association des usagers du port"]),
    "de": ("GASTBEITRAG", "Unterzeichnet von:", ["Professorin für Volkswirtschaft an der Universität Kiel",
                                                 "Bürgermeister von Cuxhaven", "Vorsitzende des Hafenverbands"]),
    "es": ("TRIBUNA", "Firmantes:", ["catedrática de Economía de la Universidad de Vigo", "alcalde de Algeciras",
                                     "presidenta de la asociación de usuarios del puerto"]),
    "it": ("L'INTERVENTO", "Firmatari:", ["docente di economia all'Università di Genova", "sindaco di Livorno",
                                          "presidente dell'associazione degli utenti del porto"]),
    "pt": ("OPINIÃO", "Assinam:", ["professora de economia na Universidade do Porto", "presidente da Câmara de Sines",
                                   "presidente da associação de utentes do porto"]),
}


# A collective op-ed: the kicker, the title, `Publication – date`, the text, then the signatories one a line, each
# with a role (`A, professor of economics at …;`). Every signatory is an author; the roles are not names.
def desk_s29_16(a, desk, rng):
    kicker, heading, roles = OPED[desk]
    parts = [kicker, a["title"]]
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", heading] + [f"{n}, {roles[i % 3]}{';' if i < len(a['authors']) - 1 else '.'}"
                                  for i, n in enumerate(a["authors"])]
    return "\n".join(parts) + "\n", expect(a)


NOTES = {  # heading, attendees, discussion, actions, the action
    "en": ("# Press review — meeting of {d}", "Attendees", "Discussion", "## Actions", "brief the director"),
    "fr": ("# Revue de presse — réunion du {d}", "Présents", "Discussion", "## Actions", "informer la direction"),
    "de": ("# Pressespiegel — Sitzung vom {d}", "Teilnehmende", "Diskussion", "## Aufgaben", "Leitung informieren"),
    "es": ("# Resumen de prensa — reunión del {d}", "Asistentes", "Debate", "## Tareas", "informar a la dirección"),
    "it": ("# Rassegna stampa — riunione del {d}", "Presenti", "Discussione", "## Azioni", "informare la direzione"),
    "pt": ("# Revista de imprensa — reunião de {d}", "Presentes", "Discussão", "## Ações",
           "informar a direção"),
}


# Meeting notes in Markdown: the meeting's heading and later day, the attendees, `### 1. Title`, the article quoted
# as a block (`> ` on every line), then the attribution after the quote on one line (`— A, *Publication*, date`,
# whichever parts the article has), a discussion note and the actions. The attendees are not authors and the
# meeting's day is not the date.
def desk_s29_17(a, desk, rng):
    heading, attendees, discussion, actions, action = NOTES[desk]
    p, q = rng.sample(PEOPLE, 2)
    parts = [heading.format(d=long_date(later(a["date"], rng, 1, 7), desk)), "", f"{attendees}: {p}, {q}", "",
             f"### 1. {a['title']}", ""]
    for i, paragraph in enumerate(a["body"]):
        parts += ([">"] if i else []) + [f"> {paragraph}"]
    credit = ([joined(a["authors"], desk)] if a["authors"] else []) + \
        ([f"*{a['source']}*"] if a["source"] else []) + ([long_date(a["date"], desk)] if a["date"] else [])
    parts += [f"— {', '.join(credit)}"] if credit else []
    parts += ["", f"{discussion}: {q} — {rng.choice(RELATED[desk][1])}?", "", actions, f"- [ ] {p}: {action}"]
    return "\n".join(parts) + "\n", expect(a)


COLUMN = {"en": "THE WEEK IN BRUSSELS", "fr": "LE BLOC-NOTES", "de": "DIE KOLUMNE", "es": "LA COLUMNA",
          "it": "IL TACCUINO", "pt": "CRÓNICA"}


# OCR of a magazine column: the column's standing head (the same every week, not the title), the columnist's name
# in capitals under the column's portrait, the headline, the text in narrow hyphenated columns, the page's foot
# `38  PUBLICATION | 3 Mar 2026`. The standing head is not the title; the columnist is the author.
def desk_s29_18(a, desk, rng):
    parts = [COLUMN[desk]]
    parts += [joined(a["authors"], desk).upper()] if a["authors"] else []
    parts += ["", a["title"], "", columns(a["body"], 34), ""]
    foot = " | ".join(x for x in [a["source"] and a["source"].upper(), a["date"] and short_date(a["date"], desk)]
                      if x)
    parts.append(f"{rng.randrange(20, 90)}  {foot}".rstrip())
    return "\n".join(parts) + "\n", expect(a)


OWN = {  # subject, greeting, the piece (dated: today's; undated), with co-authors, sign-off, role
    "en": ("My piece", "Hello,", "here is my piece in today's {s}, as promised:", "here is my piece, as promised:",
           " (written with {c})", "Best,", "Correspondent"),
    "fr": ("Mon article", "Bonjour,", "voici mon article paru aujourd'hui dans {s}, comme promis :",
           "voici mon article, comme promis :", " (écrit avec {c})", "Bien à vous,", "Correspondante"),
    "de": ("Mein Artikel", "Hallo,", "anbei wie versprochen mein Artikel aus der heutigen Ausgabe von {s}:",
           "anbei wie versprochen mein Artikel:", " (zusammen mit {c})", "Beste Grüße", "Korrespondent"),
    "es": ("Mi artículo", "Hola:", "os envío mi artículo de hoy en {s}, como os prometí:",
           "os envío mi artículo, como os prometí:", " (escrito con {c})", "Un saludo,", "Corresponsal"),
    "it": ("Il mio pezzo", "Buongiorno,", "ecco il mio pezzo uscito oggi su {s}, come promesso:",
           "ecco il mio pezzo, come promesso:", " (scritto con {c})", "Cordiali saluti,", "Corrispondente"),
    "pt": ("O meu artigo", "Olá,", "segue o meu artigo publicado hoje no {s}, como prometido:",
           "segue o meu artigo, como prometido:", " (escrito com {c})", "Cumprimentos,", "Correspondente"),
}
ARTICLE = {"en": "Article", "fr": "Article", "de": "Artikel", "es": "Artículo", "it": "Articolo", "pt": "Artigo"}
TODAY = {"en": "here is my piece from today, as promised:", "fr": "voici mon article paru aujourd'hui, comme promis :",
         "de": "anbei wie versprochen mein heute erschienener Artikel:",
         "es": "os envío mi artículo publicado hoy, como os prometí:",
         "it": "ecco il mio pezzo uscito oggi, come promesso:",
         "pt": "segue o meu artigo publicado hoje, como prometido:"}
NEWSROOM = {  # dated (today's), undated
    "en": ("here is today's article from our newsroom:", "here is the article from our newsroom:"),
    "fr": ("voici l'article de notre rédaction paru aujourd'hui :", "voici l'article de notre rédaction :"),
    "de": ("anbei der heute erschienene Artikel unserer Redaktion:", "anbei der Artikel unserer Redaktion:"),
    "es": ("os enviamos el artículo de hoy de nuestra redacción:", "os enviamos el artículo de nuestra redacción:"),
    "it": ("ecco l'articolo di oggi della nostra redazione:", "ecco l'articolo della nostra redazione:"),
    "pt": ("segue o artigo de hoje da nossa redação:", "segue o artigo da nossa redação:"),
}


# A journalist mails their own piece to the press office: From is the author, the mail's Date the day of the piece
# (`in today's X`; an undated piece's mail names no day for it, and its Date, later, is not the article's), the
# greeting, the pasted title and text without a byline, the sign-off and the signature `A | Correspondent | X`. An
# unsigned piece comes from the outlet's press officer, who is not an author.
def desk_s29_23(a, desk, rng):
    subject, hello, today, plain, with_, bye, role = OWN[desk]
    _, _, from_, _, to = MAIL[desk]
    sender = a["authors"][0] if a["authors"] else rng.choice(PEOPLE)
    sent = a["date"] or later(None, rng, 1, 60)
    if not a["authors"]:
        intro = NEWSROOM[desk][0 if a["date"] else 1]
    elif a["date"]:
        intro = today.format(s=a["source"]) if a["source"] else TODAY[desk]
    else:
        intro = plain
    if len(a["authors"]) > 1:
        intro = intro[:-1].rstrip() + with_.format(c=joined(a["authors"][1:], desk)) + intro[-1]
    parts = [f"{from_} {sender} <{mailbox(sender)}>", f"Date: {rfc_date(sent, rng)}", f"{to} presse@example.org",
             f"{MAIL[desk][1]} {subject if a['authors'] else ARTICLE[desk]}", "", hello, intro, "", a["title"], "",
             "\n\n".join(a["body"]), "", bye, sender.split()[0], "--",
             " | ".join([sender] + ([role] if a["authors"] else []) + ([a["source"]] if a["source"] else []))]
    return "\n".join(parts) + "\n", expect(a)


# A desk's archive export without a header row: one line of values separated by ` ; ` (empty where the article has
# none) in one of two orders (publication, date, authors, title; or date, publication, title, authors), a blank
# line, then the text. What each value is must be told from the value itself.
def desk_s29_24(a, desk, rng):
    authors = ", ".join(a["authors"])
    day = a["date"] and numeric_date(a["date"], desk) or ""
    source = a["source"] or ""
    row = [source, day, authors, a["title"]] if rng.random() < 0.5 else [day, source, a["title"], authors]
    return " ; ".join(row) + "\n\n" + "\n\n".join(a["body"]) + "\n", expect(a)


WRITES = {"en": ("writes", "write"), "fr": ("écrit", "écrivent"), "de": ("schreibt", "schreiben"),
          "es": ("escribe", "escriben"), "it": ("scrive", "scrivono"), "pt": ("escreve", "escrevem")}


# The standfirst carries the byline: masthead (sometimes), title, a one-sentence deck ending `…, writes A.` (no
# byline elsewhere; unsigned pieces have the deck alone), the site's date stamp, the text. The source is the
# masthead when printed (none otherwise).
def desk_s29_26(a, desk, rng):
    top = masthead(a, rng, 0.6)
    deck = first_sentence(a["body"][0]).rstrip(" …").rstrip(".!?,;: ")
    if a["authors"]:
        deck += f", {WRITES[desk][len(a['authors']) > 1]} {joined(a['authors'], desk)}"
    parts = ([top] if top else []) + [a["title"], deck + "."]
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


# ---- held-out members of BLIND_S29 below: whoever tunes the reader never reads past this line ----

FOOTNOTES = {  # published in X on D / in X / on D, page; the author's note; the figures' note
    "en": ("Published in {s} on {d}, p. {p}.", "Published in {s}, p. {p}.", "Published on {d}.",
           "{a} is the paper's correspondent in Berlin.", "Figures from the ministry's annual report (2025)."),
    "fr": ("Paru dans {s} le {d}, p. {p}.", "Paru dans {s}, p. {p}.", "Paru le {d}.",
           "{a} est correspondante du journal à Berlin.", "Chiffres du rapport annuel du ministère (2025)."),
    "de": ("Erschienen in {s} am {d}, S. {p}.", "Erschienen in {s}, S. {p}.", "Erschienen am {d}.",
           "{a} ist Korrespondent der Zeitung in Berlin.", "Zahlen aus dem Jahresbericht des Ministeriums (2025)."),
    "es": ("Publicado en {s} el {d}, p. {p}.", "Publicado en {s}, p. {p}.", "Publicado el {d}.",
           "{a} es corresponsal del diario en Berlín.", "Cifras del informe anual del ministerio (2025)."),
    "it": ("Pubblicato su {s} il {d}, p. {p}.", "Pubblicato su {s}, p. {p}.", "Pubblicato il {d}.",
           "{a} è corrispondente del giornale a Berlino.", "Dati del rapporto annuale del ministero (2025)."),
    "pt": ("Publicado no {s} em {d}, p. {p}.", "Publicado no {s}, p. {p}.", "Publicado em {d}.",
           "{a} é correspondente do jornal em Berlim.", "Dados do relatório anual do ministério (2025)."),
}


# A word-processor document saved as plain text (BOM, CRLF) with its footnotes: the title with a marker `[1]` whose
# note at the end is the only place naming the publication and the date; the byline with a marker on the first
# author (a note about them); a marker in the text (a note citing a year); the notes after a rule. The title is
# read without its marker; an article with neither publication nor date has no title note.
def desk_s29_04(a, desk, rng):
    both, source_only, date_only, who, figures = FOOTNOTES[desk]
    page = rng.randrange(2, 30)
    notes, title = [], a["title"]
    if a["source"] or a["date"]:
        d = a["date"] and long_date(a["date"], desk)
        notes.append((both if a["source"] and d else source_only if a["source"] else date_only)
                     .format(s=a["source"], d=d, p=page))
        title += f"[{len(notes)}]"
    parts = [title, ""]
    if a["authors"]:
        notes.append(who.format(a=a["authors"][0]))
        parts += [byline(a["authors"], desk, rng).replace(a["authors"][0], f"{a['authors'][0]}[{len(notes)}]", 1), ""]
    body = list(a["body"])
    notes.append(figures)
    body[min(1, len(body) - 1)] += f"[{len(notes)}]"
    parts += ["\n\n".join(body), "", "_" * 20, ""] + [f"[{i}] {n}" for i, n in enumerate(notes, start=1)]
    return "\ufeff" + "\r\n".join("\n".join(parts).split("\n")) + "\r\n", expect(a)


CITATION = {  # accessed (with the day), no date, online marker, et al.
    "en": ("Accessed {d}.", None, None, "et al."),
    "fr": ("[Consulté le {d}].", "[s.d.]", "[en ligne]", "et al."),
    "de": ("[Zugriff am {d}].", "[o. J.]", "[online]", "u. a."),
    "es": ("[Consulta: {d}].", "[s.f.]", "[en línea]", "et al."),
    "it": ("[Consultato il {d}].", "[s.d.]", "[online]", "et al."),
    "pt": ("[Consult. {d}].", "[s.d.]", "[em linha]", "et al."),
}


def inverted(name, caps=False):
    """`Hélène Roux` -> `Roux, Hélène` (`ROUX, Hélène` with caps); a one-word name stays as it is."""
    if " " not in name:
        return name.upper() if caps else name
    given, family = name.rsplit(" ", 1)
    return f"{family.upper() if caps else family}, {given}"


# An analyst's notes: one reference on top in the style the desk cites in (MLA on the English desk: `Roux, Hélène,
# and Stefan Krüger. “Title.” Publication, 3 Mar 2026, url. Accessed 12 Mar 2026.`; ISO 690 elsewhere: `ROUX,
# Hélène et KRÜGER, Stefan. Title. Publication [en ligne]. 3 mars 2026. [Consulté le 12 mars 2026].`), then the
# text. Three or more authors are cited as the first and `et al.` (the others are then not stated); an undated
# piece is cited without a date (`[s.d.]`); the day it was accessed is not the date.
def desk_s29_06(a, desk, rng):
    accessed, undated, online, et_al = CITATION[desk]
    seen = accessed.format(d=short_date(later(a["date"], rng, 3, 90), desk))
    names = a["authors"] if len(a["authors"]) < 3 else a["authors"][:1]
    title = a["title"] if a["title"][-1:] in ".?!" else a["title"] + "."
    if desk == "en":
        who = inverted(names[0]) + (f", and {names[1]}" if len(names) == 2 else f", {et_al}" if a["authors"][1:]
                                    else "") + "." if names else ""
        ref = [who, f"“{title}”"] + ([f"{a['source']},"] if a["source"] else [])
        ref += [f"{short_date(a['date'], desk)},"] if a["date"] else []
        ref += [f"{url(rng)}.", seen]
    else:
        conj = {"fr": "et", "de": "und", "es": "y", "it": "e", "pt": "e"}[desk]
        who = f" {conj} ".join(inverted(n, caps=True) for n in names) + \
            (f" {et_al}" if len(a["authors"]) > len(names) else "") + "." if names else ""
        ref = [who, title] + ([f"{a['source']} {online}."] if a["source"] else [])
        ref += [f"{long_date(a['date'], desk)}." if a["date"] else undated, seen, f"URL: {url(rng)}"]
    e = expect(a)
    e["authors"] = names
    return " ".join(x for x in ref if x) + "\n\n" + "\n\n".join(a["body"]) + "\n", e


ASR = {  # transcript, automatic note, item, speaker, the anchor's line
    "en": ("Transcript", "Automatic transcript — may contain errors", "Item", "Speaker",
           "now to our correspondent"),
    "fr": ("Transcription", "Transcription automatique — peut contenir des erreurs", "Sujet", "Locuteur",
           "on rejoint notre correspondante"),
    "de": ("Transkript", "Automatisches Transkript — kann Fehler enthalten", "Beitrag", "Sprecher",
           "dazu unser korrespondent"),
    "es": ("Transcripción", "Transcripción automática — puede contener errores", "Pieza", "Hablante",
           "conectamos con nuestra corresponsal"),
    "it": ("Trascrizione", "Trascrizione automatica — può contenere errori", "Servizio", "Parlante",
           "la parola al nostro inviato"),
    "pt": ("Transcrição", "Transcrição automática — pode conter erros", "Peça", "Orador",
           "vamos ao nosso correspondente"),
}


# A speech-to-text export of a radio bulletin from a monitoring service: `Transcript — Station — weekday date,
# time` (the broadcast, the publication date), the automatic-transcript warning, the item's title as the service
# labels it, then timed turns `[00:00:12] Speaker 1:` in lower case without capitals: the anchor's hand-over, the
# reporter's text, ending in the spoken sign-off `hélène roux, station, berlin`. The reporters named in the sign-off
# are the authors (compared without case); the station is the source.
def desk_s29_07(a, desk, rng):
    transcript, warning, item, speaker, anchor = ASR[desk]
    head = [transcript] + ([a["source"]] if a["source"] else [])
    head += [f"{long_date(a['date'], desk, weekday=True)}, {clock(rng)}"] if a["date"] else []
    parts = [" — ".join(head), warning, "", f"{item}: {a['title']}", ""]
    seconds = 0

    def turn(n, text):
        return f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}] {speaker} {n}: {text}"
    parts.append(turn(1, anchor + "."))
    seconds += rng.randrange(4, 9)
    spoken = [p.lower() for p in a["body"]]
    signoff = ", ".join(x.lower() for x in [joined(a["authors"], desk) if a["authors"] else None, a["source"],
                                            CITY[desk]] if x)
    if a["authors"]:
        spoken.append(signoff + ".")
    for chunk in spoken:
        parts.append(turn(2, chunk))
        seconds += max(5, len(chunk) // 15)
    return "\n".join(parts) + "\n", expect(a)


# A static-site page holding a clipping, with TOML front matter between `+++` lines: `title` (a quoted string),
# `slug`, `publishDate` (the article's, when it has one), `lastmod` (a later edit), `draft`, `authors` (an array),
# then `[params]` with `source` and `reviewer` (a colleague); the text after the closing `+++`. The reviewer is not
# an author and lastmod is not the date.
def desk_s29_08(a, desk, rng):
    slug = "-".join(w.strip(".,:;!?\"'«»„“”()<>|").lower() for w in a["title"].split()[:5])
    parts = ["+++", f"title = {json.dumps(a['title'], ensure_ascii=False)}",
             f"slug = {json.dumps(slug, ensure_ascii=False)}"]
    parts += [f"publishDate = {a['date']}"] if a["date"] else []
    parts += [f"lastmod = {later(a['date'], rng, 2, 40)}T{clock(rng)}:00+01:00", "draft = false"]
    parts += [f"authors = {json.dumps(a['authors'], ensure_ascii=False)}"] if a["authors"] else []
    parts += ["", "[params]"] + ([f"  source = {json.dumps(a['source'], ensure_ascii=False)}"] if a["source"] else [])
    parts += [f"  reviewer = {json.dumps(rng.choice(PEOPLE), ensure_ascii=False)}", "+++", "",
              "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


GMAIL = {"en": ("1 message", "Please add to the review."), "fr": ("1 message", "À ajouter à la revue."),
         "de": ("1 Nachricht", "Bitte in den Pressespiegel."), "es": ("1 mensaje", "Para el resumen, por favor."),
         "it": ("1 messaggio", "Da aggiungere alla rassegna."), "pt": ("1 mensagem", "Para a revista, por favor.")}


# A webmail's printed thread copied as text: the browser's print header (the later day it was printed, `Gmail -
# Fwd: Title`), the account holder, `Fwd: Title`, `1 message`, the sender with the mail's day, the note, the
# forwarded header (subject = the title, the article's newsletter mail a day after it), then the article: title,
# byline, `Publication – date`, text; the thread's URL and `1/1` at the foot. None of the days in the mail and print
# parts is the date, none of the people an author.
def desk_s29_10(a, desk, rng):
    one, note = GMAIL[desk]
    banner, subject, from_, sent_label, to = MAIL[desk]
    p, q, r = rng.sample(PEOPLE, 3)
    sent = later(a["date"], rng, 2, 8)
    parts = [f"{printed_at(later(sent, rng, 0, 2), desk, rng)}{' ' * rng.randrange(8, 30)}Gmail - Fwd: {a['title']}",
             "", f"Gmail{' ' * rng.randrange(30, 50)}{q} <{mailbox(q)}>", "", f"Fwd: {a['title']}", one, "",
             f"{p} <{mailbox(p)}>{' ' * rng.randrange(4, 20)}{mail_day(sent, desk, rng)}", f"{to} {q} <{mailbox(q)}>",
             "", note, "", banner, f"{from_} {r} <{mailbox(r)}>",
             f"Date: {mail_day(later(a['date'], rng, 1, 1), desk, rng)}", f"{subject} {a['title']}",
             f"{to} {p} <{mailbox(p)}>", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "",
              f"https://mail.google.com/mail/u/0/?ik={rng.randrange(16 ** 10):010x}&view=pt&search=all"
              f"{' ' * rng.randrange(10, 30)}1/1"]
    return "\n".join(parts) + "\n", expect(a)


PLACE = {"en": "{c}, {d}", "fr": "{c}, le {d}", "de": "{c}, den {d}", "es": "{c}, {d}", "it": "{c}, {d}",
         "pt": "{c}, {d}"}


# A guest commentary signed at the end as a letter is: masthead (sometimes), title, the text, then the author and
# below or beside it the place and the date (`Hélène Roux` / `Berlin, den 3. März 2026`, or `Hélène Roux, Paris, le
# 3 mars 2026`); the place alone (or the name alone) where the article has no author (no date).
def desk_s29_19(a, desk, rng):
    top = masthead(a, rng, 0.6)
    place = PLACE[desk].format(c=CITY[desk], d=long_date(a["date"], desk)) if a["date"] else CITY[desk]
    parts = ([top] if top else []) + [a["title"], "", "\n\n".join(a["body"]), ""]
    if a["authors"]:
        name = joined(a["authors"], desk)
        parts += [name, place] if rng.random() < 0.5 else [f"{name}, {place}"]
    else:
        parts += [place]
    e = expect(a)
    e["source"] = top
    return "\n".join(parts) + "\n", e


# A desk's house rule for clippings sent by mail: the subject carries every field (`Publication 03.03.2026 – Title
# (A, B)`, whichever the article has), the body only the text and the sender's first name. The mail's sending day
# (later) is not the date; the sender is not an author.
def desk_s29_20(a, desk, rng):
    _, subject, from_, sent_label, to = MAIL[desk]
    p = rng.choice(PEOPLE)
    head = " ".join(x for x in [a["source"], a["date"] and numeric_date(a["date"], desk)] if x)
    line = (f"{head} – " if head else "") + a["title"] + (f" ({', '.join(a['authors'])})" if a["authors"] else "")
    parts = [f"{from_} {p} <{mailbox(p)}>", f"{sent_label} {mail_day(later(a['date'], rng, 1, 4), desk, rng)}",
             f"{to} presse@example.org", f"{subject} {line}", "", "\n\n".join(a["body"]), "", p.split()[0]]
    return "\n".join(parts) + "\n", expect(a)


# A plain-text outline (Org mode) capture: the file's `#+TITLE:` (the review, with the year), then the entry
# `* TODO Title  :press:` (keyword and tags are not the title), its property drawer (AUTHOR, SOURCE, PUBLISHED as an
# active timestamp `<2026-03-03 Tue>`, CAPTURED as the later inactive one with a time, URL), the text. The capture
# day is not the date.
def desk_s29_21(a, desk, rng):
    def org(iso, time=None):
        d = datetime.date.fromisoformat(iso)
        return f"{iso} {'Mon Tue Wed Thu Fri Sat Sun'.split()[d.weekday()]}" + (f" {time}" if time else "")
    captured = later(a["date"], rng, 1, 12)
    review = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
              "it": "Rassegna stampa", "pt": "Revista de imprensa"}[desk]
    parts = [f"#+TITLE: {review} {captured[:4]}", "", f"* TODO {a['title']}{' ' * rng.randrange(2, 8)}:press:",
             ":PROPERTIES:"]
    parts += [f":AUTHOR:   {', '.join(a['authors'])}"] if a["authors"] else []
    parts += [f":SOURCE:   {a['source']}"] if a["source"] else []
    parts += [f":PUBLISHED: <{org(a['date'])}>"] if a["date"] else []
    parts += [f":CAPTURED: [{org(captured, clock(rng))}]", f":URL:      {url(rng)}", ":END:", ""]
    parts += ["\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


TRANSLATED = {  # article by, unattributed article, description of source, what the source is
    "en": ("Article by", "Unattributed article", "Description of Source", "news website"),
    "fr": ("Article de", "Article non signé", "Description de la source", "site d'information"),
    "de": ("Artikel von", "Artikel ohne Verfasserangabe", "Quellenbeschreibung", "Nachrichten-Website"),
    "es": ("Artículo de", "Artículo sin firma", "Descripción de la fuente", "sitio de noticias"),
    "it": ("Articolo di", "Articolo non firmato", "Descrizione della fonte", "sito di notizie"),
    "pt": ("Artigo de", "Artigo não assinado", "Descrição da fonte", "sítio de notícias"),
}


# An open-source media service's record: title, the publication on a line of its own, the weekday date, a document
# ID, then the bracketed lead `[Article by A: "Title"]` (`[Unattributed article: …]` when unsigned), the text, and
# `[Description of Source: City Publication -- news website]` at the end (the city is not part of the name).
def desk_s29_22(a, desk, rng):
    by, unsigned, described, website = TRANSLATED[desk]
    parts = [a["title"]] + ([a["source"]] if a["source"] else [])
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += [f"Document ID: {rng.choice(['EUP', 'WEP', 'LAP'])}{rng.randrange(10 ** 11):011d}", ""]
    parts += [f'[{by} {joined(a["authors"], desk)}: "{a["title"]}"]' if a["authors"]
              else f'[{unsigned}: "{a["title"]}"]', "", "\n\n".join(a["body"]), ""]
    parts += [f"[{described}: {CITY[desk]} {a['source']} -- {website}]"] if a["source"] else []
    return "\n".join(parts) + "\n", expect(a)


# A browser extension's `copy title and link`, with the article pasted under it: `Title — Publication` (or `Title |
# Publication`, `Title - Publication`; the title alone when the article names no publication) and the URL, then the
# byline, the site's date stamp and the text, the headline not repeated.
def desk_s29_25(a, desk, rng):
    sep = rng.choice([" — ", " | ", " - "])
    parts = [a["title"] + (f"{sep}{a['source']}" if a["source"] else ""), url(rng), ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


S29 = [desk_s29_01, desk_s29_02, desk_s29_03, desk_s29_04, desk_s29_05, desk_s29_06, desk_s29_07, desk_s29_08,
       desk_s29_09, desk_s29_10, desk_s29_11, desk_s29_12, desk_s29_13, desk_s29_14, desk_s29_15, desk_s29_16,
       desk_s29_17, desk_s29_18, desk_s29_19, desk_s29_20, desk_s29_21, desk_s29_22, desk_s29_23, desk_s29_24,
       desk_s29_25, desk_s29_26]
LAYOUTS.update({f.__name__: f for f in S29})
# The stop-29 batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of their
# own, and neither is in the development figures.
BLIND_S29 = {f.__name__ for f in S29}
