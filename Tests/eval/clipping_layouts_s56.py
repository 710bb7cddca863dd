"""A thirty-fourth batch of 26 clipping layouts (BLIND_S56) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s55.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a column's standing name, an overline, a
deck, an issue's, a task's or a link's own name, nor a page title's publication suffix; authors: the persons who wrote
the article, never a photographer, a graphic designer, a translator, a commenter, the clipper, the colleague who sent,
stored or filed it, nor a tool's `Unknown`; date: the article's own publication day, never a comment's, a timeline's
earlier day, a clipping's, a message's, an index's, an issue's start or due day, an e-book's timestamp nor an archive's
moment, and none when the file states none; source: the publication the file names, never the tool, the messenger, the
tracker, the database, the e-book maker or the knowledge graph).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them
(their printed parts in the article's language, the desk's own stamps and notes in the desk's), half are containers or
tools' outputs a desk receives that BLIND_S24 to BLIND_S55 did not use (checked for each with keyword greps over all the
batch files, printing only file names). The sixteen development members:
a column under its standing name with the columnist's credit phrased as the column's (`LE BILLET ÉCO` / `La chronique de
Hélène Roux`) above the piece's own headline; `gh issue view --json` of the desk's review repository (the issue's
`title` `Revue : <headline>`, `body` in Markdown quoting the article with `> **headline**` and the byline, publication
and day, the colleague as `author`, a later `createdAt`, a colleague's comment); a feature's credits block (`Texte :`,
`Photos :`, `Infographie :` one a line) with the publication and the weekday's long date under it; a Gotify server's
`/message` answer (`title` the headline, `message` in Markdown with publication, day and byline then the lead, the
`client::display` and `client::notification` extras, a later `date` with nanoseconds); a print page's folio on top (`LE
MONDE | MARDI 3 MARS 1987 | PAGE 14`, no day when undated) over the section, headline, byline and a bare city dateline;
calibre's `ebook-meta` of an e-book made of the article (`Author(s)` as `Name [Sort, Name]` joined by ` & ` or calibre's
`Unknown` when unsigned, `Publisher`, a later `Timestamp`, `Published` only when dated) then `cat` of the `.txt`
`ebook-convert` made; a web page copied with its readers' comments, each under a handle and a later long date and time;
a Shaarli REST API answer (`title` the page title `headline – Publication`, `description` in Markdown with byline,
publication and day then the text, later `created` and `updated`); a timeline box at the foot listing earlier days
(`REPÈRES`, `CHRONOLOGIE`); a Redmine issue as JSON with journals (`subject` `Publication: headline`, a Textile
`description` with `h2.` headline, `_byline_` and `bq.` paragraphs, the colleagues as `author` and `assigned_to`, later
`start_date` and `due_date` as `YYYY-MM-DD`, later `created_on`); the stamp of the desk's clipping tool at the foot in
the desk's language (`Découpé avec PressCut 3.2 par C le 5 mars 1987 · 412 mots · réf. …`); `signal-cli receive
--output=json` (the colleague's `dataMessage` with the note, the link and the article pasted, a link preview titled
`headline | publication`, later millisecond timestamps, then a read receipt); a head set with an overline, the headline
and a deck (the first sentence, moved out of the text), the byline, publication and day joined by ` / `; a Baserow
table's row through its REST API with the desk's own field names (`Titre`, `Média` a single select, `Auteurs`,
`Parution` or null, `Découpé par` a collaborator, a later `Découpé le`); a translated piece with the translator credited
right under the byline (`Aus dem Französischen übersetzt von …`); SPARQL 1.1 JSON results from the desk's knowledge
graph (one binding a writer, typed literals with `xml:lang` and `xsd:date`, `author` and `published` left out of the
binding when the article has none, a later `archived` `xsd:dateTime`); ten more are held-out.

The layouts are numbered from 829 to 854, the first range at or after 828 that text_eval.py's hash `sha1("held-out:" +
name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names `desk_s56_{i}` and
text_eval.py's own `held_out`: 828 gives 9 held-out, 829 gives 10), so that sixteen fall in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 53 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s55.py (clipping_layouts_s55.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py and real_articles.py were read, as far as the terminal showed them; the helpers of
_s31.py to _s55.py were listed by a grep for definitions limited to the lines above each file's marker and only called,
their behaviour checked by calling them, never read; the keyword greps for formats already used ran over all the batch
files, printing file names only).
Nobody tunes on any of them when written; BLIND_S56's development members are only scored (text_eval.py prints their
misses with `--show-s56-development` alone). A container that leaves an undated article without a publication day
(Baserow's null, the SPARQL binding's, ebook-meta's, Gotify's, Shaarli's, Redmine's and Signal's missing day) is
expected to state none, whatever later days it holds; the articles' writers are the only authors, whatever
photographers, designers, translators, commenters, senders, clippers or colleagues a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s57/base.bin`; title exact / authors F1
/ date / source): development 0.617 / 0.551 / 0.706 / 0.437, 1 rejected (129 files stating no author given some);
held-out 0.482 / 0.530 / 0.660 / 0.548, 0 rejected (66 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings; every figure block
of the other layouts, development and held-out, was the same as that parser's earlier run, /work/scratch/s57's
prev.figures, but the all-layouts development line, which now holds this batch's sixteen). Nothing was changed after the
run but the docstrings' figures and line wrapping.
"""
import datetime
import html
import json

from clipping_layouts import long_date, MONTHS, WEEKDAYS
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s44 import SECTION
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle
from clipping_layouts_s55 import body, by_line, lang_of, shift
from clipping_layouts import LAYOUTS

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def first_sentence(p):
    cut = p.find(". ")
    return p if cut < 0 else p[:cut + 1]


def iso_at(day, rng, zone="Z"):
    h, m = hm(rng)
    return f"{day}T{h:02d}:{m:02d}:{rng.randrange(60):02d}{zone}"


def slug(text):
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(w for w in out.split("-") if w)[:48] or "clip"


# ---- development members of BLIND_S56 ----

COLUMN = {  # a standing column's name, its byline form
    "en": ("MARKET WATCH", "A weekly column by {n}"),
    "fr": ("LE BILLET ÉCO", "La chronique de {n}"),
    "de": ("MARKTPLATZ", "Die Kolumne von {n}"),
    "es": ("LA MIRADA ECONÓMICA", "La columna de {n}"),
    "it": ("IL PUNTO", "La rubrica di {n}"),
    "pt": ("OLHAR ECONÓMICO", "A crónica de {n}")}


