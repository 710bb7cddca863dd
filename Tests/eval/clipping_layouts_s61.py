"""A thirty-ninth batch of 26 clipping layouts (BLIND_S61) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s60.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a kicker, an overline, a desk's review,
dossier or note title, a page's site suffix, a task's or a mail's subject with its prefix; authors: the persons who
wrote the article, never a colleague who saved, forwarded, entered, indexed, clipped or pasted it, a file's or
document's author, a routing slip's persons, a photographer nor an agency; date: the article's own publication day,
never a receipt, routing, review, update, modification, entry, filing, storing, scanning, syncing, indexing or mail
moment, another article's day, and none when the file states none; source: the publication the file names, never the
tool, the database, the mail server, the note app, the office suite nor the desk). Half of the batch are ordinary desk
clippings whose fields are moved, combined or phrased as a desk really meets them (their printed parts in the
article's language, the desk's own stamps and notes in the desk's, with CRLF, byte-order marks and hard wraps where
natural), half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S60 did not use (checked for
each with keyword greps over all the batch files, printing only file names). The sixteen development members: the
desk's press review header on one line in its own language (`Di., 03.03.1987 | Le Monde | S. 12 | Wirtschaft`: the
abbreviated weekday and numeric day, left out when undated, the publication, page and section) over the headline, the
byline and the text; a credits line joining the writers and the photographer in the article's language (`Texte :
Peter Amende · Photos : Katrin Vogt`, the photographer alone when unsigned) under the headline, the publication and
long day at the foot; a colleague's Word file read with `file` (the summary: `Title:` the desk's press review,
`Author:` and `Last Saved By:` colleagues, later `Create Time/Date` and `Last Saved Time/Date`) then `antiword` (the
pasted article wrapped at 76); a CRLF clipping with the desk's slash-combined labels at the foot (`Quelle/Datum/Seite:
Le Monde / 03.03.1987 / 12`, the desk's no-date abbreviation `o. D.` when undated, `Autor(en):` the writers or `–`,
a later filing day with the colleague's initial); a clipping in the desk's Syncthing folder (`ls -l
--time-style=long-iso`, `cat` of its `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.md` copy, `diff -u` of two colleagues'
notes); a printed page's copy with its running line (`LE MONDE – 03.03.1987 – S. 12`), an overline, the headline, a
standfirst, the byline and the text; arangosh's `db.clips.document("N")` (`"key" : value, ` lines, `authors` an array
or `[ ]`, `published` or null, a later `savedAt`, the colleague's `savedBy`); a BOM and CRLF file whose first line is
the desk's reference in its own citation style (MLA `Amende, Peter. "Headline." Le Monde, 3 Mar. 1987, p. 12.`,
German `Amende, Peter: „Headline“. In: Le Monde, 3. März 1987, S. 12.`, French `AMENDE Peter, « Headline », …`,
Spanish, Italian, ABNT; writers surname first), the text wrapped at 70 and no other headline; SQL*Plus in CSV markup on
the desk's Oracle archive (`cat clip.sql` then `sqlplus -S … @clip.sql`: upper-case columns in the desk's language,
the day as Oracle's default DATE format prints it, `03-MAR-87`, or an empty field, a later entry TIMESTAMP `05-MAR-26
10.12.07.000000 AM` and its colleague); a hand-kept Markdown clipping (`## Headline`, `*Le Monde*, 3 mars 1987 — par
**Peter Amende**`, a quoted desk note with the colleague's initial and a later day); a page clipped into Trilium Notes
read over ETAPI (the note's `title` `Headline | Le Monde`, later `dateCreated`/`utcDateModified`, the clipper's
`clipType` and `pageUrl` labels, then the HTML content with the publication, day and byline); a web copy whose one
line joins the publication and a later update (`Publié le 03 mars 1987 à 14h05 - Mis à jour le 05 mars 1987 à
09h12`, the update alone when undated); the desk's intranet on Wagtail read through its API v2 (`meta` with a later
`first_published_at` and the parent press review page, `source_name`, `source_date` or null, `source_authors`,
`clipped_by`); a `Le Monde | 03/03/1987, 14:05` line over the headline and a byline with the writers' place and the
agency (`Par Peter Amende (à Paris), avec AFP`, `Avec AFP` alone when unsigned); a colleague's forward read with `mu
view` from the desk's Maildir (`Date:` a later moment in the desk's locale, the pasted article in the body); a chat
exported from Threema (`messages-Carmen Ortiz.txt`, CRLF between messages, `<<<`/`>>>` and later moments in the
desk's language, `5. März 2026 um 10:12:07 MEZ:`, the article pasted in one message); ten more are held-out.

The layouts are numbered from 1019 to 1044, the first range at or after 1012 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s61_{i}` and text_eval.py's formula: the starts 1012 to 1018 give 12, 11, 12, 12, 12, 11 and 11 held-out, 1019
gives 10), so that sixteen fall in development (first) and ten held-out (after the marker line, which whoever tunes the
reader never reads past). Written in stop 58 without reading the reader (Sources/), its tests or its misses, nor the
held-out part of clipping_layouts_s25.py to _s60.py (clipping_layouts_s60.py was read above its marker, for its style
and contract; text_eval.py, clipping_layouts.py's list of definitions and helpers and real_articles.py were read, as
far as needed; the helpers of _s31.py to _s57.py imported here were only called, their behaviour checked by calling
them, never read; the keyword greps for formats already used ran over all the batch files, printing file names only).
Every layout was run over every article with
every desk, twice, without exception and with the same output (32,760 calls each time). Nobody tunes on any of them
when written; BLIND_S61's development members are only scored (text_eval.py prints their misses with
`--show-s61-development` alone). A container that leaves an undated article without a publication day (arangosh's
`null`, SQL*Plus's empty field, Wagtail's null `source_date`, the desk's `o. D.`, a page stating only its update, the
undated clippings inside the Word file, the Syncthing copy, the Trilium note, the mail and the chat) is expected to
state none, whatever later days it holds; the articles' writers are the only authors, whatever colleagues,
photographers or agencies a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s62/base.bin`, built from 5231bee;
title exact / authors F1 / date / source): development 0.515 / 0.515 / 0.685 / 0.439, 0 rejected (63 files stating no
author given some); held-out 0.696 / 0.510 / 0.782 / 0.567, 0 rejected (59 files stating no author given some)
(`Tests/eval/text_eval.py --binary B --data DIR`, no --show flag, DIR /work/scratch/s62/db, linking to the
evaluation's inputs; the all-layouts development line now holds this batch's sixteen, 646 layouts, 92378 clippings).
Nothing was changed after the run but the docstrings' figures."""
import datetime
import difflib
import hashlib
import json

from clipping_layouts import AGENCY, BY, MONTHS, WEEKDAYS, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import handle
from clipping_layouts_s55 import body, by_line, lang_of
from clipping_layouts_s56 import slug
from clipping_layouts_s57 import and_join, wrapped, CONJ
from clipping_layouts import LAYOUTS


