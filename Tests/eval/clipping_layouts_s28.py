"""Stop 28: a sixth batch of 26 clipping layouts (BLIND_S28) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline, never a neighbouring item's, a browser tab's or a
mailing list's tag; authors: persons who wrote the article, never a colleague who forwarded, printed, captured,
highlighted or commented on it, a press contact or a photographer; date: the article's publication date, never the
day a file was printed, faxed, mailed, captured, retrieved or highlighted, nor a search's date range, and none when
the file does not state one; source: the publication or agency the file names, never the service that carried it).
Numbered in the order the forms were thought of; text_eval.py's hash puts some in development (first) and the rest
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/TextLayouts) or its misses: nobody tunes on any of them in stop 28, and the development members too
are only scored (text_eval.py prints their misses with `--show-s28-development` alone, for a later stop).
"""
import datetime
import email.header
import html
import json
import quopri
import textwrap

from clipping_layouts import (ABBR, AGENCY, CITY, LAYOUTS, OUTLETS, PEOPLE, RELATED, byline, clock, columns, expect,
                              joined, later, long_date, numeric_date, short_date, stamp, wrap)
from clipping_layouts_s25 import WEEKDAY_ABBR, first_sentence, mailbox, meta_line
from clipping_layouts_s26 import KICKER_SECTION, masthead
from clipping_layouts_s27 import QUOTES, earlier

COLON = {"en": ": ", "fr": " : ", "de": ": ", "es": ": ", "it": ": ", "pt": ": "}


def rfc_date(iso, rng):
    """An RFC 2822 mail date on day `iso` (always English, as mail headers are)."""
    d = datetime.date.fromisoformat(iso)
    return (f"{'Mon Tue Wed Thu Fri Sat Sun'.split()[d.weekday()]}, {d.day} {ABBR['en'].split()[d.month - 1]} "
            f"{d.year} {rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0100")


def url(rng):
    return f"https://news.example.org/{rng.choice(['world', 'business', 'politics'])}/{rng.randrange(10 ** 7)}"


# ---- development members of BLIND_S28 ----

PRINTED_AT = {"en": "{m}/{d}/{y}, {h}:{mm} {ap}", "fr": "{dd}/{mo}/{Y} {H}:{mm}", "de": "{dd}.{mo}.{y}, {H}:{mm}",
              "es": "{d}/{m}/{y}, {H}:{mm}", "it": "{dd}/{mo}/{y}, {H}:{mm}", "pt": "{dd}/{mo}/{Y}, {H}:{mm}"}


def printed_at(iso, desk, rng):
    """The browser's print stamp in the page header (`3/5/26, 9:12 AM`; two-digit years in most locales)."""
    d = datetime.date.fromisoformat(iso)
    h, mm = rng.randrange(7, 20), f"{rng.randrange(60):02d}"
    return PRINTED_AT[desk].format(m=d.month, d=d.day, y=f"{d.year % 100:02d}", Y=d.year, dd=f"{d.day:02d}",
                                   mo=f"{d.month:02d}", h=h % 12 or 12, H=f"{h:02d}", mm=mm,
                                   ap="AM" if h < 12 else "PM")


