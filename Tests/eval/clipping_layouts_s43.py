"""A twenty-first batch of 26 clipping layouts (BLIND_S43) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s42.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a chat's, group's, channel's,
alert's, page's or mail's own title, a link card's copy of it taken apart from it, nor a subject's prefix; authors:
persons who wrote the article, never the colleague who posted, forwarded, pasted or summarised it, a photographer
or graphics artist, a reviewed book's writer, nor the handle or buttons beside a name; date: the article's
publication date, never the day a message was posted, a mail sent, an alert delivered, a page posted, a book
published, a paper founded, nor a relative time without its day, and none when the file states none (no day is
invented from a year); source: the publication the file names, never the chat, the alert service, the text
browser, the static-site generator, the extraction library nor the agency credited beside a photograph).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S35 to BLIND_S42 did not use. The sixteen
development members: a Telegram Desktop export (`result.json`) with the article in a message's text entities, a
byline printed in capitals with the author's `Follow` button and handle and an audio player's line, a Mastodon
thread copied from the web interface (the publication's post with its link card, a colleague's reply pasting the
text), pictures' captions and photographers' credits left between the paragraphs, a forwarded Google Alerts mail
with the text pasted above it, a relative time at the head (`3 hours ago`) with the absolute stamp only in a
sentence at the foot, a `lynx -dump` of the page with its numbered links and `References` list, a book review with
its star rating and the book's info box, a Hugo page's Markdown with TOML front matter (the page's date and author
beside a `[params.original]` table), a magazine's credits line (`Text: A · Fotos: P · Grafik: G`), an mbox file
with a quoted-printable body, a dateline giving the day without the year with the full day in the page's folio at
the foot, the JSON of Mozilla's Readability (`byline`, `siteName`, `publishedTime`), a front page's masthead with its
founding year and issue number above the edition line, a Discord channel exported by DiscordChatExporter, a
colleague's signed summary above the copied article; ten more are held-out.

The layouts are numbered from 255 to 280: 255 to 280 is the first range from 251 on that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (251 to 276 and 253 to 278 split 15/11,
252 to 277 14/12, 254 to 279 15/11; checked with `python3 -c` over the names `desk_s43_{i}`), so that sixteen fall
in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 40 without reading the reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py
or clipping_layouts_s25.py to _s42.py: nobody tunes on any of them when written; BLIND_S43's development members are
only scored (text_eval.py prints their misses with `--show-s43-development` alone). Scored untuned by stop 39's
final parser (c22f65a; title exact / authors F1 / date / source): development 0.648 / 0.705 / 0.717 / 0.573, 0
rejected (198 files stating no author given some); held-out 0.594 / 0.500 / 0.606 / 0.488, 67 rejected
(`Tests/eval/text_eval.py --binary B --data DIR`, run once). The development members were tuned on later in stop 40
(the tuner read the writer's one-line descriptions of the development members only).
"""
import datetime
import email.header
import hashlib
import html
import json
import quopri
import textwrap

from clipping_layouts import ABBR, AGENCY, BY, LAYOUTS, MONTHS, WEEKDAYS, byline, joined, long_date
from clipping_layouts_s28 import rfc_date
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import e_with, family_first
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import after, src_of
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import address, slug
from clipping_layouts_s42 import EN_WD, named, numeric, url_of, ymd


def clock12(h, m):
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def desk_clock(desk, h, m):
    return clock12(h, m) if desk == "en" else f"{h:02d}:{m:02d}"


def handle(name):
    return address(name).replace(".", "")


def epoch(iso, h, m, s=0):
    d = ymd(iso)
    return int(datetime.datetime(d.year, d.month, d.day, h, m, s, tzinfo=datetime.timezone.utc).timestamp())


def paragraphs_html(body):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)


# ---- development members of BLIND_S43 ----

TG_GROUP = {"en": "Press desk", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
            "it": "Rassegna stampa", "pt": "Revista de imprensa"}
TG_NOTE = {"en": "For the morning review:", "fr": "Pour la revue du matin :", "de": "Für den Morgenspiegel:",
           "es": "Para el resumen de la mañana:", "it": "Per la rassegna del mattino:",
           "pt": "Para a revista da manhã:"}


# A Telegram group's history exported by Telegram Desktop (`Export chat history`, machine-readable JSON): the
# `result.json` with the group's name, type and id, a service message (the group's creation), then the colleague's
# message whose `text` is Telegram's list of plain strings and entities (the headline as a `bold` entity, then
# `Publication · long date`, the byline, the paragraphs, the link as a `link` entity) with `text_entities` repeating
# it. The poster is no author, the message's `date` no date, Telegram no source.
def desk_s43_258(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 3)
    h, m, s = rng.randrange(7, 11), rng.randrange(60), rng.randrange(60)
    uid_p, uid_q = f"user{rng.randrange(10 ** 8, 10 ** 9)}", f"user{rng.randrange(10 ** 8, 10 ** 9)}"
    made = (ymd(day) - datetime.timedelta(days=rng.randrange(30, 400))).isoformat()
    mh, ms = rng.randrange(8, 18), rng.randrange(60)
    head = sep_join("\n", sep_join(" · ", src, dated(a, desk)), a["authors"] and byline(a["authors"], desk, rng))
    middle = "\n" + head + "\n\n" + "\n\n".join(a["body"]) + "\n\n"
    url = url_of(a, src)
    text = [{"type": "plain", "text": TG_NOTE[desk] + "\n"}, {"type": "bold", "text": a["title"]},
            {"type": "plain", "text": middle}, {"type": "link", "text": url}]
    message_text = [TG_NOTE[desk] + "\n", {"type": "bold", "text": a["title"]}, middle, {"type": "link", "text": url}]
    doc = {"name": TG_GROUP[desk], "type": "private_supergroup", "id": rng.randrange(10 ** 9, 10 ** 10),
           "messages": [
               {"id": 1, "type": "service", "date": f"{made}T{mh:02d}:{ms:02d}:00",
                "date_unixtime": str(epoch(made, mh - 1, ms)), "actor": q, "actor_id": uid_q, "action": "create_group",
                "title": TG_GROUP[desk], "members": [q, p], "text": "", "text_entities": []},
               {"id": rng.randrange(200, 900), "type": "message", "date": f"{day}T{h:02d}:{m:02d}:{s:02d}",
                "date_unixtime": str(epoch(day, h - 1, m, s)), "from": p, "from_id": uid_p, "text": message_text,
                "text_entities": text}]}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n", e_with(a, source=src)


