"""A fortieth batch of 26 clipping layouts (BLIND_S62) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s61.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a kicker, an overline, a desk's review,
dossier or note title, a page's site suffix, a task's, a ticket's, a campaign's or a mail's subject with its prefix;
authors: the persons who wrote the article, never a colleague who saved, forwarded, entered, indexed, clipped, pasted
or summarised it, a pad's or a ticket's author, a routing slip's persons, a translator, an editor, a photographer nor
an agency; date: the article's own publication day, never a receipt, routing, review, update, correction,
modification, entry, filing, storing, printing, indexing, sending or mail moment, another article's day, and none when
the file states none, whatever later days it holds; source: the publication the file names, never the tool, the
database, the mail client, the CMS, the tracker, the pad, the newsletter tool nor the desk). Half of the batch are
ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them (their printed parts in
the article's language, the desk's own stamps and notes in the desk's, with CRLF, byte-order marks and hard wraps where
natural, bylines with several writers, roles and agencies), half are containers or tools' outputs a desk receives that
BLIND_S24 to BLIND_S61 did not use (checked for each with keyword greps over all the batch files, printing only file
names). The sixteen development members: the desk's one-line press review stamp joining its own later review day and
the article's publication and day (`Pressespiegel vom 05.03.2026 · Le Monde vom 03.03.1987`, the publication alone
when undated) over the headline, byline and text; an interview under the desk's `Paru dans : Le Monde, 03/03/1987`
with a standfirst and the interviewers at the foot in the article's language (`Das Gespräch führten Peter Amende und
Anna Keller.`); a byline giving each writer's role (`Par Peter Amende, correspondant à Bruxelles, et Anna Keller,
journaliste au service Économie`, `Par la rédaction` when unsigned), a day, time and reading-time line and `© Le Monde
1987` at the foot; a CRLF correspondent's piece (`De notre correspondant à Bruxelles, Peter Amende`, the place alone
when unsigned) under the publication and long day, with a correction note and its later day at the foot; the desk's
archive stamp block with two-digit years (`Zeitung:   Le Monde v. 3.3.87`, `o. D.` when undated, a later filing day
with the colleague's initial) over the text wrapped at 60, CRLF; a `[Le Monde] Headline` line over a `03/03/1987 ·
Peter Amende et Anna Keller` line; an op-ed under its kicker (`Tribune`, `Éditorial` when unsigned) whose writers are
named only in the biographical notes at the foot (`* Peter Amende est professeur d'économie…`), the publication and
long day last; a web page printed from the browser (the print moment and the page's title with its site suffix on top,
the URL and page number at the foot; the page's byline and `Publié le …` line); an OpenProject work package read over
its API v3 (`subject` the desk's press review prefix and the headline, `_links.author` a colleague, later
`createdAt`/`updatedAt`/`dueDate`, `description.raw` holding the pasted article); Firebird's `isql-fb` with `SET LIST
ON` on the desk's archive (column names in the desk's language, the day as isql prints a DATE or `<null>`, a later
TIMESTAMP, the text blob after its id); the desk's Umbraco intranet read through the Delivery API (`name` the headline,
later `createDate`/`updateDate`, `properties` with the outlet, `publicationDate` or null, the writers, `clippedBy`,
the rich text's `markup`); a listmonk campaign read over its API (`subject` the desk's alert prefix and the headline,
later `created_at`/`send_at`, the body's HTML holding the article); a Grist table's record over its REST API (column
ids in the desk's language, the writers as a Grist list `["L", …]` or null, the publication day as seconds since the
epoch or null, a later entry moment); an Etherpad pad over its HTTP API (`getText` holding the pasted article, a later
`getLastEdited`, `listAuthorsOfPad` and `getAuthorName` naming the colleagues who edited the pad); a mailbox read with
s-nail (the header summary with later days, `p 3` printing a colleague's forward with a later `Date:`, the desk's
forward banner and the article); a Zammad ticket's articles over its API (`subject` the desk's forward prefix and the
headline, later `created_at`, `created_by` a colleague, the pasted article as the first article's body); ten more are
held-out.

The layouts are numbered from 1055 to 1080, the first range at or after 1045 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` importing
text_eval.py's `held_out` over the names `desk_s62_{i}`: the starts 1045 to 1054 give 6, 6, 7, 7, 7, 7, 8, 8, 9 and 9
held-out, 1055 gives 10), so that sixteen fall in development (first) and ten held-out (after the marker line, which
whoever tunes the reader never reads past). Written in stop 59 without reading the reader (Sources/), its tests or its
misses, nor the held-out part of clipping_layouts_s25.py to _s61.py (clipping_layouts_s61.py was read above its marker,
for its style and contract; text_eval.py, clipping_layouts.py's list of definitions and helpers and real_articles.py
were read, as far as needed; the helpers of _s31.py to _s61.py imported here were only called, their behaviour checked
by calling them, never read below a marker; the keyword greps for formats already used ran over all the batch files,
printing file names only). Every layout was run over every article with every desk, twice, without exception and with
the same output. Nobody tunes on any of them when written; BLIND_S62's development members are only scored
(text_eval.py prints their misses with `--show-s62-development` alone). A container that leaves an undated article
without a publication day (isql's `<null>`, Grist's and Umbraco's null, the desk's `o. D.`, the printed page, the work
package, the campaign, the pad, the mail and the ticket) is expected to state none, whatever later days it holds; the
articles' writers (and the co-writers a layout adds to a signed article's byline) are the only authors, whatever
colleagues, editors, translators or agencies a file names.
Scored untuned once, by the release binary its writer was given: figures to follow."""
import calendar
import datetime
import hashlib
import json
import textwrap

from clipping_layouts import BY, columns, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident
from clipping_layouts_s47 import epoch_of
from clipping_layouts_s48 import handle
from clipping_layouts_s55 import body, by_line, lang_of
from clipping_layouts_s56 import slug
from clipping_layouts_s57 import and_join, wrapped, CONJ
from clipping_layouts_s61 import (ALNUM, PAGE, REVIEW, SECTION, clock_of, crlf_text, esc_html, first_sentence, initial,
                                  para_html)
from clipping_layouts import LAYOUTS

COWRITERS = ["Anna Keller", "Claire Vidal", "James Porter", "Lucía Navarro", "Marco Rinaldi", "Inês Duarte"]


def writers(a, rng, p=0.5):
    """The article's writers, with a co-writer added to a signed article's byline half the time."""
    names = list(a["authors"])
    if names and rng.random() < p:
        names.append(rng.choice([n for n in COWRITERS if n not in names]))
    return names


def joined_names(names, lg):
    return and_join(names, CONJ[lg])


def local_time(secs, offset_h=1):
    return datetime.datetime.fromtimestamp(secs + offset_h * 3600, datetime.timezone.utc)


def midnight_epoch(iso):
    return calendar.timegm(datetime.date.fromisoformat(iso).timetuple())


def jq(value):
    return json.dumps(value, indent=2, ensure_ascii=False)


BRUSSELS = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles",
            "pt": "Bruxelas"}
FORWARD = {"en": "Fwd: ", "fr": "TR : ", "de": "WG: ", "es": "RV: ", "it": "I: ", "pt": "Enc: "}
FWD_NOTE = {"en": "For tomorrow's review, see below.", "fr": "Pour la revue de demain, voir ci-dessous.",
            "de": "Für den Spiegel morgen, siehe unten.", "es": "Para el resumen de mañana, ver abajo.",
            "it": "Per la rassegna di domani, vedi sotto.", "pt": "Para a revista de amanhã, ver abaixo."}


# ---- development members of BLIND_S62 ----

REVIEW_OF = {"en": ("Press review, {r}", "{s}, {d}"), "fr": ("Revue de presse du {r}", "{s} du {d}"),
             "de": ("Pressespiegel vom {r}", "{s} vom {d}"), "es": ("Resumen de prensa del {r}", "{s} del {d}"),
             "it": ("Rassegna stampa del {r}", "{s} del {d}"), "pt": ("Revista de imprensa de {r}", "{s} de {d}")}