# A browser's `Print to PDF`, copied as text: each page opens with the browser's header (the day and time it was
# printed, a later day, then the tab's title `Title | Publication`) and ends with the page's URL and `1/2`; between
# them the page: masthead (sometimes), title, byline, the site's date stamp, the text split over two pages. The
# print day is not the publication date; the tab's title is not the headline (it carries the site's name).
def desk_s28_01(a, desk, rng):
    printed = printed_at(later(a["date"], rng, 1, 40), desk, rng)
    tab = f"{a['title']} | {a['source']}" if a["source"] else a["title"]
    link = url(rng)
    head = f"{printed}{' ' * rng.randrange(8, 30)}{tab}"
    top = masthead(a, rng, 0.5)
    half = max(1, len(a["body"]) // 2)
    parts = [head, ""] + ([top] if top else []) + [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"][:half]), "", f"{link}{' ' * rng.randrange(20, 50)}1/2",
              "\f" + head, "", "\n\n".join(a["body"][half:]), "", f"{link}{' ' * rng.randrange(20, 50)}2/2"]
    return "\n".join(parts) + "\n", expect(a)


THUNDERBIRD = {  # banner, subject, date, from, to; the colleague's note
    "en": ("-------- Forwarded Message --------", "Subject:", "Date:", "From:", "To:", "FYI, for the review."),
    "fr": ("-------- Message transféré --------", "Sujet :", "Date :", "De :", "Pour :",
           "Pour la revue, à toutes fins utiles."),
    "de": ("-------- Weitergeleitete Nachricht --------", "Betreff:", "Datum:", "Von:", "An:",
           "Zur Info, für den Pressespiegel."),
    "es": ("-------- Mensaje reenviado --------", "Asunto:", "Fecha:", "De:", "Para:", "Para el resumen de prensa."),
    "it": ("-------- Messaggio Inoltrato --------", "Oggetto:", "Data:", "Mittente:", "A:", "Per la rassegna."),
    "pt": ("-------- Mensagem reencaminhada --------", "Assunto:", "Data:", "De:", "Para:",
           "Para a revista de imprensa."),
}


def thunderbird_block(a, desk, rng, sender):
    """A Thunderbird forward's header block: the banner, then tab-aligned `Subject:`/`Date:`/`From:`/`To:` rows (the
    mail's date a few days after the article's)."""
    banner, subject, date, from_, to, _ = THUNDERBIRD[desk]
    return [banner, f"{subject}\t{a['title']}", f"{date}\t{rfc_date(later(a['date'], rng, 1, 6), rng)}",
            f"{from_}\t{sender} <{mailbox(sender)}>", f"{to}\tpresse@example.org"]


# Thunderbird forward: the colleague's note, the banner and the tab-aligned header table (Subject = the title, Date =
# the mail's later day, From = the colleague), two blank lines, then the pasted article: title, `Publication – date`,
# text, and the author last as `— A` (or a byline under the title). The mail's date and sender are not the article's.
def desk_s28_02(a, desk, rng):
    sender = rng.choice(PEOPLE)
    parts = [THUNDERBIRD[desk][5], "", sender.split()[0], ""] + thunderbird_block(a, desk, rng, sender)
    parts += ["", "", a["title"]]
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    last = rng.random() < 0.6
    parts += [byline(a["authors"], desk, rng)] if a["authors"] and not last else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", "— " + joined(a["authors"], desk)] if a["authors"] and last else []
    return "\n".join(parts) + "\n", expect(a)


LIST = {"en": "Press-review", "fr": "Revue-presse", "de": "Pressespiegel", "es": "Resumen-prensa",
        "it": "Rassegna-stampa", "pt": "Revista-imprensa"}
REPLY = {"en": "Thanks, I'll add it to Friday's selection.", "fr": "Merci, je l'ajoute à la sélection de vendredi.",
         "de": "Danke, kommt in die Auswahl für Freitag.", "es": "Gracias, lo añado a la selección del viernes.",
         "it": "Grazie, lo aggiungo alla selezione di venerdì.", "pt": "Obrigado, junto à seleção de sexta-feira."}


# Mailing-list digest (Mailman): the list's boilerplate, `Today's Topics:` listing each message's subject with its
# POSTER's name in parentheses, then `Message: 1` with Date (a later day), From (the poster), `Subject: [List]
# Title`, and the pasted article (title, byline, `Publication – date`, text); `Message: 2` is a reply about another
# article. The poster is not an author, the list's tag is not part of the title.
def desk_s28_03(a, desk, rng):
    name = LIST[desk]
    poster, other = rng.sample(PEOPLE, 2)
    other_title = rng.choice(RELATED[desk][1])
    posted = later(a["date"], rng, 1, 5)
    parts = [f"Send {name} mailing list submissions to", f"\t{name.lower()}@lists.example.org", "",
             "When replying, please edit your Subject line so it is more specific", f'than "Re: Contents of {name} '
             'digest..."', "", "", "Today's Topics:", "", f"   1. {a['title']} ({poster})",
             f"   2. Re: {other_title} ({other})", "", "-" * 70, "", "Message: 1",
             f"Date: {rfc_date(posted, rng)}", f"From: {poster} <{mailbox(poster)}>",
             f"To: {name.lower()}@lists.example.org", f"Subject: [{name}] {a['title']}",
             f"Message-ID: <{rng.randrange(10 ** 9)}@example.org>", 'Content-Type: text/plain; charset="utf-8"', "",
             a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", "\n\n".join(a["body"]), "", "-" * 30, "", "Message: 2",
              f"Date: {rfc_date(later(posted, rng, 0, 1), rng)}", f"From: {other} <{mailbox(other)}>",
              f"Subject: Re: [{name}] {other_title}", "", REPLY[desk], "", "-" * 30, "",
              f"End of {name} Digest, Vol {rng.randrange(2, 30)}, Issue {rng.randrange(1, 90)}", "*" * 42]
    return "\n".join(parts) + "\n", expect(a)


KINDLE = {  # highlight line: page/location, the day it was added
    "en": "- Your Highlight on Location {l1}-{l2} | Added on {d} {t}",
    "fr": "- Votre surlignement sur l'emplacement {l1}-{l2} | Ajouté le {d} {t}",
    "de": "- Ihre Markierung bei Position {l1}-{l2} | Hinzugefügt am {d} {t}",
    "es": "- Tu subrayado en la posición {l1}-{l2} | Añadido el {d} {t}",
    "it": "- La tua evidenziazione alla posizione {l1}-{l2} | Aggiunto in data {d} {t}",
    "pt": "- Seu destaque na posição {l1}-{l2} | Adicionado: {d} {t}",
}


# An e-reader's `My Clippings.txt` (BOM, CRLF) after the article was sent to the reader: for each highlighted
# paragraph, `Title (A; B)` (the publication in the parentheses when nobody signed it), the highlight's location and
# the later day it was added, the paragraph, `==========`. The day a highlight was added is no publication date:
# none is stated. The parentheses name the authors, or the publication (then the source).
def desk_s28_04(a, desk, rng):
    owner = "; ".join(a["authors"]) if a["authors"] else a["source"]
    head = f"{a['title']} ({owner})" if owner else a["title"]
    day = later(a["date"], rng, 2, 60)
    loc, minute = rng.randrange(5, 40), rng.randrange(8 * 60, 22 * 60)
    out = []
    for paragraph in a["body"][:rng.randrange(2, 5)]:
        size = max(2, len(paragraph) // 150)
        when = f"{minute // 60:02d}:{minute % 60:02d}:{rng.randrange(60):02d}"
        out += [head, KINDLE[desk].format(l1=loc, l2=loc + size, d=long_date(day, desk, weekday=True), t=when), "",
                paragraph, "=========="]
        loc, minute = loc + size + rng.randrange(1, 20), minute + rng.randrange(1, 4)
    e = expect(a, date=False)
    e["source"] = None if a["authors"] else a["source"]
    return "\ufeff" + "\r\n".join(out) + "\r\n", e


PREVIOUS = {"en": "Talks are due to resume next week.", "fr": "Les discussions doivent reprendre la semaine prochaine.",
            "de": "Die Gespräche sollen nächste Woche weitergehen.", "es": "Las negociaciones se reanudarán la semana "
            "que viene.", "it": "I colloqui riprenderanno la prossima settimana.",
            "pt": "As negociações devem ser retomadas na próxima semana."}
MORE = {"en": "Read more →", "fr": "Lire la suite →", "de": "Weiterlesen →", "es": "Seguir leyendo →",
        "it": "Continua a leggere →", "pt": "Continuar a ler →"}


# One item cut out of an e-mail newsletter with what the scissors caught around it: the end of the previous item
# (its last sentence and `Read more →`), a rule, the section, the title, `Publication – date`, the byline, the
# first paragraphs, `Read more →`, a rule, then the next item's headline and the start of its teaser. The next
# item's headline is not the title.
def desk_s28_12(a, desk, rng):
    rule = rng.choice(["─" * 30, "* * *", "_" * 40])
    parts = ["…" + PREVIOUS[desk], MORE[desk], "", rule, "", KICKER_SECTION[desk].upper(), a["title"]]
    meta = meta_line(a, desk, sep=rng.choice([" – ", " | ", ", "]))
    parts += [meta] if meta else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"][:3]), MORE[desk], "", rule, "", rng.choice(RELATED[desk][1]), "…"]
    return "\n".join(parts) + "\n", expect(a)


# Digital-newsstand copy (PressReader-like): title, a deck, one line `Section · Publication · 3 Mar 2026 · A and B`
# with whichever parts the article has, the text, and the service's footer (`Printed and distributed by
# PressReader …`). The service is not the source.
def desk_s28_13(a, desk, rng):
    meta = [KICKER_SECTION[desk]] + ([a["source"]] if a["source"] else [])
    meta += [short_date(a["date"], desk)] if a["date"] else []
    meta += [joined(a["authors"], desk)] if a["authors"] else []
    parts = [a["title"], first_sentence(a["body"][0]), " · ".join(meta), "", "\n\n".join(a["body"]), "",
             "Printed and distributed by PressReader", "PressReader.com +1 604 278 4604",
             "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"]
    return "\n".join(parts) + "\n", expect(a)


SEARCH = {  # heading, search, date range, sources (all), results; document n of m; page, words
    "en": ("Search results", "Search", "Date range", "Sources: All sources", "{n} document(s)", "Document 1 of {n}",
           "p. {p}", "{w} words"),
    "fr": ("Résultats de recherche", "Recherche", "Période", "Sources : toutes", "{n} document(s)",
           "Document 1 sur {n}", "p. {p}", "{w} mots"),
    "de": ("Suchergebnisse", "Suche", "Zeitraum", "Quellen: alle", "{n} Dokument(e)", "Dokument 1 von {n}", "S. {p}",
           "{w} Wörter"),
    "es": ("Resultados de la búsqueda", "Búsqueda", "Intervalo de fechas", "Fuentes: todas", "{n} documento(s)",
           "Documento 1 de {n}", "pág. {p}", "{w} palabras"),
    "it": ("Risultati della ricerca", "Ricerca", "Intervallo di date", "Fonti: tutte", "{n} documento/i",
           "Documento 1 di {n}", "pag. {p}", "{w} parole"),
    "pt": ("Resultados da pesquisa", "Pesquisa", "Intervalo de datas", "Fontes: todas", "{n} documento(s)",
           "Documento 1 de {n}", "p. {p}", "{w} palavras"),
}


# Press-database search-results export: heading, the search terms, the search's date range (two dates around the
# article's, present also when it is undated), the sources filter, the hit count, `Document 1 of 3`, then the
# document: title, `Publication, date, Section, p. 12, 523 words`, byline, text, a document id. The range's ends are
# not the publication date.
def desk_s28_14(a, desk, rng):
    heading, search, span, sources, hits, nth, page, words = SEARCH[desk]
    colon = COLON[desk]
    term = max((w.strip(".,:;!?\"'«»„“”()<>|") for w in a["title"].split()), key=len)
    n = rng.randrange(1, 9)
    start, end = earlier(a["date"], rng, 20, 120), later(a["date"], rng, 5, 60)
    meta = ([a["source"]] if a["source"] else []) + ([long_date(a["date"], desk)] if a["date"] else [])
    meta += [KICKER_SECTION[desk], page.format(p=rng.randrange(1, 40)),
             words.format(w=sum(len(p.split()) for p in a["body"]))]
    parts = [heading, f'{search}{colon}"{term}"', f"{span}{colon}{numeric_date(start, desk)} – "
             f"{numeric_date(end, desk)}", sources, hits.format(n=n), "=" * 50, "", nth.format(n=n), "", a["title"],
             ", ".join(meta)]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"ID {rng.randrange(10 ** 9):09d}-{rng.randrange(10 ** 4):04d}"]
    return "\n".join(parts) + "\n", expect(a)


FAX = {"en": "FROM: PRESS CUTTINGS LTD", "fr": "DE : SERVICE DE COUPURES", "de": "VON: AUSSCHNITTDIENST",
       "es": "DE: SERVICIO DE RECORTES", "it": "DA: SERVIZIO RITAGLI", "pt": "DE: SERVIÇO DE RECORTES"}


# A clipping faxed and OCR'd (CRLF): every page opens with the fax machine's header (the day and time it was sent, a
# later day, the sender, `P.001/002`); page one: the publication's name in capitals and the date under it, the
# title, the byline, the text in narrow hyphenated columns, continued on page two. The fax's day is not the date;
# the publication is printed in capitals and expected as printed.
def desk_s28_15(a, desk, rng):
    sent = later(a["date"], rng, 1, 10)
    number = f"+{rng.randrange(30, 49)} {rng.randrange(1, 9)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} " \
             f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
    time = f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"

    def header(page):
        return f"{numeric_date(sent, desk)} {time}  {FAX[desk]}  {number}{' ' * 6}P.{page:03d}/002"
    text = columns(a["body"], 46).split("\n")
    cut = max(1, len(text) // 2)
    parts = [header(1), ""] + ([a["source"].upper()] if a["source"] else [])
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else []) + [""]
    parts += text[:cut] + ["", header(2), ""] + text[cut:]
    e = expect(a)
    e["source"] = a["source"].upper() if a["source"] else None
    return "\r\n".join(parts) + "\r\n", e


WIKI = {  # breadcrumb, created/modified line, publication, published, author, like, labels
    "en": ("Pages / Communication / Press review {y}", "Created by {p}, last modified by {q} on {d}", "Publication",
           "Published", "Author", "Like · Be the first to like this", "No labels"),
    "fr": ("Pages / Communication / Revue de presse {y}", "Créé par {p}, dernière modification par {q} le {d}",
           "Média", "Paru le", "Auteur", "J'aime · Soyez le premier à aimer ceci", "Aucun libellé"),
    "de": ("Seiten / Kommunikation / Pressespiegel {y}", "Erstellt von {p}, zuletzt geändert von {q} am {d}",
           "Medium", "Erschienen", "Autor", "Gefällt mir · Gefällt als Erstes", "Keine Stichwörter"),
    "es": ("Páginas / Comunicación / Resumen de prensa {y}", "Creado por {p}, modificado por última vez por {q} el "
           "{d}", "Medio", "Publicado", "Autor", "Me gusta · Sé el primero en indicar que te gusta",
           "Sin etiquetas"),
    "it": ("Pagine / Comunicazione / Rassegna stampa {y}", "Creato da {p}, ultima modifica di {q} il {d}", "Testata",
           "Pubblicato", "Autore", "Mi piace · Sii il primo a mettere Mi piace", "Nessuna etichetta"),
    "pt": ("Páginas / Comunicação / Revista de imprensa {y}", "Criado por {p}, última modificação por {q} em {d}",
           "Meio", "Publicado", "Autor", "Gosto · Seja o primeiro a gostar", "Sem etiquetas"),
}


# Team-wiki page holding a clipping: the breadcrumb (the review's year), the page title (the headline), `Created by
# P, last modified by Q on <later day>`, one line of labelled fields joined by ` | ` (publication, published, author;
# those the article has), the text, the page's like and labels footer. The page's creator and editor are not authors,
# its modification day is not the date.
def desk_s28_16(a, desk, rng):
    crumb, made, pub, published, author, like, labels = WIKI[desk]
    p, q = rng.sample(PEOPLE, 2)
    modified = later(a["date"], rng, 1, 30)
    colon = COLON[desk]
    info = ([pub + colon + a["source"]] if a["source"] else []) + \
        ([published + colon + long_date(a["date"], desk)] if a["date"] else []) + \
        ([author + colon + ", ".join(a["authors"])] if a["authors"] else [])
    parts = [crumb.format(y=modified[:4]), "", a["title"], "", made.format(p=p, q=q, d=short_date(modified, desk)), ""]
    parts += [" | ".join(info), ""] if info else []
    parts += ["\n\n".join(a["body"]), "", like, labels]
    return "\n".join(parts) + "\n", expect(a)


# Teleprinter wire copy as an old desk terminal still prints it, all in capitals: `ZCZC`, the channel line with a
# sequence number, priority and category, the slug, the title, `BY A`, the dateline with the full date and the
# agency (`PARIS, 3 MARS 2026 (AFP) -`), the text, the desk initials, the transmission stamp, `NNNN`. Expected as
# printed: the title in capitals (authors are compared without case); the agency is the source.
def desk_s28_17(a, desk, rng):
    agency = a["source"] or AGENCY[desk]
    code = "".join(c for c in agency.upper() if c.isalpha())[:3]
    slug = "-".join(w.strip(".,:;!?\"'«»„“”()<>|") for w in a["title"].upper().split()[:2])
    line = f"{code}{rng.randrange(100, 999)} {rng.randrange(1, 5)} {rng.choice(['ECO', 'POL', 'GEN'])} " \
           f"{rng.randrange(100, 999):04d} /{code}-{rng.choice('ABCDEFG')}{rng.choice('HJKLMN')}{rng.randrange(10, 99)}"
    opener = f"{CITY[desk].upper()}, {long_date(a['date'], desk).upper()} ({agency.upper()}) - " if a["date"] else \
        f"{CITY[desk].upper()} ({agency.upper()}) - "
    body = [opener + a["body"][0].upper()] + [p.upper() for p in a["body"][1:]]
    parts = ["ZCZC", line, slug, a["title"].upper()]
    parts += [byline([n.upper() for n in a["authors"]], desk, rng).upper()] if a["authors"] else []
    parts += [wrap(body, 69), "", f"{rng.choice('abcdefghij')}{rng.choice('klmnopqrs')}/"
              f"{rng.choice('abcdefghij')}{rng.choice('tuvwxyz')}".upper()]
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        parts.append(f"{agency.upper()} {d.day:02d}{rng.randrange(6, 23):02d}{rng.randrange(60):02d} GMT "
                     f"{ABBR['en'].split()[d.month - 1].upper()} {d.year % 100:02d}")
    parts.append("NNNN")
    e = expect(a)
    e["title"] = a["title"].upper()
    e["source"] = agency
    return "\n".join(parts) + "\n", e


NEWSLETTER = {"en": "The Morning Brief", "fr": "La Lettre du matin", "de": "Der Morgen-Newsletter",
              "es": "El boletín de la mañana", "it": "La newsletter del mattino", "pt": "A newsletter da manhã"}


# A newsletter mail saved as a raw .eml (CRLF) whose text part is quoted-printable: the mail headers (Date = the
# sending day, a day later; the Subject MIME-encoded when not plain ASCII), the MIME headers, then the body with
# `=C3=A9` escapes and `=` soft line breaks at 76 characters: title, `Publication – date`, byline, text. Expected
# values are what the mail client shows: the decoded text.
def desk_s28_19(a, desk, rng):
    sender = NEWSLETTER[desk]
    subject = a["title"] if a["title"].isascii() else \
        email.header.Header(a["title"], "utf-8", header_name="Subject").encode().replace("\n", "\r\n")
    boundary = f"=_{rng.randrange(16 ** 12):012x}"
    body = [a["title"]]
    meta = meta_line(a, desk)
    body += [meta] if meta else []
    body += [byline(a["authors"], desk, rng)] if a["authors"] else []
    body += ["", "\n\n".join(a["body"]), "", "--", sender]
    encoded = quopri.encodestring("\n".join(body).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    head = ["Return-Path: <bounce@mail.example.org>", f"Date: {rfc_date(later(a['date'], rng, 1, 1), rng)}",
            f'From: "{sender}" <newsletter@mail.example.org>', "To: presse@example.org", f"Subject: {subject}",
            "MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
            f"--{boundary}", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable",
            ""]
    return "\r\n".join(head) + "\r\n" + encoded + f"\r\n\r\n--{boundary}--\r\n", expect(a)


SHARE = {  # the app's lead-in with the publication, without; the quoted title and the link follow
    "en": ("I wanted to share this article from {s} with you:", "I wanted to share this article with you:"),
    "fr": ("Je voulais partager avec vous cet article de {s} :", "Je voulais partager avec vous cet article :"),
    "de": ("Schau dir diesen Artikel von {s} an:", "Schau dir diesen Artikel an:"),
    "es": ("Mira este artículo de {s}:", "Mira este artículo:"), "it": ("Guarda questo articolo di {s}:",
                                                                        "Guarda questo articolo:"),
    "pt": ("Veja este artigo de {s}:", "Veja este artigo:"),
}


# A news app's share sheet sent by text message and pasted with the article under it: the app's sentence naming the
# publication, with the title in quotes and the link on the same line, then the byline, the site's date stamp and
# the text. The title is the quoted text; the publication is the one the sentence names.
def desk_s28_20(a, desk, rng):
    with_source, bare = SHARE[desk]
    lead = (with_source if a["source"] else bare).format(s=a["source"])
    line = f"{lead} {QUOTES[desk].format(a['title'])} {url(rng)}"
    parts = [line, ""] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [stamp(a["date"], desk, rng)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


NOTES = {"en": ("Forwarded by", "on", "To", "Subject", "Please see below."),
         "fr": ("Transféré par", "le", "A", "Objet", "Voir ci-dessous."),
         "de": ("Weitergeleitet von", "am", "An", "Betreff", "Siehe unten."),
         "es": ("Reenviado por", "el", "Para", "Asunto", "Ver abajo."),
         "it": ("Inoltrato da", "il", "A", "Oggetto", "Vedi sotto."),
         "pt": ("Reencaminhado por", "em", "Para", "Assunto", "Ver abaixo.")}


def notes_time(iso, desk, rng, hours):
    """The groupware's day and time, the hour drawn from `hours` (a range)."""
    d = datetime.date.fromisoformat(iso)
    h, m = rng.choice(hours), rng.randrange(60)
    return f"{d.month:02d}/{d.day:02d}/{d.year} {h % 12 or 12:02d}:{m:02d} {'AM' if h < 12 else 'PM'}" \
        if desk == "en" else f"{numeric_date(iso, desk)} {h:02d}:{m:02d}"


# Old groupware forward: `----- Forwarded by Carmen Ortiz/Communication/ACME on 03/05/2026 09:12 AM -----`, the
# original sender's hierarchical name and day in a left column with `To:`, `cc:`, `Subject:` (the title) in a right
# column, a one-line note, then the pasted article: title, byline, `Publication – date`, the text wrapped at 72.
# The forwarders are not authors, the forwarding days not the date.
def desk_s28_21(a, desk, rng):
    by, on, to, subject, note = NOTES[desk]
    fwd, orig = rng.sample(PEOPLE, 2)
    day = later(a["date"], rng, 1, 7)
    sent = notes_time(day, desk, rng, range(7, 12))
    parts = [f"----- {by} {fwd}/Communication/ACME {on} {notes_time(day, desk, rng, range(12, 19))} -----", "",
             f"{orig + '/Press/ACME':<38}{to}: Press Desk/ACME@ACME", f"{sent:<38}cc:",
             f"{'':<38}{subject}: {a['title']}", "", "", note, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    meta = meta_line(a, desk)
    parts += [meta] if meta else []
    parts += ["", wrap(a["body"], 72)]
    return "\n".join(parts) + "\n", expect(a)


CAPTION = {"en": ("Dock workers at the port at dawn.", "Photo"), "fr": ("Des dockers sur le port, à l'aube.", "Photo"),
           "de": ("Hafenarbeiter am frühen Morgen.", "Foto"), "es": ("Estibadores en el puerto al amanecer.", "Foto"),
           "it": ("Portuali al porto all'alba.", "Foto"), "pt": ("Estivadores no porto ao amanhecer.", "Foto")}
AD = {"en": "ADVERTISEMENT", "fr": "PUBLICITÉ", "de": "ANZEIGE", "es": "PUBLICIDAD", "it": "PUBBLICITÀ",
      "pt": "PUBLICIDADE"}
PAGE_WORD = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}


def two_line_title(title):
    """The headline set over two lines near its middle; a long lower-case-continued word is hyphenated at the break."""
    words = title.split()
    if len(words) < 3:
        return [title]
    half, count, i = len(title) // 2, 0, 0
    while i < len(words) - 1 and count + len(words[i]) < half:
        count += len(words[i]) + 1
        i += 1
    word = words[i]
    if word.isalpha() and len(word) >= 10 and word[5:].islower():
        cut = len(word) // 2
        return [" ".join(words[:i] + [word[:cut] + "-"]), " ".join([word[cut:]] + words[i + 1:])]
    return [" ".join(words[:i]), " ".join(words[i:])] if i else [title]


# OCR of a printed page: the section in capitals, the headline over two lines (a long word hyphenated at the break),
# a photo caption with the photographer's credit, the byline, the text in narrow hyphenated columns with an advert
# box in the middle, and the page's foot `Publication · 03.03.2026 · Page 7`. The photographer is not an author; the
# headline is read whole, the break's hyphen removed.
def desk_s28_23(a, desk, rng):
    caption, photo = CAPTION[desk]
    text = columns(a["body"], 38).split("\n")
    cut = max(1, len(text) // 2)
    while cut < len(text) and text[cut - 1].endswith("-"):
        cut += 1
    box = ["+" + "-" * 28 + "+", f"| {AD[desk]:<26} |", f"| {'www.example-shop.com':<26} |", "+" + "-" * 28 + "+"]
    parts = [KICKER_SECTION[desk].upper(), ""] + two_line_title(a["title"])
    parts += ["", f"{caption} {photo}: {rng.choice(PEOPLE)}/{rng.choice(['AFP', 'dpa', 'Reuters', 'EFE'])}", ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts += text[:cut] + [""] + box + [""] + text[cut:]
    foot = ([a["source"]] if a["source"] else []) + ([numeric_date(a["date"], desk)] if a["date"] else [])
    parts += ["", " · ".join(foot + [f"{PAGE_WORD[desk]} {rng.randrange(2, 30)}"])]
    return "\n".join(parts) + "\n", expect(a)


ARCHIVE = {  # `from` (before the date), page, issue number, document number, rights, retrieved on (by)
    "en": ("", "p.", "No. {n}", "Document number", "All rights reserved", "Retrieved on {d} by {c}"),
    "fr": ("du", "p.", "N° {n}", "Numéro de document", "Tous droits réservés", "Consulté le {d} par {c}"),
    "de": ("vom", "S.", "Nr. {n}", "Dokumentnummer", "Alle Rechte vorbehalten", "Abgerufen am {d} durch {c}"),
    "es": ("del", "pág.", "N.º {n}", "Número de documento", "Todos los derechos reservados",
           "Consultado el {d} por {c}"),
    "it": ("del", "pag.", "N. {n}", "Numero documento", "Tutti i diritti riservati", "Consultato il {d} da {c}"),
    "pt": ("de", "p.", "N.º {n}", "Número do documento", "Todos os direitos reservados", "Consultado em {d} por {c}"),
}


# Press-archive export (Genios/APA-like): `Publication vom 03.03.2026, S. 12 / Section` and the issue number on
# top, the title, the byline, the text, then the same reference again, the document number, the rights line and
# `Retrieved on <a later day> by <the customer>`. The retrieval day is not the date; the issue number is no date.
def desk_s28_24(a, desk, rng):
    from_, page, issue, number, rights, retrieved = ARCHIVE[desk]
    day = a["date"] and numeric_date(a["date"], desk)
    name = (f"{a['source']} {from_} {day}" if from_ else f"{a['source']}, {day}") if a["source"] and day else \
        a["source"] or day
    ref = ", ".join(([name] if name else []) + [f"{page} {rng.randrange(1, 40)}"]) + f" / {KICKER_SECTION[desk]}"
    parts = [ref, issue.format(n=rng.randrange(20, 300)), "", a["title"], ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts += ["\n\n".join(a["body"]), "", ref, f"{number}{COLON[desk]}{rng.randrange(10 ** 11):011d}"]
    parts += [f"{rights}{COLON[desk]}{a['source']}"] if a["source"] else [rights]
    parts += [retrieved.format(d=numeric_date(later(a["date"], rng, 30, 900), desk), c="ACME Communication")]
    return "\n".join(parts) + "\n", expect(a)


AGREE = {"en": ("Agreed, let's lead with it tomorrow.", "Worth including?", "On {d} {t}, {n} wrote:"),
         "fr": ("D'accord, on ouvre la revue avec demain.", "À inclure ?", "Le {d} à {t}, {n} a écrit :"),
         "de": ("Einverstanden, das nehmen wir morgen als Aufmacher.", "Aufnehmen?", "Am {d} um {t} schrieb {n}:"),
         "es": ("De acuerdo, abrimos con esto mañana.", "¿Lo incluimos?", "El {d} a las {t}, {n} escribió:"),
         "it": ("D'accordo, domani apriamo con questo.", "Lo includiamo?", "Il {d} {t}, {n} ha scritto:"),
         "pt": ("De acordo, amanhã abrimos com isto.", "Incluímos?", "Em {d} {t}, {n} escreveu:")}


# A reply to a forward, quoted twice (`>` and `>>`) and hard-wrapped at 72: the reply on top and its signer, the
# `On <day> <time>, P wrote:` line, P's quoted question, the quoted forward header (Subject = the title, Date, From),
# then the article quoted a second time: title, `Publication – date`, byline, text. The mail days are later than the
# article's; neither correspondent is an author.
def desk_s28_25(a, desk, rng):
    reply, ask, wrote = AGREE[desk]
    me, p, q = rng.sample(PEOPLE, 3)
    day = later(a["date"], rng, 7, 12)
    inner = [a["title"]]
    meta = meta_line(a, desk)
    inner += [meta] if meta else []
    inner += [byline(a["authors"], desk, rng)] if a["authors"] else []
    inner += [""] + wrap(a["body"], 68).split("\n")
    parts = [reply, "", me.split()[0], "", wrote.format(d=numeric_date(day, desk), t=clock(rng), n=p)]
    parts += ["> " + line if line else ">" for line in [ask, ""] + thunderbird_block(a, desk, rng, q) + [""]]
    parts += [">> " + line if line else ">>" for line in inner]
    return "\n".join(parts) + "\n", expect(a)


ALERT = {  # heading, sent, full text of mention 1, reach, tone, neutral
    "en": ("Media alert — {n} new mentions of “{k}”", "Sent {d} at {t}", "Full text of mention 1", "Reach", "Tone",
           "Neutral"),
    "fr": ("Alerte médias — {n} nouvelles retombées pour « {k} »", "Envoyée le {d} à {t}",
           "Texte intégral de la retombée 1", "Audience", "Tonalité", "Neutre"),
    "de": ("Medienalarm — {n} neue Treffer zu „{k}“", "Versendet am {d} um {t}", "Volltext zu Treffer 1",
           "Reichweite", "Tonalität", "Neutral"),
    "es": ("Alerta de medios — {n} nuevas menciones de «{k}»", "Enviada el {d} a las {t}",
           "Texto completo de la mención 1", "Alcance", "Tono", "Neutro"),
    "it": ("Alert media — {n} nuove uscite per «{k}»", "Inviato il {d} alle {t}", "Testo integrale dell'uscita 1",
           "Copertura", "Tono", "Neutro"),
    "pt": ("Alerta de media — {n} novas menções a «{k}»", "Enviado em {d} às {t}", "Texto integral da menção 1",
           "Alcance", "Tom", "Neutro"),
}


# Monitoring alert listing several hits, of which only the first is given in full: heading with a keyword, the
# alert's later sending day, three numbered hits (headline; `Outlet · date · Reach 1.2M · Tone: Neutral`), the
# first being this article (with whichever of outlet and date it has) and two others from other outlets with
# earlier dates, then `Full text of mention 1`: title, byline, text. The other hits' headlines and dates are not
# this file's.
def desk_s28_26(a, desk, rng):
    heading, sent, full, reach, tone, neutral = ALERT[desk]
    colon = COLON[desk]
    term = max((w.strip(".,:;!?\"'«»„“”()<>|") for w in a["title"].split()), key=len)

    def hit(outlet, iso):
        return " · ".join(([outlet] if outlet else []) + ([short_date(iso, desk)] if iso else []) +
                          [f"{reach} {rng.randrange(2, 990)}{rng.choice(['K', 'M'])}", tone + colon + neutral])
    others = rng.sample([o for o in OUTLETS if o != a["source"]], 2)
    titles = rng.sample(RELATED[desk][1], 2)
    parts = [heading.format(n=3, k=term), sent.format(d=long_date(later(a["date"], rng, 0, 3), desk), t=clock(rng)),
             "", f"1. {a['title']}", "   " + hit(a["source"], a["date"])]
    for i, (o, t) in enumerate(zip(others, titles), start=2):
        parts += [f"{i}. {t}", "   " + hit(o, earlier(a["date"], rng, 1, 9))]
    parts += ["", f"── {full} ──", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


# ---- held-out members of BLIND_S28 below: whoever tunes the reader never reads past this line ----

READWISE = {"en": ("Published", "Saved"), "fr": ("Publié", "Enregistré"), "de": ("Veröffentlicht", "Gespeichert"),
            "es": ("Publicado", "Guardado"), "it": ("Pubblicato", "Salvato"), "pt": ("Publicado", "Guardado")}


# Read-later app's Markdown export of highlights: `# Title`, a cover image link, `## Metadata` as a list (`Author:
# [[A]]`, or `[[Publication]]` when nobody signed it; Full Title; Category; Published, when the article has a date;
# Saved, a later day; URL), then `## Highlights`, one list item per highlighted paragraph with its `View Highlight`
# link. The publication is named only when it stands in the Author field.
def desk_s28_05(a, desk, rng):
    published, saved = READWISE[desk]
    who = a["authors"] or ([a["source"]] if a["source"] else [])
    rows = ([f"Author: {', '.join(f'[[{n}]]' for n in who)}"] if who else []) + [f"Full Title: {a['title']}",
                                                                                 "Category: #articles"]
    rows += [f"{published}: {a['date']}"] if a["date"] else []
    rows += [f"{saved}: {later(a['date'], rng, 1, 200)}", f"URL: {url(rng)}"]
    cover = f"![rw-book-cover](https://assets.example.org/cover{rng.randrange(99)}.png)"
    parts = [f"# {a['title']}", "", cover, "", "## Metadata"] + [f"- {r}" for r in rows] + ["", "## Highlights"]
    parts += [f"- {p} ([View Highlight](https://read.example.org/read/{rng.randrange(16 ** 10):010x}))"
              for p in a["body"][:rng.randrange(2, 6)]]
    e = expect(a)
    e["source"] = None if a["authors"] else a["source"]
    return "\n".join(parts) + "\n", e


# Outliner capture (Org mode): `* TODO Title  :press:`, a PROPERTIES drawer (AUTHOR, SOURCE, PUBLISHED as an active
# timestamp `<2026-03-03 Tue>`, CAPTURED as the later inactive timestamp with a time, URL), `:END:`, the text
# indented by two spaces and wrapped at 70. The capture day is not the date.
def desk_s28_06(a, desk, rng):
    def ts(iso):
        return f"{iso} {WEEKDAY_ABBR[desk].split()[datetime.date.fromisoformat(iso).weekday()]}"
    head = f"* TODO {a['title']}"
    rows = [("AUTHOR", ", ".join(a["authors"]))] if a["authors"] else []
    rows += [("SOURCE", a["source"])] if a["source"] else []
    rows += [("PUBLISHED", f"<{ts(a['date'])}>")] if a["date"] else []
    rows += [("CAPTURED", f"[{ts(later(a['date'], rng, 0, 12))} {clock(rng)}]"), ("URL", url(rng))]
    parts = [f"{head}{' ' * max(2, 70 - len(head))}:press:", "  :PROPERTIES:"]
    parts += [f"  :{k}:{' ' * (11 - len(k))}{v}" for k, v in rows] + ["  :END:", ""]
    parts += [textwrap.indent(wrap(a["body"], 68), "  ")]
    return "\n".join(parts) + "\n", expect(a)


FEED = {"en": "Latest news", "fr": "Dernières infos", "de": "Aktuelle Nachrichten", "es": "Últimas noticias",
        "it": "Ultime notizie", "pt": "Últimas notícias"}


# A feed's raw XML pasted as text: the XML declaration, `<rss>`, the channel's title (the publication; a generic
# `Latest news` when the article names none: then no source) and its later lastBuildDate, then the one item: title
# (entities escaped), link, one `dc:creator` per author, the RFC 822 pubDate, category, the text as HTML paragraphs
# in CDATA. Expected values are the unescaped text.
def desk_s28_07(a, desk, rng):
    channel = a["source"] or FEED[desk]
    rows = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
            "<channel>", f"<title>{html.escape(channel, quote=False)}</title>",
            "<link>https://news.example.org/</link>",
            f"<lastBuildDate>{rfc_date(later(a['date'], rng, 1, 30), rng)}</lastBuildDate>", "<item>",
            f"  <title>{html.escape(a['title'], quote=False)}</title>", f"  <link>{url(rng)}</link>"]
    rows += [f"  <dc:creator>{html.escape(n)}</dc:creator>" for n in a["authors"]]
    rows += [f"  <pubDate>{rfc_date(a['date'], rng)}</pubDate>"] if a["date"] else []
    rows += [f"  <category>{KICKER_SECTION[desk]}</category>",
             "  <description><![CDATA[" + "".join(f"<p>{p}</p>" for p in a["body"]) + "]]></description>",
             "</item>", "</channel>", "</rss>"]
    return "\n".join(rows) + "\n", expect(a)


# A monitoring platform's API record pasted by a developer (pretty-printed JSON, sometimes with \u escapes): id,
# headline, authors as objects, outlet (name, country, reach), published_at (ISO with time and offset), ingested_at
# (a later day), language, sentiment, url, body. Fields the article lacks are null or empty.
def desk_s28_08(a, desk, rng):
    when = f"{a['date']}T{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00+01:00" if a["date"] else None
    record = {"id": f"{rng.randrange(16 ** 16):016x}", "headline": a["title"],
              "authors": [{"name": n} for n in a["authors"]],
              "outlet": {"name": a["source"], "country": desk.upper() if desk != "en" else "GB",
                         "reach": rng.randrange(10 ** 4, 10 ** 7)} if a["source"] else None,
              "published_at": when,
              "ingested_at": f"{later(a['date'], rng, 0, 3)}T{clock(rng)}:{rng.randrange(60):02d}Z",
              "language": a["lang"], "sentiment": rng.choice(["neutral", "positive", "negative"]),
              "url": url(rng), "body": "\n\n".join(a["body"])}
    return json.dumps(record, ensure_ascii=rng.random() < 0.3, indent=2) + "\n", expect(a)


def bib_name(name):
    first, _, last = name.rpartition(" ")
    return f"{last}, {first}" if first else name


def bib_escape(text):
    return text.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$") \
        .replace("#", "\\#").replace("_", "\\_")


# Reference-manager export (BibLaTeX `@article`) with the text under it: key, `author = {Family, Given and …}`,
# `title = {{…}}` (LaTeX-escaped `\&`), `journaltitle`, `date`, `urldate` (the later day it was accessed), url,
# `langid`, `keywords`; a blank line and the text. Expected: the names in their usual order, the unescaped title.
def desk_s28_09(a, desk, rng):
    key = (a["authors"][0].split()[-1].lower() if a["authors"] else "anon") + (a["date"] or "nd")[:4] + \
        "".join(c for c in a["title"].split()[0].lower() if c.isalnum())
    rows = [("author", " and ".join(bib_name(n) for n in a["authors"]))] if a["authors"] else []
    rows += [("title", "{" + bib_escape(a["title"]) + "}")]
    rows += [("journaltitle", bib_escape(a["source"]))] if a["source"] else []
    rows += [("date", a["date"])] if a["date"] else []
    rows += [("urldate", later(a["date"], rng, 1, 400)), ("url", url(rng)),
             ("langid", {"en": "english", "de": "german", "fr": "french"}.get(a["lang"], a["lang"])),
             ("keywords", f"press, {KICKER_SECTION[desk].lower()}")]
    entry = [f"@article{{{key},"] + [f"  {k:<12} = {{{v}}}," for k, v in rows] + ["}"]
    return "\n".join(entry) + "\n\n" + "\n\n".join(a["body"]) + "\n", expect(a)


RELEASE = {  # heading, contact heading, end mark
    "en": ("PRESS RELEASE", "Media contact", "###"), "fr": ("COMMUNIQUÉ DE PRESSE", "Contact presse", "###"),
    "de": ("PRESSEMITTEILUNG", "Pressekontakt", "– Ende –"), "es": ("NOTA DE PRENSA", "Contacto de prensa", "###"),
    "it": ("COMUNICATO STAMPA", "Contatto stampa", "###"),
    "pt": ("COMUNICADO DE IMPRENSA", "Contacto de imprensa", "###"),
}


# Press release through a release wire: `PRESS RELEASE` and the issuer's name (the source), the title, a deck, the
# byline when there is one, the dateline opening the text with the issuer in slashes (`LONDON, March 3, 2026
# /Issuer/ -- `), the end mark, then the press contact (a person who is not an author) with e-mail and phone.
def desk_s28_10(a, desk, rng):
    heading, contact, end = RELEASE[desk]
    person = rng.choice(PEOPLE)
    when = f", {long_date(a['date'], desk)}" if a["date"] else ""
    issuer = f" /{a['source']}/ --" if a["source"] else " --"
    parts = [heading] + ([a["source"]] if a["source"] else []) + ["", a["title"], first_sentence(a["body"][0]), ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    parts += ["\n\n".join([f"{CITY[desk].upper()}{when}{issuer} {a['body'][0]}"] + a["body"][1:])]
    parts += ["", end, "", contact + COLON[desk].rstrip(), person, mailbox(person, "press.example.org"),
              f"+{rng.randrange(30, 49)} {rng.randrange(100, 999)} {rng.randrange(100, 999)} "
              f"{rng.randrange(1000, 9999)}"]
    return "\n".join(parts) + "\n", expect(a)


COMMENT = {  # the review's heading (with its own later date), the comment's label, the comment, the reviewer's role
    "en": ("Daily press review — {d}", "Our take", "Relevant for the board: the figures match our own estimates.",
           "Communications"),
    "fr": ("Revue de presse quotidienne — {d}", "Notre commentaire", "À signaler au comité : les chiffres rejoignent "
           "nos propres estimations.", "Communication"),
    "de": ("Täglicher Pressespiegel — {d}", "Unsere Einschätzung", "Relevant für den Vorstand: Die Zahlen decken sich "
           "mit unseren Schätzungen.", "Kommunikation"),
    "es": ("Resumen de prensa diario — {d}", "Nuestro comentario", "Relevante para la dirección: las cifras coinciden "
           "con nuestras estimaciones.", "Comunicación"),
    "it": ("Rassegna stampa quotidiana — {d}", "Il nostro commento", "Da segnalare alla direzione: i dati coincidono "
           "con le nostre stime.", "Comunicazione"),
    "pt": ("Revista de imprensa diária — {d}", "O nosso comentário", "Relevante para a administração: os números "
           "coincidem com as nossas estimativas.", "Comunicação"),
}


# Press-review entry with the reviewer's comment above the article: the review's heading with its own later day,
# the comment's label and text signed `— P, Communications`, a rule, then the title and one combined line `By A |
# Publication | 3 March 2026` (the parts the article has), the text. The reviewer is not an author and the review's
# day is not the date.
def desk_s28_11(a, desk, rng):
    heading, label, comment, role = COMMENT[desk]
    combined = ([byline(a["authors"], desk, rng)] if a["authors"] else []) + \
        ([a["source"]] if a["source"] else []) + ([long_date(a["date"], desk)] if a["date"] else [])
    parts = [heading.format(d=long_date(later(a["date"], rng, 1, 3), desk, weekday=True)), "",
             label + COLON[desk] + comment, f"— {rng.choice(PEOPLE)}, {role}", "", "—" * 24, "", a["title"]]
    parts += [" | ".join(combined)] if combined else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


TABLE = {"en": ("Date", "Media", "Headline", "Author", "Reach", "Tone", "neutral"),
         "fr": ("Date", "Média", "Titre", "Auteur", "Audience", "Tonalité", "neutre"),
         "de": ("Datum", "Medium", "Überschrift", "Autor", "Reichweite", "Tonalität", "neutral"),
         "es": ("Fecha", "Medio", "Titular", "Autor", "Alcance", "Tono", "neutro"),
         "it": ("Data", "Testata", "Titolo", "Autore", "Copertura", "Tono", "neutro"),
         "pt": ("Data", "Meio", "Título", "Autor", "Alcance", "Tom", "neutro")}


# Coverage report exported as a Markdown table with a header row and one row (Date | Media | Headline | Author |
# Reach | Tone; empty cells for what the article lacks; `|` inside a cell escaped as `\|`), a blank line, the text.
def desk_s28_18(a, desk, rng):
    *heads, neutral = TABLE[desk]
    cells = [numeric_date(a["date"], desk) if a["date"] else "", a["source"] or "", a["title"].replace("|", "\\|"),
             ", ".join(a["authors"]), f"{rng.randrange(1, 999)}K", neutral]
    parts = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|",
             "| " + " | ".join(cells) + " |", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a)


READER = {"en": "{n}–{m} minutes", "fr": "{n} à {m} minutes", "de": "{n}–{m} Minuten", "es": "{n}-{m} minutos",
          "it": "{n}-{m} minuti", "pt": "{n}-{m} minutos"}


# A browser's reader view copied whole: the site's name (when the article names one), the title, the authors as
# the view lists them (comma-separated, no `By`), the reading time `5–6 minutes`, the text. The reader view shows no
# date: none is expected, even for a dated article.
def desk_s28_22(a, desk, rng):
    n = max(1, sum(len(p.split()) for p in a["body"]) // 230)
    parts = ([a["source"]] if a["source"] else []) + [a["title"]]
    parts += [", ".join(a["authors"])] if a["authors"] else []
    parts += [READER[desk].format(n=n, m=n + 1), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", expect(a, date=False)


# The stop-28 batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of
# their own, and nobody tunes on either in stop 28.
BLIND_S28 = {f"desk_s28_{i:02d}" for i in range(1, 27)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S28)})