def names_of(a, lg):
    return and_join(a["authors"], CONJ[lg])


def crlf_text(text):
    return "\r\n".join(text.split("\n"))


def initial(name):
    first, *rest = name.split()
    return f"{first[0]}. {' '.join(rest)}" if rest else name


def split_name(name):
    words = name.split()
    return " ".join(words[:-1]), words[-1]


def month_name(iso, lg):
    return MONTHS[lg].split()[int(iso[5:7]) - 1]


def weekday_of(iso, lg):
    return WEEKDAYS[lg].split()[datetime.date.fromisoformat(iso).weekday()]


def first_sentence(paragraph):
    """The paragraph's first sentence and the rest (the rest empty when it holds one sentence)."""
    for i in range(40, len(paragraph) - 1):
        if paragraph[i] in ".!?" and paragraph[i + 1] == " " and not paragraph[i - 1].isupper():
            return paragraph[:i + 1], paragraph[i + 2:]
    return paragraph, ""


PAGE = {"en": "p. {p}", "fr": "p. {p}", "de": "S. {p}", "es": "pág. {p}", "it": "pag. {p}", "pt": "pág. {p}"}
CITY = {"en": "London", "fr": "Paris", "de": "Berlin", "es": "Madrid", "it": "Roma", "pt": "Lisboa"}
SECTION = {"en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia",
           "pt": "Economia"}
REVIEW = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
          "it": "Rassegna stampa", "pt": "Revista de imprensa"}
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
PHOTOGRAPHERS = ["Jean-Marc Lefèvre", "Katrin Vogt", "Tomás Herrera", "Giulia Ferri", "Hugo Matos", "Oliver Grant"]


def photographer(a, rng):
    return rng.choice([p for p in PHOTOGRAPHERS if p not in a["authors"]])


def para_html(paragraphs):
    return "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</p>" for p in paragraphs)


def esc_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- development members of BLIND_S61 ----

WD_SHORT = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
            "de": "Mo. Di. Mi. Do. Fr. Sa. So.", "es": "lun. mar. mié. jue. vie. sáb. dom.",
            "it": "lun mar mer gio ven sab dom", "pt": "seg. ter. qua. qui. sex. sáb. dom."}


# The desk's press review header on one line in its own language, fields joined by ` | `: the abbreviated weekday and
# numeric day (`Di., 03.03.1987`, left out when undated), the publication, the page and the section
# (`Di., 03.03.1987 | Le Monde | S. 12 | Wirtschaft`); then the headline, the byline as printed and the text.
def desk_s61_1019(a, desk, rng):
    src = src_of(a, rng)
    head = []
    if a["date"]:
        wd = WD_SHORT[desk].split()[datetime.date.fromisoformat(a["date"]).weekday()]
        head.append(f"{wd}, {numeric(a['date'], desk)}")
    head += [src, PAGE[desk].format(p=rng.randrange(1, 40)), SECTION[desk]]
    parts = [" | ".join(head), "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CREDITS = {"en": ("Words: {a}", "Photos: {p}"), "fr": ("Texte : {a}", "Photos : {p}"),
           "de": ("Text: {a}", "Fotos: {p}"), "es": ("Texto: {a}", "Fotos: {p}"),
           "it": ("Testo di {a}", "Foto di {p}"), "pt": ("Texto: {a}", "Fotografia: {p}")}


