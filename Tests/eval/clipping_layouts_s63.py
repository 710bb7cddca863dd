"""A forty-first batch of 26 clipping layouts (BLIND_S63) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s62.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a kicker, a column's name, a desk's review,
dossier or note title, a task's, a ticket's or a mail's subject with its prefix, nor a colleague's sentence around it;
authors: the persons who wrote the article, never a colleague who saved, forwarded, entered, indexed, clipped, signed,
transcribed or pasted it, a task's creator or assignee, a routing slip's persons, a photographer nor an agency; date:
the article's own publication day, never a receipt, routing, review, update, modification, entry, filing, storing,
processing, indexing, signing or mail moment, another article's day, and none when the file states none, whatever later
days it holds; source: the publication the file names, never the tool, the database, the OCR engine, the CMS, the
tracker, the mail service, the upload channel nor the desk). Half of the batch are ordinary desk clippings whose fields
are moved, combined or phrased as a desk really meets them (their printed parts in the article's language, the desk's
own stamps and notes in the desk's, with CRLF, byte-order marks and hard wraps where natural, bylines with several
writers, roles and agencies), half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S62 did not
use (checked for each with keyword greps over all the batch files, printing only file names). The sixteen development
members: a byline naming a second writer with `avec` (`Par Peter Amende, avec Anna Keller`) and the article's own
note at the foot telling where and when it ran (`Cet article a paru dans Le Monde du 3 mars 1987.`, the publication
alone when undated); the desk's CRLF routing slip (`UMLAUF – Pressestelle`, a later `Eingang:` day, colleagues' boxes
to tick) over the page's line joining the publication, the long day with its weekday and the page (`Le Monde · mardi
3 mars 1987 · p. 12`); a web copy whose one line joins the publication and a later update (`Publié le 3 mars 1987 à
14h05 · Mis à jour le 6 mars 1987 à 09h12`, the update alone when undated), the writers with their addresses at the
foot; a dateline opening the first paragraph (`BRUXELLES, 3 mars 1987 – …`) and the writers and the publication after a
slash at the foot (`Peter Amende et Anna Keller / Le Monde`); the desk's review contents entry under its later review
day (`3) Le Monde, 03/03/1987, p. 12 — Peter Amende, Anna Keller : « Headline »`) over the text; a print copy under its
citation with the issue number (`Le Monde, n° 12345, 3 mars 1987, p. 12`), a standfirst, the photographer's credit
(`Photo : Katrin Vogt / Le Monde`) and the byline; a BOM and CRLF copy wrapped at 72 whose labels are joined on one
line at the foot (`— Source : Le Monde (édition du 3 mars 1987) · Auteurs : Peter Amende · Saisi le 05/03/2026 par C.
Vidal`); a byline naming each writer's outlet (`Par Peter Amende (Le Monde) et Anna Keller (AFP)`, `Le Monde avec AFP`
when unsigned); the desk's Plone intranet read over plone.restapi (a `News Item`, `description` the publication and
day or the publication alone, later `created`/`modified`/`effective`, `creators` the colleague, `text.data` the byline
and text); a Vikunja task over its API (`title` the desk's `Résumer :` prefix and the headline, the pasted article in
the HTML `description`, later `created`/`updated`/`due_date`, `created_by` and `assignees` colleagues, Go's zero
moments); a Supabase table's row over PostgREST (columns in the desk's language, the writers an array, empty when
unsigned, the publication day or null, a later entry moment and the colleague's address); Apple Notes read with
`osascript` (the note's name, its later creation and modification dates as AppleScript prints them in the desk's
locale, then its `plaintext` holding the pasted article); a scanned page OCR'd by olmOCR (`jq .` of the Dolma JSONL
record: `text` the page's folio `LE MONDE – MARDI 3 MARS 1987 – P. 12`, headline, byline and text; `source`
`olmocr`, later `added`/`created`); sqlite-utils querying the desk's archive with `--json-cols` (the writers an array,
the day or null, a later entry moment and the colleague); a Liferay structured content over headless-delivery (`title`
the headline, a later `datePublished`, `dateCreated` and `dateModified`, `creator` the colleague, `contentFields`
labelled in the desk's language holding the publication, the day or an empty value, the writers and the HTML text);
and a Docspell item over its REST API (`name` the headline, `source` the upload channel `webapp`, `corrOrg` the
publication, `itemDate` in milliseconds or null, later `created`/`updated`, then the attachment's extracted text);
ten more are held-out.

The layouts are numbered from 1081 to 1106, the first range at or after 1081 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` importing
text_eval.py's `held_out` over the names `desk_s63_{i}`: the first start tried, 1081, gives 10 held-out), so that
sixteen fall in development (first) and ten held-out (after the marker line, which whoever tunes the reader never
reads past). Written in stop 60 without reading the reader (Sources/), its tests or its misses, nor the held-out part
of clipping_layouts_s25.py to _s62.py (clipping_layouts_s62.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py's list of definitions and helpers and real_articles.py were read, as far as needed;
the helpers of _s31.py to _s62.py imported here were only called, their behaviour checked by calling them, never read
below a marker; the keyword greps for formats already used ran over all the batch files, printing file names only).
Every layout was run over every article with every desk, twice, without exception and with the same output
(32,760 calls each time; text_eval.py's `generate`, run twice, wrote the same 2,958 clippings). Nobody tunes on any of them when written;
BLIND_S63's development members are only scored (text_eval.py prints their misses with `--show-s63-development`
alone). A container that leaves an undated article without a publication day (PostgREST's, sqlite-utils' and
Docspell's null, Liferay's empty date, the note, the task, the intranet item, the OCR'd page, the routing slip, the
update line) is expected to state none, whatever later days it holds; the articles' writers (and the co-writers a
layout adds to a signed article's byline) are the only authors, whatever colleagues, photographers or agencies a file
names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s64/base.bin`, built from 891d383;
title exact / authors F1 / date / source): figures to follow."""
import datetime
import hashlib
import json

from clipping_layouts import BY, MONTHS, WEEKDAYS, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s46 import ident
from clipping_layouts_s47 import epoch_of
from clipping_layouts_s48 import handle
from clipping_layouts_s55 import body, by_line, lang_of
from clipping_layouts_s56 import slug
from clipping_layouts_s57 import and_join, wrapped, CONJ
from clipping_layouts_s61 import ALNUM, PAGE, REVIEW, clock_of, crlf_text, esc_html, first_sentence, initial, para_html
from clipping_layouts_s62 import (BRUSSELS, FORWARD, FWD_BANNER, FWD_NOTE, jq, joined_names, local_time,
                                  midnight_epoch, rfc2822, uuid_of, writers)
from clipping_layouts import LAYOUTS

HEX = "0123456789abcdef"
WITH = {"en": "with", "fr": "avec", "de": "mit", "es": "con", "it": "con", "pt": "com"}
AGENCY = {"en": "AP", "fr": "AFP", "de": "dpa", "es": "EFE", "it": "ANSA", "pt": "Lusa"}


def host_of(src):
    """The publication's web host as url_of writes it (`www.lemonde.com`)."""
    return url_of({"title": "x"}, src).split("/")[2]


