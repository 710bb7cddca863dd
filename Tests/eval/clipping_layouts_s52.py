"""A thirtieth batch of 26 clipping layouts (BLIND_S52) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s51.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a mail's, a note's, a document's,
a chat group's or a database entry's own title or subject, a tab title's `Headline | Publication`, a section, a
reference's quotation marks or an asterisk sending to a footnote; authors: persons who wrote the article, never the
colleague who pasted, mailed, saved or reviewed it, other stories' writers, the department the writers belong to,
nor the places after their names; date: the article's publication day, never the day of an amendment, a fax's
transmission, saving, crawling, an entry's publication on the office's own site or a sheet's `added on`, nor an
issue's number and year, and none when the file states none; source: the publication the file names, never the
tool, the API, the CMS, the clippings service, the bulletin, the blog's name or the chat).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S51 did not use (checked for each
with keyword greps over all the batch files, printing only file names). The sixteen development members:
the writers with their places and no `By` (`Hélène Roux in Brussels and Stefan Krüger in Berlin`, `Hélène Roux à
Bruxelles`) over an abbreviated weekday-day-month-year stamp with a dotted clock (`Tue 3 Mar 1987 18.04 CET`), an
amendment note with its later day at the foot; an MLA reference on top as the only metadata (`Roux, Hélène.
“Headline.” Le Figaro, 3 Mar. 1987, p. 7.`, the first writer's name inverted, the day in the desk's language but for
English desks), then the headline and text alone; a cutting received by fax and typed as it came (the fax machine's
header line on each page with the later transmission day, the clippings service's name and number and the page
count, then the cutting's folio `LE FIGARO — mardi 3 mars 1987`, headline, byline, narrow column); a weekly's issue
reference as first line (`Aus: Le Figaro Nr. 10/1987 vom 3. März 1987`, `Aus: Le Figaro Nr. 10` when undated); a
members' bulletin reprinting the article with an asterisk after the headline whose footnote at the foot names the
publication and day (`* Erschienen in Le Figaro am 3. März 1987.`); a related-articles block at the foot (`À lire
aussi`, two or three other headlines each with another writer and an earlier day); the writers' department after
their names in the byline (`Par A, service Économie`, `Von A, Wirtschaftsredaktion`; an unsigned piece credited to
the department alone) over a labelled day; a newspaper blog's post whose footer is the only place of writers and day
(`Posted by A on March 3, 1987 at 06:04 PM in Business | Permalink | Comments (3)`); a colleague's mail read from
Outlook through Microsoft Graph (`GET /me/messages/{id}`: the colleague's own `subject`, `bodyPreview`, the later
`sentDateTime`, the note and the article pasted in the CRLF text `body`); Google Cloud Vision's
`DOCUMENT_TEXT_DETECTION` answer for a scanned cutting (`textAnnotations`, `fullTextAnnotation.text`: the running head
`LE FIGARO   MARDI 3 MARS 1987   7`, section, headline, byline, narrow column); an entry of the desk's Notion
database through its API (`page` with typed `properties` named in the desk's language: title, outlet `select`, day
`date` or null, writers `rich_text`, the colleague as `created_by`; `blocks` the text as `paragraph` rich text); an
entry of the office's press-review site on Strapi through its v4 REST API (`articleDate` the day, `byline`, `outlet`,
Strapi's own `createdAt`/`publishedAt` days later, the reviewer as a relation); Unstructured's JSON elements of a
printed web page (`Header`, `Title` for the section and the headline, the byline as `Title` or `UncategorizedText`,
the day, `NarrativeText`, `Footer`; `last_modified` later); a Google Sheets API `values.get` answer of the desk's
tracker (header row in the desk's language, the days formatted as the sheet shows them, `added by` a colleague and
`added on` a later day, trailing empty cells left out); MarkDownload's Markdown with its default template (front
matter `created`, `tags`, `source`, `author`; the tab title `Headline | Le Figaro` as `#` heading; the excerpt; the
content with its publication line when dated); a Webz.io News API post (`thread` with `section_title` `Le Figaro -
Économie` and `title_full`, `author`, `published` with its offset or null, `crawled` later); ten more are held-out.

The layouts are numbered from 669 to 694, the first range at or after 665 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s52_{i}` and text_eval.py's own `held_out`: 665 to 668 as first numbers gave other splits), so that sixteen fall
in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 49 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s50.py (clipping_layouts_s51.py was read whole, for its style and contract, text_eval.py,
clipping_layouts.py and the helper `e_with` of _s31.py too; the helpers of _s35.py to _s50.py were listed by a grep
for definitions limited to the lines above each file's marker and only called, never read; the keyword greps for
formats already used ran over all the batch files, printing file names only). Nobody tunes on any of them when
written; BLIND_S52's development members are only scored (text_eval.py prints their misses with
`--show-s52-development` alone). A container that leaves an undated article without a publication day (Notion's null
`date`, Strapi's null `articleDate`, the sheet's empty cell, Webz.io's null `published`) is expected to state none,
whatever later days it holds; the articles' writers are the only authors, whatever colleagues a container names.
Scored untuned once, by the release binary its writer was given (`base.bin`, main's parser; title exact / authors F1
/ date / source): development 0.500 / 0.598 / 0.740 / 0.337, 246 rejected (17 files stating no author given some);
held-out 0.548 / 0.550 / 0.552 / 0.410, 38 rejected (1 file stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings, so that these
were not rewritten; the other layouts' 88,526 clippings it wrote were byte for byte those of the previous generation,
compared with `diff -rq` against a copy of them). Nothing was changed after the run but comments and two unused
imports (the batch's 2,958 clippings regenerated identical).
"""
import datetime
import hashlib
import json
import textwrap

from clipping_layouts import BY, LAYOUTS, PUBLISHED, byline, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s39 import slug
from clipping_layouts_s42 import named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION, x
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle

DESKS = ("en", "fr", "de", "es", "it", "pt")
WD_ABBR = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
           "de": "Mo Di Mi Do Fr Sa So", "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom",
           "pt": "seg ter qua qui sex sáb dom"}
MON_ABBR = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
            "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
            "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
            "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
            "it": "gen feb mar apr mag giu lug ago set ott nov dic",
            "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."}
NOTE = {"en": "For tomorrow's review:", "fr": "Pour la revue de demain :", "de": "Für den Pressespiegel morgen:",
        "es": "Para el resumen de mañana:", "it": "Per la rassegna di domani:", "pt": "Para a revista de amanhã:"}
REVIEW = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
          "it": "Rassegna stampa", "pt": "Revista de imprensa"}
ISO3 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por"}
LANG_NAME = {"en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese"}
PLACES = {"en": ("Brussels", "Berlin"), "fr": ("Bruxelles", "Berlin"), "de": ("Brüssel", "Paris"),
          "es": ("Bruselas", "Berlín"), "it": ("Bruxelles", "Berlino"), "pt": ("Bruxelas", "Berlim")}


def lang_of(a, desk):
    return a.get("lang") or desk


def day_of(iso):
    return ymd(iso)


def abbr_stamp(iso, desk, h, m):
    """`Tue 3 Mar 1987 18.04 CET` in the desk's language."""
    d = day_of(iso)
    tz = "MEZ" if desk == "de" else "CET"
    return f"{WD_ABBR[desk].split()[d.weekday()]} {d.day} {MON_ABBR[desk].split()[d.month - 1]} {d.year} " \
           f"{h:02d}.{m:02d} {tz}"


def earlier(iso, rng, low, high):
    return (day_of(iso) - datetime.timedelta(days=rng.randrange(low, high + 1))).isoformat()


def pasted(a, desk, rng, src):
    """The article as a colleague pastes it: the headline, the publication and long date, the byline, the text."""
    parts = [a["title"], sep_join(", ", src, dated(a, desk))]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    return parts + [""] + list(a["body"])


