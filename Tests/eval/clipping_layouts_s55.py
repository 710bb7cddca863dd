"""A thirty-third batch of 26 clipping layouts (BLIND_S55) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s54.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a mail's subject, a notification's or a
record's own name; authors: the persons who wrote the article, never an editor credited for the page, a photographer, a
translator, the sender of a mail, the clipper, nor the colleague whose tool stored it; date: the article's own
publication day, never a correction's, an update's, a photograph's, the desk's intake or follow-up day, a fetch's, an
index's, a message's or a notification's moment, a date in the writer's biography nor the days of events announced in a
box, and none when the file states none; source: the publication the file names, never the mail program, the database,
the cache, the message broker, the search engine, the feed reader, the notification service).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them
(their printed parts in the article's language, the desk's own stamps and notes in the desk's), half are containers or
tools' outputs a desk receives that BLIND_S24 to BLIND_S54 did not use (checked for each with keyword greps over all the
batch files, printing only file names). The sixteen development members:
a byline carrying the writer's role and a second line crediting the page's editor (`Por Hélène Roux, corresponsal en
Bruselas` / `Edited by Stefan Krüger`, the publication and long date on a line of their own); an Outlook `.msg`
converted by `msgconvert` (an `.eml` with Exchange's headers `Thread-Topic`, `Thread-Index`, `X-MS-Has-Attach`,
`X-MS-TNEF-Correlator`, a later `Date`, the colleague as `From`, `multipart/alternative` with a plain and an HTML part
holding the colleague's note and the pasted article); a correction appended at the foot with its own later day
(`Correction, March 6, 1987: An earlier version of this article …`); `mongosh`'s print of a clipping document
(`db.clippings.findOne(…)`: `ObjectId('…')`, strings in Node's quotes, `authors` as an array, `publishedOn` as
`ISODate('…')` or `null`, a `clippedBy` subdocument with the later `ISODate`); the update stamp printed above the first
publication's (`Updated March 5, 1987 at 14:02` over `Published March 3, 1987`; an undated article carries the update
line alone and states no day); `redis-cli HGETALL` of the clipping's hash (numbered `1) "headline"` lines with
redis-cli's `\\xc3\\xa9` escapes and `\\n`, or the same with `--raw`, one value a line; `published` absent when undated,
later `clipped_at` as epoch seconds); a photo caption and its credit between the paragraphs with the photograph's own
earlier day (`Photo: Carmen Ortiz / archive, 12.01.1987`); `aws dynamodb get-item` (the `Item` with typed `S`, `L`, `N`,
`BOOL` and `NULL` values, `published_on` `{"NULL": true}` when undated, a later `clipped_at` in epoch seconds, the
colleague's `clipped_by`); the desk's intake stamp and follow-up day above the clipping (`EINGANG 05.03.1987 ·
WIEDERVORLAGE 12.03.1987 · Ablage Wirtschaft`) and the edition line under the headline carrying the article's day; `kcat
-J`'s print of a Kafka message (`topic`, `partition`, `offset`, `tstype`, a later `ts` in milliseconds, `key`, `payload`
a JSON string with `headline`, `outlet`, `authors`, `publishedAt` or null, `fetchedAt`, `body`; kcat's `% Reached end of
topic` line); an op-ed whose byline carries an asterisk and whose footnote gives the writer's role with an earlier day
from her biography (`* Hélène Roux est directrice de recherche à l'Institut de politique industrielle. Son livre … a
paru le 4 mai 1985.`); a Typesense search answer (`found`, `hits` with `document` holding `headline`, `outlet`,
`authors`, `published_at` as epoch seconds (left out when undated), a later `indexed_at`, `highlights` with `<mark>`
snippets, `text_match`, `request_params`, `search_time_ms`); an agenda box at the foot announcing later days (`AGENDA` /
`TERMINE`: a hearing, a vote, a publication of figures), the publication, section and the article's long date on top;
Feedbin's API answers for a starred entry and its subscription, each after the `curl` line that asked for it
(`entries/{id}.json`: `title`, `author` the writers joined or null, `published` or null, a later `created_at`, `content`
as HTML, `extracted_content_url`; `subscriptions.json`: the feed's `title` the publication, the subscription's later
`created_at`); a translated piece with the translator's credit (`Translated from the French by Giulia Bianchi`, `Aus dem
Englischen von …`) after the text; an `ntfy` topic polled with `curl …/json?poll=1` (one JSON object a line:
`open`/`keepalive` events, a `message` event whose `title` is the headline, `message` the byline, publication and day
then the lead, `click` the link, `time` the later moment in epoch seconds, `tags`); ten more are held-out.

The layouts are numbered from 802 to 827, the first range at or after 765 that text_eval.py's hash `sha1("held-out:" +
name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names `desk_s55_{i}` and
text_eval.py's own `held_out`: every first number from 765 to 801 gives 3 to 9 held-out, 802 gives 10), so that sixteen
fall in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 52 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s54.py (clipping_layouts_s54.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py and real_articles.py were read whole; the helpers of _s31.py to _s54.py were listed by
a grep for definitions limited to the lines above each file's marker and only called, their behaviour checked by calling
them, never read; the keyword greps for formats already used ran over all the batch files, printing file names only).
Nobody tunes on any of them when written; BLIND_S55's development members are only scored (text_eval.py prints their
misses with `--show-s55-development` alone). A container that leaves an undated article without a publication day
(mongosh's and Feedbin's `null`, DynamoDB's `NULL`, the Kafka payload's null, the Redis hash's, Typesense's and ntfy's
missing field) is expected to state none, whatever later days it holds; the articles' writers are the only authors,
whatever editors, photographers, translators, senders or clippers a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s56/base.bin`; title exact / authors F1
/ date / source): development 0.579 / 0.622 / 0.762 / 0.492, 143 rejected (34 files stating no author given some);
held-out 0.854 / 0.970 / 0.885 / 0.758, 0 rejected (60 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings; every figure block
of the other layouts, development and held-out, was the same as that parser's earlier run, /work/scratch/s56's
prev.figures). Nothing was changed after the run but this paragraph and the docstring's line wrapping.
"""
import datetime
import html
import json

from clipping_layouts import MONTHS, WEEKDAYS, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s42 import numeric, url_of, ymd
from clipping_layouts_s44 import SECTION
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle
from clipping_layouts_s52 import pasted
from clipping_layouts import BY, LAYOUTS

EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SIX = ("en", "fr", "de", "es", "it", "pt")
NOTE = {"en": "For tomorrow's review, see below.", "fr": "Pour la revue de demain, voir ci-dessous.",
        "de": "Für den Pressespiegel morgen, siehe unten.", "es": "Para el resumen de mañana, ver abajo.",
        "it": "Per la rassegna di domani, vedi sotto.", "pt": "Para a revista de amanhã, ver abaixo."}
FWD = {"en": "FW:", "fr": "TR :", "de": "WG:", "es": "RV:", "it": "I:", "pt": "Enc:"}
REVIEW = {"en": "press review", "fr": "revue de presse", "de": "Pressespiegel", "es": "resumen de prensa",
          "it": "rassegna stampa", "pt": "revista de imprensa"}


def lang_of(a):
    return a["lang"] if a["lang"] in SIX else "en"


def shift(iso, days):
    return (ymd(iso) + datetime.timedelta(days=days)).isoformat()


def rfc_date(iso, h, m, offset="+0100"):
    d = ymd(iso)
    return f"{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} {h:02d}:{m:02d}:{(h + m) % 60:02d} {offset}"


def by_line(a, rng):
    """The article's byline in its own language (empty when unsigned)."""
    if not a["authors"]:
        return ""
    by, conj = BY[lang_of(a)]
    names = a["authors"]
    return f"{by} {names[0]}" if len(names) == 1 else f"{by} {', '.join(names[:-1])} {conj} {names[-1]}"


def body(a):
    return "\n\n".join(a["body"])


# ---- development members of BLIND_S55 ----

ROLE_LINE = {  # the writer's role after the byline; the page editor's credit
    "en": ("{b}, correspondent in Brussels", "Edited by {e}"),
    "fr": ("{b}, correspondante à Bruxelles", "Édition : {e}"),
    "de": ("{b}, Korrespondentin in Brüssel", "Redigiert von {e}"),
    "es": ("{b}, corresponsal en Bruselas", "Edición: {e}"),
    "it": ("{b}, corrispondente da Bruxelles", "A cura di {e}"),
    "pt": ("{b}, correspondente em Bruxelas", "Edição: {e}")}


