"""A twenty-third batch of 26 clipping layouts (BLIND_S45) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s44.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a document's, newsletter's,
review's, browser tab's or feed's own title, a tab title's ` | Publication`, nor a forwarding subject's prefix;
authors: persons who wrote the article, never the colleague who saved, forwarded, printed, typed up or laid it out,
an author's academic title, a correspondent's role phrase without a name, nor a staff credit; date: the article's
publication date, never the day a page was printed, captured, crawled, saved, accessed, a mail sent or a document
created or revised, nor a copyright year, and none when the file states none (no day is invented from a year);
source: the publication the file names, never the word processor, the mail program, the archive, the news API, the
reference manager's library catalogue, the layout program nor the newsletter's mailing service).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S35 to BLIND_S44 did not use. The sixteen
development members: a Word document saved as a web page (`.htm`, `MsoNormal`, with or without its
`o:DocumentProperties`), a forwarded mail saved by Outlook as text (`From:<TAB>…`, `Sent:`, `Subject: FW: …`), a
correspondent's phrase as the byline (`De notre correspondant à Bruxelles, A`; without a name when unsigned), the
publication's own newsletter as its plain-text part (Mailchimp's `** Headline`, tracking links), a desk form with
aligned labels and the authors family name first (`Roux, Hélène; Krüger, Stefan`), a page printed from a browser
and read by `pdftotext -layout` (the print header with the print day and tab title, the URL and page count at the
foot, form feeds), Event Registry's (newsapi.ai) article JSON (`date` the crawl day, `dateTimePub` the publication),
an index line with a two-digit year (`Le Figaro 03/03/87 p. 12`), a CSL-JSON record exported from Zotero
(`container-title`, `issued`, `accessed`), a stamp with an abbreviated weekday and month and the time first with
the byline on its line (`18:42 · Tue Mar 3, 1987 | By A`), the Wayback Machine's snapshot copied with its toolbar
(capture day and count), the edition's day on top with the writers' names alone at the foot and the publication
only in the copyright line, an Adobe InCopy story (`.icml`) from a paper's print system with its label key-values,
a byline with academic titles (`Von Dr. A und Prof. Dr. B`), the writers' names stacked one a line without `By` with a
CMS's ISO timestamp, a citation (`Cite this article: Roux, H., & Krüger, S. (1987, March 3). …`) at the foot as the
only place of the date and publication; ten more are held-out.

The layouts are numbered from 318 to 343: 318 to 343 is the first range from 310 on that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (310 to 335 and 311 to 336 split 19/7, 312 to
337 18/8, 313 to 338 up to 317 to 342 17/9; checked with `python3 -c` over the names `desk_s45_{i}`), so that sixteen
fall in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 42 without reading the reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py
or clipping_layouts_s25.py to _s43.py (clipping_layouts_s44.py was read whole, for its style): nobody tunes on any of
them when written; BLIND_S45's development members are only scored (text_eval.py prints their misses with
`--show-s45-development` alone). Where a container always carries a day (a news API's `dateTimePub` or `publishedAt`),
an undated article gets the day the container gives it and that day is expected (the file states it as the publication
date). Scored untuned by stop 41's final parser (the main branch's release binary at e85f107; title exact / authors F1
/ date / source): development 0.801 / 0.771 / 0.705 / 0.516, 10 rejected (21 files stating no author given some);
held-out 0.631 / 0.580 / 0.642 / 0.560, 0 rejected (20 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, run once, DIR a directory linking to the main tree's `.eval` inputs so that its clippings were
not rewritten). The development members were tuned on later in stop 42 (the tuner read the writer's one-line
descriptions of the development members only, then their files and misses).
"""
import csv
import hashlib
import html
import io
import json
import textwrap

from clipping_layouts import ABBR, BY, LAYOUTS, MONTHS, WEEKDAYS, byline, joined, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import site, word_count
from clipping_layouts_s39 import address, slug
from clipping_layouts_s42 import abbr_date, named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION, conj_join, domain, x


def family_first(name):
    """`Hélène Roux` -> `Roux, Hélène` (a one-word name as it is)."""
    words = name.split()
    return f"{words[-1]}, {' '.join(words[:-1])}" if len(words) > 1 else name


def initials(name):
    """`Hélène Roux` -> `Roux, H.`, as a citation style gives a writer."""
    words = name.split()
    if len(words) < 2:
        return name
    given = " ".join(w[0] + "." for w in words[:-1])
    return f"{words[-1]}, {given}"


def hm(rng, low=6, high=22):
    return rng.randrange(low, high), rng.randrange(60)


WD_ABBR = {"en": "Mon Tue Wed Thu Fri Sat Sun", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
           "de": "Mo. Di. Mi. Do. Fr. Sa. So.", "es": "lun. mar. mié. jue. vie. sáb. dom.",
           "it": "lun mar mer gio ven sab dom", "pt": "seg. ter. qua. qui. sex. sáb. dom."}


# ---- development members of BLIND_S45 ----

DOC_TITLE = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
             "it": "Rassegna stampa", "pt": "Revista de imprensa"}
WORD_LANG = {"en": "EN-GB", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "pt": "PT"}


def word_html_lines(tag, attrs, inner, width=76):
    """An element as Word writes it in a `.htm` file: its text wrapped onto lines of about `width` characters."""
    text = f"<{tag}{attrs}>{inner}</{tag}>"
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