def split_name(n):
    return (n.rsplit(" ", 1) if " " in n else ["", n])


# ---- development members of BLIND_S52 ----

WRITERS_IN = {"en": "in", "fr": "à", "de": "in", "es": "en", "it": "a", "pt": "em"}
AMENDED = {"en": "This article was amended on {d} to correct a figure in the fourth paragraph.",
           "fr": "Cet article a été modifié le {d} pour corriger un chiffre au quatrième paragraphe.",
           "de": "Dieser Artikel wurde am {d} geändert, um eine Zahl im vierten Absatz zu korrigieren.",
           "es": "Este artículo fue modificado el {d} para corregir una cifra en el cuarto párrafo.",
           "it": "Questo articolo è stato modificato il {d} per correggere una cifra nel quarto paragrafo.",
           "pt": "Este artigo foi alterado a {d} para corrigir um número no quarto parágrafo."}


# A web story copied from a site that sets the writers with their places and no `By` (`Hélène Roux in Brussels and
# Stefan Krüger in Berlin`; `Hélène Roux à Bruxelles`), the stamp as an abbreviated weekday, day, month, year and a
# clock with a dot (`Tue 3 Mar 1987 18.04 CET`, whichever the article has) on the next line, the section and
# publication on top, the headline, the standfirst, the text, and at the foot the amendment note with its later day
# (`This article was amended on 5 March 1987 to correct a figure …`). The amendment's day is no date, the places no
# part of the names.
def desk_s52_670(a, desk, rng):
    src = src_of(a, rng)
    conj = BY[desk][1]
    places = PLACES[desk]
    who = [f"{n} {WRITERS_IN[desk]} {places[i % 2]}" for i, n in enumerate(a["authors"])]
    line = who[0] if len(who) == 1 else ", ".join(who[:-1]) + f" {conj} {who[-1]}" if who else None
    h, m = hm(rng)
    parts = [sep_join(" | ", SECTION[desk], src), "", a["title"], "", lead(a["body"][0]), ""]
    parts += [line] if line else []
    parts += [abbr_stamp(a["date"], desk, h, m)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    if rng.random() < 0.7:
        parts += ["", AMENDED[desk].format(d=long_date(later_day(a, rng, 1, 4), desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
MLA_NOTE = {"en": "Reference for the file:", "fr": "Référence pour le dossier :", "de": "Nachweis für die Akte:",
            "es": "Referencia para el archivo:", "it": "Riferimento per l'archivio:", "pt": "Referência para o arquivo:"}


def mla_names(names):
    first = ", ".join(reversed(split_name(names[0]))).strip(", ")
    if len(names) == 1:
        return first
    if len(names) == 2:
        return f"{first}, and {names[1]}"
    return f"{first}, et al."


# A clipping whose only metadata is the reference the desk's documentalist put on top in MLA style (`Roux, Hélène,
# and Stefan Krüger. “Headline.” Le Figaro, 3 Mar. 1987, p. 7.`; the first writer's name inverted, `et al.` after
# the first of three or more, which then are the only writer the file names; the day in the desk's language but for
# English desks; no writers or day where the article has none), then the headline and the text alone.
def desk_s52_671(a, desk, rng):
    src = src_of(a, rng)
    title = a["title"] if a["title"][-1:] in "?!." else a["title"] + "."
    if a["date"]:
        d = day_of(a["date"])
        day = f"{d.day} {MLA_MONTHS[d.month - 1]} {d.year}" if desk == "en" else long_date(a["date"], desk)
    else:
        day = None
    where = rng.choice([f"p. {rng.randrange(2, 40)}", f"www.{site(src)}/{slug(a['title'], 5)}", None])
    ref = f"“{title}” " + sep_join(", ", f"{src}", day, where) + "."
    if a["authors"]:
        ref = mla_names(a["authors"]) + ". " + ref
    parts = ([MLA_NOTE[desk]] if rng.random() < 0.5 else []) + [ref, "", a["title"], "", "\n\n".join(a["body"])]
    authors = a["authors"] if len(a["authors"]) < 3 else a["authors"][:1]
    return "\n".join(parts) + "\n", e_with(a, source=src, authors=authors)


FAX_SENDER = {"en": "PRESSCUTTINGS LTD", "fr": "PRESSE-DOC SERVICE", "de": "PRESSEAUSSCHNITT DIENST",
              "es": "RECORTES DE PRENSA SL", "it": "RITAGLI STAMPA SRL", "pt": "RECORTES DE IMPRENSA LDA"}
FAX_PAGE = {"en": "P.", "fr": "P.", "de": "S.", "es": "P.", "it": "P.", "pt": "P."}


def fax_head(day, h, m, desk, n, total, style):
    d = day_of(day)
    if style == 0:  # an office machine's header: `MAR-05-1987 09:12 FROM:… ID:… PAGE 1/2`
        return f"{MON_ABBR['en'].split()[d.month - 1].upper()}-{d.day:02d}-{d.year} {h:02d}:{m:02d}  " \
               f"FROM:{FAX_SENDER[desk]}  ID:+33142000000  PAGE {n}/{total}"
    return f"{numeric(day, desk)} {h:02d}:{m:02d}  +33 1 42 00 00 00  {FAX_SENDER[desk]}  " \
           f"{FAX_PAGE[desk]}{n:03d}/{total:03d}"


# A cutting the clippings service sent by fax and the desk typed into text as it came: each page under the fax
# machine's header line with the transmission's later day and clock, the sender's name and number and the page
# (`MAR-05-1987 09:12  FROM:PRESSE-DOC SERVICE  ID:+33142000000  PAGE 1/2` or `05/03/1987 09:12  +33 1 42 00 00 00
# PRESSE-DOC SERVICE  P.001/002`), then the cutting: its folio (`LE FIGARO — mardi 3 mars 1987`, the publication
# alone when undated), the headline, the byline, the text wrapped in a narrow column, the second page's header half
# way. The fax's day is no date, the clippings service no source.
def desk_s52_672(a, desk, rng):
    src = src_of(a, rng)
    sent = later_day(a, rng, 1, 6)
    h, m = hm(rng)
    style = rng.randrange(2)
    lines = [sep_join(" — ", src.upper(), dated(a, desk, weekday=True)), "", a["title"]]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += [""]
    for p in a["body"]:
        lines += textwrap.wrap(p, 52) + [""]
    half = max(4, len(lines) // 2)
    out = [fax_head(sent, h, m, desk, 1, 2, style), ""] + lines[:half] + \
        ["", fax_head(sent, h, min(m + 1, 59), desk, 2, 2, style), ""] + lines[half:]
    return "\n".join(out).rstrip() + "\n", e_with(a, source=src)


WEEKLY = {"en": ("From {s}, No. {n}/{y}, issue of {d}", "From {s}, No. {n}"),
          "fr": ("Paru dans {s} n° {n}/{y} du {d}", "Paru dans {s} n° {n}"),
          "de": ("Aus: {s} Nr. {n}/{y} vom {d}", "Aus: {s} Nr. {n}"),
          "es": ("Publicado en {s} n.º {n}/{y} del {d}", "Publicado en {s} n.º {n}"),
          "it": ("Da {s} n. {n}/{y} del {d}", "Da {s} n. {n}"),
          "pt": ("Publicado em {s} n.º {n}/{y} de {d}", "Publicado em {s} n.º {n}")}


# A weekly's piece copied with the reference on its first line, the issue numbered within the year
# (`Aus: Le Figaro Nr. 10/1987 vom 3. März 1987`, the number the day's calendar week; `Aus: Le Figaro Nr. 10` when
# undated), then the headline, the byline, the text. The number and year are no date.
def desk_s52_673(a, desk, rng):
    src = src_of(a, rng)
    dated_form, bare = WEEKLY[desk]
    if a["date"]:
        d = day_of(a["date"])
        ref = dated_form.format(s=src, n=d.isocalendar()[1], y=d.year, d=long_date(a["date"], desk))
    else:
        ref = bare.format(s=src, n=rng.randrange(2, 52))
    parts = [ref, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FIRST_IN = {"en": ("* First published in {s} on {d}.", "* First published in {s}."),
            "fr": ("* Paru dans {s} le {d}.", "* Paru dans {s}."),
            "de": ("* Erschienen in {s} am {d}.", "* Erschienen in {s}."),
            "es": ("* Publicado en {s} el {d}.", "* Publicado en {s}."),
            "it": ("* Pubblicato su {s} il {d}.", "* Pubblicato su {s}."),
            "pt": ("* Publicado em {s} a {d}.", "* Publicado em {s}.")}
BULLETIN = {"en": "Members' bulletin", "fr": "Bulletin des adhérents", "de": "Mitgliederbrief",
            "es": "Boletín de socios", "it": "Notiziario dei soci", "pt": "Boletim dos associados"}


# An article reprinted in an association's members' bulletin with an asterisk after its headline (`Headline*`) whose
# footnote at the foot names the publication and day (`* Erschienen in Le Figaro am 3. März 1987.`, the publication
# alone when undated); the bulletin's name on top, the byline under the headline, the text. The asterisk is no part of
# the headline, the bulletin no source.
def desk_s52_674(a, desk, rng):
    src = src_of(a, rng)
    both, bare = FIRST_IN[desk]
    parts = [BULLETIN[desk], "", a["title"] + "*"]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "—————", ""]
    parts += [both.format(s=src, d=long_date(a["date"], desk)) if a["date"] else bare.format(s=src)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RELATED = {"en": ("Related", ["Steel quotas: the talks stall again", "Why the mills are closing",
                              "Unions call for a European plan"]),
           "fr": ("À lire aussi", ["Quotas d'acier : les discussions s'enlisent", "Pourquoi les aciéries ferment",
                                   "Les syndicats réclament un plan européen"]),
           "de": ("Mehr zum Thema", ["Stahlquoten: Die Gespräche stocken erneut", "Warum die Hütten schließen",
                                     "Gewerkschaften fordern einen europäischen Plan"]),
           "es": ("Te puede interesar", ["Cuotas de acero: las negociaciones vuelven a estancarse",
                                         "Por qué cierran las acerías", "Los sindicatos piden un plan europeo"]),
           "it": ("Leggi anche", ["Quote dell'acciaio: le trattative di nuovo in stallo", "Perché le acciaierie chiudono",
                                  "I sindacati chiedono un piano europeo"]),
           "pt": ("Leia também", ["Quotas do aço: as negociações voltam a emperrar", "Porque fecham as siderurgias",
                                  "Sindicatos pedem um plano europeu"])}


# A web story copied down to its related-articles block: the publication and long date on top (whichever the article
# has), the headline, the byline, the text, then under `À lire aussi` / `Mehr zum Thema` two or three other stories'
# headlines, each with its own writer (other journalists) and earlier day (`Pourquoi les aciéries ferment — Stefan
# Krüger, 12 février 1987`). The related stories' writers and days are not the article's.
def desk_s52_675(a, desk, rng):
    src = src_of(a, rng)
    label, heads = RELATED[desk]
    base = a["date"] or later_day(a, rng, 1, 3)
    others = crew(a, rng, 3)
    k = rng.randrange(2, 4)
    items = [f"{heads[i]} — {others[i]}, {long_date(earlier(base, rng, 2 + 9 * i, 10 + 9 * i), desk)}"
             for i in range(k)]
    parts = [sep_join(" – ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", label] + items
    return "\n".join(parts) + "\n", e_with(a, source=src)


DESK_CREDIT = {"en": ("{b}, {dept}", "Business desk"), "fr": ("{b}, service {dept}", "Le service Économie"),
               "de": ("{b}, {dept}", "Wirtschaftsredaktion"), "es": ("{b}, sección de {dept}", "Redacción de Economía"),
               "it": ("{b}, redazione {dept}", "Redazione Economia"), "pt": ("{b}, editoria de {dept}",
                                                                               "Editoria de Economia")}
DEPT = {"en": "Business desk", "fr": "Économie", "de": "Wirtschaftsredaktion", "es": "Economía", "it": "Economia",
        "pt": "Economia"}


# A story copied with the writers' department after their names in the byline (`Par Hélène Roux, service Économie`,
# `Von Hélène Roux, Wirtschaftsredaktion`), an unsigned one credited to the department alone (`Le service Économie`,
# `Wirtschaftsredaktion`), then the labelled publication day (whichever the article has); the publication on top, the
# headline, the text. The department is no writer and no source.
def desk_s52_676(a, desk, rng):
    src = src_of(a, rng)
    form, unsigned = DESK_CREDIT[desk]
    credit = form.format(b=byline(a["authors"], desk, rng), dept=DEPT[desk]) if a["authors"] else unsigned
    parts = [src, "", a["title"], "", credit]
    parts += [f"{PUBLISHED[desk]} {long_date(a['date'], desk)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLOG = {"en": ("The economy blog", "Posted by {n}", " on {d} at {t}", " in {s}", "Permalink", "Comments ({k})"),
        "fr": ("Le blog éco", "Publié par {n}", " le {d} à {t}", " dans {s}", "Lien permanent",
               "Commentaires ({k})"),
        "de": ("Das Wirtschaftsblog", "Veröffentlicht von {n}", " am {d} um {t}", " in {s}", "Permalink",
               "Kommentare ({k})"),
        "es": ("El blog de economía", "Publicado por {n}", " el {d} a las {t}", " en {s}", "Enlace permanente",
               "Comentarios ({k})"),
        "it": ("Il blog dell'economia", "Pubblicato da {n}", " il {d} alle {t}", " in {s}", "Permalink",
               "Commenti ({k})"),
        "pt": ("O blogue de economia", "Publicado por {n}", " em {d} às {t}", " em {s}", "Link permanente",
               "Comentários ({k})")}
UNSIGNED_POST = {"en": "Posted", "fr": "Publié", "de": "Veröffentlicht", "es": "Publicado", "it": "Pubblicato",
                 "pt": "Publicado"}


def blog_time(desk, h, m):
    if desk == "en":
        return f"{(h - 1) % 12 + 1:02d}:{m:02d} {'PM' if h >= 12 else 'AM'}"
    return f"{h:02d}:{m:02d}"


# A post of a newspaper's blog copied from a TypePad-like page: the publication and the blog's name on top, the
# headline, the text, and the post's footer as the only place of the writers and day (`Posted by Hélène Roux on March
# 3, 1987 at 06:04 PM in Business | Permalink | Comments (3)`, `Publié par … le 3 mars 1987 à 18:04 dans Économie |
# Lien permanent | Commentaires (3)`; without writers or day where the article has none). The blog's name and the
# section are no source.
def desk_s52_677(a, desk, rng):
    src = src_of(a, rng)
    name, by_f, day_f, in_f, perma, comments = BLOG[desk]
    h, m = hm(rng)
    foot = by_f.format(n=named(a["authors"], desk)) if a["authors"] else UNSIGNED_POST[desk]
    foot += day_f.format(d=long_date(a["date"], desk), t=blog_time(desk, h, m)) if a["date"] else ""
    foot += in_f.format(s=SECTION[desk])
    foot += f" | {perma} | {comments.format(k=rng.randrange(0, 40))}"
    parts = [f"{src} — {name}", "", a["title"], "", "\n\n".join(a["body"]), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OUTLOOK_SUBJECT = {"en": "For the review", "fr": "Pour la revue de presse", "de": "Für den Pressespiegel",
                   "es": "Para el resumen", "it": "Per la rassegna", "pt": "Para a revista de imprensa"}
SIGN = {"en": "Best,", "fr": "Bonne journée,", "de": "Viele Grüße", "es": "Un saludo,", "it": "Cordiali saluti,",
        "pt": "Cumprimentos,"}


# A colleague's mail in the press office's Outlook, read through Microsoft Graph (`GET /me/messages/{id}`) and kept
# whole: `@odata.context`, `@odata.etag`, `id`, `createdDateTime`, `lastModifiedDateTime`, `receivedDateTime`,
# `sentDateTime` the later moments, `hasAttachments`, `internetMessageId`, `subject` the colleague's own
# (`Pour la revue de presse`, sometimes with the publication), `bodyPreview` the first 255 characters, `importance`,
# `conversationId`, `isRead`, `webLink`, `body` with `contentType` `text` and `content` (CRLF): the note, the article
# pasted (the headline, the publication and long date, the byline, the text), the colleague's signature; `sender`,
# `from`, `toRecipients`, `flag`. The subject is no headline, the colleague no author, Outlook no source.
def desk_s52_678(a, desk, rng):
    src = src_of(a, rng)
    who, boss = crew(a, rng, 2)
    sent = epoch_of(later_day(a, rng, 1, 5), rng)
    text = "\r\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", SIGN[desk], who]) + "\r\n"
    mid = "AAMkAG" + ident(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "AAA="
    subject = rng.choice([OUTLOOK_SUBJECT[desk], f"{OUTLOOK_SUBJECT[desk]} ({src})"])
    addr = {"emailAddress": {"name": who, "address": f"{handle(who)}@example.org"}}
    msg = {"@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#users('{uuid_of(rng)}')/messages/$entity",
           "@odata.etag": "W/\"CQAAABYAAAA" + ident(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + "\"",
           "id": mid, "createdDateTime": utc_iso(sent + 2), "lastModifiedDateTime": utc_iso(sent + 90),
           "changeKey": "CQAAABYAAAA" + ident(rng, 20), "categories": [], "receivedDateTime": utc_iso(sent + 2),
           "sentDateTime": utc_iso(sent), "hasAttachments": False,
           "internetMessageId": f"<{ident(rng, 20, HEX)}@example.org>", "subject": subject,
           "bodyPreview": text.replace("\r\n", " ")[:255], "importance": "normal",
           "parentFolderId": "AQMkAG" + ident(rng, 30), "conversationId": "AAQkAG" + ident(rng, 30),
           "conversationIndex": "AQHa" + ident(rng, 24), "isDeliveryReceiptRequested": False,
           "isReadReceiptRequested": False, "isRead": True, "isDraft": False,
           "webLink": f"https://outlook.office365.com/owa/?ItemID={mid}&exvsurl=1&viewmodel=ReadMessageItem",
           "inferenceClassification": "focused", "body": {"contentType": "text", "content": text},
           "sender": addr, "from": addr,
           "toRecipients": [{"emailAddress": {"name": boss, "address": f"{handle(boss)}@example.org"}}],
           "ccRecipients": [], "bccRecipients": [], "replyTo": [], "flag": {"flagStatus": "notFlagged"}}
    return json.dumps(msg, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


def box(rng, x0, y0, w, h):
    return {"vertices": [{"x": x0, "y": y0}, {"x": x0 + w, "y": y0}, {"x": x0 + w, "y": y0 + h},
                         {"x": x0, "y": y0 + h}]}


# A scanned cutting read by Google Cloud Vision (`POST /v1/images:annotate`, `DOCUMENT_TEXT_DETECTION`), the answer as
# the desk's script keeps it: `responses` with one response: `textAnnotations` (the first with `locale` and the whole
# text as `description`, then the first words each with its `boundingPoly`), `fullTextAnnotation` (`pages` with
# `property.detectedLanguages`, `width`, `height`, `confidence`, the blocks left out; `text` the whole text). The
# text is the cutting line by line: the page's running head (`LE FIGARO   MARDI 3 MARS 1987   7`, the day left out
# when undated), the section, the headline, the byline, the text in a narrow column. Google no source.
def desk_s52_681(a, desk, rng):
    src = src_of(a, rng)
    lang = lang_of(a, desk)
    head = "   ".join(p for p in [src.upper(), dated(a, desk, weekday=True).upper(), str(rng.randrange(2, 40))] if p)
    lines = [head, SECTION[desk].upper(), a["title"]]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    for p in a["body"]:
        lines += textwrap.wrap(p, 48)
    text = "\n".join(lines) + "\n"
    words = [{"description": w, "boundingPoly": box(rng, 120 + 90 * i, 140, 80, 34)}
             for i, w in enumerate(head.split()[:6])]
    resp = {"textAnnotations": [{"locale": lang, "description": text, "boundingPoly": box(rng, 96, 118, 1460, 2080)}]
            + words,
            "fullTextAnnotation": {"pages": [{"property": {"detectedLanguages": [
                {"languageCode": lang, "confidence": round(rng.uniform(0.85, 0.99), 2)}]},
                "width": 1654, "height": 2339, "confidence": round(rng.uniform(0.9, 0.99), 2)}], "text": text}}
    return json.dumps({"responses": [resp]}, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src)


NOTION_PROPS = {  # headline, outlet, publication day, writers, added by, status, status value
    "en": ("Headline", "Outlet", "Published", "Authors", "Added by", "Status", "To summarise"),
    "fr": ("Titre", "Média", "Date de parution", "Auteurs", "Ajouté par", "Statut", "À résumer"),
    "de": ("Titel", "Medium", "Erscheinungsdatum", "Autoren", "Erstellt von", "Status", "Zusammenfassen"),
    "es": ("Titular", "Medio", "Fecha de publicación", "Autores", "Creado por", "Estado", "Por resumir"),
    "it": ("Titolo", "Testata", "Data di pubblicazione", "Autori", "Creato da", "Stato", "Da riassumere"),
    "pt": ("Título", "Meio", "Data de publicação", "Autores", "Criado por", "Estado", "Por resumir")}


def rich(text):
    """Notion rich text: one text object per 2,000 characters at most."""
    chunks = [text[i:i + 2000] for i in range(0, len(text), 2000)] or []
    return [{"type": "text", "text": {"content": c, "link": None},
             "annotations": {"bold": False, "italic": False, "strikethrough": False, "underline": False,
                             "code": False, "color": "default"}, "plain_text": c, "href": None} for c in chunks]


# An entry of the desk's press-review database in Notion, read through its API and saved as one file: `page` (`GET
# /v1/pages/{id}`: `object`, `id`, `created_time` and `last_edited_time` the later moments, `created_by`, `parent`
# the database, `properties` named in the desk's language: the title property with the headline, a `select` with the
# outlet, a `date` with the publication day or null, a `rich_text` with the writers joined by `, `, a `created_by`
# property with the colleague, a `status`, `url`; `url`) and `blocks` (`GET /v1/blocks/{id}/children`: the text as
# `paragraph` blocks of rich text). The colleague is no author, Notion no source.
def desk_s52_682(a, desk, rng):
    src = src_of(a, rng)
    p_title, p_outlet, p_day, p_by, p_added, p_status, status = NOTION_PROPS[desk]
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 8), rng)
    user = {"object": "user", "id": uuid_of(rng)}
    pid, db = uuid_of(rng), uuid_of(rng)
    props = {p_title: {"id": "title", "type": "title", "title": rich(a["title"])},
             p_outlet: {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "select",
                        "select": {"id": uuid_of(rng), "name": src, "color": rng.choice(["blue", "green", "red"])}},
             p_day: {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "date",
                     "date": {"start": a["date"], "end": None, "time_zone": None} if a["date"] else None},
             p_by: {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "rich_text",
                    "rich_text": rich(", ".join(a["authors"]))},
             p_added: {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "created_by",
                       "created_by": dict(user, name=who, avatar_url=None, type="person",
                                          person={"email": f"{handle(who)}@example.org"})},
             p_status: {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "status",
                        "status": {"id": ident(rng, 4), "name": status, "color": "yellow"}},
             "URL": {"id": ident(rng, 4, "abcdefghijklmnopqrstuvwxyz%"), "type": "url", "url": url_of(a, src)}}
    page = {"object": "page", "id": pid, "created_time": utc_iso(made, True),
            "last_edited_time": utc_iso(made + 60 * rng.randrange(1, 90), True), "created_by": user,
            "last_edited_by": user, "cover": None, "icon": None, "parent": {"type": "database_id", "database_id": db},
            "archived": False, "in_trash": False, "properties": props,
            "url": f"https://www.notion.so/{slug(a['title'], 5)}-{pid.replace('-', '')}", "public_url": None,
            "request_id": uuid_of(rng)}
    blocks = [{"object": "block", "id": uuid_of(rng), "parent": {"type": "page_id", "page_id": pid},
               "created_time": page["created_time"], "last_edited_time": page["created_time"], "created_by": user,
               "last_edited_by": user, "has_children": False, "archived": False, "in_trash": False,
               "type": "paragraph", "paragraph": {"rich_text": rich(p), "color": "default"}} for p in a["body"]]
    doc = {"page": page, "blocks": {"object": "list", "results": blocks, "next_cursor": None, "has_more": False,
                                    "type": "block", "block": {}, "request_id": uuid_of(rng)}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# An entry of the office's press-review site built on Strapi, read from its REST API (v4, `GET /api/clippings/{id}?
# populate=reviewer`): `data` with `id` and `attributes` (`headline`, `outlet`, `articleDate` the publication day or
# null, `byline` the writers joined by `, ` or null, `standfirst`, `body` the text as Markdown, `slug`, `locale`,
# `createdAt`, `updatedAt` and `publishedAt` the moments the entry was made and put online on the site, days later,
# `reviewer` the colleague as a relation), `meta`. Strapi's `publishedAt` is no date, the reviewer no author, Strapi
# no source.
def desk_s52_687(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 6), rng)
    rid = rng.randrange(2, 40)
    attrs = {"headline": a["title"], "outlet": src, "articleDate": a["date"],
             "byline": ", ".join(a["authors"]) or None, "standfirst": lead(a["body"][0]),
             "body": "\n\n".join(a["body"]), "slug": slug(a["title"], 6), "locale": desk,
             "createdAt": utc_iso(made, True), "updatedAt": utc_iso(made + 3600 + rng.randrange(0, 9000), True),
             "publishedAt": utc_iso(made + 3600 + rng.randrange(0, 9000), True),
             "reviewer": {"data": {"id": rid, "attributes": {
                 "name": who, "email": f"{handle(who)}@example.org", "createdAt": "2023-01-12T10:02:11.512Z",
                 "updatedAt": "2023-01-12T10:02:11.512Z", "publishedAt": "2023-01-12T10:02:11.498Z"}}}}
    doc = {"data": {"id": rng.randrange(100, 5000), "attributes": attrs}, "meta": {}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# A printed web page (PDF) split into elements by Unstructured (`partition_pdf`, `strategy="hi_res"`), its JSON output
# kept whole: a list of elements (`type`, `element_id`, `text`, `metadata` with `filetype`, `languages`,
# `last_modified` the file's later moment, `page_number`, `filename`, `parent_id`): the page's print header (`Header`:
# the publication and section), the section (`Title`), the headline (`Title`), the byline (`Title` or
# `UncategorizedText`, as the model judges), the day (`UncategorizedText`, whichever the article has), the paragraphs
# (`NarrativeText`), the print footer (`Footer`, the page's address and number). Unstructured no source.
def desk_s52_689(a, desk, rng):
    src = src_of(a, rng)
    fname = f"{slug(a['title'], 4)}.pdf"
    modified = utc_iso(epoch_of(later_day(a, rng, 1, 10), rng)).replace("Z", "")
    base = {"filetype": "application/pdf", "languages": [ISO3.get(lang_of(a, desk), "eng")],
            "last_modified": modified, "filename": fname}
    out = []
    parent = None

    def el(kind, text, page=1, child=True):
        eid = ident(rng, 32, HEX)
        meta = dict(base, page_number=page)
        if child and parent:
            meta["parent_id"] = parent
        out.append({"type": kind, "element_id": eid, "text": text, "metadata": meta})
        return eid

    el("Header", f"{src} – {SECTION[desk]}", child=False)
    el("Title", SECTION[desk].upper(), child=False)
    parent = el("Title", a["title"], child=False)
    if a["authors"]:
        el(rng.choice(["Title", "UncategorizedText"]), byline(a["authors"], desk, rng))
    if a["date"]:
        el("UncategorizedText", long_date(a["date"], desk))
    half = (len(a["body"]) + 1) // 2
    for i, p in enumerate(a["body"]):
        el("NarrativeText", p, page=1 if i < half else 2)
    el("Footer", f"{url_of(a, src)}   2/2", page=2, child=False)
    return json.dumps(out, ensure_ascii=False, indent=rng.choice([None, 4])) + "\n", e_with(a, source=src)


SHEET = {  # the tab's name, the header row
    "en": ("Press review", ["Date", "Outlet", "Headline", "Author(s)", "Section", "Text", "Added by", "Added on"]),
    "fr": ("Revue de presse", ["Date", "Média", "Titre", "Auteur(s)", "Rubrique", "Texte", "Ajouté par",
                               "Ajouté le"]),
    "de": ("Pressespiegel", ["Datum", "Medium", "Überschrift", "Autor(en)", "Ressort", "Text", "Erfasst von",
                             "Erfasst am"]),
    "es": ("Resumen", ["Fecha", "Medio", "Titular", "Autor(es)", "Sección", "Texto", "Añadido por", "Añadido el"]),
    "it": ("Rassegna", ["Data", "Testata", "Titolo", "Autore/i", "Sezione", "Testo", "Inserito da", "Inserito il"]),
    "pt": ("Revista", ["Data", "Meio", "Título", "Autor(es)", "Secção", "Texto", "Adicionado por",
                       "Adicionado em"])}


# A row of the desk's tracking sheet read through the Google Sheets API (`GET /v4/spreadsheets/{id}/values/
# 'Revue de presse'!A1:H2`, the default `FORMATTED_VALUE`): `range`, `majorDimension` `ROWS`, `values` the header row
# (in the desk's language: day, outlet, headline, writers, section, text, added by, added on) and the article's row,
# the days as the sheet shows them (`03/03/1987`, `03.03.1987`), empty cells as `""` (the row's trailing empty cells
# left out, as the API does). The colleague who added it and the day of adding are no author and no date.
def desk_s52_692(a, desk, rng):
    src = src_of(a, rng)
    tab, header = SHEET[desk]
    who = crew(a, rng, 1)[0]
    row = [numeric(a["date"], desk) if a["date"] else "", src, a["title"], ", ".join(a["authors"]), SECTION[desk],
           "\n".join(a["body"]), who, numeric(later_day(a, rng, 1, 6), desk)]
    while row and row[-1] == "":
        row.pop()
    doc = {"range": f"'{tab}'!A1:H2", "majorDimension": "ROWS", "values": [header, row]}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# A page saved by the MarkDownload browser extension with its default template: YAML front matter (`created` the
# moment of saving with its offset, `tags`, `source` the address, `author` Readability's byline (`By A` or the names,
# empty when unsigned)), the tab title as `#` heading (`Headline | Le Figaro`, `Headline - Le Figaro`), the excerpt
# quoted under `## Excerpt`, a rule, then the page's content as Readability kept it (the publication line `Publié le 3
# mars 1987 à 18:04` when dated, the paragraphs). The saving moment is no date, the tab title's publication no part of
# the headline.
def desk_s52_693(a, desk, rng):
    src = src_of(a, rng)
    saved = epoch_of(later_day(a, rng, 0, 12), rng)
    when = datetime.datetime.fromtimestamp(saved + 3600, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    author = (byline(a["authors"], desk, rng) if rng.random() < 0.5 else ", ".join(a["authors"])) \
        if a["authors"] else ""
    tab = a["title"] + rng.choice([" | ", " - ", " – "]) + src
    tags = rng.choice(["", slug(a["title"], 3).replace("-", ",")])
    h, m = hm(rng)
    parts = ["---", f"created: {when} (UTC +01:00)", f"tags: [{tags}]", f"source: {url_of(a, src)}",
             f"author: {author}", "---", "", f"# {tab}", "", "> ## Excerpt", f"> {lead(a['body'][0])}", "", "---"]
    parts += [f"{PUBLISHED[desk]} {long_date(a['date'], desk)} {h:02d}:{m:02d}", ""] if a["date"] else []
    parts += ["\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "pt": "PT"}


# A hit of Webz.io's News API (`GET /newsApiLite?token=…&q=…`), the answer kept whole: `posts` with one post (`thread`
# with `uuid`, `url`, `site_full`, `site`, `site_section`, `section_title` (`Le Figaro - Économie`), `title`,
# `title_full` the tab title, `published`, `site_type`, `country`, `domain_rank`, `social`; `uuid`, `url`, `author`
# the writers joined by `, ` or empty, `published` the publication moment with its offset (null when undated),
# `title`, `text`, `highlightText`, `language`, `sentiment`, `categories`, `entities`, `crawled` and `updated` the
# later moments), `totalResults`, `moreResultsAvailable`, `next`, `requestsLeft`, `warnings`. Webz.io is no source.
def desk_s52_694(a, desk, rng):
    src = src_of(a, rng)
    url = url_of(a, src)
    h, m = hm(rng)
    published = f"{a['date']}T{h:02d}:{m:02d}:00.000+01:00" if a["date"] else None
    crawled = utc_iso(epoch_of(later_day(a, rng, 0, 3), rng)).replace("Z", ".000+00:00")
    uid = ident(rng, 40, HEX)
    thread = {"uuid": uid, "url": url, "site_full": f"www.{site(src)}", "site": site(src),
              "site_section": f"https://www.{site(src)}/{slug(SECTION[desk], 1)}", "site_categories": ["media"],
              "section_title": f"{src} - {SECTION[desk]}", "title": a["title"], "title_full": f"{a['title']} - {src}",
              "published": published, "replies_count": 0, "participants_count": 1, "site_type": "news",
              "country": COUNTRY[desk], "main_image": f"https://img.{site(src)}/{ident(rng, 12, HEX)}.jpg",
              "performance_score": 0, "domain_rank": rng.randrange(200, 90000), "domain_rank_updated": crawled,
              "social": {"facebook": {"likes": 0, "comments": 0, "shares": 0}, "vk": {"shares": 0}}}
    post = {"thread": thread, "uuid": uid, "url": url, "ord_in_thread": 0, "parent_url": None,
            "author": ", ".join(a["authors"]), "published": published, "title": a["title"],
            "text": "\n".join(a["body"]), "highlightText": "", "highlightTitle": "", "highlightThreadTitle": "",
            "language": LANG_NAME.get(lang_of(a, desk), "english"), "sentiment": rng.choice(["neutral", None]),
            "categories": ["Economy, Business and Finance"], "topics": [], "ai_allow": True, "has_canonical": False,
            "webz_reporter": False, "external_links": [], "external_images": [],
            "entities": {"persons": [], "organizations": [], "locations": []}, "rating": None,
            "crawled": crawled, "updated": crawled}
    doc = {"posts": [post], "totalResults": 1, "moreResultsAvailable": 0,
           "next": f"/newsApiLite?token={uuid_of(rng)}&ts={rng.randrange(10 ** 12, 10 ** 13)}&from=1",
           "requestsLeft": rng.randrange(100, 1000), "warnings": None}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s52_")}

# ---- held-out members of BLIND_S52 below: whoever tunes the reader never reads past this line ----

def meta_text(s):
    """Meta's export writes each UTF-8 byte of a string as its own \\u00XX escape."""
    return s.encode("utf-8").decode("latin-1")


def meta_fix(obj):
    if isinstance(obj, str):
        return meta_text(obj)
    if isinstance(obj, list):
        return [meta_fix(o) for o in obj]
    if isinstance(obj, dict):
        return {k: meta_fix(v) for k, v in obj.items()}
    return obj


MSG_REPLY = {"en": "Thanks, got it.", "fr": "Merci, bien reçu.", "de": "Danke, ist angekommen.",
             "es": "Gracias, recibido.", "it": "Grazie, ricevuto.", "pt": "Obrigado, recebido."}


# A group chat of the press office in Facebook Messenger, exported by Meta's "Download your information" as JSON
# (`message_1.json`): `participants`, `messages` newest first (each with `sender_name`, `timestamp_ms`, `content` or
# `share` with `link`, `is_geoblocked_for_viewer`), `title` the group's name, `is_still_participant`, `thread_path`,
# `magic_words`, `joinable_mode`; every non-ASCII character written as its UTF-8 bytes' `\u00XX` escapes, as Meta's
# export does. Messages: the colleague's link, the colleague's message pasting the article (the headline, the
# publication and long date, the byline, the text), another colleague's reply. The colleagues are no authors, the
# messages' moments no date, Messenger and the group no source.
def desk_s52_669(a, desk, rng):
    src = src_of(a, rng)
    poster, other = crew(a, rng, 2)
    sent = epoch_of(later_day(a, rng, 1, 5), rng) * 1000 + rng.randrange(1000)
    text = "\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src))
    messages = [{"sender_name": other, "timestamp_ms": sent + rng.randrange(60000, 3600000),
                 "content": MSG_REPLY[desk], "is_geoblocked_for_viewer": False},
                {"sender_name": poster, "timestamp_ms": sent + rng.randrange(2000, 30000), "content": text,
                 "is_geoblocked_for_viewer": False},
                {"sender_name": poster, "timestamp_ms": sent, "share": {"link": url_of(a, src)},
                 "content": url_of(a, src), "is_geoblocked_for_viewer": False}]
    doc = {"participants": [{"name": poster}, {"name": other}, {"name": crew(a, rng, 3)[2]}], "messages": messages,
           "title": REVIEW[desk], "is_still_participant": True,
           "thread_path": f"inbox/{slug(REVIEW[desk], 3).replace('-', '')}_{rng.randrange(10 ** 15, 10 ** 16)}",
           "magic_words": [], "joinable_mode": {"mode": 1, "link": ""}}
    return json.dumps(meta_fix(doc), ensure_ascii=True, indent=2) + "\n", e_with(a, source=src)


ROLE_FOOT = {"en": ("correspondent", "special correspondent"), "fr": ("correspondance", "envoyé spécial"),
             "de": ("Korrespondent", "Sonderkorrespondent"), "es": ("corresponsal", "enviado especial"),
             "it": ("corrispondente", "inviato"), "pt": ("correspondente", "enviado especial")}


# A print story copied with each writer's signature at the foot followed by the place and role in parentheses
# (`Hélène Roux (Bruxelles, correspondance)`, a second writer `(Berlin, envoyé spécial)`), the publication and weekday
# and long date on top (whichever the article has), the headline, the standfirst, the text; no byline above.
def desk_s52_679(a, desk, rng):
    src = src_of(a, rng)
    roles = ROLE_FOOT[desk]
    places = PLACES[desk]
    parts = [sep_join(" — ", src, dated(a, desk, weekday=True)), "", a["title"], "", lead(a["body"][0]), "",
             "\n\n".join(a["body"]), ""]
    parts += [f"{n} ({places[i % 2]}, {roles[i % 2]})" for i, n in enumerate(a["authors"])]
    return "\n".join(parts).rstrip() + "\n", e_with(a, source=src)


# A hit of Exa's search API with contents (`POST /search`, `contents.text`), the answer kept whole: `requestId`,
# `resolvedSearchType`, `results` with one result (`id` and `url` the address, `title` the page's tab title
# `Headline | Le Figaro`, `publishedDate` the day at midnight UTC or null, `author` the writers joined by `, ` or
# null, `score`, `image`, `favicon`, `text` the page's text: the headline, the text), `searchType`, `costDollars`.
# Exa no source.
def desk_s52_680(a, desk, rng):
    src = src_of(a, rng)
    url = url_of(a, src)
    res = {"id": url, "title": a["title"] + rng.choice([" | ", " - "]) + src, "url": url,
           "publishedDate": f"{a['date']}T00:00:00.000Z" if a["date"] else None,
           "author": ", ".join(a["authors"]) or None, "score": round(rng.uniform(0.2, 0.5), 6),
           "image": f"https://img.{site(src)}/{ident(rng, 12, HEX)}.jpg",
           "favicon": f"https://www.{site(src)}/favicon.ico",
           "text": a["title"] + "\n\n" + "\n\n".join(a["body"])}
    doc = {"requestId": ident(rng, 32, HEX), "resolvedSearchType": "neural", "results": [res], "searchType": "auto",
           "costDollars": {"total": 0.006, "search": {"neural": 0.005}, "contents": {"text": 0.001}}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


SHORT_WD = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
            "de": "Mo. Di. Mi. Do. Fr. Sa. So.", "es": "lun. mar. miér. jue. vie. sáb. dom.",
            "it": "lun mar mer gio ven sab dom", "pt": "seg. ter. qua. qui. sex. sáb. dom."}


# A web story copied with the writers' names joined by slashes and no `By` (`Hélène Roux / Stefan Krüger`), and under
# them the abbreviated weekday, numeric day and clock (`Di., 03.03.1987, 18:04 Uhr`, `mar. 03/03/1987, 18h04`,
# whichever the article has); the publication on top, the headline, the standfirst, the text.
def desk_s52_683(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    clock = {"de": f"{h:02d}:{m:02d} Uhr", "fr": f"{h:02d}h{m:02d}"}.get(desk, f"{h:02d}:{m:02d}")
    parts = [src, "", a["title"], "", lead(a["body"][0]), ""]
    parts += [" / ".join(a["authors"])] if a["authors"] else []
    if a["date"]:
        parts += [f"{SHORT_WD[desk].split()[day_of(a['date']).weekday()]}, {numeric(a['date'], desk)}, {clock}"]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A reference exported from the desk's Zotero library as Zotero RDF: `rdf:RDF` with the namespaces, a `bib:Article`
# (`z:itemType` `newspaperArticle`, `dcterms:isPartOf` with the `bib:Newspaper`'s `dc:title` the publication,
# `bib:authors` as `foaf:Person`s with `foaf:surname` and `foaf:givenName` (left out when unsigned), `dc:title` the
# headline, `dcterms:abstract`, `dc:date` the day as the colleague typed it (left out when undated), `z:language`,
# `z:libraryCatalog`, `dc:identifier` the address, `dcterms:dateSubmitted` the later access moment, `z:section`),
# the linked `bib:Memo` with the text as escaped HTML, the snapshot's `z:Attachment` with its later `dcterms:dateSubmitted`.
# The access days are no date, Zotero no source.
def desk_s52_684(a, desk, rng):
    src = src_of(a, rng)
    url = url_of(a, src)
    memo, snap = rng.randrange(100, 900), rng.randrange(900, 1900)
    seen = utc_iso(epoch_of(later_day(a, rng, 1, 20), rng)).replace("T", " ").replace("Z", "")
    out = ['<rdf:RDF', ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
           ' xmlns:z="http://www.zotero.org/namespaces/export#"', ' xmlns:dcterms="http://purl.org/dc/terms/"',
           ' xmlns:bib="http://purl.org/net/biblio#"', ' xmlns:foaf="http://xmlns.com/foaf/0.1/"',
           ' xmlns:link="http://purl.org/rss/1.0/modules/link/"', ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'    <bib:Article rdf:about="{x(url)}">', '        <z:itemType>newspaperArticle</z:itemType>',
           '        <dcterms:isPartOf>', '            <bib:Newspaper>', f'                <dc:title>{x(src)}</dc:title>',
           '            </bib:Newspaper>', '        </dcterms:isPartOf>']
    if a["authors"]:
        out += ['        <bib:authors>', '            <rdf:Seq>']
        for n in a["authors"]:
            given, family = split_name(n)
            out += ['                <rdf:li>', '                    <foaf:Person>',
                    f'                        <foaf:surname>{x(family)}</foaf:surname>']
            out += [f'                        <foaf:givenName>{x(given)}</foaf:givenName>'] if given else []
            out += ['                    </foaf:Person>', '                </rdf:li>']
        out += ['            </rdf:Seq>', '        </bib:authors>']
    out += [f'        <dcterms:isReferencedBy rdf:resource="#item_{memo}"/>',
            f'        <link:link rdf:resource="#item_{snap}"/>', f'        <dc:title>{x(a["title"])}</dc:title>',
            f'        <dcterms:abstract>{x(lead(a["body"][0]))}</dcterms:abstract>']
    if a["date"]:
        out += [f'        <dc:date>{rng.choice([a["date"], long_date(a["date"], desk), numeric(a["date"], desk)])}'
                '</dc:date>']
    out += [f'        <z:language>{lang_of(a, desk)}</z:language>',
            f'        <z:libraryCatalog>{site(src)}</z:libraryCatalog>', '        <dc:identifier>',
            '            <dcterms:URI>', f'                <rdf:value>{x(url)}</rdf:value>', '            </dcterms:URI>',
            '        </dc:identifier>', f'        <dcterms:dateSubmitted>{seen}</dcterms:dateSubmitted>',
            f'        <z:section>{x(SECTION[desk])}</z:section>', '    </bib:Article>',
            f'    <bib:Memo rdf:about="#item_{memo}">',
            f'       <rdf:value>{x("".join(f"<p>{x(p)}</p>" for p in a["body"]))}</rdf:value>', '    </bib:Memo>',
            f'    <z:Attachment rdf:about="#item_{snap}">', '        <z:itemType>attachment</z:itemType>',
            '        <dc:identifier>', '            <dcterms:URI>', f'                <rdf:value>{x(url)}</rdf:value>',
            '            </dcterms:URI>', '        </dc:identifier>',
            f'        <dcterms:dateSubmitted>{seen}</dcterms:dateSubmitted>', '        <dc:title>Snapshot</dc:title>',
            '        <link:type>text/html</link:type>', '    </z:Attachment>', '</rdf:RDF>']
    return "\n".join(out) + "\n", e_with(a, source=src)


CITY_OF = {"Le Figaro": "Paris", "Süddeutsche Zeitung": "München", "El País": "Madrid",
           "Corriere della Sera": "Milano", "Público": "Lisboa", "The Guardian": "London", "Reuters": "London"}
EXCERPTS = {"en": "(excerpts)", "fr": "(extraits)", "de": "(Auszüge)", "es": "(extractos)", "it": "(estratti)",
            "pt": "(excertos)"}


# A foreign-press digest's item in the style of a translated press weekly: the headline, the standfirst, the text,
# and at the foot the credit (`— Hélène Roux`, none when unsigned) and the publication with its city in parentheses,
# the long date and `(extraits)` (`Le Figaro (Paris), 3 mars 1987 (extraits)`; the city left out where the desk does
# not know it). The city and the excerpts mark are no part of the source.
def desk_s52_685(a, desk, rng):
    src = src_of(a, rng)
    city = CITY_OF.get(src)
    pub = f"{src} ({city})" if city else src
    parts = [a["title"], "", lead(a["body"][0]), "", "\n\n".join(a["body"]), ""]
    parts += [f"— {named(a['authors'], desk)}"] if a["authors"] else []
    parts += [sep_join(", ", pub, dated(a, desk)) + " " + EXCERPTS[desk]]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def rfc2822(secs):
    d = datetime.datetime.fromtimestamp(secs, datetime.timezone(datetime.timedelta(hours=1)))
    return d.strftime("%a, %d %b %Y %H:%M:%S +0100")


# A mail sent by a colleague to the office's clippings address, as Postmark's inbound webhook posts it (JSON):
# `FromName`, `MessageStream`, `From`, `FromFull`, `To`, `ToFull`, `Cc`, `CcFull`, `Bcc`, `BccFull`,
# `OriginalRecipient`, `Subject` the colleague's own, `MessageID`, `ReplyTo`, `MailboxHash`, `Date` the later RFC 2822
# moment, `TextBody` (the note, the article pasted: the headline, the publication and long date, the byline, the
# text), `HtmlBody`, `StrippedTextReply`, `Tag`, `Headers`, `Attachments`. The colleague is no author, Postmark no
# source.
def desk_s52_686(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    sent = epoch_of(later_day(a, rng, 1, 5), rng)
    hook = ident(rng, 32, HEX)
    lines = [NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", SIGN[desk], who]
    html = "<html><body>" + "".join(f"<div>{x(line) or '<br>'}</div>" for line in lines) + "</body></html>"
    to = f"{hook}@inbound.postmarkapp.com"
    doc = {"FromName": who, "MessageStream": "inbound", "From": f"{handle(who)}@example.org",
           "FromFull": {"Email": f"{handle(who)}@example.org", "Name": who, "MailboxHash": ""},
           "To": f"\"Clippings\" <{to}>", "ToFull": [{"Email": to, "Name": "Clippings", "MailboxHash": ""}],
           "Cc": "", "CcFull": [], "Bcc": "", "BccFull": [], "OriginalRecipient": to,
           "Subject": rng.choice([OUTLOOK_SUBJECT[desk], f"{OUTLOOK_SUBJECT[desk]} – {src}"]),
           "MessageID": uuid_of(rng), "ReplyTo": "", "MailboxHash": "", "Date": rfc2822(sent),
           "TextBody": "\n".join(lines) + "\n", "HtmlBody": html, "StrippedTextReply": "", "Tag": "",
           "Headers": [{"Name": "Return-Path", "Value": f"<{handle(who)}@example.org>"},
                       {"Name": "Received-SPF", "Value": "pass"}, {"Name": "X-Spam-Status", "Value": "No"},
                       {"Name": "MIME-Version", "Value": "1.0"},
                       {"Name": "Message-ID", "Value": f"<{ident(rng, 24, HEX)}@example.org>"}],
           "Attachments": []}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# A web story copied with the byline and the day run together with a dash, the day as an abbreviated month and a
# two-digit year (`Par Hélène Roux – 3 mars 87`, `Von Hélène Roux – 3. März 87`; the byline alone when undated, the day
# alone when unsigned); the publication on top, the headline, the text.
def desk_s52_688(a, desk, rng):
    src = src_of(a, rng)
    day = None
    if a["date"]:
        d = day_of(a["date"])
        mon = MON_ABBR[desk].split()[d.month - 1]
        day = f"{d.day}. {mon} {d.year % 100:02d}" if desk == "de" else f"{d.day} {mon} {d.year % 100:02d}"
    line = sep_join(" – ", a["authors"] and byline(a["authors"], desk, rng), day)
    parts = [src, "", a["title"]] + ([line] if line else []) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


# A colleague's Google Doc read through the Docs API (`GET /v1/documents/{id}`), the answer kept whole: `title` the
# document's own (`Revue de presse – 05/03`), `body.content` (a `sectionBreak`, then `paragraph`s with `elements` of
# `textRun`s carrying `content` and `textStyle`, `paragraphStyle.namedStyleType`: the colleague's note, the headline
# as `HEADING_1`, the publication and long date in italics, the byline, the text), `documentStyle`, `revisionId`,
# `suggestionsViewMode`, `documentId`, with UTF-16 `startIndex`/`endIndex`. The document's title is no headline, its
# owner no author, Google no source.
def desk_s52_690(a, desk, rng):
    src = src_of(a, rng)
    paras = [(NOTE[desk], "NORMAL_TEXT", {}), (a["title"], "HEADING_1", {"bold": True}),
             (sep_join(", ", src, dated(a, desk)), "NORMAL_TEXT", {"italic": True})]
    paras += [(byline(a["authors"], desk, rng), "NORMAL_TEXT", {})] if a["authors"] else []
    paras += [(p, "NORMAL_TEXT", {}) for p in a["body"]]
    content = [{"endIndex": 1, "sectionBreak": {"sectionStyle": {"columnSeparatorStyle": "NONE",
                                                                 "contentDirection": "LEFT_TO_RIGHT",
                                                                 "sectionType": "CONTINUOUS"}}}]
    at = 1
    for text, style, ts in paras:
        run = text + "\n"
        end = at + utf16_len(run)
        pstyle = {"namedStyleType": style, "direction": "LEFT_TO_RIGHT"}
        if style != "NORMAL_TEXT":
            pstyle["headingId"] = "h." + ident(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789")
        content.append({"startIndex": at, "endIndex": end, "paragraph": {
            "elements": [{"startIndex": at, "endIndex": end, "textRun": {"content": run, "textStyle": ts}}],
            "paragraphStyle": pstyle}})
        at = end
    doc = {"title": f"{REVIEW[desk]} – {numeric(later_day(a, rng, 1, 4), desk)[:5]}", "body": {"content": content},
           "documentStyle": {"background": {"color": {}}, "pageNumberStart": 1,
                             "marginTop": {"magnitude": 72, "unit": "PT"},
                             "marginBottom": {"magnitude": 72, "unit": "PT"},
                             "marginRight": {"magnitude": 72, "unit": "PT"},
                             "marginLeft": {"magnitude": 72, "unit": "PT"},
                             "pageSize": {"height": {"magnitude": 841.8897637795277, "unit": "PT"},
                                          "width": {"magnitude": 595.2755905511812, "unit": "PT"}}},
           "revisionId": "ALBJ4L" + ident(rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
           "suggestionsViewMode": "SUGGESTIONS_INLINE",
           "documentId": ident(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


# A print story copied as its page sets it: the headline, the standfirst, the writers' names in capitals on a line
# of their own without `By` (`HÉLÈNE ROUX`, several joined by ` / `) with the place on the next line, the text, and the
# page's folio at the bottom (`EL PAÍS, martes 3 de marzo de 1987` and the page number; the publication alone when
# undated).
def desk_s52_691(a, desk, rng):
    src = src_of(a, rng)
    parts = [a["title"], "", lead(a["body"][0]), ""]
    if a["authors"]:
        parts += [" / ".join(n.upper() for n in a["authors"]), PLACES[desk][0], ""]
    parts += ["\n\n".join(a["body"]), "", "", sep_join(", ", src.upper(), dated(a, desk, weekday=True)) +
              f"{' ' * rng.randrange(4, 30)}{rng.randrange(2, 60)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S52 = {f"desk_s52_{i}" for i in range(669, 695)}
assert DEVELOPMENT == {name for name in BLIND_S52
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S52)})
