"""Stop 35: a fifteenth batch of 26 clipping layouts (BLIND_S37) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline only, as printed, whole when the print splits it
over two lines, without the publication or day set beside it; authors: persons who wrote the article, never a
photographer, camera operator, video editor, graphics artist, sub-editor, translator or the colleague who shared it;
date: the article's publication date, never an update's, a correction's, a review's or a share's later day, and none
when the file does not state one (an update stamp without the original date is not taken; a copyright year is no
date); source: the publication the file names, never the agency whose dateline the copy carries, the regional edition
or the blog's own name set beside it, the app, nor the publisher a syndicated piece first appeared in).
Like BLIND_S35 and BLIND_S36, these are plain-text clippings a press desk really receives, each field standing at the
top, at the bottom or inside the first paragraph, labelled or not, alone on its line or combined with another: the
date and agency in the first sentence's dateline with the byline after a dash at the end and the source only in a
copyright footer, a byline carrying the publication and update stamps, a credits block at the foot, a regional
edition beside the publication, a title and subtitle both in capitals, a title split over two lines, a numbered press
review with the source in brackets, a masthead in spaced capitals, a word processor's smart quotes and non-breaking
spaces, a mobile app's share text, a syndicated piece, a translated piece, a correction set on top, a newspaper's
blog, a regional TV's text version. Three of the 26 are tool formats (a CSV row, a front matter, a spreadsheet copy).

The layouts are numbered from 26 to 51 so that text_eval.py's hash puts sixteen in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts_s25.py to _s36.py: nobody tunes on any of
them in stop 35 when written (the development members of BLIND_S35 and BLIND_S36 were tuned on later in stop 35;
BLIND_S37's are only scored: text_eval.py prints their misses with `--show-s37-development` alone).
"""
import csv
import hashlib
import io
import json

from clipping_layouts import (AGENCY, BY, CITY, LABELS, LAYOUTS, OUTLETS, PEOPLE, byline, joined, long_date,
                              numeric_date, wrap)
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import REGION, dated, lead, sep_join
from clipping_layouts_s36 import TOWN, after, src_of, us_numeric


def crew(a, rng, n):
    """`n` colleagues (photographer, editor, ...), none of them an author of the article."""
    return rng.sample([p for p in PEOPLE if p not in a["authors"]], n)


def colon(desk):
    """The desk's label colon (`Source :` with a space on the French desk)."""
    return " :" if desk == "fr" else ":"


def later_day(a, rng, low=1, high=3):
    """A day after the article's (or after an arbitrary day when it is undated), ISO form."""
    return after(a["date"] or "2026-02-02", rng, low, high)


def at(iso, desk, rng):
    """A long date with a clock time, as each desk writes it (`March 3, 2026, 18:42`, `3 mars 2026 à 18h42`)."""
    h, m = rng.randrange(6, 23), rng.randrange(60)
    return {"en": f"{long_date(iso, desk)}, {h:02d}:{m:02d}", "fr": f"{long_date(iso, desk)} à {h}h{m:02d}",
            "de": f"{long_date(iso, desk)}, {h:02d}:{m:02d} Uhr", "es": f"{long_date(iso, desk)}, {h:02d}:{m:02d}",
            "it": f"{long_date(iso, desk)}, ore {h:02d}:{m:02d}",
            "pt": f"{long_date(iso, desk)}, às {h:02d}h{m:02d}"}[desk]


# ---- development members of BLIND_S37 ----

def dateline(iso, desk):
    """The agency's dateline carrying the city, the full date and the agency (`PARIS, 3 mars 2026 (AFP) — `)."""
    city, ag = CITY[desk], AGENCY[desk]
    city = city if desk == "de" else city.upper()
    dash = "–" if desk == "de" else "—"
    return f"{city}, {long_date(iso, desk)} ({ag}) {dash} " if iso else f"{city} ({ag}) {dash} "


