"""Stop 36: a sixteenth batch of 26 clipping layouts (BLIND_S38) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline only, as printed (in capitals when the page prints
it so), never a print edition's other headline, a feed's or neighbouring item's, a pull quote, nor an alert's or
subject line's prefix; authors: persons who wrote the article, never a client's spokesperson, a monitoring analyst,
a meeting participant, the colleague who published or last edited it, a rights manager or the client's press
officer; date: the article's publication date, never the day a certificate was issued, a document saved, opened,
scanned, licensed, delivered or edited, a feed built, a print edition's later day, and none when the file does not
state one (a relative `Today` is no date; a copyright year, a report's year or a weekly's issue number such as
`10/2026` is no date); source: the publication the file names, never the press database, monitoring agency, radio
station, scanning or read-later app, nor the agency whose credit the copy carries).
Like BLIND_S35 to BLIND_S37, these are plain-text files a press desk really receives, each field standing at the
top, at the bottom or inside a sentence, labelled or not, alone on its line or combined with another: a French
press database's export with its certificate line, PDF pages with running heads, folios, hyphenated line ends and a
pull quote, a publication's breaking-news alert mail, a read-later app's document panel, a clipping with its
monitoring figures at the foot, a meeting chat with the article pasted, a site's news ticker, a radio programme's
press review, a web page's print-edition note, a run-in brief, a report's annex under a citation, a newsroom
system's publication notice, a phone scan, a reprint licence, a weekly's issue line; ten more are held-out. Two of
the 26 are tool formats (an RSS 2.0 feed's source is one).

The layouts are numbered from 72 to 97 (the numbers 52 to 77 that would follow BLIND_S37 split 20/6 by text_eval.py's
hash; 72 to 97 is the first range from 52 on that splits 16/10) so that sixteen fall in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py or clipping_layouts_s25.py to _s37.py:
nobody tunes on any of them when written; BLIND_S38's development members are only scored (text_eval.py prints their
misses with `--show-s38-development` alone). Scored untuned by stop 35's parser (the main branch's release binary at
06556ff; title exact / authors F1 / date / source): development 0.530 / 0.594 / 0.833 / 0.448, 0 rejected; held-out
0.525 / 0.610 / 0.749 / 0.397, 1 rejected.
"""
import datetime
import hashlib
import html
import re
import textwrap
import unicodedata

from clipping_layouts import AGENCY, LAYOUTS, MAIL, byline, columns, joined, long_date, short_date, wrap
from clipping_layouts_s28 import rfc_date
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first
from clipping_layouts_s35 import PAGE_ABBR, dated, lead, sep_join, thousands
from clipping_layouts_s36 import after, src_of, us_numeric
from clipping_layouts_s37 import STAMPS, at, crew, later_day

DESK_LANG = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "it": "it-IT", "pt": "pt-PT"}
QUOTE = {"en": ("“", "”"), "fr": ("« ", " »"), "de": ("„", "“"), "es": ("«", "»"), "it": ("«", "»"), "pt": ("«", "»")}
SECTION = {"en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia",
           "pt": "Economia"}
EN_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def site(src):
    """The publication's web domain as a reader sees it (`Süddeutsche Zeitung` -> `suddeutschezeitung.com`)."""
    plain = unicodedata.normalize("NFKD", src).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in plain if ch.isalnum()) + ".com"


def quoted(text, desk):
    """`text` between the desk's quotation marks."""
    opening, closing = QUOTE[desk]
    return f"{opening}{text}{closing}"


def word_count(a):
    return sum(len(p.split()) for p in a["body"])


def hhmm(rng, low=6, high=23):
    return f"{rng.randrange(low, high):02d}:{rng.randrange(60):02d}"


def hyphen_point(word, room):
    """Where a justified print column breaks `word` with a hyphen so that its first part (and the hyphen) fits in
    `room` characters: before a consonant followed by a vowel (`Da-ten`, `Kon-takt`), never inside `ch`, `ck`, `sch`,
    `ph`, `th` or `qu`, three letters at least on each side; 0 if nowhere."""
    if not word.isalpha() or len(word) < 7 or not word[1:].islower():
        return 0
    vowels = "aeiouyäöüàâéèêëîïôûùáíóúãõ"
    for k in range(min(room - 1, len(word) - 3), 2, -1):
        before, here, after_ = word[k - 1], word[k], word[k + 1]
        if here in vowels or after_ not in vowels or word[k - 1:k + 1] in ("ch", "ck", "ph", "th", "qu", "sh"):
            continue
        if before in vowels or (word[k - 2] in vowels and word[k - 2:k] not in ("ch", "ck", "sc")):
            return k
    return 0


def hyphenated(paragraphs, width):
    """The paragraphs set in a column of `width` characters, long words broken at the line end with a hyphen
    (a blank line between paragraphs), as a PDF of a print page gives them when copied."""
    out = []
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            while True:
                room = width - len(line) - (1 if line else 0)
                if len(word) <= room:
                    line = f"{line} {word}" if line else word
                    break
                cut = hyphen_point(word, room)
                if cut:
                    out.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
                    line, word = "", word[cut:]
                elif line:
                    out.append(line)
                    line = ""
                else:
                    line = word
                    break
        out += [line, ""]
    return out[:-1]


# ---- development members of BLIND_S38 ----

EUROPRESSE_SECTIONS = ["Économie", "International", "Société", "Politique", "Sciences", "Culture"]
LIBRARIES = ["UNIVERSITE-DE-FRANCHE-COMTE", "BIBLIOTHEQUE-MUNICIPALE-DE-LYON", "SCIENCES-PO-PARIS",
             "CONSEIL-REGIONAL-DE-BRETAGNE"]


# A French press database's document export (Europresse-like, French on every desk, as the service prints it): the
# publication (sometimes with its issue number `no. 24123`), one line with the section, the weekday date in French,
# the word count and the page (`Économie, mardi 3 mars 2026 812 mots, p. 14`), the headline, the author's name alone,
# the text, `© 2026 Publication. Tous droits réservés.`, the legal notice, the certificate line (`Certificat émis le
# 10 mars 2026 à UNIVERSITE-DE-… à des fins de visualisation personnelle et temporaire.`: a later day, an institution)
# and the document id `news·20260303·LF·…` (compact date). The certificate's day is not the date; the database is not
# the source.
def desk_s38_73(a, desk, rng):
    src = src_of(a, rng)
    first = src if rng.random() < 0.5 else f"{src}, no. {rng.randrange(20000, 25000)}"
    head = ", ".join(x for x in [rng.choice(EUROPRESSE_SECTIONS), dated(a, "fr", weekday=True)] if x)
    head += f" {word_count(a)} mots" + (f", p. {rng.randrange(2, 40)}" if rng.random() < 0.7 else "")
    year = a["date"][:4] if a["date"] else str(rng.randrange(2019, 2027))
    code = "".join(w[0] for w in re.findall(r"\w+", src)).upper()[:3]
    ident = f"news·{a['date'].replace('-', '')}·{code}·{rng.randrange(10 ** 8, 10 ** 9)}" if a["date"] else \
        f"news·{code}·{rng.randrange(10 ** 8, 10 ** 9)}"
    issued = long_date(later_day(a, rng, 3, 400), "fr")
    parts = [first, head, "", a["title"], ""] + ([joined(a["authors"], "fr"), ""] if a["authors"] else [])
    parts += ["\n\n".join(a["body"]), "", f"© {year} {src}. Tous droits réservés.", "",
              "Le présent document est protégé par les lois et conventions internationales sur le droit d'auteur et "
              "son utilisation est régie par ces lois et conventions.", "",
              f"Certificat émis le {issued} à {rng.choice(LIBRARIES)} à des fins de visualisation personnelle et "
              "temporaire.", "", ident]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RUNNING = {"en": "BUSINESS", "fr": "ÉCONOMIE", "de": "WIRTSCHAFT", "es": "ECONOMÍA", "it": "ECONOMIA",
           "pt": "ECONOMIA"}


