"""A seventeenth batch of 26 clipping layouts (BLIND_S39) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a file's, ticket's, slide's,
exam's or patch's own name, a prefix, nor a newspaper's name under a library's `Title` label; authors: persons who
wrote the article, never the colleague who forwards, signs, commits, reads out, archives, prepares or orders it, a
customer-service agent, a teacher or a mail system; date: the article's publication date, never the day a file was
captured, committed, bounced, crawled, printed, bought, shown on a screen, spoken in a meeting or licensed, and none
when the file states none (a teletext header's clock is the receiver's; a reel's range of days is no date); source:
the publication the file names, never the archive, the app, the service, the library, the teletext's receiver nor
the tool that produced the file).
Like BLIND_S35 to BLIND_S38, these are plain-text files a press desk really receives, each field at the top, at the
bottom or inside a sentence, labelled or not, alone or combined with another: a teletext page, a text-to-speech
SSML script, a patch mail adding the clipping to a repository, a bounced forward, a scraper's log, a microfilm
reader-printer's copy, a compliance archive's record, a meeting's spoken transcript, an exam sheet, an archive's
purchase receipt, a customer-service chat, a Wikipedia citation template, a translation job's XLIFF file, a digital
signage slide export, a clear-signed PGP mail and a licensed PDF with a personalised watermark; ten more are
held-out.

The layouts are numbered from 106 to 131 (the numbers 98 to 123 that would follow BLIND_S38 do not split 16/10 by
text_eval.py's hash; 106 to 131 is the first range from 98 on that does) so that sixteen fall in development (first)
and ten held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading
the reader (Sources/) or its misses, nor the held-out part of clipping_layouts.py or clipping_layouts_s25.py to
_s38.py: nobody tunes on any of them when written; BLIND_S39's development members are only scored (text_eval.py
prints their misses with `--show-s39-development` alone). Scored untuned by the main branch's release binary at
3a36fd8 (title exact / authors F1 / date / source): development 0.243 / 0.225 / 0.508 / 0.171, 0 rejected;
held-out 0.254 / 0.280 / 0.396 / 0.219, 0 rejected.
"""
import base64
import datetime
import hashlib
import html
import re
import textwrap
import unicodedata

from clipping_layouts import LAYOUTS, MAIL, byline, columns, joined, long_date, short_date, wrap
from clipping_layouts_s28 import rfc_date
from clipping_layouts_s31 import e_with, family_first
from clipping_layouts_s35 import dated, lead, sep_join, thousands
from clipping_layouts_s36 import after, src_of, us_numeric
from clipping_layouts_s37 import STAMPS, at, crew, later_day
from clipping_layouts_s38 import DESK_LANG, QUOTE, site, word_count

def hms(rng, low=7, high=20):
    return f"{rng.randrange(low, high):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def quoted(text, desk):
    opening, closing = QUOTE[desk]
    return f"{opening}{text}{closing}"


def ends(text):
    """`text` closed by a full stop unless it already ends with one of `.!?…`."""
    return text if text[-1:] in ".!?…" else text + "."


def slug(text, n=6):
    words = re.findall(r"[a-z0-9]+", text.lower().encode("ascii", "ignore").decode())
    return "-".join(words[:n]) or "article"


def address(name):
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if c.isascii())
    return ".".join(plain.lower().split())