# A paper's site copy of agency-based reporting: the headline, then the text whose first sentence opens with the
# agency's dateline carrying the date (`PARIS, 3 mars 2026 (AFP) — `; the city and agency alone when undated), the
# author after a dash at the end (`— Hélène Roux`), and the publication named only in the copyright footer (`© 2026
# Le Figaro`; its year no date). The agency is not the source.
def desk_s37_26(a, desk, rng):
    src = src_of(a, rng)
    body = [dateline(a["date"], desk) + a["body"][0]] + a["body"][1:]
    parts = [a["title"], "", wrap(body)]
    parts += ["", f"— {joined(a['authors'], desk)}"] if a["authors"] else []
    year = a["date"][:4] if a["date"] else str(rng.randrange(2019, 2027))
    parts += ["", f"© {year} {src}" if rng.random() < 0.5 else f"Copyright © {year} {src}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


STAMPS = {"en": ("Published", "Updated"), "fr": ("Publié le", "mis à jour le"),
          "de": ("Veröffentlicht am", "aktualisiert am"), "es": ("Publicado el", "actualizado el"),
          "it": ("Pubblicato il", "aggiornato il"), "pt": ("Publicado a", "atualizado a")}


# A news site's article copied with its meta line: the publication, the headline, then ONE line carrying the byline,
# the publication stamp and the update stamp (`By A | Published March 3, 2026, 18:42 | Updated March 4, 2026,
# 09:12`; the stamps alone when unsigned, the byline alone when undated), the text. The update is not the date.
def desk_s37_27(a, desk, rng):
    src = src_of(a, rng)
    pub, upd = STAMPS[desk]
    stamps = f"{pub} {at(a['date'], desk, rng)} | {upd} {at(later_day(a, rng), desk, rng)}" if a["date"] else ""
    meta = sep_join(" | ", a["authors"] and byline(a["authors"], desk, rng), stamps)
    parts = [src, "", a["title"]] + ([meta] if meta else []) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CREDITS = {  # reporting, photographs, graphics, editing
    "en": ("Reporting", "Photography", "Graphics", "Editing"), "fr": ("Reportage", "Photos", "Infographie", "Édition"),
    "de": ("Text", "Fotos", "Grafik", "Redaktion"), "es": ("Texto", "Fotografía", "Gráficos", "Edición"),
    "it": ("Testo", "Foto", "Grafica", "Cura redazionale"), "pt": ("Texto", "Fotografia", "Infografia", "Edição"),
}


# A long-form feature with its credits block at the foot, one role a line (`Reporting: A and B`, `Photography: P`,
# `Graphics: G`, `Editing: E`; the reporting line left out when unsigned) after the text; the top carries `Publication
# — long date` and the headline. The photographer, graphics artist and editor are not authors.
def desk_s37_29(a, desk, rng):
    src = src_of(a, rng)
    words, photos, graphics, editing = CREDITS[desk]
    p, g, e = crew(a, rng, 3)
    c = colon(desk)
    parts = [sep_join(" — ", src, dated(a, desk)), "", a["title"], "", "\n\n".join(a["body"]), "", "* * *", ""]
    parts += [f"{words}{c} {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += [f"{photos}{c} {p}", f"{graphics}{c} {g}", f"{editing}{c} {e}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


EDITION = {"en": "{s}, {r} edition", "fr": "{s}, édition de {r}", "de": "{s}, Ausgabe {r}",
           "es": "{s}, edición de {r}", "it": "{s}, edizione di {r}", "pt": "{s}, edição de {r}"}
PAGE_ABBR = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}


# A regional daily's local page as its e-paper copies it: one line carrying the publication with its regional edition,
# the weekday date and the page (`Le Figaro, édition de Besançon · mardi 3 mars 2026 · p. 14`), the headline, the
# byline, the text. The edition's name is not part of the source.
def desk_s37_31(a, desk, rng):
    src = src_of(a, rng)
    head = sep_join(" · ", EDITION[desk].format(s=src, r=TOWN[desk]), dated(a, desk, weekday=True),
                    f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}")
    parts = [head, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", wrap(a["body"], 70)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A print page's headline and subtitle both set in capitals, copied as text: the headline in capitals, the subtitle
# (the first sentence) in capitals on the next line, a blank line, the byline and date on one line after ` - `, the
# text, and `(Publication)` at the foot. The headline is expected as printed (in capitals), without the subtitle.
def desk_s37_32(a, desk, rng):
    src = src_of(a, rng)
    meta = sep_join(" - ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    parts = [a["title"].upper(), lead(a["body"][0]).upper(), ""] + ([meta, ""] if meta else [])
    parts += ["\n\n".join(a["body"]), "", f"({src})"]
    return "\n".join(parts) + "\n", e_with(a, title=a["title"].upper(), source=src)


def split_title(title):
    """The headline broken over two lines at the word boundary nearest its middle (one line when a single word)."""
    words = title.split()
    if len(words) < 2:
        return [title]
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(title) / 2))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


# A clipping whose headline the print page set over two lines, the break kept by the copy: the two halves of the
# headline, a blank line, the text, then one line at the foot combining the publication, the numeric date and the
# authors (`Le Figaro · 03/03/2026 · Hélène Roux`, whichever it has). The title is the two lines read as one.
def desk_s37_34(a, desk, rng):
    src = src_of(a, rng)
    foot = sep_join(" · ", src, dated(a, desk, us_numeric), a["authors"] and joined(a["authors"], desk))
    parts = split_title(a["title"]) + ["", "\n\n".join(a["body"]), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


REVIEW = {"en": "PRESS REVIEW", "fr": "REVUE DE PRESSE", "de": "PRESSESPIEGEL", "es": "RESUMEN DE PRENSA",
          "it": "RASSEGNA STAMPA", "pt": "REVISTA DE IMPRENSA"}


# A numbered press review, one item of it: the review's heading with its own day (a later one), then `3/12  Title
# [Publication]` (the source in brackets after the headline), the authors and the long date on one line after ` — `
# (whichever the article has), the text. The review's day is not the date; the number and brackets are not the title.
def desk_s37_36(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(5, 20)
    meta = sep_join(" — ", a["authors"] and joined(a["authors"], desk), dated(a, desk))
    parts = [f"{REVIEW[desk]} — {long_date(later_day(a, rng), desk, weekday=True)}", "",
             f"{rng.randrange(1, n + 1)}/{n}  {a['title']} [{src}]"] + ([meta] if meta else [])
    parts += ["", wrap(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def spaced(name):
    """A masthead in spaced capitals: `Le Monde` -> `L E  M O N D E`."""
    return "  ".join(" ".join(w) for w in name.upper().split())


# A print page whose masthead the copy keeps in spaced capitals (`L E  F I G A R O`), then the weekday date in
# capitals, a rule, the headline, the byline, the text. The source is the publication's name, read from its masthead.
def desk_s37_38(a, desk, rng):
    src = src_of(a, rng)
    parts = [spaced(src)] + ([dated(a, desk, weekday=True).upper()] if a["date"] else []) + ["=" * 60, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", wrap(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


KICKER = {"en": "POLITICS", "fr": "POLITIQUE", "de": "POLITIK", "es": "POLÍTICA", "it": "POLITICA", "pt": "POLÍTICA"}


# A site's article whose byline carries the publication (`By A, The Guardian`; the publication alone on the line
# when unsigned), under a kicker line with the section and the numeric date (`POLITIQUE | 03/03/2026`) and the
# headline; then the text.
def desk_s37_39(a, desk, rng):
    src = src_of(a, rng)
    kicker = sep_join(" | ", KICKER[desk], dated(a, desk, us_numeric))
    by = f"{byline(a['authors'], desk, rng)}, {src}" if a["authors"] else src
    parts = [kicker, "", a["title"], by, "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


NBSP = "\u00a0"


def smart(text, desk):
    """Straight quotes made typographic as a word processor's autocorrect does, non-breaking spaces before French
    high punctuation."""
    out, opened = [], False
    for ch in text:
        if ch == '"':
            opened = not opened
            if desk == "fr":
                out.append("«" + NBSP if opened else NBSP + "»")
            else:
                out.append("“" if opened else "”")
        elif ch == "'":
            out.append("’")
        else:
            out.append(ch)
    text = "".join(out)
    if desk == "fr":
        for p in ":;!?":
            text = text.replace(" " + p, NBSP + p)
    return text


def nb(text):
    return text.replace(" ", NBSP)


# A clipping pasted into a word processor and saved as text (CRLF): the headline with typographic quotes and
# apostrophes (`’`, `“ ”`, `« »`), the byline and the date with non-breaking spaces between the name's and the
# date's words (`Par Hélène Roux`, `3 mars 2026`), the publication on its own line, the text with the same
# autocorrections. The title is expected as printed, with its typographic quotes.
def desk_s37_40(a, desk, rng):
    src = src_of(a, rng)
    by, conj = BY[desk]
    parts = [smart(a["title"], desk), ""]
    if a["authors"]:
        names = [nb(n) for n in a["authors"]]
        parts.append(f"{by}{NBSP}" + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}"))
    parts += [nb(dated(a, desk))] if a["date"] else []
    parts += [src, "", "\n\n".join(smart(p, desk) for p in a["body"])]
    text = "\r\n".join("\n".join(parts).split("\n")) + "\r\n"
    return text, e_with(a, title=smart(a["title"], desk), source=src)


APP = {  # open in app, read time, download, shared from
    "en": ("Open in the app ›", "{n} min read", "Get the {s} app: App Store | Google Play", "Shared from the {s} app"),
    "fr": ("Ouvrir dans l'application ›", "{n} min de lecture", "Téléchargez l'application {s} : App Store | "
           "Google Play", "Partagé depuis l'application {s}"),
    "de": ("In der App öffnen ›", "{n} Min. Lesezeit", "Die {s}-App herunterladen: App Store | Google Play",
           "Geteilt aus der {s}-App"),
    "es": ("Abrir en la app ›", "{n} min de lectura", "Descarga la app de {s}: App Store | Google Play",
           "Compartido desde la app de {s}"),
    "it": ("Apri nell'app ›", "{n} min di lettura", "Scarica l'app di {s}: App Store | Google Play",
           "Condiviso dall'app di {s}"),
    "pt": ("Abrir na app ›", "{n} min de leitura", "Descarregue a app do {s}: App Store | Google Play",
           "Partilhado a partir da app do {s}"),
}


# A phone app's share text pasted into a mail: the app banner (the publication and `Open in the app ›`), a rule, the
# headline, one line `A · March 3, 2026 · 4 min read` (whichever the article has, the read time always), the text, a
# rule, the download line and `Shared from the Publication app`. The app is the publication's: its name is the source.
def desk_s37_41(a, desk, rng):
    src = src_of(a, rng)
    open_app, read, download, shared = APP[desk]
    meta = sep_join(" · ", a["authors"] and joined(a["authors"], desk), dated(a, desk),
                    read.format(n=rng.randrange(2, 9)))
    parts = [src, open_app, "─" * 40, "", a["title"], meta, "", "\n\n".join(a["body"]), "", "─" * 40,
             download.format(s=src), shared.format(s=src)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SYNDICATED = {
    "en": "This article was first published by {o} and is republished here with permission.",
    "fr": "Cet article a été initialement publié par {o}. Il est reproduit ici avec son autorisation.",
    "de": "Dieser Artikel erschien zuerst bei {o}. Wir veröffentlichen ihn mit freundlicher Genehmigung.",
    "es": "Este artículo se publicó originalmente en {o} y se reproduce con autorización.",
    "it": "Questo articolo è stato pubblicato originariamente da {o} ed è ripreso su autorizzazione.",
    "pt": "Este artigo foi publicado originalmente no {o} e é reproduzido com autorização.",
}


# A syndicated piece as the reprinting paper prints it: `Publication | long date` on top (the paper the desk read it
# in), the headline, the byline, the text, then the note naming the publisher it first appeared in. The original
# publisher is not the source: the reprinting paper is.
def desk_s37_42(a, desk, rng):
    src = src_of(a, rng)
    orig = rng.choice([o for o in OUTLETS + ["The Conversation"] if o.casefold() != src.casefold()])
    parts = [sep_join(" | ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", SYNDICATED[desk].format(o=orig)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TRANSLATED = {"en": "Translated by {t}", "fr": "Traduit par {t}", "de": "Übersetzt von {t}", "es": "Traducción de {t}",
              "it": "Traduzione di {t}", "pt": "Tradução de {t}"}


# A translated piece whose byline line also names the translator (`By A · Translated by T`; the translator alone
# when unsigned), under the headline; `Publication, long date` follows on its own line. The translator is no author.
def desk_s37_43(a, desk, rng):
    src = src_of(a, rng)
    t = crew(a, rng, 1)[0]
    line = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), TRANSLATED[desk].format(t=t))
    parts = [a["title"], line, sep_join(", ", src, dated(a, desk)), "", wrap(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CORRECTED = {
    "en": "Correction, {d}: An earlier version of this article misstated a figure in the fourth paragraph.",
    "fr": "Rectificatif, {d} : une version précédente de cet article comportait une erreur de chiffre au quatrième "
          "paragraphe.",
    "de": "Korrektur, {d}: In einer früheren Version dieses Artikels war eine Zahl im vierten Absatz falsch.",
    "es": "Fe de errores, {d}: una versión anterior de este artículo contenía una cifra errónea en el cuarto párrafo.",
    "it": "Rettifica, {d}: una versione precedente di questo articolo riportava un dato errato nel quarto paragrafo.",
    "pt": "Correção, {d}: uma versão anterior deste artigo continha um número errado no quarto parágrafo.",
}


# A piece with its correction set on top, before the headline (`Correction, March 5, 2026: An earlier version …`,
# the correction's later day), then the headline, `Publication · long date`, the byline, the text. The correction's
# day is not the date.
def desk_s37_44(a, desk, rng):
    src = src_of(a, rng)
    parts = [CORRECTED[desk].format(d=long_date(later_day(a, rng, 2, 6), desk)), "", a["title"],
             sep_join(" · ", src, dated(a, desk))]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLOG = {  # the blog's name and `a blog by`, posted by (with the day / without), unsigned posted, categories, comments
    "en": ("Free Thinking", "a blog by {s}", "Posted by {a} on {d}", "Posted by {a}", "Posted on {d}", "Categories",
           "{n} comments"),
    "fr": ("Les Carnets", "un blog de {s}", "Posté par {a} le {d}", "Posté par {a}", "Posté le {d}", "Catégories",
           "{n} commentaires"),
    "de": ("Das Blog", "ein Blog von {s}", "Geschrieben von {a} am {d}", "Geschrieben von {a}",
           "Veröffentlicht am {d}", "Kategorien", "{n} Kommentare"),
    "es": ("Cuaderno de bitácora", "un blog de {s}", "Publicado por {a} el {d}", "Publicado por {a}",
           "Publicado el {d}", "Categorías", "{n} comentarios"),
    "it": ("Il Taccuino", "un blog di {s}", "Pubblicato da {a} il {d}", "Pubblicato da {a}", "Pubblicato il {d}",
           "Categorie", "{n} commenti"),
    "pt": ("O Caderno", "um blogue de {s}", "Publicado por {a} a {d}", "Publicado por {a}", "Publicado a {d}",
           "Categorias", "{n} comentários"),
}


# A newspaper's blog post: the blog's name and `a blog by Publication` on one line, the post's headline, `Posted by A
# on March 3, 2026, 18:42` (`Posted on …` when unsigned, `Posted by A` when undated), the text, the categories and the
# comment count. The blog's name is not the source, the newspaper is.
def desk_s37_47(a, desk, rng):
    src = src_of(a, rng)
    name, of, posted_by, posted_by_undated, posted, cats, comments = BLOG[desk]
    d = a["date"] and at(a["date"], desk, rng)
    names = a["authors"] and joined(a["authors"], desk)
    post = (posted_by if d else posted_by_undated).format(a=names, d=d) if names else posted.format(d=d) if d else ""
    parts = [f"{name} — {of.format(s=src)}", "", a["title"]] + ([post] if post else [])
    parts += ["", "\n\n".join(a["body"]), "", f"{cats}: {KICKER[desk].title()}",
              comments.format(n=rng.randrange(0, 80))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TV = {  # the regional label, reporting credit (reporters / camera / editing), published, watch
    "en": ("Regional news", "Report: {a}", "camera: {c}", "editing: {e}", "Published {d}", "▶ Watch the report ({m})"),
    "fr": ("Info régionale", "Reportage : {a}", "images : {c}", "montage : {e}", "Publié le {d}",
           "▶ Voir le reportage ({m})"),
    "de": ("Regionalnachrichten", "Bericht: {a}", "Kamera: {c}", "Schnitt: {e}", "Veröffentlicht am {d}",
           "▶ Beitrag ansehen ({m})"),
    "es": ("Informativo regional", "Información: {a}", "cámara: {c}", "edición: {e}", "Publicado el {d}",
           "▶ Ver el reportaje ({m})"),
    "it": ("TGR", "Servizio di {a}", "riprese: {c}", "montaggio: {e}", "Pubblicato il {d}",
           "▶ Guarda il servizio ({m})"),
    "pt": ("Informação regional", "Reportagem: {a}", "imagem: {c}", "edição: {e}", "Publicado a {d}",
           "▶ Ver a reportagem ({m})"),
}


# A regional TV station's text version of its evening report: `Publication · Regional news · NORTH YORKSHIRE`, the
# headline, one credits line naming the reporters with the camera operator and the video editor (`Report: A ·
# camera: C · editing: E`; the crew alone when unsigned), `Published March 3, 2026, 19:12`, the text and the video
# link with its length. The camera operator and the editor are not authors.
def desk_s37_50(a, desk, rng):
    src = src_of(a, rng)
    label, report, camera, editing, published, watch = TV[desk]
    c, e = crew(a, rng, 2)
    credits = sep_join(" · ", a["authors"] and report.format(a=joined(a["authors"], desk)), camera.format(c=c),
                       editing.format(e=e))
    parts = [f"{src} · {label} · {REGION[desk][0]}", "", a["title"], credits]
    parts += [published.format(d=at(a["date"], desk, rng))] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", watch.format(m=f"{rng.randrange(1, 4)}:{rng.randrange(60):02d}")]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# ---- held-out members of BLIND_S37 below: whoever tunes the reader never reads past this line ----

LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def ligate(text):
    for plain, lig in LIGATURES:
        text = text.replace(plain, lig)
    return text


def soft_hyphens(text, rng):
    """Soft hyphens (U+00AD) left inside long words by the e-paper's justification."""
    words = []
    for w in text.split(" "):
        if len(w) > 9 and w.isalpha() and rng.random() < 0.5:
            cut = rng.randrange(4, len(w) - 3)
            w = w[:cut] + "\u00ad" + w[cut:]
        words.append(w)
    return " ".join(words)


# An e-paper's OCR text layer: the headline and text with typographic ligatures (ﬁ ﬂ ﬀ) and soft hyphens, the
# byline in capitals, and the page footer `4 | PUBLICATION | weekday, long date`. The title is the real headline (no
# ligatures).
def desk_s37_28(a, desk, rng):
    src = src_of(a, rng)
    parts = [ligate(a["title"]), ""]
    parts += [byline(a["authors"], desk, rng).upper(), ""] if a["authors"] else []
    parts += ["\n\n".join(ligate(soft_hyphens(p, rng)) for p in a["body"]), "",
              sep_join(" | ", str(rng.randrange(2, 30)), src.upper(), dated(a, desk, weekday=True))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


UPDATED_ONLY = {"en": "Updated {d}", "fr": "Mis à jour le {d}", "de": "Aktualisiert am {d}",
                "es": "Actualizado el {d}", "it": "Aggiornato il {d}", "pt": "Atualizado a {d}"}


# A site's page that shows only its update stamp: `Publication — Updated March 5, 2026, 10:12` on top, the headline,
# the byline, the text. The original date is not stated: no date.
def desk_s37_30(a, desk, rng):
    src = src_of(a, rng)
    parts = [f"{src} — {UPDATED_ONLY[desk].format(d=at(later_day(a, rng), desk, rng))}", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, date=None, source=src)


# The headline, then the text whose first paragraph opens with `(Publication, long date) — ` (the publication alone
# when undated), and the author in parentheses after the last paragraph (`(Hélène Roux)`).
def desk_s37_33(a, desk, rng):
    src = src_of(a, rng)
    body = [f"({sep_join(', ', src, dated(a, desk))}) — {a['body'][0]}"] + a["body"][1:]
    parts = [a["title"], "", "\n\n".join(body)]
    parts += ["", f"({joined(a['authors'], desk)})"] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The headline and text, then one line at the foot combining the labelled source, date and author (`Source :
# Publication, 3 mars 2026 – Auteur : A`).
def desk_s37_35(a, desk, rng):
    src = src_of(a, rng)
    _, au, _, so = LABELS[desk]
    foot = sep_join(" – ", f"{so} {sep_join(', ', src, dated(a, desk))}",
                    a["authors"] and f"{au} {', '.join(a['authors'])}")
    parts = [a["title"], "", wrap(a["body"]), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# `Title — Publication` on the first line, then `A, long date` (whichever the article has), the text.
def desk_s37_37(a, desk, rng):
    src = src_of(a, rng)
    meta = sep_join(", ", a["authors"] and joined(a["authors"], desk), dated(a, desk))
    parts = [f"{a['title']} — {src}"] + ([meta] if meta else []) + ["", wrap(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CSV_HEAD = {"en": ("title", "authors", "date", "outlet", "text"),
            "fr": ("titre", "auteurs", "date", "média", "texte"),
            "de": ("Titel", "Autoren", "Datum", "Medium", "Text"),
            "es": ("título", "autores", "fecha", "medio", "texto"),
            "it": ("titolo", "autori", "data", "testata", "testo"),
            "pt": ("título", "autores", "data", "meio", "texto")}


# Tool format: a monitoring tool's CSV export of one row (`,` on the English desk, `;` elsewhere), the header in the
# desk's language, the authors joined by `, `, the numeric date, the text with its line breaks.
def desk_s37_45(a, desk, rng):
    src = src_of(a, rng)
    out = io.StringIO()
    w = csv.writer(out, delimiter="," if desk == "en" else ";", lineterminator="\r\n")
    w.writerow(CSV_HEAD[desk])
    w.writerow([a["title"], ", ".join(a["authors"]), dated(a, desk, us_numeric), src, "\n\n".join(a["body"])])
    return out.getvalue(), e_with(a, source=src)


# Tool format: a static site's Markdown file with YAML front matter (title quoted, `authors` as a flow list, `date`
# ISO, `lastmod` a later day, `publication`), then the text.
def desk_s37_46(a, desk, rng):
    src = src_of(a, rng)
    head = ["---", f"title: {json.dumps(a['title'], ensure_ascii=False)}",
            f"authors: [{', '.join(json.dumps(n, ensure_ascii=False) for n in a['authors'])}]"]
    head += [f"date: {a['date']}"] if a["date"] else []
    head += [f"lastmod: {later_day(a, rng)}", f"publication: {json.dumps(src, ensure_ascii=False)}", "draft: false",
             "---", ""]
    return "\n".join(head) + "\n" + "\n\n".join(a["body"]) + "\n", e_with(a, source=src)


CORRESPONDENT = {  # one author, several
    "en": ("From our correspondent in {c}, {a}", "From our correspondents in {c}, {a}"),
    "fr": ("De notre correspondant à {c}, {a}", "De nos correspondants à {c}, {a}"),
    "de": ("Von unserem Korrespondenten {a}, {c}", "Von unseren Korrespondenten {a}, {c}"),
    "es": ("De nuestro corresponsal en {c}, {a}", "De nuestros corresponsales en {c}, {a}"),
    "it": ("Dal nostro corrispondente a {c}, {a}", "Dai nostri corrispondenti a {c}, {a}"),
    "pt": ("Do nosso correspondente em {c}, {a}", "Dos nossos correspondentes em {c}, {a}"),
}


# A correspondent's byline with the place (`De notre correspondant à Paris, A`), under the headline; `Publication,
# long date` at the foot.
def desk_s37_48(a, desk, rng):
    src = src_of(a, rng)
    parts = [a["title"]]
    if a["authors"]:
        one, many = CORRESPONDENT[desk]
        parts.append((one if len(a["authors"]) == 1 else many).format(c=CITY[desk], a=joined(a["authors"], desk)))
    parts += ["", wrap(a["body"]), "", sep_join(", ", src, dated(a, desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# `03/03/2026 – Title` (the numeric date before the headline; the headline alone when undated), then `Publication |
# A`, the text.
def desk_s37_49(a, desk, rng):
    src = src_of(a, rng)
    parts = [sep_join(" – ", dated(a, desk, numeric_date), a["title"]),
             sep_join(" | ", src, a["authors"] and joined(a["authors"], desk)), "", wrap(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Tool format: two rows copied from a spreadsheet (tab-separated): the header in the desk's language and the row
# (date, outlet, title, authors, the text on one line).
def desk_s37_51(a, desk, rng):
    src = src_of(a, rng)
    t, au, d, o, x = CSV_HEAD[desk]
    row = [dated(a, desk, numeric_date), src, a["title"], ", ".join(a["authors"]), " ".join(a["body"])]
    return f"{d}\t{o}\t{t}\t{au}\t{x}\n" + "\t".join(row) + "\n", e_with(a, source=src)


def _held_out(name):
    return int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0


BLIND_S37 = {name for name in dict(globals()) if name.startswith("desk_s37_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S37})
assert len(BLIND_S37) == 26 and sum(_held_out(n) for n in BLIND_S37) == 10, "BLIND_S37: 16 development, 10 held-out"
assert all(_held_out(n) == (int(n[-2:]) in (28, 30, 33, 35, 37, 45, 46, 48, 49, 51)) for n in BLIND_S37)