# A print page's PDF copied as text, page by page: the running head (the section in capitals), the headline, the
# standfirst (the first sentence), the byline, then the text in a justified column of 62 with words hyphenated at the
# line ends and, in a piece of three paragraphs or more, a pull quote's leftover (a sentence of the text in quotation
# marks, between blank lines) after the second paragraph; each page ends with its folio (`14   Publication   weekday,
# date`, the date first on the odd page) and a form feed parts the pages (a short piece fits on one page). The
# hyphens are the column's, the pull quote is not the title.
def desk_s38_74(a, desk, rng):
    src = src_of(a, rng)
    lines = hyphenated(a["body"], 62)
    if len(a["body"]) > 2:
        breaks = [i for i, line in enumerate(lines) if not line]
        lines = lines[:breaks[1]] + ["", quoted(lead(a["body"][1]), desk)] + lines[breaks[1]:]
    page = rng.randrange(2, 40) // 2 * 2
    when = dated(a, desk, weekday=True)
    parts = [RUNNING[desk], "", a["title"], "", lead(a["body"][0]), ""]
    parts += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    if len(lines) >= 24:
        cut = len(lines) // 2
        while cut < len(lines) - 1 and lines[cut]:
            cut += 1
        parts += lines[:cut] + ["", "   ".join(x for x in [str(page), src, when] if x), "\f" + RUNNING[desk], ""]
        lines, page = lines[cut + 1:], page + 1
    parts += lines + ["", "   ".join(x for x in ([when, src, str(page)] if page % 2 else [str(page), src, when]) if x)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ALERT = {  # sender, subject prefix, banner, read more, why you get it, manage
    "en": ("{s} Breaking News", "BREAKING:", "BREAKING NEWS", "Read more:",
           "You are receiving this e-mail because you signed up for breaking news alerts from {s}.",
           "Manage your alerts | Unsubscribe"),
    "fr": ("{s} – Alerte info", "ALERTE INFO –", "ALERTE INFO", "Lire la suite :",
           "Vous recevez cet e-mail car vous êtes inscrit(e) aux alertes info de {s}.",
           "Gérer mes alertes | Se désinscrire"),
    "de": ("{s} Eilmeldung", "EILMELDUNG:", "EILMELDUNG", "Weiterlesen:",
           "Sie erhalten diese E-Mail, weil Sie die Eilmeldungen von {s} abonniert haben.",
           "Benachrichtigungen verwalten | Abbestellen"),
    "es": ("{s} Última hora", "ÚLTIMA HORA |", "ÚLTIMA HORA", "Seguir leyendo:",
           "Recibe este correo porque se suscribió a las alertas de última hora de {s}.",
           "Gestionar alertas | Darse de baja"),
    "it": ("{s} Ultim'ora", "ULTIM'ORA -", "ULTIM'ORA", "Continua a leggere:",
           "Ricevi questa e-mail perché ti sei iscritto alle notifiche di {s}.",
           "Gestisci le notifiche | Annulla l'iscrizione"),
    "pt": ("{s} Última Hora", "ÚLTIMA HORA:", "ÚLTIMA HORA", "Ler mais:",
           "Recebe este e-mail porque subscreveu os alertas de última hora de {s}.",
           "Gerir alertas | Cancelar subscrição"),
}


# A publication's breaking-news alert mail as the desk saves it: the mail client's header lines (From the
# publication's alert sender, Sent the same day as the piece, To, Subject `BREAKING: Title`; the header is left out
# when the piece is undated, the desk having copied the body alone), then the banner, the headline, the stamp (long
# date with the time), the first paragraph, the link, and the footer saying why the reader gets it and `© year
# Publication`. No byline: an alert names no author. The subject's prefix is not part of the title.
def desk_s38_76(a, desk, rng):
    src = src_of(a, rng)
    sender, prefix, banner, more, why, manage = ALERT[desk]
    _, subject, frm, sent, to = MAIL[desk]
    stamp = a["date"] and at(a["date"], desk, rng)
    parts = []
    if a["date"]:
        parts = [f"{frm} {sender.format(s=src)} <alerts@{site(src)}>", f"{sent} {stamp}",
                 f"{to} presse@osiris-group.example", f"{subject} {prefix} {a['title']}", ""]
    parts += [banner, "", a["title"]] + ([stamp] if a["date"] else [])
    parts += ["", a["body"][0], "", f"{more} https://www.{site(src)}/{rng.randrange(10 ** 6, 10 ** 7)}", "",
              "-" * 40, why.format(s=src), manage,
              f"© {a['date'][:4] if a['date'] else rng.randrange(2019, 2027)} {src}"]
    return "\n".join(parts) + "\n", e_with(a, authors=[], source=src)


def en_day(iso):
    """A date as an English-language app shows it (`Mar 3, 2026`)."""
    d = datetime.date.fromisoformat(iso)
    return f"{EN_ABBR[d.month - 1]} {d.day}, {d.year}"


def en_time(rng):
    h, m = rng.randrange(7, 23), rng.randrange(60)
    return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


# A read-later app's reader view copied whole (English interface on every desk): the headline, `domain · 6 min`, the
# text, then the document's info panel as its rows give it, labels padded to a column: Title, Author (when signed),
# Site name (the publication), Published (when dated), Saved and Last opened (later days), Word count, Reading time,
# Progress, Location, Tags, URL. The saved and opened days are not the date; the app is not the source.
def desk_s38_77(a, desk, rng):
    src = src_of(a, rng)
    minutes = max(1, word_count(a) // 230)
    saved = later_day(a, rng, 1, 40)
    rows = [("Title", a["title"])] + ([("Author", joined(a["authors"], "en"))] if a["authors"] else [])
    rows += [("Site name", src)] + ([("Published", en_day(a["date"]))] if a["date"] else [])
    rows += [("Saved", f"{en_day(saved)}, {en_time(rng)}"), ("Last opened", en_day(after(saved, rng, 0, 9))),
             ("Word count", f"{word_count(a):,}"), ("Reading time", f"{minutes} min"),
             ("Progress", f"{rng.choice([38, 64, 100])}%"), ("Location", rng.choice(["Archive", "Later", "Inbox"])),
             ("Tags", "press-review"), ("URL", f"https://www.{site(src)}/{rng.randrange(10 ** 6, 10 ** 7)}")]
    parts = [a["title"], f"{site(src)} · {minutes} min", "", "\n\n".join(a["body"]), "", "─" * 32, "Info"]
    parts += [f"{label:<16}{value}" for label, value in rows]
    return "\n".join(parts) + "\n", e_with(a, source=src)


METRICS = {  # the agency's rule, the figures (circulation, audience, value, tone, spokesperson, client, analyst, day)
    "en": ("Lumen Media Monitoring", ["Circulation (ABC) {c}", "Readership {r}", "AVE £{v}", "Tone: neutral",
                                      "Spokesperson quoted: {p}", "Client: Osiris Group", "Analyst: {q}",
                                      "Delivered {d}"]),
    "fr": ("Lumen Veille Médias", ["Diffusion OJD {c}", "Audience {r}", "EVP {v} €", "Tonalité : neutre",
                                   "Porte-parole cité : {p}", "Client : Groupe Osiris", "Analyste : {q}",
                                   "Livré le {d}"]),
    "de": ("Lumen Medienbeobachtung", ["Auflage (IVW) {c}", "Reichweite {r}", "Werbeäquivalenz {v} €",
                                       "Tonalität: neutral", "Zitierter Sprecher: {p}", "Kunde: Osiris-Gruppe",
                                       "Analyst: {q}", "Geliefert am {d}"]),
    "es": ("Lumen Monitorización", ["Difusión OJD {c}", "Audiencia EGM {r}", "VPE {v} €", "Tono: neutro",
                                    "Portavoz citado: {p}", "Cliente: Grupo Osiris", "Analista: {q}",
                                    "Entregado el {d}"]),
    "it": ("Lumen Monitoraggio Media", ["Diffusione ADS {c}", "Lettori Audipress {r}", "AVE {v} €", "Tono: neutro",
                                        "Portavoce citato: {p}", "Cliente: Gruppo Osiris", "Analista: {q}",
                                        "Consegnato il {d}"]),
    "pt": ("Lumen Monitorização", ["Circulação APCT {c}", "Audiência Bareme {r}", "AVE {v} €", "Tom: neutro",
                                   "Porta-voz citado: {p}", "Cliente: Grupo Osiris", "Analista: {q}",
                                   "Entregue a {d}"]),
}


# A monitored clipping with the agency's figures at its foot: one line `Publication · 03/03/2026 · p. 12` on top
# (whichever the article has), the headline, the byline, the text, then a rule naming the agency and two lines of
# figures joined by ` | ` (circulation, audience, advertising value, tone, the client's spokesperson quoted in the
# piece, the client, the analyst, the later day it was delivered). The spokesperson and analyst are not authors; the
# delivery day is not the date; the agency is not the source.
def desk_s38_78(a, desk, rng):
    src = src_of(a, rng)
    agency, figures = METRICS[desk]
    p, q = crew(a, rng, 2)
    values = dict(c=thousands(rng.randrange(40, 400) * 1000 + rng.randrange(1000), desk),
                  r=thousands(rng.randrange(200, 2500) * 1000, desk), v=thousands(rng.randrange(8, 120) * 100, desk),
                  p=p, q=q, d=us_numeric(later_day(a, rng, 1, 4), desk))
    filled = [f.format(**values) for f in figures]
    parts = [sep_join(" · ", src, dated(a, desk, us_numeric), f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}"), "",
             a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), "", f"—— {agency} ——", " | ".join(filled[:4]), " | ".join(filled[4:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ZOOM = {  # the message head, the poster's note, a reply
    "en": ("From {p} to Everyone:", "the piece I mentioned, pasted below:", "Thanks, very useful."),
    "fr": ("De {p} à Tout le monde :", "l'article dont je parlais, je le colle ici :", "Merci, très utile."),
    "de": ("Von {p} an Alle:", "hier der Artikel, von dem ich sprach:", "Danke, sehr hilfreich."),
    "es": ("De {p} a Todos:", "os pego aquí el artículo del que hablaba:", "Gracias, muy útil."),
    "it": ("Da {p} a Tutti:", "vi incollo qui l'articolo di cui parlavo:", "Grazie, molto utile."),
    "pt": ("De {p} para Todos:", "colo aqui o artigo de que falava:", "Obrigado, muito útil."),
}


# A video meeting's chat saved as a text file (Zoom-like, the meeting's day is only in the file's name): each message
# as `10:42:07 From P to Everyone:` and its lines indented by a tab; the colleague's note, then a second message
# pasting the article (the headline, `Publication – long date`, the byline, the text), then another participant's
# reply. The participants are not authors.
def desk_s38_79(a, desk, rng):
    src = src_of(a, rng)
    head, note, reply = ZOOM[desk]
    p, q = crew(a, rng, 2)
    second = rng.randrange(9 * 3600, 17 * 3600)

    def stamp(s):
        return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"

    pasted = [a["title"], sep_join(" – ", src, dated(a, desk))]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    pasted += [""] + "\n\n".join(a["body"]).split("\n")
    parts = [f"{stamp(second)} {head.format(p=p)}", f"\t{note}", f"{stamp(second + rng.randrange(5, 40))} "
             f"{head.format(p=p)}"] + [f"\t{line}" if line else "" for line in pasted]
    parts += [f"{stamp(second + rng.randrange(60, 300))} {head.format(p=q)}", f"\t{reply}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TICKER = {"en": ("Latest news", "Today"), "fr": ("Le fil info", "Aujourd'hui"), "de": ("Newsticker", "Heute"),
          "es": ("Última hora", "Hoy"), "it": ("Le ultime notizie", "Oggi"), "pt": ("Última hora", "Hoje")}


# A news site's ticker page copied with one item opened: `Publication › Newsticker`, the day (the weekday date, or
# `Today` when the piece is undated: no date then), then items newest first as `19:05  Headline`, the opened one
# followed by its byline (when signed), its text and the agency's credit `(dpa)`. The other items' headlines are not
# the title; the agency is not the source.
def desk_s38_83(a, desk, rng):
    src = src_of(a, rng)
    label, today = TICKER[desk]
    others = other_titles(desk, rng, 4)
    minute = rng.randrange(9 * 60, 20 * 60)
    newer = sorted((minute + rng.randrange(5, 90) for _ in range(2)), reverse=True)
    older = sorted((minute - rng.randrange(5, 90) for _ in range(2)), reverse=True)

    def hm(m):
        return f"{m // 60:02d}:{m % 60:02d}"

    day = dated(a, desk, weekday=True) or today
    parts = [f"{src} › {label}", "", day[0].upper() + day[1:], ""]
    parts += [f"{hm(m)}  {t}" for m, t in zip(newer, others[:2])]
    parts += ["", f"{hm(minute)}  {a['title']}"] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += ["", "\n\n".join(a["body"]), f"({AGENCY[desk]})", ""]
    parts += [f"{hm(m)}  {t}" for m, t in zip(older, others[2:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RADIO = {  # station and programme, the item's opening (signed / unsigned), the close
    "en": ("Radio Leeds — The Papers", "{S} carries a piece by {a} headlined “{t}”:", "{S} carries a piece headlined "
           "“{t}”:", "That was the press review."),
    "fr": ("Radio Besançon — La revue de presse", "{S} publie un article de {a} intitulé « {t} » :",
           "{S} publie un article intitulé « {t} » :", "C'était la revue de presse."),
    "de": ("Radio Freiburg — Die Presseschau", "{S} bringt einen Beitrag von {a} unter der Überschrift „{t}“:",
           "{S} bringt einen Beitrag unter der Überschrift „{t}“:", "Soweit die Presseschau."),
    "es": ("Radio Valladolid — La revista de prensa", "{S} publica un artículo de {a} titulado «{t}»:",
           "{S} publica un artículo titulado «{t}»:", "Hasta aquí la revista de prensa."),
    "it": ("Radio Bergamo — La rassegna stampa", "{S} pubblica un articolo di {a} dal titolo «{t}»:",
           "{S} pubblica un articolo dal titolo «{t}»:", "Questa era la rassegna stampa."),
    "pt": ("Rádio Coimbra — A revista de imprensa", "{S} publica um artigo de {a} com o título «{t}»:",
           "{S} publica um artigo com o título «{t}»:", "Foi a revista de imprensa."),
}


# A radio programme's press review, the script of one item as the station posts it: `Station — Programme` and the
# programme's weekday date (that day's papers: the date; no date when the piece is undated), then one sentence
# naming the publication in capitals, the author and the headline in quotation marks (`SÜDDEUTSCHE ZEITUNG bringt
# einen Beitrag von A unter der Überschrift „Title“:`), the text read out, and the programme's close. The station is
# not the source; the title is the quoted headline.
def desk_s38_84(a, desk, rng):
    src = src_of(a, rng)
    station, signed, unsigned, close = RADIO[desk]
    intro = signed.format(S=src.upper(), a=joined(a["authors"], desk), t=a["title"]) if a["authors"] else \
        unsigned.format(S=src.upper(), t=a["title"])
    parts = [station] + ([dated(a, desk, weekday=True)] if a["date"] else []) + ["", intro, ""]
    parts += ["\n\n".join(a["body"]), "", close]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PRINT_NOTE = {  # dated, undated, the page's links
    "en": ("A version of this article appears in print on {d}, Section {x}, Page {p} of the national edition with "
           "the headline: {h}.", "A version of this article appears in print, Section {x}, Page {p} of the national "
           "edition with the headline: {h}.", "Order Reprints | Today’s Paper | Subscribe"),
    "fr": ("Cet article est paru dans l'édition du {d}, page {p}, sous le titre « {h} ».",
           "Cet article est paru dans l'édition imprimée, page {p}, sous le titre « {h} ».",
           "S'abonner | Le journal du jour | Archives"),
    "de": ("Dieser Artikel erschien in der Ausgabe vom {d} auf Seite {p} unter der Überschrift „{h}“.",
           "Dieser Artikel erschien in der gedruckten Ausgabe auf Seite {p} unter der Überschrift „{h}“.",
           "Abo | E-Paper | Archiv"),
    "es": ("Este artículo se publicó en la edición impresa del {d}, en la página {p}, con el titular «{h}».",
           "Este artículo se publicó en la edición impresa, en la página {p}, con el titular «{h}».",
           "Suscríbete | Edición impresa | Hemeroteca"),
    "it": ("Questo articolo è uscito nell'edizione cartacea del {d} a pagina {p} con il titolo «{h}».",
           "Questo articolo è uscito nell'edizione cartacea a pagina {p} con il titolo «{h}».",
           "Abbonati | Edicola digitale | Archivio"),
    "pt": ("Este artigo foi publicado na edição impressa de {d}, na página {p}, com o título «{h}».",
           "Este artigo foi publicado na edição impressa, na página {p}, com o título «{h}».",
           "Assinar | Edição impressa | Arquivo"),
}


STOPWORDS = set("a an and as at by for in of on or the to with au aux de des du en et la le les un une am an auf "
                "das dem den der des die ein eine im in mit und von zu al con del el en las los por y il lo nel per "
                "della di e o ao com da do dos na no os".split())


def print_headline(a):
    """The shorter headline the print edition gave the piece: its first sentence up to the first comma, eight words
    at most, without a dangling little word at the end."""
    words = lead(a["body"][0]).split(",")[0].split()[:8]
    while len(words) > 3 and words[-1].lower() in STOPWORDS:
        words.pop()
    return " ".join(words).rstrip(",.;:—-–")


# A site's article with the print-edition note at its foot: the publication, the headline, the byline, `Published
# March 3, 2026, 18:42`, the text, then `A version of this article appears in print on March 4, 2026, Section A,
# Page 12 … with the headline: <the print headline>.` (the next day; the note without a day when the piece is
# undated) and the page's links. The print headline is not the title, the print day not the date.
def desk_s38_85(a, desk, rng):
    src = src_of(a, rng)
    with_day, without, links = PRINT_NOTE[desk]
    pub, _ = STAMPS[desk]
    note = (with_day if a["date"] else without).format(
        d=a["date"] and long_date(after(a["date"], rng, 1, 1), desk), x=rng.choice("AB"), p=rng.randrange(2, 30),
        h=print_headline(a))
    parts = [src, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [f"{pub} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", note, "", links]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BRIEFS = {"en": "IN BRIEF", "fr": "EN BREF", "de": "KURZ NOTIERT", "es": "BREVES", "it": "IN BREVE", "pt": "BREVES"}


# A print page's briefs column, one brief cut out with the page's head: `Publication · weekday, date · 7`, the
# column's heading, then the brief whose headline is run into its first paragraph in capitals (`SAUDI OUTPUT FALLS —
# Saudi crude …`), its second paragraph, and the author's name in capitals set to the right. The headline is expected
# as printed (in capitals), without the text it runs into.
def desk_s38_86(a, desk, rng):
    src = src_of(a, rng)
    dash = " — " if desk == "en" else " – "
    parts = [sep_join(" · ", src, dated(a, desk, weekday=True), str(rng.randrange(2, 40))), "", BRIEFS[desk], ""]
    parts += [textwrap.fill(a["title"].upper() + dash + a["body"][0], 64, break_on_hyphens=False)]
    parts += ["", textwrap.fill(a["body"][1], 64)] if len(a["body"]) > 1 else []
    parts += [" / ".join(n.upper() for n in a["authors"]).rjust(64)] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, title=a["title"].upper(), source=src)


FEED_DESCRIPTION = {"en": "The latest business news from {s}", "fr": "Toute l'actualité économique de {s}",
                    "de": "Aktuelle Wirtschaftsnachrichten von {s}", "es": "Las últimas noticias de economía de {s}",
                    "it": "Le ultime notizie di economia da {s}", "pt": "As últimas notícias de economia do {s}"}


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


# One of the two tool formats: an RSS 2.0 feed's source saved from the browser with the item the desk wanted: the
# channel (its title: the publication; link, description, language, `lastBuildDate` a later day, generator), then the
# item: title, link, guid, `dc:creator` (when signed), `pubDate` (when dated, RFC 822), category, the description
# (the first sentence) and `content:encoded` holding the text as HTML paragraphs. The build day is not the date; the
# title is the item's, not the channel's.
def desk_s38_87(a, desk, rng):
    src = src_of(a, rng)
    home = f"https://www.{site(src)}"
    link = f"{home}/{site(SECTION[desk])[:-4]}/{rng.randrange(10 ** 6, 10 ** 7)}"
    item = [f"      <title>{html.escape(a['title'], quote=False)}</title>", f"      <link>{link}</link>",
            f'      <guid isPermaLink="true">{link}</guid>']
    item += [f"      <dc:creator>{cdata(', '.join(a['authors']))}</dc:creator>"] if a["authors"] else []
    item += [f"      <pubDate>{rfc_date(a['date'], rng)}</pubDate>"] if a["date"] else []
    item += [f"      <category>{html.escape(SECTION[desk])}</category>",
             f"      <description>{cdata(lead(a['body'][0]))}</description>",
             f"      <content:encoded>{cdata(''.join(f'<p>{html.escape(p)}</p>' for p in a['body']))}"
             "</content:encoded>"]
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "  <channel>",
             f"    <title>{html.escape(src, quote=False)}</title>",
             f'    <atom:link href="{home}/feed/" rel="self" type="application/rss+xml" />',
             f"    <link>{home}/</link>",
             f"    <description>{html.escape(FEED_DESCRIPTION[desk].format(s=src), quote=False)}</description>",
             f"    <language>{DESK_LANG[desk]}</language>",
             f"    <lastBuildDate>{rfc_date(later_day(a, rng, 1, 30), rng)}</lastBuildDate>",
             "    <generator>https://wordpress.org/?v=6.4.3</generator>", "    <item>"] + item + \
        ["    </item>", "  </channel>", "</rss>"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ANNEX = {  # the report, the annex's heading
    "en": ("Regional Energy Observatory — Annual Report {y}", "Annex {n} — Press coverage cited in chapter 2"),
    "fr": ("Observatoire régional de l'énergie — Rapport annuel {y}", "Annexe {n} — Article de presse cité au "
                                                                      "chapitre 2"),
    "de": ("Landesenergieagentur — Jahresbericht {y}", "Anlage {n} — Im Kapitel 2 zitierter Presseartikel"),
    "es": ("Observatorio Regional de la Energía — Informe anual {y}", "Anexo {n} — Artículo de prensa citado en el "
                                                                      "capítulo 2"),
    "it": ("Osservatorio regionale dell'energia — Rapporto annuale {y}", "Allegato {n} — Articolo di stampa citato "
                                                                         "nel capitolo 2"),
    "pt": ("Observatório Regional da Energia — Relatório anual {y}", "Anexo {n} — Artigo de imprensa citado no "
                                                                     "capítulo 2"),
}


def upper_family(name):
    """`Hélène Roux` -> `ROUX, Hélène`, as Spanish and Portuguese bibliographies set a name."""
    family, _, given = family_first(name).partition(", ")
    return f"{family.upper()}, {given}" if given else family.upper()


def citation(a, src, desk):
    """The desk's bibliographic reference to the article (Chicago, French, German, Spanish, Italian, Portuguese
    styles), with whichever of authors and date the article has."""
    t, names, d = a["title"], a["authors"], a["date"] and long_date(a["date"], desk)
    if desk == "en":
        comma = "" if t[-1:] in "?!" else ","
        return (f"{joined(names, desk)}, " if names else "") + f"“{t}{comma}” {src}" + (f", {d}" if d else "") + "."
    if desk == "fr":
        return sep_join(", ", names and joined(names, desk), f"« {t} »", src, d) + "."
    if desk == "de":
        return (f"{'; '.join(family_first(n) for n in names)}: " if names else "") + f"„{t}“. In: {src}" + \
            (f", {d}" if d else "") + "."
    if desk == "es":
        return (f"{'; '.join(upper_family(n) for n in names)}. " if names else "") + f"«{t}». {src}" + \
            (f", {d}" if d else "") + "."
    if desk == "it":
        return sep_join(", ", names and joined(names, desk), f"«{t}»", f"in «{src}»", d) + "."
    return (f"{'; '.join(upper_family(n) for n in names)} – " if names else "") + f"«{t}». {src}" + \
        (f", {d}" if d else "") + "."


# A report's annex reproducing a press article, as its PDF gives text: the report's running head (an observatory's
# annual report and its year, the page number at the right), the annex's heading, then the article's reference in
# the desk's bibliographic style as the only place naming it (`Hélène Roux, “Title,” The Guardian, March 3, 2026.`,
# `Roux, Hélène: „Title“. In: Süddeutsche Zeitung, 3. März 2026.`, `ROUX, Hélène. «Title». El País, …`), the text
# wrapped at 80 and the page number at the foot. The report's year is no date; the family-name-first forms name the
# same persons.
def desk_s38_89(a, desk, rng):
    src = src_of(a, rng)
    report, heading = ANNEX[desk]
    page = rng.randrange(40, 120)
    head = report.format(y=later_day(a, rng, 30, 300)[:4])
    parts = [f"{head}{' ' * max(4, 84 - len(head))}{page}", "", heading.format(n=rng.randrange(2, 9)), "",
             citation(a, src, desk), "", wrap(a["body"], 80), "", f"— {page + 1} —".center(80).rstrip()]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CMS = {  # subject, the publication sentence (who, by the author, when), the edit sentence, text label, footer
    "en": ("[Newsroom] Published: {t}", "{who}“{t}” was published on {s} by {p}{when}.", "{a}'s story ",
           "The story ", "", " at {h} on {d}", "It was last edited by {q} on {e}.", "Story text:",
           "This is an automated message from the newsroom system. Please do not reply."),
    "fr": ("[Rédaction] Publié : {t}", "L'article « {t} »{by} a été publié sur {s} par {p}{when}.", "", "",
           " de {a}", " le {d} à {h}", "Il a été modifié pour la dernière fois par {q} le {e}.",
           "Texte de l'article :", "Ceci est un message automatique du système éditorial. Merci de ne pas répondre."),
    "de": ("[Redaktion] Veröffentlicht: {t}", "Der Artikel „{t}“{by} wurde{when} von {p} auf {s} veröffentlicht.", "",
           "", " von {a}", " am {d} um {h} Uhr", "Zuletzt bearbeitet von {q} am {e}.", "Artikeltext:",
           "Dies ist eine automatische Nachricht des Redaktionssystems. Bitte nicht antworten."),
    "es": ("[Redacción] Publicado: {t}", "El artículo «{t}»{by} fue publicado en {s} por {p}{when}.", "", "",
           " de {a}", " el {d} a las {h}", "Lo editó por última vez {q} el {e}.", "Texto del artículo:",
           "Este es un mensaje automático del sistema editorial. No responda a este correo."),
    "it": ("[Redazione] Pubblicato: {t}", "L'articolo «{t}»{by} è stato pubblicato su {s} da {p}{when}.", "", "",
           " di {a}", " il {d} alle {h}", "L'ultima modifica è di {q}, il {e}.", "Testo dell'articolo:",
           "Questo è un messaggio automatico del sistema editoriale. Non rispondere."),
    "pt": ("[Redação] Publicado: {t}", "O artigo «{t}»{by} foi publicado no {s} por {p}{when}.", "", "",
           " de {a}", " a {d}, às {h}", "Foi editado pela última vez por {q} a {e}.", "Texto do artigo:",
           "Esta é uma mensagem automática do sistema editorial. Não responda."),
}


# A newsroom system's notice that a story went live, as the desk receives it: the subject line (`[Newsroom]
# Published: Title`) first, then one sentence naming the author, the headline in quotation marks, the publication,
# the colleague who published it and the day and time (`A's story “Title” was published on X by P at 18:42 on March
# 3, 2026.`; whichever the article has), a sentence on the last edit (another colleague, a later day), `Story text:`
# and the text, then the system's footer. The colleagues are not authors; the edit's day is not the date.
def desk_s38_92(a, desk, rng):
    src = src_of(a, rng)
    subject, sentence, who_signed, who_unsigned, by, when, edited, label, footer = CMS[desk]
    p, q = crew(a, rng, 2)
    names = a["authors"] and joined(a["authors"], desk)
    when = when.format(d=long_date(a["date"], desk), h=hhmm(rng)) if a["date"] else ""
    who = who_signed.format(a=names) if a["authors"] else who_unsigned
    line = sentence.format(who=who, t=a["title"], by=by.format(a=names) if a["authors"] else "", s=src, p=p,
                           when=when)
    parts = [subject.format(t=a["title"]), "", line, edited.format(q=q, e=long_date(later_day(a, rng, 1, 6), desk)),
             "", label, "", "\n\n".join(a["body"]), "", "--", footer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A phone scanning app's document exported as text: the app's default document name with the day it was scanned
# (`Adobe Scan 10 Mar 2026`, a later day in the desk's short form), then the scanned cutting: the page's folio strip
# (`14   Publication   weekday, date`), the headline, the byline, the text in a column of 46, split over two pages
# parted by a form feed, each ending with the app's `Scanned with Adobe Scan` mark. The scan's day is not the date;
# the app is not the source.
def desk_s38_93(a, desk, rng):
    src = src_of(a, rng)
    lines = columns(a["body"], 46).split("\n")
    cut = len(lines) // 2
    while cut < len(lines) - 1 and lines[cut]:
        cut += 1
    folio = "   ".join(x for x in [str(rng.randrange(2, 40)), src, dated(a, desk, weekday=True)] if x)
    parts = [f"Adobe Scan {short_date(later_day(a, rng, 1, 60), desk)}", "", folio, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [""] + lines[:cut] + ["", "Scanned with Adobe Scan", "\f"] + lines[cut + 1 if not lines[cut] else cut:] + ["", "Scanned with Adobe Scan"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


LICENCE = {  # rights desk, number, date, to, heading, grant (by, published, on), validity, regards, role, annex
    "en": ("{s} — Syndication & Permissions", "Licence no.", "Date:", "To:", "REPRINT LICENCE",
           "We hereby grant Osiris Group the non-exclusive right to reproduce the article “{t}”{by}, published in "
           "{s}{on}, in its internal press review (print and intranet, up to 250 copies).", " by {a}", " on {d}",
           "This licence is valid until {u}. Fee: €{f} plus VAT.", "Kind regards,", "Rights & Permissions",
           "Licensed text:"),
    "fr": ("{s} — Droits et licences", "Licence n°", "Date :", "À :", "AUTORISATION DE REPRODUCTION",
           "Nous autorisons le Groupe Osiris, à titre non exclusif, à reproduire l'article « {t} »{by}, paru dans "
           "{s}{on}, dans sa revue de presse interne (papier et intranet, 250 exemplaires au plus).", " de {a}",
           " le {d}", "Cette autorisation est valable jusqu'au {u}. Redevance : {f} € HT.", "Cordialement,",
           "Service Droits et licences", "Texte autorisé :"),
    "de": ("{s} — Lizenzen & Nachdrucke", "Lizenz-Nr.", "Datum:", "An:", "NACHDRUCKGENEHMIGUNG",
           "Hiermit räumen wir der Osiris-Gruppe das einfache Recht ein, den Artikel „{t}“{by}, erschienen in "
           "{s}{on}, in ihrem internen Pressespiegel (Print und Intranet, bis 250 Exemplare) zu vervielfältigen.",
           " von {a}", " am {d}", "Die Genehmigung gilt bis zum {u}. Gebühr: {f} € zzgl. MwSt.",
           "Mit freundlichen Grüßen", "Lizenzabteilung", "Lizenzierter Text:"),
    "es": ("{s} — Derechos y licencias", "Licencia n.º", "Fecha:", "Para:", "LICENCIA DE REPRODUCCIÓN",
           "Por la presente concedemos al Grupo Osiris el derecho no exclusivo a reproducir el artículo «{t}»{by}, "
           "publicado en {s}{on}, en su resumen de prensa interno (papel e intranet, hasta 250 ejemplares).",
           " de {a}", " el {d}", "Esta licencia es válida hasta el {u}. Importe: {f} € más IVA.", "Atentamente,",
           "Departamento de Derechos", "Texto autorizado:"),
    "it": ("{s} — Diritti e licenze", "Licenza n.", "Data:", "A:", "AUTORIZZAZIONE ALLA RIPRODUZIONE",
           "Con la presente concediamo al Gruppo Osiris il diritto non esclusivo di riprodurre l'articolo «{t}»{by}, "
           "pubblicato su {s}{on}, nella propria rassegna stampa interna (carta e intranet, fino a 250 copie).",
           " di {a}", " il {d}", "L'autorizzazione è valida fino al {u}. Corrispettivo: {f} € più IVA.",
           "Cordiali saluti,", "Ufficio Diritti", "Testo autorizzato:"),
    "pt": ("{s} — Direitos e licenças", "Licença n.º", "Data:", "Para:", "LICENÇA DE REPRODUÇÃO",
           "Concedemos ao Grupo Osiris o direito não exclusivo de reproduzir o artigo «{t}»{by}, publicado no "
           "{s}{on}, na sua revista de imprensa interna (papel e intranet, até 250 exemplares).", " de {a}", " a {d}",
           "Esta licença é válida até {u}. Valor: {f} € acrescido de IVA.", "Com os melhores cumprimentos,",
           "Departamento de Direitos", "Texto licenciado:"),
}


# A publisher's reprint licence with the licensed text annexed: the rights desk's heading, the licence number, `Date:`
# (the licence's own later day), `To:` the client's press officer, the heading, one sentence granting the right to
# reproduce `the article “Title” by A, published in Publication on March 3, 2026` (whichever the article has), the
# validity (a year later) and fee, the signer from the rights desk, then `Licensed text:` with the headline and the
# text. The licence's days are not the date; the press officer and the signer are not authors.
def desk_s38_94(a, desk, rng):
    src = src_of(a, rng)
    rights, number, date_label, to, heading, grant, by, on, valid, regards, role, annex = LICENCE[desk]
    p, q = crew(a, rng, 2)
    issued = later_day(a, rng, 5, 60)
    sentence = grant.format(t=a["title"], by=by.format(a=joined(a["authors"], desk)) if a["authors"] else "", s=src,
                            on=on.format(d=long_date(a["date"], desk)) if a["date"] else "")
    parts = [rights.format(s=src), "", f"{number} L-{issued[:4]}-{rng.randrange(1000, 9999)}",
             f"{date_label} {long_date(issued, desk)}", f"{to} {p}, Osiris Group", "", heading, "",
             textwrap.fill(sentence, 78, break_on_hyphens=False), "",
             valid.format(u=long_date(after(issued, rng, 365, 365), desk), f=rng.choice([90, 120, 180, 240])), "",
             regards, q, role, "", "", annex, "", a["title"], "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ISSUE = {"en": "From {s}, issue {n}/{y}", "fr": "Article paru dans {s} n° {n}/{y}", "de": "Aus {s} {n}/{y}",
         "es": "Publicado en {s}, número {n}/{y}", "it": "Da {s} n. {n}/{y}", "pt": "Publicado em {s} n.º {n}/{y}"}


# A weekly's article from its site, under the headline: the standfirst (the first sentence), `By A · March 3, 2026,
# 13:00` (whichever the article has), and the issue line `From Publication, issue 10/2026` (the issue's number is
# the week's, which reads like a month: it is no date; an undated piece carries the issue line alone), then the text.
def desk_s38_95(a, desk, rng):
    src = src_of(a, rng)
    day = datetime.date.fromisoformat(a["date"] or later_day(a, rng, 0, 300))
    week, year = day.isocalendar()[1], day.isocalendar()[0]
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng), a["date"] and at(a["date"], desk, rng))
    parts = [a["title"], "", lead(a["body"][0]), ""] + ([meta] if meta else [])
    parts += [ISSUE[desk].format(s=src, n=week, y=year), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s38_")}

# ---- held-out members of BLIND_S38 below: whoever tunes the reader never reads past this line ----

OCR_LABEL = {  # the agency's label, its row (OCR-damaged labels: publication, date, circulation, page), photo credit
    "en": ("MEDIA CUTT1NGS LTD", ("Cuttiug frorn: {s}", "Date: {d}", "Circ.: {c}", "Page: {p}"), "Photograpli: {f}"),
    "fr": ("LUMEN PRESSE", ("Extralt de : {s}", "du : {d}", "Tlrage : {c}", "Page : {p}"), "Pboto : {f}"),
    "de": ("MEDlENBEOBACHTUNG LUMEN", ("Ausschnltt aus: {s}", "vorn: {d}", "Aufiage: {c}", "Selte: {p}"),
           "F0to: {f}"),
    "es": ("LUMEN RECORTES DE PRENSA", ("Recortc de: {s}", "Fecha: {d}", "Tiracla: {c}", "Pág.: {p}"), "F0to: {f}"),
    "it": ("LUMEN RASSEGNE", ("Rltaglio da: {s}", "del: {d}", "Tiratura: {c}", "Pag.: {p}"), "F0to: {f}"),
    "pt": ("LUMEN CLIPPING", ("Recorte de: {s}", "Data: {d}", "Tiragern: {c}", "Pág.: {p}"), "Fotografia: {f}"),
}


def ligatures(text):
    """The `fi` and `fl` of a scanned print face as the OCR keeps them (ﬁ ﬂ)."""
    return text.replace("fi", "ﬁ").replace("fl", "ﬂ")


# A cutting scanned and OCR'd with the clipping agency's label glued above it; the label and the furniture carry the
# OCR's usual damage (`rn` for `m`, `l` for `i`, `1` for `I`, `c` for `e`), the article's own words do not: the
# agency's name, one label row `Ausschnltt aus: Publication   vorn: 03.03.2026   Aufiage: 312.000   Selte: 12`
# (the date part left out when undated), stray marks, the headline, the byline, the text in a column of 40 with
# ligatures, and the damaged photo credit. The photographer is not an author; the agency is not the source.
def desk_s38_72(a, desk, rng):
    src = src_of(a, rng)
    agency, row, credit = OCR_LABEL[desk]
    pub, day, circ, page = row
    fields = [pub.format(s=src)] + ([day.format(d=us_numeric(a["date"], desk))] if a["date"] else [])
    fields += [circ.format(c=thousands(rng.randrange(20, 400) * 1000, desk)), page.format(p=rng.randrange(2, 40))]
    parts = [rng.choice(["'  .", ",   '", ".  `"]), agency, "   ".join(fields), "", rng.choice(["|   ■", "| .", "■"]),
             "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", ligatures(columns(a["body"], 40)), "", credit.format(f=colleague(a, rng)),
              rng.choice(["~", "'", "-"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MINISTRY = {  # ministry, office and review (its day), addressee, theme, footer
    "en": ("DEPARTMENT FOR ENERGY SECURITY", "Press Office — Press review of {d}",
           "For the attention of the Secretary of State, Anne Delmas, and her private office", "ENERGY",
           "Restricted circulation — for internal use only."),
    "fr": ("MINISTÈRE DE LA TRANSITION ÉNERGÉTIQUE", "Service de presse — Revue de presse du {d}",
           "À l'attention de Mme la ministre Anne Delmas et de son cabinet", "ÉNERGIE",
           "Diffusion restreinte — usage interne."),
    "de": ("BUNDESMINISTERIUM FÜR ENERGIE", "Pressereferat — Pressespiegel vom {d}",
           "Zur Kenntnis: Frau Ministerin Anne Delmas, Leitungsstab", "ENERGIE",
           "Nur für den Dienstgebrauch."),
    "es": ("MINISTERIO PARA LA TRANSICIÓN ENERGÉTICA", "Gabinete de Prensa — Resumen de prensa del {d}",
           "A la atención de la ministra Anne Delmas y de su gabinete", "ENERGÍA",
           "Difusión restringida — uso interno."),
    "it": ("MINISTERO DELLA TRANSIZIONE ENERGETICA", "Ufficio stampa — Rassegna stampa del {d}",
           "All'attenzione della ministra Anne Delmas e del suo gabinetto", "ENERGIA",
           "Diffusione riservata — uso interno."),
    "pt": ("MINISTÉRIO DA TRANSIÇÃO ENERGÉTICA", "Gabinete de Imprensa — Revista de imprensa de {d}",
           "À atenção da ministra Anne Delmas e do seu gabinete", "ENERGIA",
           "Circulação restrita — uso interno."),
}


# A ministry's press-review sheet, one item: the ministry, the press office's heading with the review's own later
# day, the minister it is addressed to, the theme with `3/12`, the headline, one line `A — Publication — 03/03/2026`
# (whichever the article has), the text, and the circulation note. The minister is not an author; the review's day is
# not the date; the ministry is not the source.
def desk_s38_75(a, desk, rng):
    src = src_of(a, rng)
    ministry, heading, addressee, theme, footer = MINISTRY[desk]
    n = rng.randrange(6, 20)
    meta = sep_join(" — ", a["authors"] and joined(a["authors"], desk), src, dated(a, desk, us_numeric))
    parts = [ministry, heading.format(d=long_date(later_day(a, rng, 1, 2), desk, weekday=True)), addressee, "",
             f"{theme} — {rng.randrange(1, n + 1)}/{n}", "", a["title"], meta, "", "\n\n".join(a["body"]), "",
             "_" * 40, footer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SPONSORED = {  # label, presented by, disclaimer
    "en": ("PARTNER CONTENT", "Presented by {b}", "This content was produced by {s}'s commercial team in partnership "
                                                 "with {b}. The newsroom was not involved in its production."),
    "fr": ("CONTENU PARTENAIRE", "Proposé par {b}", "Ce contenu a été réalisé par le service commercial de {s} en "
                                                   "partenariat avec {b}. La rédaction n'a pas participé à sa "
                                                   "réalisation."),
    "de": ("ANZEIGE · SONDERVERÖFFENTLICHUNG", "Präsentiert von {b}", "Dieser Inhalt wurde von der Anzeigenabteilung "
                                                                      "von {s} in Zusammenarbeit mit {b} erstellt. "
                                                                      "Die Redaktion war nicht beteiligt."),
    "es": ("CONTENIDO PATROCINADO", "Ofrecido por {b}", "Este contenido ha sido elaborado por el equipo comercial de "
                                                        "{s} en colaboración con {b}. La redacción no ha participado."),
    "it": ("CONTENUTO SPONSORIZZATO", "In collaborazione con {b}", "Questo contenuto è stato realizzato dalla "
                                                                   "divisione commerciale di {s} con {b}. La "
                                                                   "redazione non ha partecipato."),
    "pt": ("CONTEÚDO PATROCINADO", "Apresentado por {b}", "Este conteúdo foi produzido pela equipa comercial do {s} "
                                                          "em parceria com {b}. A redação não participou."),
}


# A publication's partner content: the masthead, the label with the sponsor (`PARTNER CONTENT · Presented by Maison
# Duval`), the headline, the byline, the long date, the text and the disclaimer naming the publication's commercial
# team and the sponsor. The sponsor is neither author nor source: the publication is.
def desk_s38_80(a, desk, rng):
    src = src_of(a, rng)
    label, presented, disclaimer = SPONSORED[desk]
    brand = rng.choice(["Maison Duval", "Nordwind Energie", "Solaria"])
    parts = [src, "", f"{label} · {presented.format(b=brand)}", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", disclaimer.format(s=src, b=brand)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


KICKER = {"en": "ENERGY", "fr": "ÉNERGIE", "de": "ENERGIE", "es": "ENERGÍA", "it": "ENERGIA", "pt": "ENERGIA"}
CAPTION = {"en": "The plant on Monday. Photo: {p}", "fr": "L'usine, lundi. Photo : {p}",
           "de": "Das Werk am Montag. Foto: {p}", "es": "La planta, el lunes. Foto: {p}",
           "it": "Lo stabilimento lunedì. Foto: {p}", "pt": "A fábrica, na segunda-feira. Foto: {p}"}


# A page layout program's `Export > Text only` of one page, as an old layout station writes it (classic Mac line
# ends: CR alone, one line per paragraph, no blank lines), the text frames in the order they were made: the kicker,
# the headline, the standfirst, the byline, the text, the photo caption with its credit, and last the folio frame
# `12<TAB>Publication<TAB>weekday, date`. The photographer is not an author.
def desk_s38_81(a, desk, rng):
    src = src_of(a, rng)
    lines = [KICKER[desk], a["title"], lead(a["body"][0])] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    lines += list(a["body"]) + [CAPTION[desk].format(p=colleague(a, rng))]
    lines += ["\t".join(x for x in [str(rng.randrange(2, 40)), src, dated(a, desk, weekday=True)] if x)]
    return "\r".join(lines) + "\r", e_with(a, source=src)


LISTING = {  # heading, printed, user, sheet, columns (number, medium, date, page, section), end
    "en": ("PRESS DOCUMENTATION", "Printed {d} {t}", "User: {u}", "Sheet 1",
           ("No.", "Medium", "Date", "Page", "Section"), "*** END OF DOCUMENT {n} ***"),
    "fr": ("DOCUMENTATION DE PRESSE", "Imprimé le {d} {t}", "Utilisateur : {u}", "Feuille 1",
           ("N°", "Support", "Date", "Page", "Rubrique"), "*** FIN DU DOCUMENT {n} ***"),
    "de": ("PRESSEDOKUMENTATION", "Ausdruck vom {d} {t}", "Benutzer: {u}", "Blatt 1",
           ("Nr.", "Medium", "Datum", "Seite", "Ressort"), "*** ENDE DOKUMENT {n} ***"),
    "es": ("DOCUMENTACIÓN DE PRENSA", "Impreso el {d} {t}", "Usuario: {u}", "Hoja 1",
           ("N.º", "Medio", "Fecha", "Pág.", "Sección"), "*** FIN DEL DOCUMENTO {n} ***"),
    "it": ("DOCUMENTAZIONE STAMPA", "Stampato il {d} {t}", "Utente: {u}", "Foglio 1",
           ("N.", "Testata", "Data", "Pag.", "Sezione"), "*** FINE DOCUMENTO {n} ***"),
    "pt": ("DOCUMENTAÇÃO DE IMPRENSA", "Impresso a {d} {t}", "Utilizador: {u}", "Folha 1",
           ("N.º", "Meio", "Data", "Pág.", "Secção"), "*** FIM DO DOCUMENTO {n} ***"),
}


# The other tool format: a press documentation database's fixed-width listing as its report writer prints it: the
# heading with the sheet number, the printing day and time (a later day) and the user's login, then a header row and
# ONE value row aligned in columns (number, publication, numeric date, page, section; the date cell blank when
# undated) over a dashed rule, then the headline, the byline, the text wrapped at 78 and the end marker. The printing
# day is not the date; the user is not an author.
def desk_s38_82(a, desk, rng):
    src = src_of(a, rng)
    heading, printed, user, sheet, cols, end = LISTING[desk]
    login = unicodedata.normalize("NFKD", colleague(a, rng)).encode("ascii", "ignore").decode().lower().split()
    number = f"{rng.randrange(1000, 99999):05d}"
    values = [number, src, us_numeric(a["date"], desk) if a["date"] else "",
              str(rng.randrange(1, 40)), SECTION[desk]]
    widths = [max(len(c), len(v)) + 2 for c, v in zip(cols, values)]
    widths[1] = max(widths[1], 26)
    widths[2] = max(widths[2], 12)
    row = "".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
    parts = [f"{heading}{' ' * max(4, 70 - len(heading))}{sheet}",
             sep_join("    ", printed.format(d=us_numeric(later_day(a, rng, 1, 200), desk),
                                           t=hhmm(rng, 7, 19)), user.format(u=login[-1] + login[0][0])), "",
             "".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip(),
             "".join(("-" * (w - 2)).ljust(w) for w in widths).rstrip(), row, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", wrap(a["body"], 78), "", end.format(n=number)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SERIES = {  # series name, editor's note, the next part
    "en": ("The Energy Shift", "Editor's note: This is part {i} of our {n}-part series “{name}”. Read part {j}: "
                               "“{o}”.", "Next week in “{name}”: {o2}"),
    "fr": ("La grande transition", "Note de la rédaction : cet article est le volet {i} de notre série en {n} "
                                   "épisodes « {name} ». Relire le volet {j} : « {o} ».",
           "La semaine prochaine dans « {name} » : {o2}"),
    "de": ("Die Energiewende vor Ort", "Hinweis der Redaktion: Dies ist Teil {i} unserer {n}-teiligen Serie "
                                       "„{name}“. Lesen Sie auch Teil {j}: „{o}“.", "Nächste Woche in „{name}“: {o2}"),
    "es": ("La gran transición", "Nota de la redacción: esta es la entrega {i} de nuestra serie de {n} capítulos "
                                 "«{name}». Lea la entrega {j}: «{o}».", "La próxima semana en «{name}»: {o2}"),
    "it": ("La grande transizione", "Nota della redazione: questa è la puntata {i} della nostra serie in {n} "
                                    "puntate «{name}». Leggi la puntata {j}: «{o}».",
           "La prossima settimana in «{name}»: {o2}"),
    "pt": ("A grande transição", "Nota da redação: este é o episódio {i} da nossa série de {n} episódios «{name}». "
                                 "Leia o episódio {j}: «{o}».", "Na próxima semana em «{name}»: {o2}"),
}


# A piece from a series: `Publication · Section`, the editor's note on top naming the series in quotation marks, the
# part and another part's headline, then the headline, the byline, the long date, the text, and the next part's
# headline at the foot. The series' name and the other parts' headlines are not the title.
def desk_s38_88(a, desk, rng):
    src = src_of(a, rng)
    name, note, coming = SERIES[desk]
    n = rng.randrange(3, 7)
    i = rng.randrange(2, n + 1)
    o, o2 = other_titles(desk, rng, 2)
    parts = [f"{src} · {SECTION[desk]}", "", note.format(i=i, n=n, name=name, j=i - 1, o=o), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", coming.format(name=name, o2=o2)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RECEIPT = {  # heading, order no., order date, customer, item, payment, thanks, archive line (dated, undated), notice
    "en": ("{s} Archive — Order confirmation", "Order no.", "Order date", "Customer", "Item", "Payment",
           "Thank you for your order. Your article is below.", "From the archive: {s}, {d}, page {p}",
           "From the archive: {s}, page {p}", "This copy is licensed for the customer's personal use only."),
    "fr": ("Archives {s} — Confirmation de commande", "Commande n°", "Date de commande", "Client", "Article",
           "Paiement", "Merci pour votre commande. Vous trouverez votre article ci-dessous.",
           "Archives : {s}, {d}, page {p}", "Archives : {s}, page {p}",
           "Cette copie est réservée à l'usage personnel du client."),
    "de": ("{s} Archiv — Bestellbestätigung", "Bestellnummer", "Bestelldatum", "Kunde", "Artikel", "Zahlung",
           "Vielen Dank für Ihre Bestellung. Ihr Artikel folgt unten.", "Aus dem Archiv: {s}, {d}, Seite {p}",
           "Aus dem Archiv: {s}, Seite {p}", "Diese Kopie ist nur für den persönlichen Gebrauch des Kunden bestimmt."),
    "es": ("Hemeroteca de {s} — Confirmación del pedido", "Pedido n.º", "Fecha del pedido", "Cliente", "Artículo",
           "Pago", "Gracias por su pedido. A continuación encontrará su artículo.",
           "Hemeroteca: {s}, {d}, página {p}", "Hemeroteca: {s}, página {p}",
           "Esta copia es solo para el uso personal del cliente."),
    "it": ("Archivio {s} — Conferma d'ordine", "Ordine n.", "Data ordine", "Cliente", "Articolo", "Pagamento",
           "Grazie per il tuo ordine. Trovi l'articolo qui sotto.", "Dall'archivio: {s}, {d}, pagina {p}",
           "Dall'archivio: {s}, pagina {p}", "Questa copia è riservata all'uso personale del cliente."),
    "pt": ("Arquivo {s} — Confirmação da encomenda", "Encomenda n.º", "Data da encomenda", "Cliente", "Artigo",
           "Pagamento", "Obrigado pela sua encomenda. O seu artigo segue abaixo.", "Do arquivo: {s}, {d}, página {p}",
           "Do arquivo: {s}, página {p}", "Esta cópia destina-se apenas ao uso pessoal do cliente."),
}


# A newspaper archive's order confirmation for one article, with the article under it: the heading, the order number,
# the order day and time (a later day), the customer (a colleague, the client), the item (the headline in quotation
# marks and the price), the payment, the thanks, then the headline, `From the archive: Publication, March 3, 2026,
# page 12`, the byline, the text and the use notice. The order day is not the date; the customer is not an author.
def desk_s38_90(a, desk, rng):
    src = src_of(a, rng)
    heading, number, ordered, customer, item, payment, thanks, dated_line, undated_line, notice = RECEIPT[desk]
    c = colleague(a, rng)
    sep = " : " if desk == "fr" else ": "
    page = rng.randrange(2, 40)
    line = dated_line.format(s=src, d=long_date(a["date"], desk), p=page) if a["date"] else \
        undated_line.format(s=src, p=page)
    parts = [heading.format(s=src), "", f"{number}{sep}{rng.randrange(10 ** 6, 10 ** 7)}",
             f"{ordered}{sep}{us_numeric(later_day(a, rng, 30, 900), desk)} {hhmm(rng, 7, 22)}",
             f"{customer}{sep}{c}, Osiris Group", f"{item}{sep}{quoted(a['title'], desk)} – 1 × {'€2.99' if desk == 'en' else '2,99 €'}",
             f"{payment}{sep}Visa •••• {rng.randrange(1000, 9999)}", "", thanks, "", "=" * 60, "", a["title"], line]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "=" * 60, notice]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OUTLOOK_ALERT = {  # heading, read online, footer
    "en": ("Your media alert", "Read the article online", "You receive this alert as part of your Lumen monitoring "
                                                          "subscription. Manage alerts{u1} | Unsubscribe{u2}"),
    "fr": ("Votre alerte médias", "Lire l'article en ligne", "Vous recevez cette alerte dans le cadre de votre "
                                                             "abonnement Lumen. Gérer les alertes{u1} | "
                                                             "Se désabonner{u2}"),
    "de": ("Ihr Medien-Alert", "Artikel online lesen", "Sie erhalten diesen Alert im Rahmen Ihres Lumen-Abonnements. "
                                                       "Alerts verwalten{u1} | Abmelden{u2}"),
    "es": ("Su alerta de medios", "Leer el artículo en línea", "Recibe esta alerta como parte de su suscripción a "
                                                               "Lumen. Gestionar alertas{u1} | Darse de baja{u2}"),
    "it": ("Il tuo alert media", "Leggi l'articolo online", "Ricevi questo alert con il tuo abbonamento Lumen. "
                                                            "Gestisci gli alert{u1} | Annulla l'iscrizione{u2}"),
    "pt": ("O seu alerta de media", "Ler o artigo online", "Recebe este alerta no âmbito da sua assinatura Lumen. "
                                                           "Gerir alertas{u1} | Cancelar subscrição{u2}"),
}


def cid(rng, n):
    return f"[cid:image00{n}.png@01DA{rng.randrange(16 ** 4):04X}.{rng.randrange(16 ** 8):08X}]"


# A monitoring service's HTML alert as an Outlook client flattens it to plain text: the images as `[cid:…]`, each
# link's address in angle brackets glued after its text (`Title<https://…>`, `Publication<https://…>`), the headline,
# one line `Publication<https://…> | long date | A` (whichever the article has), the text, the online link, the
# service's footer with its links. The addresses are not part of the title or source; the service is not the source.
def desk_s38_91(a, desk, rng):
    src = src_of(a, rng)
    heading, online, footer = OUTLOOK_ALERT[desk]
    link = f"https://www.{site(src)}/{rng.randrange(10 ** 6, 10 ** 7)}"
    service = "https://alerts.lumen-monitoring.example"
    meta = sep_join(" | ", f"{src}<https://www.{site(src)}/>", dated(a, desk), a["authors"] and joined(a["authors"],
                                                                                                       desk))
    parts = [cid(rng, 1), f"{heading}<{service}/a/{rng.randrange(10 ** 5, 10 ** 6)}>", "", f"{a['title']}<{link}>",
             meta, "", "\n\n".join(a["body"]), "", f"{online}<{link}>", "", cid(rng, 2),
             footer.format(u1=f"<{service}/settings>", u2=f"<{service}/unsubscribe>")]
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


CARD = {  # archive, shelf mark, subject, keywords, author, no author, title, found in, date joiner, page, received,
    # clerk
    "en": ("PRESS ARCHIVE", "Ref.", "Subj.", "Keywords", "Auth.", "Anon.", "Title", "Source", ", ", "p.", "Recd.",
           "Clerk"),
    "fr": ("ARCHIVES DE PRESSE", "Cote", "Rubr.", "Mots-clés", "Aut.", "Anonyme", "Titre", "Réf.", " du ", "p.",
           "Reçu", "Agent"),
    "de": ("PRESSEARCHIV", "Sign.", "Sachgeb.", "Schlagw.", "Verf.", "o. V.", "Tit.", "Fundst.", " v. ", "S.", "Eing.",
           "Bearb."),
    "es": ("ARCHIVO DE PRENSA", "Sign.", "Mat.", "Descr.", "Aut.", "Anónimo", "Tít.", "Fuente", ", ", "pág.",
           "Recib.", "Resp."),
    "it": ("ARCHIVIO STAMPA", "Coll.", "Sogg.", "Parole chiave", "Aut.", "Anonimo", "Tit.", "Fonte", " del ", "p.",
           "Ricev.", "Oper."),
    "pt": ("ARQUIVO DE IMPRENSA", "Cota", "Assunto", "Palavras-chave", "Aut.", "Anónimo", "Tít.", "Fonte", ", ", "p.",
           "Receb.", "Func."),
}


# A press archive's index card, typed and kept with the cutting: the archive and the card's shelf mark, the subject,
# keywords (long words of the headline), the author family name first (`Roux, Hélène`; the archive's word for
# anonymous, such as `o. V.`, when unsigned), the headline, where it was found (`Publication v. 03.03.2026, S. 12`,
# the date left out when undated), the later day it came in with the clerk's initials, a rule, the text. The clerk is
# not an author; the day it came in is not the date; `o. V.` names no one.
def desk_s38_96(a, desk, rng):
    src = src_of(a, rng)
    archive, ref, subj, keys, auth, anon, title, found, joiner, page, recd, clerk = CARD[desk]
    words = sorted({w.strip(",.:;\"'«»„“”()?!").lower() for w in a["title"].split() if len(w) > 6})[:3]
    where = src + (joiner + us_numeric(a["date"], desk) if a["date"] else "") + f", {page} {rng.randrange(1, 40)}"
    initials = "".join(w[0] for w in colleague(a, rng).split()).lower()
    rows = [(subj, f"{SECTION[desk]} / {KICKER[desk].title()}"), (keys, "; ".join(words) or "—"),
            (auth, "; ".join(family_first(n) for n in a["authors"]) or anon), (title, a["title"]), (found, where),
            (recd, f"{us_numeric(later_day(a, rng, 1, 8), desk)}   {clerk} {initials}")]
    parts = [f"{archive}{' ' * max(4, 50 - len(archive))}{ref} {rng.choice('ABCDW')} {rng.randrange(1, 40)}/"
             f"{rng.randrange(100, 999)}", ""] + [f"{label:<14}{value}" for label, value in rows]
    parts += ["-" * 64, "", wrap(a["body"], 64)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ABOUT = {  # heading, bio line, unsigned heading, curator line, reading time
    "en": ("ABOUT THE AUTHOR", "{a} has been a correspondent for {s} since {y}. Follow | E-mail", "CURATED BY",
           "{p}, section editor, selects the day's stories for this page.", "{n} min read"),
    "fr": ("À PROPOS DE L'AUTEUR", "{a} est correspondant(e) de {s} depuis {y}. Suivre | E-mail", "SÉLECTION",
           "{p}, cheffe de rubrique, choisit les articles du jour de cette page.", "Lecture : {n} min"),
    "de": ("ÜBER DIE AUTORIN / DEN AUTOR", "{a} ist seit {y} Korrespondent(in) von {s}. Folgen | E-Mail",
           "AUSGEWÄHLT VON",
           "{p}, Ressortleitung, wählt die Texte des Tages für diese Seite aus.", "Lesezeit: {n} Min."),
    "es": ("SOBRE EL AUTOR", "{a} es corresponsal de {s} desde {y}. Seguir | Correo", "SELECCIÓN",
           "{p}, jefa de sección, elige las historias del día de esta página.", "Lectura: {n} min"),
    "it": ("L'AUTORE", "{a} è corrispondente di {s} dal {y}. Segui | E-mail", "A CURA DI",
           "{p}, caposervizio, sceglie gli articoli del giorno per questa pagina.", "Lettura: {n} min"),
    "pt": ("SOBRE O AUTOR", "{a} é correspondente do {s} desde {y}. Seguir | E-mail", "SELEÇÃO",
           "{p}, editora de secção, escolhe as histórias do dia desta página.", "Leitura: {n} min"),
}


# A site's article with its author box above the headline: the publication, the box (`ABOUT THE AUTHOR`, one line per
# author `A has been a correspondent for X since 2019. Follow | E-mail`; on an unsigned piece the box names the
# section editor who picks the page's stories instead), then the headline, `03/03/2026 · 5 min read` (the reading
# time alone when undated), the text. The section editor is not an author; the year in the bio is no date.
def desk_s38_97(a, desk, rng):
    src = src_of(a, rng)
    heading, bio, curated, curator, read = ABOUT[desk]
    year = int((a["date"] or "2024")[:4]) - rng.randrange(2, 12)
    box = [heading] + [bio.format(a=n, s=src, y=year) for n in a["authors"]] if a["authors"] else \
        [curated, curator.format(p=colleague(a, rng))]
    meta = sep_join(" · ", dated(a, desk, us_numeric), read.format(n=max(1, word_count(a) // 230)))
    parts = [src, ""] + box + ["", a["title"], meta, "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def held_out(name):
    return int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0


BLIND_S38 = {name for name in list(globals()) if name.startswith("desk_s38_")}
assert BLIND_S38 == {f"desk_s38_{n}" for n in range(72, 98)}, "BLIND_S38 numbers its layouts 72 to 97"
assert len(DEVELOPMENT) == 16 and not any(held_out(name) for name in DEVELOPMENT), "16 development layouts first"
assert all(held_out(name) for name in BLIND_S38 - DEVELOPMENT), "10 held-out layouts after the marker line"
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S38)})