FOLLOW = {"en": ("Follow", "Listen to this article · {n} min"), "fr": ("Suivre", "Écouter cet article · {n} min"),
          "de": ("Folgen", "Artikel anhören · {n} Min."), "es": ("Seguir", "Escuchar este artículo · {n} min"),
          "it": ("Segui", "Ascolta questo articolo · {n} min"), "pt": ("Seguir", "Ouvir este artigo · {n} min")}


# A news site's head copied with its byline set in capitals (as the site's CSS prints it, `BY PATTI DOMM`, `PAR
# HÉLÈNE ROUX`), the author's `Follow` button and social handle under it, the publication stamp (`Published March
# 3, 1987, 18:42`; whichever the article has), the audio player's line (`Listen to this article · 4 min`), the text.
# The author as the site prints it (the comparison ignores case); the handle and buttons are no part of the name.
def desk_s43_259(a, desk, rng):
    src = src_of(a, rng)
    follow, listen = FOLLOW[desk]
    parts = [src, "", a["title"], lead(a["body"][0]), ""]
    if a["authors"]:
        parts += [byline(a["authors"], desk, rng).upper(), follow, "@" + handle(a["authors"][0])]
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += [listen.format(n=max(1, word_count(a) // 200)), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TOOT = {"en": ("boosts", "favourites", "Text for the desk, from the site:"),
        "fr": ("partages", "favoris", "Le texte pour la revue, copié du site :"),
        "de": ("geteilt", "Favoriten", "Der Text für den Spiegel, von der Seite kopiert:"),
        "es": ("impulsos", "favoritos", "El texto para el resumen, copiado de la web:"),
        "it": ("condivisioni", "preferiti", "Il testo per la rassegna, copiato dal sito:"),
        "pt": ("partilhas", "favoritos", "O texto para a revista, copiado do site:")}


# A Mastodon thread copied from the web interface: the publication's account (its display name, `@handle@server`),
# its post (the headline, the first sentence, the link and the link card: the domain, the headline, the first
# sentence), the post's day and time with `Web` and the counts (`12 boosts · 30 favourites`), then a colleague's
# reply under it pasting the article (the byline and date line `By A · March 3, 1987`, whichever the article has;
# the paragraphs) with the reply's day. The posters are no authors, the posts' days no date; Mastodon no source.
def desk_s43_261(a, desk, rng):
    src = src_of(a, rng)
    boosts, favs, paste = TOOT[desk]
    p = crew(a, rng, 1)[0]
    posted = ymd(later_day(a, rng, 1, 2))
    h, m = rng.randrange(7, 20), rng.randrange(60)
    stamp = f"{ABBR['en'].split()[posted.month - 1]} {posted.day}, {posted.year}, {h:02d}:{m:02d}"
    url = url_of(a, src)
    acct = site(src).split(".")[0]
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    parts = [src, f"@{acct}@mastodon.social", "", a["title"], "", lead(a["body"][0]), "", url, "", site(src),
             a["title"], lead(a["body"][0]), "", f"{stamp} · Web", f"{rng.randrange(2, 60)} {boosts} · "
                                                                 f"{rng.randrange(5, 200)} {favs}", "", p,
             f"@{handle(p)}@mastodon.social", "", f"@{acct} {paste}", ""]
    parts += [meta, ""] if meta else []
    parts += ["\n\n".join(a["body"]), "", f"{stamp[:-5]}{(h + 1) % 24:02d}:{m:02d} · Web"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CAPTIONS = {"en": ["The company's headquarters, seen from the river.", "Traders at work on the exchange floor."],
            "fr": ["Le siège de l'entreprise, vu depuis le fleuve.", "Des opérateurs sur le parquet de la Bourse."],
            "de": ["Der Hauptsitz des Unternehmens, vom Fluss aus gesehen.", "Händler auf dem Parkett der Börse."],
            "es": ["La sede de la empresa, vista desde el río.", "Operadores en el parqué de la Bolsa."],
            "it": ["La sede dell'azienda vista dal fiume.", "Operatori al lavoro sul parterre della Borsa."],
            "pt": ["A sede da empresa, vista do rio.", "Operadores no recinto da Bolsa."]}
PHOTO = {"en": "Photo:", "fr": "Photo :", "de": "Foto:", "es": "Foto:", "it": "Foto:", "pt": "Foto:"}


# A web page copied whole with its pictures' captions and credits left between the paragraphs: the publication, the
# headline, the standfirst, the byline and the date line (whichever the article has), the first paragraph, a caption
# with its credit (`Traders at work on the exchange floor. Photo: Carmen Ortiz / AFP`), the next paragraphs, and for
# longer pieces a second picture's credit alone (`Carmen Ortiz / AFP`). The photographer is no author, the agency
# no source.
def desk_s43_262(a, desk, rng):
    src = src_of(a, rng)
    shooter = crew(a, rng, 1)[0]
    agency = AGENCY[desk]
    first, second = CAPTIONS[desk]
    body = [a["body"][0], f"{first} {PHOTO[desk]} {shooter} / {agency}"] + a["body"][1:]
    if len(a["body"]) > 2:
        body.insert(4, f"{second} ({shooter}/{agency})" if rng.random() < 0.5 else f"{shooter} / {agency}")
    parts = [src, "", a["title"], lead(a["body"][0]), ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk, weekday=rng.random() < 0.5)] if a["date"] else []
    parts += ["", "\n\n".join(body)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ALERT_NOTE = {"en": "This came in with this morning's alert; I pasted the full text from the site below.",
              "fr": "Reçu avec l'alerte de ce matin ; j'ai collé le texte complet du site ci-dessous.",
              "de": "Kam mit dem Alert heute früh; den vollen Text von der Seite habe ich unten eingefügt.",
              "es": "Llegó con la alerta de esta mañana; pego abajo el texto completo de la web.",
              "it": "Arrivato con l'alert di stamattina; incollo sotto il testo completo dal sito.",
              "pt": "Chegou com o alerta desta manhã; colei abaixo o texto completo do site."}
FWD = {"en": ("---------- Forwarded message ---------", "From:", "Date:", "Subject:", "To:"),
       "fr": ("---------- Forwarded message ---------", "De :", "Date :", "Subject:", "To:"),
       "de": ("---------- Forwarded message ---------", "Von:", "Date:", "Subject:", "To:"),
       "es": ("---------- Forwarded message ---------", "De:", "Date:", "Subject:", "To:"),
       "it": ("---------- Forwarded message ---------", "Da:", "Date:", "Subject:", "To:"),
       "pt": ("---------- Forwarded message ---------", "De:", "Date:", "Subject:", "To:")}


# A Google Alerts mail forwarded by a colleague (Gmail's forward, its banner in English as Gmail writes it) with her
# note and the article's text pasted above the forwarded block (the headline, the byline, `Publication, long date`;
# whichever the article has; the paragraphs, her signature), then the alert: `Google Alerts`, the query, `Daily
# update ⋅ <day>`, `NEWS`, the result (the headline, the publication, the snippet), the alert's footer. The colleague
# and Google are no authors; the alert's and mail's days no date; Google Alerts no source.
def desk_s43_263(a, desk, rng):
    src = src_of(a, rng)
    banner, frm, date, subj, to = FWD[desk]
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 0, 1) if a["date"] else later_day(a, rng)
    words = sorted((w.strip(",.:;\"'<>()") for w in a["title"].split()), key=len, reverse=True)
    query = words[0] if words and words[0] else src
    pasted = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    pasted += [sep_join(", ", src, dated(a, desk)), "", "\n\n".join(a["body"])]
    d = ymd(day)
    parts = [ALERT_NOTE[desk], "", "\n".join(pasted), "", "--", p, "", banner,
             f"{frm} Google Alerts <googlealerts-noreply@google.com>", f"{date} {rfc_date(day, rng)}",
             f"{subj} Google Alert - {query}", f"{to} <{address(p)}@example.org>", "", "Google Alerts", "", query,
             f"Daily update ⋅ {MONTHS['en'].split()[d.month - 1]} {d.day}, {d.year}", "", "NEWS", "",
             a["title"], src, lead(a["body"][0])[:160] + " ...", "", "Flag as irrelevant", "",
             "See more results | Edit this alert", "",
             "You have received this email because you have subscribed to Google Alerts.", "Unsubscribe", "",
             "Receive this alert as RSS feed", "", "Send Feedback"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


AGO = {"en": "{n} hours ago", "fr": "il y a {n} heures", "de": "vor {n} Stunden", "es": "hace {n} horas",
       "it": "{n} ore fa", "pt": "há {n} horas"}
FOOT = {"en": "This article was published on {d} at {t}.", "fr": "Cet article a été publié le {d} à {t}.",
        "de": "Dieser Artikel wurde am {d} um {t} veröffentlicht.", "es": "Este artículo se publicó el {d} a las {t}.",
        "it": "Questo articolo è stato pubblicato il {d} alle {t}.", "pt": "Este artigo foi publicado a {d} às {t}."}


# A page copied from a site that gives a relative time at the head (`By A · 3 hours ago`, `il y a 3 heures`, `vor 3
# Stunden`; the relative time alone when unsigned) and the absolute stamp only in a sentence at the foot (`This
# article was published on 03/03/1987 at 18:42.`, the desk's numeric date) above the copyright line. The relative
# time tells nothing without the day the page was copied; the foot's day is the date; an undated article has
# neither.
def desk_s43_264(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", a["title"], lead(a["body"][0]), ""]
    ago = AGO[desk].format(n=rng.randrange(2, 12)) if a["date"] else ""
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), ago)
    parts += [meta, ""] if meta else []
    parts += ["\n\n".join(a["body"])]
    if a["date"]:
        h, m = rng.randrange(6, 23), rng.randrange(60)
        parts += ["", FOOT[desk].format(d=numeric(a["date"], desk), t=desk_clock(desk, h, m))]
    year = a["date"][:4] if a["date"] else str(rng.randrange(2019, 2027))
    parts += ["", f"© {year} {src}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


LYNX = {"en": ("Skip to content", "Home", "Economy", "Share", "Print"),
        "fr": ("Aller au contenu", "Accueil", "Économie", "Partager", "Imprimer"),
        "de": ("Zum Inhalt springen", "Startseite", "Wirtschaft", "Teilen", "Drucken"),
        "es": ("Saltar al contenido", "Portada", "Economía", "Compartir", "Imprimir"),
        "it": ("Vai al contenuto", "Home", "Economia", "Condividi", "Stampa"),
        "pt": ("Saltar para o conteúdo", "Início", "Economia", "Partilhar", "Imprimir")}


# A page dumped by a text browser (`lynx -dump URL > file`): the numbered links in brackets (`[1]Skip to content`,
# `[2]Publication`, the menu), the headline indented, the standfirst, `By [6]A` (the author's name a link) and the date
# (whichever the article has), the paragraphs wrapped at 76 columns and indented three spaces, the share links, then
# lynx's `References` list of the numbered URLs. The numbers and URLs are no part of the fields.
def desk_s43_266(a, desk, rng):
    src = src_of(a, rng)
    skip, home, section, share, prnt = LYNX[desk]
    base = f"https://www.{site(src)}"
    refs = [f"{base}/#content", f"{base}/", f"{base}/", f"{base}/{slug(section)}/"]
    lines = [f"   [1]{skip}", f"   [2]{src}", f"   [3]{home} [4]{section}", ""]
    lines += textwrap.wrap(a["title"], 70, initial_indent=" " * max(3, (76 - len(a["title"])) // 2),
                           subsequent_indent="   ")
    lines += [""] + textwrap.wrap(lead(a["body"][0]), 76, initial_indent="   ", subsequent_indent="   ") + [""]
    n = 5
    if a["authors"]:
        by, conj = BY[desk]
        linked = [f"[{n + i}]{name}" for i, name in enumerate(a["authors"])]
        refs += [f"{base}/authors/{slug(name)}/" for name in a["authors"]]
        n += len(a["authors"])
        lines += ["   " + by + " " + (f" {conj} ").join(linked)]
    lines += ["   " + long_date(a["date"], desk)] if a["date"] else []
    for p in a["body"]:
        lines += [""] + textwrap.wrap(p, 76, initial_indent="   ", subsequent_indent="   ")
    lines += ["", f"   [{n}]{share} [{n + 1}]{prnt}", "", "References", ""]
    refs += [f"https://www.facebook.com/sharer/sharer.php?u={url_of(a, src)}", f"{url_of(a, src)}?print=1"]
    lines += [f"   {i}. {r}" for i, r in enumerate(refs, 1)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


REVIEW = {  # kicker, the book line (`{b}` book, `{w}` writer, `{y}` year), price
    "en": ("BOOKS", "“{b}” by {w}. Northfield Press, {y}. 320 pages, £20."),
    "fr": ("LIVRES", "« {b} », de {w}. Éditions du Port, {y}, 320 pages, 22 €."),
    "de": ("SACHBUCH", "{w}: „{b}“. Hafen Verlag, Hamburg {y}. 320 Seiten, 24 Euro."),
    "es": ("LIBROS", "«{b}», de {w}. Editorial Puerto, {y}. 320 páginas, 21 euros."),
    "it": ("LIBRI", "«{b}» di {w}. Edizioni del Porto, {y}. 320 pagine, 20 euro."),
    "pt": ("LIVROS", "«{b}», de {w}. Edições do Porto, {y}. 320 páginas, 19 euros."),
}


# A book review copied from a paper's culture pages: the kicker (`BOOKS`), the headline, the reviewer's byline and the
# date (whichever the article has), a star rating, the text, then the info box naming the book, its writer, publisher,
# year, pages and price. The book's writer is no author; the book's year no date.
def desk_s43_268(a, desk, rng):
    src = src_of(a, rng)
    kicker, line = REVIEW[desk]
    writer = crew(a, rng, 1)[0]
    book = other_titles(desk, rng, 1)[0]
    year = int(a["date"][:4]) - rng.randrange(0, 2) if a["date"] else rng.randrange(1980, 2026)
    stars = rng.randrange(2, 6)
    parts = [src, kicker, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "★" * stars + "☆" * (5 - stars), "", "\n\n".join(a["body"]), "",
              line.format(b=book, w=writer, y=year)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def toml_str(text):
    return json.dumps(text, ensure_ascii=False)


# A page of the desk's internal press-review site built with Hugo, sent as its Markdown source: TOML front matter
# between `+++` lines (`title` the headline, `date` the day the page was posted, `author` the colleague who posted
# it, `draft`, `tags`, and a `[params.original]` table with the article's `publication`, `authors`, `published` day
# (left out when undated) and `url`), then the text. The page's date and author are the site's, not the article's;
# Hugo no source.
def desk_s43_269(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 4)
    fm = ["+++", f"title = {toml_str(a['title'])}", f"date = {day}T{rng.randrange(7, 12):02d}:{rng.randrange(60):02d}"
                                                   f":00+01:00", f"author = {toml_str(p)}", "draft = false",
          'tags = ["press-review", "economy"]', "", "[params.original]", f"  publication = {toml_str(src)}"]
    fm += [f"  authors = [{', '.join(toml_str(n) for n in a['authors'])}]"] if a["authors"] else []
    fm += [f"  published = {a['date']}"] if a["date"] else []
    fm += [f"  url = {toml_str(url_of(a, src))}", "+++"]
    return "\n".join(fm + ["", "\n\n".join(a["body"])]) + "\n", e_with(a, source=src)


CREDITS = {  # text, photos, graphics
    "en": ("Words: {a}", "Photos: {p}", "Graphics: {g}"), "fr": ("Texte : {a}", "Photos : {p}", "Infographie : {g}"),
    "de": ("Text: {a}", "Fotos: {p}", "Grafik: {g}"), "es": ("Texto: {a}", "Fotos: {p}", "Infografía: {g}"),
    "it": ("Testo di {a}", "Foto di {p}", "Grafica di {g}"), "pt": ("Texto: {a}", "Fotografia: {p}", "Infografia: {g}")}


# A long-read copied from a paper's magazine pages, whose head credits the team on one line (`Text: A · Fotos: P ·
# Grafik: G`, `Texte : A · Photos : P · Infographie : G`; without the text credit when unsigned), under the headline
# and standfirst, the date on its own line (whichever the article has), then the text. The photographer and graphics
# artist are no authors.
def desk_s43_272(a, desk, rng):
    src = src_of(a, rng)
    words, photos, graphics = CREDITS[desk]
    p, g = crew(a, rng, 2)
    credit = ([words.format(a=named(a["authors"], desk))] if a["authors"] else []) + [photos.format(p=p),
                                                                                       graphics.format(g=g)]
    parts = [src, "", a["title"], lead(a["body"][0]), "", " · ".join(credit)]
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MBOX_NOTE = {"en": "Article for the review, text below.", "fr": "Article pour la revue, texte ci-dessous.",
             "de": "Artikel für den Spiegel, Text unten.", "es": "Artículo para el resumen, texto abajo.",
             "it": "Articolo per la rassegna, testo sotto.", "pt": "Artigo para a revista, texto abaixo."}


# A mail saved from the desk's mailbox as an mbox file: the `From ` separator line, the headers (`From` a colleague,
# `Date` a later day, the `Subject` the headline (an RFC 2047 encoded word when not ASCII), `Content-Transfer-Encoding:
# quoted-printable`), then the body in quoted-printable (soft line breaks `=`, accented letters as `=C3=A9`): the
# colleague's note, the headline, `Publication, long date`, the byline, the paragraphs. The sender is no author; the
# mail's day no date.
def desk_s43_273(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 3)
    d = ymd(day)
    body = [MBOX_NOTE[desk], "", a["title"], sep_join(", ", src, dated(a, desk))]
    body += [byline(a["authors"], desk, rng)] if a["authors"] else []
    body += ["", "\n\n".join(a["body"]), "", "--", p, ""]
    qp = quopri.encodestring("\n".join(body).encode("utf-8")).decode("ascii")
    subject = a["title"] if a["title"].isascii() else email.header.Header(a["title"], "utf-8").encode(maxlinelen=76)
    head = [f"From {address(p)}@example.org {EN_WD[d.weekday()]} {ABBR['en'].split()[d.month - 1]} {d.day:2d} "
            f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} {d.year}",
            f"Return-Path: <{address(p)}@example.org>", f"From: {p} <{address(p)}@example.org>",
            "To: press-desk@example.org", f"Subject: {subject}", f"Date: {rfc_date(day, rng)}",
            f"Message-ID: <{hashlib.md5((a['key'] + 's43').encode()).hexdigest()[:20]}@example.org>",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable", "Status: RO", ""]
    return "\n".join(head) + "\n" + qp + "\n", e_with(a, source=src)


CITIES = {"en": "BRUSSELS", "fr": "BRUXELLES", "de": "BRÜSSEL", "es": "BRUSELAS", "it": "BRUXELLES", "pt": "BRUXELAS"}
PAGE = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}


def day_month(iso, desk):
    """The dateline's day without the year (`March 3`, `3 mars`, `3. März`)."""
    d = ymd(iso)
    month = MONTHS[desk].split()[d.month - 1]
    return {"en": f"{month} {d.day}", "de": f"{d.day}. {month}", "es": f"{d.day} de {month}",
            "pt": f"{d.day} de {month}"}.get(desk, f"{d.day} {month}")


# A print page's article copied from the paper's PDF edition: the headline, the byline (whichever the article has),
# the text opening on a dateline giving the place and the day without the year (`BRUSSELS, March 3 – …`; the place
# alone when undated), and the page's folio at the foot carrying the publication and the full day (`Publication —
# Tuesday, March 3, 1987 — Page 12`; without the day when undated). The dateline's day and the folio's agree.
def desk_s43_274(a, desk, rng):
    src = src_of(a, rng)
    city = CITIES[desk]
    opening = f"{city}, {day_month(a['date'], desk)} – " if a["date"] else f"{city} – "
    body = [opening + a["body"][0]] + a["body"][1:]
    folio = sep_join(" — ", src, a["date"] and long_date(a["date"], desk, weekday=True),
                     f"{PAGE[desk]} {rng.randrange(2, 30)}")
    parts = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(body), "", folio]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The JSON a colleague's script printed after running Mozilla's Readability on the page (`readability-cli --json` or
# a Node script calling `new Readability(doc).parse()`): `title`, `byline` as the page gave it (`By A`, or null),
# `dir`, `lang`, `content` (the article's HTML), `textContent`, `length`, `excerpt`, `siteName` (the publication),
# `publishedTime` (ISO with a time and offset, or null). Readability no source.
def desk_s43_275(a, desk, rng):
    src = src_of(a, rng)
    h, m = rng.randrange(6, 23), rng.randrange(60)
    text = "\n\n".join(a["body"])
    doc = {"title": a["title"], "byline": byline(a["authors"], desk, rng) if a["authors"] else None, "dir": None,
           "lang": a["lang"],
           "content": f'<div id="readability-page-1" class="page"><div>{paragraphs_html(a["body"])}</div></div>',
           "textContent": text, "length": len(text), "excerpt": lead(a["body"][0]), "siteName": src,
           "publishedTime": f"{a['date']}T{h:02d}:{m:02d}:00+01:00" if a["date"] else None}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


MASTHEAD = {  # founded, edition (`{d}` the long date with the weekday), number
    "en": ("Founded in {y}", "Edition of {d}", "No. {n}"), "fr": ("Fondé en {y}", "Édition du {d}", "N° {n}"),
    "de": ("Gegründet {y}", "Ausgabe vom {d}", "Nr. {n}"), "es": ("Fundado en {y}", "Edición del {d}", "N.º {n}"),
    "it": ("Fondato nel {y}", "Edizione del {d}", "N. {n}"), "pt": ("Fundado em {y}", "Edição de {d}", "N.º {n}")}


# A paper's front page copied as text: the masthead in capitals with its motto line (`Founded in 1826 · No. 12,345`)
# and the edition line (`Edition of Tuesday, March 3, 1987`; none when undated), the headline, the byline (whichever
# the article has), the text. The founding year and the issue number are no date.
def desk_s43_276(a, desk, rng):
    src = src_of(a, rng)
    founded, edition, number = MASTHEAD[desk]
    motto = f"{founded.format(y=rng.randrange(1826, 1960))} · {number.format(n=rng.randrange(3000, 40000))}"
    top = [src.upper(), motto]
    top += [edition.format(d=long_date(a["date"], desk, weekday=True))] if a["date"] else []
    parts = top + ["", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DISCORD = {"en": ("Clippings for the morning review", "Anyone have the text? It's paywalled.", "here:"),
           "fr": ("Coupures pour la revue du matin", "Quelqu'un a le texte ? C'est payant.", "voilà :"),
           "de": ("Ausschnitte für den Morgenspiegel", "Hat jemand den Text? Paywall.", "hier:"),
           "es": ("Recortes para el resumen de la mañana", "¿Alguien tiene el texto? Es de pago.", "aquí:"),
           "it": ("Ritagli per la rassegna del mattino", "Qualcuno ha il testo? È a pagamento.", "eccolo:"),
           "pt": ("Recortes para a revista da manhã", "Alguém tem o texto? Está fechado.", "aqui:")}


def discord_stamp(iso, h, m):
    d = ymd(iso)
    return f"[{d.day:02d}-{ABBR['en'].split()[d.month - 1]}-{d.year % 100:02d} {clock12(h, m).rjust(8, '0')}]"


# A Discord channel exported by DiscordChatExporter as plain text: the `====` header with the server (`Guild:`), the
# channel and its topic, then the messages (`[05-Mar-26 09:12 AM] user.name`, the content): a colleague posts the link
# with Discord's embed (`{Embed}`, the site's name, the headline, the link, the first sentence), a second asks for the
# text, the first pastes it (the headline, the byline, `Publication, long date`; whichever the article has; the
# paragraphs); the footer `Exported 3 message(s)`. The posters are no authors, their days no date; Discord no source.
def desk_s43_278(a, desk, rng):
    src = src_of(a, rng)
    topic, ask, here = DISCORD[desk]
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 3)
    h, m = rng.randrange(7, 10), rng.randrange(50)
    bar = "=" * 62
    pasted = [here, a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    pasted += [sep_join(", ", src, dated(a, desk)), "", "\n\n".join(a["body"])]
    parts = [bar, "Guild: Newsroom", "Channel: Text Channels / press-review", f"Topic: {topic}", bar, "",
             f"{discord_stamp(day, h, m)} {address(p)}", url_of(a, src), "{Embed}", src, a["title"], url_of(a, src),
             lead(a["body"][0]), "", f"{discord_stamp(day, h, m + 3)} {address(q)}", ask, "",
             f"{discord_stamp(day, h, m + 7)} {address(p)}"] + pasted
    parts += ["", "", bar, "Exported 3 message(s)", bar]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SUMMARY = {  # label, relevance
    "en": ("Summary ({p}):", "Relevance: high"), "fr": ("Résumé ({p}) :", "Pertinence : élevée"),
    "de": ("Zusammenfassung ({p}):", "Relevanz: hoch"), "es": ("Resumen ({p}):", "Relevancia: alta"),
    "it": ("Sintesi ({p}):", "Rilevanza: alta"), "pt": ("Resumo ({p}):", "Relevância: alta")}


# A clipping the desk prepares for its director: a colleague's one-sentence summary on top, signed with her name in
# brackets (`Summary (Hélène Roux): …`, `Résumé (…) :`, `Zusammenfassung (…):`), a relevance line, a rule, then the
# article as copied (the headline, `Publication, long date`, the byline; whichever the article has; the text). The
# summariser is no author.
def desk_s43_280(a, desk, rng):
    src = src_of(a, rng)
    label, relevance = SUMMARY[desk]
    p = crew(a, rng, 1)[0]
    parts = [f"{label.format(p=p)} {lead(a['body'][0])}", relevance, "", "-" * 40, "", a["title"],
             sep_join(", ", src, dated(a, desk))]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s43_")}


# ---- held-out members of BLIND_S43 below: whoever tunes the reader never reads past this line ----

# A Telegram group's history exported by Telegram Desktop in its default HTML form (`messages.html`): the export's page
# head (`Exported Data`), the group's name in the page header, the day divider as a service message (`5 March 2026`),
# then the colleague's message block (`from_name`, the time with its full stamp in the `title` attribute) whose
# `text` div holds the note, the headline in `<strong>`, `Publication · long date`, the byline and the paragraphs
# separated by `<br>`, and the link. The poster is no author, the export's days no date, Telegram no source.
def desk_s43_255(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    day = ymd(later_day(a, rng, 1, 3))
    h, m, s = rng.randrange(7, 11), rng.randrange(60), rng.randrange(60)
    e = lambda t: html.escape(t, quote=False)  # noqa: E731
    url = url_of(a, src)
    text = [e(TG_NOTE[desk]), f"<strong>{e(a['title'])}</strong>", e(sep_join(" · ", src, dated(a, desk)))]
    text += [e(byline(a["authors"], desk, rng))] if a["authors"] else []
    text = "<br>".join(text) + "<br><br>" + "<br><br>".join(e(x) for x in a["body"]) + \
        f'<br><br><a href="{url}">{url}</a>'
    initials = "".join(w[0] for w in p.split())[:2]
    n = rng.randrange(300, 9000)
    lines = ["<!DOCTYPE html>", "<html>", "", " <head>", "", '  <meta charset="utf-8"/>',
             "<title>Exported Data</title>",
             '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>',
             '  <link href="css/style.css" rel="stylesheet"/>',
             '  <script src="js/script.js" type="text/javascript"></script>', " </head>", "",
             ' <body onload="CheckLocation();">', "", '  <div class="page_wrap">', "",
             '   <div class="page_header">', "", '    <div class="content">', "", '     <div class="text bold">',
             html.escape(TG_GROUP[desk]), "     </div>", "", "    </div>", "", "   </div>", "",
             '   <div class="page_body chat_page">', "", '    <div class="history">',
             "", f'     <div class="message service" id="message-{rng.randrange(1, 9)}">', "",
             '      <div class="body details">', f"{day.day} {MONTHS['en'].split()[day.month - 1]} {day.year}",
             "      </div>", "", "     </div>", "", f'     <div class="message default clearfix" id="message{n}">', "",
             '      <div class="pull_left userpic_wrap">', "",
             '       <div class="userpic userpic3" style="width: 42px; height: 42px">', "",
             '        <div class="initials" style="line-height: 42px">', initials, "        </div>", "",
             "       </div>",
             "", "      </div>", "", '      <div class="body">', "",
             f'       <div class="pull_right date details" title="{day.day:02d}.{day.month:02d}.{day.year} '
             f'{h:02d}:{m:02d}:{s:02d} UTC+01:00">', f"{h:02d}:{m:02d}", "       </div>", "",
             '       <div class="from_name">', html.escape(p), "       </div>", "", '       <div class="text">', text,
             "       </div>", "", "      </div>", "", "     </div>", "", "    </div>", "", "   </div>", "", "  </div>",
             "", " </body>", "", "</html>"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


OUTLOOK = {  # from, sent, to, subject, importance, high, forward prefix, note
    "en": ("From:", "Sent:", "To:", "Subject:", "Importance:", "High", "FW:", "From their newsletter this morning."),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Importance :", "Haute", "TR :", "Reçu dans leur lettre ce matin."),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Wichtigkeit:", "Hoch", "WG:", "Kam heute früh im Newsletter."),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "Importancia:", "Alta", "RV:", "Llegó esta mañana en su boletín."),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Priorità:", "Alta", "I:", "Arrivato stamattina nella newsletter."),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:", "Importância:", "Alta", "ENC:", "Chegou esta manhã na newsletter."),
}


def outlook_sent(iso, desk, rng):
    h, m = rng.randrange(6, 20), rng.randrange(60)
    return f"{long_date(iso, desk, weekday=True)} {desk_clock(desk, h, m)}"


# A mail saved by Outlook as text (`File > Save As`, `Text Only (*.txt)`): the colleague's headers with tabs (`From:`,
# `Sent:`, `To:`, `Subject:\tFW: Headline`, `Importance:\tHigh`; in the desk's Outlook language: `De :`, `Envoyé :`,
# `Objet :\tTR : …`, `Von:`, `Gesendet:`, `Betreff:\tWG: …`), her note, then the forwarded newsletter mail of the
# publication (`From: Publication <newsletter@…>`, its sent day, `Subject: Headline`) whose body is the headline, the
# byline, the date (whichever the article has) and the text. The senders are no authors, the mails' days no date;
# the prefixes no part of the title.
def desk_s43_256(a, desk, rng):
    src = src_of(a, rng)
    frm, sent, to, subj, imp, high, fw, note = OUTLOOK[desk]
    p = crew(a, rng, 1)[0]
    newsletter_day = later_day(a, rng, 0, 1) if a["date"] else later_day(a, rng)
    forwarded = after(newsletter_day, rng, 0, 2)
    head = [f"{frm}\t{p}", f"{sent}\t{outlook_sent(forwarded, desk, rng)}", f"{to}\t{TG_GROUP[desk]}",
            f"{subj}\t{fw} {a['title']}", f"{imp}\t{high}", "", note, "", " ", "",
            f"{frm} {src} <newsletter@{site(src)}> ", f"{sent} {outlook_sent(newsletter_day, desk, rng)}",
            f"{to} {p} <{address(p)}@example.org>", f"{subj} {a['title']}", "", a["title"]]
    head += [byline(a["authors"], desk, rng)] if a["authors"] else []
    head += [long_date(a["date"], desk)] if a["date"] else []
    head += ["", "\n\n".join(a["body"]), "", f"{src} | {site(src)}"]
    return "\r\n".join("\r\n".join(head).split("\n")) + "\r\n", e_with(a, source=src)


# A read-later server's export (wallabag, `Export` as JSON) of one saved entry: `is_archived`, `is_starred`, `tags`,
# `id`, `title` as the page's own title (`Headline | Publication`), `url`, `content` (the article's HTML),
# `created_at` and `updated_at` (the day it was saved), `published_at` (the article's, or null), `published_by` (the
# authors as a list, or null), `annotations`, `mimetype`, `language`, `reading_time`, `domain_name`. The title is the
# headline without the ` | Publication`; the save days no date; wallabag no source.
def desk_s43_257(a, desk, rng):
    src = src_of(a, rng)
    saved = later_day(a, rng, 1, 60)
    h, m, s = rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)
    ph, pm = rng.randrange(6, 23), rng.randrange(60)
    doc = [{"is_archived": rng.randrange(2), "is_starred": 0, "user_name": "desk", "user_email": "desk@example.org",
            "user_id": 1, "tags": [], "is_public": False, "id": rng.randrange(100, 5000), "uid": None,
            "title": f"{a['title']} | {src}", "url": url_of(a, src), "given_url": url_of(a, src),
            "content": paragraphs_html(a["body"]), "created_at": f"{saved}T{h:02d}:{m:02d}:{s:02d}+0100",
            "updated_at": f"{saved}T{h:02d}:{m:02d}:{s:02d}+0100",
            "published_at": f"{a['date']}T{ph:02d}:{pm:02d}:00+0100" if a["date"] else None,
            "published_by": list(a["authors"]) or None, "starred_at": None, "annotations": [],
            "mimetype": "text/html; charset=utf-8", "language": a["lang"],
            "reading_time": max(1, word_count(a) // 200), "domain_name": f"www.{site(src)}",
            "preview_picture": f"https://www.{site(src)}/img/{slug(a['title'], 3)}.jpg", "http_status": "200",
            "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx"}}]
    return json.dumps(doc, ensure_ascii=False, indent=4) + "\n", e_with(a, source=src)


COMMENTS = {  # heading, two comments, reply, published on (`{d}` long date, `{t}` time)
    "en": ("{n} comments", ["Good piece, thanks.", "The figures in the third paragraph look wrong to me."], "Reply",
           "{d} at {t}"),
    "fr": ("{n} commentaires", ["Bon article, merci.", "Les chiffres du troisième paragraphe me semblent faux."],
           "Répondre", "le {d} à {t}"),
    "de": ("{n} Kommentare", ["Guter Artikel, danke.", "Die Zahlen im dritten Absatz stimmen doch nicht."],
           "Antworten", "am {d} um {t}"),
    "es": ("{n} comentarios", ["Buen artículo, gracias.", "Las cifras del tercer párrafo me parecen erróneas."],
           "Responder", "el {d} a las {t}"),
    "it": ("{n} commenti", ["Bell'articolo, grazie.", "Le cifre del terzo paragrafo mi sembrano sbagliate."],
           "Rispondi", "il {d} alle {t}"),
    "pt": ("{n} comentários", ["Bom artigo, obrigado.", "Os números do terceiro parágrafo parecem-me errados."],
           "Responder", "a {d} às {t}"),
}


# A news page copied down to its readers' comments: the publication, the headline, the byline and the publication
# stamp (whichever the article has), the text, then the comments' heading (`12 comments`) and two comments, each with
# the commenter's name, its own day and time (`March 4, 1987 at 09:12`, later than the article's) and `Reply`. The
# commenters are no authors, the comments' days no date.
def desk_s43_260(a, desk, rng):
    src = src_of(a, rng)
    heading, texts, reply, when = COMMENTS[desk]
    parts = [src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", heading.format(n=rng.randrange(2, 40)), ""]
    for name, text in zip(crew(a, rng, 2), texts):
        day = later_day(a, rng, 0, 3)
        t = desk_clock(desk, rng.randrange(7, 23), rng.randrange(60))
        parts += [name, when.format(d=long_date(day, desk), t=t), text, reply, ""]
    return "\n".join(parts), e_with(a, source=src)


AUDIO = {  # intro (`{s}`), written by (`{a}`), published on (`{d}`), outro
    "en": ("You are listening to an article from {s}.", "Written by {a}.", "Published on {d}.",
           "This audio was generated automatically."),
    "fr": ("Vous écoutez un article de {s}.", "Écrit par {a}.", "Publié le {d}.",
           "Cette version audio a été générée automatiquement."),
    "de": ("Sie hören einen Artikel von {s}.", "Geschrieben von {a}.", "Veröffentlicht am {d}.",
           "Diese Audioversion wurde automatisch erzeugt."),
    "es": ("Está escuchando un artículo de {s}.", "Escrito por {a}.", "Publicado el {d}.",
           "Este audio se ha generado automáticamente."),
    "it": ("State ascoltando un articolo di {s}.", "Scritto da {a}.", "Pubblicato il {d}.",
           "Questo audio è stato generato automaticamente."),
    "pt": ("Está a ouvir um artigo de {s}.", "Escrito por {a}.", "Publicado a {d}.",
           "Este áudio foi gerado automaticamente."),
}


def srt_time(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


# The subtitles file (.srt) of the audio version a news site offers with its articles (`Listen to this article`),
# downloaded with the player's captions: numbered cues with their time ranges, the first announcing the publication
# (`You are listening to an article from Publication.`), then the headline, `Written by A.` and `Published on March
# 3, 1987.` (whichever the article has), the text in cues of a dozen words, the closing cue about the generated audio.
def desk_s43_265(a, desk, rng):
    src = src_of(a, rng)
    intro, written, published, outro = AUDIO[desk]
    cues = [intro.format(s=src), a["title"]]
    cues += [written.format(a=named(a["authors"], desk))] if a["authors"] else []
    cues += [published.format(d=long_date(a["date"], desk))] if a["date"] else []
    for p in a["body"]:
        words = p.split()
        cues += [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    cues += [outro]
    out, t = [], 0
    for i, cue in enumerate(cues, 1):
        span = 600 + 320 * len(cue.split()) + rng.randrange(200)
        out += [str(i), f"{srt_time(t)} --> {srt_time(t + span)}", "\n".join(textwrap.wrap(cue, 42)), ""]
        t += span + rng.randrange(40, 200)
    return "\n".join(out), e_with(a, source=src)


BSKY = {"en": ("reposts", "quotes", "likes", "Full text, copied from the site:"),
        "fr": ("republications", "citations", "j'aime", "Le texte complet, copié du site :"),
        "de": ("Reposts", "Zitate", "Likes", "Der ganze Text, von der Seite kopiert:"),
        "es": ("republicaciones", "citas", "me gusta", "El texto completo, copiado de la web:"),
        "it": ("repost", "citazioni", "mi piace", "Il testo completo, copiato dal sito:"),
        "pt": ("republicações", "citações", "gostos", "O texto completo, copiado do site:")}


# A Bluesky post of the publication's account copied from the web app with the thread under it: the account's name
# and handle (`@publication.bsky.social`), the post (the headline and the link), the link card (the domain, the
# headline, the first sentence), the post's day and time (`March 5, 2026 at 9:12 AM`), the counts, then a colleague's
# reply pasting the article (the byline and the date, whichever the article has; the text). The posters are no
# authors, the posts' days no date; Bluesky no source.
def desk_s43_267(a, desk, rng):
    src = src_of(a, rng)
    reposts, quotes_, likes, paste = BSKY[desk]
    p = crew(a, rng, 1)[0]
    posted = ymd(later_day(a, rng, 1, 2))
    stamp = f"{MONTHS['en'].split()[posted.month - 1]} {posted.day}, {posted.year} at " \
            f"{clock12(rng.randrange(7, 20), rng.randrange(60))}"
    acct = site(src).split(".")[0]
    parts = [src, f"@{acct}.bsky.social", "", a["title"], "", url_of(a, src)[8:40] + "…", "", f"www.{site(src)}",
             a["title"], lead(a["body"][0]), "", stamp, "",
             f"{rng.randrange(2, 90)} {reposts}  {rng.randrange(0, 9)} {quotes_}  {rng.randrange(5, 300)} {likes}", "",
             p, f"@{handle(p)}.bsky.social", "", paste, ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CORRESPONDENT = {
    "en": ("From our correspondent in Brussels, {a}", "From our correspondent in Brussels"),
    "fr": ("De notre correspondant à Bruxelles, {a}", "De notre correspondant à Bruxelles"),
    "de": ("Von unserem Korrespondenten {a}, Brüssel", "Von unserem Korrespondenten in Brüssel"),
    "es": ("De nuestro corresponsal en Bruselas, {a}", "De nuestro corresponsal en Bruselas"),
    "it": ("Dal nostro inviato a Bruxelles {a}", "Dal nostro inviato a Bruxelles"),
    "pt": ("Do nosso correspondente em Bruxelas, {a}", "Do nosso correspondente em Bruxelas"),
}


# A correspondent's report copied from a paper whose byline names the author by the paper's traditional phrase
# (`From our correspondent in Brussels, A`, `De notre correspondant à Bruxelles, A`, `Von unserem Korrespondenten A,
# Brüssel`, `De nuestro corresponsal en Bruselas, A`, `Dal nostro inviato a Bruxelles A`, `Do nosso correspondente em
# Bruxelas, A`); an unsigned report keeps the phrase without a name (no author then). The publication, the headline,
# the byline, the date (whichever the article has), the text.
def desk_s43_270(a, desk, rng):
    src = src_of(a, rng)
    signed, unsigned = CORRESPONDENT[desk]
    by = signed.format(a=named(a["authors"], desk)) if a["authors"] else unsigned
    parts = [src, "", a["title"], by] + ([long_date(a["date"], desk)] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CITE = {  # label, no date, retrieved (`{d}` access day, `{u}` URL)
    "en": ("Cite this article", "n.d.", "Retrieved {d}, from {u}"),
    "fr": ("Citer cet article", "s. d.", "Consulté le {d}, sur {u}"),
    "de": ("Diesen Artikel zitieren", "o. J.", "Abgerufen am {d} von {u}"),
    "es": ("Citar este artículo", "s. f.", "Recuperado el {d} de {u}"),
    "it": ("Cita questo articolo", "s.d.", "Consultato il {d}, da {u}"),
    "pt": ("Citar este artigo", "s.d.", "Consultado em {d}, em {u}"),
}


def initials_of(name):
    words = name.split()
    return f"{words[-1]}, {' '.join(w[0] + '.' for w in words[:-1])}" if len(words) > 1 else name


# A page copied from a site that prints a `Cite this article` box at the foot in APA style, the only place that
# carries the date and the publication: the headline, the byline (whichever the article has), the text, then the box
# (`Domm, P. (1987, March 3). Headline. Publication. Retrieved March 5, 2026, from https://…`; `(n.d.)` when undated,
# the headline first when unsigned). The access day is no date.
def desk_s43_271(a, desk, rng):
    src = src_of(a, rng)
    label, nd, retrieved = CITE[desk]
    url = url_of(a, src)
    when = f"({a['date'][:4]}, {day_month(a['date'], desk)})" if a["date"] else f"({nd})"
    who = "; ".join(initials_of(n) for n in a["authors"])
    got = retrieved.format(d=long_date(later_day(a, rng, 2, 400), desk), u=url)
    cite = f"{who} {when}. {a['title']}. {src}. {got}" if who else f"{a['title']}. {when}. {src}. {got}"
    parts = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), "", label, cite]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CHRONO = {"en": ("TIMELINE", ["Talks open", "First offer rejected", "Regulators consulted"]),
          "fr": ("CHRONOLOGIE", ["Ouverture des discussions", "Première offre rejetée", "Saisine du régulateur"]),
          "de": ("CHRONIK", ["Beginn der Gespräche", "Erstes Angebot abgelehnt", "Aufsicht eingeschaltet"]),
          "es": ("CRONOLOGÍA", ["Comienzan las negociaciones", "Rechazada la primera oferta", "Consulta al regulador"]),
          "it": ("CRONOLOGIA", ["Avvio dei colloqui", "Respinta la prima offerta", "Coinvolta l'autorità"]),
          "pt": ("CRONOLOGIA", ["Início das conversações", "Primeira oferta rejeitada", "Regulador consultado"])}


# A report copied with the timeline box the paper sets beside it: the publication, the headline, the byline and the
# date (whichever the article has), the text, then the box (`TIMELINE`, three earlier days each with its event, in
# the desk's long date). The timeline's days are no date.
def desk_s43_277(a, desk, rng):
    src = src_of(a, rng)
    heading, events = CHRONO[desk]
    base = ymd(a["date"] or "2026-02-02")
    days = sorted({base - datetime.timedelta(days=rng.randrange(20, 700)) for _ in range(3)})
    parts = [src, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", heading]
    parts += [f"{long_date(d.isoformat(), desk)}: {ev}" for d, ev in zip(days, events)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FILED = {  # the stamp at the foot (`{d}` numeric, `{t}` time), topics line, share
    "en": ("Filed {d}, {t}", "Topics: Economy, Europe", "Share · Email · Print"),
    "fr": ("Mis en ligne le {d} à {t}", "Mots-clés : Économie, Europe", "Partager · Envoyer · Imprimer"),
    "de": ("Online seit {d}, {t} Uhr", "Themen: Wirtschaft, Europa", "Teilen · Mailen · Drucken"),
    "es": ("Publicado: {d} - {t} h", "Temas: Economía, Europa", "Compartir · Enviar · Imprimir"),
    "it": ("Messo in rete il {d} alle {t}", "Argomenti: Economia, Europa", "Condividi · Invia · Stampa"),
    "pt": ("Colocado online a {d}, {t}", "Temas: Economia, Europa", "Partilhar · Enviar · Imprimir"),
}


# A site's article copied with its stamp set only at the foot in the site's own words (`Mis en ligne le 03/03/1987 à
# 18:42`, `Online seit 03.03.1987, 18:42 Uhr`, `Filed 03/03/1987, 6:42 PM`), above the topics line and the share
# buttons: the publication, the headline, the byline (whichever the article has), the text, then those lines.
def desk_s43_279(a, desk, rng):
    src = src_of(a, rng)
    filed, topics, share = FILED[desk]
    parts = [src, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), ""]
    if a["date"]:
        h, m = rng.randrange(6, 23), rng.randrange(60)
        parts += [filed.format(d=numeric(a["date"], desk), t=desk_clock(desk, h, m))]
    parts += [topics, share]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The twenty-first batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks of
# their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
BLIND_S43 = {f"desk_s43_{i}" for i in range(255, 281)}
assert DEVELOPMENT == {name for name in BLIND_S43
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S43)})