# A story whose byline carries the writer's role (`Por Hélène Roux, corresponsal en Bruselas`) with the page editor's
# credit on the next line (`Edited by Stefan Krüger`), in the article's language: the headline, the byline and credit
# (the credit alone when unsigned), the publication and long date on a line of their own (whichever the article has),
# the text. The editor is no author.
def desk_s55_803(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    role, edit = ROLE_LINE[lg]
    editor = crew(a, rng, 1)[0]
    parts = [a["title"], ""]
    parts += [role.format(b=by_line(a, rng))] if a["authors"] else []
    parts += [edit.format(e=editor), sep_join(" – ", src, dated(a, lg)), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An Outlook message a colleague sent, saved as `.msg` and converted by `msgconvert` (Email::Outlook::Message) into
# the `.eml` the desk keeps: the transport headers Exchange wrote (`Received`, `From` the colleague, `To`, `Subject`
# `WG: <headline>` or the review's name, `Thread-Topic`, `Thread-Index`, a later `Date`, `Message-ID`,
# `Accept-Language`, `Content-Language`, `X-MS-Has-Attach`, `X-MS-TNEF-Correlator`), a `multipart/alternative` body
# with a `text/plain` and a `text/html` part, both holding the colleague's note, the article pasted (headline,
# publication and long date, byline, text) and the colleague's signature. The colleague is no author, the mail's day
# no date, Outlook no source.
def desk_s55_804(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    sent = later_day(a, rng, 0, 4)
    h, m = hm(rng)
    addr = f"{handle(who)}@press.example.org"
    subject = rng.choice([f"{FWD[desk]} {a['title']}", f"{REVIEW[desk].capitalize()} – {src}"])
    lines = [NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", who, f"{REVIEW[desk].capitalize()} · +33 1 40 00 "
                                                                      f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"]
    plain = "\r\n".join(lines)
    rich = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body " \
           "lang=\"" + desk + "\">\r\n" + "\r\n".join(f"<p class=\"MsoNormal\">{html.escape(x) or '&nbsp;'}</p>"
                                                   for x in lines) + "\r\n</body></html>"
    boundary = "_000_" + ident(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    mid = f"<{ident(rng, 40, 'ABCDEF0123456789')}@EXMBX{rng.randrange(1, 9)}.press.example.org>"
    head = [f"Received: from EXMBX{rng.randrange(1, 9)}.press.example.org (10.2.{rng.randrange(1, 250)}.{rng.randrange(1, 250)})"
            f" by EXHUB1.press.example.org with Microsoft SMTP Server id 14.3.{rng.randrange(100, 500)}.0; "
            f"{rfc_date(sent, h, m)}",
            f"From: {who} <{addr}>", "To: Revue <review@press.example.org>", f"Subject: {subject}",
            f"Thread-Topic: {subject}", f"Thread-Index: A{ident(rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789')}==",
            f"Date: {rfc_date(sent, h, m)}", f"Message-ID: {mid}",
            f"Accept-Language: {desk}-{desk.upper() if desk != 'en' else 'GB'}",
            f"Content-Language: {desk}-{desk.upper() if desk != 'en' else 'GB'}",
            "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0",
            f"Content-Type: multipart/alternative; boundary=\"{boundary}\"", ""]
    parts = [f"--{boundary}", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit",
             "Content-Disposition: inline", "", plain, "", f"--{boundary}",
             "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit",
             "Content-Disposition: inline", "", rich, "", f"--{boundary}--", ""]
    return "\r\n".join(head + parts), e_with(a, source=src)


CORRECTION = {  # label with its day, the note
    "en": ("Correction, {d}:", "An earlier version of this article misstated the size of the capacity cuts. "
                               "The figure has been corrected."),
    "fr": ("Rectificatif du {d} :", "Une version précédente de cet article indiquait un chiffre erroné pour les "
                                    "réductions de capacité. Il a été corrigé."),
    "de": ("Korrektur vom {d}:", "In einer früheren Fassung dieses Artikels war der Umfang der Kapazitätskürzungen "
                                 "falsch angegeben. Wir haben die Zahl korrigiert."),
    "es": ("Corrección del {d}:", "Una versión anterior de este artículo daba una cifra errónea de los recortes. "
                                  "Ha sido corregida."),
    "it": ("Correzione del {d}:", "Una versione precedente di questo articolo riportava una cifra errata dei tagli. "
                                  "È stata corretta."),
    "pt": ("Correção de {d}:", "Uma versão anterior deste artigo indicava um número errado dos cortes. "
                               "Foi corrigido.")}


# A story with the correction the publication appended at its foot with its own later day (`Correction, March 6,
# 1987: An earlier version …`), in the article's language: the publication on top, the headline, the byline, the long
# date with the weekday (whichever the article has), the text, the correction (its day a few days after the
# article's, or any day when undated). The correction's day is no date.
def desk_s55_805(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    label, note = CORRECTION[lg]
    parts = [src.upper() if rng.random() < 0.5 else src, "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [long_date(a["date"], lg, weekday=True)] if a["date"] else []
    parts += ["", body(a), "", f"{label.format(d=long_date(later_day(a, rng, 1, 9), lg))} {note}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def js_str(text):
    """A string as Node's util.inspect (mongosh) prints it: single quotes, double when the text holds a single one,
    backticks when it holds both."""
    esc = text.replace("\\", "\\\\").replace("\n", "\\n")
    if "'" not in esc:
        return f"'{esc}'"
    if '"' not in esc:
        return f'"{esc}"'
    if "`" not in esc and "${" not in esc:
        return f"`{esc}`"
    return "'" + esc.replace("'", "\\'") + "'"


def iso_ms(secs):
    return utc_iso(secs).replace("Z", ".000Z") if "." not in utc_iso(secs) else utc_iso(secs)


# `mongosh` connected to the desk's database, the terminal copied with its prompt: `press> db.clippings.findOne({ _id:
# ObjectId('…') })` and the document as mongosh prints it (`_id: ObjectId('…')`, strings in Node's quotes with `\n`,
# `headline`, `outlet`, `authors: [ 'A', 'B' ]` (`[]` when unsigned), `publishedOn: ISODate('1987-03-03T00:00:00.000Z')`
# or `null`, `section`, `body`, `clippedBy: { name: 'C', at: ISODate('…') }` the later moment, `tags`, `__v`). The
# colleague is no author, the clipping's moment no date, MongoDB no source.
def desk_s55_806(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    oid = ident(rng, 24, HEX)
    at = epoch_of(later_day(a, rng, 1, 6), rng)
    authors = "[ " + ", ".join(js_str(n) for n in a["authors"]) + " ]" if a["authors"] else "[]"
    pub = f"ISODate('{a['date']}T00:00:00.000Z')" if a["date"] else "null"
    lines = [f"press> db.clippings.findOne({{ _id: ObjectId('{oid}') }})", "{",
             f"  _id: ObjectId('{oid}'),", f"  headline: {js_str(a['title'])},", f"  outlet: {js_str(src)},",
             f"  authors: {authors},", f"  publishedOn: {pub},", f"  section: {js_str(SECTION[desk])},",
             f"  body: {js_str(body(a))},", "  clippedBy: {", f"    name: {js_str(who)},",
             f"    at: ISODate('{iso_ms(at)}')", "  },", f"  tags: [ {js_str(REVIEW[desk])} ],", "  __v: 0", "}",
             "press> "]
    return "\n".join(lines) + "\n", e_with(a, source=src)


STAMPS = {  # update, first publication, each with {d} and {t}
    "en": ("Updated {d} at {t}", "Published {d}"),
    "fr": ("Mis à jour le {d} à {t}", "Publié le {d}"),
    "de": ("Aktualisiert am {d} um {t} Uhr", "Erschienen am {d}"),
    "es": ("Actualizado el {d} a las {t}", "Publicado el {d}"),
    "it": ("Aggiornato il {d} alle {t}", "Pubblicato il {d}"),
    "pt": ("Atualizado em {d} às {t}", "Publicado em {d}")}


# A web story whose update stamp is printed above the first publication's (`Updated March 5, 1987 at 14:02` over
# `Published March 3, 1987`), in the article's language: the publication and section, the headline, the byline, the
# two stamps (the update alone when undated), the text. Only the publication line is the article's day; the update's
# day is no date, and an undated article (its update line alone) states none.
def desk_s55_807(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    upd, pub = STAMPS[lg]
    h, m = hm(rng)
    parts = [f"{src} › {SECTION[lg]}", "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [upd.format(d=long_date(later_day(a, rng, 1, 4), lg), t=f"{h:02d}:{m:02d}")]
    parts += [pub.format(d=long_date(a["date"], lg))] if a["date"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def redis_quoted(text):
    """A value as redis-cli prints it on a terminal: in double quotes, bytes outside printable ASCII as \\xNN."""
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\x{byte:02x}")
    return '"' + "".join(out) + '"'


# The desk's Redis cache of a clipping read with `redis-cli`, the terminal copied with its prompt: `HGETALL
# clipping:4711` and the hash's fields and values as numbered lines (` 1) "headline"`, ` 2) "…"`) with redis-cli's
# escapes (`\xc3\xa9` for each byte outside ASCII, `\n`), or the same command run with `--raw` (one field or value a
# line, the text's own line breaks kept): `headline`, `outlet`, `authors` the writers joined by `; ` (absent when
# unsigned), `published` the day (absent when undated), `url`, `body`, `clipped_by` the colleague, `clipped_at` the
# later moment in epoch seconds. The colleague is no author, `clipped_at` no date, Redis no source.
def desk_s55_808(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    key = f"clipping:{rng.randrange(100, 99999)}"
    pairs = [("headline", a["title"]), ("outlet", src)]
    pairs += [("authors", "; ".join(a["authors"]))] if a["authors"] else []
    pairs += [("published", a["date"])] if a["date"] else []
    pairs += [("url", url_of(a, src)), ("body", body(a)), ("clipped_by", who),
              ("clipped_at", str(epoch_of(later_day(a, rng, 1, 5), rng)))]
    flat = [x for pair in pairs for x in pair]
    if rng.random() < 0.5:
        width = len(str(len(flat)))
        lines = [f"127.0.0.1:6379> HGETALL {key}"] + [f"{str(i + 1).rjust(width)}) {redis_quoted(v)}"
                                                      for i, v in enumerate(flat)] + ["127.0.0.1:6379> "]
    else:
        lines = [f"$ redis-cli --raw HGETALL {key}"] + flat + ["$ "]
    return "\n".join(lines) + "\n", e_with(a, source=src)


CAPTION = {  # the caption, the credit with the photograph's own day
    "en": ("Steelworkers leaving the plant at the end of a shift.", "Photo: {p} / archive, {d}"),
    "fr": ("Des sidérurgistes quittent l'usine à la fin de leur poste.", "Photo : {p} / archives, {d}"),
    "de": ("Stahlarbeiter verlassen nach Schichtende das Werk.", "Foto: {p} / Archiv, {d}"),
    "es": ("Trabajadores siderúrgicos salen de la planta al final del turno.", "Foto: {p} / archivo, {d}"),
    "it": ("Operai siderurgici escono dallo stabilimento a fine turno.", "Foto: {p} / archivio, {d}"),
    "pt": ("Operários siderúrgicos saem da fábrica no fim do turno.", "Foto: {p} / arquivo, {d}")}


# A web story copied with the photo caption and its credit between the paragraphs, the credit carrying the
# photograph's own earlier day (`Foto: Carmen Ortiz / Archiv, 12.01.1987`), in the article's language: the headline,
# the byline and the numeric date on one line joined by ` | ` (whichever the article has), the publication, the first
# paragraph, the caption and credit lines, the rest of the text. The photographer is no author, the
# photograph's day no date.
def desk_s55_809(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    cap, credit = CAPTION[lg]
    photographer = crew(a, rng, 1)[0]
    shot = shift(a["date"] or later_day(a, rng, 1, 3), -rng.randrange(20, 400))
    top = sep_join(" | ", by_line(a, rng), numeric(a["date"], lg) if a["date"] else "")
    parts = [a["title"]] + ([top] if top else []) + [src, "", a["body"][0], "", cap,
                                                      credit.format(p=photographer, d=numeric(shot, lg)), ""]
    parts += ["\n\n".join(a["body"][1:])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The clipping as `aws dynamodb get-item --table-name PressClippings --key '{"clip_id": {"S": "…"}}'` prints it, the
# command line copied above the answer: `Item` with DynamoDB's typed values (`clip_id`, `headline`, `outlet`,
# `section`, `body` as `S`; `authors` as `L` of `S` (an empty `L` when unsigned); `published_on` as `S` or
# `{"NULL": true}` when undated; `word_count` and `clipped_at` (the later moment, epoch seconds) as `N`; `reviewed` as
# `BOOL`; `clipped_by` as `S`). The colleague is no author, `clipped_at` no date, DynamoDB no source.
def desk_s55_811(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    cid = uuid_of(rng)
    item = {"clip_id": {"S": cid}, "headline": {"S": a["title"]}, "outlet": {"S": src},
            "authors": {"L": [{"S": n} for n in a["authors"]]},
            "published_on": {"S": a["date"]} if a["date"] else {"NULL": True},
            "section": {"S": SECTION[desk]}, "body": {"S": body(a)},
            "word_count": {"N": str(sum(len(p.split()) for p in a["body"]))},
            "reviewed": {"BOOL": rng.random() < 0.5}, "clipped_by": {"S": who},
            "clipped_at": {"N": str(epoch_of(later_day(a, rng, 1, 6), rng))}}
    keys = list(item)
    rng.shuffle(keys)
    doc = {"Item": {k: item[k] for k in keys}}
    cmd = f"$ aws dynamodb get-item --table-name PressClippings --key '{{\"clip_id\": {{\"S\": \"{cid}\"}}}}'"
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False, indent=4) + "\n", e_with(a, source=src)


INTAKE = {  # intake, follow-up, filed under
    "en": ("RECEIVED {i} · FOLLOW-UP {f} · Filed: {s}", "Edition of {d}"),
    "fr": ("REÇU LE {i} · RELANCE LE {f} · Classement : {s}", "Édition du {d}"),
    "de": ("EINGANG {i} · WIEDERVORLAGE {f} · Ablage {s}", "Ausgabe vom {d}"),
    "es": ("RECIBIDO {i} · SEGUIMIENTO {f} · Archivo: {s}", "Edición del {d}"),
    "it": ("RICEVUTO {i} · RIPRESA {f} · Archivio: {s}", "Edizione del {d}"),
    "pt": ("RECEBIDO {i} · SEGUIMENTO {f} · Arquivo: {s}", "Edição de {d}")}


# A clipping with the desk's intake stamp and follow-up day on top (`EINGANG 05.03.1987 · WIEDERVORLAGE 12.03.1987 ·
# Ablage Wirtschaft`, in the desk's language), then the article in its own: the publication, the headline, the edition
# line carrying its day (`Ausgabe vom 3. März 1987`; none when undated), the byline, the text. The stamp's two days are
# the desk's, not the article's.
def desk_s55_812(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    got = later_day(a, rng, 1, 4)
    stamp = INTAKE[desk][0].format(i=numeric(got, desk), f=numeric(shift(got, rng.randrange(5, 15)), desk),
                                   s=SECTION[desk])
    parts = [stamp, "", src, a["title"]]
    parts += [INTAKE[lg][1].format(d=long_date(a["date"], lg))] if a["date"] else []
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's watch service's Kafka topic read with `kcat -C -b kafka:9092 -t press.clippings -o -1 -e -J`, the
# terminal copied: the command, one JSON line for the message (`topic`, `partition`, `offset`, `tstype` `create`, `ts`
# the later moment in milliseconds, `broker`, `headers` as a flat list, `key` the clipping's id, `payload` a JSON
# string holding `headline`, `outlet`, `authors`, `publishedAt` (null when undated), `url`, `fetchedAt` the later
# moment, `body`), then kcat's `% Reached end of topic press.clippings [0] at offset N: exiting`. Kafka's and the
# fetch's moments are no date, Kafka no source.
def desk_s55_813(a, desk, rng):
    src = src_of(a, rng)
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    h, m = hm(rng)
    payload = {"headline": a["title"], "outlet": src, "authors": a["authors"],
               "publishedAt": f"{a['date']}T{h - 1:02d}:{m:02d}:00Z" if a["date"] else None,
               "url": url_of(a, src), "lang": lang_of(a), "fetchedAt": utc_iso(secs), "body": a["body"]}
    off = rng.randrange(1000, 900000)
    msg = {"topic": "press.clippings", "partition": 0, "offset": off, "tstype": "create",
           "ts": secs * 1000 + rng.randrange(1000), "broker": rng.randrange(1, 4),
           "headers": ["producer", "watch-bot/2.3", "content-type", "application/json"],
           "key": uuid_of(rng), "payload": json.dumps(payload, ensure_ascii=False)}
    lines = ["$ kcat -C -b kafka:9092 -t press.clippings -o -1 -e -J", json.dumps(msg, ensure_ascii=False,
                                                                                  separators=(",", ":")),
             f"% Reached end of topic press.clippings [0] at offset {off + 1}: exiting"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


BIO = {  # the op-ed's kicker, the writer's footnote with a day of her biography
    "en": ("OPINION", "* {n} is a research director at the Institute for Industrial Policy. Her book on the "
                      "steel crisis was published on {d}."),
    "fr": ("TRIBUNE", "* {n} est directrice de recherche à l'Institut de politique industrielle. Son livre sur la "
                      "crise de l'acier a paru le {d}."),
    "de": ("GASTBEITRAG", "* {n} ist Forschungsdirektorin am Institut für Industriepolitik. Ihr Buch über die "
                          "Stahlkrise erschien am {d}."),
    "es": ("TRIBUNA", "* {n} es directora de investigación del Instituto de Política Industrial. Su libro sobre la "
                      "crisis del acero se publicó el {d}."),
    "it": ("OPINIONE", "* {n} è direttrice di ricerca all'Istituto di politica industriale. Il suo libro sulla crisi "
                       "dell'acciaio è uscito il {d}."),
    "pt": ("OPINIÃO", "* {n} é diretora de investigação no Instituto de Política Industrial. O seu livro sobre a "
                      "crise do aço foi publicado em {d}.")}


# An op-ed whose byline carries an asterisk (`Par Hélène Roux*`) and whose footnote gives the writer's role and a day
# of her biography years before (`* Hélène Roux est directrice de recherche … Son livre … a paru le 4 mai 1985.`), in
# the article's language: the kicker (`TRIBUNE`), the headline, the byline with the asterisk, the publication and long
# date, the text, the footnote (only for a signed piece). The biography's day is no date.
def desk_s55_816(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    kicker, bio = BIO[lg]
    parts = [kicker, a["title"]]
    parts += [by_line(a, rng) + "*"] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, lg)), "", body(a)]
    if a["authors"]:
        book = shift(a["date"] or later_day(a, rng, 1, 3), -rng.randrange(400, 3000))
        parts += ["", bio.format(n=a["authors"][0], d=long_date(book, lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A Typesense search answer from the desk's archive (`GET /collections/clippings/documents/search?q=…&query_by=
# headline,body`), kept whole: `facet_counts`, `found`, `hits` with one hit (`document` holding `id`, `headline`,
# `outlet`, `authors` (an empty list when unsigned), `published_at` the moment in epoch seconds (left out when undated),
# `body`, `indexed_at` the later moment; `highlight`/`highlights` with `<mark>` snippets, `text_match`,
# `text_match_info`), `out_of`, `page`, `request_params`, `search_cutoff`, `search_time_ms`. The index's moment is no
# date, Typesense no source.
def desk_s55_820(a, desk, rng):
    src = src_of(a, rng)
    words = [w.strip(".,:;!?«»\"'()") for w in a["title"].split() if len(w) > 4] or a["title"].split()[:1]
    q = words[0]
    docu = {"id": str(rng.randrange(1, 99999)), "headline": a["title"], "outlet": src, "authors": a["authors"]}
    if a["date"]:
        docu["published_at"] = epoch_of(a["date"], rng)
    docu.update({"section": SECTION[desk], "body": body(a), "indexed_at": epoch_of(later_day(a, rng, 1, 8), rng)})
    snippet = a["title"].replace(q, f"<mark>{q}</mark>", 1)
    hit = {"document": docu,
           "highlight": {"headline": {"matched_tokens": [q], "snippet": snippet}},
           "highlights": [{"field": "headline", "matched_tokens": [q], "snippet": snippet}],
           "text_match": 578730123365187705, "text_match_info": {"best_field_score": "1108091339008",
                                                                 "best_field_weight": 15, "fields_matched": 1,
                                                                 "score": "578730123365187705",
                                                                 "tokens_matched": 1}}
    doc = {"facet_counts": [], "found": 1, "hits": [hit], "out_of": rng.randrange(2000, 90000), "page": 1,
           "request_params": {"collection_name": "clippings", "per_page": 10, "q": q}, "search_cutoff": False,
           "search_time_ms": rng.randrange(1, 30)}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


AGENDA = {  # heading; the events, each with {d}
    "en": ("DIARY", ["{d}: hearing before the trade committee", "{d}: vote of the board",
                     "{d}: publication of the quarterly figures"]),
    "fr": ("AGENDA", ["{d} : audition devant la commission des affaires économiques", "{d} : vote du conseil",
                      "{d} : publication des chiffres trimestriels"]),
    "de": ("TERMINE", ["{d}: Anhörung im Wirtschaftsausschuss", "{d}: Abstimmung im Aufsichtsrat",
                       "{d}: Vorlage der Quartalszahlen"]),
    "es": ("AGENDA", ["{d}: comparecencia ante la comisión de Economía", "{d}: votación del consejo",
                      "{d}: publicación de las cifras trimestrales"]),
    "it": ("AGENDA", ["{d}: audizione in commissione Attività produttive", "{d}: voto del consiglio",
                      "{d}: pubblicazione dei dati trimestrali"]),
    "pt": ("AGENDA", ["{d}: audição na comissão de Economia", "{d}: votação do conselho",
                      "{d}: publicação dos números trimestrais"])}


# A story with an agenda box at its foot announcing the coming days (`TERMINE` / `AGENDA` / `DIARY`: a hearing, a
# vote, a publication of figures, each with its long date after the article's), in the article's language: the
# publication, section and long date on top joined by ` | ` (whichever the article has), the headline, the byline,
# the text, the box. The box's days are not the article's.
def desk_s55_821(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, events = AGENDA[lg]
    base = a["date"] or later_day(a, rng, 1, 3)
    days = sorted(rng.sample(range(2, 40), 3))
    parts = [sep_join(" | ", src, SECTION[lg], dated(a, lg)), "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a), "", head] + [e.format(d=long_date(shift(base, n), lg)) for e, n in zip(events, days)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def feedbin_time(secs):
    return utc_iso(secs).replace("Z", ".000000Z")


# Feedbin's API answers for an entry the colleague starred and for its subscription, each after the `curl` command
# that asked for it (`curl -u desk@…: https://api.feedbin.com/v2/entries/{id}.json`, then `…/v2/subscriptions.json`):
# the entry (`id`, `feed_id`, `title` the headline, `author` the writers joined by `, ` or null, `summary`, `content`
# as HTML, `url`, `extracted_content_url`, `published` the moment or null when undated, `created_at` the later
# moment), the subscriptions (`id`, `created_at` the subscription's earlier or later moment, `feed_id`, `title` the
# publication, `feed_url`, `site_url`). Feedbin's moments are no date, Feedbin no source.
def desk_s55_822(a, desk, rng):
    src = src_of(a, rng)
    feed = rng.randrange(100, 3_000_000)
    eid = rng.randrange(10 ** 8, 10 ** 9)
    entry = {"id": eid, "feed_id": feed, "title": a["title"],
             "author": ", ".join(a["authors"]) if a["authors"] else None,
             "summary": lead(a["body"][0])[:200], "content": "".join(f"<p>{html.escape(p)}</p>" for p in a["body"]),
             "url": url_of(a, src),
             "extracted_content_url": f"https://extract.feedbin.com/parser/feedbin/{ident(rng, 40, HEX)}?base64_url="
                                      f"{ident(rng, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
             "published": feedbin_time(epoch_of(a["date"], rng)) if a["date"] else None,
             "created_at": feedbin_time(epoch_of(later_day(a, rng, 1, 4), rng))}
    subs = [{"id": rng.randrange(10 ** 6, 10 ** 7), "created_at": feedbin_time(epoch_of(later_day(a, rng, 5, 40), rng)),
             "feed_id": feed, "title": src, "feed_url": f"https://www.{site(src)}/rss.xml",
             "site_url": f"https://www.{site(src)}/"}]
    user = f"{REVIEW[desk].split()[0].lower()}@press.example.org"
    out = [f"$ curl -s -u {user}: https://api.feedbin.com/v2/entries/{eid}.json",
           json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
           f"$ curl -s -u {user}: https://api.feedbin.com/v2/subscriptions.json",
           json.dumps(subs, ensure_ascii=False, separators=(",", ":"))]
    return "\n".join(out) + "\n", e_with(a, source=src)


TRANSLATED = {  # by article language: the translator's credit, each naming the language translated from
    "en": "Translated from the {l} by {t}.",
    "fr": "Traduit de l'{l} par {t}.",
    "de": "Aus dem {l} von {t}.",
}
FROM_LANG = {"en": {"en": "Spanish", "fr": "French", "de": "German"},
             "fr": {"en": "anglais", "fr": "allemand", "de": "allemand"},
             "de": {"en": "Englischen", "fr": "Französischen", "de": "Italienischen"}}


# A translated piece with the translator's credit after the text (`Translated from the French by Giulia Bianchi.`,
# `Traduit de l'anglais par …`, `Aus dem Englischen von …`, in the article's language): the headline, the byline,
# the publication and long date joined by `, ` (whichever the article has), the text, the credit. The translator is
# no author.
def desk_s55_824(a, desk, rng):
    src = src_of(a, rng)
    lg = a["lang"] if a["lang"] in TRANSLATED else "en"
    translator = crew(a, rng, 1)[0]
    parts = [a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, lg)), "", body(a), "",
              TRANSLATED[lg].format(l=FROM_LANG[lg][rng.choice(["en", "fr", "de"])], t=translator)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's watch bot posts each new clipping to an `ntfy` topic; the colleague polled it with `curl -s
# "https://ntfy.sh/press-desk-…/json?poll=1"` and saved the answer: one JSON object a line (an `open` event, a
# `keepalive`, the `message` event with `id`, `time` the later moment in epoch seconds, `expires`, `topic`, `title` the
# headline, `message` the byline, publication and long date on a line (whichever the article has) then the lead,
# `click` the link, `tags`, `priority`). ntfy's moments are no date, ntfy no source.
def desk_s55_826(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    topic = f"press-desk-{ident(rng, 6, HEX)}"
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    top = sep_join(" · ", by_line(a, rng), src, dated(a, lg))
    msg = {"id": ident(rng, 12, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "time": secs,
           "expires": secs + 43200, "event": "message", "topic": topic, "title": a["title"],
           "message": top + "\n\n" + a["body"][0], "click": url_of(a, src), "tags": ["newspaper", SECTION[desk].lower()],
           "priority": 3}
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    lines = [json.dumps({"id": ident(rng, 12, HEX), "time": secs + 3000, "event": "open", "topic": topic}, **compact),
             json.dumps(msg, **compact),
             json.dumps({"id": ident(rng, 12, HEX), "time": secs + 3045, "event": "keepalive", "topic": topic},
                        **compact)]
    cmd = f"$ curl -s \"https://ntfy.sh/{topic}/json?poll=1\""
    return cmd + "\n" + "\n".join(lines) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s55_")}

# ---- held-out members of BLIND_S55 below: whoever tunes the reader never reads past this line ----


# A Meilisearch search answer from the desk's archive index (`POST /indexes/clippings/search` with
# `attributesToHighlight`), kept whole: `hits` with one hit (`id`, `headline`, `outlet`, `authors`, `published_at` the
# day as `YYYY-MM-DD` or null, `body`, `added_at` the later moment, `_formatted` the same fields with `<em>` marks),
# `query`, `processingTimeMs`, `limit`, `offset`, `estimatedTotalHits`. The index's moment is no date, Meilisearch no
# source.
def desk_s55_802(a, desk, rng):
    src = src_of(a, rng)
    words = [w.strip(".,:;!?«»\"'()") for w in a["title"].split() if len(w) > 4] or a["title"].split()[:1]
    q = words[0]
    hit = {"id": rng.randrange(1, 99999), "headline": a["title"], "outlet": src, "authors": a["authors"],
           "published_at": a["date"], "section": SECTION[desk], "body": body(a),
           "added_at": utc_iso(epoch_of(later_day(a, rng, 1, 6), rng))}
    formatted = {k: (str(v).replace(q, f"<em>{q}</em>") if k == "headline" else v) for k, v in hit.items()}
    formatted["id"] = str(hit["id"])
    hit["_formatted"] = formatted
    doc = {"hits": [hit], "query": q, "processingTimeMs": rng.randrange(0, 12), "limit": 20, "offset": 0,
           "estimatedTotalHits": 1}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


MASTHEAD = {  # edition line with {d}, issue number word, price
    "en": ("{d} · No. {n} · London edition", "£1.20"),
    "fr": ("{d} · N° {n} · Édition Paris–Île-de-France", "2,80 €"),
    "de": ("{d} · Nr. {n} · Ausgabe Berlin", "2,90 €"),
    "es": ("{d} · Núm. {n} · Edición Madrid", "2,50 €"),
    "it": ("{d} · N. {n} · Edizione di Roma", "2,00 €"),
    "pt": ("{d} · N.º {n} · Edição Lisboa", "1,90 €")}


# A front page's top copied with the story: the masthead in spaced capitals, the edition line with the weekday and
# long date, the issue number and the regional edition (`mardi 3 mars 1987 · N° 12345 · Édition Paris–Île-de-France`,
# without the day when undated) and the price, then the headline, the byline, the text.
def desk_s55_810(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    line, price = MASTHEAD[lg]
    edition = line.format(d=long_date(a["date"], lg, weekday=True), n=rng.randrange(9000, 40000)) if a["date"] else \
        line.split(" · ", 1)[1].format(n=rng.randrange(9000, 40000))
    parts = [" ".join(src.upper()), sep_join(" · ", edition, price), "", a["title"]]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def mbox_from_line(iso, h, m):
    d = ymd(iso)
    return f"From - {EN_WD[d.weekday()]} {EN_MON[d.month - 1]} {d.day:02d} {h:02d}:{m:02d}:{(h * 7) % 60:02d} {d.year}"


OTHER_MAILS = {"en": [("Lunch on Friday?", "Shall we move lunch to 1pm?"),
                      ("Desk rota", "Next week's rota is attached to the shared folder.")],
               "fr": [("Déjeuner vendredi ?", "On décale le déjeuner à 13 h ?"),
                      ("Planning de la cellule", "Le planning de la semaine prochaine est dans le dossier partagé.")],
               "de": [("Mittagessen am Freitag?", "Verschieben wir das Mittagessen auf 13 Uhr?"),
                      ("Dienstplan", "Der Dienstplan der nächsten Woche liegt im gemeinsamen Ordner.")],
               "es": [("¿Comida el viernes?", "¿Pasamos la comida a las 13 h?"),
                      ("Turnos", "Los turnos de la semana que viene están en la carpeta compartida.")],
               "it": [("Pranzo venerdì?", "Spostiamo il pranzo alle 13?"),
                      ("Turni", "I turni della prossima settimana sono nella cartella condivisa.")],
               "pt": [("Almoço na sexta?", "Passamos o almoço para as 13h?"),
                      ("Escala", "A escala da próxima semana está na pasta partilhada.")]}


# A Thunderbird local folder (an mbox file) holding several messages, each after its `From - …` line with
# Thunderbird's `X-Mozilla-Status`, `X-Mozilla-Status2` and `X-Mozilla-Keys` headers: a colleague's other mails on
# other days and, among them, the one pasting the article (note, headline, publication and long date, byline, text).
# The mails' days are no date, the senders no authors, Thunderbird no source.
def desk_s55_814(a, desk, rng):
    src = src_of(a, rng)
    people = crew(a, rng, 2)
    base = later_day(a, rng, 0, 3)
    mails = []
    for i, (subject, text) in enumerate(OTHER_MAILS[desk]):
        mails.append((shift(base, rng.randrange(-6, 6) or 1), people[i % 2], subject, text + f"\n\n{people[i % 2]}"))
    art = "\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", "-- ", people[0]])
    mails.insert(rng.randrange(0, 3), (base, people[0], f"{FWD[desk]} {a['title']}", art))
    out = []
    for day, who, subject, text in mails:
        h, m = hm(rng)
        addr = f"{handle(who)}@press.example.org"
        out += [mbox_from_line(day, h, m), "X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000",
                "X-Mozilla-Keys:                                                                                 ",
                f"Message-ID: <{uuid_of(rng)}@press.example.org>", f"Date: {rfc_date(day, h, m)}",
                "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", f"Content-Language: {desk}",
                "To: review@press.example.org", f"From: {who} <{addr}>", f"Subject: {subject}",
                "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", ""]
        out += [(">" + x if x.startswith("From ") else x) for x in text.split("\n")] + [""]
    return "\n".join(out) + "\n", e_with(a, source=src)


DATELINE = {"en": ("BRUSSELS, {d} (Reuters) — ", "{s}, {w} {d2}, page {p}"),
            "fr": ("BRUXELLES, {d} (AFP) — ", "{s}, {w} {d2}, page {p}"),
            "de": ("BRÜSSEL, {d} (dpa) — ", "{s}, {w}, {d2}, Seite {p}")}


def day_no_year(iso, lg):
    d = ymd(iso)
    month = MONTHS[lg].split()[d.month - 1]
    return {"en": f"{month} {d.day}", "fr": f"{d.day} {month}", "de": f"{d.day}. {month}"}[lg]


# A print story whose dateline gives the day without the year (`BRUXELLES, 3 mars (AFP) — ` opening the text) and
# whose folio at the foot gives the publication, the weekday and full day and the page; undated: no dateline day and
# the folio without a day. The agency in the dateline is the wire's, the source is the publication in the folio.
def desk_s55_815(a, desk, rng):
    src = src_of(a, rng)
    lg = a["lang"] if a["lang"] in DATELINE else "en"
    lead_fmt, folio = DATELINE[lg]
    first = a["body"][0]
    if a["date"]:
        first = lead_fmt.format(d=day_no_year(a["date"], lg)) + first
        d = ymd(a["date"])
        foot = folio.format(s=src, w=WEEKDAYS[lg].split()[d.weekday()], d2=long_date(a["date"], lg),
                            p=rng.randrange(2, 30))
    else:
        foot = f"{src}, {'Seite' if lg == 'de' else 'page'} {rng.randrange(2, 30)}"
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", "\n\n".join([first] + a["body"][1:]),
                                                                          "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A Directus items answer (`GET /items/clippings/{id}?fields=*,authors.*`) kept whole: `data` with `id`, `status`,
# `user_created` and `user_updated` as UUIDs, `date_created`/`date_updated` the later moments, `headline`, `outlet`,
# `authors` as related items (`clippings_authors` rows with a `name`), `published_on` the day or null, `body`. Directus'
# moments are no date, Directus no source.
def desk_s55_817(a, desk, rng):
    src = src_of(a, rng)
    cid = rng.randrange(1, 9999)
    made = epoch_of(later_day(a, rng, 1, 5), rng)
    data = {"id": cid, "status": "published", "sort": None, "user_created": uuid_of(rng),
            "date_created": utc_iso(made).replace("Z", ".000Z"), "user_updated": uuid_of(rng),
            "date_updated": utc_iso(made + rng.randrange(60, 80000)).replace("Z", ".000Z"),
            "headline": a["title"], "outlet": src,
            "authors": [{"id": rng.randrange(1, 999), "clippings_id": cid, "name": n} for n in a["authors"]],
            "published_on": a["date"], "section": SECTION[desk], "body": body(a)}
    return json.dumps({"data": data}, ensure_ascii=False, indent=rng.choice([None, 4])) + "\n", e_with(a, source=src)


TOOL = {"en": "[ClipDesk 4.2 · archived {d} {t} by {w} · folder: {f}]",
        "fr": "[ClipDesk 4.2 · archivé le {d} à {t} par {w} · dossier : {f}]",
        "de": "[ClipDesk 4.2 · archiviert am {d} um {t} von {w} · Ordner: {f}]",
        "es": "[ClipDesk 4.2 · archivado el {d} a las {t} por {w} · carpeta: {f}]",
        "it": "[ClipDesk 4.2 · archiviato il {d} alle {t} da {w} · cartella: {f}]",
        "pt": "[ClipDesk 4.2 · arquivado em {d} às {t} por {w} · pasta: {f}]"}


# A clipping with the desk's archiving tool's stamp on top and at the foot (`[ClipDesk 4.2 · archiviert am 05.03.1987
# um 10:02 von C · Ordner: Wirtschaft]`), the article between: headline, byline, publication and long date (whichever
# the article has), text. The tool's day and the archivist are not the article's.
def desk_s55_818(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    h, m = hm(rng)
    stamp = TOOL[desk].format(d=numeric(later_day(a, rng, 1, 5), desk), t=f"{h:02d}:{m:02d}", w=who, f=SECTION[desk])
    parts = [stamp, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    parts += [sep_join(", ", src, dated(a, lg)), "", body(a), "", stamp]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A NocoDB row read through its REST API v2 (`GET /api/v2/tables/{table}/records/{id}`), kept whole: `Id`, `Title` the
# headline, `Outlet`, `Authors` the writers joined by `, ` (null when unsigned), `Published` the day or null, `Body`,
# `Clipped by`, `CreatedAt`/`UpdatedAt` the later moments in NocoDB's `YYYY-MM-DD HH:MM:SS+00:00`. NocoDB's moments
# are no date, the clipper no author, NocoDB no source.
def desk_s55_819(a, desk, rng):
    src = src_of(a, rng)
    made = epoch_of(later_day(a, rng, 1, 5), rng)

    def noco(secs):
        return utc_iso(secs).replace("T", " ").replace("Z", "+00:00")
    row = {"Id": rng.randrange(1, 9999), "Title": a["title"], "Outlet": src,
           "Authors": ", ".join(a["authors"]) or None, "Published": a["date"], "Section": SECTION[desk],
           "Body": body(a), "Clipped by": crew(a, rng, 1)[0], "CreatedAt": noco(made),
           "UpdatedAt": noco(made + rng.randrange(60, 90000))}
    return json.dumps(row, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


FIGURES = {  # heading; lines with earlier days {d}
    "en": ("KEY DATES", ["{d}: first quota agreement", "{d}: talks broke down", "{d}: the ministers' last meeting"]),
    "fr": ("REPÈRES", ["{d} : premier accord sur les quotas", "{d} : rupture des négociations",
                       "{d} : dernière réunion des ministres"]),
    "de": ("CHRONIK", ["{d}: erste Quotenvereinbarung", "{d}: Abbruch der Verhandlungen",
                       "{d}: letztes Ministertreffen"])}


# A story with a box of earlier key dates set between its paragraphs (`REPÈRES`, `CHRONIK`, `KEY DATES`: three events
# with their long dates before the article's), the headline, the byline and the long date (whichever the article has)
# on top, the publication at the foot. The box's days are not the article's.
def desk_s55_823(a, desk, rng):
    src = src_of(a, rng)
    lg = a["lang"] if a["lang"] in FIGURES else "en"
    head, events = FIGURES[lg]
    base = a["date"] or later_day(a, rng, 1, 3)
    days = sorted(rng.sample(range(30, 900), 3), reverse=True)
    box = [head] + [e.format(d=long_date(shift(base, -n), lg)) for e, n in zip(events, days)]
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ([long_date(a["date"], lg)] if a["date"] else [])
    parts += ["", a["body"][0], "", "\n".join(box), "", "\n\n".join(a["body"][1:]), "", f"— {src}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An n8n workflow's execution data copied from its editor (the `RSS Read` node's output items, then a `Set` node
# adding the feed's name): a JSON array of items with `json` holding `creator` (the writers joined, left out when
# unsigned), `title`, `link`, `pubDate` in RFC 822 and `isoDate` (left out when undated), `content`, `contentSnippet`,
# `guid`, `feed` the publication, `fetchedAt` the later moment, and `pairedItem`. n8n's moment is no date, n8n no
# source.
def desk_s55_825(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    item = {}
    if a["authors"]:
        item["creator"] = ", ".join(a["authors"])
    item.update({"title": a["title"], "link": url_of(a, src)})
    if a["date"]:
        item["pubDate"] = rfc_date(a["date"], h, m, "+0000")
        item["isoDate"] = f"{a['date']}T{h:02d}:{m:02d}:{(h + m) % 60:02d}.000Z"
    item.update({"content": "".join(f"<p>{html.escape(p)}</p>" for p in a["body"]), "contentSnippet": body(a),
                 "guid": url_of(a, src), "feed": src,
                 "fetchedAt": utc_iso(epoch_of(later_day(a, rng, 1, 4), rng)).replace("Z", ".000Z")})
    return json.dumps([{"json": item, "pairedItem": {"item": 0}}], ensure_ascii=False, indent=2) + "\n", \
        e_with(a, source=src)


COMMENTS = {"en": ("{n} comments", "{w} · {d}", ["Good analysis, thanks.", "The figures look too optimistic to me."]),
            "fr": ("{n} commentaires", "{w} · le {d}", ["Bonne analyse, merci.", "Les chiffres me semblent trop optimistes."]),
            "de": ("{n} Kommentare", "{w} · {d}", ["Gute Analyse, danke.", "Die Zahlen scheinen mir zu optimistisch."])}


# A web story copied with the readers' comments under it: the publication, headline, byline and long date (whichever
# the article has), the text, the comments' count, then two comments each with the commenter's name and a later day.
# The commenters are no authors, their days no date.
def desk_s55_827(a, desk, rng):
    src = src_of(a, rng)
    lg = a["lang"] if a["lang"] in COMMENTS else "en"
    count, meta, texts = COMMENTS[lg]
    people = crew(a, rng, 2)
    parts = [src, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + \
        ([long_date(a["date"], lg)] if a["date"] else []) + ["", body(a), "", count.format(n=rng.randrange(2, 40)), ""]
    for who, text in zip(people, texts):
        parts += [meta.format(w=who, d=long_date(later_day(a, rng, 0, 5), lg)), text, ""]
    return "\n".join(parts), e_with(a, source=src)


BLIND_S55 = {name for name in list(globals()) if name.startswith("desk_s55_")}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S55)})