# A colleague's Word document saved as a web page (`Save As` → `Web Page, Filtered (*.htm)`, or `Web Page` with the
# `<!--[if gte mso 9]>` block of `o:DocumentProperties`: the colleague as `o:Author` and `o:LastAuthor`, `o:Created`
# and `o:LastSaved` a later day): the head's `<title>` the document's (the press review and its day, or empty), the
# `MsoNormal` styles, then the body in `WordSection1`: the publication and day in a bold run (whichever the article
# has), the headline in `<h1>`, the byline in italics, an empty `&nbsp;` paragraph, the text; Word's lines wrapped at
# about 76 columns inside the elements. The document's title, author and days are the colleague's; Word no source.
def desk_s45_320(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    h, m = hm(rng, 7, 19)
    full = rng.random() < 0.5
    doc_title = f"{DOC_TITLE[desk]} {numeric(day, desk)}" if rng.random() < 0.7 else ""
    head = ["<html>", "", "<head>", '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
            f'<meta name=Generator content="Microsoft Word 15{"" if full else " (filtered)"}">']
    if full:
        head += ["<!--[if gte mso 9]><xml>", " <o:DocumentProperties>", f"  <o:Author>{x(p)}</o:Author>",
                 f"  <o:LastAuthor>{x(p)}</o:LastAuthor>", f"  <o:Revision>{rng.randrange(1, 6)}</o:Revision>",
                 f"  <o:TotalTime>{rng.randrange(2, 30)}</o:TotalTime>",
                 f"  <o:Created>{day}T{h - 1:02d}:{m:02d}:00Z</o:Created>",
                 f"  <o:LastSaved>{day}T{h:02d}:{m:02d}:00Z</o:LastSaved>", "  <o:Pages>1</o:Pages>",
                 f"  <o:Words>{word_count(a)}</o:Words>", "  <o:Version>16.00</o:Version>",
                 " </o:DocumentProperties>", "</xml><![endif]-->"]
    head += [f"<title>{x(doc_title)}</title>", "<style>", "<!--", " /* Font Definitions */",
             " @font-face", '\t{font-family:"Cambria Math";', "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
             " /* Style Definitions */", " p.MsoNormal, li.MsoNormal, div.MsoNormal",
             "\t{margin:0cm;", "\tmargin-bottom:.0001pt;", "\tfont-size:11.0pt;", '\tfont-family:"Calibri",sans-serif;}',
             "h1", "\t{margin-top:12.0pt;", "\tfont-size:16.0pt;", '\tfont-family:"Calibri Light",sans-serif;}',
             "-->", "</style>", "", "</head>", "",
             f"<body lang={WORD_LANG[desk]} style='word-wrap:break-word'>", "", "<div class=WordSection1>", ""]
    body = []
    meta = sep_join(", ", f"<b>{x(src)}</b>", x(dated(a, desk)))
    head_block = [word_html_lines("p", " class=MsoNormal", meta), word_html_lines("h1", "", x(a["title"]))]
    if rng.random() < 0.4:
        head_block.reverse()
    for block in head_block:
        body += block + [""]
    if a["authors"]:
        body += word_html_lines("p", " class=MsoNormal", f"<i>{x(byline(a['authors'], desk, rng))}</i>") + [""]
    body += ["<p class=MsoNormal>&nbsp;</p>", ""]
    for q in a["body"]:
        body += word_html_lines("p", " class=MsoNormal", x(q)) + [""]
    tail = ["</div>", "", "</body>", "", "</html>"]
    return "\r\n".join(head + body + tail) + "\r\n", e_with(a, source=src)


OUTLOOK = {  # from, sent, to, subject, importance, forward prefix, note
    "en": ("From:", "Sent:", "To:", "Subject:", "Importance:\tHigh", "FW:", "For tomorrow's review, see below."),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Importance :\tHaute", "TR:", "Pour la revue de demain, voir ci-dessous."),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Wichtigkeit:\tHoch", "WG:", "Für den Spiegel morgen, siehe unten."),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "Importancia:\tAlta", "RV:", "Para el resumen de mañana, ver abajo."),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Priorità:\tAlta", "I:", "Per la rassegna di domani, vedi sotto."),
    "pt": ("De:", "Enviado:", "Para:", "Assunto:", "Importância:\tAlta", "ENC:", "Para a revista de amanhã, ver abaixo."),
}
DESK_BOX = {"en": "Press desk", "fr": "Cellule presse", "de": "Pressestelle", "es": "Gabinete de prensa",
            "it": "Ufficio stampa", "pt": "Gabinete de imprensa"}


def outlook_sent(iso, desk, h, m):
    """The day and time as Outlook writes `Sent:` in each language."""
    d = ymd(iso)
    if desk == "en":
        return f"{long_date(iso, 'en', weekday=True)} {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"{long_date(iso, desk, weekday=True)} {h:02d}:{m:02d}" if desk != "de" else \
        f"{WEEKDAYS['de'].split()[d.weekday()]}, {d.day}. {MONTHS['de'].split()[d.month - 1]} {d.year} {h:02d}:{m:02d}"


# A forwarded mail a colleague saved from Outlook (`File` → `Save As` → `Text Only`): the header block with tab
# after each label (`From:<TAB>P`, `Sent:<TAB>Thursday, March 5, 1987 9:12 AM`, `To:`, `Subject:<TAB>FW:
# Headline`, an `Importance:` line or not), the colleague's note, then the forwarded part (Outlook's underscore
# rule, or `-----Original Message-----` and the first sender's header without tabs) and in it the article as he
# pasted it: the headline, `Publication, long date`, the byline (whichever the article has), the text. The senders
# are no authors, the mails' days no date; Outlook no source.
def desk_s45_321(a, desk, rng):
    src = src_of(a, rng)
    fr_, sent, to, subj, imp, fw, note = OUTLOOK[desk]
    p, q = crew(a, rng, 2)
    day = later_day(a, rng, 1, 4)
    first = later_day({"date": a["date"] or day}, rng, 0, 1) if a["date"] else day
    h, m = hm(rng, 7, 19)
    lab = (lambda k: k.replace(" :", ":").ljust(14)) if rng.random() < 0.3 else (lambda k: k + "\t")
    head = [f"{lab(fr_)}{p}", f"{lab(sent)}{outlook_sent(day, desk, h, m)}", f"{lab(to)}{DESK_BOX[desk]}",
            f"{lab(subj)}{fw} {a['title']}"]
    head += [imp] if rng.random() < 0.4 else []
    inner = [a["title"], sep_join(", ", src, dated(a, desk))]
    inner += [byline(a["authors"], desk, rng)] if a["authors"] else []
    inner += ["", "\n\n".join(a["body"])]
    rule = "_" * 32 if rng.random() < 0.5 else "-----Original Message-----"
    fwd = [rule, f"{fr_} {q} <{address(q)}@example.org>", f"{sent} {outlook_sent(first, desk, h - 1, m)}",
           f"{to} {p}", f"{subj} {a['title']}", ""]
    parts = head + ["", note, "", ""] + fwd + inner
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


CORRESPONDENT = {  # one, several, unsigned
    "en": ("From our correspondent in {c}, {a}", "From our correspondents {a}", "From our correspondent in {c}"),
    "fr": ("De notre correspondant à {c}, {a}", "De nos correspondants {a}", "De notre correspondant à {c}"),
    "de": ("Von unserem Korrespondenten {a}, {c}", "Von unseren Korrespondenten {a}", "Von unserem Korrespondenten in {c}"),
    "es": ("De nuestro corresponsal en {c}, {a}", "De nuestros corresponsales {a}", "De nuestro corresponsal en {c}"),
    "it": ("Dal nostro corrispondente a {c}, {a}", "Dai nostri corrispondenti {a}", "Dal nostro corrispondente a {c}"),
    "pt": ("Do nosso correspondente em {c}, {a}", "Dos nossos correspondentes {a}", "Do nosso correspondente em {c}"),
}
CITY45 = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles", "pt": "Bruxelas"}