# The headline, then the credits line in the article's language joining the writers and the photographer
# (`Texte : Peter Amende · Photos : Katrin Vogt`, the photographer alone when the article is unsigned), the text, and
# at the foot the publication and long day (`Le Monde, 3 mars 1987`). The photographer is no author.
def desk_s61_1023(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    words, photos = CREDITS[lg]
    credit = ([words.format(a=names_of(a, lg))] if a["authors"] else []) + [photos.format(p=photographer(a, rng))]
    parts = [a["title"], " · ".join(credit), "", body(a), "", sep_join(", ", src, dated(a, lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DOC_WD = "Mon Tue Wed Thu Fri Sat Sun"
DOC_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"


def ctime(day, h, m, s):
    d = datetime.date.fromisoformat(day)
    return f"{DOC_WD.split()[d.weekday()]} {DOC_MON.split()[d.month - 1]} {d.day:2d} {h:02d}:{m:02d}:{s:02d} {d.year}"


# A colleague's Word file, read with `file` then `antiword`: `file` prints the document's summary (`Title:` the desk's
# press review, `Author:` and `Last Saved By:` colleagues, later `Create Time/Date` and `Last Saved Time/Date`, the
# counts), antiword the pasted article (headline, publication and long day, byline, text) wrapped at 76 columns. The
# file's author is no author of the article, its times no date, Word no source.
def desk_s61_1024(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    day = later_day(a, rng, 1, 5)
    h, m = hm(rng, 8, 18)
    m = min(m, 50)
    name = f"Revue/{day}_{slug(src)}.doc"
    text = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    words = len(" ".join(text + a["body"]).split())
    chars = sum(len(w) for w in " ".join(text + a["body"]).split())
    summary = [f"Composite Document File V2 Document, Little Endian, Os: Windows, Version 10.0, Code page: 1252",
               f"Title: {REVIEW[desk]}", f"Author: {who}", "Template: Normal.dotm", f"Last Saved By: {other}",
               f"Revision Number: {rng.randrange(2, 6)}", "Name of Creating Application: Microsoft Office Word",
               f"Total Editing Time: 00:{rng.randrange(2, 12):02d}:00", f"Create Time/Date: {ctime(day, h, m, 0)}",
               f"Last Saved Time/Date: {ctime(day, h, m + 4, 0)}", "Number of Pages: 1", f"Number of Words: {words}",
               f"Number of Characters: {chars}", "Security: 0"]
    out = [f"$ file {name}", f"{name}: " + ", ".join(summary), f"$ antiword {name}",
           "\n".join(text), "", wrapped(a["body"], 76), ""]
    return "\n".join(out) + "\n", e_with(a, source=src)


SLASH = {"en": ("Source/Date/Page", "Author(s)", "Filed", "n.d."),
         "fr": ("Source/Date/Page", "Auteur(s)", "Classé le", "s. d."),
         "de": ("Quelle/Datum/Seite", "Autor(en)", "Archiviert", "o. D."),
         "es": ("Fuente/Fecha/Página", "Autor(es)", "Archivado", "s. f."),
         "it": ("Fonte/Data/Pagina", "Autore/i", "Archiviato", "s.d."),
         "pt": ("Fonte/Data/Página", "Autor(es)", "Arquivado", "s.d.")}


# A CRLF clipping: the headline and the text, then under a rule the desk's labels combined by slashes in its own
# language (`Quelle/Datum/Seite: Le Monde / 03.03.1987 / 12`, the desk's no-date abbreviation `o. D.` when undated),
# `Autor(en):` the writers (`–` when unsigned), and the filing line with a later day and the colleague's initial
# (`Archiviert: 05.03.2026, C. Ortiz`). The filing day is no date, the colleague no author.
def desk_s61_1025(a, desk, rng):
    src = src_of(a, rng)
    labels, auth, filed, nd = SLASH[desk]
    c = " :" if desk == "fr" else ":"
    when = numeric(a["date"], desk) if a["date"] else nd
    foot = [f"{labels}{c} {src} / {when} / {rng.randrange(1, 40)}",
            f"{auth}{c} {', '.join(a['authors']) if a['authors'] else '–'}",
            f"{filed}{c} {numeric(later_day(a, rng, 1, 6), desk)}, {initial(crew(a, rng, 1)[0])}"]
    parts = [a["title"], "", body(a), "", "_" * 30] + foot
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


NOTE = {"en": ("Note ({w}): for the morning review", "Note ({w}): held back, already covered"),
        "fr": ("Note ({w}) : pour la revue du matin", "Note ({w}) : mis de côté, déjà traité"),
        "de": ("Notiz ({w}): für den Morgenspiegel", "Notiz ({w}): zurückgestellt, schon berichtet"),
        "es": ("Nota ({w}): para el resumen de la mañana", "Nota ({w}): aplazado, ya tratado"),
        "it": ("Nota ({w}): per la rassegna del mattino", "Nota ({w}): rinviato, già trattato"),
        "pt": ("Nota ({w}): para a revista da manhã", "Nota ({w}): adiado, já tratado")}


# A clipping kept in the desk's Syncthing folder, where two colleagues edited it at once: `ls -l --time-style=long-iso`
# lists the file and its `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE` copy (later moments), `cat` prints the copy (a
# Markdown heading with the headline, the publication and long day, the byline, the text, the colleague's note), and
# `diff -u` shows the two notes. The conflict's and files' moments are no date, the colleagues no authors, Syncthing
# no source.
def desk_s61_1026(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    one, two = crew(a, rng, 2)
    mine, theirs = NOTE[desk]
    top = [f"# {a['title']}", "", sep_join(" — ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    top += [""] + "\n\n".join(a["body"]).split("\n") + [""]
    local = top + [mine.format(w=initial(one))]
    conflict = top + [theirs.format(w=initial(two))]
    day = later_day(a, rng, 1, 4).replace("-", "")
    h, m = hm(rng, 8, 18)
    m = min(m, 50)
    s = rng.randrange(60)
    dev = ident(rng, 7)
    name = slug(a["title"])[:40].strip("-")
    folder = "/home/revue/Sync/Revue"
    cname = f"{name}.sync-conflict-{day}-{h:02d}{m:02d}{s:02d}-{dev}.md"
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    size = len("\n".join(local).encode()) + 1
    csize = len("\n".join(conflict).encode()) + 1
    diff = difflib.unified_diff(local, conflict, f"{folder}/{name}.md", f"{folder}/{cname}",
                                f"{iso} {h:02d}:{m + 1:02d}:{rng.randrange(60):02d}.{rng.randrange(10 ** 9):09d} +0100",
                                f"{iso} {h:02d}:{m:02d}:{s:02d}.000000000 +0100", lineterm="")
    out = ["$ ls -l --time-style=long-iso ~/Sync/Revue/", "total 16",
           f"-rw-r--r-- 1 revue revue {size:5d} {iso} {h:02d}:{m + 1:02d} {name}.md",
           f"-rw-r--r-- 1 revue revue {csize:5d} {iso} {h:02d}:{m:02d} {cname}",
           f"$ cat ~/Sync/Revue/{cname}"] + conflict + [f"$ diff -u ~/Sync/Revue/{name}.md ~/Sync/Revue/{cname}"]
    out += list(diff)
    return "\n".join(out) + "\n", e_with(a, source=src)


OVERLINE = {"en": "Energy policy", "fr": "Politique énergétique", "de": "Energiepolitik",
            "es": "Política energética", "it": "Politica energetica", "pt": "Política energética"}


# A printed page's copy: the page's running line (`LE MONDE – 03.03.1987 – S. 12`, the publication in capitals, the
# numeric day in the article's convention, left out when undated, the page), then the overline (`Energiepolitik`), the
# headline, the standfirst (the lead's first sentence), the byline and the text. The overline is no title.
def desk_s61_1027(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    run = " – ".join([src.upper()] + ([numeric(a["date"], lg)] if a["date"] else []) +
                     [PAGE[lg].format(p=rng.randrange(1, 40))])
    stand, lead = first_sentence(a["body"][0])
    rest = ([lead] if lead else []) + a["body"][1:]
    parts = [run, "", OVERLINE[lg], a["title"], stand, ""]
    parts += [by_line(a, rng), ""] if a["authors"] else []
    parts += ["\n\n".join(rest)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def arango_value(v, indent):
    pad = "  " * indent
    if isinstance(v, list):
        if not v:
            return "[ ]"
        inner = ", \n".join(f"{pad}  {json.dumps(x, ensure_ascii=False)}" for x in v)
        return "[ \n" + inner + " \n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


# The desk's ArangoDB collection read in arangosh (`db.clips.document("48211")`): the document printed as arangosh
# prints it (`"key" : value, ` lines, `_key`, `_id`, `_rev`), `outlet`, `headline`, `authors` an array (`[ ]` when
# unsigned), `published` an ISO day or null, `text`, a later `savedAt`, the colleague's `savedBy`. ArangoDB no source,
# `savedAt` no date, `savedBy` no author.
def desk_s61_1028(a, desk, rng):
    src = src_of(a, rng)
    key = str(rng.randrange(10000, 999999))
    doc = [("_key", key), ("_id", f"clips/{key}"), ("_rev", "_" + ident(rng, 7, ALNUM) + "---"),
           ("outlet", src), ("headline", a["title"]), ("authors", list(a["authors"])), ("published", a["date"]),
           ("text", body(a)), ("url", url_of(a, src)),
           ("savedAt", utc_iso(epoch_of(later_day(a, rng, 1, 6), rng))), ("savedBy", crew(a, rng, 1)[0])]
    lines = ["{ "] + [f"  {json.dumps(k)} : {arango_value(v, 1)}" + (", " if i < len(doc) - 1 else " ")
                      for i, (k, v) in enumerate(doc)] + ["}"]
    prompt = "arango.desk.example.org:8529@revue> "
    out = ["$ arangosh --server.endpoint ssl://arango.desk.example.org:8529 --server.database revue "
           "--server.username revue --quiet", "Please specify a password: ",
           f"{prompt}db.clips.document(\"{key}\")"] + lines + [prompt]
    return "\n".join(out) + "\n", e_with(a, source=src)


MLA_MON = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec."
ABNT_MON = "jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez."


def citation(a, src, desk, page):
    """The desk's reference in its own citation style; the title as printed, the writers surname first."""
    t = a["title"]
    d = a["date"]
    people = [split_name(n) for n in a["authors"]]
    p = PAGE[desk].format(p=page)
    if desk == "en":
        who = "; ".join(f"{last}, {first}" for first, last in people)
        end = "" if t[-1] in ".?!" else "."
        day = f", {int(d[8:])} {MLA_MON.split()[int(d[5:7]) - 1]} {d[:4]}" if d else ""
        return sep_join(". ", who, f'"{t}{end}" {src}{day}, {p}.')
    if desk == "de":
        who = "; ".join(f"{last}, {first}" for first, last in people)
        where = sep_join(", ", src, long_date(d, "de") if d else "")
        return (f"{who}: " if who else "") + f"„{t}“. In: {where}, {p}."
    if desk == "fr":
        who = ", ".join(f"{last.upper()} {first}" for first, last in people)
        return sep_join(", ", who, f"« {t} »", src, long_date(d, "fr") if d else "", p) + "."
    if desk == "es":
        who = "; ".join(f"{last.upper()}, {first}" for first, last in people)
        return (f"{who}: " if who else "") + sep_join(", ", f"«{t}»", src, long_date(d, "es") if d else "", p) + "."
    if desk == "it":
        who = ", ".join(f"{first} {last}" for first, last in people)
        return sep_join(", ", who, f"«{t}»", f"in «{src}»", long_date(d, "it") if d else "", p) + "."
    who = "; ".join(f"{last.upper()}, {first}" for first, last in people)
    day = f", {int(d[8:])} {ABNT_MON.split()[int(d[5:7]) - 1]} {d[:4]}" if d else ""
    end = "" if t[-1] in ".?!" else "."
    return sep_join(". ", who, f"{t}{end} {src}{day}, p. {page}.")


# A research desk's file: a byte-order mark, CRLF, the desk's reference in its own citation style on the first line
# (MLA `Amende, Peter. "Headline." Le Monde, 3 Mar. 1987, p. 12.`, German `Amende, Peter: „Headline“. In: Le Monde, 3.
# März 1987, S. 12.`, French `AMENDE Peter, « Headline », Le Monde, 3 mars 1987, p. 12.`, Spanish, Italian, ABNT; the
# writers surname first, left out when unsigned, the day left out when undated), then the text hard-wrapped at 70.
# The headline is only inside the reference.
def desk_s61_1029(a, desk, rng):
    src = src_of(a, rng)
    parts = [citation(a, src, desk, rng.randrange(1, 40)), "", wrapped(a["body"], 70)]
    return "\ufeff" + crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


ORA = {"en": ("ID", "PAPER", "HEADLINE", "AUTHORS", "PUBLISHED", "ENTERED", "ENTERED_BY", "BODY", "CLIPPINGS"),
       "fr": ("ID", "JOURNAL", "TITRE", "AUTEURS", "PARUTION", "SAISIE", "SAISI_PAR", "TEXTE", "COUPURES"),
       "de": ("ID", "ZEITUNG", "TITEL", "AUTOREN", "ERSCHIENEN", "ERFASST", "ERFASST_VON", "TEXT", "AUSSCHNITTE"),
       "es": ("ID", "MEDIO", "TITULAR", "AUTORES", "PUBLICADO", "ALTA", "ALTA_POR", "TEXTO", "RECORTES"),
       "it": ("ID", "TESTATA", "TITOLO", "AUTORI", "PUBBLICATO", "INSERITO", "INSERITO_DA", "TESTO", "RITAGLI"),
       "pt": ("ID", "JORNAL", "TITULO", "AUTORES", "PUBLICADO", "REGISTO", "REGISTADO_POR", "TEXTO", "RECORTES")}
ORA_MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC"


def ora_date(iso):
    return f"{iso[8:]}-{ORA_MON.split()[int(iso[5:7]) - 1]}-{iso[2:4]}"


def csv_quote(v):
    return '"' + v.replace('"', '""') + '"'


# The desk's old Oracle archive queried with SQL*Plus in CSV markup (`cat clip.sql` shows `SET MARKUP CSV ON QUOTE
# ON`, `SET LONG`, the SELECT; `sqlplus -S … @clip.sql` prints the header row of upper-case column names in the desk's
# language and one row): the publication day as Oracle's default DATE format prints it (`03-MAR-87`, an empty field
# when undated), the writers (`A; B`, empty when unsigned), a later entry TIMESTAMP (`05-MAR-26 10.12.07.000000 AM`),
# the colleague who entered it, the text. Oracle no source, the entry moment no date.
def desk_s61_1030(a, desk, rng):
    src = src_of(a, rng)
    cols = ORA[desk]
    n = rng.randrange(1000, 90000)
    h, m = hm(rng, 8, 19)
    later = later_day(a, rng, 1, 6)
    stamp = f"{ora_date(later)} {(h - 1) % 12 + 1:02d}.{m:02d}.{rng.randrange(60):02d}.{rng.randrange(10 ** 6):06d} " \
            f"{'AM' if h < 12 else 'PM'}"
    row = [str(n), csv_quote(src), csv_quote(a["title"]),
           csv_quote("; ".join(a["authors"])) if a["authors"] else "",
           csv_quote(ora_date(a["date"])) if a["date"] else "", csv_quote(stamp),
           csv_quote(initial(crew(a, rng, 1)[0]).upper()), csv_quote(body(a))]
    sql = [f"SET MARKUP CSV ON QUOTE ON", "SET LONG 100000", "SET FEEDBACK OFF",
           f"SELECT {', '.join(c.lower() for c in cols[:8])} FROM {cols[8].lower()} WHERE {cols[0].lower()} = {n};",
           "EXIT"]
    out = ["$ cat clip.sql"] + sql + ['$ sqlplus -S revue/"$ORA_PW"@ARCHIV @clip.sql', "",
                                     ",".join(csv_quote(c) for c in cols[:8]), ",".join(row)]
    return "\n".join(out) + "\n", e_with(a, source=src)


DESK_NOTE = {"en": "Note", "fr": "Note", "de": "Notiz", "es": "Nota", "it": "Nota", "pt": "Nota"}
NOTE_TEXT = {"en": "relevant for the board, please add to the review",
             "fr": "à signaler à la direction, pour la revue",
             "de": "für den Vorstand relevant, bitte in den Spiegel",
             "es": "relevante para la dirección, para el resumen",
             "it": "da segnalare alla direzione, per la rassegna", "pt": "relevante para a direção, para a revista"}


# A clipping kept by hand in Markdown: `## Headline`, a line with the publication in italics, the long day and the
# writers in bold after the article's byline word (`*Le Monde*, 3 mars 1987 — par **Peter Amende**`), the text, and a
# quoted desk note in the desk's language with the colleague's initial and a later numeric day (`> **Notiz** (C.
# Ortiz, 05.03.2026): …`). The note's day is no date, its colleague no author.
def desk_s61_1031(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    meta = sep_join(", ", f"*{src}*", dated(a, lg))
    if a["authors"]:
        meta += f" — {BY[lg][0].lower()} **{names_of(a, lg)}**"
    note = f"> **{DESK_NOTE[desk]}** ({initial(crew(a, rng, 1)[0])}, {numeric(later_day(a, rng, 1, 5), desk)}): " \
           f"{NOTE_TEXT[desk]}"
    parts = [f"## {a['title']}", "", meta, "", "\n\n".join(a["body"]), "", note]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def trilium_time(secs, ms, offset_h=1):
    local = datetime.datetime.fromtimestamp(secs + offset_h * 3600, datetime.timezone.utc)
    utc = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return (local.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d}+0{offset_h}00",
            utc.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d}Z")


# A page clipped into the desk's Trilium Notes by a colleague's web clipper, read over ETAPI: `GET
# /etapi/notes/ID` through `jq .` (`title` the page's title, `Headline | Le Monde`, later
# `dateCreated`/`dateModified` and their UTC twins, the clipper's `clipType` and `pageUrl` labels), then `GET
# /etapi/notes/ID/content` (the HTML: the publication and long day in italics, the byline, the paragraphs). Trilium no
# source, its days no date; the title's site suffix is no part of the headline.
def desk_s61_1038(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    nid, parent = ident(rng, 12, ALNUM), ident(rng, 12, ALNUM)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    created, ucreated = trilium_time(secs, rng.randrange(1000))
    modified, umodified = trilium_time(secs + rng.randrange(5, 400), rng.randrange(1000))
    url = url_of(a, src)
    attrs = [{"attributeId": ident(rng, 12, ALNUM), "noteId": nid, "type": "label", "name": name, "value": value,
              "position": 10 * (i + 1), "isInheritable": False, "utcDateModified": ucreated}
             for i, (name, value) in enumerate([("clipType", "page"), ("pageUrl", url)])]
    note = {"noteId": nid, "isProtected": False, "title": f"{a['title']} | {src}", "type": "text",
            "mime": "text/html", "blobId": ident(rng, 20, ALNUM), "dateCreated": created, "dateModified": modified,
            "utcDateCreated": ucreated, "utcDateModified": umodified, "parentNoteIds": [parent], "childNoteIds": [],
            "parentBranchIds": [f"{parent}_{nid}"], "childBranchIds": [], "attributes": attrs}
    meta = sep_join(" · ", esc_html(src), dated(a, lg))
    content = f"<p><em>{meta}</em></p>" + (f"<p>{esc_html(by_line(a, rng))}</p>" if a["authors"] else "") + \
        para_html(a["body"])
    base = "https://notes.desk.example.org/etapi/notes/" + nid
    out = [f"$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" {base} | jq .", json.dumps(note, indent=2,
                                                                                          ensure_ascii=False),
           f"$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" {base}/content", content]
    return "\n".join(out) + "\n", e_with(a, source=src)


PUB_UPD = {"en": ("Published {d} at {t}", "Updated {d} at {t}", " · "),
           "fr": ("Publié le {d} à {t}", "Mis à jour le {d} à {t}", " - "),
           "de": ("Veröffentlicht am {d} um {t} Uhr", "Aktualisiert am {d} um {t} Uhr", " · "),
           "es": ("Publicado el {d} a las {t}", "Actualizado el {d} a las {t}", " · "),
           "it": ("Pubblicato il {d} alle {t}", "Aggiornato il {d} alle {t}", " · "),
           "pt": ("Publicado a {d} às {t}", "Atualizado a {d} às {t}", " · ")}


def padded_day(iso, lg):
    if lg == "de":
        return numeric(iso, "de")
    if lg in ("it", "pt"):
        return numeric(iso, lg)
    if lg == "en":
        return f"{iso[8:]} {month_name(iso, 'en')} {iso[:4]}"
    if lg == "es":
        return f"{iso[8:]} {month_name(iso, 'es')[:3]} {iso[:4]}"
    return f"{iso[8:]} {month_name(iso, lg)} {iso[:4]}"


def clock_of(rng, lg):
    h, m = hm(rng)
    return f"{h:02d}h{m:02d}" if lg == "fr" else f"{h:02d}:{m:02d}"


# A web copy: the site's name, the headline, the byline, then one line joining the publication and the later update
# in the article's language (`Publié le 03 mars 1987 à 14h05 - Mis à jour le 05 mars 1987 à 09h12`; the update alone
# when the page states no publication day), and the text. The update day is no date: an undated article stays undated.
def desk_s61_1040(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    pub, upd, sep = PUB_UPD[lg]
    when = ([pub.format(d=padded_day(a["date"], lg), t=clock_of(rng, lg))] if a["date"] else []) + \
        [upd.format(d=padded_day(later_day(a, rng, 1, 4), lg), t=clock_of(rng, lg))]
    parts = [src, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep.join(when), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def iso_micro(secs, rng, offset="+01:00"):
    local = datetime.datetime.fromtimestamp(secs + 3600, datetime.timezone.utc)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f".{rng.randrange(10 ** 6):06d}{offset}"


# The desk's intranet press review on Wagtail, read through its API (`curl -s
# 'https://intranet…/api/v2/pages/812/?fields=*' | jq .`): `meta` (the page type, URLs, `slug`, a later
# `first_published_at`, the parent page titled with the desk's press review, the desk's `locale`), `title` the
# headline, the page's own fields `source_name`, `source_date` (ISO or null), `source_authors`, `source_url`,
# `clipped_by` the colleague, `body` the paragraphs as HTML. Wagtail's publication moment is the desk's, no date.
def desk_s61_1041(a, desk, rng):
    src = src_of(a, rng)
    base = "https://intranet.desk.example.org"
    pid, parent = rng.randrange(200, 4000), rng.randrange(3, 60)
    sl = slug(a["title"])[:50].strip("-")
    page = {"id": pid,
            "meta": {"type": "revue.ClippingPage", "detail_url": f"{base}/api/v2/pages/{pid}/",
                     "html_url": f"{base}/revue/{sl}/", "slug": sl, "show_in_menus": False, "seo_title": "",
                     "search_description": "",
                     "first_published_at": iso_micro(epoch_of(later_day(a, rng, 1, 5), rng), rng),
                     "alias_of": None,
                     "parent": {"id": parent, "meta": {"type": "revue.ReviewIndexPage",
                                                       "detail_url": f"{base}/api/v2/pages/{parent}/",
                                                       "html_url": f"{base}/revue/"},
                                "title": REVIEW[desk]},
                     "locale": desk},
            "title": a["title"], "source_name": src, "source_date": a["date"], "source_authors": list(a["authors"]),
            "source_url": url_of(a, src), "clipped_by": crew(a, rng, 1)[0], "body": para_html(a["body"])}
    return f"$ curl -s '{base}/api/v2/pages/{pid}/?fields=*' | jq .\n" + \
        json.dumps(page, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


AGENCIES = {"en": "agencies", "fr": "agences", "de": "Agenturen", "es": "agencias", "it": "agenzie", "pt": "agências"}
WITH = {"en": ("By {a} in {c}, with {g}", "With {g}"), "fr": ("Par {a} (à {c}), avec {g}", "Avec {g}"),
        "de": ("Von {a}, {c}, mit {g}", "Mit Material von {g}"),
        "es": ("Por {a} ({c}), con {g}", "Con información de {g}"),
        "it": ("di {a} ({c}), con {g}", "Con {g}"), "pt": ("Por {a}, em {c}, com {g}", "Com {g}")}


# The site's line with the publication, the numeric day and the time (`Le Monde | 03/03/1987, 14:05`, the
# publication alone when undated), the headline, then the byline with the writers' place and the agency in the
# article's language (`Par Peter Amende (à Paris), avec AFP`, only the agency when unsigned: `Avec AFP`), and the
# text. The agency is no author.
def desk_s61_1042(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    signed, agency = WITH[lg]
    h, m = hm(rng)
    top = f"{src} | {numeric(a['date'], lg)}, {h:02d}:{m:02d}" if a["date"] else src
    ag = AGENCY[lg] if AGENCY[lg] != src else AGENCIES[lg]
    by = signed.format(a=names_of(a, lg), c=CITY[lg], g=ag) if a["authors"] else agency.format(g=ag)
    parts = [top, "", a["title"], by, "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MU_WD = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
         "de": "Mo Di Mi Do Fr Sa So", "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom",
         "pt": "seg ter qua qui sex sáb dom"}
MU_MON = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
          "fr": "janv. févr. mars avril mai juin juil. août sept. oct. nov. déc.",
          "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
          "es": "ene feb mar abr may jun jul ago sep oct nov dic",
          "it": "gen feb mar apr mag giu lug ago set ott nov dic",
          "pt": "jan fev mar abr mai jun jul ago set out nov dez"}
FORWARD = {"en": ("Fwd: ", "Worth a look for tomorrow's review.", "Sent from the desk"),
           "fr": ("TR : ", "À voir pour la revue de demain.", "Envoyé depuis le desk"),
           "de": ("WG: ", "Bitte für den Spiegel morgen ansehen.", "Gesendet vom Desk"),
           "es": ("RV: ", "Para el resumen de mañana.", "Enviado desde el desk"),
           "it": ("I: ", "Da vedere per la rassegna di domani.", "Inviato dal desk"),
           "pt": ("Enc: ", "Para a revista de amanhã.", "Enviado do desk")}


def c_locale_time(day, h, m, s, desk):
    d = datetime.date.fromisoformat(day)
    wd, mon = MU_WD[desk].split()[d.weekday()], MU_MON[desk].split()[d.month - 1]
    if desk == "en":
        return f"{wd} {d.day:02d} {mon} {d.year} {(h - 1) % 12 + 1:02d}:{m:02d}:{s:02d} {'AM' if h < 12 else 'PM'} CET"
    return f"{wd} {d.day:02d} {mon} {d.year} {h:02d}:{m:02d}:{s:02d} CET"


# A colleague's mail read with mu (`mu view` of the message in the desk's Maildir, its file name holding the later
# UNIX time): `From:` the colleague, `To:` the desk, `Subject:` the desk's forward prefix and the headline, `Date:` a
# later moment in the desk's locale, then the colleague's note and the pasted article (headline, publication and
# long day, byline, text, link). The mail's moment is no date, its sender no author, mu no source.
def desk_s61_1043(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    prefix, note, sig = FORWARD[desk]
    day = later_day(a, rng, 1, 5)
    secs = epoch_of(day, rng)
    local = datetime.datetime.fromtimestamp(secs + 3600, datetime.timezone.utc)
    day, h, m, s = local.strftime("%Y-%m-%d"), local.hour, local.minute, local.second
    path = f"~/Maildir/revue/cur/{secs}.M{rng.randrange(10 ** 5, 10 ** 6)}P{rng.randrange(1000, 99999)}.desk," \
           f"U={rng.randrange(100, 9999)}:2,S"
    article = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    out = [f"$ mu view {path}", f"From: {who} <{handle(who)}@desk.example.org>", "To: revue@desk.example.org",
           f"Subject: {prefix}{a['title']}", f"Date: {c_locale_time(day, h, m, s, desk)}", "",
           note, "", "\n".join(article), "", "\n\n".join(a["body"]), "", url_of(a, src), "", "-- ",
           f"{who}", sig]
    return "\n".join(out) + "\n", e_with(a, source=src)


THREEMA = {"en": ("at", "CET", "For the review:", "Thanks, it goes in tomorrow."),
           "fr": ("à", "CET", "Pour la revue :", "Merci, je le prends pour demain."),
           "de": ("um", "MEZ", "Für den Pressespiegel:", "Danke, kommt morgen rein."),
           "es": ("a", "CET", "Para el resumen:", "Gracias, entra mañana."),
           "it": ("alle", "CET", "Per la rassegna:", "Grazie, lo metto domani."),
           "pt": ("às", "CET", "Para a revista:", "Obrigado, entra amanhã.")}


# A chat with a colleague exported from Threema (`cat 'messages-Carmen Ortiz.txt'`): CRLF between messages, `<<<` for
# the colleague's, `>>>` for the desk's, each opening with the later moment in the desk's language (`5. März 2026 um
# 10:12:07 MEZ:`); the colleague's note, then the pasted article in one message (headline, publication and long day,
# byline, text, link, with its own line breaks), then the desk's thanks. The chat's moments are no date, the
# colleague no author, Threema no source.
def desk_s61_1044(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    at, tz, note, thanks = THREEMA[desk]
    day = later_day(a, rng, 1, 5)
    h, m = hm(rng, 8, 18)

    def stamp(mm, ss):
        d = datetime.date.fromisoformat(day)
        mon = month_name(day, desk)
        mon = mon.capitalize() if desk in ("en", "de") else mon
        return f"{d.day}. {mon} {d.year} {at} {h:02d}:{mm:02d}:{ss:02d} {tz}"

    article = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    article += ["", "\n\n".join(a["body"]), "", url_of(a, src)]
    m = min(m, 50)
    msgs = [f"<<< {stamp(m, rng.randrange(60))}: {note}",
            f"<<< {stamp(m + 1, rng.randrange(60))}: " + "\n".join(article),
            f">>> {stamp(m + 7, rng.randrange(60))}: {thanks}"]
    return f"$ cat 'messages-{who}.txt'\n" + "\r\n".join(msgs) + "\r\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s61_")}

# ---- held-out members of BLIND_S61 below: whoever tunes the reader never reads past this line ----

BIO = {"en": ("*{a} writes from {c}.*", "*{a} write from {c}.*"),
       "fr": ("*{a} écrit depuis {c}.*", "*{a} écrivent depuis {c}.*"),
       "de": ("*{a} berichtet aus {c}.*", "*{a} berichten aus {c}.*"),
       "es": ("*{a} escribe desde {c}.*", "*{a} escriben desde {c}.*"),
       "it": ("*{a} scrive da {c}.*", "*{a} scrivono da {c}.*"),
       "pt": ("*{a} escreve de {c}.*", "*{a} escrevem de {c}.*")}


# The publication and the long day with its weekday on the first line (`Le Monde – mardi 3 mars 1987`, the publication
# alone when undated), the headline, the text, and at the foot the writers' line in italics in the article's language
# (`*Peter Amende écrit depuis Paris.*`), no byline on top.
def desk_s61_1020(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    top = sep_join(" – ", src, long_date(a["date"], lg, weekday=True) if a["date"] else "")
    parts = [top, "", a["title"], "", body(a)]
    if a["authors"]:
        one, many = BIO[lg]
        parts += ["", (one if len(a["authors"]) == 1 else many).format(a=names_of(a, lg), c=CITY[lg])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TESS = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por"}


# A scanned page run through ocrmypdf (`ocrmypdf -l fra --sidecar scan_YYYYMMDD_N.txt …`, the scan's later day in the
# file name) and its sidecar text printed with `cat`: the page's running head (page number, publication in capitals,
# the weekday and long day in capitals, mirrored on odd pages, no day when undated), the section, the headline, the
# byline, the columns' text wrapped at 46, a form feed at the page's end. The scan's day is no date.
def desk_s61_1021(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    page = rng.randrange(2, 40)
    day = later_day(a, rng, 1, 8).replace("-", "")
    n = rng.randrange(1, 900)
    run = [str(page), src.upper()] + ([long_date(a["date"], lg, weekday=True).upper()] if a["date"] else [])
    if page % 2:
        run = run[1:] + run[:1]
    text = [" ".join(run), "", SECTION[lg].upper(), "", a["title"], ""]
    text += [by_line(a, rng), ""] if a["authors"] else []
    text += [wrapped(a["body"], 46), "\f"]
    name = f"scan_{day}_{n:04d}"
    out = [f"$ ocrmypdf -l {TESS[lg]} --sidecar {name}.txt {name}.pdf {name}_ocr.pdf", f"$ cat {name}.txt"]
    return "\n".join(out + text) + "\n", e_with(a, source=src)


# The headline, then the first paragraph opened by the byline, the publication, the long day and the city
# (`Von Peter Amende | Le Monde, 3. März 1987 – Berlin. …`), the other paragraphs after it.
def desk_s61_1022(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head = sep_join(", ", src, dated(a, lg))
    if a["authors"]:
        head = f"{by_line(a, rng)} | {head}"
    first = f"{head} – {CITY[lg]}. {a['body'][0]}"
    parts = [a["title"], "", "\n\n".join([first] + a["body"][1:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def unrtf_day(day, h, m):
    d = datetime.date.fromisoformat(day)
    return f"{d.day} {MONTHS['en'].split()[d.month - 1]} {d.year} {h:02d}:{m:02d} "


# A colleague's RTF file read with `unrtf --text … | iconv -f latin1 -t utf-8`: unrtf's header (`###` lines, the
# document's `TITLE:` the desk's press review with a later day, `AUTHOR:` the colleague, later creation and revision
# dates), the rule, then the pasted article (headline, publication and long day, byline, text). The document's author
# is no author, its days no date, unrtf no source.
def desk_s61_1032(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    h, m = hm(rng, 8, 18)
    m = min(m, 50)
    name = f"Revue/clip-{day[5:7]}{day[8:]}-{rng.randrange(1, 40)}.rtf"
    text = [a["title"], "", sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    text += [""] + "\n\n".join(a["body"]).split("\n")
    out = [f"$ unrtf --text {name} | iconv -f latin1 -t utf-8",
           "###  Translation from RTF performed by UnRTF, version 0.21.10 ",
           f"### font table contains {rng.randrange(2, 5)} fonts total", "",
           f"TITLE: {REVIEW[desk]} {numeric(day, desk)}", "", f"AUTHOR: {who}",
           f"### creation date: {unrtf_day(day, h, m)}",
           f"### revision date: {unrtf_day(day, h, m + rng.randrange(2, 9))}",
           "", "-----------------"] + text
    return "\n".join(out) + "\n", e_with(a, source=src)


REPORT = {"en": "{a} reports from {c}", "fr": "{a}, depuis {c}", "de": "Aus {c} berichtet {a}",
          "es": "{a} informa desde {c}", "it": "{a}, da {c}", "pt": "{a}, de {c}"}


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# A masthead line with the publication in capitals and the weekday and long day (English with an ordinal, `Thursday
# 26th February 1987`), the headline, the reporting line in the article's language (`Aus Berlin berichtet Peter
# Amende`, `Peter Amende reports from London`), the text.
def desk_s61_1033(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    if a["date"] and lg == "en":
        d = a["date"]
        day = f"{weekday_of(d, 'en')} {ordinal(int(d[8:]))} {month_name(d, 'en')} {d[:4]}"
    else:
        day = long_date(a["date"], lg, weekday=True) if a["date"] else ""
    parts = [sep_join("  ·  ", src.upper(), day), "", a["title"]]
    parts += [REPORT[lg].format(a=names_of(a, lg), c=CITY[lg])] if a["authors"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def pb_time(secs, rng):
    t = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    return t.strftime("%Y-%m-%d %H:%M:%S") + f".{rng.randrange(1000):03d}Z"


# The desk's PocketBase app read over its API (`curl …/api/collections/clips/records/ID | jq .`): `collectionId`,
# `collectionName`, `id`, `outlet`, `headline`, `authors` (JSON), `published` (`1987-03-03 00:00:00.000Z`, an empty
# string when undated), `body`, `url`, the colleague's `clipped_by`, later `created`/`updated`. PocketBase no source.
def desk_s61_1034(a, desk, rng):
    src = src_of(a, rng)
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    rid = ident(rng, 15, alnum)
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    rec = {"collectionId": "pbc_" + str(rng.randrange(10 ** 9, 10 ** 10)), "collectionName": "clips", "id": rid,
           "outlet": src, "headline": a["title"], "authors": list(a["authors"]),
           "published": f"{a['date']} 00:00:00.000Z" if a["date"] else "", "body": body(a), "url": url_of(a, src),
           "clipped_by": crew(a, rng, 1)[0], "created": pb_time(secs, rng),
           "updated": pb_time(secs + rng.randrange(60, 7200), rng)}
    return f"$ curl -s https://pb.desk.example.org/api/collections/clips/records/{rid} | jq .\n" + \
        json.dumps(rec, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


def soft_hyphens(text, lg):
    words = []
    for w in text.split(" "):
        core = w.strip(".,;:!?«»\"'()")
        if len(core) >= 9 and core.isalpha():
            vowels = "aeiouyäöüéèêàâîïôûAEIOUÄÖÜÉ"
            mid = len(core) // 2
            cuts = [i for i in sorted(range(2, len(core) - 3), key=lambda i: abs(i - mid))
                    if core[i - 1] in vowels and core[i] not in vowels and core[i + 1] in vowels]
            if cuts:
                cut = w.index(core) + cuts[0]
                w = w[:cut] + "\u00ad" + w[cut:]
        words.append(w)
    out = " ".join(words)
    if lg == "fr":
        for p in (" :", " ;", " ?", " !", "« ", " »"):
            out = out.replace(p, p.replace(" ", "\u00a0"))
    return out


# An e-paper copy: the page's header (`12 | LE MONDE | MARDI 3 MARS 1987`, no-break spaces inside the day), the
# section, the headline, the byline, and the text as the e-paper hands it over, soft hyphens left inside long words
# and French no-break spaces before high punctuation.
def desk_s61_1035(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head = [str(rng.randrange(2, 40)), src.upper()] + \
        ([long_date(a["date"], lg, weekday=True).upper().replace(" ", "\u00a0")] if a["date"] else [])
    parts = [" | ".join(head), "", SECTION[lg], "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(soft_hyphens(p, lg) for p in a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def pdf_string(text):
    if all(32 <= ord(ch) < 127 for ch in text):
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


# A colleague's PDF read with MuPDF: `mutool show clip-YYYYMMDD.pdf trailer/Info` (the Info dictionary: `/Title` the
# desk's press review and a later day, `/Author` the colleague, UTF-16 hex strings when not ASCII, Word's `/Creator`
# and `/Producer` in hex, later `/CreationDate`/`/ModDate`), then `mutool draw -F txt` (the headline, the
# publication and long day, the byline, the text wrapped at 95, a form feed). The PDF's author and days are the
# colleague's, MuPDF and Word no source.
def desk_s61_1036(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    h, m = hm(rng, 8, 18)
    m = min(m, 50)
    stamp = f"D:{day.replace('-', '')}{h:02d}{m:02d}{rng.randrange(60):02d}+01'00'"
    word = "<4D6963726F736F6674AE20576F726420666F72204D6963726F736F667420333635>"
    name = f"clip-{day.replace('-', '')}.pdf"
    info = [f"{rng.randrange(20, 90)} 0 obj", "<<", f"  /Title {pdf_string(REVIEW[desk] + ' ' + numeric(day, desk))}",
            f"  /Author {pdf_string(who)}", f"  /Creator {word}", f"  /CreationDate ({stamp})",
            f"  /ModDate ({stamp})", f"  /Producer {word}", ">>", "endobj"]
    text = [a["title"], "", sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    text += ["", wrapped(a["body"], 95), "", "\f"]
    out = [f"$ mutool show {name} trailer/Info"] + info + [f"$ mutool draw -F txt {name}"] + text
    return "\n".join(out) + "\n", e_with(a, source=src)


INTERVIEW = {"en": ("Interview by {a}", "edition of {d}"), "fr": ("Propos recueillis par {a}", "édition du {d}"),
             "de": ("Das Gespräch führte {a}", "Ausgabe vom {d}"),
             "es": ("Entrevista realizada por {a}", "edición del {d}"),
             "it": ("Intervista a cura di {a}", "edizione del {d}"),
             "pt": ("Entrevista conduzida por {a}", "edição de {d}")}


# A CRLF interview copy: the headline, the interviewer's line in the article's language (`Propos recueillis par Peter
# Amende`, `Das Gespräch führte Peter Amende`), the text, and at the foot the publication and its edition's day in
# parentheses (`(Le Monde, édition du 3 mars 1987)`, `(Le Monde)` when undated).
def desk_s61_1037(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    by, edition = INTERVIEW[lg]
    parts = [a["title"]] + ([by.format(a=names_of(a, lg))] if a["authors"] else []) + ["", body(a), ""]
    parts += [f"({src}, {edition.format(d=long_date(a['date'], lg))})" if a["date"] else f"({src})"]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


MSSQL = {"en": ("Id", "Paper", "Headline", "Authors", "Published", "Entered", "EnteredBy", "Body", "Clippings"),
         "fr": ("Id", "Journal", "Titre", "Auteurs", "Parution", "Saisie", "SaisiPar", "Texte", "Coupures"),
         "de": ("Id", "Zeitung", "Titel", "Autoren", "Erschienen", "Erfasst", "ErfasstVon", "Text", "Ausschnitte"),
         "es": ("Id", "Medio", "Titular", "Autores", "Publicado", "Alta", "AltaPor", "Texto", "Recortes"),
         "it": ("Id", "Testata", "Titolo", "Autori", "Pubblicato", "Inserito", "InseritoDa", "Testo", "Ritagli"),
         "pt": ("Id", "Jornal", "Titulo", "Autores", "Publicado", "Registo", "RegistadoPor", "Texto", "Recortes")}


# The desk's SQL Server archive queried with sqlcmd (`-W -s "|"`): the header row of column names in the desk's
# language, the dashes, one row (`Erschienen` an ISO day or `NULL`, the writers or `NULL`, a later `Erfasst`
# datetime, the colleague, the text cut at 256 characters as sqlcmd cuts it), then `(1 rows affected)`. SQL Server
# no source, the entry moment no date.
def desk_s61_1039(a, desk, rng):
    src = src_of(a, rng)
    cols = MSSQL[desk]
    n = rng.randrange(1000, 90000)
    h, m = hm(rng, 8, 19)
    entered = f"{later_day(a, rng, 1, 6)} {h:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}"
    row = [str(n), src, a["title"], "; ".join(a["authors"]) if a["authors"] else "NULL", a["date"] or "NULL",
           entered, initial(crew(a, rng, 1)[0]), body(a)[:256]]
    query = f"SELECT {', '.join(cols[:8])} FROM dbo.{cols[8]} WHERE {cols[0]} = {n}"
    out = [f"$ sqlcmd -S archiv.desk.local -d Presse -E -W -s \"|\" -Q \"{query}\"", "|".join(cols[:8]),
           "|".join("-" * len(c) for c in cols[:8]), "|".join(row), "", "(1 rows affected)"]
    return "\n".join(out) + "\n", e_with(a, source=src)


BLIND_S61 = {name for name in list(globals()) if name.startswith("desk_s61_")}
assert len(BLIND_S61) == 26 and len(DEVELOPMENT) == 16 and all(
    (int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0) == (name not in DEVELOPMENT)
    for name in BLIND_S61)
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S61)})