# A column under its standing name (`LE BILLET ÉCO`, `MARKTPLATZ`), in the article's language: the column's name, the
# columnist's credit phrased as the column's (`La chronique de Hélène Roux`; left out when unsigned), the piece's own
# headline, the publication and long date joined by ` | ` (whichever the article has), the text. The standing name is
# no title.
def desk_s56_829(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    name, credit = COLUMN[lg]
    parts = [name]
    parts += [credit.format(n=" & ".join(a["authors"]))] if a["authors"] else []
    parts += ["", a["title"], sep_join(" | ", src, dated(a, lg)), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


GH_NOTE = {"en": "For Monday's review, quoted below.", "fr": "Pour la revue de lundi, cité ci-dessous.",
           "de": "Für den Pressespiegel am Montag, Zitat unten.", "es": "Para el resumen del lunes, cita abajo.",
           "it": "Per la rassegna di lunedì, citato sotto.", "pt": "Para a revista de segunda, citado abaixo."}
GH_TITLE = {"en": "Review: {t}", "fr": "Revue : {t}", "de": "Pressespiegel: {t}", "es": "Resumen: {t}",
            "it": "Rassegna: {t}", "pt": "Revista: {t}"}
GH_DONE = {"en": "Added to the review, closing.", "fr": "Ajouté à la revue, je ferme.",
           "de": "In den Pressespiegel übernommen, schließe.", "es": "Añadido al resumen, cierro.",
           "it": "Aggiunto alla rassegna, chiudo.", "pt": "Adicionado à revista, fecho."}


# A GitHub issue of the desk's review repository printed by `gh issue view N --repo desk/press-review --json
# title,body,author,createdAt,closedAt,labels,comments,number,state,url` (compact JSON): the issue's `title` the
# desk's `Revue : <headline>`, `body` in Markdown with the colleague's note and the article quoted (`> **headline**`,
# `> *byline* — publication, long date`, the paragraphs), `author` the colleague's login and name, a later
# `createdAt`, a comment by another colleague with its own later moment. The issue's title is no title (the quoted
# headline is), the colleagues no authors, GitHub's moments no date, GitHub no source.
def desk_s56_830(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    made = iso_at(later_day(a, rng, 1, 4), rng)
    quote = [f"> **{a['title']}**", ">"]
    top = sep_join(" — ", f"*{by_line(a, rng)}*" if a["authors"] else "", sep_join(", ", src, dated(a, lg)))
    quote += [f"> {top}", ">"]
    for i, p in enumerate(a["body"]):
        quote += [f"> {p}"] + ([">"] if i < len(a["body"]) - 1 else [])
    text = GH_NOTE[desk] + "\n\n" + url_of(a, src) + "\n\n" + "\n".join(quote) + "\n"
    num = rng.randrange(40, 900)
    closed = iso_at(later_day(a, rng, 5, 9), rng)
    doc = {"author": {"id": "MDQ6VXNlcj" + ident(rng, 8, ALNUM), "is_bot": False, "login": handle(who) + "-desk",
                      "name": who},
           "body": text, "closedAt": closed,
           "comments": [{"id": "IC_kwDO" + ident(rng, 14, ALNUM),
                         "author": {"login": handle(other) + "-desk"}, "authorAssociation": "MEMBER",
                         "body": GH_DONE[desk], "createdAt": closed, "includesCreatedEdit": False,
                         "isMinimized": False, "minimizedReason": "", "reactionGroups": [],
                         "url": f"https://github.com/desk/press-review/issues/{num}#issuecomment-{rng.randrange(10**9, 10**10)}",
                         "viewerDidAuthor": False}],
           "createdAt": made,
           "labels": [{"id": "LA_kwDO" + ident(rng, 12, ALNUM), "name": SECTION[desk].lower(), "description": "",
                       "color": "0e8a16"}],
           "number": num, "state": "CLOSED", "title": GH_TITLE[desk].format(t=a["title"]),
           "url": f"https://github.com/desk/press-review/issues/{num}"}
    cmd = f"$ gh issue view {num} --repo desk/press-review --json title,body,author,createdAt,closedAt,labels," \
          f"comments,number,state,url"
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


CREDITS = {  # text, photos, graphics, the joining word
    "en": ("Text", "Photos", "Graphics", "and"), "fr": ("Texte", "Photos", "Infographie", "et"),
    "de": ("Text", "Fotos", "Grafik", "und"), "es": ("Texto", "Fotos", "Infografía", "y"),
    "it": ("Testo", "Foto", "Grafica", "e"), "pt": ("Texto", "Fotos", "Infografia", "e")}


# A feature's credits block under the headline, in the article's language, one credit a line (`Texte : Hélène Roux et
# Jo Li`, `Photos : Carmen Ortiz`, `Infographie : Rui Almeida`; the text credit left out when unsigned), then the
# publication and the long date with the weekday joined by `, `, the text. The photographer and the graphic designer
# are no authors.
def desk_s56_831(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    t, p, g, conj = CREDITS[lg]
    photo, graph = crew(a, rng, 2)
    colon = " : " if lg == "fr" else ": "
    parts = [a["title"], ""]
    if a["authors"]:
        names = a["authors"]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}"
        parts.append(t + colon + joined)
    parts += [p + colon + photo, g + colon + graph, ""]
    parts += [sep_join(", ", src, long_date(a["date"], lg, weekday=True) if a["date"] else ""), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def gotify_time(secs, rng):
    return utc_iso(secs).replace("Z", f".{rng.randrange(10**8, 10**9)}+01:00")


# The desk's Gotify server, which the watch bot posts to, read with `curl -s -H "X-Gotify-Key: …"
# https://push.desk.example.org/message?limit=1`: Gotify's answer (`messages` with one message: `id`, `appid`,
# `title` the headline, `message` in Markdown with the publication and long date in bold, the byline, then the lead,
# `priority`, `extras` with `client::display` `text/markdown` and `client::notification.click.url`, `date` the later
# moment with nanoseconds and offset; `paging`). Gotify's moment is no date, Gotify no source.
def desk_s56_833(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    secs = epoch_of(later_day(a, rng, 0, 3), rng)
    text = f"**{sep_join(' · ', src, dated(a, lg))}**"
    text += ("  \n" + by_line(a, rng) if a["authors"] else "") + "\n\n" + first_sentence(a["body"][0])
    msg = {"id": rng.randrange(1000, 90000), "appid": rng.randrange(2, 9), "message": text, "title": a["title"],
           "priority": rng.choice([4, 5, 8]),
           "extras": {"client::display": {"contentType": "text/markdown"},
                      "client::notification": {"click": {"url": url_of(a, src)}}},
           "date": gotify_time(secs, rng)}
    doc = {"messages": [msg], "paging": {"size": 1, "since": 0, "limit": 1, "next": "https://push.desk.example.org/"
                                                                                     f"message?limit=1&since={msg['id']}"}}
    cmd = "$ curl -s -H \"X-Gotify-Key: C" + ident(rng, 14, ALNUM) + "\" https://push.desk.example.org/message?limit=1"
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


FOLIO = {"en": "PAGE", "fr": "PAGE", "de": "SEITE", "es": "PÁGINA", "it": "PAGINA", "pt": "PÁGINA"}
CITIES = {"en": "LONDON", "fr": "PARIS", "de": "BERLIN", "es": "MADRID", "it": "ROMA", "pt": "LISBOA"}


# A print page's copy: the folio line on top carrying the publication, the weekday and long date in capitals and the
# page (`LE MONDE | MARDI 3 MARS 1987 | PAGE 14`, in the article's language; no date when undated), the section, the
# headline, the byline, the text opening on a bare city dateline (`PARIS —`).
def desk_s56_834(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    folio = [src.upper()] + ([long_date(a["date"], lg, weekday=True).upper()] if a["date"] else []) + \
        [f"{FOLIO[lg]} {rng.randrange(2, 40)}"]
    parts = [" | ".join(folio), "", SECTION[lg].upper(), a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    paras = [f"{CITIES[lg]} — {a['body'][0]}"] + a["body"][1:]
    parts += ["", "\n\n".join(paras)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


LANG3 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por"}


def sort_name(n):
    w = n.split()
    return f"{w[-1]}, {' '.join(w[:-1])}" if len(w) > 1 else n


# An e-book the desk made of the article, shown in the terminal: `ebook-meta "<file>.epub"` (calibre's fields padded
# to a colon: `Title`, `Title sort`, `Author(s)` as `Hélène Roux [Roux, Hélène] & Jo Li [Li, Jo]` or calibre's
# `Unknown` when unsigned, `Publisher` the publication, `Book Producer` calibre, `Tags`, `Languages`, `Timestamp` the
# later moment the book was made, `Published` the article's day (left out when undated), `Identifiers`), then `cat` of
# the `.txt` that `ebook-convert` made (headline, text). Calibre's `Unknown` is no author, its timestamp no date.
def desk_s56_836(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    name = slug(a["title"])
    made = iso_at(later_day(a, rng, 1, 6), rng, "+00:00")
    authors = " & ".join(f"{n} [{sort_name(n)}]" for n in a["authors"]) if a["authors"] else "Unknown"
    rows = [("Title", a["title"]), ("Title sort", a["title"]), ("Author(s)", authors), ("Publisher", src),
            ("Book Producer", "calibre (7.6.0) [https://calibre-ebook.com]"), ("Tags", SECTION[lg]),
            ("Languages", LANG3[lg]), ("Timestamp", made)]
    rows += [("Published", f"{a['date']}T00:00:00+00:00")] if a["date"] else []
    rows += [("Identifiers", f"uri:{url_of(a, src)}")]
    out = [f"$ ebook-meta \"{name}.epub\""] + [f"{k:<20}: {v}" for k, v in rows]
    out += [f"$ ebook-convert \"{name}.epub\" \"{name}.txt\" > /dev/null && cat \"{name}.txt\"", a["title"], "",
            body(a)]
    return "\n".join(out) + "\n", e_with(a, source=src)


COMMENTS = {  # heading, the readers' remarks
    "en": ("Comments ({n})", ["Finally some clarity on this.", "The figures in the third paragraph look low to me.",
                              "Who pays in the end? The customers, as always."]),
    "fr": ("Commentaires ({n})", ["Enfin un peu de clarté.", "Les chiffres du troisième paragraphe me semblent bas.",
                                  "Qui paie à la fin ? Les clients, comme toujours."]),
    "de": ("Kommentare ({n})", ["Endlich etwas Klarheit.", "Die Zahlen im dritten Absatz wirken zu niedrig.",
                                "Wer zahlt am Ende? Die Kunden, wie immer."]),
    "es": ("Comentarios ({n})", ["Por fin algo de claridad.", "Las cifras del tercer párrafo me parecen bajas.",
                                 "¿Quién paga al final? Los clientes, como siempre."]),
    "it": ("Commenti ({n})", ["Finalmente un po' di chiarezza.", "Le cifre del terzo paragrafo mi sembrano basse.",
                              "Chi paga alla fine? I clienti, come sempre."]),
    "pt": ("Comentários ({n})", ["Finalmente alguma clareza.", "Os números do terceiro parágrafo parecem baixos.",
                                 "Quem paga no fim? Os clientes, como sempre."])}


# A web page copied with the readers' comments under the text, in the article's language: the headline, the byline,
# the publication and long date joined by ` · ` (whichever the article has), the text, then `Commentaires (3)` and
# each comment as `handle · long date, hh:mm` (later days) over the remark. The commenters are no authors, their days
# no date.
def desk_s56_837(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, remarks = COMMENTS[lg]
    parts = [a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [sep_join(" · ", src, dated(a, lg)), "", body(a), "", head.format(n=len(remarks)), ""]
    for who, remark in zip(crew(a, rng, 3), remarks):
        h, m = hm(rng)
        parts += [f"{handle(who)}{rng.randrange(10, 99)} · {long_date(later_day(a, rng, 0, 3), lg)}, {h:02d}:{m:02d}",
                  remark, ""]
    return "\n".join(parts), e_with(a, source=src)


def shaarli_time(day, rng):
    return iso_at(day, rng, "+01:00")


# The desk's Shaarli, asked through its REST API (`curl -s -H "Authorization: Bearer <JWT>"
# "https://links.desk.example.org/api/v1/links?searchterm=…&limit=1"`): a JSON array with one link (`id`, `url`,
# `shorturl`, `title` the page's title as Shaarli fetched it, `headline – Publication`, `description` in Markdown
# holding the byline, publication and long date then the text, `tags`, `private`, `created` and `updated` the later
# moments). The title's publication suffix is no part of the headline; Shaarli's moments are no date, Shaarli no
# source.
def desk_s56_839(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    made = later_day(a, rng, 1, 5)
    desc = sep_join(" · ", by_line(a, rng), src, dated(a, lg)) + "\n\n" + body(a)
    link = {"id": rng.randrange(100, 9000), "url": url_of(a, src), "shorturl": ident(rng, 6, ALNUM),
            "title": f"{a['title']} – {src}", "description": desc,
            "tags": [SECTION[desk].lower(), "revue" if desk == "fr" else "review"], "private": rng.random() < 0.5,
            "created": shaarli_time(made, rng), "updated": shaarli_time(shift(made, rng.randrange(0, 3)), rng)}
    words = [w for w in a["title"].split() if len(w) > 4] or a["title"].split()
    cmd = f"$ curl -s -H \"Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.{ident(rng, 40, ALNUM)}\" " \
          f"\"https://links.desk.example.org/api/v1/links?searchterm={words[0].strip('.,:;!?«»“”')}&limit=1\""
    return cmd + "\n" + json.dumps([link], ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


CHRONO = {  # heading; the events
    "en": ("TIMELINE", ["first talks are made public", "the board approves the plan", "the regulator opens a review"]),
    "fr": ("REPÈRES", ["premières discussions rendues publiques", "le conseil approuve le plan",
                       "le régulateur ouvre un examen"]),
    "de": ("CHRONOLOGIE", ["erste Gespräche werden bekannt", "der Aufsichtsrat billigt den Plan",
                           "die Aufsicht leitet eine Prüfung ein"]),
    "es": ("CRONOLOGÍA", ["se conocen las primeras conversaciones", "el consejo aprueba el plan",
                          "el regulador abre una revisión"]),
    "it": ("LE TAPPE", ["primi colloqui resi pubblici", "il consiglio approva il piano",
                        "l'autorità avvia un esame"]),
    "pt": ("CRONOLOGIA", ["primeiras conversações tornadas públicas", "o conselho aprova o plano",
                          "o regulador abre uma análise"])}


# A story with a timeline box at its foot listing earlier days (`REPÈRES` / `CHRONOLOGIE`: talks made public, the
# board's approval, a regulator's review, each with its long date before the article's), in the article's language:
# the headline, the byline, the publication and long date joined by `, ` (whichever the article has), the text, the
# box. The box's days are not the article's.
def desk_s56_843(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, events = CHRONO[lg]
    base = a["date"] or later_day(a, rng, 1, 3)
    back = sorted(rng.sample(range(20, 700), 3), reverse=True)
    sep = " : " if lg == "fr" else ": "
    parts = [a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, lg)), "", body(a), "", head]
    parts += [f"{long_date(shift(base, -n), lg)}{sep}{e}" for e, n in zip(events, back)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


REDMINE = {  # project, tracker, status, the journal's note
    "en": ("Press review", "Clipping", "New", "Checked, goes into Monday's review."),
    "fr": ("Revue de presse", "Coupure", "Nouveau", "Vérifié, va dans la revue de lundi."),
    "de": ("Pressespiegel", "Ausschnitt", "Neu", "Geprüft, kommt in den Pressespiegel am Montag."),
    "es": ("Resumen de prensa", "Recorte", "Nueva", "Revisado, entra en el resumen del lunes."),
    "it": ("Rassegna stampa", "Ritaglio", "Nuovo", "Controllato, va nella rassegna di lunedì."),
    "pt": ("Revista de imprensa", "Recorte", "Novo", "Verificado, entra na revista de segunda.")}


# A Redmine issue of the desk's press-review project, fetched as JSON (`curl -s -H "X-Redmine-API-Key: …"
# "https://redmine.desk.example.org/issues/N.json?include=journals"`): `issue` with `project`, `tracker`,
# `status`, `priority`, `author` and `assigned_to` the colleagues, `subject` `Publication: headline`, `description` in
# Textile (`h2. headline`, the byline in `_…_`, publication and long date, the text as `bq.` paragraphs),
# `start_date` and `due_date` the desk's later days as `YYYY-MM-DD`, later `created_on`, `updated_on`, `journals`
# with a colleague's note. The colleagues are no authors, the issue's days no date, Redmine no source.
def desk_s56_844(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    project, tracker, status, note = REDMINE[desk]
    who, other = crew(a, rng, 2)
    start = later_day(a, rng, 1, 4)
    desc = [f"h2. {a['title']}", ""]
    desc += [f"_{by_line(a, rng)}_", ""] if a["authors"] else []
    desc += [sep_join(", ", src, dated(a, lg)), ""] + [f"bq. {p}\n" for p in a["body"]]
    made = iso_at(start, rng)
    issue = {"id": rng.randrange(1000, 9999), "project": {"id": 3, "name": project},
             "tracker": {"id": 4, "name": tracker}, "status": {"id": 1, "name": status, "is_closed": False},
             "priority": {"id": 2, "name": "Normal"}, "author": {"id": rng.randrange(5, 40), "name": who},
             "assigned_to": {"id": rng.randrange(5, 40), "name": other}, "subject": f"{src}: {a['title']}",
             "description": "\r\n".join("\n".join(desc).split("\n")), "start_date": start,
             "due_date": shift(start, rng.randrange(2, 8)), "done_ratio": 0, "is_private": False,
             "estimated_hours": None, "total_estimated_hours": None, "spent_hours": 0.0, "total_spent_hours": 0.0,
             "created_on": made, "updated_on": iso_at(shift(start, 1), rng), "closed_on": None,
             "journals": [{"id": rng.randrange(10000, 99999), "user": {"id": 9, "name": other}, "notes": note,
                           "created_on": iso_at(shift(start, 1), rng), "private_notes": False, "details": []}]}
    cmd = f"$ curl -s -H \"X-Redmine-API-Key: {ident(rng, 40, HEX)}\" " \
          f"\"https://redmine.desk.example.org/issues/{issue['id']}.json?include=journals\""
    return cmd + "\n" + json.dumps({"issue": issue}, ensure_ascii=False, separators=(",", ":")) + "\n", \
        e_with(a, source=src)


CLIPPED = {"en": "Clipped with {t} by {w} on {d} · {n} words · ref. {r}",
           "fr": "Découpé avec {t} par {w} le {d} · {n} mots · réf. {r}",
           "de": "Ausgeschnitten mit {t} von {w} am {d} · {n} Wörter · Ref. {r}",
           "es": "Recortado con {t} por {w} el {d} · {n} palabras · ref. {r}",
           "it": "Ritagliato con {t} da {w} il {d} · {n} parole · rif. {r}",
           "pt": "Recortado com {t} por {w} em {d} · {n} palavras · ref. {r}"}


# A clipping with the stamp of the desk's own clipping tool at its foot, in the desk's language (`Découpé avec
# PressCut 3.2 par Carmen Ortiz le 5 mars 1987 · 412 mots · réf. PC-…`), the article in its own: the headline, the
# publication and long date joined by ` – `, the byline, the text. The tool, the clipper and the clipping's day are
# not the article's.
def desk_s56_845(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    words = sum(len(p.split()) for p in a["body"])
    stamp = CLIPPED[desk].format(t=rng.choice(["PressCut 3.2", "ClipDesk 5.1", "Snipster 2.0"]), w=who,
                                 d=long_date(later_day(a, rng, 1, 5), desk), n=words, r=f"PC-{ident(rng, 8, HEX)}")
    parts = [a["title"], sep_join(" – ", src, dated(a, lg))]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a), "", "—", stamp]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SIGNAL_NOTE = {"en": "Have a look, for the review:", "fr": "Regarde ça, pour la revue :",
               "de": "Schau mal, für den Pressespiegel:", "es": "Mira esto, para el resumen:",
               "it": "Guarda, per la rassegna:", "pt": "Vê isto, para a revista:"}


# Messages a colleague sent to the desk's Signal number, read with `signal-cli -a +33… receive --output=json` (one
# JSON object a line): a `dataMessage` envelope (`source`, `sourceNumber`, `sourceUuid`, `sourceName` the colleague,
# `timestamp` the later moment in milliseconds) whose `message` is the note, the link and the article pasted (headline,
# byline, publication and long date, text), with a link `previews` entry (`title` the page's `headline | publication`,
# `description` the lead); then a `receiptMessage` envelope. The sender is no author, Signal's moments no date, Signal
# no source.
def desk_s56_846(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    ms = epoch_of(later_day(a, rng, 0, 3), rng) * 1000 + rng.randrange(1000)
    number = f"+336{rng.randrange(10**7, 10**8)}"
    url = url_of(a, src)
    pasted = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), ""]
    text = SIGNAL_NOTE[desk] + " " + url + "\n\n" + "\n".join(pasted) + "\n" + body(a)
    sender = {"source": number, "sourceNumber": number, "sourceUuid": uuid_of(rng), "sourceName": who,
              "sourceDevice": 1}
    first = {"envelope": dict(sender, timestamp=ms, serverReceivedTimestamp=ms + 412,
                              serverDeliveredTimestamp=ms + 9000,
                              dataMessage={"timestamp": ms, "message": text, "expiresInSeconds": 0, "viewOnce": False,
                                           "previews": [{"url": url, "title": f"{a['title']} | {src}",
                                                         "description": first_sentence(a["body"][0]),
                                                         "image": None}]}),
             "account": "+33170000001"}
    second = {"envelope": dict(sender, timestamp=ms + 60000,
                               receiptMessage={"when": ms + 60000, "isDelivery": False, "isRead": True,
                                               "isViewed": False, "timestamps": [ms]}), "account": "+33170000001"}
    lines = ["$ signal-cli -a +33170000001 receive --output=json"] + \
        [json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in (first, second)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


OVERLINE = {"en": "Energy and industry", "fr": "Énergie et industrie", "de": "Energie und Industrie",
            "es": "Energía e industria", "it": "Energia e industria", "pt": "Energia e indústria"}


# A print story's head as a German-style page sets it, in the article's language: an overline (`Energie und
# Industrie`), the headline, the deck (the first sentence of the text, set apart), then the byline and the
# publication and long date joined by ` / ` on a line (whichever the article has), the text. The overline and the
# deck are no title (the deck is the text's first sentence, moved out of the first paragraph).
def desk_s56_849(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    deck = first_sentence(a["body"][0])
    rest = a["body"][0][len(deck):].strip()
    paras = ([rest] if rest else []) + a["body"][1:]
    parts = [OVERLINE[lg], a["title"], deck, ""]
    parts += [sep_join(" / ", by_line(a, rng), src, dated(a, lg)), "", "\n\n".join(paras or a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BASEROW = {  # field names of the desk's table
    "en": ("Headline", "Outlet", "Authors", "Published", "Clipped by", "Clipped on", "Text", "Reviewed"),
    "fr": ("Titre", "Média", "Auteurs", "Parution", "Découpé par", "Découpé le", "Texte", "Relu"),
    "de": ("Überschrift", "Medium", "Autoren", "Erschienen", "Erfasst von", "Erfasst am", "Text", "Geprüft"),
    "es": ("Titular", "Medio", "Autores", "Publicado", "Recortado por", "Recortado el", "Texto", "Revisado"),
    "it": ("Titolo", "Testata", "Autori", "Pubblicato", "Ritagliato da", "Ritagliato il", "Testo", "Rivisto"),
    "pt": ("Título", "Meio", "Autores", "Publicado", "Recortado por", "Recortado em", "Texto", "Revisto")}


# A row of the desk's Baserow table, asked through its REST API (`curl -s -H "Authorization: Token …"
# "https://api.baserow.io/api/database/rows/table/N/?user_field_names=true&search=…"`): the paginated answer
# (`count`, `next`, `previous`, `results`) with one row whose field names are the desk's (`Titre`, `Média` a single
# select `{id, value, color}`, `Auteurs` the writers joined by `, ` or empty, `Parution` the article's day or null,
# `Découpé par` a collaborator field with the colleague, `Découpé le` the later moment, `Texte`, `Relu`). The
# colleague is no author, the clipping's moment no date, Baserow no source.
def desk_s56_850(a, desk, rng):
    src = src_of(a, rng)
    f = BASEROW[desk]
    who = crew(a, rng, 1)[0]
    row = {"id": rng.randrange(1, 4000), "order": f"{rng.randrange(1, 4000)}.00000000000000000000",
           f[0]: a["title"], f[1]: {"id": rng.randrange(100, 999), "value": src, "color": rng.choice(["blue", "green"])},
           f[2]: ", ".join(a["authors"]), f[3]: a["date"], f[4]: [{"id": rng.randrange(1, 20), "name": who}],
           f[5]: iso_at(later_day(a, rng, 1, 6), rng).replace("Z", f".{rng.randrange(100000, 999999)}Z"),
           f[6]: body(a), f[7]: rng.random() < 0.5}
    doc = {"count": 1, "next": None, "previous": None, "results": [row]}
    word = ([w for w in a["title"].split() if len(w) > 4] or a["title"].split())[0].strip(".,:;!?«»“”\"'")
    cmd = f"$ curl -s -H \"Authorization: Token {ident(rng, 32, ALNUM)}\" \"https://api.baserow.io/api/database/rows/" \
          f"table/{rng.randrange(100, 900)}/?user_field_names=true&search={word}\""
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


TRANSLATOR = {  # credit under the byline, the language translated from
    "en": ("Translated from the {l} by {t}", {"a": "French", "b": "German", "c": "Spanish"}),
    "fr": ("Traduit de l'{l} par {t}", {"a": "anglais", "b": "allemand", "c": "espagnol"}),
    "de": ("Aus dem {l} übersetzt von {t}", {"a": "Französischen", "b": "Englischen", "c": "Spanischen"}),
    "es": ("Traducción del {l}: {t}", {"a": "francés", "b": "inglés", "c": "alemán"}),
    "it": ("Traduzione {l} di {t}", {"a": "dal francese", "b": "dal tedesco", "c": "dall'inglese"}),
    "pt": ("Tradução do {l}: {t}", {"a": "francês", "b": "inglês", "c": "alemão"})}


# A translated piece whose translator is credited right under the byline, in the article's language (`Von Hélène Roux`
# / `Aus dem Französischen übersetzt von Rui Almeida`; the credit alone when unsigned): the headline, the byline, the
# credit, the publication and long date joined by `, ` (whichever the article has), the text. The translator is no
# author.
def desk_s56_851(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    credit, langs = TRANSLATOR[lg]
    parts = [a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [credit.format(l=langs[rng.choice("abc")], t=crew(a, rng, 1)[0]),
              sep_join(", ", src, dated(a, lg)), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


XSD = "http://www.w3.org/2001/XMLSchema#"


# The desk's knowledge graph asked for a clipping (`curl -s -H 'Accept: application/sparql-results+json'
# --data-urlencode query@clip.rq https://kg.desk.example.org/sparql`): SPARQL 1.1's JSON results (`head.vars`
# `article`, `headline`, `author`, `published`, `publisher`, `archived`; `results.bindings` one row per author as a
# join gives them, each value typed: `uri`, `literal` with `xml:lang`, or `datatype` `xsd:date` / `xsd:dateTime`;
# `author` left out of the row when unsigned, `published` when undated (OPTIONAL), `archived` the later moment the
# desk stored it). The archive's moment is no date, the graph no source.
def desk_s56_853(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    iri = f"https://kg.desk.example.org/clip/{uuid_of(rng)}"
    archived = iso_at(later_day(a, rng, 1, 7), rng)
    rows = []
    for name in a["authors"] or [None]:
        row = {"article": {"type": "uri", "value": iri},
               "headline": {"type": "literal", "xml:lang": lg, "value": a["title"]}}
        if name:
            row["author"] = {"type": "literal", "value": name}
        if a["date"]:
            row["published"] = {"type": "literal", "datatype": XSD + "date", "value": a["date"]}
        row["publisher"] = {"type": "literal", "value": src}
        row["archived"] = {"type": "literal", "datatype": XSD + "dateTime", "value": archived}
        rows.append(row)
    doc = {"head": {"vars": ["article", "headline", "author", "published", "publisher", "archived"]},
           "results": {"bindings": rows}}
    cmd = "$ curl -s -H 'Accept: application/sparql-results+json' --data-urlencode query@clip.rq " \
          "https://kg.desk.example.org/sparql"
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s56_")}

# ---- held-out members of BLIND_S56 below: whoever tunes the reader never reads past this line ----

ALSO = {  # heading; other pieces of the writer's or the paper's
    "en": ("Also read", ["Refiners brace for a difficult spring", "What the merger means for small shareholders",
                         "The board's long road to a deal"]),
    "fr": ("À lire également", ["Les raffineurs redoutent un printemps difficile",
                                "Ce que la fusion change pour les petits actionnaires",
                                "Le long chemin du conseil vers un accord"]),
    "de": ("Mehr zum Thema", ["Raffinerien fürchten ein schwieriges Frühjahr",
                              "Was die Fusion für Kleinaktionäre bedeutet", "Der lange Weg des Vorstands zum Deal"]),
    "es": ("Lee también", ["Las refinerías temen una primavera difícil",
                           "Lo que la fusión supone para los pequeños accionistas",
                           "El largo camino del consejo hacia un acuerdo"]),
    "it": ("Leggi anche", ["Le raffinerie temono una primavera difficile",
                           "Cosa cambia la fusione per i piccoli azionisti", "La lunga strada del consiglio verso l'intesa"]),
    "pt": ("Leia também", ["Refinarias temem uma primavera difícil",
                           "O que a fusão muda para os pequenos acionistas", "O longo caminho do conselho até ao acordo"])}


def desk_s56_832(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, items = ALSO[lg]
    base = a["date"] or later_day(a, rng, 1, 3)
    parts = [a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [sep_join(" — ", src, dated(a, lg)), "", body(a), "", head + ":"]
    parts += [f"• {t} ({long_date(shift(base, -n), lg)})" for t, n in zip(items, sorted(rng.sample(range(3, 90), 3)))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def desk_s56_835(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    made = later_day(a, rng, 1, 4)
    desc = [f"### {a['title']}", ""]
    desc += [f"*{by_line(a, rng)}*", ""] if a["authors"] else []
    desc += [sep_join(", ", src, dated(a, lg)), ""] + [f"> {p}\n" for p in a["body"]] + [f"Source: {url_of(a, src)}"]
    iid = rng.randrange(10, 400)
    user = {"id": rng.randrange(10, 900), "username": handle(who), "name": who, "state": "active", "locked": False,
            "avatar_url": f"https://gitlab.desk.example.org/uploads/-/system/user/avatar/{rng.randrange(10, 900)}/avatar.png",
            "web_url": f"https://gitlab.desk.example.org/{handle(who)}"}
    doc = {"id": rng.randrange(10000, 99999), "iid": iid, "project_id": 12,
           "title": f"{src} – {numeric(made, desk)}", "description": "\n".join(desc), "state": "opened",
           "created_at": iso_at(made, rng).replace("Z", ".512Z"), "updated_at": iso_at(shift(made, 1), rng),
           "closed_at": None, "closed_by": None, "labels": ["press-review", SECTION[desk]],
           "milestone": {"id": 7, "iid": 3, "title": f"Review {numeric(shift(made, 3), desk)}",
                         "due_date": shift(made, 3), "state": "active"},
           "assignees": [user], "author": user, "assignee": user, "user_notes_count": 0, "upvotes": 0,
           "downvotes": 0, "due_date": shift(made, 2), "confidential": False,
           "web_url": f"https://gitlab.desk.example.org/desk/press-review/-/issues/{iid}"}
    cmd = f"$ curl -s --header \"PRIVATE-TOKEN: glpat-{ident(rng, 20, ALNUM)}\" " \
          f"\"https://gitlab.desk.example.org/api/v4/projects/12/issues/{iid}\""
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


ROUNDUP = {  # the desk's morning mail: name, items' lead-in, the whole piece's heading
    "en": ("Morning briefing — {d}", "Also in the press", "IN FULL"),
    "fr": ("Le point du matin — {d}", "Aussi dans la presse", "EN INTÉGRALITÉ"),
    "de": ("Morgenlage — {d}", "Außerdem in der Presse", "IM WORTLAUT"),
    "es": ("Resumen matinal — {d}", "También en prensa", "TEXTO ÍNTEGRO"),
    "it": ("Il punto del mattino — {d}", "Anche sulla stampa", "IL TESTO INTEGRALE"),
    "pt": ("Resumo da manhã — {d}", "Também na imprensa", "NA ÍNTEGRA")}
OTHERS = [("Financial Times", "Oil majors weigh new cuts"), ("Les Echos", "Le fret maritime ralentit"),
          ("Handelsblatt", "Chemiebranche senkt Prognose"), ("El País", "La banca endurece el crédito")]


def desk_s56_838(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    name, also, whole = ROUNDUP[desk]
    issue = later_day(a, rng, 1, 2)
    parts = [name.format(d=long_date(issue, desk, weekday=True)), "", also + (" :" if desk == "fr" else ":")]
    for (outlet, head), n in zip(rng.sample([o for o in OTHERS if o[0] != src], 2), (0, 1)):
        parts.append(f"– {head} ({outlet}, {long_date(shift(issue, -n), desk)})")
    parts += ["", whole, "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, lg)), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def desk_s56_840(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    made = iso_at(later_day(a, rng, 1, 5), rng).replace("Z", ".000Z")
    uid = uuid_of(rng)
    name = slug(a["title"])
    props = {"dc:title": a["title"], "dc:description": first_sentence(a["body"][0]), "dc:creator": handle(who),
             "dc:contributors": [handle(who), handle(other)], "dc:lastContributor": handle(other),
             "dc:created": made, "dc:modified": made, "dc:issued": f"{a['date']}T00:00:00.000Z" if a["date"] else None,
             "dc:publisher": src, "dc:language": lg, "dc:source": url_of(a, src), "dc:subjects": [],
             "dc:rights": None, "press:authors": a["authors"],
             "note:note": "".join(f"<p>{html.escape(p)}</p>" for p in a["body"]), "note:mime_type": "text/html"}
    doc = {"entity-type": "document", "repository": "default", "uid": uid,
           "path": f"/default-domain/workspaces/press/{name}", "type": "Note", "state": "project",
           "parentRef": uuid_of(rng), "isCheckedOut": True, "isRecord": False, "retainUntil": None,
           "hasLegalHold": False, "isUnderRetentionOrLegalHold": False, "isVersion": False, "isProxy": False,
           "changeToken": "1-0", "isTrashed": False, "title": a["title"], "lastModified": made,
           "properties": props, "facets": ["Commentable", "Versionable", "Publishable"], "schemas": [
               {"name": "dublincore", "prefix": "dc"}, {"name": "note", "prefix": "note"}]}
    cmd = f"$ curl -s -u {handle(who)} -H 'properties: *' " \
          f"\"https://ecm.desk.example.org/nuxeo/api/v1/path/default-domain/workspaces/press/{name}\""
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


LIVE = {"en": ("LIVE", "Last update {t}"), "fr": ("EN DIRECT", "Dernière mise à jour {t}"),
        "de": ("LIVE", "Zuletzt aktualisiert {t} Uhr"), "es": ("EN DIRECTO", "Última actualización {t}"),
        "it": ("DIRETTA", "Ultimo aggiornamento {t}"), "pt": ("EM DIRETO", "Última atualização {t}")}


def desk_s56_841(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    tag, last = LIVE[lg]
    h = rng.randrange(14, 19)
    times = [f"{h - i:02d}:{rng.randrange(60):02d}" for i in range(len(a["body"]))]
    parts = [f"{tag} · {src}", a["title"], sep_join(" · ", by_line(a, rng), dated(a, lg)), last.format(t=times[0]), ""]
    for t, p in zip(times, a["body"]):
        parts += [t, p, ""]
    return "\n".join(parts), e_with(a, source=src)


def diigo_time(day, rng):
    h, m = hm(rng)
    return f"{day.replace('-', '/')} {h:02d}:{m:02d}:{rng.randrange(60):02d} +0000"


def desk_s56_842(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    made = later_day(a, rng, 1, 5)
    user = f"desk_{desk}_{ident(rng, 3, '0123456789')}"
    mark = {"title": a["title"], "url": url_of(a, src), "user": user,
            "desc": sep_join(", ", by_line(a, rng), src, dated(a, lg)), "tags": f"{SECTION[desk].lower()},review",
            "shared": "no", "readlater": "no", "created_at": diigo_time(made, rng),
            "updated_at": diigo_time(shift(made, rng.randrange(0, 4)), rng), "comments": [],
            "annotations": [{"content": p, "comments": [], "created_at": diigo_time(made, rng)}
                            for p in a["body"]]}
    cmd = f"$ curl -s -u {user}:… \"https://secure.diigo.com/api/v2/bookmarks?key={ident(rng, 16, HEX)}" \
          f"&user={user}&count=1&filter=all\""
    return cmd + "\n" + json.dumps([mark], ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


CAPTURE = {"en": "captured", "fr": "capturé", "de": "erfasst", "es": "capturado", "it": "acquisito", "pt": "capturado"}
PUBLINE = {"en": "Published {d} at {t}", "fr": "Publié le {d} à {t}", "de": "Veröffentlicht am {d} um {t} Uhr",
           "es": "Publicado el {d} a las {t}", "it": "Pubblicato il {d} alle {t}", "pt": "Publicado a {d} às {t}"}


def desk_s56_847(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    stamp = f"[PageVault 4.0 · {CAPTURE[desk]} {iso_at(later_day(a, rng, 1, 6), rng)} · {handle(who)} · " \
            f"sha256:{ident(rng, 16, HEX)}]"
    h, m = hm(rng)
    parts = [stamp, "", src, "", a["title"]]
    parts += [PUBLINE[lg].format(d=long_date(a["date"], lg, weekday=True), t=f"{h:02d}:{m:02d}")] if a["date"] else []
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def desk_s56_848(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    secs = epoch_of(later_day(a, rng, 0, 3), rng)
    text = sep_join("\n", by_line(a, rng), sep_join(", ", src, dated(a, lg))) + "\n" + first_sentence(a["body"][0])
    msg = {"id": rng.randrange(10**6, 10**7), "id_str": "", "umid": rng.randrange(10**7, 10**8), "umid_str": "",
           "title": a["title"], "message": text, "app": "Desk Watch", "aid": rng.randrange(10**5, 10**6),
           "aid_str": "", "icon": ident(rng, 32, ALNUM), "date": secs, "queued_date": secs + 2,
           "dispatched_date": secs + 3, "priority": 0, "sound": "pushover", "url": url_of(a, src),
           "url_title": src, "acked": 0, "receipt": None, "html": 0}
    for k in ("id", "umid", "aid"):
        msg[k + "_str"] = str(msg[k])
    doc = {"messages": [msg], "user": {"quiet_hours": False, "is_android_licensed": True, "is_ios_licensed": False,
                                       "is_desktop_licensed": True, "email": f"desk-{desk}@press.example.org",
                                       "created_at": secs - rng.randrange(10**6, 10**7), "first_device": "desk-pc",
                                       "show_team_ad": "1"}, "status": 1, "request": uuid_of(rng)}
    cmd = f"$ curl -s \"https://api.pushover.net/1/messages.json?secret={ident(rng, 30, ALNUM)}&device_id=" \
          f"{ident(rng, 25, ALNUM)}\""
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


FIGURES = {"en": ("IN FIGURES", ["{p}% of capacity idle since {y}", "{b} billion dollars of debt at the end of {y}",
                                 "{n} jobs cut between {y} and {z}"]),
           "fr": ("EN CHIFFRES", ["{p} % des capacités inutilisées depuis {y}", "{b} milliards de dollars de dette fin {y}",
                                  "{n} emplois supprimés entre {y} et {z}"]),
           "de": ("ZAHLEN", ["{p} % der Kapazität seit {y} ungenutzt", "{b} Mrd. Dollar Schulden Ende {y}",
                             "{n} Stellen zwischen {y} und {z} gestrichen"]),
           "es": ("EN CIFRAS", ["{p} % de la capacidad parada desde {y}", "{b} mil millones de dólares de deuda a finales de {y}",
                                "{n} empleos suprimidos entre {y} y {z}"]),
           "it": ("I NUMERI", ["{p}% della capacità inutilizzata dal {y}", "{b} miliardi di dollari di debito a fine {y}",
                               "{n} posti tagliati tra il {y} e il {z}"]),
           "pt": ("EM NÚMEROS", ["{p}% da capacidade parada desde {y}", "{b} mil milhões de dólares de dívida no fim de {y}",
                                 "{n} empregos cortados entre {y} e {z}"])}


def desk_s56_852(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, rows = FIGURES[lg]
    year = int((a["date"] or later_day(a, rng, 1, 3))[:4])
    y, z = year - rng.randrange(2, 6), year - 1
    parts = [src, "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [dated(a, lg)] if a["date"] else []
    half = max(1, len(a["body"]) // 2)
    parts += ["", "\n\n".join(a["body"][:half]), "", head]
    parts += ["▪ " + r.format(p=rng.randrange(8, 40), b=rng.randrange(2, 30), n=f"{rng.randrange(2, 9)}00", y=y, z=z)
              for r in rows]
    parts += ["", "\n\n".join(a["body"][half:])]
    return "\n".join(parts).rstrip("\n") + "\n", e_with(a, source=src)


def desk_s56_854(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    made = iso_at(later_day(a, rng, 1, 5), rng)
    tag = {"en": "review", "fr": "revue", "de": "pressespiegel", "es": "resumen", "it": "rassegna",
           "pt": "revista"}[desk]
    head = sep_join(" — ", by_line(a, rng), sep_join(", ", src, dated(a, lg)))
    content = f"#{tag}\n\n**{a['title']}**\n{head}\n\n{body(a)}\n\n{url_of(a, src)}"
    uid = ident(rng, 22, ALNUM)
    memo = {"name": f"memos/{uid}", "state": "NORMAL", "creator": f"users/{rng.randrange(2, 9)}",
            "createTime": made, "updateTime": made, "displayTime": made, "content": content,
            "visibility": "PROTECTED", "tags": [tag], "pinned": False, "attachments": [], "relations": [],
            "reactions": [], "property": {"hasLink": True, "hasTaskList": False, "hasCode": False,
                                          "hasIncompleteTasks": False},
            "snippet": f"#{tag} {a['title']} {head} "[:96] + "..."}
    cmd = f"$ curl -s -H \"Authorization: Bearer memos_pat_{ident(rng, 32, ALNUM)}\" " \
          f"\"https://memos.desk.example.org/api/v1/memos/{uid}\""
    return cmd + "\n" + json.dumps(memo, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


BLIND_S56 = {name for name in list(globals()) if name.startswith("desk_s56_")}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S56)})