# A paper's foreign page copied with the correspondent's phrase as its byline (`From our correspondent in Brussels,
# Hélène Roux`, `De nos correspondants Hélène Roux et Stefan Krüger`, `Von unserem Korrespondenten A, Brüssel`;
# when unsigned the phrase alone, `De notre correspondant à Bruxelles`, naming nobody), under the headline or as the
# text's first line, sometimes in capitals; the publication and long date on top (whichever the article has). The
# phrase is no part of the names; a phrase without a name gives no author.
def desk_s45_322(a, desk, rng):
    src = src_of(a, rng)
    one, several, none = CORRESPONDENT[desk]
    c = CITY45[desk]
    if not a["authors"]:
        phrase = none.format(c=c)
    elif len(a["authors"]) == 1:
        phrase = one.format(c=c, a=a["authors"][0])
    else:
        phrase = several.format(a=joined(a["authors"], desk))
    parts = [sep_join(" · ", src, dated(a, desk, weekday=rng.random() < 0.5)), "", a["title"]]
    if rng.random() < 0.6:
        parts += [phrase, "", "\n\n".join(a["body"])]
    else:
        parts += ["", phrase + ".", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


NEWSLETTER = {  # view in browser, newsletter name, greeting, pick heading, read more, also heading, other items, footer
    "en": ("View this email in your browser", "The Morning Briefing", "Good morning,", "TODAY'S PICK",
           "Read more", "ALSO TODAY", ["Markets: what to watch this week", "The week in pictures"],
           "You are receiving this email because you subscribed to our newsletters.", "Unsubscribe",
           "Update your preferences"),
    "fr": ("Voir cet e-mail dans votre navigateur", "La Matinale", "Bonjour,", "À LA UNE", "Lire la suite",
           "AUSSI AUJOURD'HUI", ["Marchés : ce qu'il faut surveiller cette semaine", "La semaine en images"],
           "Vous recevez cet e-mail car vous êtes inscrit à nos newsletters.", "Se désinscrire",
           "Gérer mes préférences"),
    "de": ("E-Mail im Browser ansehen", "Der Morgen", "Guten Morgen,", "EMPFEHLUNG DES TAGES", "Weiterlesen",
           "AUSSERDEM", ["Märkte: Worauf es diese Woche ankommt", "Die Woche in Bildern"],
           "Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.", "Abmelden",
           "Einstellungen ändern"),
    "es": ("Ver este correo en el navegador", "La Mañana", "Buenos días:", "LA RECOMENDACIÓN", "Seguir leyendo",
           "TAMBIÉN HOY", ["Mercados: lo que hay que vigilar esta semana", "La semana en imágenes"],
           "Recibe este correo porque está suscrito a nuestros boletines.", "Darse de baja",
           "Actualizar preferencias"),
    "it": ("Visualizza questa email nel browser", "Il Buongiorno", "Buongiorno,", "LA SCELTA DI OGGI",
           "Continua a leggere", "ANCHE OGGI", ["Mercati: cosa seguire questa settimana", "La settimana in immagini"],
           "Ricevi questa email perché sei iscritto alle nostre newsletter.", "Annulla l'iscrizione",
           "Aggiorna le preferenze"),
    "pt": ("Ver este email no navegador", "O Despertar", "Bom dia,", "A ESCOLHA DE HOJE", "Continuar a ler",
           "TAMBÉM HOJE", ["Mercados: o que acompanhar esta semana", "A semana em imagens"],
           "Recebe este email porque subscreveu as nossas newsletters.", "Cancelar subscrição",
           "Atualizar preferências"),
}


# The publication's own morning newsletter as its plain-text part (Mailchimp's text version, as the desk's mail
# program shows it): `View this email in your browser (tracking link)`, the publication's name and the newsletter's
# with its issue number, a greeting, then the pick of the day: Mailchimp's `** Headline` and a dashed rule, the byline
# and day on one line (`By A | March 3, 1987`, whichever the article has), the first paragraphs, `Read more
# (https://….list-manage.com/track/click?u=…)`, two other items' headings with their links, and the footer
# (subscription notice, unsubscribe and preferences links, `Copyright © Publication, All rights reserved.`). The
# newsletter's name is no title; Mailchimp no source.
def desk_s45_323(a, desk, rng):
    src = src_of(a, rng)
    view, name, hello, pick, more, also, others, notice, unsub, prefs = NEWSLETTER[desk]
    u, ident = hashlib.md5(a["key"].encode()).hexdigest()[:25], rng.randrange(16 ** 10)
    host = f"https://{slug(src, 3).replace('-', '')}.us{rng.randrange(2, 21)}.list-manage.com"

    def track(n):
        return f"{host}/track/click?u={u}&id={ident + n:010x}&e={rng.randrange(16 ** 10):010x}"

    issue = rng.randrange(80, 900)
    parts = [f"{view} ({host}/mc/view?u={u}&id={ident:010x})", "", f"{src.upper()} — {name.upper()}", f"No {issue}",
             "", hello, "", pick, "", f"** {a['title']}", "-" * 60]
    meta = sep_join(" | ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    parts += [meta, ""] if meta else []
    cut = max(1, min(len(a["body"]), rng.randrange(2, 5)))
    parts += ["\n\n".join(a["body"][:cut]), "", f"{more} ({track(1)})", "", "", also, ""]
    for i, o in enumerate(others):
        parts += [f"** {o}", f"({track(2 + i)})", ""]
    year = ymd(later_day(a, rng, 0, 2)).year
    parts += ["============================================================", notice,
              f"{unsub} ({host}/unsubscribe?u={u}&id={ident:010x}) | {prefs} ({host}/profile?u={u})", "",
              f"Copyright © {year} {src}, All rights reserved.", ""]
    return "\n".join(parts), e_with(a, source=src)


FORM = {  # publication, date, page, section, title, author(s)
    "en": ("Publication", "Date", "Page", "Section", "Headline", "Author(s)"),
    "fr": ("Support", "Date", "Page", "Rubrique", "Titre", "Auteur(s)"),
    "de": ("Medium", "Datum", "Seite", "Ressort", "Titel", "Autor(en)"),
    "es": ("Medio", "Fecha", "Página", "Sección", "Titular", "Autor(es)"),
    "it": ("Testata", "Data", "Pagina", "Sezione", "Titolo", "Autore/i"),
    "pt": ("Publicação", "Data", "Página", "Secção", "Título", "Autor(es)"),
}


# A desk's clipping form filled in and saved as text: the labels aligned in one column (`Publication:  Le Figaro`,
# padded with spaces, or a tab), the authors written family name first and separated by semicolons (`Roux, Hélène;
# Krüger, Stefan`), the date in the desk's numeric form, the page and section; a field the article lacks left empty
# (the label stays); a rule, then the text. The names are the writers, first name first.
def desk_s45_324(a, desk, rng):
    src = src_of(a, rng)
    labels = FORM[desk]
    values = [src, (numeric(a["date"], desk) if rng.random() < 0.6 else a["date"]) if a["date"] else "",
              str(rng.randrange(1, 40)), SECTION[desk], a["title"],
              "; ".join(family_first(n) for n in a["authors"])]
    colon = " :" if desk == "fr" else ":"
    width = max(len(lab) for lab in labels) + len(colon) + rng.randrange(1, 4)
    tab = rng.random() < 0.3
    order = [0, 1, 2, 3, 4, 5] if rng.random() < 0.5 else [4, 5, 0, 1, 2, 3]
    rows = [(f"{labels[i]}{colon}\t" if tab else f"{labels[i]}{colon}".ljust(width)) + values[i] for i in order]
    parts = [r.rstrip() for r in rows] + ["-" * rng.choice([40, 60, 72]), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def chrome_print_stamp(iso, desk, h, m):
    d = ymd(iso)
    yy = d.year % 100
    return {"en": f"{d.month}/{d.day}/{yy:02d}, {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            "fr": f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}",
            "de": f"{d.day:02d}.{d.month:02d}.{yy:02d}, {h:02d}:{m:02d}",
            "es": f"{d.day}/{d.month}/{yy:02d}, {h}:{m:02d}",
            "it": f"{d.day:02d}/{d.month:02d}/{yy:02d}, {h:02d}:{m:02d}",
            "pt": f"{d.day:02d}/{d.month:02d}/{yy:02d}, {h:02d}:{m:02d}"}[desk]


# A page printed from a browser to PDF (with headers and footers) and read back with `pdftotext -layout`: on every
# page the print header (the print day and time at the left, the tab title `Headline | Publication`, cut with `…` when
# long, in the middle) and the footer (the page's URL at the left, `1/3` at the right), pages split by form feeds;
# the page itself: the site's name and menu, the headline, the byline and stamp (whichever the article has), the text
# in lines of about 90 columns. The print day is no date; the tab title no title.
def desk_s45_325(a, desk, rng):
    src = src_of(a, rng)
    printed = later_day(a, rng, 1, 30)
    h, m = hm(rng, 7, 20)
    stamp_p = chrome_print_stamp(printed, desk, h, m)
    tab = f"{a['title']} | {src}"
    tab = tab if len(tab) <= 60 else tab[:57].rstrip() + "…"
    width = 100
    lines = [f"{src}    {SECTION[desk]}    {'Newsletter'}    {'Abonnement' if desk != 'en' else 'Subscribe'}", "", ""]
    lines += textwrap.wrap(a["title"], 60) + [""]
    if a["authors"]:
        lines += [byline(a["authors"], desk, rng)]
    if a["date"]:
        lines += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"]
    lines += [""]
    for q in a["body"]:
        lines += ["     " + w for w in textwrap.wrap(q, 86)] + [""]
    per = rng.randrange(38, 52)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    url = url_of(a, src)
    out = []
    for n, page in enumerate(pages, 1):
        top = stamp_p + " " * max(2, 38 - len(stamp_p) - len(tab) // 2 + 20) + tab
        foot = url + " " * max(2, width - len(url) - len(f"{n}/{len(pages)}")) + f"{n}/{len(pages)}"
        out.append("\n".join([top, ""] + ["  " + ln if ln else "" for ln in page] + ["", foot]) + "\n")
    return "\f".join(out) + "\f", e_with(a, source=src)


LANG3 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por"}


# The desk's media-monitoring script's answer from Event Registry (newsapi.ai, `getArticles`), saved as JSON: the
# `articles.results` list with one article: `uri`, `lang` (three letters), `isDuplicate`, `date`, `time` and
# `dateTime` (when Event Registry found it, the same day or up to three days after), `dateTimePub` (the publication;
# an undated article gets its crawl time there, and that is expected), `dataType`, `url`, `title`, `body`, `source`
# (`uri` the domain, `title` the publication), `authors` (each with `name`, `type` and `isAgency`; empty when
# unsigned), `image`, `sentiment`, `wgt`. The crawl day is no date; Event Registry no source.
def desk_s45_329(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng, 6, 20)
    pub_day = a["date"] or later_day(a, rng, 0, 20)
    crawl_day = later_day({"date": pub_day}, rng, 0, 3) if a["date"] else pub_day
    ch, cm, cs = rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)
    if crawl_day == pub_day and ch * 60 + cm < h * 60 + m:
        ch, cm = min(23, h + 1), m
    crawl = f"{crawl_day}T{ch:02d}:{cm:02d}:{cs:02d}Z"
    pub = f"{pub_day}T{h:02d}:{m:02d}:00Z" if a["date"] else crawl
    item = {"uri": str(rng.randrange(7 * 10 ** 9, 8 * 10 ** 9)), "lang": LANG3.get(a["lang"], "eng"),
            "isDuplicate": False, "date": crawl_day, "time": crawl[11:19], "dateTime": crawl, "dateTimePub": pub,
            "dataType": "news", "sim": 0, "url": url_of(a, src), "title": a["title"], "body": "\n\n".join(a["body"]),
            "source": {"uri": site(src), "dataType": "news", "title": src},
            "authors": [{"uri": f"{slug(n).replace('-', '_')}@{site(src)}", "name": n, "type": "author",
                         "isAgency": False} for n in a["authors"]],
            "image": f"https://{domain(src)}/img/{rng.randrange(10 ** 7)}.jpg", "eventUri": None,
            "sentiment": round(rng.uniform(-0.5, 0.5), 4) if rng.random() < 0.8 else None,
            "wgt": rng.randrange(10 ** 8, 5 * 10 ** 8), "relevance": rng.randrange(1, 60)}
    doc = {"articles": {"results": [item], "totalResults": 1, "page": 1, "count": 1, "pages": 1}}
    return json.dumps(doc, ensure_ascii=rng.random() < 0.3, indent=rng.choice([None, 2, 4])) + "\n", \
        e_with(a, source=src, date=pub_day)


PAGE = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}


# A press-cutting service's index line on top, as its clerks type it: the publication, the date with a two-digit
# year (`03/03/87`, `03.03.87`, `3/3/87` on the English desk), the page and sometimes the section in capitals
# (`Le Figaro 03/03/87 p. 12 ÉCONOMIE`, `Süddeutsche Zeitung, 03.03.87, S. 12`); then the headline, the byline
# (whichever the article has), the text. The two-digit year is the article's year.
def desk_s45_331(a, desk, rng):
    src = src_of(a, rng)
    sep = rng.choice([" ", ", ", " — "])
    line = sep.join(t for t in [src, a["date"] and numeric(a["date"], desk, short=True),
                                f"{PAGE[desk]} {rng.randrange(1, 40)}"] if t)
    line += f" {SECTION[desk].upper()}" if rng.random() < 0.4 else ""
    parts = [line, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CATALOG = ["Europresse", "Factiva", "PressReader", "Nexis Uni"]


# A record exported from the desk's Zotero library as CSL JSON (`Export Item…` → `CSL JSON`, tab-indented): `id`,
# `type` `article-newspaper`, `container-title` (the publication), `title`, `author` as `family` and `given` (a
# `literal` for a one-word name; left out when unsigned), `issued` as `date-parts` (left out when undated),
# `accessed` (the day a colleague saved it), `source` (the library catalogue Zotero took it from), `page`,
# `section`, `language`, `URL`, `abstract` (the standfirst) and a `note`. The access day is no date; the catalogue
# and Zotero no source.
def desk_s45_332(a, desk, rng):
    src = src_of(a, rng)
    acc = ymd(later_day(a, rng, 1, 60))
    rec = {"id": f"http://zotero.org/users/{rng.randrange(10 ** 6, 10 ** 7)}/items/"
                 f"{hashlib.md5(a['key'].encode()).hexdigest()[:8].upper()}",
           "type": "article-newspaper", "abstract": lead(a["body"][0]), "container-title": src,
           "language": a["lang"], "page": str(rng.randrange(1, 40)), "section": SECTION[desk],
           "source": rng.choice(CATALOG), "title": a["title"], "URL": url_of(a, src)}
    if a["authors"]:
        rec["author"] = [{"family": n.split()[-1], "given": " ".join(n.split()[:-1])} if len(n.split()) > 1
                         else {"literal": n} for n in a["authors"]]
    rec["accessed"] = {"date-parts": [[acc.year, acc.month, acc.day]]}
    if a["date"]:
        d = ymd(a["date"])
        rec["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
    if rng.random() < 0.5:
        rec["note"] = f"{DOC_TITLE[desk]} {numeric(acc.isoformat(), desk)}"
    return json.dumps([rec], ensure_ascii=False, indent="\t") + "\n", e_with(a, source=src)


# A news site's head copied with its compact stamp: the time first, then the weekday and the month abbreviated
# (`18:42 · Tue Mar 3, 1987`, `18h42 · mar. 3 mars 1987`, `18:42 Uhr · Di. 3. März 1987`), and the byline on the
# same line after a bar, before or after the stamp (whichever the article has); the publication above the headline.
def desk_s45_333(a, desk, rng):
    src = src_of(a, rng)
    stamp = ""
    if a["date"]:
        h, m = hm(rng)
        wd = WD_ABBR[desk].split()[ymd(a["date"]).weekday()]
        clock = {"fr": f"{h}h{m:02d}", "de": f"{h:02d}:{m:02d} Uhr"}.get(desk, f"{h:02d}:{m:02d}")
        stamp = f"{clock} · {wd} {abbr_date(a['date'], desk)}"
    by = a["authors"] and byline(a["authors"], desk, rng)
    meta = sep_join(" | ", by, stamp) if rng.random() < 0.5 else sep_join(" | ", stamp, by)
    parts = [src, "", a["title"]] + ([meta] if meta else []) + ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


WAYBACK = {"en": ("captures", "About this capture"), "fr": ("captures", "À propos de cette capture"),
           "de": ("Aufnahmen", "Über diese Aufnahme"), "es": ("capturas", "Acerca de esta captura"),
           "it": ("acquisizioni", "Informazioni su questa acquisizione"), "pt": ("capturas", "Sobre esta captura")}


# The Wayback Machine's copy of the article's page, selected and copied with its toolbar: `The Wayback Machine -
# https://web.archive.org/web/19870310184200/https://…`, the URL field, the count of captures and their first and
# last days (`47 captures`, `10 Mar 1987 - 12 Jan 2026`), the calendar's months and years, `About this capture`,
# then the archived page: the site's name and menu, the headline, the byline and stamp (whichever the article has),
# the text. The capture days are no date; the Internet Archive no source.
def desk_s45_334(a, desk, rng):
    src = src_of(a, rng)
    caps, about = WAYBACK[desk]
    cap = ymd(later_day(a, rng, 1, 40))
    last = ymd(later_day({"date": cap.isoformat()}, rng, 1, 60) if cap.year >= 2025
               else later_day({"date": "2025-01-01"}, rng, 1, 300))
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    ts = f"{cap.year}{cap.month:02d}{cap.day:02d}{h:02d}{m:02d}{s:02d}"
    url = url_of(a, src)
    en_m = ABBR["en"].upper().split()
    months = "\t".join(en_m[(cap.month - 2 + i) % 12] for i in range(3))
    parts = [f"The Wayback Machine - https://web.archive.org/web/{ts}/{url}", "", url, "Go", "",
             f"{rng.randrange(2, 400)} {caps}", f"{cap.day} {ABBR['en'].split()[cap.month - 1]} {cap.year} - "
             f"{last.day} {ABBR['en'].split()[last.month - 1]} {last.year}", "", months, f"{cap.day:02d}",
             f"{cap.year - 1}\t{cap.year}\t{cap.year + 1}", "success", "fail", "", about, "", "",
             f"{src}   {SECTION[desk]}", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{STAMPS[desk][0]} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


EDITION = {"en": "Edition of {d}", "fr": "Édition du {d}", "de": "Ausgabe vom {d}", "es": "Edición del {d}",
           "it": "Edizione di {d}", "pt": "Edição de {d}"}
RIGHTS = {"en": "All rights reserved", "fr": "Tous droits réservés", "de": "Alle Rechte vorbehalten",
          "es": "Todos los derechos reservados", "it": "Tutti i diritti riservati", "pt": "Todos os direitos reservados"}


# A regional paper's article as its e-paper's text view gives it: the edition's day alone on top (`Édition du mardi 3
# mars 1987`, `Ausgabe vom Dienstag, 3. März 1987`; no line when undated), the headline, the text, the writers'
# names alone on a line after the text (`Hélène Roux` or `Hélène Roux et Stefan Krüger`, no `By`), and the publication
# only in the copyright line at the foot (`© Le Figaro 1987 – Tous droits réservés`, with the year or not). The
# copyright year is no date.
def desk_s45_335(a, desk, rng):
    src = src_of(a, rng)
    parts = []
    if a["date"]:
        parts += [EDITION[desk].format(d=long_date(a["date"], desk, weekday=True)), ""]
    parts += [a["title"], "", "\n\n".join(a["body"])]
    if a["authors"]:
        parts += ["", named(a["authors"], desk)]
    year = ymd(a["date"]).year if a["date"] else ymd(later_day(a, rng, 0, 1)).year
    parts += ["", sep_join(" ", "©", src, str(year) if rng.random() < 0.5 else "") + f" – {RIGHTS[desk]}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ICML_STYLES = {"en": ("Kicker", "Headline", "Standfirst", "Byline", "Body"),
               "fr": ("Surtitre", "Titre", "Chapo", "Signature", "Texte"),
               "de": ("Dachzeile", "Titel", "Vorspann", "Autorenzeile", "Grundtext"),
               "es": ("Antetitulo", "Titular", "Entradilla", "Firma", "Texto"),
               "it": ("Occhiello", "Titolo", "Sommario", "Firma", "Testo"),
               "pt": ("Antetitulo", "Titulo", "Lead", "Assinatura", "Texto")}


# A story exported from a paper's print system for the desk as an Adobe InCopy file (`.icml`): the `<?aid …?>`
# processing instructions, the `Document` with its paragraph styles, a `Story` whose `Properties` hold the system's
# label key-values (`Publication`, `IssueDate` when dated, `Page`, `Desk`, `LastEditor` the layout colleague,
# `Modified` a later day), then `ParagraphStyleRange`s: the kicker (the section in capitals), the headline, the
# standfirst, the byline (whichever the article has) and the text paragraphs, each `Content` ended by `<Br/>`. The
# layout colleague is no author, the modification no date; InCopy no source.
def desk_s45_336(a, desk, rng):
    src = src_of(a, rng)
    kicker, head, stand, by, body = ICML_STYLES[desk]
    p = crew(a, rng, 1)[0]
    mod = later_day(a, rng, 0, 2)
    labels = [("Publication", src)] + ([("IssueDate", a["date"])] if a["date"] else [])
    labels += [("Page", str(rng.randrange(1, 40))), ("Desk", SECTION[desk]), ("LastEditor", p),
               ("Modified", f"{mod}T{rng.randrange(8, 23):02d}:{rng.randrange(60):02d}:00")]
    rng.shuffle(labels)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" product="18.5(58)" ?>',
           '<?aid SnippetType="InCopyInterchange"?>', '<Document DOMVersion="18.5" Self="d">',
           '\t<RootCharacterStyleGroup Self="u78"><CharacterStyle Self="CharacterStyle/$ID/[No character style]" '
           'Name="$ID/[No character style]"/></RootCharacterStyleGroup>', '\t<RootParagraphStyleGroup Self="u77">']
    out += [f'\t\t<ParagraphStyle Self="ParagraphStyle/{s}" Name="{s}"/>' for s in (kicker, head, stand, by, body)]
    out += ["\t</RootParagraphStyleGroup>",
            f'\t<Story Self="u{rng.randrange(100, 999):x}" AppliedTOCStyle="n" TrackChanges="false" '
            f'StoryTitle="{slug(src, 2)}_{slug(a["title"], 4)}" AppliedNamedGrid="n">',
            '\t\t<StoryPreference OpticalMarginAlignment="false" OpticalMarginSize="12" FrameType="TextFrameType" '
            'StoryOrientation="Horizontal" StoryDirection="LeftToRightDirection"/>',
            "\t\t<Properties>", "\t\t\t<Label>"]
    out += [f'\t\t\t\t<KeyValuePair Key="{k}" Value="{html.escape(v)}"/>' for k, v in labels]
    out += ["\t\t\t</Label>", "\t\t</Properties>"]

    def para(style, text, last=False):
        return [f'\t\t<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/{style}">',
                '\t\t\t<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]">',
                f"\t\t\t\t<Content>{x(text)}</Content>" + ("" if last else "<Br/>"), "\t\t\t</CharacterStyleRange>",
                "\t\t</ParagraphStyleRange>"]

    out += para(kicker, SECTION[desk].upper()) + para(head, a["title"]) + para(stand, lead(a["body"][0]))
    if a["authors"]:
        out += para(by, byline(a["authors"], desk, rng))
    for i, q in enumerate(a["body"]):
        out += para(body, q, last=i == len(a["body"]) - 1)
    out += ["\t</Story>", "</Document>"]
    return "\n".join(out) + "\n", e_with(a, source=src)


ACADEMIC = {"en": ["Dr", "Prof."], "fr": ["Pr", "Dr"], "de": ["Dr.", "Prof. Dr."], "es": ["Dra.", "Prof."],
            "it": ["Prof.", "Dott."], "pt": ["Prof.", "Dr."]}
OPINION = {"en": ("OPINION", "The authors teach economics at the University of Leuven.",
                   "The author teaches economics at the University of Leuven."),
           "fr": ("TRIBUNE", "Les auteurs enseignent l'économie à l'université de Louvain.",
                  "L'auteur enseigne l'économie à l'université de Louvain."),
           "de": ("GASTBEITRAG", "Die Autoren lehren Volkswirtschaft an der Universität Löwen.",
                  "Der Autor lehrt Volkswirtschaft an der Universität Löwen."),
           "es": ("TRIBUNA", "Los autores son profesores de Economía en la Universidad de Lovaina.",
                  "El autor es profesor de Economía en la Universidad de Lovaina."),
           "it": ("OPINIONE", "Gli autori insegnano economia all'Università di Lovanio.",
                  "L'autore insegna economia all'Università di Lovanio."),
           "pt": ("OPINIÃO", "Os autores ensinam economia na Universidade de Lovaina.",
                  "O autor ensina economia na Universidade de Lovaina.")}


# A guest piece by academics copied from a paper's opinion page: the publication and day on top (whichever the
# article has), the page's label (`OPINION`, `TRIBUNE`, `GASTBEITRAG`), the headline, the byline with each writer's
# academic title (`By Dr Hélène Roux and Prof. Stefan Krüger`, `Von Prof. Dr. A und Dr. B`), the text, and a note on
# the writers in italics (asterisks or underscores) at the foot. The titles are no part of the names.
def desk_s45_339(a, desk, rng):
    src = src_of(a, rng)
    label, several, one = OPINION[desk]
    note = one if len(a["authors"]) == 1 else several
    titles = ACADEMIC[desk]
    parts = [sep_join(", ", src, dated(a, desk)), "", label, a["title"]]
    if a["authors"]:
        by, conj = BY[desk]
        parts += [f"{by} " + conj_join([f"{titles[(i + rng.randrange(2)) % 2]} {n}"
                                        for i, n in enumerate(a["authors"])], conj)]
    parts += ["", "\n\n".join(a["body"])]
    mark = rng.choice(["*", "_"])
    parts += ["", f"{mark}{note}{mark}"] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An article copied from a paper's CMS preview: the publication, the headline, the writers' names stacked one a line
# without `By` (as the CMS lists its `author` field), then the publication time as the CMS writes it in ISO 8601
# (`1987-03-03T18:42:00+01:00`, `1987-03-03T17:42Z`, `1987-03-03 18:42:00`; whichever the article has), a blank line,
# the text. Each stacked line is a writer.
def desk_s45_340(a, desk, rng):
    src = src_of(a, rng)
    parts = [src, "", a["title"], ""] + list(a["authors"])
    if a["date"]:
        h, m = hm(rng)
        parts += [rng.choice([f"{a['date']}T{h:02d}:{m:02d}:00+01:00", f"{a['date']}T{h - 1:02d}:{m:02d}Z",
                              f"{a['date']} {h:02d}:{m:02d}:00"])]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(p for i, p in enumerate(parts) if p or (i and parts[i - 1])) + "\n", e_with(a, source=src)


CITE = {"en": ("Cite this article", "n.d.", "Retrieved from"), "fr": ("Citer cet article", "s.d.", "Consulté sur"),
        "de": ("Artikel zitieren", "o. J.", "Abgerufen von"), "es": ("Citar este artículo", "s.f.", "Recuperado de"),
        "it": ("Cita questo articolo", "s.d.", "Disponibile su"), "pt": ("Citar este artigo", "s.d.", "Disponível em")}


def apa_date(iso, desk):
    d = ymd(iso)
    month = MONTHS[desk].split()[d.month - 1]
    return f"{d.year}, {month} {d.day}" if desk == "en" else f"{d.year}, {d.day} {month}"


# A site's article copied down to its citation box: the headline, the byline (whichever the article has), the text,
# then `Cite this article` and the reference in APA style (`Roux, H., & Krüger, S. (1987, March 3). Headline. Le
# Figaro. https://…`; the publication first when unsigned, `(n.d.)` when undated). The citation is the only place of
# the publication and the date; its initials are the byline's writers.
def desk_s45_342(a, desk, rng):
    src = src_of(a, rng)
    label, nd, got = CITE[desk]
    when = apa_date(a["date"], desk) if a["date"] else nd
    if a["authors"]:
        names = [initials(n) for n in a["authors"]]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        ref = f"{who} ({when}). {a['title']}. {src}. {url_of(a, src)}"
    else:
        ref = f"{src}. ({when}). {a['title']}. {url_of(a, src)}"
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", label if rng.random() < 0.5 else label.upper(), ref]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s45_")}

# ---- held-out members of BLIND_S45 below: whoever tunes the reader never reads past this line ----


# The desk's script's answer from NewsAPI.org (`/v2/everything?q=…`), saved as JSON: `status`, `totalResults` and one
# article: `source` (`id`, often null, and `name` the publication), `author` (the names joined by commas, null when
# unsigned), `title` (with ` - Publication` after it when NewsAPI took it from an aggregator), `description`, `url`,
# `urlToImage`, `publishedAt` (an undated article gets the day NewsAPI gives it, and that is expected) and `content`
# cut at about 200 characters with `… [+3412 chars]`. The appended publication is no part of the title; NewsAPI no
# source.
def desk_s45_318(a, desk, rng):
    src = src_of(a, rng)
    day = a["date"] or later_day(a, rng, 0, 15)
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    text = "\n".join(a["body"])
    cut = min(len(text), rng.randrange(180, 214))
    content = text[:cut].replace("\n", "\r\n") + (f"… [+{len(text) - cut} chars]" if len(text) > cut else "")
    art = {"source": {"id": slug(src, 3) if rng.random() < 0.3 else None, "name": src},
           "author": ", ".join(a["authors"]) or None,
           "title": a["title"] + (f" - {src}" if rng.random() < 0.5 else ""), "description": lead(a["body"][0]),
           "url": url_of(a, src), "urlToImage": f"https://{domain(src)}/media/{rng.randrange(10 ** 8)}.jpg",
           "publishedAt": f"{day}T{h:02d}:{m:02d}:{s:02d}Z", "content": content}
    doc = {"status": "ok", "totalResults": 1, "articles": [art]}
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src, date=day)


INTERVIEW = {"en": "Interview by {a}", "fr": "Propos recueillis par {a}", "de": "Interview: {a}",
             "es": "Entrevista realizada por {a}", "it": "Intervista a cura di {a}", "pt": "Entrevista conduzida por {a}"}


# An interview page copied from a paper's site: the publication and numeric day on one line (whichever the article
# has), the headline, the standfirst, then the text with the interviewer credited by the desk's phrase (`Interview
# by A`, `Propos recueillis par A et B`, `Interview: A`) either under the standfirst or after the last answer. The
# interviewer is the author.
def desk_s45_319(a, desk, rng):
    src = src_of(a, rng)
    parts = [sep_join(" | ", src, a["date"] and numeric(a["date"], desk)), "", a["title"], "", lead(a["body"][0]), ""]
    credit = INTERVIEW[desk].format(a=named(a["authors"], desk)) if a["authors"] else ""
    top = rng.random() < 0.5
    parts += [credit, ""] if credit and top else []
    parts += ["\n\n".join(a["body"])]
    parts += ["", credit] if credit and not top else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The sidecar a desk's scanning station writes beside a clipping's scan (`.xmp`, Adobe's XMP packet with IPTC
# Core): `xmp:CreateDate` and `xmp:ModifyDate` (the scan), `xmp:CreatorTool` (the scanner's software),
# `photoshop:Headline` (the headline), `photoshop:Source` (the publication), `photoshop:DateCreated` (the
# publication day; left out when undated), `photoshop:CaptionWriter` (the colleague who scanned it), `dc:creator`
# (the writers as a `rdf:Seq`; left out when unsigned), `dc:title` the file's name, `dc:description` the OCR text.
# The scan is no date; the colleague no author; the scanner's software no source.
def desk_s45_326(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    scan = later_day(a, rng, 1, 90)
    h, m, s = rng.randrange(8, 19), rng.randrange(60), rng.randrange(60)
    fname = f"{slug(src, 2)}_{(a['date'] or scan).replace('-', '')}_{rng.randrange(1, 99):02d}.tif"
    ocr = "\n".join([a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else []) + a["body"][:4])
    out = ['<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
           '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.1-c000 79.9ccc4de, 2022/03/14-11:26:19">',
           ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', '  <rdf:Description rdf:about=""',
           '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"', '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
           '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
           f'   xmp:CreateDate="{scan}T{h:02d}:{m:02d}:{s:02d}+01:00"',
           f'   xmp:ModifyDate="{scan}T{h:02d}:{(m + 2) % 60:02d}:{s:02d}+01:00"',
           f'   xmp:CreatorTool="{rng.choice(["EPSON Scan 2", "ScanSnap Home 2.11", "ABBYY FineReader PDF 16"])}"',
           f'   photoshop:Headline="{html.escape(a["title"])}"', f'   photoshop:Source="{html.escape(src)}"']
    if a["date"]:
        out += [f'   photoshop:DateCreated="{a["date"]}"']
    out += [f'   photoshop:CaptionWriter="{html.escape(p)}">']
    if a["authors"]:
        out += ["   <dc:creator>", "    <rdf:Seq>"] + [f"     <rdf:li>{x(n)}</rdf:li>" for n in a["authors"]] + \
               ["    </rdf:Seq>", "   </dc:creator>"]
    out += ["   <dc:title>", "    <rdf:Alt>", f'     <rdf:li xml:lang="x-default">{x(fname)}</rdf:li>', "    </rdf:Alt>",
            "   </dc:title>", "   <dc:description>", "    <rdf:Alt>",
            f'     <rdf:li xml:lang="x-default">{x(ocr)}</rdf:li>', "    </rdf:Alt>", "   </dc:description>",
            "  </rdf:Description>", " </rdf:RDF>", "</x:xmpmeta>", '<?xpacket end="w"?>']
    return "\n".join(out) + "\n", e_with(a, source=src)


MD_HEAD = {"en": ("Publication", "Date", "Author(s)", "Field", "Value"),
           "fr": ("Média", "Date", "Auteur(s)", "Champ", "Valeur"),
           "de": ("Medium", "Datum", "Autor(en)", "Feld", "Wert"),
           "es": ("Medio", "Fecha", "Autor(es)", "Campo", "Valor"),
           "it": ("Testata", "Data", "Autore/i", "Campo", "Valore"),
           "pt": ("Publicação", "Data", "Autor(es)", "Campo", "Valor")}


# A Markdown press-review entry with its data in a table above the headline: one row (`| Publication | Date |
# Author(s) |`, the separator row, the values) or two columns of field and value; the headline as `## Headline`
# under it, the text. The authors are joined by commas; an empty cell for a field the article lacks.
def desk_s45_327(a, desk, rng):
    src = src_of(a, rng)
    pub, dat, aut, field, value = MD_HEAD[desk]
    vals = [src, a["date"] and numeric(a["date"], desk) or "", ", ".join(a["authors"])]
    if rng.random() < 0.5:
        table = [f"| {pub} | {dat} | {aut} |", "|---|---|---|", "| " + " | ".join(vals) + " |"]
    else:
        table = [f"| {field} | {value} |", "|:--|:--|"] + [f"| {k} | {v} |" for k, v in zip((pub, dat, aut), vals)]
    parts = [f"## {a['title']}", ""] + table if rng.random() < 0.3 else table + ["", f"## {a['title']}"]
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(t.replace("|  |", "| |") for t in parts) + "\n", e_with(a, source=src)


# A Simplenote account's export (`notes.json` in the exported archive): `activeNotes` with one note whose `content`
# is what a colleague typed and pasted (the headline on the first line, as Simplenote titles a note, then
# `Publication, numeric date`, the byline, whichever the article has, and the text; CRLF line ends when typed on
# Windows), `creationDate` and `lastModified` (later days), `tags`, and an empty `trashedNotes`. The note's days are
# no date; Simplenote no source.
def desk_s45_328(a, desk, rng):
    src = src_of(a, rng)
    made = later_day(a, rng, 1, 10)
    lines = [a["title"], "", sep_join(", ", src, a["date"] and numeric(a["date"], desk))]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += ["", "\n\n".join(a["body"])]
    content = "\n".join(lines)
    content = content.replace("\n", "\r\n") if rng.random() < 0.4 else content
    note = {"id": hashlib.md5(a["key"].encode()).hexdigest(), "content": content,
            "creationDate": f"{made}T{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}."
                            f"{rng.randrange(1000):03d}Z",
            "lastModified": f"{later_day({'date': made}, rng, 0, 3)}T{rng.randrange(7, 20):02d}:"
                            f"{rng.randrange(60):02d}:00.000Z",
            "tags": [slug(DOC_TITLE[desk])] + ([slug(src)] if rng.random() < 0.5 else [])}
    if rng.random() < 0.3:
        note["markdown"] = False
    doc = {"activeNotes": [note], "trashedNotes": []}
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=2) + "\n", e_with(a, source=src)


STAFF = {"en": "{s} staff", "fr": "La rédaction de {s}", "de": "{s}-Redaktion", "es": "Redacción de {s}",
         "it": "Redazione di {s}", "pt": "Redação do {s}"}


def us_pub(iso, desk, rng):
    d = ymd(iso)
    h, m = hm(rng)
    wd = WD_ABBR[desk].split()[d.weekday()]
    if desk == "en":
        return f"Published {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'} EST, {wd} " \
               f"{MONTHS['en'].split()[d.month - 1]} {d.day}, {d.year}"
    return f"{STAMPS[desk][0]} {wd} {abbr_date(iso, desk)}, {h:02d}:{m:02d}"


# A news site's head as a US broadcaster's site sets it: the headline, the byline with the publication after a comma
# (`By Hélène Roux and Stefan Krüger, Le Figaro`; the staff credit `By Le Figaro staff` when unsigned), then the stamp
# with the time first and the abbreviated weekday (`Published 6:42 PM EST, Tue March 3, 1987`; the desk's `Publié le
# mar. 3 mars 1987, 18:42` elsewhere); no stamp when undated. The staff credit names nobody; the publication in
# the byline is the source.
def desk_s45_330(a, desk, rng):
    src = src_of(a, rng)
    by = BY[desk][0]
    credit = f"{byline(a['authors'], desk, rng)}, {src}" if a["authors"] else f"{by} {STAFF[desk].format(s=src)}"
    parts = [a["title"], credit] + ([us_pub(a["date"], desk, rng)] if a["date"] else [])
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The JSON of a paper's content API (as the Guardian's Open Platform answers `/{id}?show-fields=all&show-tags=
# contributor`), saved by the desk: `response.status`, `userTier`, `content` with `id` (the section, year, month and
# day and slug), `sectionName`, `webPublicationDate` (an undated article gets the CMS's day, and that is expected),
# `webTitle`, `webUrl`, `apiUrl`, `fields` (`headline`, `standfirst`, `byline`, `publication`, `firstPublicationDate`,
# `lastModified` a later day, `wordcount`, `bodyText`) and the `contributor` tags with the writers' names. The
# modification is no date.
def desk_s45_337(a, desk, rng):
    src = src_of(a, rng)
    day = a["date"] or later_day(a, rng, 0, 20)
    d = ymd(day)
    h, m = hm(rng)
    ident = f"{slug(SECTION[desk])}/{d.year}/{ABBR['en'].split()[d.month - 1].lower()}/{d.day:02d}/{slug(a['title'])}"
    fields = {"headline": a["title"], "standfirst": f"<p>{x(lead(a['body'][0]))}</p>",
              "trailText": x(lead(a["body"][0])), "byline": joined(a["authors"], "en") if a["authors"] else "",
              "publication": src, "firstPublicationDate": f"{day}T{h:02d}:{m:02d}:00Z",
              "lastModified": f"{later_day({'date': day}, rng, 1, 30)}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z",
              "wordcount": str(word_count(a)), "isLive": "false", "bodyText": " ".join(a["body"])}
    if not a["authors"]:
        del fields["byline"]
    content = {"id": ident, "type": "article", "sectionId": slug(SECTION[desk]), "sectionName": SECTION[desk],
               "webPublicationDate": f"{day}T{h:02d}:{m:02d}:00Z", "webTitle": a["title"],
               "webUrl": f"https://{domain(src)}/{ident}", "apiUrl": f"https://content.{site(src)}/{ident}",
               "fields": fields,
               "tags": [{"id": f"profile/{slug(n)}", "type": "contributor", "webTitle": n,
                         "webUrl": f"https://{domain(src)}/profile/{slug(n)}", "firstName": " ".join(n.split()[:-1]),
                         "lastName": n.split()[-1]} for n in a["authors"]],
               "isHosted": False, "pillarName": "News"}
    doc = {"response": {"status": "ok", "userTier": "developer", "total": 1, "content": content}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src, date=day)


CRUMBS45 = {"en": "Home › Business › Europe", "fr": "Accueil › Économie › Europe", "de": "Startseite › Wirtschaft › Europa",
            "es": "Inicio › Economía › Europa", "it": "Home › Economia › Europa", "pt": "Início › Economia › Europa"}
COMMENT = {"en": "A column by {a}", "fr": "Une chronique de {a}", "de": "Ein Kommentar von {a}",
           "es": "Un análisis de {a}", "it": "Un commento di {a}", "pt": "Uma crónica de {a}"}
READ45 = {"en": "{n} min read", "fr": "Lecture : {n} min", "de": "Lesezeit: {n} Min.", "es": "Lectura: {n} min",
          "it": "Lettura: {n} min", "pt": "Leitura: {n} min"}


# A commentary page copied from a site: the breadcrumb (`Home › Business › Europe`), the headline, the byline
# phrased as the column's kind (`A column by A`, `Ein Kommentar von A und B`, `Une chronique de A`), the stamp and
# reading time on one line (`March 3, 1987, 18:42 · 4 min read`, whichever the article has), the text, and the
# publication only in the copyright line at the foot (`© Publication`). The phrase is no part of the names.
def desk_s45_338(a, desk, rng):
    src = src_of(a, rng)
    parts = [CRUMBS45[desk], "", a["title"]]
    parts += [COMMENT[desk].format(a=named(a["authors"], desk))] if a["authors"] else []
    parts += [sep_join(" · ", a["date"] and at(a["date"], desk, rng),
                       READ45[desk].format(n=max(1, word_count(a) // 220)))]
    parts += ["", "\n\n".join(a["body"]), "", f"© {src}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RAINDROP_NOTE = {"en": "from", "fr": "de", "de": "aus", "es": "de", "it": "da", "pt": "do"}


# A Raindrop.io collection exported as CSV (`id,title,note,excerpt,url,folder,tags,created,cover,highlights,
# favorite`): one bookmark whose `title` is the page's tab title (`Headline | Publication` or `Headline -
# Publication`, or the headline alone), `note` the colleague's line (`Le Figaro, 3 mars 1987 — Hélène Roux`,
# whichever the article has), `excerpt` the standfirst, `created` the day it was saved, `highlights` the text's
# paragraphs each as `Highlight:`; CRLF rows, quoted fields. The save day is no date; Raindrop no source; the tab
# title's publication no part of the title.
def desk_s45_341(a, desk, rng):
    src = src_of(a, rng)
    saved = later_day(a, rng, 1, 30)
    title = a["title"] + rng.choice([f" | {src}", f" - {src}", ""])
    note = sep_join(" — ", sep_join(", ", src, a["date"] and long_date(a["date"], desk)), named(a["authors"], desk))
    highlights = "\n".join(f"Highlight:{q}" for q in a["body"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "title", "note", "excerpt", "url", "folder", "tags", "created", "cover", "highlights",
                "favorite"])
    w.writerow([rng.randrange(10 ** 8, 10 ** 9), title, note, lead(a["body"][0]), url_of(a, src),
                DOC_TITLE[desk], slug(DOC_TITLE[desk]),
                f"{saved}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z",
                f"https://{domain(src)}/img/{rng.randrange(10 ** 6)}.jpg", highlights, rng.choice(["true", "false"])])
    return buf.getvalue(), e_with(a, source=src)


# A page copied as Markdown by a browser extension (`Copy as Markdown`): the site's name as a link on top
# (`[Le Figaro](https://www.lefigaro.com/)`), the headline as `# Headline`, the byline with each writer linked to
# her page (`Par [Hélène Roux](https://…/auteurs/helene-roux) et [Stefan Krüger](…)`), the stamp in italics
# (whichever the article has), a picture (`![…](….jpg)`), the text. The links are no part of the names.
def desk_s45_343(a, desk, rng):
    src = src_of(a, rng)
    base = f"https://{domain(src)}"
    parts = [f"[{src}]({base}/)", "", f"# {a['title']}", ""]
    if a["authors"]:
        by, conj = BY[desk]
        parts += [f"{by} " + conj_join([f"[{n}]({base}/authors/{slug(n)})" for n in a["authors"]], conj)]
    if a["date"]:
        parts += [f"*{STAMPS[desk][0]} {at(a['date'], desk, rng)}*"]
    alt = lead(a["body"][0])[:60].replace("[", "(").replace("]", ")")
    parts += ["", f"![{alt}]({base}/img/{rng.randrange(10 ** 6)}.jpg)", "",
              "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S45 = {f"desk_s45_{i}" for i in range(318, 344)}
assert DEVELOPMENT == {name for name in BLIND_S45
                       if int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 != 0}, \
    "the development members above the marker are not the names the hash puts in development"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S45)})