def iso_z(secs):
    return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_utc(secs):
    return datetime.datetime.fromtimestamp(secs, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def pasted(a, src, rng, lg, link=True):
    """The article as a colleague pastes it: headline, publication and long day, byline, text (and link)."""
    out = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", "\n\n".join(a["body"])]
    return out + (["", url_of(a, src)] if link else [])


# ---- development members of BLIND_S63 ----

FIRST_RAN = {"en": ("This article first appeared in {s} on {d}.", "This article first appeared in {s}."),
             "fr": ("Cet article a paru dans {s} du {d}.", "Cet article a paru dans {s}."),
             "de": ("Dieser Artikel erschien zuerst in {s} vom {d}.", "Dieser Artikel erschien zuerst in {s}."),
             "es": ("Este artículo se publicó en {s} el {d}.", "Este artículo se publicó en {s}."),
             "it": ("Questo articolo è apparso su {s} del {d}.", "Questo articolo è apparso su {s}."),
             "pt": ("Este artigo foi publicado no {s} de {d}.", "Este artigo foi publicado no {s}.")}


# A byline naming the second writer with `avec` in the article's language (`Par Peter Amende, avec Anna Keller`; a
# co-writer joins a signed article half the time; no byline when unsigned), the headline above it, the text, and at the
# foot the article's own note on where and when it ran (`Cet article a paru dans Le Monde du 3 mars 1987.`, the
# publication alone when undated). The writer named with `avec` is an author too.
def desk_s63_1081(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    parts = [a["title"]]
    if names:
        lead = joined_names(names[:-1], lg) if len(names) > 1 else names[0]
        parts.append(f"{BY[lg][0]} {lead}" + (f", {WITH[lg]} {names[-1]}" if len(names) > 1 else ""))
    signed, unsigned = FIRST_RAN[lg]
    foot = signed.format(s=src, d=long_date(a["date"], lg)) if a["date"] else unsigned.format(s=src)
    parts += ["", body(a), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


ROUTING = {"en": ("ROUTING SLIP – Press office", "Received", "Management", "please read and initial"),
           "fr": ("CIRCULATION – Service de presse", "Reçu le", "Direction", "merci de lire et de parapher"),
           "de": ("UMLAUF – Pressestelle", "Eingang", "Hausleitung", "bitte lesen und abzeichnen"),
           "es": ("CIRCULACIÓN – Gabinete de prensa", "Recibido", "Dirección", "leer y rubricar, por favor"),
           "it": ("GIRO – Ufficio stampa", "Arrivo", "Direzione", "leggere e siglare, grazie"),
           "pt": ("CIRCULAÇÃO – Assessoria de imprensa", "Recebido", "Direção", "ler e rubricar, por favor")}


# The desk's routing slip on top of a CRLF copy (in the desk's language: `UMLAUF – Pressestelle`, a later `Eingang:`
# day, three boxes for two colleagues and the management, the request to initial), a rule, then the page's line joining
# the publication, the long day with its weekday and the page in the article's language (`Le Monde · mardi 3 mars
# 1987 · p. 12`, no day when undated), the headline, the byline and the text. The receipt day is no date, the slip's
# persons no authors.
def desk_s63_1082(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, recv, board, ask = ROUTING[desk]
    one, two = crew(a, rng, 2)
    c = " :" if desk == "fr" else ":"
    slip = [f"{head}          {recv}{c} {numeric(later_day(a, rng, 2, 7), desk)}",
            f"[ ] {one}   [ ] {two}   [ ] {board}", ask, "-" * 48]
    line = " · ".join(x for x in [src, long_date(a["date"], lg, weekday=True) if a["date"] else "",
                                  PAGE[lg].format(p=rng.randrange(2, 40))] if x)
    parts = slip + [line, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a)]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


PUB_UPD = {"en": ("Published {d} at {t}", "Updated {d} at {t}"),
           "fr": ("Publié le {d} à {t}", "Mis à jour le {d} à {t}"),
           "de": ("Veröffentlicht am {d} um {t} Uhr", "Aktualisiert am {d} um {t} Uhr"),
           "es": ("Publicado el {d} a las {t}", "Actualizado el {d} a las {t}"),
           "it": ("Pubblicato il {d} alle {t}", "Aggiornato il {d} alle {t}"),
           "pt": ("Publicado a {d} às {t}", "Atualizado a {d} às {t}")}


# A web copy: the site's name, the headline, one line joining the publication and a later update in the article's
# language (`Publié le 3 mars 1987 à 14h05 · Mis à jour le 6 mars 1987 à 09h12`, the update alone when undated), the
# text, and the writers at the foot each with the address the paper prints (`Peter Amende – pamende@www.lemonde.com`;
# a co-writer half the time). The update's day is no date.
def desk_s63_1083(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    pub, upd = PUB_UPD[lg]
    when = ([pub.format(d=long_date(a["date"], lg), t=clock_of(rng, lg))] if a["date"] else []) + \
        [upd.format(d=long_date(later_day(a, rng, 1, 4), lg), t=clock_of(rng, lg))]
    domain = host_of(src).removeprefix("www.")
    parts = [src, "", a["title"], " · ".join(when), "", body(a)]
    if names:
        parts += [""] + [f"{n} – {handle(n)}@{domain}" for n in names]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


# A dateline opening the first paragraph (`BRUXELLES, 3 mars 1987 – …` in the article's language, the place alone when
# undated) under the headline, and at the foot the writers and the publication after a slash (`Peter Amende et Anna
# Keller / Le Monde`; the publication alone when unsigned).
def desk_s63_1084(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    place = BRUSSELS[lg].upper()
    opening = f"{place}, {long_date(a['date'], lg)} – " if a["date"] else f"{place} – "
    paras = [opening + a["body"][0]] + a["body"][1:]
    foot = f"{joined_names(names, lg)} / {src}" if names else src
    parts = [a["title"], "", "\n\n".join(paras), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


QUOTES = {"en": ("“", "”"), "fr": ("« ", " »"), "de": ("„", "“"), "es": ("«", "»"), "it": ("«", "»"),
          "pt": ("«", "»")}
REVIEW_OF = {"en": "Press review, {d}", "fr": "Revue de presse du {d}", "de": "Pressespiegel vom {d}",
             "es": "Resumen de prensa del {d}", "it": "Rassegna stampa del {d}", "pt": "Revista de imprensa de {d}"}


# The desk's review contents entry in its own language under the review's later day (`Revue de presse du 05/03/2026`):
# the entry's number, the publication, the numeric day in the desk's convention and the page, a dash, the writers
# joined by commas and the headline in the desk's quotation marks (`3) Le Monde, 03/03/1987, p. 12 — Peter Amende,
# Anna Keller : « Headline »`; no day when undated, no writers when unsigned), then the text. The quotation marks and
# the number are no part of the headline, the review day no date.
def desk_s63_1086(a, desk, rng):
    src = src_of(a, rng)
    names = writers(a, rng)
    op, cl = QUOTES[desk]
    meta = ", ".join(x for x in [src, numeric(a["date"], desk) if a["date"] else "",
                                 PAGE[desk].format(p=rng.randrange(2, 40))] if x)
    c = " : " if desk == "fr" else ": "
    entry = f"{rng.randrange(1, 12)}) {meta} — " + (", ".join(names) + c if names else "") + f"{op}{a['title']}{cl}"
    parts = [REVIEW_OF[desk].format(d=numeric(later_day(a, rng, 1, 4), desk)), "", entry, "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


ISSUE = {"en": "No. {n}", "fr": "n° {n}", "de": "Nr. {n}", "es": "n.º {n}", "it": "n. {n}", "pt": "n.º {n}"}
PHOTO = {"en": "Photo: {p} / {s}", "fr": "Photo : {p} / {s}", "de": "Foto: {p} / {s}", "es": "Foto: {p} / {s}",
         "it": "Foto: {p} / {s}", "pt": "Foto: {p} / {s}"}
PHOTOGRAPHERS = ["Katrin Vogt", "Tomás Ibarra", "Lena Hartmann", "Paolo Ferri", "Joana Pires", "Olivier Marchand"]


# A print copy under its citation in the article's language (`Le Monde, n° 12345, 3 mars 1987, p. 12`, no day when
# undated), the headline, the standfirst (the lead's first sentence), the photographer's credit (`Photo : Katrin Vogt /
# Le Monde`), the byline and the rest of the text. The photographer is no author.
def desk_s63_1087(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    cite = ", ".join(x for x in [src, ISSUE[lg].format(n=rng.randrange(4000, 30000)),
                                 long_date(a["date"], lg) if a["date"] else "",
                                 PAGE[lg].format(p=rng.randrange(2, 40))] if x)
    stand, lead = first_sentence(a["body"][0])
    rest = ([lead] if lead else []) + a["body"][1:]
    photo = rng.choice([p for p in PHOTOGRAPHERS if p not in a["authors"]])
    parts = [cite, "", a["title"], stand, PHOTO[lg].format(p=photo, s=src)] + \
        ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join(rest)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FOOT_LABELS = {"en": ("Source", "issue of {d}", "undated", "Authors", "Entered {d} by {w}"),
               "fr": ("Source", "édition du {d}", "sans date", "Auteurs", "Saisi le {d} par {w}"),
               "de": ("Quelle", "Ausgabe vom {d}", "ohne Datum", "Autoren", "Erfasst am {d} von {w}"),
               "es": ("Fuente", "edición del {d}", "sin fecha", "Autores", "Registrado el {d} por {w}"),
               "it": ("Fonte", "edizione del {d}", "senza data", "Autori", "Inserito il {d} da {w}"),
               "pt": ("Fonte", "edição de {d}", "sem data", "Autores", "Registado a {d} por {w}")}


# A BOM and CRLF copy: the headline and the text hard-wrapped at 72, then the desk's labels joined on one line at the
# foot in its own language (`— Source : Le Monde (édition du 3 mars 1987) · Auteurs : Peter Amende, Anna Keller ·
# Saisi le 05/03/2026 par C. Vidal`; `(sans date)` when undated, no authors' label when unsigned). The entry day is no
# date, the colleague no author.
def desk_s63_1088(a, desk, rng):
    src = src_of(a, rng)
    names = writers(a, rng)
    source, issue, nd, auth, entered = FOOT_LABELS[desk]
    c = " : " if desk == "fr" else ": "
    fields = [f"{source}{c}{src} ({issue.format(d=long_date(a['date'], desk)) if a['date'] else nd})"]
    if names:
        fields.append(f"{auth}{c}{', '.join(names)}")
    fields.append(entered.format(d=numeric(later_day(a, rng, 1, 6), desk), w=initial(crew(a, rng, 1)[0])))
    parts = [a["title"], "", wrapped(a["body"], 72), "", "— " + " · ".join(fields)]
    return "\ufeff" + crlf_text("\n".join(parts) + "\n"), e_with(a, source=src, authors=names)


# The publication and the long day with its weekday on top (`Le Monde – mardi 3 mars 1987`, the publication alone when
# undated), the headline, and a byline naming each writer's outlet in brackets (`Par Peter Amende (Le Monde) et Anna
# Keller (AFP)`: the article's writers the paper's own, a co-writer half the time from the agency of the article's
# language; `Le Monde avec AFP` when unsigned, naming nobody), then the text. The bracketed outlets are no authors.
def desk_s63_1090(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    agency = AGENCY[lg]
    own = len(a["authors"])
    if names:
        byl = f"{BY[lg][0]} " + and_join([f"{n} ({src if i < own else agency})" for i, n in enumerate(names)],
                                         CONJ[lg])
    else:
        byl = f"{src} {WITH[lg]} {agency}"
    top = sep_join(" – ", src, long_date(a["date"], lg, weekday=True) if a["date"] else "")
    parts = [top, "", a["title"], byl, "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


# The desk's intranet on Plone read over plone.restapi (`curl -s -H "Accept: application/json" … | jq .`): a `News
# Item`, `title` the headline, `description` the publication and long day in the desk's language (the publication
# alone when undated), `text.data` the byline and the text as HTML, later `created`, `modified` and `effective`,
# `creators` the colleague's login, the parent folder the desk's review of the year. Plone no source, its moments
# (`effective` the intranet's publication) no date, its creator no author.
def desk_s63_1091(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    secs = epoch_of(day, rng)
    year = day[:4]
    sl = slug(a["title"])[:60].strip("-")
    folder = f"https://intranet.desk.example.org/{slug(REVIEW[desk])}/{year}"
    url = f"{folder}/{sl}"
    html = (f"<p>{esc_html(by_line(a, rng))}</p>" if a["authors"] else "") + para_html(a["body"])
    doc = {"@components": {k: {"@id": f"{url}/@{k}"} for k in ("actions", "aliases", "breadcrumbs",
                                                                  "contextnavigation", "navigation", "navroot",
                                                                  "types", "workflow")},
           "@id": url, "@type": "News Item", "UID": ident(rng, 32, HEX), "allow_discussion": False,
           "changeNote": "", "contributors": [], "created": iso_utc(secs), "creators": [handle(who)],
           "description": sep_join(", ", src, long_date(a["date"], desk) if a["date"] else ""),
           "effective": iso_utc(secs + rng.randrange(600, 7200)), "exclude_from_nav": False, "expires": None,
           "id": sl, "image": None, "image_caption": None, "is_folderish": False, "language": "",
           "layout": "newsitem_view", "lock": {"locked": False, "stealable": True},
           "modified": iso_utc(secs + rng.randrange(7200, 20000)),
           "parent": {"@id": folder, "@type": "Folder", "description": "", "review_state": "published",
                      "title": f"{REVIEW[desk]} {year}", "type_title": "Folder"},
           "review_state": "published", "rights": "", "subjects": [REVIEW[desk]],
           "text": {"content-type": "text/html", "data": html, "encoding": "utf-8"}, "title": a["title"],
           "type_title": "News Item", "version": "current", "working_copy": None, "working_copy_of": None}
    cmd = f"$ curl -s -H \"Accept: application/json\" -u \"revue:$PLONE_PASSWORD\" {url} | jq ."
    return cmd + "\n" + jq(doc) + "\n", e_with(a, source=src)


SUMMARISE = {"en": "Summarise: ", "fr": "Résumer : ", "de": "Zusammenfassen: ", "es": "Resumir: ",
             "it": "Riassumere: ", "pt": "Resumir: "}
ZERO = "0001-01-01T00:00:00Z"


def vikunja_time(secs):
    return local_time(secs).strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"


def vikunja_user(rng, name, secs):
    return {"id": rng.randrange(2, 60), "name": name, "username": handle(name), "created": vikunja_time(secs),
            "updated": vikunja_time(secs)}


# The desk's to-do list on Vikunja, a task read over its API (`curl … /api/v1/tasks/N | jq .`): `title` the desk's
# `Résumer :` prefix and the headline, `description` the pasted article as HTML (headline, publication and long day,
# byline, text, link), later `created`, `updated` and `due_date`, Go's zero moment for `done_at`, `start_date` and
# `end_date`, `created_by` and `assignees` colleagues, the desk's label. Vikunja no source, its moments no date, its
# users no authors.
def desk_s63_1093(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    day = later_day(a, rng, 1, 4)
    secs = epoch_of(day, rng)
    since = secs - rng.randrange(200, 900) * 86400
    tid, index = rng.randrange(300, 9000), rng.randrange(2, 400)
    html = f"<p><strong>{esc_html(a['title'])}</strong></p><p>{esc_html(sep_join(', ', src, dated(a, lg)))}</p>" + \
        (f"<p>{esc_html(by_line(a, rng))}</p>" if a["authors"] else "") + para_html(a["body"]) + \
        f"<p><a href=\"{url_of(a, src)}\">{esc_html(url_of(a, src))}</a></p>"
    due = datetime.datetime.fromisoformat(day) + datetime.timedelta(days=1, hours=11)
    creator = vikunja_user(rng, who, since)
    task = {"id": tid, "title": SUMMARISE[desk] + a["title"], "description": html, "done": False, "done_at": ZERO,
            "due_date": due.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00", "reminders": None,
            "project_id": rng.randrange(2, 30), "repeat_after": 0, "repeat_mode": 0, "priority": 2,
            "start_date": ZERO, "end_date": ZERO, "assignees": [vikunja_user(rng, other, since)],
            "labels": [{"id": rng.randrange(1, 20), "title": REVIEW[desk], "description": "", "hex_color": "1973ff",
                        "created_by": creator, "created": vikunja_time(since), "updated": vikunja_time(since)}],
            "hex_color": "", "percent_done": 0, "identifier": f"#{index}", "index": index, "related_tasks": {},
            "attachments": None, "cover_image_attachment_id": 0, "is_favorite": False,
            "created": vikunja_time(secs), "updated": vikunja_time(secs + rng.randrange(60, 3000)),
            "bucket_id": 0, "position": float(rng.randrange(1, 64) * 65536), "reactions": None,
            "created_by": creator}
    cmd = f"$ curl -s -H \"Authorization: Bearer $VIKUNJA_TOKEN\" https://tasks.desk.example.org/api/v1/tasks/{tid}" \
          " | jq ."
    return cmd + "\n" + jq(task) + "\n", e_with(a, source=src)


ROW_COLS = {"en": ("clippings", "headline", "paper", "authors", "published_on", "page", "body", "url", "entered_by",
                   "entered_at"),
            "fr": ("coupures", "titre", "journal", "auteurs", "date_parution", "page", "texte", "lien", "saisi_par",
                   "saisi_le"),
            "de": ("ausschnitte", "titel", "zeitung", "autoren", "erschienen_am", "seite", "text", "link",
                   "erfasst_von", "erfasst_am"),
            "es": ("recortes", "titular", "medio", "autores", "fecha_publicacion", "pagina", "texto", "enlace",
                   "alta_por", "alta_el"),
            "it": ("ritagli", "titolo", "testata", "autori", "data_pubblicazione", "pagina", "testo", "link",
                   "inserito_da", "inserito_il"),
            "pt": ("recortes", "titulo", "jornal", "autores", "data_publicacao", "pagina", "texto", "ligacao",
                   "registado_por", "registado_em")}


# The desk's clippings table on Supabase read over its PostgREST API (`curl … /rest/v1/coupures?id=eq.N&select=* |
# jq .`): an array of one row, column names in the desk's language, the writers a Postgres array (empty when
# unsigned), the publication day as a `date` (null when undated), the page, the text, the link, the colleague's
# address and a later `timestamptz` entry moment. Supabase no source, the entry no date, the colleague no author.
def desk_s63_1095(a, desk, rng):
    src = src_of(a, rng)
    table, title, paper, auth, pub, page, text, link, by, at = ROW_COLS[desk]
    rid = rng.randrange(100, 20000)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    row = {"id": rid, title: a["title"], paper: src, auth: list(a["authors"]), pub: a["date"],
           page: rng.randrange(1, 40), text: "\n\n".join(a["body"]), link: url_of(a, src),
           by: f"{handle(crew(a, rng, 1)[0])}@desk.example.org",
           at: iso_utc(secs).removesuffix("+00:00") + f".{rng.randrange(10 ** 6):06d}+00:00"}
    project = ident(rng, 20, "abcdefghijklmnopqrstuvwxyz")
    cmd = f"$ curl -s \"https://{project}.supabase.co/rest/v1/{table}?id=eq.{rid}&select=*\" " \
          "-H \"apikey: $SUPABASE_KEY\" -H \"Authorization: Bearer $SUPABASE_KEY\" | jq ."
    return cmd + "\n" + jq([row]) + "\n", e_with(a, source=src)


AS_DATE = {"en": " at ", "fr": " à ", "de": " um ", "es": ", ", "it": " ", "pt": " às "}


def applescript_date(secs, desk):
    """A date as AppleScript prints it in the desk's macOS locale (`date jeudi 5 mars 2026 à 10:12:07`)."""
    t = local_time(secs)
    day = long_date(t.date().isoformat(), desk, weekday=True)
    clock = f"{(t.hour - 1) % 12 + 1}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}" \
        if desk == "en" else t.strftime("%H:%M:%S")
    return f"date {day}{AS_DATE[desk]}{clock}"


# Apple Notes read with `osascript` on the desk's Mac: the note's name, creation and modification dates (later moments
# as AppleScript prints them in the desk's locale, `date jeudi 5 mars 2026 à 10:12:07`), then its `plaintext` holding
# the article a colleague pasted (headline, publication and long day, byline, text, link). Notes no source, its dates
# no date.
def desk_s63_1099(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    folder = REVIEW[desk]
    note = f"note {rng.randrange(1, 9)} of folder \"{folder}\""
    out = [f"$ osascript -e 'tell application \"Notes\" to get {{name, creation date, modification date}} of {note}'",
           f"{a['title']}, {applescript_date(secs, desk)}, {applescript_date(secs + rng.randrange(120, 5000), desk)}",
           f"$ osascript -e 'tell application \"Notes\" to get plaintext of {note}'"] + pasted(a, src, rng, lg)
    return "\n".join(out) + "\n", e_with(a, source=src)


# A page of the desk's scanned archive OCR'd by olmOCR, its Dolma record read with `jq .` (`workspace/results/
# output_….jsonl`): `text` the page as read (the folio `LE MONDE – MARDI 3 MARS 1987 – P. 12` in the article's
# language, `LE MONDE – P. 12` when undated, the headline, the byline, the paragraphs), `source` `olmocr`, later
# `added` and `created` days, `metadata` naming the scan's file, the version and the token counts. olmOCR no source,
# its days no date.
def desk_s63_1100(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    folio = " – ".join(x for x in [src.upper(), long_date(a["date"], lg, weekday=True).upper() if a["date"] else "",
                                   PAGE[lg].format(p=rng.randrange(2, 40)).upper()] if x)
    text = "\n\n".join([folio, a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + a["body"])
    day = later_day(a, rng, 1, 8)
    scan = f"/srv/archiv/scans/{rng.randrange(1, 60):03d}/{ident(rng, 10, ALNUM)}.pdf"
    tokens = len(text) // 4
    rec = {"id": hashlib.sha1(text.encode()).hexdigest(), "text": text, "source": "olmocr", "added": day,
           "created": day, "metadata": {"Source-File": scan, "olmocr-version": f"0.1.{rng.randrange(60, 80)}",
                                        "pdf-total-pages": 1, "total-input-tokens": tokens + 1500,
                                        "total-output-tokens": tokens, "total-fallback-pages": 0},
           "attributes": {"pdf_page_numbers": [[0, len(text), 1]]}}
    cmd = f"$ jq . workspace/results/output_{hashlib.sha1(scan.encode()).hexdigest()}.jsonl"
    return cmd + "\n" + jq(rec) + "\n", e_with(a, source=src)


# The desk's archive in SQLite queried with sqlite-utils (`sqlite-utils tables revue.db --counts`, then `sqlite-utils
# query revue.db "select * from coupures where id = N" --json-cols`): one JSON line holding the row, column names in
# the desk's language, the writers a JSON array (empty when unsigned), the publication day (null when undated), a later
# entry moment and the colleague. sqlite-utils no source, the entry no date, the colleague no author.
def desk_s63_1103(a, desk, rng):
    src = src_of(a, rng)
    table, title, paper, auth, pub, page, text, link, by, at = ROW_COLS[desk]
    rid = rng.randrange(100, 20000)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    row = {"id": rid, title: a["title"], paper: src, auth: list(a["authors"]), pub: a["date"],
           page: rng.randrange(1, 40), text: "\n\n".join(a["body"]), link: url_of(a, src),
           by: handle(crew(a, rng, 1)[0]), at: local_time(secs).strftime("%Y-%m-%d %H:%M:%S")}
    out = ["$ sqlite-utils tables revue.db --counts",
           json.dumps([{"table": table, "count": rid + rng.randrange(0, 300)}], ensure_ascii=False),
           f"$ sqlite-utils query revue.db \"select * from {table} where id = {rid}\" --json-cols",
           json.dumps([row], ensure_ascii=False)]
    return "\n".join(out) + "\n", e_with(a, source=src)


LIFERAY = {"en": ("Publication", "Publication date", "Authors", "Text", "Link", "en-US"),
           "fr": ("Publication", "Date de parution", "Auteurs", "Texte", "Lien", "fr-FR"),
           "de": ("Zeitung", "Erscheinungsdatum", "Autoren", "Text", "Link", "de-DE"),
           "es": ("Medio", "Fecha de publicación", "Autores", "Texto", "Enlace", "es-ES"),
           "it": ("Testata", "Data di pubblicazione", "Autori", "Testo", "Link", "it-IT"),
           "pt": ("Jornal", "Data de publicação", "Autores", "Texto", "Ligação", "pt-PT")}


def lr_field(label, name, kind, data):
    return {"contentFieldValue": {"data": data}, "dataType": kind, "inputControl": "text" if kind == "string"
            else None, "label": label, "name": name, "nestedContentFields": [], "repeatable": False}


# The desk's intranet on Liferay, a structured content read over headless-delivery (`curl … /o/headless-delivery/
# v1.0/structured-contents/N | jq .`): `title` the headline, later `dateCreated`, `dateModified` and `datePublished`
# (the intranet's), `creator` the colleague, `contentFields` labelled in the desk's language holding the publication,
# the publication day (an empty value when undated), the writers joined by commas (empty when unsigned), the text as
# HTML and the link. Liferay no source, its moments no date, its creator no author.
def desk_s63_1104(a, desk, rng):
    src = src_of(a, rng)
    paper, pub, auth, text, link, locale = LIFERAY[desk]
    who = crew(a, rng, 1)[0]
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    cid = rng.randrange(40000, 900000)
    first, _, last = who.partition(" ")
    fields = [lr_field(paper, "Publication", "string", src),
              lr_field(pub, "PublicationDate", "date", a["date"] or ""),
              lr_field(auth, "Authors", "string", ", ".join(a["authors"])),
              lr_field(text, "Text", "html", para_html(a["body"])),
              lr_field(link, "Link", "string", url_of(a, src))]
    doc = {"actions": {}, "availableLanguages": [locale], "contentFields": fields,
           "contentStructureId": rng.randrange(30000, 40000),
           "creator": {"additionalName": "", "contentType": "UserAccount", "familyName": last, "givenName": first,
                       "id": rng.randrange(20100, 20999), "name": who},
           "customFields": [], "dateCreated": iso_z(secs), "dateModified": iso_z(secs + rng.randrange(60, 4000)),
           "datePublished": iso_z(secs), "description": "", "externalReferenceCode": uuid_of(rng),
           "friendlyUrlPath": slug(a["title"])[:60].strip("-"), "id": cid, "key": str(cid - 2), "keywords": [],
           "numberOfComments": 0, "priority": 0.0, "relatedContents": [],
           "renderedContents": [{"contentTemplateId": str(rng.randrange(30000, 40000)),
                                 "contentTemplateName": REVIEW[desk], "markedAsDefault": True,
                                 "renderedContentURL": f"https://intranet.desk.example.org/o/headless-delivery/v1.0/"
                                                       f"structured-contents/{cid}/rendered-content/"}],
           "siteId": rng.randrange(20100, 20999), "subscribed": False, "taxonomyCategoryBriefs": [],
           "title": a["title"], "uuid": uuid_of(rng)}
    cmd = "$ curl -s -u \"revue@desk.example.org:$LIFERAY_PASSWORD\" https://intranet.desk.example.org/o/" \
          f"headless-delivery/v1.0/structured-contents/{cid} | jq ."
    return cmd + "\n" + jq(doc) + "\n", e_with(a, source=src)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def ds_id(rng):
    return "-".join(ident(rng, 11, B58) for _ in range(4))


# The desk's scanned clippings in Docspell, an item and its attachment's metadata over the REST API (`curl … /api/v1/
# sec/item/ID | jq .`, then `…/attachment/ID/meta | jq .`): `name` the headline, `source` the upload channel
# (`webapp`), `corrOrg` the publication, `itemDate` the publication day in milliseconds (null when undated), later
# `created` and `updated`, the desk's folder and tag; the metadata's `content` the text extracted from the scan (the
# publication and long day, the headline, the byline, the text). Docspell and its upload channel no source, its
# moments no date.
def desk_s63_1106(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    ms = secs * 1000 + rng.randrange(1000)
    item, att = ds_id(rng), ds_id(rng)
    name = slug(a["title"])[:40].strip("-") + ".pdf"
    size = rng.randrange(90000, 900000)
    item_doc = {"id": item, "name": a["title"], "source": "webapp", "direction": "incoming", "state": "confirmed",
                "created": ms, "updated": ms + rng.randrange(10000, 900000),
                "itemDate": midnight_epoch(a["date"]) * 1000 if a["date"] else None, "dueDate": None,
                "corrOrg": {"id": ds_id(rng), "name": src}, "corrPerson": None, "concPerson": None,
                "concEquipment": None, "inReplyTo": None,
                "folder": {"id": ds_id(rng), "name": REVIEW[desk]}, "notes": None,
                "attachments": [{"id": att, "name": name, "size": size, "contentType": "application/pdf",
                                 "converted": True}],
                "sources": [{"id": ds_id(rng), "name": f"scan_{rng.randrange(100, 9999):04d}.pdf", "size": size,
                             "contentType": "application/pdf"}],
                "archives": [], "tags": [{"id": ds_id(rng), "name": REVIEW[desk], "category": None, "created": ms}],
                "customfields": []}
    content = "\n".join([sep_join(" · ", src, dated(a, lg)), "", a["title"]] +
                        ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join(a["body"])])
    meta = {"content": content, "labels": [], "proposals": {"corrOrg": [], "corrPerson": [], "concPerson": [],
                                                            "concEquipment": [], "itemDate": [], "dueDate": []}}
    base = "https://docs.desk.example.org/api/v1/sec"
    out = [f"$ curl -s -H \"X-Docspell-Auth: $DS_TOKEN\" {base}/item/{item} | jq .", jq(item_doc),
           f"$ curl -s -H \"X-Docspell-Auth: $DS_TOKEN\" {base}/attachment/{att}/meta | jq .", jq(meta)]
    return "\n".join(out) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s63_")}
# ---- held-out members of BLIND_S63 below: whoever tunes the reader never reads past this line ----

READ_ALSO = {"en": ("Read also", "Markets brace for a busy week"),
             "fr": ("Lire aussi", "Les marchés se préparent à une semaine chargée"),
             "de": ("Lesen Sie auch", "Die Märkte stellen sich auf eine unruhige Woche ein"),
             "es": ("Lea también", "Los mercados se preparan para una semana intensa"),
             "it": ("Leggi anche", "I mercati si preparano a una settimana intensa"),
             "pt": ("Leia também", "Os mercados preparam-se para uma semana agitada")}


def earlier_day(a, rng):
    """Another article's day: some days before the article's, or a day years back when it is undated."""
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"]) - datetime.timedelta(days=rng.randrange(2, 25))
    else:
        d = datetime.date(rng.randrange(2012, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
    return d.isoformat()


# The publication and long day on one line (`Le Monde — 3 mars 1987`, the publication alone when undated), the
# headline, the byline, the text, and the page's related link at the foot with another article's headline,
# publication and earlier day (`Lire aussi : Les marchés se préparent… (Le Monde, 24 février 1987)`). The related
# article's day is no date, its headline no title.
def desk_s63_1085(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    label, other = READ_ALSO[lg]
    c = " : " if lg == "fr" else ": "
    parts = [sep_join(" — ", src, dated(a, lg)), "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", body(a), "", f"{label}{c}{other} ({src}, {long_date(earlier_day(a, rng), lg)})"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


COLUMN = {"en": ("{a}'s column", "The business column"), "fr": ("La chronique de {a}", "La chronique éco"),
          "de": ("Die Kolumne von {a}", "Die Wirtschaftskolumne"), "es": ("La columna de {a}", "La columna económica"),
          "it": ("La rubrica di {a}", "La rubrica economica"), "pt": ("A crónica de {a}", "A crónica de economia")}
ISSUE_OF = {"en": "{s}, {d}", "fr": "{s} du {d}", "de": "{s} vom {d}", "es": "{s} del {d}", "it": "{s} del {d}",
            "pt": "{s} de {d}"}


# A column under its kicker naming the columnist in the article's language (`La chronique de Peter Amende`; `La
# chronique éco` when unsigned), the headline and the text, then the publication and the long day with its weekday at
# the foot (`Le Monde du mardi 3 mars 1987`, the publication alone when undated). The kicker is no title; the
# columnist is the author.
def desk_s63_1089(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    signed, unsigned = COLUMN[lg]
    kick = signed.format(a=joined_names(a["authors"], lg)) if a["authors"] else unsigned
    foot = ISSUE_OF[lg].format(s=src, d=long_date(a["date"], lg, weekday=True)) if a["date"] else src
    parts = [kick, a["title"], "", body(a), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


REPORT_BY = {"en": "A report by {a}", "fr": "Un reportage de {a}", "de": "Ein Bericht von {a}",
             "es": "Un reportaje de {a}", "it": "Un servizio di {a}", "pt": "Uma reportagem de {a}"}


# A copy pasted from a phone (BOM, the text hard-wrapped at 40): the long day with its weekday and the publication on
# top (`Dienstag, 3. März 1987 · Le Monde`, the publication alone when undated), the headline, a phrased byline in the
# article's language (`Ein Bericht von Peter Amende und Anna Keller`; a co-writer half the time; no line when
# unsigned), the text.
def desk_s63_1092(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    top = sep_join(" · ", long_date(a["date"], lg, weekday=True) if a["date"] else "", src)
    parts = [top, "", a["title"]] + ([REPORT_BY[lg].format(a=joined_names(names, lg))] if names else []) + \
        ["", wrapped(a["body"], 40)]
    return "\ufeff" + "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


TRANSCRIBED = {"en": "[Transcribed from microfilm, {d}, {w}]", "fr": "[Transcription d'après microfilm, {d}, {w}]",
               "de": "[Abschrift vom Mikrofilm, {d}, {w}]", "es": "[Transcripción del microfilm, {d}, {w}]",
               "it": "[Trascrizione da microfilm, {d}, {w}]", "pt": "[Transcrição do microfilme, {d}, {w}]"}
NAMED = {w.lower() for table in (MONTHS, WEEKDAYS) for words in table.values() for w in words.split()}


def old_style(text):
    """Weekday and month capitalised as old mastheads print them (`Mardi 3 Mars 1987`)."""
    return " ".join(w[:1].upper() + w[1:] if w.strip(",").lower() in NAMED else w for w in text.split(" "))


# The desk's transcription of a microfilmed page: its note in its own language on top (`[Abschrift vom Mikrofilm,
# 05.03.2026, S. Krüger]`, a later day and the colleague), the publication in capitals, the long day with its weekday
# in the old masthead's capitals (`Mardi 3 Mars 1987`, no line when undated), the headline, the byline in the old
# style (`par PETER AMENDE et ANNA KELLER`; a co-writer half the time), the text. The transcription day is no date,
# the transcriber no author.
def desk_s63_1094(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    names = writers(a, rng)
    note = TRANSCRIBED[desk].format(d=numeric(later_day(a, rng, 1, 9), desk), w=initial(crew(a, rng, 1)[0]))
    parts = [note, "", src.upper()] + ([old_style(long_date(a["date"], lg, weekday=True))] if a["date"] else []) + \
        ["", a["title"]]
    if names:
        parts.append(f"{BY[lg][0].lower()} " + and_join([n.upper() for n in names], CONJ[lg]))
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=names)


DESK_NOTE = {"en": ("Note from {w}: {s} ran {t} on {d} – please shorten for the review.",
                    "Note from {w}: {s} ran {t} – please shorten for the review."),
             "fr": ("Note de {w} : {s} titre le {d} {t} – à raccourcir pour la revue.",
                    "Note de {w} : {s} titre {t} – à raccourcir pour la revue."),
             "de": ("Hinweis von {w}: {s} titelt am {d} {t} – bitte für den Spiegel kürzen.",
                    "Hinweis von {w}: {s} titelt {t} – bitte für den Spiegel kürzen."),
             "es": ("Nota de {w}: {s} titula el {d} {t} – acortar para el resumen.",
                    "Nota de {w}: {s} titula {t} – acortar para el resumen."),
             "it": ("Nota di {w}: {s} titola il {d} {t} – da accorciare per la rassegna.",
                    "Nota di {w}: {s} titola {t} – da accorciare per la rassegna."),
             "pt": ("Nota de {w}: {s} titula a {d} {t} – encurtar para a revista.",
                    "Nota de {w}: {s} titula {t} – encurtar para a revista.")}


# A colleague's note in the desk's language naming the publication, the numeric day in the desk's convention and the
# headline in the desk's quotation marks in one sentence (`Hinweis von C. Vidal: Le Monde titelt am 03.03.1987
# „Headline“ – bitte für den Spiegel kürzen.`, no day when undated), then the byline and the text pasted below it. The
# colleague is no author, the sentence around the headline no part of it.
def desk_s63_1096(a, desk, rng):
    src = src_of(a, rng)
    op, cl = QUOTES[desk]
    dated_note, undated_note = DESK_NOTE[desk]
    w = initial(crew(a, rng, 1)[0])
    t = f"{op}{a['title']}{cl}"
    note = dated_note.format(w=w, s=src, d=numeric(a["date"], desk), t=t) if a["date"] else \
        undated_note.format(w=w, s=src, t=t)
    parts = [note, ""] + ([by_line(a, rng), ""] if a["authors"] else []) + [body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's board on Kanboard read over its JSON-RPC API (`curl -u "jsonrpc:…" -d '{"jsonrpc": "2.0", "method":
# "getTask", …}' … | jq .`, then `getAllComments`): every value a string as Kanboard sends it, `title` the headline,
# `description` the pasted Markdown article (bold headline, publication and long day, byline, text, link), later
# `date_creation`, `date_modification`, `date_moved` and `date_due` in seconds, then a colleague's comment with its
# later moment. Kanboard no source, its moments no date, its users no authors.
def desk_s63_1097(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    tid, project = rng.randrange(100, 5000), rng.randrange(1, 12)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    desc = "\n".join([f"**{a['title']}**", "", sep_join(", ", f"*{src}*", dated(a, lg))] +
                     ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join(a["body"]), "", url_of(a, src)])
    uid, oid = rng.randrange(2, 40), rng.randrange(2, 40)
    due = secs - secs % 86400 + 86400 + 11 * 3600
    task = {"id": str(tid), "title": a["title"], "description": desc, "date_creation": str(secs), "color_id": "yellow",
            "project_id": str(project), "column_id": str(rng.randrange(1, 30)), "owner_id": str(oid),
            "position": str(rng.randrange(1, 20)), "is_active": "1", "date_completed": None, "score": "0",
            "date_due": str(due), "category_id": "0", "creator_id": str(uid),
            "date_modification": str(secs + rng.randrange(60, 3000)), "reference": "", "date_started": "0",
            "time_spent": "0", "time_estimated": "0", "swimlane_id": str(project),
            "date_moved": str(secs + rng.randrange(3000, 9000)), "recurrence_status": "0",
            "recurrence_trigger": "0", "recurrence_factor": "0", "recurrence_timeframe": "0",
            "recurrence_basedate": "0", "recurrence_parent": None, "recurrence_child": None, "priority": "0",
            "external_provider": None, "external_uri": None,
            "url": f"https://board.desk.example.org/?controller=TaskViewController&action=show&task_id={tid}"
                   f"&project_id={project}",
            "color": {"name": "Yellow", "background": "rgb(245, 247, 196)", "border": "rgb(223, 227, 45)"}}
    csecs = secs + rng.randrange(9000, 30000)
    comment = {"id": str(rng.randrange(10, 900)), "task_id": str(tid), "user_id": str(oid),
               "date_creation": str(csecs), "date_modification": str(csecs), "comment": FWD_NOTE[desk],
               "reference": "", "visibility": "app-user", "username": handle(other), "name": other,
               "email": f"{handle(other)}@desk.example.org", "avatar_path": None}
    base = "$ curl -s -u \"jsonrpc:$KANBOARD_TOKEN\" -d '{\"jsonrpc\": \"2.0\", \"method\": \"%s\", \"id\": %d, " \
           "\"params\": {\"task_id\": %d}}' https://board.desk.example.org/jsonrpc.php | jq ."
    one, two = rng.randrange(1, 10 ** 9), rng.randrange(1, 10 ** 9)
    out = [base % ("getTask", one, tid), jq({"jsonrpc": "2.0", "id": one, "result": task}),
           base % ("getAllComments", two, tid), jq({"jsonrpc": "2.0", "id": two, "result": [comment]})]
    return "\n".join(out) + "\n", e_with(a, source=src)


GPG_NOTE = {"en": "Here is the piece for the review, as discussed.", "fr": "Voici l'article pour la revue, comme convenu.",
            "de": "Anbei der Artikel für den Spiegel, wie besprochen.",
            "es": "Aquí va el artículo para el resumen, como hablamos.",
            "it": "Ecco l'articolo per la rassegna, come d'accordo.",
            "pt": "Segue o artigo para a revista, como combinado."}


def gpg_time(secs):
    t = local_time(secs)
    return t.strftime("%a %d %b %Y ") + f"{(t.hour - 1) % 12 + 1:02d}:{t.minute:02d}:{t.second:02d} " \
        f"{'AM' if t.hour < 12 else 'PM'} CET"


# A colleague's signed and encrypted copy decrypted with GnuPG (`gpg --decrypt …txt.asc`, the C locale): the key's
# lines, the plaintext (the colleague's note in the desk's language, the headline, publication and long day, byline,
# text, link), then the signature's later moment, the key and `Good signature from "Claire Vidal <…>"`. GnuPG no
# source, the signing moment no date, the signer no author.
def desk_s63_1098(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    key_made = f"{rng.randrange(2021, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    sub, fpr = ident(rng, 16, HEX).upper(), ident(rng, 40, HEX).upper()
    name = f"{slug(REVIEW[desk])}-{ident(rng, 6, HEX)}.txt.asc"
    out = [f"$ gpg --decrypt {name}", f"gpg: encrypted with rsa4096 key, ID {sub}, created {key_made}",
           f"      \"{REVIEW[desk]} <revue@desk.example.org>\"", GPG_NOTE[desk], ""] + pasted(a, src, rng, lg) + \
        [f"gpg: Signature made {gpg_time(secs)}", f"gpg:                using RSA key {fpr}",
         f"gpg: Good signature from \"{who} <{handle(who)}@desk.example.org>\" [full]"]
    return "\n".join(out) + "\n", e_with(a, source=src)


CLICKUP = {"en": ("Publication", "Publication date"), "fr": ("Publication", "Date de parution"),
           "de": ("Zeitung", "Erscheinungsdatum"), "es": ("Medio", "Fecha de publicación"),
           "it": ("Testata", "Data di pubblicazione"), "pt": ("Jornal", "Data de publicação")}


def cu_user(rng, name):
    return {"id": rng.randrange(10 ** 7, 10 ** 8), "username": name, "color": "#7b68ee",
            "initials": "".join(w[0] for w in name.split()[:2]).upper(), "email": f"{handle(name)}@desk.example.org",
            "profilePicture": None}


# The desk's press review list on ClickUp, a task read over API v2 (`curl … /api/v2/task/ID | jq .`): `name` the
# headline, `text_content` and `description` the pasted text with the byline, later `date_created`/`date_updated` and a
# `due_date` in milliseconds (strings), `creator`, `assignees` and `watchers` colleagues, custom fields labelled in the
# desk's language holding the publication and the publication day in milliseconds (no `value` when undated), the
# list, folder and space. ClickUp no source, its moments no date, its users no authors.
def desk_s63_1101(a, desk, rng):
    src = src_of(a, rng)
    who, other = crew(a, rng, 2)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    ms = secs * 1000 + rng.randrange(1000)
    tid = "86" + ident(rng, 7, "abcdefghijklmnopqrstuvwxyz0123456789")
    paper, pub = CLICKUP[desk]
    text = "\n".join(([by_line(a, rng), ""] if a["authors"] else []) + ["\n\n".join(a["body"]), "", url_of(a, src)])
    creator, assignee = cu_user(rng, who), cu_user(rng, other)
    date_field = {"id": uuid_of(rng), "name": pub, "type": "date", "type_config": {}, "date_created": str(ms - 10 ** 10),
                  "hide_from_guests": False, "required": False}
    if a["date"]:
        date_field["value"] = str(midnight_epoch(a["date"]) * 1000 + 11 * 3600 * 1000)
        date_field["value_richtext"] = None
    fields = [{"id": uuid_of(rng), "name": paper, "type": "short_text", "type_config": {},
               "date_created": str(ms - 10 ** 10), "hide_from_guests": False, "value": src, "value_richtext": None,
               "required": False}, date_field]
    lst, folder, space, team = (str(rng.randrange(9 * 10 ** 11, 10 ** 12)) for _ in range(4))
    task = {"id": tid, "custom_id": None, "custom_item_id": 0, "name": a["title"], "text_content": text,
            "description": text, "status": {"id": f"sc{lst}_{ident(rng, 8, ALNUM)}", "status": "to do",
                                            "color": "#87909e", "orderindex": 0, "type": "open"},
            "orderindex": f"{rng.randrange(1, 900)}.00000000000000000000000000000000", "date_created": str(ms),
            "date_updated": str(ms + rng.randrange(10 ** 4, 10 ** 7)), "date_closed": None, "date_done": None,
            "archived": False, "creator": creator, "assignees": [assignee], "group_assignees": [],
            "watchers": [creator, assignee], "checklists": [], "tags": [], "parent": None, "top_level_parent": None,
            "priority": None, "due_date": str((secs - secs % 86400 + 86400 + 16 * 3600) * 1000), "start_date": None,
            "points": None, "time_estimate": None, "time_spent": 0, "custom_fields": fields, "dependencies": [],
            "linked_tasks": [], "locations": [], "team_id": team, "url": f"https://app.clickup.com/t/{tid}",
            "sharing": {"public": False, "public_share_expires_on": None, "public_fields": [], "token": None,
                        "seo_optimized": False},
            "permission_level": "create", "list": {"id": lst, "name": REVIEW[desk], "access": True},
            "project": {"id": folder, "name": "hidden", "hidden": True, "access": True},
            "folder": {"id": folder, "name": "hidden", "hidden": True, "access": True}, "space": {"id": space},
            "attachments": []}
    cmd = f"$ curl -s -H \"Authorization: $CLICKUP_TOKEN\" https://api.clickup.com/api/v2/task/{tid} | jq ."
    return cmd + "\n" + jq(task) + "\n", e_with(a, source=src)


# A colleague's forward kept in the desk's Proton Mail account and exported with Proton's export tool: `jq .` of the
# message's `.metadata.json` (`Subject` the desk's forward prefix and the headline, `Sender` the colleague, a later
# `Time` in seconds), then `cat` of its `.eml` (a later `Date:`, the note, the forward banner, the article: headline,
# publication and long day, byline, text, link). Proton no source, the mail's moments no date, the sender no author.
def desk_s63_1102(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    subject = FORWARD[desk] + a["title"]
    mail = f"{handle(who)}@desk.example.org"
    msg_id = f"<{ident(rng, 24, ALNUM)}@desk.example.org>"
    text = "\n".join([FWD_NOTE[desk], "", FWD_BANNER[desk]] + pasted(a, src, rng, lg))
    eml = [f"Date: {rfc2822(local_time(secs))}", f"From: {who} <{mail}>",
           f"To: {REVIEW[desk]} <revue@desk.example.org>", f"Subject: {subject}", f"Message-Id: {msg_id}",
           "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
           text]
    pid = ident(rng, 86, ALNUM) + "=="
    meta = {"Version": 1, "Payload": {
        "ID": pid, "AddressID": ident(rng, 86, ALNUM) + "==", "LabelIDs": ["0", "5", ident(rng, 86, ALNUM) + "=="],
        "ExternalID": msg_id.strip("<>"), "Subject": subject, "Sender": {"Name": who, "Address": mail},
        "ToList": [{"Name": REVIEW[desk], "Address": "revue@desk.example.org"}], "CCList": [], "BCCList": [],
        "ReplyTos": [{"Name": who, "Address": mail}], "Flags": 8193, "Time": secs,
        "Size": len("\n".join(eml).encode()), "Unread": 0, "IsReplied": 0, "IsRepliedAll": 0, "IsForwarded": 0,
        "NumAttachments": 0}}
    folder = f"~/proton-export/revue@desk.example.org/mail_{later_day(a, rng, 6, 9).replace('-', '')}_093011"
    out = [f"$ jq . {folder}/{pid}.metadata.json", jq(meta), f"$ cat {folder}/{pid}.eml"] + eml
    return "\n".join(out) + "\n", e_with(a, source=src)


# A scanned page converted with marker (`marker_single scans/N.pdf --output_dir out`): `ls -l` of the output with its
# later times, `cat` of the Markdown (the headline as a heading, the publication and long day in italics below it, the
# publication alone when undated, the byline in bold, the text), then `jq .` of the `_meta.json` (the table of
# contents, the page's block counts). marker no source, the files' times no date.
def desk_s63_1105(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    n = f"{rng.randrange(1, 9999):04d}"
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    md = "\n\n".join([f"# {a['title']}", f"*{sep_join(', ', src, dated(a, lg))}*"] +
                     ([f"**{by_line(a, rng)}**"] if a["authors"] else []) + a["body"]) + "\n"
    meta = {"table_of_contents": [{"title": a["title"], "heading_level": None, "page_id": 0,
                                   "polygon": [[62.0, 88.0], [540.0, 88.0], [540.0, 131.0], [62.0, 131.0]]}],
            "page_stats": [{"page_id": 0, "text_extraction_method": "surya",
                            "block_counts": [["Span", rng.randrange(80, 300)], ["Line", rng.randrange(40, 120)],
                                             ["Text", len(a["body"]) + 2], ["SectionHeader", 1], ["PageHeader", 1]],
                            "block_metadata": {"llm_request_count": 0, "llm_error_count": 0, "llm_tokens_used": 0,
                                               "previous_text": "", "previous_type": "", "previous_order": 0}}],
            "debug_data_path": f"debug_data/{n}"}
    t = local_time(secs)
    stamp = f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M')}"
    meta_text = jq(meta)
    out = [f"$ marker_single scans/{n}.pdf --output_dir out", f"$ ls -l out/{n}/", "total 12",
           f"-rw-r--r-- 1 revue revue {len(md.encode()):5d} {stamp} {n}.md",
           f"-rw-r--r-- 1 revue revue {len(meta_text.encode()):5d} {stamp} {n}_meta.json",
           f"$ cat out/{n}/{n}.md", md, f"$ jq . out/{n}/{n}_meta.json", meta_text]
    return "\n".join(out) + "\n", e_with(a, source=src)


BLIND_S63 = {name for name in list(globals()) if name.startswith("desk_s63_")}
assert len(BLIND_S63) == 26 and DEVELOPMENT == {
    name for name in BLIND_S63 if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0
}, "BLIND_S63's sixteen development members come first, its ten held-out ones after the marker"
LAYOUTS.update({name: globals()[name] for name in BLIND_S63})