def b64_block(rng, lines, width=64):
    raw = bytes(rng.randrange(256) for _ in range(lines * width * 3 // 4))
    text = base64.b64encode(raw).decode()
    return [text[i:i + width] for i in range(0, len(text), width)]


# ---- development members of BLIND_S39 ----

TELETEXT = {  # service, weekday abbreviations, section, navigation footer
    "en": ("RTÉ Aertel", "Mon Tue Wed Thu Fri Sat Sun", "BUSINESS", "Next 125  Business 120  Index 100"),
    "fr": ("RTS Télétexte", "lu ma me je ve sa di", "ÉCONOMIE", "Suite 125  Économie 120  Sommaire 100"),
    "de": ("ARD Text", "Mo Di Mi Do Fr Sa So", "WIRTSCHAFT", "weiter 125  Wirtschaft 120  Übersicht 100"),
    "es": ("Teletexto RTVE", "lu ma mi ju vi sá do", "ECONOMÍA", "Sigue 125  Economía 120  Índice 100"),
    "it": ("Televideo RAI", "Lun Mar Mer Gio Ven Sab Dom", "ECONOMIA", "Segue 125  Economia 120  Indice 100"),
    "pt": ("RTP Teletexto", "seg ter qua qui sex sáb dom", "ECONOMIA", "Segue 125  Economia 120  Índice 100"),
}


# A teletext page captured from a TV card and saved as text: the header row the receiver writes (the page number, the
# service's name, the receiver's clock: a weekday and a numeric day with a two-digit year and the time, a later day
# than the piece), the section in capitals, the headline wrapped at 39 columns, then the text wrapped at 39 columns
# (the first two paragraphs, as a page holds them), and the navigation row. Teletext names no author and prints no
# date of its own: the header's clock is the receiver's, no date. The source is the teletext service.
def desk_s39_106(a, desk, rng):
    service, days, section, footer = TELETEXT[desk]
    seen = datetime.date.fromisoformat(later_day(a, rng, 1, 3))
    header = f" P124  {service}  {days.split()[seen.weekday()]} {seen.day:02d}.{seen.month:02d}.{seen.year % 100:02d}" \
             f"  {hms(rng)}"
    parts = [header, "", f" {section}", ""]
    parts += [" " + line for line in textwrap.wrap(a["title"], 38)] + [""]
    for paragraph in a["body"][:2]:
        parts += [" " + line for line in textwrap.wrap(paragraph, 38)] + [""]
    parts += [" " + footer]
    return "\n".join(parts) + "\n", e_with(a, authors=[], date=None, source=service)


SSML = {  # comment, the credit sentence parts (piece, by, in, on), the closing
    "en": ("Audio edition, prepared by {p} on {d}", "A story", " by {a}", ", published in {s}", " on {d}",
           "You have been listening to the audio edition of this article."),
    "fr": ("Édition audio, préparée par {p} le {d}", "Un article", " de {a}", ", paru dans {s}", " le {d}",
           "Vous avez écouté la version audio de cet article."),
    "de": ("Audioausgabe, vorbereitet von {p} am {d}", "Ein Artikel", " von {a}", ", erschienen in {s}", " am {d}",
           "Sie hörten die Audiofassung dieses Artikels."),
    "es": ("Edición en audio, preparada por {p} el {d}", "Un artículo", " de {a}", ", publicado en {s}", " el {d}",
           "Ha escuchado la versión en audio de este artículo."),
    "it": ("Edizione audio, preparata da {p} il {d}", "Un articolo", " di {a}", ", pubblicato su {s}", " il {d}",
           "Avete ascoltato la versione audio di questo articolo."),
    "pt": ("Edição áudio, preparada por {p} a {d}", "Um artigo", " de {a}", ", publicado no {s}", " a {d}",
           "Ouviu a versão áudio deste artigo."),
}


# A text-to-speech script (SSML 1.1) the desk's audio service sends back with the recording: the XML declaration,
# `<speak>` with the desk's language, a comment naming the colleague who prepared it and the later day, the headline
# in a slowed prosody, a pause, one sentence of credits (`A story by A, published in X on <say-as …>03-03-2026
# </say-as>.`, whichever the article has, the publication always), each paragraph in `<p>`, the closing sentence.
# The preparer is no author, the preparation day no date.
def desk_s39_107(a, desk, rng):
    src = src_of(a, rng)
    comment, piece, by, in_, on, closing = SSML[desk]
    p = crew(a, rng, 1)[0]
    credit = piece + (by.format(a=html.escape(joined(a["authors"], desk))) if a["authors"] else "")
    credit += in_.format(s=html.escape(src))
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        credit += on.format(d=f'<say-as interpret-as="date" format="dmy">{d.day:02d}-{d.month:02d}-{d.year}</say-as>')
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="{DESK_LANG[desk]}">',
             f"  <!-- {comment.format(p=p, d=later_day(a, rng, 1, 20))} -->",
             f'  <p><s><prosody rate="90%">{html.escape(a["title"], quote=False)}</prosody></s></p>',
             '  <break time="800ms"/>', f"  <p><s>{credit}.</s></p>", '  <break time="500ms"/>']
    parts += [f"  <p>{html.escape(paragraph, quote=False)}</p>" for paragraph in a["body"]]
    parts += ['  <break time="1s"/>', f"  <p><s>{closing}</s></p>", "</speak>"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PATCH = {"en": "press review: add “{t}”", "fr": "revue de presse : ajout de « {t} »",
         "de": "Pressespiegel: „{t}“ hinzugefügt", "es": "resumen de prensa: añadir «{t}»",
         "it": "rassegna stampa: aggiunto «{t}»", "pt": "revista de imprensa: adicionar «{t}»"}
PATCH_NOTE = {"en": "Requested by the communications team for Monday's review.",
              "fr": "Demandé par la communication pour la revue de lundi.",
              "de": "Von der Kommunikation für den Pressespiegel am Montag angefragt.",
              "es": "Lo pidió comunicación para el resumen del lunes.",
              "it": "Richiesto dalla comunicazione per la rassegna di lunedì.",
              "pt": "Pedido pela comunicação para a revista de segunda-feira."}


# A patch mail (`git format-patch`) adding the clipping to the press office's review repository, as a colleague sends
# it to the list: `From <hash> Mon Sep 17 00:00:00 2001`, From (the colleague), Date (the commit's later day, RFC
# form), `Subject: [PATCH] press review: add “Title”` in the desk's language, a note, the diffstat, then the diff
# creating `reviews/<year>/<week>/<slug>.txt` whose added lines (`+`) hold the headline, `Publication, long date`,
# the byline and the text wrapped at 72; git's version trailer ends it. The committer is no author; the commit's day
# is no date.
def desk_s39_108(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    when = later_day(a, rng, 1, 30)
    iso_week = datetime.date.fromisoformat(when).isocalendar()
    path = f"reviews/{iso_week[0]}/w{iso_week[1]:02d}/{slug(a['title'])}.txt"
    added = [a["title"], sep_join(", ", src, dated(a, desk))]
    added += [byline(a["authors"], desk, rng)] if a["authors"] else []
    added += [""] + wrap(a["body"], 72).split("\n")
    digest = hashlib.sha1(f"{a['key']}/{p}".encode()).hexdigest()
    parts = [f"From {digest} Mon Sep 17 00:00:00 2001", f"From: {p} <{address(p)}@osiris-group.example>",
             f"Date: {rfc_date(when, rng)}", f"Subject: [PATCH] {PATCH[desk].format(t=a['title'])}", "",
             PATCH_NOTE[desk], "", "---", f" {path} | {len(added)} {'+' * min(40, len(added))}",
             f" 1 file changed, {len(added)} insertions(+)", f" create mode 100644 {path}", "",
             f"diff --git a/{path} b/{path}", "new file mode 100644", f"index 0000000..{digest[:7]}", "--- /dev/null",
             f"+++ b/{path}", f"@@ -0,0 +1,{len(added)} @@"]
    parts += [f"+{line}" for line in added] + ["-- ", "2.43.0", ""]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FORWARD_PREFIX = {"en": "Fwd:", "fr": "TR :", "de": "WG:", "es": "RV:", "it": "I:", "pt": "Enc:"}
FORWARD_NOTE = {"en": "Please add this to tomorrow's review.", "fr": "À ajouter à la revue de demain, merci.",
                "de": "Bitte in den Pressespiegel von morgen aufnehmen.",
                "es": "Por favor, añadidlo al resumen de mañana.", "it": "Da aggiungere alla rassegna di domani, grazie.",
                "pt": "Por favor, juntem à revista de amanhã."}


# A delivery failure report (Postfix, English on every desk) returning a colleague's forward: the bounce's own header
# (From the mail system, Date a later day, `Undelivered Mail Returned to Sender`), the system's explanation with the
# recipient's `550 5.1.1 User unknown`, then `Content-Description: Undelivered Message` and the returned mail: its
# header (From the colleague, Subject the desk's forward prefix and the headline), the note, the forward banner, and
# the article pasted: the headline, `Publication – date`, the byline, the text. The mail system and the colleague are
# no authors; the bounce's and the forward's days are no date.
def desk_s39_109(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    banner = MAIL[desk][0]
    sent = later_day(a, rng, 1, 10)
    pasted = [a["title"], sep_join(" – ", src, dated(a, desk))]
    pasted += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts = ["From: MAILER-DAEMON@mx1.osiris-group.example (Mail Delivery System)", f"Date: {rfc_date(sent, rng)}",
             "Subject: Undelivered Mail Returned to Sender", f"To: {address(p)}@osiris-group.example", "",
             "This is the mail system at host mx1.osiris-group.example.", "",
             "I'm sorry to have to inform you that your message could not", "be delivered to one or more recipients. "
             "It's attached below.", "", "For further assistance, please send mail to postmaster.", "",
             "                   The mail system", "",
             "<presse-revue@osiris-group.example>: host mail.osiris-group.example[10.0.4.12] said:",
             "    550 5.1.1 <presse-revue@osiris-group.example>: Recipient address rejected: User",
             "    unknown in virtual mailbox table (in reply to RCPT TO command)", "",
             "Content-Description: Undelivered Message", "Content-Type: message/rfc822", "",
             f"From: {p} <{address(p)}@osiris-group.example>", f"Date: {rfc_date(sent, rng)}",
             f"Subject: {FORWARD_PREFIX[desk]} {a['title']}", "To: presse-revue@osiris-group.example", "",
             FORWARD_NOTE[desk], "", p, "", banner] + pasted + ["", wrap(a["body"], 76)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A scraper's log pasted by the developer who runs the desk's crawl, then the file it wrote: every line stamped with
# the crawl's later day and time and a level (`2026-04-10 09:12:01,530 INFO  fetch: GET https://… -> 200`), one
# DEBUG line carrying what the extractor found as Python values (`title='…' authors=['A'] published='1987-03-03'
# site_name='X'`; `published=None` and `authors=[]` when the page has none), a warning, the stored file's path, then
# `----- clippings/…/….txt -----` and the text. The crawl's day is no date.
def desk_s39_110(a, desk, rng):
    src = src_of(a, rng)
    day = later_day(a, rng, 1, 60)
    milli = rng.randrange(7 * 3600, 20 * 3600) * 1000
    url = f"https://www.{site(src)}/{slug(a['title'], 5)}-{rng.randrange(10 ** 5, 10 ** 6)}"
    name = f"clippings/{day}/{hashlib.sha1(url.encode()).hexdigest()[:10]}.txt"
    lines = []

    def log(level, text):
        nonlocal milli
        milli += rng.randrange(5, 900)
        second = milli // 1000
        lines.append(f"{day} {second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d},{milli % 1000:03d} "
                     f"{level:<7} {text}")

    log("INFO", "crawler: starting job press-review-daily (1 url)")
    log("INFO", f"fetch: GET {url} -> 200 ({rng.randrange(40000, 200000)} bytes, 0.{rng.randrange(10, 99)}s)")
    log("DEBUG", f"extract: title={a['title']!r} authors={a['authors']!r} published={a['date']!r} "
                 f"site_name={src!r} lang={a['lang']!r}")
    log("WARNING", "extract: no og:image, lead image skipped")
    log("INFO", f"store: wrote {name} ({len(a['body'])} paragraphs, {word_count(a)} words)")
    log("INFO", "crawler: done in 1.2s (1 ok, 0 failed)")
    parts = lines + ["", f"----- {name} -----", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MICROFILM = {  # library, collection, labels (title, reel, frame, printed), notice
    "en": ("British Library — Newspaper Reading Room", "Title:", "Reel:", "Frame:", "Printed:",
           "Copy for private study and research only."),
    "fr": ("BnF — Département Droit, économie, politique", "Titre :", "Bobine :", "Vue :", "Imprimé le :",
           "Copie réservée à l'usage privé du copiste."),
    "de": ("Staatsbibliothek zu Berlin — Zeitungsabteilung", "Titel:", "Rolle:", "Aufnahme:", "Gedruckt:",
           "Kopie nur zum privaten wissenschaftlichen Gebrauch."),
    "es": ("Biblioteca Nacional de España — Hemeroteca", "Título:", "Rollo:", "Fotograma:", "Impreso:",
           "Copia solo para uso privado y de investigación."),
    "it": ("Biblioteca Nazionale Centrale di Firenze — Emeroteca", "Titolo:", "Bobina:", "Fotogramma:", "Stampato:",
           "Copia per uso esclusivamente personale e di studio."),
    "pt": ("Biblioteca Nacional de Portugal — Periódicos", "Título:", "Bobina:", "Fotograma:", "Impresso:",
           "Cópia apenas para uso privado e de investigação."),
}


# A library's microfilm reader-printer copy run through OCR: the library's line, the film's record (`Title:` holding
# the NEWSPAPER's name, as libraries call it, `Reel:` with the range of the issues on the reel, two days around the
# piece's (or around a later day when undated), `Frame:`, `Printed:` a later day), the copying notice, then the page
# as filmed: the folio (`12  PUBLICATION  weekday, date`, the publication alone when undated), the headline, the
# byline and the text in a narrow hyphenated column. The newspaper under `Title:` is the source, not the title; the
# reel's days and the printing day are no date; the library is no source.
def desk_s39_112(a, desk, rng):
    src = src_of(a, rng)
    library, title_l, reel_l, frame_l, printed_l, notice = MICROFILM[desk]
    middle = a["date"] or later_day(a, rng, 200, 900)
    first, last = after(middle, rng, -9, -1), after(middle, rng, 1, 12)
    reel = f"{short_date(first, desk)} – {short_date(last, desk)}"
    folio = "  ".join(x for x in [str(rng.randrange(2, 30)), src.upper(), dated(a, desk, weekday=True)] if x)
    parts = [library, "", f"{title_l:<12}{src}", f"{reel_l:<12}MF {rng.randrange(100, 999)}/{first[:4]} ({reel})",
             f"{frame_l:<12}{rng.randrange(10, 900):04d}", f"{printed_l:<12}{us_numeric(later_day(a, rng, 300, 900), desk)}",
             notice, "", "=" * 44, "", folio, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", columns(a["body"], 44)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ARCHIVE_CONTENT = {"en": "Captured content", "fr": "Contenu capturé", "de": "Erfasster Inhalt",
                   "es": "Contenido capturado", "it": "Contenuto acquisito", "pt": "Conteúdo capturado"}


# A regulated firm's communications-archive record (English interface on every desk), printed for the press office:
# the archive's name, `Record view`, rows padded to a column (record id, capture type, Captured: a later day and time
# in UTC, Custodian: a colleague with their unit, Retention until: ten years later, legal hold, policy, hash), then
# between `---- Captured content ----` markers the web page as captured: the publication, the headline, the byline,
# the site's stamp, the text; then `Reviewed by Q on <later day>`. The custodian and reviewer are no authors; the
# capture and retention days are no date; the archive is no source.
def desk_s39_114(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    captured = later_day(a, rng, 0, 5)
    pub, _ = STAMPS[desk]
    rows = [("Record ID", f"VLA-{captured.replace('-', '')}-{rng.randrange(10 ** 5, 10 ** 6)}"),
            ("Capture type", "Web page (press coverage)"), ("Captured", f"{captured} {hms(rng)} UTC"),
            ("Custodian", f"{p} (Investor Relations)"), ("Retention until", after(captured, rng, 3652, 3652)),
            ("Legal hold", "None"), ("Policy", "COMM-07 External publications — 10 years"),
            ("SHA-256", hashlib.sha256(a["key"].encode()).hexdigest())]
    parts = ["Vaultline Compliance Archive", "Record view", ""] + [f"{k + ':':<18}{v}" for k, v in rows]
    parts += ["", f"---- {ARCHIVE_CONTENT[desk]} ----", "", src, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{pub} {at(a['date'], desk, rng)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"---- {ARCHIVE_CONTENT[desk]} ----", "",
              f"Reviewed by {q} on {later_day(a, rng, 6, 30)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SPOKEN = {  # greeting, reference (piece, by, in, on, headline), reading, thanks
    "en": ("Morning all, let's start with the coverage.", "Next, the piece", " by {a}", " in {s}", ", published on {d}",
           ", headline: {t}", "I'll read it out.", "Thanks. Next one."),
    "fr": ("Bonjour à tous, on commence par les retombées.", "Ensuite, l'article", " de {a}", " paru dans {s}",
           " le {d}", ", titré : {t}", "Je vous le lis.", "Merci. Suivant."),
    "de": ("Morgen zusammen, fangen wir mit der Presse an.", "Als Nächstes der Artikel", " von {a}", " in {s}",
           " vom {d}", ", Überschrift: {t}", "Ich lese ihn vor.", "Danke. Der nächste."),
    "es": ("Buenos días a todos, empezamos con la prensa.", "Ahora, el artículo", " de {a}", " publicado en {s}",
           " el {d}", ", titulado: {t}", "Os lo leo.", "Gracias. El siguiente."),
    "it": ("Buongiorno a tutti, partiamo dalla stampa.", "Poi, l'articolo", " di {a}", " uscito su {s}", " il {d}",
           ", titolo: {t}", "Ve lo leggo.", "Grazie. Il prossimo."),
    "pt": ("Bom dia a todos, começamos pela imprensa.", "A seguir, o artigo", " de {a}", " publicado no {s}",
           " a {d}", ", com o título: {t}", "Vou lê-lo.", "Obrigado. O seguinte."),
}


# A video meeting's automatic transcript copied from its window (Teams-like): the recording's name with the meeting's
# later day and time, its day and length, then each turn as the speaker's name and the offset (`Carmen Ortiz   1:12`)
# over what was said: the chair's greeting, a colleague naming the piece in one spoken sentence (`Next, the piece by
# A in X, published on March 3, 1987, headline: Title. I'll read it out.`, whichever the article has, the publication
# always), then reading the text, one turn a paragraph, and the chair's thanks. The speakers are no authors; the
# meeting's day is no date; the title stands inside a sentence.
def desk_s39_117(a, desk, rng):
    src = src_of(a, rng)
    hello, piece, by, in_, on, headline, read, thanks = SPOKEN[desk]
    p, q = crew(a, rng, 2)
    day = datetime.date.fromisoformat(later_day(a, rng, 1, 20))
    sentence = piece + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "") + in_.format(s=src)
    sentence += on.format(d=long_date(a["date"], desk)) if a["date"] else ""
    sentence += headline.format(t=ends(a["title"])) + " " + read
    offset = rng.randrange(20, 90)

    def turn(who, text):
        nonlocal offset
        stamp = f"{offset // 60}:{offset % 60:02d}"
        offset += 20 + len(text) // 15
        return [f"{who}   {stamp}", text, ""]

    parts = [f"Press review-{day.isoformat().replace('-', '')}_0{rng.randrange(8, 10)}{rng.randrange(10, 59)}"
             f"{rng.randrange(10, 59)}-Meeting Recording", long_date(day.isoformat(), desk),
             f"{rng.randrange(20, 50)}m {rng.randrange(60)}s", ""]
    parts += turn(p, hello) + turn(q, sentence)
    for paragraph in a["body"]:
        parts += turn(q, paragraph)
    parts += turn(p, thanks)
    return "\n".join(parts).rstrip("\n") + "\n", e_with(a, source=src)


EXAM = {  # heading, material, source label, adapted, tasks heading, tasks
    "en": ("Northfield Sixth Form College — Economics (A level) — Mock exam, paper 2 — {d}", "Source B",
           "Source:", "(abridged)", "Questions",
           ["Summarise the main points of Source B.", "Explain two factors mentioned in the text.",
            "Evaluate the likely consequences for consumers. [15 marks]"]),
    "fr": ("Lycée Victor-Hugo, Besançon — SES, terminale — Devoir surveillé n° 3 — {d}", "Document 2",
           "Source :", "(extraits)", "Travail demandé",
           ["Présentez le document 2.", "Expliquez deux mécanismes évoqués dans le texte.",
            "Discutez les conséquences pour les ménages."]),
    "de": ("Max-Planck-Gymnasium Freiburg — Politik und Wirtschaft, Q2 — Klausur Nr. 2 — {d}", "Material M2",
           "Quelle:", "(gekürzt)", "Aufgaben",
           ["Fassen Sie die Kernaussagen von M2 zusammen.", "Erläutern Sie zwei im Text genannte Faktoren.",
            "Beurteilen Sie die Folgen für die Verbraucher."]),
    "es": ("IES Miguel de Unamuno, Valladolid — Economía, 2.º de Bachillerato — Examen de la 2.ª evaluación — {d}",
           "Texto 2", "Fuente:", "(adaptado)", "Cuestiones",
           ["Resuma las ideas principales del texto 2.", "Explique dos factores mencionados en el texto.",
            "Valore las consecuencias para los consumidores."]),
    "it": ("Liceo Lorenzo Mascheroni, Bergamo — Economia, classe V — Verifica scritta n. 2 — {d}", "Documento 2",
           "Fonte:", "(adattato)", "Consegne",
           ["Riassumi i contenuti principali del documento 2.", "Spiega due fattori citati nel testo.",
            "Valuta le conseguenze per i consumatori."]),
    "pt": ("Escola Secundária José Falcão, Coimbra — Economia A, 11.º ano — Teste de avaliação n.º 2 — {d}",
           "Documento 2", "Fonte:", "(adaptado)", "Questões",
           ["Resuma as ideias principais do documento 2.", "Explique dois fatores referidos no texto.",
            "Avalie as consequências para os consumidores."]),
}


# A school's exam paper built round the article, as the teacher mails it to the press office asking for permission
# (saved as text): the school, course and exam with the exam's own later day, the material's label, the headline,
# the text, then the source line at the foot in the desk's school style (`Source: A, “Title”, X, March 3, 1987
# (abridged).`; whichever the article has, the publication always), and the questions, numbered. The exam's day is no
# date; the school is no source.
def desk_s39_118(a, desk, rng):
    src = src_of(a, rng)
    heading, material, label, adapted, tasks_head, tasks = EXAM[desk]
    reference = sep_join(", ", a["authors"] and joined(a["authors"], desk), quoted(a["title"], desk), src,
                         dated(a, desk))
    parts = [heading.format(d=long_date(later_day(a, rng, 100, 900), desk)), "", material, "", a["title"], "",
             "\n\n".join(a["body"]), "", f"{label} {reference} {adapted}", "", tasks_head, ""]
    parts += [f"{i}. {t}" for i, t in enumerate(tasks, 1)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RECEIPT = {  # archive, thanks, labels (order no, order date, item, published, in, page, author, length, price), text
    "en": ("{s} Archive — Order confirmation", "Thank you for your purchase, {p}.",
           ("Order no.", "Order date", "Item", "Published", "in", "page", "Author", "Length", "Price"),
           "words", "€2.95 (incl. VAT)", "Your article", "Your download link expires on {u}."),
    "fr": ("Archives {s} — Confirmation de commande", "Merci pour votre achat, {p}.",
           ("Commande n°", "Date de commande", "Article", "Paru le", "dans", "page", "Auteur", "Longueur", "Prix"),
           "mots", "2,95 € TTC", "Votre article", "Votre lien de téléchargement expire le {u}."),
    "de": ("{s} Archiv — Bestellbestätigung", "Vielen Dank für Ihren Einkauf, {p}.",
           ("Bestellnr.", "Bestelldatum", "Artikel", "Erschienen am", "in", "Seite", "Autor", "Länge", "Preis"),
           "Wörter", "2,95 € inkl. MwSt.", "Ihr Artikel", "Ihr Download-Link ist bis zum {u} gültig."),
    "es": ("Hemeroteca {s} — Confirmación de pedido", "Gracias por su compra, {p}.",
           ("Pedido n.º", "Fecha del pedido", "Artículo", "Publicado el", "en", "página", "Autor", "Extensión",
            "Precio"), "palabras", "2,95 € (IVA incl.)", "Su artículo", "Su enlace de descarga caduca el {u}."),
    "it": ("Archivio {s} — Conferma d'ordine", "Grazie per il tuo acquisto, {p}.",
           ("Ordine n.", "Data ordine", "Articolo", "Pubblicato il", "su", "pagina", "Autore", "Lunghezza", "Prezzo"),
           "parole", "2,95 € IVA inclusa", "Il tuo articolo", "Il link per il download scade il {u}."),
    "pt": ("Arquivo {s} — Confirmação de encomenda", "Obrigado pela sua compra, {p}.",
           ("Encomenda n.º", "Data da encomenda", "Artigo", "Publicado a", "no", "página", "Autor", "Extensão",
            "Preço"), "palavras", "2,95 € (IVA incluído)", "O seu artigo", "A sua ligação de download expira a {u}."),
}


# A publication's archive shop's order confirmation with the bought article in it: the archive's heading, the thanks
# naming the buyer (a colleague), rows `Label: value` (order number, the order's later day, the item: the headline in
# quotation marks, `Published: March 3, 1987 in X, page 14` (the publication and page alone when undated), the author
# when signed, the length in words, the price), then `Your article` with the headline and the text, and the download
# link's expiry. The buyer is no author; the order and expiry days are no date.
def desk_s39_120(a, desk, rng):
    src = src_of(a, rng)
    heading, thanks, labels, words, price, yours, expiry = RECEIPT[desk]
    order_no, order_date, item, published, in_, page, author, length, price_l = labels
    p = crew(a, rng, 1)[0]
    ordered = later_day(a, rng, 30, 900)
    rows = [(order_no, f"A-{ordered[:4]}-{rng.randrange(10 ** 5, 10 ** 6)}"), (order_date, long_date(ordered, desk)),
            (item, quoted(a["title"], desk)),
            (published, sep_join(" ", dated(a, desk), in_, src, f"({page} {rng.randrange(2, 40)})")
             if a["date"] else f"{src} ({page} {rng.randrange(2, 40)})")]
    rows += [(author, joined(a["authors"], desk))] if a["authors"] else []
    rows += [(length, f"{thousands(word_count(a), desk)} {words}"), (price_l, price)]
    parts = [heading.format(s=src), "", thanks.format(p=p), ""] + [f"{k}: {v}" for k, v in rows]
    parts += ["", "—" * 30, yours, "", a["title"], "", "\n\n".join(a["body"]), "", "—" * 30,
              expiry.format(u=long_date(after(ordered, rng, 7, 7), desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CHAT = {  # heading, started, visitor, agent, ask, offer (by, on), yes, here, bye
    "en": ("Chat transcript — {s} Customer Service", "Chat started:", "Visitor:", "Agent:",
           "Hello, I can't open an article I need for work, the page says it's for subscribers.",
           "Hello {p}, I'm sorry about that. Is it this one: {t}{by}{on}?", ", by {a}", ", published on {d}",
           "Yes, that's the one.", "Here is the text for you:", "Thanks a lot, have a nice day!"),
    "fr": ("Transcription du chat — Service clients {s}", "Début du chat :", "Visiteur :", "Conseiller :",
           "Bonjour, je n'arrive pas à ouvrir un article dont j'ai besoin, il est réservé aux abonnés.",
           "Bonjour {p}, désolée. S'agit-il de celui-ci : {t}{by}{on} ?", ", de {a}", ", paru le {d}",
           "Oui, c'est bien lui.", "Voici le texte :", "Merci beaucoup, bonne journée !"),
    "de": ("Chatprotokoll — {s} Kundenservice", "Chat begonnen:", "Besucher:", "Mitarbeiterin:",
           "Hallo, ich komme nicht an einen Artikel, den ich für die Arbeit brauche, er ist nur für Abonnenten.",
           "Hallo {p}, das tut mir leid. Ist es dieser: {t}{by}{on}?", ", von {a}", ", erschienen am {d}",
           "Ja, genau der.", "Hier ist der Text für Sie:", "Vielen Dank, schönen Tag noch!"),
    "es": ("Transcripción del chat — Atención al cliente de {s}", "Inicio del chat:", "Visitante:", "Agente:",
           "Hola, no puedo abrir un artículo que necesito para el trabajo, es solo para suscriptores.",
           "Hola, {p}, lo siento. ¿Es este: {t}{by}{on}?", ", de {a}", ", publicado el {d}",
           "Sí, ese es.", "Aquí tiene el texto:", "¡Muchas gracias, buen día!"),
    "it": ("Trascrizione della chat — Servizio clienti {s}", "Chat iniziata:", "Visitatore:", "Operatrice:",
           "Buongiorno, non riesco ad aprire un articolo che mi serve per lavoro, è riservato agli abbonati.",
           "Buongiorno {p}, mi dispiace. È questo: {t}{by}{on}?", ", di {a}", ", pubblicato il {d}",
           "Sì, è quello.", "Ecco il testo:", "Grazie mille, buona giornata!"),
    "pt": ("Transcrição do chat — Apoio ao cliente {s}", "Início do chat:", "Visitante:", "Assistente:",
           "Olá, não consigo abrir um artigo de que preciso para o trabalho, é só para assinantes.",
           "Olá {p}, lamento. É este: {t}{by}{on}?", ", de {a}", ", publicado a {d}",
           "Sim, é esse.", "Aqui tem o texto:", "Muito obrigado, bom dia!"),
}
AGENTS = ["Sofia", "Léa", "Jana", "Lucía", "Chiara", "Inês"]


# A publication's customer-service chat transcript mailed to the visitor (a colleague) after the chat: the heading
# with the publication, the chat's later start day and time, the visitor and the agent (a first name with the team),
# then the turns as `[09:12] Name: …`: the visitor's request, the agent's question naming the piece in one sentence
# (`Is it this one: “Title”, by A, published on March 3, 1987?`, whichever the article has), the visitor's yes, the
# agent pasting the text (its lines indented by two spaces), the thanks. The agent and visitor are no authors; the
# chat's day is no date; the source is the publication whose service it is.
def desk_s39_121(a, desk, rng):
    src = src_of(a, rng)
    heading, started, visitor, agent_l, ask, offer, by, on, yes, here, bye = CHAT[desk]
    p = crew(a, rng, 1)[0]
    agent = AGENTS[list(CHAT).index(desk)]
    minute = rng.randrange(8 * 60, 18 * 60)

    def say(who, text):
        nonlocal minute
        minute += rng.randrange(0, 3)
        return f"[{minute // 60:02d}:{minute % 60:02d}] {who}: {text}"

    line = offer.format(p=p.split()[0], t=quoted(a["title"], desk),
                        by=by.format(a=joined(a["authors"], desk)) if a["authors"] else "",
                        on=on.format(d=long_date(a["date"], desk)) if a["date"] else "")
    parts = [heading.format(s=src), f"{started} {long_date(later_day(a, rng, 3, 200), desk)}, {minute // 60:02d}:"
             f"{minute % 60:02d}", f"{visitor} {p}", f"{agent_l} {agent} ({src})", "", say(p, ask), say(agent, line),
             say(p, yes), say(agent, here)]
    for paragraph in a["body"]:
        parts += ["  " + l for l in textwrap.wrap(paragraph, 76)] + [""]
    parts += [say(p, bye)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def cite_template(a, src, desk, rng, url, accessed):
    """The desk's Wikipedia citation template for a news article (whichever fields the article has)."""
    names, t = a["authors"], a["title"]
    d = a["date"]
    if desk == "de":
        fields = [("autor", "; ".join(names))] if names else []
        fields += [("url", url), ("titel", t), ("werk", src)] + ([("datum", d)] if d else [])
        fields += [("abruf", accessed), ("sprache", a["lang"])]
        name = "Internetquelle"
    elif desk == "fr":
        fields = [(f"auteur{i}", n) for i, n in enumerate(names, 1)] + [("titre", t), ("périodique", src)]
        fields += [("date", long_date(d, desk))] if d else []
        fields += [("lire en ligne", url), ("consulté le", long_date(accessed, desk)), ("langue", a["lang"])]
        name = "Article"
    else:
        keys = {"en": ("last", "first", "title", "work", "date", "url", "access-date", "cite news"),
                "es": ("apellido", "nombre", "título", "obra", "fecha", "url", "fechaacceso", "cita noticia"),
                "it": ("cognome", "nome", "titolo", "pubblicazione", "data", "url", "accesso", "Cita news"),
                "pt": ("ultimo", "primeiro", "titulo", "jornal", "data", "url", "acessodata", "citar jornal")}[desk]
        last, first, title_k, work_k, date_k, url_k, access_k, name = keys
        fields = []
        for i, n in enumerate(names, 1):
            family, _, given = family_first(n).partition(", ")
            suffix = str(i) if len(names) > 1 else ""
            fields += [(last + suffix, family)] + ([(first + suffix, given)] if given else [])
        fields += [(title_k, t), (work_k, src)] + ([(date_k, long_date(d, desk))] if d else [])
        fields += [(url_k, url), (access_k, long_date(accessed, desk))]
    return "<ref>{{" + name + " " + " ".join(f"|{k}={v}" for k, v in fields) + "}}</ref>"


WIKI_NOTE = {
    "en": ("I've added this reference to the Wikipedia article on the company:", "And the source's text, for the file:"),
    "fr": ("J'ai ajouté cette référence à l'article Wikipédia sur l'entreprise :", "Et le texte de la source, pour le "
                                                                                  "dossier :"),
    "de": ("Ich habe diesen Einzelnachweis im Wikipedia-Artikel über das Unternehmen ergänzt:",
           "Und der Text der Quelle, für die Akte:"),
    "es": ("He añadido esta referencia al artículo de Wikipedia sobre la empresa:", "Y el texto de la fuente, para el "
                                                                                   "archivo:"),
    "it": ("Ho aggiunto questa nota alla voce di Wikipedia sull'azienda:", "E il testo della fonte, per l'archivio:"),
    "pt": ("Acrescentei esta referência ao artigo da Wikipédia sobre a empresa:", "E o texto da fonte, para o "
                                                                                 "arquivo:"),
}


# A colleague who keeps the company's Wikipedia article up to date, sending the desk the reference she added: a note,
# the citation as wiki markup on one line in the desk's edition's template (`<ref>{{cite news |last=Roux |first=Hélène
# |title=… |work=X |date=3 March 1987 |url=… |access-date=10 April 2026}}</ref>`, `{{Internetquelle |autor=… |titel=…
# |werk=… |datum=1987-03-03 |abruf=2026-04-10 …}}`, `{{Article |auteur1=… |titre=… |périodique=… …}}`; whichever the
# article has), a second note, the text, and her name. The access day is no date; the colleague no author.
def desk_s39_123(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    first, second = WIKI_NOTE[desk]
    url = f"https://www.{site(src)}/{slug(a['title'], 5)}"
    parts = [first, "", cite_template(a, src, desk, rng, url, later_day(a, rng, 10, 900)), "", second, "",
             "\n\n".join(a["body"]), "", p]
    return "\n".join(parts) + "\n", e_with(a, source=src)


XLIFF_NOTE = {  # the request (piece, by, in, on), the deadline
    "en": ("Article", " by {a}", ", published in {s}", " on {d}", "Please deliver by {u}."),
    "fr": ("Article", " de {a}", ", paru dans {s}", " le {d}", "Livraison souhaitée le {u}."),
    "de": ("Artikel", " von {a}", ", erschienen in {s}", " am {d}", "Bitte bis {u} liefern."),
    "es": ("Artículo", " de {a}", ", publicado en {s}", " el {d}", "Entrega antes del {u}."),
    "it": ("Articolo", " di {a}", ", pubblicato su {s}", " il {d}", "Consegna entro il {u}."),
    "pt": ("Artigo", " de {a}", ", publicado no {s}", " a {d}", "Entrega até {u}."),
}


# A translation job as the press office sends it to its agency, an XLIFF 1.2 file opened as text: the `<file>`
# element (the original document's name, the article's language as source language, a target one, the job's later
# `date`), the header's `<note>` naming the piece (`Article by A, published in X on March 3, 1987.`, whichever the
# article has, the publication always) and the deadline, the translation phase with the project manager, then one
# `<trans-unit>` per segment: `resname="headline"` the headline, then the paragraphs, each target still empty. The
# project manager is no author; the job's days are no date.
def desk_s39_124(a, desk, rng):
    src = src_of(a, rng)
    piece, by, in_, on, deadline = XLIFF_NOTE[desk]
    p = crew(a, rng, 1)[0]
    job = later_day(a, rng, 1, 30)
    note = piece + (by.format(a=joined(a["authors"], desk)) if a["authors"] else "") + in_.format(s=src)
    note += (on.format(d=long_date(a["date"], desk)) if a["date"] else "") + ". "
    note += deadline.format(u=long_date(after(job, rng, 3, 7), desk))
    target = "en" if a["lang"] != "en" else ("de" if desk == "en" else desk)
    units = [("headline", a["title"])] + [(f"p{i}", t) for i, t in enumerate(a["body"], 1)]
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" '
             'xmlns="urn:oasis:names:tc:xliff:document:1.2">',
             f'  <file original="press-review/{slug(a["title"])}.docx" source-language="{a["lang"]}" '
             f'target-language="{target}" datatype="plaintext" date="{job}T{hms(rng)}Z" '
             'product-name="Osiris press office">', "    <header>",
             f'      <note from="{html.escape(p)}">{html.escape(note, quote=False)}</note>',
             f'      <phase-group><phase phase-name="tr1" process-name="translation" contact-name="{html.escape(p)}"/>'
             "</phase-group>", "    </header>", "    <body>"]
    for ident, text in units:
        resname = ' resname="headline"' if ident == "headline" else ""
        parts += [f'      <trans-unit id="{ident}"{resname}>', f"        <source>{html.escape(text, quote=False)}</source>",
                  '        <target state="new"/>', "      </trans-unit>"]
    parts += ["    </body>", "  </file>", "</xliff>"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SIGNAGE_NOTE = {"en": "Full text for the intranet:", "fr": "Texte intégral pour l'intranet :",
                "de": "Volltext für das Intranet:", "es": "Texto completo para la intranet:",
                "it": "Testo integrale per l'intranet:", "pt": "Texto integral para a intranet:"}


# A digital-signage playlist's slide exported as text for review (English interface on every desk): the service,
# the playlist, `Slide 3 of 8 · Template: News headline · Duration: 12 s`, `Show from`/`Show until` (later days),
# the screens, then the slide's fields as `[Headline]`, `[Byline]` (when signed), `[Teaser]` (the first sentence),
# `[Footer]` (`X · March 3, 1987`, the publication alone when undated), `[QR code]`, and under a note in the desk's
# language the text. The show days are no date; the service is no source.
def desk_s39_126(a, desk, rng):
    src = src_of(a, rng)
    start = later_day(a, rng, 1, 20)
    fields = [("Headline", a["title"])] + ([("Byline", byline(a["authors"], desk, rng))] if a["authors"] else [])
    fields += [("Teaser", lead(a["body"][0])), ("Footer", sep_join(" · ", src, dated(a, desk))),
               ("QR code", f"https://www.{site(src)}/{rng.randrange(10 ** 6, 10 ** 7)}")]
    parts = ["ScreenCloud Signage — slide export", "Playlist: Lobby screens — Press",
             f"Slide {rng.randrange(2, 8)} of 8 · Template: News headline · Duration: 12 s",
             f"Show from: {start} 07:00 · Show until: {after(start, rng, 5, 9)} 23:59",
             "Screens: Lobby A, Lobby B, Canteen", "", "-" * 40]
    parts += [f"{'[' + k + ']':<12}{v}" for k, v in fields]
    parts += ["-" * 40, "", SIGNAGE_NOTE[desk], "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PGP_NOTE = {"en": "As promised, the article, signed so you can check it comes from us:",
            "fr": "Comme promis, l'article, signé pour que vous puissiez vérifier qu'il vient de nous :",
            "de": "Wie versprochen der Artikel, signiert, damit Sie die Herkunft prüfen können:",
            "es": "Como prometí, el artículo, firmado para que pueda comprobar que viene de nosotros:",
            "it": "Come promesso, l'articolo, firmato perché possiate verificarne la provenienza:",
            "pt": "Como prometido, o artigo, assinado para que possa verificar que vem de nós:"}
PGP_ROLE = {"en": "Press office, Osiris Group", "fr": "Service de presse, Groupe Osiris",
            "de": "Pressestelle, Osiris-Gruppe", "es": "Gabinete de prensa, Grupo Osiris",
            "it": "Ufficio stampa, Gruppo Osiris", "pt": "Gabinete de imprensa, Grupo Osiris"}


# A clear-signed OpenPGP message saved as text: `-----BEGIN PGP SIGNED MESSAGE-----`, `Hash: SHA256`, a press
# officer's note, the article (the headline, `X — long date`, the byline, the text wrapped at 72, any line that
# starts with a dash escaped as `- -`), the signature delimiter escaped as `- -- ` and the officer's name and office,
# then the armoured signature. The officer is no author.
def desk_s39_128(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    signed = [PGP_NOTE[desk], "", a["title"], sep_join(" — ", src, dated(a, desk))]
    signed += [byline(a["authors"], desk, rng)] if a["authors"] else []
    signed += [""] + wrap(a["body"], 72).split("\n") + ["", "-- ", p, PGP_ROLE[desk]]
    signed = [f"- {line}" if line.startswith("-") else line for line in signed]
    armour = b64_block(rng, 12)
    parts = ["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA256", ""] + signed + \
        ["-----BEGIN PGP SIGNATURE-----", ""] + armour + [f"={base64.b64encode(bytes(rng.randrange(256) for _ in range(3))).decode()}",
                                                       "-----END PGP SIGNATURE-----"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


WATERMARK = {"en": "Licensed to Osiris Group · user {p} · downloaded {d} {h} · not for redistribution",
             "fr": "Licence Groupe Osiris · utilisateur {p} · téléchargé le {d} à {h} · diffusion interdite",
             "de": "Lizenziert für Osiris-Gruppe · Nutzer {p} · heruntergeladen am {d} {h} · keine Weitergabe",
             "es": "Licenciado a Grupo Osiris · usuario {p} · descargado el {d} {h} · prohibida su difusión",
             "it": "Concesso in licenza a Gruppo Osiris · utente {p} · scaricato il {d} {h} · vietata la diffusione",
             "pt": "Licenciado ao Grupo Osiris · utilizador {p} · descarregado a {d} {h} · proibida a redistribuição"}


# A licensed PDF from the publication's content shop, copied as text: the publication, the weekday date, the
# headline, the byline, the text, and the personalised watermark the shop stamps across each page landing as a line
# of its own between paragraphs (after the first and at the foot: the licensee, the colleague who downloaded it, the
# download's later day and time), with `Page 1 / 1`. The downloader is no author; the download day no date.
def desk_s39_130(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    mark = WATERMARK[desk].format(p=p, d=us_numeric(later_day(a, rng, 1, 60), desk), h=f"{rng.randrange(7, 20):02d}:"
                                  f"{rng.randrange(60):02d}")
    parts = [src] + ([dated(a, desk, weekday=True)] if a["date"] else []) + ["", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", a["body"][0], "", mark]
    if len(a["body"]) > 1:
        parts += ["", "\n\n".join(a["body"][1:])]
    parts += ["", mark, "Page 1 / 1"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s39_")}


# ---- held-out members of BLIND_S39 below: whoever tunes the reader never reads past this line ----

# An e-discovery production's load file and extracted text as a litigation team sends them (English on every desk,
# US dates): the Concordance header row and the document's row, each field between thorns and the fields parted by
# pilcrows (BEGDOC, ENDDOC, CUSTODIAN: a colleague, DATECOLLECTED: a later day, DOCTYPE, PUBLICATION, PUBDATE: the
# piece's day or empty, HEADLINE, BYLINE: the names or empty, PAGECOUNT, TEXTPATH), then `=== TEXT\VOL001\….txt ===`
# and the text. The custodian is no author; the collection day no date; the production is no source.
def desk_s39_111(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    number = rng.randrange(1000, 90000)
    pages = 1 + len(a["body"]) // 4
    begin, end = f"OSI{number:08d}", f"OSI{number + pages - 1:08d}"
    path = f"TEXT\\VOL001\\{begin}.txt"
    fields = [("BEGDOC", begin), ("ENDDOC", end), ("CUSTODIAN", p),
              ("DATECOLLECTED", us_numeric(later_day(a, rng, 60, 900), "en")), ("DOCTYPE", "Press clipping"),
              ("PUBLICATION", src), ("PUBDATE", us_numeric(a["date"], "en") if a["date"] else ""),
              ("HEADLINE", a["title"]), ("BYLINE", "; ".join(a["authors"])), ("PAGECOUNT", str(pages)),
              ("TEXTPATH", path)]
    row = "\u00b6".join(f"\u00fe{v}\u00fe" for _, v in fields)
    parts = ["=== VOL001\\DATA\\OSI_PROD003.dat ===", "\u00b6".join(f"\u00fe{k}\u00fe" for k, _ in fields), row, "",
             f"=== {path} ===", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DEMAND = {  # firm, place and date, re (piece, by, in, on), salutation, body, regards, annex
    "en": ("Hartley & Moss LLP · Solicitors · 12 Bedford Row, London WC1R 4BU", "London, {d}",
           "Re: Unauthorised reproduction of the article {t}{by}{on}", " by {a}", ", published in {s}", " on {d}",
           "Dear Sirs,", "We act for the publisher of {s}. Our client has found the article named above reproduced "
           "in full on your website without a licence. We must ask you to remove it within seven days and to confirm "
           "in writing that you have done so.", "Yours faithfully,", "Annex 1 — the article as reproduced on your "
           "website"),
    "fr": ("Cabinet Lefort & Associés · Avocats au barreau de Paris", "Paris, le {d}",
           "Objet : reproduction non autorisée de l'article {t}{by}{on}", " de {a}", ", paru dans {s}", " le {d}",
           "Madame, Monsieur,", "Nous intervenons pour le compte de l'éditeur de {s}. Notre cliente a constaté que "
           "l'article cité en objet est reproduit intégralement sur votre site sans autorisation. Nous vous mettons "
           "en demeure de le retirer sous huit jours.", "Veuillez agréer, Madame, Monsieur, nos salutations "
           "distinguées.", "Annexe 1 — l'article tel que reproduit sur votre site"),
    "de": ("Kanzlei Brandt Wegener · Rechtsanwälte · Kaiserstraße 12, 79098 Freiburg", "Freiburg, den {d}",
           "Betreff: Unerlaubte Vervielfältigung des Artikels {t}{by}{on}", " von {a}", ", erschienen in {s}",
           " am {d}", "Sehr geehrte Damen und Herren,", "wir vertreten den Verlag von {s}. Unsere Mandantin hat "
           "festgestellt, dass der oben genannte Artikel ohne Lizenz vollständig auf Ihrer Website wiedergegeben wird. "
           "Wir fordern Sie auf, ihn binnen sieben Tagen zu entfernen.", "Mit freundlichen Grüßen",
           "Anlage K1 — der Artikel, wie er auf Ihrer Website wiedergegeben wird"),
    "es": ("Bufete Ruiz Olmedo · Abogados · Calle Santiago 14, Valladolid", "Valladolid, {d}",
           "Asunto: reproducción no autorizada del artículo {t}{by}{on}", " de {a}", ", publicado en {s}", " el {d}",
           "Muy señores nuestros:", "Actuamos en nombre del editor de {s}. Nuestro cliente ha comprobado que el "
           "artículo citado se reproduce íntegramente en su sitio web sin licencia. Les requerimos para que lo "
           "retiren en un plazo de siete días.", "Atentamente,", "Anexo 1 — el artículo tal como aparece en su web"),
    "it": ("Studio Legale Ferri Colombo · Via XX Settembre 8, Bergamo", "Bergamo, {d}",
           "Oggetto: riproduzione non autorizzata dell'articolo {t}{by}{on}", " di {a}", ", pubblicato su {s}",
           " il {d}", "Spettabile Società,", "scriviamo per conto dell'editore di {s}. La nostra assistita ha "
           "rilevato che l'articolo in oggetto è riprodotto integralmente sul Vostro sito senza licenza. Vi diffidiamo "
           "a rimuoverlo entro sette giorni.", "Distinti saluti,", "Allegato 1 — l'articolo come riprodotto sul "
           "Vostro sito"),
    "pt": ("Sociedade de Advogados Matos Pinheiro · Rua Ferreira Borges 30, Coimbra", "Coimbra, {d}",
           "Assunto: reprodução não autorizada do artigo {t}{by}{on}", " de {a}", ", publicado no {s}", " a {d}",
           "Exmos. Senhores,", "Representamos o editor do {s}. O nosso cliente verificou que o artigo em epígrafe é "
           "reproduzido na íntegra no vosso sítio sem licença. Solicitamos que o retirem no prazo de sete dias.",
           "Com os melhores cumprimentos,", "Anexo 1 — o artigo tal como reproduzido no vosso sítio"),
}


# A law firm's cease-and-desist letter for a publisher, with the article annexed, as the press office receives it
# by mail: the firm's letterhead, the place and the letter's later day, the subject line naming the piece (`Re:
# Unauthorised reproduction of the article “Title” by A, published in X on March 3, 1987`, whichever the article
# has), the salutation, the demand naming the publication, the regards and the lawyer, then the annex's heading, the
# headline and the text. The lawyer is no author; the letter's day is no date; the firm is no source.
def desk_s39_113(a, desk, rng):
    src = src_of(a, rng)
    firm, place, re_, by, in_, on, hello, body, regards, annex = DEMAND[desk]
    p = crew(a, rng, 1)[0]
    subject = re_.format(t=quoted(a["title"], desk), by=by.format(a=joined(a["authors"], desk)) if a["authors"]
                         else "", on=in_.format(s=src) + (on.format(d=long_date(a["date"], desk)) if a["date"] else ""))
    parts = [firm, "", place.format(d=long_date(later_day(a, rng, 20, 400), desk)), "",
             textwrap.fill(subject, 78, break_on_hyphens=False), "", hello, "",
             textwrap.fill(body.format(s=src), 78), "", regards, "", p, "", "", annex, "", a["title"], "",
             "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PORTFOLIO = {  # role, nav, section, back, newsroom heading
    "en": ("Freelance journalist · Berlin", "Portfolio · About · Contact", "Selected work", "← Back to portfolio",
           "{s} newsroom", "Our best stories"),
    "fr": ("Journaliste indépendante · Lyon", "Portfolio · À propos · Contact", "Articles choisis",
           "← Retour au portfolio", "Rédaction de {s}", "Nos meilleurs articles"),
    "de": ("Freie Journalistin · Hamburg", "Portfolio · Über mich · Kontakt", "Ausgewählte Arbeiten",
           "← Zurück zum Portfolio", "Redaktion {s}", "Unsere besten Geschichten"),
    "es": ("Periodista independiente · Sevilla", "Portafolio · Sobre mí · Contacto", "Trabajos seleccionados",
           "← Volver al portafolio", "Redacción de {s}", "Nuestras mejores historias"),
    "it": ("Giornalista freelance · Torino", "Portfolio · Chi sono · Contatti", "Lavori scelti",
           "← Torna al portfolio", "Redazione di {s}", "Le nostre storie migliori"),
    "pt": ("Jornalista freelancer · Porto", "Portefólio · Sobre · Contacto", "Trabalhos escolhidos",
           "← Voltar ao portefólio", "Redação do {s}", "As nossas melhores histórias"),
}


# A journalist's own portfolio site, one piece opened and copied: the journalist's name, her role and town, the site's
# menu, the section, the headline, `X · 3 Mar 1987` (the publication alone when undated), the text, the back link and
# `© 2026 Name` (a later year, no date). An unsigned piece comes from the publication's own page of chosen stories
# instead (`X newsroom`, no person). The site's owner is the author of the pieces it shows; the source is the
# publication the piece ran in.
def desk_s39_115(a, desk, rng):
    src = src_of(a, rng)
    role, nav, section, back, newsroom, best = PORTFOLIO[desk]
    year = later_day(a, rng, 100, 900)[:4]
    if a["authors"]:
        owner = joined(a["authors"], desk)
        head = [owner, role, nav, "", section]
    else:
        owner = src
        head = [newsroom.format(s=src), best]
    parts = head + ["", a["title"], sep_join(" · ", src, dated(a, desk, short_date)), "", "\n\n".join(a["body"]), "",
                    back, "", f"© {year} {owner}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A PR team's media-relations platform: one coverage activity opened and copied (English interface on every desk):
# the activity's heading, rows padded to a column (Activity type, `Coverage by` the journalist (the outlet's newsroom
# when unsigned), Outlet, Subject: the headline, Coverage date: the piece's day in the US form (`—` when undated),
# Sentiment, Reach, Campaign, Owner: a colleague, `Created 04/10/2026 by P`, `Last modified … by Q`), then
# `Description` and the text. The owner and editors are no authors; the record's days are no date; the platform is no
# source.
def desk_s39_116(a, desk, rng):
    src = src_of(a, rng)
    p, q = crew(a, rng, 2)
    created = later_day(a, rng, 0, 6)
    rows = [("Activity type", "Coverage (earned)"),
            ("Coverage by", joined(a["authors"], "en") if a["authors"] else f"{src} newsroom"), ("Outlet", src),
            ("Subject", a["title"]), ("Coverage date", us_numeric(a["date"], "en") if a["date"] else "—"),
            ("Sentiment", rng.choice(["Positive", "Neutral", "Mixed"])),
            ("Reach", f"{rng.randrange(20, 900) * 1000:,}"), ("Campaign", "Annual results 2026"), ("Owner", p),
            ("Created", f"{us_numeric(created, 'en')} by {p}"),
            ("Last modified", f"{us_numeric(after(created, rng, 0, 9), 'en')} by {q}")]
    parts = ["Relay PR — Media relations", f"Activity #{rng.randrange(10 ** 5, 10 ** 6)}", ""]
    parts += [f"{k:<16}{v}" for k, v in rows] + ["", "Description", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A court hearing's certified transcript (US, English on every desk), the pages where counsel reads an article into
# the record: each page's number at the top right, then 25 numbered lines; counsel says she will read `an article
# published in X on March 3, 1987, by A, under the headline, quote, Title, end quote` (whichever the article has), the
# judge allows it, then counsel reads the text in quotation marks, and the reporter's certificate at the end naming
# the court reporter and the hearing's later day. Counsel, the judge and the reporter are no authors; the hearing's
# day is no date; the court is no source.
def desk_s39_119(a, desk, rng):
    src = src_of(a, rng)
    p, q, r = crew(a, rng, 3)
    hearing = later_day(a, rng, 200, 900)
    counsel = f"MS. {q.split()[-1].upper()}"
    intro = f"{counsel}: Your Honor, at this point I would like to read into the record an article published in {src}"
    intro += f" on {long_date(a['date'], 'en')}" if a["date"] else ""
    intro += f", by {joined(a['authors'], 'en')}" if a["authors"] else ""
    intro += f", under the headline, quote, {a['title']}, end quote."
    spoken = [intro, "THE COURT: You may proceed.", f"{counsel}: Thank you. It reads, quote:"]
    spoken += [f"\"{paragraph}" + ("\"" if i == len(a["body"]) - 1 else "") for i, paragraph in enumerate(a["body"])]
    spoken += [f"{counsel}: End quote. Nothing further on this exhibit, Your Honor."]
    lines = []
    for text in spoken:
        lines += textwrap.wrap(text, 58)
    page = rng.randrange(30, 120)
    parts = []
    for start in range(0, len(lines), 25):
        parts += [f"{page:>66}", ""] + [f"{n:>2}   {line}" for n, line in enumerate(lines[start:start + 25], 1)] + \
            ["", "\f"]
        page += 1
    parts += ["REPORTER'S CERTIFICATE", "",
              textwrap.fill(f"I, {r}, Certified Shorthand Reporter, certify that the foregoing is a true and correct "
                            f"transcript of the proceedings held on {long_date(hearing, 'en')}.", 66), "",
              f"/s/ {r}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CODING = {  # sheet heading, variable labels, not stated, section
    "en": ("Content analysis — Coding sheet — Project MEDIA-26", ["Coder", "Coding date", "Medium", "Publication date",
                                                                  "Headline", "Author(s)", "Section", "Length (words)",
                                                                  "Main actor", "Tone"], "not stated", "Text"),
    "fr": ("Analyse de contenu — Grille de codage — Projet MEDIA-26", ["Codeur", "Date de codage", "Support",
                                                                        "Date de parution", "Titre", "Auteur(s)",
                                                                        "Rubrique", "Longueur (mots)",
                                                                        "Acteur principal", "Tonalité"],
           "non indiqué", "Texte"),
    "de": ("Inhaltsanalyse — Codebogen — Projekt MEDIA-26", ["Codierer", "Codierdatum", "Medium",
                                                             "Erscheinungsdatum", "Überschrift", "Autor(en)", "Ressort",
                                                             "Länge (Wörter)", "Hauptakteur", "Tendenz"],
           "nicht angegeben", "Text"),
    "es": ("Análisis de contenido — Ficha de codificación — Proyecto MEDIA-26", ["Codificador", "Fecha de codificación",
                                                                              "Medio", "Fecha de publicación",
                                                                              "Titular", "Autor(es)", "Sección",
                                                                              "Extensión (palabras)", "Actor principal",
                                                                              "Tono"], "no consta", "Texto"),
    "it": ("Analisi del contenuto — Scheda di codifica — Progetto MEDIA-26", ["Codificatore", "Data di codifica",
                                                                           "Testata", "Data di pubblicazione", "Titolo",
                                                                           "Autore/i", "Sezione", "Lunghezza (parole)",
                                                                           "Attore principale", "Tono"],
           "non indicato", "Testo"),
    "pt": ("Análise de conteúdo — Ficha de codificação — Projeto MEDIA-26", ["Codificador", "Data de codificação",
                                                                           "Meio", "Data de publicação", "Título",
                                                                           "Autor(es)", "Secção", "Extensão (palavras)",
                                                                           "Ator principal", "Tom"],
           "não indicado", "Texto"),
}


# A university research project's content-analysis coding sheet for the piece, mailed with it (saved as text):
# the sheet's heading and the case number, then the variables numbered `V01` to `V10`, each with its value and, where
# the codebook has one, the code (`V03 Medium: 12 = X`; the date as `dd.mm.yyyy`, `99 = not stated` when undated; the
# authors, or `99 = not stated`), the coder (a student) and the coding day (later), then the text. The coder is no
# author; the coding day no date; the project is no source.
def desk_s39_122(a, desk, rng):
    src = src_of(a, rng)
    heading, labels, unstated, text = CODING[desk]
    p = crew(a, rng, 1)[0]
    d = a["date"] and datetime.date.fromisoformat(a["date"])
    values = [f"{p} ({rng.randrange(1, 9):02d})", numeric_day(later_day(a, rng, 100, 900)),
              f"{rng.randrange(10, 40)} = {src}", f"{d.day:02d}.{d.month:02d}.{d.year}" if d else f"99 = {unstated}",
              a["title"], "; ".join(a["authors"]) if a["authors"] else f"99 = {unstated}",
              f"{rng.randrange(1, 8)} = {rng.choice(['Wirtschaft', 'Économie', 'Business'])}",
              str(word_count(a)), f"{rng.randrange(100, 400)}", f"{rng.choice([-1, 0, 1])}"]
    parts = [heading, f"Case {rng.randrange(100, 999)}", ""]
    parts += [f"V{i:02d} {label}: {value}" for i, (label, value) in enumerate(zip(labels, values), 1)]
    parts += ["", f"{text}:", "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def numeric_day(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


IMPRINT = {  # heading, rows (role, count of names), publisher line, notice
    "en": ("PUBLISHED BY", [("Editor", 1), ("Deputy editors", 2), ("Business editor", 1), ("Picture editor", 1)],
           "{s} is published by {s} Media Ltd, 90 York Way, London N1 9GU.",
           "Unsolicited manuscripts are sent at the sender's risk."),
    "fr": ("DIRECTION DE LA PUBLICATION", [("Directeur de la publication", 1), ("Rédaction en chef", 2),
                                           ("Chef du service Économie", 1), ("Photo", 1)],
           "{s} est édité par la société {s} SAS, 14 boulevard Haussmann, 75009 Paris.",
           "Reproduction interdite sans autorisation."),
    "de": ("IMPRESSUM", [("Herausgeber", 1), ("Chefredaktion", 2), ("Verantwortlich für Wirtschaft", 1),
                         ("Bildredaktion", 1)], "Verlag: {s} GmbH, Hultschiner Straße 8, 81677 München.",
           "Für unverlangt eingesandte Manuskripte keine Haftung."),
    "es": ("STAFF", [("Director", 1), ("Directores adjuntos", 2), ("Jefe de Economía", 1), ("Fotografía", 1)],
           "{s} es una publicación de Ediciones {s} S.L., Miguel Yuste 40, 28037 Madrid.",
           "Prohibida la reproducción total o parcial sin permiso."),
    "it": ("GERENZA", [("Direttore responsabile", 1), ("Vicedirettori", 2), ("Caporedattore Economia", 1),
                       ("Photo editor", 1)], "Editore: {s} S.p.A., via Solferino 28, 20121 Milano.",
           "Riproduzione vietata senza autorizzazione."),
    "pt": ("FICHA TÉCNICA", [("Diretor", 1), ("Diretores adjuntos", 2), ("Editor de Economia", 1),
                             ("Fotografia", 1)], "{s} é propriedade de {s} Comunicação S.A., Av. da Liberdade 9, Lisboa.",
           "Proibida a reprodução sem autorização."),
}
STAFF = ["Martin Keller", "Anne Lefebvre", "Javier Moreno", "Paola Ricci", "Tom Whitaker", "Joana Sousa",
         "Ingrid Haas", "Luc Marchand", "Elena Vidal", "Marco Gatti"]


# A print page copied from the publication's e-paper as text, the imprint box caught with the piece: the folio line
# (`X · weekday, date · 2`), the headline, the byline, the text, then the imprint under its heading (`IMPRESSUM`,
# `PUBLISHED BY`, `GERENZA`, …): the roles and their holders one a line (editor, deputies, the section's head, the
# picture desk), the publisher's address line and the notice. The imprint's people are no authors.
def desk_s39_125(a, desk, rng):
    src = src_of(a, rng)
    heading, roles, publisher, notice = IMPRINT[desk]
    staff = rng.sample([n for n in STAFF if n not in a["authors"]], 5)
    parts = [sep_join(" · ", src, dated(a, desk, weekday=True), str(rng.randrange(2, 9))), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", heading]
    for role, count in roles:
        parts.append(f"{role}: {joined([staff.pop() for _ in range(count)], desk)}")
    parts += [publisher.format(s=src), notice]
    return "\n".join(parts) + "\n", e_with(a, source=src)


AGGREGATOR = {  # heading, intro, read at, also covered, footer
    "en": ("Newsbeat — Your morning briefing", "Good morning, {p}. Here are today's top stories.",
           "Read the full story at {s} ›", "Also covered by", "You receive this briefing because you follow "
                                                              "“Energy” and “Markets”."),
    "fr": ("Newsbeat — Votre brief du matin", "Bonjour {p}, voici l'essentiel du jour.",
           "Lire l'article sur {s} ›", "Également couvert par", "Vous recevez ce brief car vous suivez « Énergie » "
                                                                "et « Marchés »."),
    "de": ("Newsbeat — Ihr Morgenbriefing", "Guten Morgen, {p}. Das sind die wichtigsten Themen.",
           "Ganzen Artikel bei {s} lesen ›", "Auch berichtet von", "Sie erhalten dieses Briefing, weil Sie „Energie“ "
                                                                   "und „Märkte“ folgen."),
    "es": ("Newsbeat — Tu resumen de la mañana", "Buenos días, {p}. Estas son las noticias del día.",
           "Leer la noticia completa en {s} ›", "También lo cuentan", "Recibes este resumen porque sigues «Energía» "
                                                                      "y «Mercados»."),
    "it": ("Newsbeat — Il tuo briefing del mattino", "Buongiorno {p}, ecco le notizie principali.",
           "Leggi l'articolo completo su {s} ›", "Ne parlano anche", "Ricevi questo briefing perché segui «Energia» "
                                                                     "e «Mercati»."),
    "pt": ("Newsbeat — O seu resumo da manhã", "Bom dia, {p}. Estas são as principais notícias.",
           "Ler o artigo completo no {s} ›", "Também noticiado por", "Recebe este resumo porque segue «Energia» e "
                                                                     "«Mercados»."),
}
OTHER_OUTLETS = ["Financial Times", "Les Echos", "Handelsblatt", "Expansión", "Il Sole 24 Ore", "Jornal de Negócios"]


# A news aggregator's morning briefing mail (plain-text part), one story of it in full: the briefing's heading, the
# greeting naming the reader (a colleague), then the story: `X · March 3, 1987` (the publication alone when
# undated), the headline, `by A` (when signed), the first two paragraphs, the link to the publication, `Also covered
# by` and three other outlets, then the next story's first line (another outlet and headline) and the footer. The
# aggregator is no source; the reader no author; the other outlets and headline are not the piece's.
def desk_s39_127(a, desk, rng):
    src = src_of(a, rng)
    heading, intro, read, also, footer = AGGREGATOR[desk]
    p = crew(a, rng, 1)[0]
    others = rng.sample([o for o in OTHER_OUTLETS if o != src], 4)
    by = BY_WORD[desk]
    parts = [heading, "", intro.format(p=p.split()[0]), "", "1", sep_join(" · ", src, dated(a, desk)), a["title"]]
    parts += [f"{by} {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"][:2]), "", read.format(s=src), f"{also}: {', '.join(others[:3])}", "",
              "2", f"{others[3]} · {NEXT_STORY[desk]}", "", "—", footer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BY_WORD = {"en": "by", "fr": "par", "de": "von", "es": "por", "it": "di", "pt": "por"}
NEXT_STORY = {"en": "Central bank holds rates as inflation cools", "fr": "La BCE maintient ses taux directeurs",
              "de": "Zentralbank lässt Leitzins unverändert", "es": "El BCE mantiene los tipos de interés",
              "it": "La Bce lascia invariati i tassi", "pt": "BCE mantém as taxas de juro"}


VOICE = {  # heading, today, request, response (from, by, on, title)
    "en": ("Voice history — Kitchen speaker", "Today", "“read me the news from {s}”",
           "Here's a story from {s}{by}{on}. {t} …", ", by {a}", ", from {d}"),
    "fr": ("Historique vocal — Enceinte cuisine", "Aujourd'hui", "« lis-moi les infos de {s} »",
           "Voici un article de {s}{by}{on}. {t} …", ", signé {a}", ", du {d}"),
    "de": ("Sprachverlauf — Lautsprecher Küche", "Heute", "„lies mir die Nachrichten von {s} vor“",
           "Hier ist ein Artikel von {s}{by}{on}. {t} …", ", geschrieben von {a}", ", vom {d}"),
    "es": ("Historial de voz — Altavoz cocina", "Hoy", "«léeme las noticias de {s}»",
           "Esta es una noticia de {s}{by}{on}. {t} …", ", firmada por {a}", ", del {d}"),
    "it": ("Cronologia vocale — Altoparlante cucina", "Oggi", "«leggimi le notizie di {s}»",
           "Ecco un articolo di {s}{by}{on}. {t} …", ", firmato da {a}", ", del {d}"),
    "pt": ("Histórico de voz — Coluna da cozinha", "Hoje", "«lê-me as notícias do {s}»",
           "Aqui está uma notícia do {s}{by}{on}. {t} …", ", assinada por {a}", ", de {d}"),
}


# A smart speaker's voice history copied from its app (the desk's language): the heading with the device, `Today`,
# then the entry: the time, the request as heard in quotation marks naming the publication, and the response as the
# app transcribes it, in one paragraph: `Here's a story from X, by A, from March 3, 1987. Title …` (whichever the
# article has), followed by the text as it was read out. `Today` is no date; the speaker's maker no source.
def desk_s39_129(a, desk, rng):
    src = src_of(a, rng)
    heading, today, request, response, by, on = VOICE[desk]
    line = response.format(s=src, by=by.format(a=joined(a["authors"], desk)) if a["authors"] else "",
                           on=on.format(d=long_date(a["date"], desk)) if a["date"] else "", t=ends(a["title"]))
    parts = [heading, "", today, "", f"{rng.randrange(6, 9):02d}:{rng.randrange(60):02d}", request.format(s=src), "",
             line, "", "\n\n".join(a["body"]), "", "👍  👎"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An embassy's press telegram passed to the press office (English on every desk, a telegram's capitals in its
# header): the classification, `FM` the embassy and `TO` the ministry, the telegram's own time group (a later day),
# `SUBJECT: PRESS: X ON …`, the summary paragraph naming the piece (`1. X of 3 March 1987 carries an article by A
# headlined "Title".`, whichever the article has), `2. Full text follows:`, the text, `3. Comment:` and the signer.
# The signer is no author; the telegram's day no date; the embassy no source.
def desk_s39_131(a, desk, rng):
    src = src_of(a, rng)
    p = crew(a, rng, 1)[0]
    sent = datetime.date.fromisoformat(later_day(a, rng, 1, 5))
    post = rng.choice(["BERLIN", "PARIS", "MADRID", "ROME", "LISBON"])
    summary = f"1. {src}" + (f" of {long_date(a['date'], 'en').replace(',', '')}" if a["date"] else "")
    summary += " carries an article" + (f" by {joined(a['authors'], 'en')}" if a["authors"] else "")
    summary += f' headlined "{a["title"]}".'
    group = f"{sent.day:02d}{rng.randrange(6, 20):02d}{rng.randrange(60):02d}Z {EN_MON[sent.month - 1]} {sent.year % 100:02d}"
    parts = ["OFFICIAL", f"FM {post}", "TO FCDO", group, "", f"SUBJECT: PRESS: {src.upper()} ON "
             f"{' '.join(a['title'].upper().split()[:4])}", "", textwrap.fill(summary, 72), "", "2. Full text follows:",
             "", wrap(a["body"], 72), "", "3. Comment: the piece is likely to be picked up by the regional press.", "",
             p.upper()]
    return "\n".join(parts) + "\n", e_with(a, source=src)


EN_MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


# The whole batch; text_eval.py scores its held-out members in a block of their own and keeps its development members
# out of the development figures.
BLIND_S39 = {name for name in list(globals()) if name.startswith("desk_s39_")}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S39)})