# The desk's one-line stamp in its own language joining its later review day and the article's publication and day
# (`Pressespiegel vom 05.03.2026 · Le Monde vom 03.03.1987`, the publication alone when undated), then the headline,
# the byline as printed and the text. The review day is no date.
def desk_s62_1055(a, desk, rng):
    src = src_of(a, rng)
    rev, pub = REVIEW_OF[desk]
    stamp = rev.format(r=numeric(later_day(a, rng, 1, 4), desk)) + " · " + \
        (pub.format(s=src, d=numeric(a["date"], desk)) if a["date"] else src)
    parts = [stamp, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PUB_IN = {"en": "Published in:", "fr": "Paru dans :", "de": "Erschienen in:", "es": "Publicado en:",
          "it": "Pubblicato su:", "pt": "Publicado em:"}
INTERVIEWERS = {"en": ("Interview by {a}", "Interview by {a}"),
                "fr": ("Propos recueillis par {a}", "Propos recueillis par {a}"),
                "de": ("Das Gespräch führte {a}.", "Das Gespräch führten {a}."),
                "es": ("Entrevista realizada por {a}", "Entrevista realizada por {a}"),
                "it": ("Intervista raccolta da {a}", "Intervista raccolta da {a}"),
                "pt": ("Entrevista conduzida por {a}", "Entrevista conduzida por {a}")}


# An interview as the desk files it: its own `Paru dans : Le Monde, 03/03/1987` line on top (the desk's language and
# numeric convention; the publication alone when undated), the headline, the standfirst (the lead's first sentence),
# the text, and at the foot the interviewers in the article's language (`Das Gespräch führten Peter Amende und Anna
# Keller.`; a co-writer joins a signed article half the time; no line when unsigned). The interviewers are the authors.
def desk_s62_1056(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    top = f"{PUB_IN[desk]} {src}" + (f", {numeric(a['date'], desk)}" if a["date"] else "")
    stand, lead = first_sentence(a["body"][0])
    rest = ([lead] if lead else []) + a["body"][1:]
    parts = [top, "", a["title"], stand, "", "\n\n".join(rest)]
    if names:
        one, many = INTERVIEWERS[lg]
        parts += ["", (one if len(names) == 1 else many).format(a=joined_names(names, lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


ROLES = {"en": ("Brussels correspondent", "economics reporter", "By Our Foreign Staff"),
         "fr": ("correspondant à Bruxelles", "journaliste au service Économie", "Par la rédaction"),
         "de": ("Korrespondent in Brüssel", "Wirtschaftsredaktion", "Von unserer Redaktion"),
         "es": ("corresponsal en Bruselas", "de la sección de Economía", "Redacción"),
         "it": ("corrispondente da Bruxelles", "della redazione Economia", "Redazione"),
         "pt": ("correspondente em Bruxelas", "da secção de Economia", "Redação")}
READING = {"en": "{n} min read", "fr": "Lecture {n} min", "de": "Lesezeit {n} Min.", "es": "Lectura: {n} min",
           "it": "Lettura {n} min", "pt": "Leitura: {n} min"}


# A web copy whose byline gives each writer's role in the article's language (`Par Peter Amende, correspondant à
# Bruxelles, et Anna Keller, journaliste au service Économie`; `Par la rédaction` when unsigned, which names nobody),
# then a line with the long day, the time and the reading time (the reading time alone when undated), the text and
# `© Le Monde 1987` at the foot (the year left out when undated).
def desk_s62_1058(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    r1, r2, staff = ROLES[lg]
    by = BY[lg][0]
    if not names:
        byl = staff
    elif len(names) == 1:
        byl = f"{by} {names[0]}, {r1}"
    else:
        comma = "," if lg == "en" else ""
        byl = f"{by} {names[0]}, {r1}{comma} {CONJ[lg]} {names[1]}, {r2}"
    when = ([f"{dated(a, lg)}, {clock_of(rng, lg)}"] if a["date"] else []) + \
        [READING[lg].format(n=rng.randrange(2, 9))]
    foot = f"© {src}" + (f" {a['date'][:4]}" if a["date"] else "")
    parts = [a["title"], byl, " · ".join(when), "", body(a), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


CORRESPONDENT = {
    "en": ("From our correspondent {a} in {c}", "From our correspondent in {c}",
           "Correction, {d}: an earlier version of this article misstated a figure."),
    "fr": ("De notre correspondant à {c}, {a}", "De notre correspondant à {c}",
           "Rectificatif, {d} : une version précédente de cet article comportait un chiffre erroné."),
    "de": ("Von unserem Korrespondenten {a}, {c}", "Von unserem Korrespondenten in {c}",
           "Korrektur vom {d}: In einer früheren Fassung dieses Artikels war eine Zahl falsch angegeben."),
    "es": ("De nuestro corresponsal en {c}, {a}", "De nuestro corresponsal en {c}",
           "Fe de errores, {d}: una versión anterior de este artículo contenía una cifra errónea."),
    "it": ("Dal nostro corrispondente a {c}, {a}", "Dal nostro corrispondente a {c}",
           "Rettifica del {d}: una versione precedente di questo articolo riportava una cifra errata."),
    "pt": ("Do nosso correspondente em {c}, {a}", "Do nosso correspondente em {c}",
           "Correção, {d}: uma versão anterior deste artigo continha um número errado.")}


# A CRLF clipping of a correspondent's piece: the publication and long day on top (`Le Monde, 3 mars 1987`, the
# publication alone when undated), the headline, the correspondent's line in the article's language (`De notre
# correspondant à Bruxelles, Peter Amende`; only the place when unsigned), the text, and the paper's correction note
# with its later long day. The correction's day is no date.
def desk_s62_1060(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    signed, unsigned, corr = CORRESPONDENT[lg]
    who = signed.format(a=joined_names(a["authors"], lg), c=BRUSSELS[lg]) if a["authors"] else \
        unsigned.format(c=BRUSSELS[lg])
    parts = [sep_join(", ", src, dated(a, lg)), "", a["title"], who, "", body(a), "",
             corr.format(d=long_date(later_day(a, rng, 2, 9), lg))]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


ARCHIVE = {"en": ("PRESS OFFICE – ARCHIVE", "Paper", "of", "Page", "Filed", "n.d."),
           "fr": ("SERVICE DE PRESSE – ARCHIVES", "Journal", "du", "Page", "Classé", "s. d."),
           "de": ("PRESSESTELLE – ARCHIV", "Zeitung", "v.", "Seite", "Abgelegt", "o. D."),
           "es": ("GABINETE DE PRENSA – ARCHIVO", "Diario", "del", "Página", "Archivado", "s. f."),
           "it": ("UFFICIO STAMPA – ARCHIVIO", "Testata", "del", "Pagina", "Archiviato", "s.d."),
           "pt": ("ASSESSORIA DE IMPRENSA – ARQUIVO", "Jornal", "de", "Página", "Arquivado", "s.d.")}


def short_year(iso, desk):
    """The desk's quick numeric day with a two-digit year (`3.3.87`, `3/3/87`, month first in English)."""
    d = datetime.date.fromisoformat(iso)
    yy = f"{d.year % 100:02d}"
    if desk == "de":
        return f"{d.day}.{d.month}.{yy}"
    return f"{d.month}/{d.day}/{yy}" if desk == "en" else f"{d.day}/{d.month}/{yy}"


# The desk's archive copy: a CRLF file opening with its stamp block in its own language, two-digit years as a desk
# types them (`Zeitung:   Le Monde v. 3.3.87`, `Zeitung:   Le Monde, o. D.` when undated; `Seite:`, `Abgelegt:` a later
# day and the colleague's initial), then the headline, the byline and the text hard-wrapped at 60. The filing day is no
# date, the colleague no author.
def desk_s62_1062(a, desk, rng):
    src = src_of(a, rng)
    head, paper, of, page, filed, nd = ARCHIVE[desk]
    c = " :" if desk == "fr" else ":"
    paper_v = f"{src} {of} {short_year(a['date'], desk)}" if a["date"] else f"{src}, {nd}"
    width = max(len(paper), len(page), len(filed)) + len(c) + 1
    block = [head, f"{paper + c:<{width}} {paper_v}", f"{page + c:<{width}} {rng.randrange(1, 40)}",
             f"{filed + c:<{width}} {short_year(later_day(a, rng, 1, 6), desk)} / {initial(crew(a, rng, 1)[0])}"]
    parts = block + ["", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", wrapped(a["body"], 60)]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


# A digest entry: the publication in brackets before the headline on the first line (`[Le Monde] Headline`), then a
# line joining the numeric day in the article's convention and the writers (`03/03/1987 · Peter Amende et Anna
# Keller`, either alone when the other is missing, no line when both are), then the text. The bracket is no part of the
# headline.
def desk_s62_1063(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    meta = sep_join(" · ", numeric(a["date"], lg) if a["date"] else "", joined_names(names, lg) if names else "")
    parts = [f"[{src}] {a['title']}"] + ([meta] if meta else []) + ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


KICK = {"en": ("Opinion", "Editorial"), "fr": ("Tribune", "Éditorial"), "de": ("Gastbeitrag", "Leitartikel"),
        "es": ("Tribuna", "Editorial"), "it": ("Commento", "Editoriale"), "pt": ("Opinião", "Editorial")}
BIO = {"en": ("{a} is professor of economics at the University of Leeds.",
              "{a} is a research fellow at the same university."),
       "fr": ("{a} est professeur d'économie à l'université de Lille.",
              "{a} est chercheuse dans la même université."),
       "de": ("{a} ist Professor für Volkswirtschaftslehre an der Universität Bonn.",
              "{a} ist wissenschaftliche Mitarbeiterin an derselben Universität."),
       "es": ("{a} es catedrático de Economía en la Universidad de Salamanca.",
              "{a} es investigadora en la misma universidad."),
       "it": ("{a} insegna economia all'Università di Bologna.", "{a} è ricercatrice nello stesso ateneo."),
       "pt": ("{a} é professor de Economia na Universidade de Coimbra.", "{a} é investigadora na mesma universidade.")}


# An op-ed under its kicker in the article's language (`Tribune`; an unsigned piece is the paper's `Éditorial`), the
# headline and the text, its writers named only in the biographical notes at the foot (`* Peter Amende est professeur
# d'économie à l'université de Lille.`, a second note for a co-writer), then the publication and long day. The
# kicker is no title.
def desk_s62_1064(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    signed, unsigned = KICK[lg]
    parts = [signed if names else unsigned, a["title"], "", body(a), ""]
    if names:
        parts += [f"* {BIO[lg][min(i, 1)].format(a=n)}" for i, n in enumerate(names)] + [""]
    parts.append(sep_join(", ", src, dated(a, lg)))
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


def chrome_stamp(day, h, m, desk):
    """The print moment as Chrome's header prints it in the desk's locale."""
    d = datetime.date.fromisoformat(day)
    yy = d.year % 100
    if desk == "en":
        return f"{d.month}/{d.day}/{yy:02d}, {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if desk == "de":
        return f"{d.day:02d}.{d.month:02d}.{yy:02d}, {h:02d}:{m:02d}"
    if desk == "fr":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}"
    if desk == "es":
        return f"{d.day}/{d.month}/{yy:02d}, {h}:{m:02d}"
    return f"{d.day:02d}/{d.month:02d}/{yy:02d}, {h:02d}:{m:02d}"


PUBLISHED_AT = {"en": "Published {d} at {t}", "fr": "Publié le {d} à {t}", "de": "Veröffentlicht am {d} um {t} Uhr",
                "es": "Publicado el {d} a las {t}", "it": "Pubblicato il {d} alle {t}", "pt": "Publicado a {d} às {t}"}


# A web page printed from the browser and pasted as text: Chrome's header (the print moment in the desk's locale and
# the page's title with its site suffix, `Headline | Le Monde`), the page (publication, headline, byline, `Publié le 3
# mars 1987 à 14h05` in the article's language, left out when undated, text), Chrome's footer (the URL and `1/2`) and a
# form feed. The print moment is no date, the site suffix no part of the headline.
def desk_s62_1065(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    h, m = hm(rng, 8, 19)
    stamp = chrome_stamp(later_day(a, rng, 1, 6), h, m, desk)
    page = [src, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    if a["date"]:
        page.append(PUBLISHED_AT[lg].format(d=long_date(a["date"], lg), t=clock_of(rng, lg)))
    page += ["", body(a)]
    out = [f"{stamp} {a['title']} | {src}", ""] + page + ["", f"{url_of(a, src)} 1/{rng.randrange(2, 4)}"]
    return "\n".join(out) + "\n\f", e_with(a, source=src)


OP_STATUS = {"en": ("Task", "New", "Normal"), "fr": ("Tâche", "Nouveau", "Normale"), "de": ("Aufgabe", "Neu", "Normal"),
             "es": ("Tarea", "Nuevo", "Normal"), "it": ("Attività", "Nuovo", "Normale"),
             "pt": ("Tarefa", "Novo", "Normal")}


def ms_iso(secs, rng):
    return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + \
        f".{rng.randrange(1000):03d}Z"


# The desk's press review tracked in OpenProject, a work package read over API v3 (`curl … /api/v3/work_packages/N |
# jq .`): `subject` the desk's press review prefix and the headline, `description` (`raw` Markdown and `html`) holding
# the pasted article (bold headline, publication and long day, byline, text, link), later `startDate`, `dueDate`,
# `createdAt` and `updatedAt`, `_links` naming the colleagues (`author`, `assignee`), the project and the status.
# OpenProject no source, the work package's author no author, its days no date.
def desk_s62_1066(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    kind, status, prio = OP_STATUS[desk]
    wp, project = rng.randrange(800, 9000), rng.randrange(2, 30)
    day = later_day(a, rng, 1, 5)
    secs = epoch_of(day, rng)
    subject = f"{REVIEW[desk]}{' :' if desk == 'fr' else ':'} {a['title']}"
    raw = [f"**{a['title']}**", "", sep_join(", ", f"*{src}*", dated(a, lg))] + \
        ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join(a["body"]), "", url_of(a, src)]
    html = f"<p class=\"op-uc-p\"><strong>{esc_html(a['title'])}</strong></p>" + \
        f"<p class=\"op-uc-p\"><em>{esc_html(src)}</em>{', ' + dated(a, lg) if a['date'] else ''}</p>" + \
        (f"<p class=\"op-uc-p\">{esc_html(by_line(a, rng))}</p>" if a["authors"] else "") + \
        "".join(f"<p class=\"op-uc-p\">{esc_html(p)}</p>" for p in a["body"])
    due = datetime.date.fromisoformat(day) + datetime.timedelta(days=1)
    users = {who: rng.randrange(3, 60), other: rng.randrange(3, 60)}
    doc = {"_type": "WorkPackage", "id": wp, "lockVersion": rng.randrange(1, 5), "subject": subject,
           "description": {"format": "markdown", "raw": "\n".join(raw), "html": html},
           "scheduleManually": False, "startDate": day, "dueDate": due.isoformat(), "derivedStartDate": None,
           "derivedDueDate": None, "estimatedTime": None, "derivedEstimatedTime": None, "duration": "P2D",
           "ignoreNonWorkingDays": False, "percentageDone": 0, "derivedPercentageDone": None,
           "createdAt": ms_iso(secs, rng), "updatedAt": ms_iso(secs + rng.randrange(60, 7200), rng),
           "_links": {"self": {"href": f"/api/v3/work_packages/{wp}", "title": subject},
                      "type": {"href": "/api/v3/types/1", "title": kind},
                      "priority": {"href": "/api/v3/priorities/8", "title": prio},
                      "project": {"href": f"/api/v3/projects/{project}", "title": REVIEW[desk]},
                      "status": {"href": "/api/v3/statuses/1", "title": status},
                      "author": {"href": f"/api/v3/users/{users[who]}", "title": who},
                      "responsible": {"href": None},
                      "assignee": {"href": f"/api/v3/users/{users[other]}", "title": other},
                      "version": {"href": None}, "parent": {"href": None, "title": None}}}
    cmd = f"$ curl -s -u \"apikey:$OP_TOKEN\" https://projects.desk.example.org/api/v3/work_packages/{wp} | jq ."
    return cmd + "\n" + jq(doc) + "\n", e_with(a, source=src)


FB_COLS = {"en": ("CLIPPINGS", "ID", "PAPER", "HEADLINE", "AUTHORS", "PUBLISHED", "PAGE", "ENTERED", "ENTERED_BY",
                  "BODY"),
           "fr": ("COUPURES", "ID", "JOURNAL", "TITRE", "AUTEURS", "PARUTION", "PAGE", "SAISIE", "SAISI_PAR", "TEXTE"),
           "de": ("AUSSCHNITTE", "ID", "ZEITUNG", "TITEL", "AUTOREN", "ERSCHIENEN", "SEITE", "ERFASST", "ERFASST_VON",
                  "TEXT"),
           "es": ("RECORTES", "ID", "MEDIO", "TITULAR", "AUTORES", "PUBLICADO", "PAGINA", "ALTA", "ALTA_POR", "TEXTO"),
           "it": ("RITAGLI", "ID", "TESTATA", "TITOLO", "AUTORI", "PUBBLICATO", "PAGINA", "INSERITO", "INSERITO_DA",
                  "TESTO"),
           "pt": ("RECORTES", "ID", "JORNAL", "TITULO", "AUTORES", "PUBLICADO", "PAGINA", "REGISTO", "REGISTADO_POR",
                  "TEXTO")}


# The desk's old Firebird archive queried with `isql-fb` in list mode (`SET LIST ON;` then a SELECT): one line per
# column, the upper-case name in the desk's language padded to 32, the value (`<null>` for a NULL), the day as isql
# prints a DATE (`1987-03-03`, `<null>` when undated), the writers (`A; B`, `<null>` when unsigned), a later entry
# TIMESTAMP (`2026-03-05 10:12:07.1230`) and the colleague's login, then the text blob's id with its text below it.
# Firebird no source, the entry moment no date, its login no author.
def desk_s62_1068(a, desk, rng):
    src = src_of(a, rng)
    table, *cols = FB_COLS[desk]
    n = rng.randrange(1000, 90000)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    entered = local_time(secs).strftime("%Y-%m-%d %H:%M:%S") + f".{rng.randrange(10000):04d}"
    values = [str(n), src, a["title"], "; ".join(a["authors"]) if a["authors"] else "<null>",
              a["date"] or "<null>", str(rng.randrange(1, 40)), entered, handle(crew(a, rng, 1)[0]).upper(),
              f"{rng.randrange(1, 255):x}:{rng.randrange(1, 4095):x}"]
    rows = [f"{c:<32}{v}" for c, v in zip(cols, values)]
    path = "archiv.desk.example.org:/srv/firebird/presse.fdb"
    out = [f"$ isql-fb -u REVUE -p \"$ISC_PASSWORD\" {path}", f"Database: {path}, User: REVUE",
           "SQL> SET LIST ON;", f"SQL> SELECT * FROM {table} WHERE {cols[0]} = {n};", ""] + rows + \
        ["\n\n".join(a["body"]), "", "SQL> QUIT;"]
    return "\n".join(out) + "\n", e_with(a, source=src)


def dotnet_time(secs, rng):
    return local_time(secs).strftime("%Y-%m-%dT%H:%M:%S") + f".{rng.randrange(10 ** 7):07d}"


def uuid_of(rng):
    hexd = "0123456789abcdef"
    return "-".join(ident(rng, k, hexd) for k in (8, 4, 4, 4, 12))


# The desk's intranet on Umbraco read through its Delivery API (`curl -s -H "Api-Key: …" …/umbraco/delivery/api/v2/
# content/item/UUID | jq .`): `name` the headline, later `createDate`/`updateDate`, the `route`, `contentType`
# `pressClipping`, `properties` holding the `outlet`, `publicationDate` (`1987-03-03T00:00:00` or null), the
# `writers` (an array, empty when unsigned), `clippedBy` the colleague, the `sourceUrl`, the rich text's `markup`.
# Umbraco no source, its dates no date, the clipper no author.
def desk_s62_1071(a, desk, rng):
    src = src_of(a, rng)
    uid, root = uuid_of(rng), uuid_of(rng)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    sl = slug(a["title"])[:60].strip("-")
    item = {"contentType": "pressClipping", "name": a["title"], "createDate": dotnet_time(secs, rng),
            "updateDate": dotnet_time(secs + rng.randrange(30, 3600), rng),
            "route": {"path": f"/{slug(REVIEW[desk])}/{sl}/", "queryString": None,
                      "startItem": {"id": root, "path": "intranet"}},
            "id": uid,
            "properties": {"outlet": src, "publicationDate": f"{a['date']}T00:00:00" if a["date"] else None,
                           "writers": list(a["authors"]), "clippedBy": crew(a, rng, 1)[0],
                           "sourceUrl": url_of(a, src), "bodyText": {"markup": para_html(a["body"]), "blocks": []}},
            "cultures": {}}
    cmd = f"$ curl -s -H \"Api-Key: $UMBRACO_KEY\" https://intranet.desk.example.org/umbraco/delivery/api/v2/" \
          f"content/item/{uid} | jq ."
    return cmd + "\n" + jq(item) + "\n", e_with(a, source=src)


ALERT = {"en": ("Press alert", "Press review – management"), "fr": ("Alerte presse", "Revue de presse – direction"),
         "de": ("Pressealarm", "Pressespiegel – Vorstand"), "es": ("Alerta de prensa", "Resumen de prensa – dirección"),
         "it": ("Allerta stampa", "Rassegna stampa – direzione"),
         "pt": ("Alerta de imprensa", "Revista de imprensa – direção")}


def go_time(secs, rng):
    return local_time(secs).strftime("%Y-%m-%dT%H:%M:%S") + f".{rng.randrange(10 ** 6):06d}+01:00"


# The desk's press alerts sent with listmonk, a campaign read over its API (`curl -s -u … /api/campaigns/N | jq .`):
# `subject` the desk's alert prefix and the headline, `name` the alert and its later day, the list, later
# `created_at`, `updated_at`, `started_at`, `send_at`, `from_email` the desk, `body` the HTML holding the article (the
# headline, the publication and long day in italics, the byline, the paragraphs). listmonk no source, its moments no
# date.
def desk_s62_1073(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    prefix, listname = ALERT[desk]
    cid = rng.randrange(40, 900)
    day = later_day(a, rng, 1, 4)
    secs = epoch_of(day, rng)
    meta = sep_join(", ", esc_html(src), dated(a, lg))
    html = f"<h2>{esc_html(a['title'])}</h2>\n<p><em>{meta}</em></p>\n" + \
        (f"<p>{esc_html(by_line(a, rng))}</p>\n" if a["authors"] else "") + \
        "\n".join(f"<p>{esc_html(p)}</p>" for p in a["body"]) + \
        f"\n<p><a href=\"{url_of(a, src)}\">{esc_html(url_of(a, src))}</a></p>"
    sent = rng.randrange(12, 80)
    camp = {"id": cid, "created_at": go_time(secs, rng), "updated_at": go_time(secs + 400, rng), "views": 0,
            "clicks": 0, "bounces": 0, "lists": [{"id": rng.randrange(1, 9), "name": listname}],
            "started_at": go_time(secs + 380, rng), "to_send": sent, "sent": sent, "uuid": uuid_of(rng),
            "type": "regular", "name": f"{prefix} {day}", "subject": f"{prefix} : {a['title']}" if desk == "fr"
            else f"{prefix}: {a['title']}", "from_email": f"{REVIEW[desk]} <revue@desk.example.org>", "body": html,
            "altbody": None, "send_at": go_time(secs + 360, rng), "status": "finished", "content_type": "richtext",
            "tags": [], "template_id": 1, "messenger": "email", "headers": [], "archive": False,
            "archive_slug": None, "archive_template_id": None, "archive_meta": {}, "media": []}
    cmd = f"$ curl -s -u \"revue:$LISTMONK_TOKEN\" https://lists.desk.example.org/api/campaigns/{cid} | jq ."
    return cmd + "\n" + jq({"data": camp}) + "\n", e_with(a, source=src)


GRIST = {"en": ("Clippings", "Headline", "Paper", "Writers", "Published", "Body", "Link", "Added_by", "Added_at"),
         "fr": ("Coupures", "Titre", "Journal", "Auteurs", "Parution", "Texte", "Lien", "Ajoute_par", "Ajoute_le"),
         "de": ("Ausschnitte", "Titel", "Zeitung", "Autoren", "Erschienen", "Text", "Link", "Erfasst_von",
                "Erfasst_am"),
         "es": ("Recortes", "Titular", "Medio", "Autores", "Publicado", "Texto", "Enlace", "Alta_por", "Alta_el"),
         "it": ("Ritagli", "Titolo", "Testata", "Autori", "Pubblicato", "Testo", "Link", "Inserito_da",
                "Inserito_il"),
         "pt": ("Recortes", "Titulo", "Jornal", "Autores", "Publicado", "Texto", "Ligacao", "Registado_por",
                "Registado_em")}


# The desk's clippings table in Grist read over its REST API (`curl … /api/docs/DOC/tables/Coupures/records?filter=…
# | jq .`): one record, column ids in the desk's language (accents dropped as Grist does), the writers as a Grist list
# (`["L", "Peter Amende"]`, null when unsigned), the publication day as a Date cell's seconds since the epoch (null when
# undated), the text, the link, the colleague and a later DateTime in seconds. Grist no source, the entry moment no
# date.
def desk_s62_1074(a, desk, rng):
    src = src_of(a, rng)
    table, title, paper, auth, pub, text, link, by, at = GRIST[desk]
    rid = rng.randrange(2, 600)
    doc = ident(rng, 22, ALNUM)
    fields = {title: a["title"], paper: src, auth: ["L"] + list(a["authors"]) if a["authors"] else None,
              pub: midnight_epoch(a["date"]) if a["date"] else None, text: "\n\n".join(a["body"]),
              link: url_of(a, src), by: crew(a, rng, 1)[0], at: epoch_of(later_day(a, rng, 1, 6), rng)}
    cmd = f"$ curl -s -H \"Authorization: Bearer $GRIST_KEY\" 'https://grist.desk.example.org/api/docs/{doc}/" \
          f"tables/{table}/records?filter=%7B%22id%22%3A%5B{rid}%5D%7D' | jq ."
    return cmd + "\n" + jq({"records": [{"id": rid, "fields": fields}]}) + "\n", e_with(a, source=src)


PAD_NOTE = {"en": "-- {w}: for tomorrow's review, please check the figures",
            "fr": "-- {w} : pour la revue de demain, merci de vérifier les chiffres",
            "de": "-- {w}: für den Spiegel morgen, bitte Zahlen prüfen",
            "es": "-- {w}: para el resumen de mañana, revisad las cifras",
            "it": "-- {w}: per la rassegna di domani, verificare le cifre",
            "pt": "-- {w}: para a revista de amanhã, verificar os números"}


# The desk's pad on Etherpad read over its HTTP API: `getText` (`jq .`, the pad's text one JSON string: the pasted
# article — headline, publication and long day, byline, text — and a colleague's note in the desk's language), a later
# `getLastEdited` in milliseconds, `listAuthorsOfPad` and `getAuthorName` for each author ID naming the colleagues who
# edited the pad. Etherpad no source, the pad's authors no authors, its moments no date.
def desk_s62_1075(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    one, two = crew(a, rng, 2)
    day = later_day(a, rng, 1, 4)
    pad = f"revue-{day}"
    text = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", "\n\n".join(a["body"]), "", PAD_NOTE[desk].format(w=initial(one)), ""]
    ids = ["a." + ident(rng, 16, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(2)]
    base = "https://pad.desk.example.org/api/1.3.0"
    ms = epoch_of(day, rng) * 1000 + rng.randrange(1000)
    out = ["$ PAD=" + pad, f"$ curl -s \"{base}/getText?apikey=$EP_KEY&padID=$PAD\" | jq .",
           jq({"code": 0, "message": "ok", "data": {"text": "\n".join(text)}}),
           f"$ curl -s \"{base}/getLastEdited?apikey=$EP_KEY&padID=$PAD\" | jq .",
           jq({"code": 0, "message": "ok", "data": {"lastEdited": ms}}),
           f"$ curl -s \"{base}/listAuthorsOfPad?apikey=$EP_KEY&padID=$PAD\"",
           json.dumps({"code": 0, "message": "ok", "data": {"authorIDs": ids}}, separators=(",", ":")),
           f"$ for id in {' '.join(ids)}; do curl -s \"{base}/getAuthorName?apikey=$EP_KEY&authorID=$id\"; echo; done"]
    out += [json.dumps({"code": 0, "message": "ok", "data": name}, separators=(",", ":"), ensure_ascii=False)
            for name in (one, two)]
    return "\n".join(out) + "\n", e_with(a, source=src)


FWD_BANNER = {"en": "---------- Forwarded message ---------", "fr": "-------- Message transféré --------",
              "de": "---------- Weitergeleitete Nachricht ----------",
              "es": "---------- Mensaje reenviado ---------", "it": "---------- Messaggio inoltrato ---------",
              "pt": "---------- Mensagem encaminhada ---------"}
OTHER_SUBJECTS = {"en": ("Re: Tomorrow's review", "Planning"), "fr": ("Re: Revue de demain", "Planning"),
                  "de": ("AW: Spiegel morgen", "Planung"), "es": ("RE: Resumen de mañana", "Planificación"),
                  "it": ("R: Rassegna di domani", "Pianificazione"), "pt": ("RE: Revista de amanhã", "Planeamento")}
RFC_WD = "Mon Tue Wed Thu Fri Sat Sun"
RFC_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"


def rfc2822(t):
    return f"{RFC_WD.split()[t.weekday()]}, {t.day:02d} {RFC_MON.split()[t.month - 1]} {t.year} " \
           f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} +0100"


# The desk's shared mailbox read with s-nail (`s-nail -f ~/Mail/revue`): the banner, the header summary (three
# messages from colleagues with their later days, `2026-03-05 10:12`, lines/bytes and subjects), then `p 3` printing a
# colleague's forward (`[-- Message  3 -- N lines, M bytes --]:`, a later `Date:`, `From:` the colleague, `Subject:`
# the desk's forward prefix and the headline), the note, the desk's forward banner and the article (headline,
# publication and long day, byline, text, link). s-nail no source, the mail's moments no date, the sender no author.
def desk_s62_1077(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    one, two, three = crew(a, rng, 3)
    day = later_day(a, rng, 2, 6)
    secs = epoch_of(day, rng)
    t = local_time(secs)
    article = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", "\n\n".join(a["body"]), "", url_of(a, src)]
    subject = FORWARD[desk] + a["title"]
    msg_id = f"<{ident(rng, 12, ALNUM)}@desk.example.org>"
    head = [f"Date: {rfc2822(t)}", f"From: {three} <{handle(three)}@desk.example.org>",
            "To: revue@desk.example.org", f"Subject: {subject}", f"Message-ID: {msg_id}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    text = [FWD_NOTE[desk], "", FWD_BANNER[desk]] + article
    lines = len(head) + 1 + len("\n".join(text).split("\n"))
    size = len("\n".join(head + [""] + text).encode()) + 1
    earlier = local_time(secs - rng.randrange(20000, 80000))
    s1, s2 = OTHER_SUBJECTS[desk]
    summary = [f"    1 {one:<18} {earlier.strftime('%Y-%m-%d %H:%M')}   {rng.randrange(12, 60):2d}/"
               f"{rng.randrange(900, 4000):<5} {s1}",
               f"    2 {two:<18} {(earlier + datetime.timedelta(minutes=47)).strftime('%Y-%m-%d %H:%M')}   "
               f"{rng.randrange(12, 60):2d}/{rng.randrange(900, 4000):<5} {s2}",
               f">N  3 {three:<18} {t.strftime('%Y-%m-%d %H:%M')}  {lines:3d}/{size:<5} {subject}"]
    folder = "/home/revue/Mail/revue"
    out = ["$ s-nail -f ~/Mail/revue", "s-nail version v14.9.24.  Type `?' for help",
           f"\"{folder}\": 3 messages 1 new"] + summary + \
        ["? p 3", f"[-- Message  3 -- {lines} lines, {size} bytes --]:"] + head + [""] + text + \
        ["? q", f"Held 3 messages in {folder}"]
    return "\n".join(out) + "\n", e_with(a, source=src)


ZAMMAD = {"en": "Thanks, it goes into tomorrow's review.", "fr": "Merci, je le prends pour la revue de demain.",
          "de": "Danke, kommt morgen in den Spiegel.", "es": "Gracias, entra en el resumen de mañana.",
          "it": "Grazie, entra nella rassegna di domani.", "pt": "Obrigado, entra na revista de amanhã."}


# A colleague's forward into the desk's Zammad, the ticket's articles read over its API (`curl … /api/v1/
# ticket_articles/by_ticket/N?expand=true | jq .`): the first article an email (`from` the colleague, `subject` the
# desk's forward prefix and the headline, `body` the note and the pasted article — headline, publication and long day,
# byline, text, link), the second an internal note of the desk's; later `created_at`/`updated_at`, `created_by` the
# logins. Zammad no source, its moments no date, its senders no authors.
def desk_s62_1079(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, me = crew(a, rng, 2)
    thanks = ZAMMAD[desk]
    ticket = rng.randrange(1000, 60000)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    subject = FORWARD[desk] + a["title"]
    article = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", "\n\n".join(a["body"]), "", url_of(a, src)]
    text = "\n".join([FWD_NOTE[desk], "", FWD_BANNER[desk]] + article)
    first = rng.randrange(10000, 900000)
    sent, noted = ms_iso(secs, rng), ms_iso(secs + rng.randrange(300, 3000), rng)
    uid_w, uid_m = rng.randrange(3, 90), rng.randrange(3, 90)
    mail = f"{handle(who)}@desk.example.org"
    arts = [{"id": first, "ticket_id": ticket, "type_id": 1, "sender_id": 2, "from": f"{who} <{mail}>",
             "to": "revue@desk.example.org", "cc": None, "subject": subject, "reply_to": None,
             "message_id": f"<{ident(rng, 12, ALNUM)}@desk.example.org>", "message_id_md5": ident(rng, 32,
                                                                                                 "0123456789abcdef"),
             "in_reply_to": None, "content_type": "text/plain", "references": None, "body": text, "internal": False,
             "preferences": {}, "updated_by_id": uid_w, "created_by_id": uid_w, "origin_by_id": None,
             "created_at": sent, "updated_at": sent, "detected_language": lg,
             "attachments": [], "type": "email", "sender": "Customer", "created_by": mail, "updated_by": mail,
             "time_unit": None},
            {"id": first + rng.randrange(1, 9), "ticket_id": ticket, "type_id": 10, "sender_id": 1,
             "from": me, "to": None, "cc": None, "subject": None, "reply_to": None, "message_id": None,
             "message_id_md5": None, "in_reply_to": None, "content_type": "text/html", "references": None,
             "body": f"<p>{thanks}</p>", "internal": True, "preferences": {}, "updated_by_id": uid_m,
             "created_by_id": uid_m, "origin_by_id": None, "created_at": noted,
             "updated_at": noted, "detected_language": None, "attachments": [], "type": "note",
             "sender": "Agent", "created_by": f"{handle(me)}@desk.example.org",
             "updated_by": f"{handle(me)}@desk.example.org", "time_unit": None}]
    cmd = f"$ curl -s -H \"Authorization: Token token=$ZAMMAD_TOKEN\" " \
          f"'https://support.desk.example.org/api/v1/ticket_articles/by_ticket/{ticket}?expand=true' | jq ."
    return cmd + "\n" + jq(arts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s62_")}
# ---- held-out members of BLIND_S62 below: whoever tunes the reader never reads past this line ----

EDITORS = ["Mark Potter", "Jean-Michel Bélot", "Jan Schmitz", "Pablo Sanz", "Stefano Bernabei", "Rita Nogueira"]
TRANSLATORS = ["Claude Chendjou", "Benoit Van Overstraeten", "Juliette Portala"]
TRAILER = {"en": ("(Reporting by {a}; Editing by {e})", "(Editing by {e})"),
           "fr": ("(Reportage {a}, version française {t}, édité par {e})", "(Version française {t}, édité par {e})"),
           "de": ("(Bericht von {a}, redigiert von {e})", "(Redigiert von {e})"),
           "es": ("(Información de {a}; editado en español por {e})", "(Editado en español por {e})"),
           "it": ("(Servizio di {a}, in redazione {e})", "(In redazione {e})"),
           "pt": ("(Reportagem de {a}; edição de {e})", "(Edição de {e})")}


# A wire story as a site prints it: the publication, the long day and time (left out when undated), the headline, the
# text whose first paragraph opens with the dateline's place alone (`BRUXELLES –`), and the wire's trailer in the
# article's language naming the reporters, the translator and the editor (`(Reportage Peter Amende et Anna Keller,
# version française Claude Chendjou, édité par Jean-Michel Bélot)`; only the desk's people when unsigned). The
# translator and the editor are no authors.
def desk_s62_1057(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    signed, unsigned = TRAILER[lg]
    ed, tr = rng.choice(EDITORS), rng.choice(TRANSLATORS)
    trailer = signed.format(a=joined_names(names, lg), e=ed, t=tr) if names else unsigned.format(e=ed, t=tr)
    paras = list(a["body"])
    paras[0] = f"{BRUSSELS[lg].upper()} – {paras[0]}"
    when = [f"{dated(a, lg)}, {clock_of(rng, lg)}"] if a["date"] else []
    parts = [src] + when + ["", a["title"], "", "\n\n".join(paras), "", trailer]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


READ_STAMP = {"en": "Read", "fr": "Lu le", "de": "Gelesen", "es": "Leído", "it": "Letto", "pt": "Lido"}


# An e-paper's page copied as text, with a byte-order mark: the section, the headline hard-wrapped at 34 as the column
# sets it (never inside a word), the byline, the text in 42-column lines with words split by hyphens at the line end,
# then the page's foot (`Le Monde · 3. März 1987 · S. 12` in the article's language, the day left out when undated) and
# the desk's reading stamp in its own language with a later day and the colleague's initial. The headline is the
# wrapped lines joined.
def desk_s62_1059(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    head = textwrap.fill(a["title"], 34, break_long_words=False, break_on_hyphens=False)
    foot = " · ".join([src] + ([long_date(a["date"], lg)] if a["date"] else []) +
                      [PAGE[lg].format(p=rng.randrange(1, 40))])
    c = " :" if desk == "fr" else ":"
    stamp = f"{READ_STAMP[desk]}{c} {numeric(later_day(a, rng, 1, 5), desk)} ({initial(crew(a, rng, 1)[0])})"
    parts = [SECTION[lg].upper(), "", head] + ([f"{BY[lg][0]} {joined_names(names, lg)}"] if names else []) + \
        ["", columns(a["body"], 42), "", foot, "", stamp]
    return "\ufeff" + "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


PUBL = {"en": "Published {d}", "fr": "Publié le {d}", "de": "Veröffentlicht am {d}", "es": "Publicado el {d}",
        "it": "Pubblicato il {d}", "pt": "Publicado em {d}"}
ALSO = {"en": ("Read also", "“{t}” ({d})", ["Oil prices slip as stocks build up", "Board approves the merger plan",
                                              "Union calls a national strike"]),
        "fr": ("Lire aussi", "« {t} » ({d})", ["Le prix du pétrole recule", "Le conseil approuve la fusion",
                                                "Les syndicats appellent à la grève"]),
        "de": ("Lesen Sie auch", "„{t}“ ({d})", ["Ölpreis gibt nach", "Aufsichtsrat billigt die Fusion",
                                                  "Gewerkschaften rufen zum Streik auf"]),
        "es": ("Lea también", "«{t}» ({d})", ["El petróleo cede terreno", "El consejo aprueba la fusión",
                                               "Los sindicatos convocan una huelga"]),
        "it": ("Leggi anche", "«{t}» ({d})", ["Il petrolio arretra", "Il consiglio approva la fusione",
                                               "I sindacati proclamano lo sciopero"]),
        "pt": ("Leia também", "«{t}» ({d})", ["Petróleo recua", "Conselho aprova a fusão",
                                               "Sindicatos convocam greve"])}


def other_day(a, rng):
    """Another article's day: a few days before or after the article's, or any day of 2019 when it has none."""
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"]) + datetime.timedelta(days=rng.choice([-9, -6, -3, -2, 2, 4, 8]))
    else:
        d = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(360))
    return d.isoformat()


# A web copy: the publication, the headline, the byline, the text, the publishing line at the foot in the article's
# language (`Publié le 3 mars 1987`, left out when undated), then a `Lire aussi` list of two other articles of the site
# with their headlines and days. The other articles' days are no date.
def desk_s62_1061(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    label, fmt, titles = ALSO[lg]
    picks = rng.sample(titles, 2)
    also = [f"• {fmt.format(t=t, d=long_date(other_day(a, rng), lg))}" for t in picks]
    parts = [src, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a), ""]
    parts += ([PUBL[lg].format(d=long_date(a["date"], lg)), ""] if a["date"] else []) + [label, ""] + also
    return "\n".join(parts) + "\n", e_with(a, source=src)


FOOT = {"de": ("Medium", "Erscheinungsdatum", "Verfasser", "Rubrik", "Eingang", "k. A."),
        "fr": ("Support", "Date de parution", "Signataire(s)", "Rubrique", "Reçu le", "n. c."),
        "en": ("Outlet", "Issue date", "Byline", "Section", "Received", "n/a"),
        "es": ("Medio", "Fecha de publicación", "Firmantes", "Sección", "Recibido", "n/d"),
        "it": ("Testata", "Data di uscita", "Firme", "Rubrica", "Ricevuto", "n.d."),
        "pt": ("Órgão", "Data de publicação", "Assinatura", "Secção", "Recebido", "n/d")}


# A BOM and CRLF clipping: the headline and the text, then under a rule the desk's labels in its own words (`Medium:`,
# `Erscheinungsdatum:` the numeric day in the desk's convention, `Verfasser:` the writers joined by `; `, `Rubrik:`,
# `Eingang:` a later moment), the desk's `k. A.` (not stated) for a missing day or writer. The receipt is no date.
def desk_s62_1067(a, desk, rng):
    src = src_of(a, rng)
    names = writers(a, rng)
    medium, issued, byl, section, received, na = FOOT[desk]
    c = " :" if desk == "fr" else ":"
    h, m = hm(rng, 7, 19)
    rows = [(medium, src), (issued, numeric(a["date"], desk) if a["date"] else na),
            (byl, "; ".join(names) if names else na), (section, SECTION[desk]),
            (received, f"{numeric(later_day(a, rng, 1, 4), desk)} {h:02d}:{m:02d}")]
    parts = [a["title"], "", body(a), "", "—" * 20] + [f"{k}{c} {v}" for k, v in rows]
    return "\ufeff" + crlf_text("\n".join(parts) + "\n"), e_with(a, source=src, authors=names)


SUMMARY = {"en": ("Summary", "{s} reports on a development that matters to us; worth reading in full."),
           "fr": ("Résumé", "{s} revient sur un dossier qui nous concerne ; à lire en entier."),
           "de": ("Kurzfassung", "{s} berichtet über ein Thema, das uns betrifft; lesenswert."),
           "es": ("Resumen", "{s} informa sobre un asunto que nos afecta; merece la pena leerlo."),
           "it": ("Sintesi", "{s} tratta un tema che ci riguarda; da leggere per intero."),
           "pt": ("Resumo", "{s} aborda um tema que nos diz respeito; vale a pena ler.")}


# A colleague's summary in the desk's language on top (`Kurzfassung (C. Ortiz, 05.03.2026): Le Monde berichtet…`),
# then the headline, a line joining the writers and the long day (`Peter Amende et Anna Keller | 3 mars 1987`, either
# alone when the other is missing), the text, and the publication at the foot. The summary's writer and day are no
# author and no date.
def desk_s62_1069(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    label, text = SUMMARY[desk]
    c = " :" if desk == "fr" else ":"
    note = f"{label} ({initial(crew(a, rng, 1)[0])}, {numeric(later_day(a, rng, 1, 4), desk)}){c} " + \
        text.format(s=src)
    meta = sep_join(" | ", joined_names(names, lg) if names else "", dated(a, lg))
    parts = [note, "", a["title"]] + ([meta] if meta else []) + ["", body(a), "", src]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


JOOMLA_LANG = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT", "pt": "pt-PT"}


# The desk's intranet on Joomla read over its web services (`curl … /api/index.php/v1/content/articles/N | jq .`): a
# JSON:API document whose `attributes` hold `title` the headline, later `created`, `modified` and `publish_up`,
# `created_by_alias` the colleague who posted it, `metadata.author` the writers and `metadata.rights` the
# publication, the desk's `language`, and `text` the HTML (the publication and long day in italics, the paragraphs).
# Joomla no source, its moments no date, the alias no author.
def desk_s62_1070(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    aid = rng.randrange(40, 3000)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    sql = "%Y-%m-%d %H:%M:%S"
    created = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    modified = datetime.datetime.fromtimestamp(secs + rng.randrange(60, 5000), datetime.timezone.utc)
    user, cat = rng.randrange(40, 900), rng.randrange(8, 40)
    meta = sep_join(", ", esc_html(src), dated(a, lg))
    base = "https://intranet.desk.example.org/api/index.php/v1/content/articles"
    attrs = {"id": aid, "asset_id": aid + rng.randrange(50, 400), "title": a["title"],
             "alias": slug(a["title"])[:60].strip("-"), "state": 1, "access": 1, "created": created.strftime(sql),
             "created_by": user, "created_by_alias": crew(a, rng, 1)[0], "modified": modified.strftime(sql),
             "featured": 0, "language": JOOMLA_LANG[desk], "hits": rng.randrange(0, 40),
             "publish_up": created.strftime(sql), "publish_down": None, "note": "",
             "images": {"image_intro": "", "image_intro_alt": "", "float_intro": "", "image_intro_caption": "",
                        "image_fulltext": "", "image_fulltext_alt": "", "float_fulltext": "",
                        "image_fulltext_caption": ""},
             "urls": {"urla": url_of(a, src), "urlatext": src, "targeta": "", "urlb": False, "urlbtext": "",
                      "targetb": "", "urlc": False, "urlctext": "", "targetc": ""},
             "metakey": "", "metadesc": "",
             "metadata": {"robots": "", "author": ", ".join(a["authors"]), "rights": src},
             "version": rng.randrange(1, 4), "featured_up": None, "featured_down": None,
             "typeAlias": "com_content.article", "text": f"<p><em>{meta}</em></p>\r\n" + para_html(a["body"]),
             "tags": []}
    doc = {"links": {"self": f"{base}/{aid}"},
           "data": {"type": "articles", "id": str(aid), "attributes": attrs,
                    "relationships": {"category": {"data": {"type": "categories", "id": str(cat)}},
                                      "created_by": {"data": {"type": "users", "id": str(user)}},
                                      "tags": {"data": []}}},
           "meta": {"total-pages": 1}}
    cmd = f"$ curl -s -H \"Authorization: Bearer $JOOMLA_TOKEN\" {base}/{aid} | jq ."
    return cmd + "\n" + jq(doc) + "\n", e_with(a, source=src)


NOTES = {"de": ("Pressespiegel", "Titel", "Medium", "Erscheinungsdatum", "Autor", "Seite", "Ressort"),
         "fr": ("RevuePresse", "Titre", "Support", "DateParution", "Auteur", "Page", "Rubrique"),
         "en": ("PressClipping", "Title", "Outlet", "IssueDate", "Author", "Page", "Section"),
         "es": ("Recorte", "Titular", "Medio", "FechaPublicacion", "Autor", "Pagina", "Seccion"),
         "it": ("Ritaglio", "Titolo", "Testata", "DataUscita", "Autore", "Pagina", "Rubrica"),
         "pt": ("Recorte", "Titulo", "Orgao", "DataPublicacao", "Autor", "Pagina", "Seccao")}


def notes_time(secs, desk):
    t = local_time(secs)
    if desk == "en":
        return t.strftime("%m/%d/%Y ") + f"{(t.hour - 1) % 12 + 1:02d}:{t.minute:02d}:{t.second:02d} " + \
            ("AM" if t.hour < 12 else "PM")
    if desk == "de":
        return t.strftime("%d.%m.%Y %H:%M:%S")
    return t.strftime("%d/%m/%Y %H:%M:%S")


# A document of the press office's old Lotus Notes database exported as structured text (`cat` of the export): items
# as `Name:  value` lines in the order Notes writes them (`$Revisions` with later moments in the desk's locale,
# `Form:`, the form's fields in the desk's language, the day as the desk's locale prints a date or empty when undated,
# the writers, `$UpdatedBy` the colleagues as hierarchical names), the rich-text body below, a form feed after the
# document. Notes no source, its revisions no date, `$UpdatedBy` no author.
def desk_s62_1072(a, desk, rng):
    src = src_of(a, rng)
    form, title, outlet, issued, author, page, section = NOTES[desk]
    one, two = crew(a, rng, 2)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    revs = [notes_time(secs, desk), notes_time(secs + rng.randrange(60, 3000), desk)]
    day = ""
    if a["date"]:
        day = datetime.date.fromisoformat(a["date"]).strftime("%m/%d/%Y" if desk == "en" else
                                                               "%d.%m.%Y" if desk == "de" else "%d/%m/%Y")
    items = [("$Revisions", revs[0] + ";" + revs[1]), ("Form", form), (title, a["title"]), (outlet, src),
             (issued, day), (author, ", ".join(a["authors"])), (page, str(rng.randrange(1, 40))),
             (section, SECTION[desk]),
             ("$UpdatedBy", f"CN={one}/OU=Presse/O=Desk, CN={two}/OU=Presse/O=Desk")]
    lines = [f"{k}:  {v}" for k, v in items]
    name = f"{slug(REVIEW[desk])}-export.txt"
    out = [f"$ cat {name}"] + lines + ["", "\n\n".join(a["body"]), "\f"]
    return "\n".join(out), e_with(a, source=src)


# A clipping in the desk's git-annex archive: `git annex metadata` of the file (the fields sorted by name as git-annex
# prints them, each with its later `-lastchanged` moment: `author` one line per writer, `outlet`, `published` the ISO
# day, `title`, `tag`, `clippedby` the colleague; `author` and `published` absent when unstated), `ok`, then `cat` of
# the file (the headline and the text). git-annex no source, its moments no date, the clipper no author.
def desk_s62_1076(a, desk, rng):
    src = src_of(a, rng)
    day = later_day(a, rng, 1, 6)
    t = local_time(epoch_of(day, rng))
    stamp = t.strftime("%Y-%m-%d@%H-%M-%S")
    path = f"{day[:4]}/{day[5:7]}/{slug(src)}-{slug(a['title'])[:40].strip('-')}.txt"
    fields = [("author", n) for n in a["authors"]] + [("clippedby", crew(a, rng, 1)[0]), ("outlet", src)]
    fields += ([("published", a["date"])] if a["date"] else []) + [("tag", "revue"), ("title", a["title"])]
    keys = [k for i, (k, _) in enumerate(fields) if k not in [f for f, _ in fields[:i]]]
    fields += [(f"{k}-lastchanged", stamp) for k in keys] + [("lastchanged", stamp)]
    meta = [f"  {k}={v}" for k, v in sorted(fields, key=lambda kv: kv[0])]
    out = [f"$ git annex metadata {path}", f"metadata {path} "] + meta + ["ok", f"$ cat {path}", a["title"], "",
                                                                          body(a)]
    return "\n".join(out) + "\n", e_with(a, source=src)


TALK = {"en": ("For the review:", "Thanks, it goes in tomorrow."), "fr": ("Pour la revue :", "Merci, je le prends."),
        "de": ("Für den Pressespiegel:", "Danke, kommt morgen rein."),
        "es": ("Para el resumen:", "Gracias, entra mañana."), "it": ("Per la rassegna:", "Grazie, lo metto domani."),
        "pt": ("Para a revista:", "Obrigado, entra amanhã.")}


# The desk's chat in Nextcloud Talk read over its OCS API (`curl … /ocs/v2.php/apps/spreed/api/v1/chat/TOKEN?…`
# with `OCS-APIRequest: true`, `| jq .`): `ocs.meta`, then the messages newest first, each with `actorDisplayName` the
# colleague, a later UNIX `timestamp` and `message` (the note, the pasted article in Markdown — bold headline,
# publication and long day, byline, text, link — and the desk's thanks). Nextcloud no source, the chat's moments no
# date, its actors no authors.
def desk_s62_1078(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, me = crew(a, rng, 2)
    note, thanks = TALK[desk]
    token = ident(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    article = [f"**{a['title']}**", sep_join(", ", f"*{src}*", dated(a, lg))] + \
        ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join(a["body"]), "", url_of(a, src)]
    first = rng.randrange(1000, 90000)

    def msg(i, actor, t, text):
        return {"id": first + i, "token": token, "actorType": "users", "actorId": handle(actor),
                "actorDisplayName": actor, "timestamp": t, "message": text, "messageParameters": [],
                "systemMessage": "", "messageType": "comment", "isReplyable": True,
                "referenceId": ident(rng, 64, "0123456789abcdef"), "reactions": {}, "expirationTimestamp": 0,
                "markdown": True}

    msgs = [msg(0, who, secs, note), msg(1, who, secs + rng.randrange(5, 40), "\n".join(article)),
            msg(2, me, secs + rng.randrange(300, 1500), thanks)]
    doc = {"ocs": {"meta": {"status": "ok", "statuscode": 200, "message": "OK"}, "data": msgs[::-1]}}
    cmd = f"$ curl -s -u \"revue:$NC_APP_PASSWORD\" -H 'OCS-APIRequest: true' -H 'Accept: application/json' " \
          f"'https://cloud.desk.example.org/ocs/v2.php/apps/spreed/api/v1/chat/{token}?lookIntoFuture=0&limit=3' | jq ."
    return cmd + "\n" + jq(doc) + "\n", e_with(a, source=src)


LITE = {"en": ("clippings", "id", "paper", "headline", "writers", "published", "body", "added_at", "added_by"),
        "fr": ("coupures", "id", "journal", "titre", "auteurs", "parution", "texte", "ajoute_le", "ajoute_par"),
        "de": ("ausschnitte", "id", "zeitung", "titel", "autoren", "erschienen", "text", "erfasst_am", "erfasst_von"),
        "es": ("recortes", "id", "medio", "titular", "autores", "publicado", "texto", "alta_el", "alta_por"),
        "it": ("ritagli", "id", "testata", "titolo", "autori", "pubblicato", "testo", "inserito_il", "inserito_da"),
        "pt": ("recortes", "id", "jornal", "titulo", "autores", "publicado", "texto", "registado_em",
               "registado_por")}


# The desk's SQLite file queried in litecli with `\G` (the vertical output: `***************************[ 1. row
# ]***************************`, then `name | value` rows with the names padded, `<null>` for NULL): column names in the
# desk's language, the ISO day or `<null>`, the writers (`A, B` or `<null>`), the text with its line breaks, a later
# entry moment and the colleague; `1 row in set`, the time, `Goodbye!`. litecli no source, the entry moment no date.
def desk_s62_1080(a, desk, rng):
    src = src_of(a, rng)
    table, *cols = LITE[desk]
    n = rng.randrange(10, 4000)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    values = [str(n), src, a["title"], ", ".join(a["authors"]) or "<null>", a["date"] or "<null>",
              "\n\n".join(a["body"]), local_time(secs).strftime("%Y-%m-%d %H:%M:%S"), crew(a, rng, 1)[0]]
    width = max(len(c) for c in cols)
    prompt = "revue> "
    out = ["$ litecli ~/revue/revue.db", "LiteCLI: 1.11.0", "GitHub: https://github.com/dbcli/litecli",
           f"{prompt}select * from {table} where {cols[0]} = {n}\\G",
           "***************************[ 1. row ]***************************"]
    out += [f"{c:<{width}} | {v}" for c, v in zip(cols, values)]
    out += ["", "1 row in set", f"Time: 0.00{rng.randrange(1, 9)}s", prompt, "Goodbye!"]
    return "\n".join(out) + "\n", e_with(a, source=src)


BLIND_S62 = {name for name in list(globals()) if name.startswith("desk_s62_")}
assert len(BLIND_S62) == 26 and DEVELOPMENT == {
    name for name in BLIND_S62 if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S62)})
