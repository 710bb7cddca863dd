"""A thirty-eighth batch of 26 clipping layouts (BLIND_S60) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s59.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a kicker, a desk's review, dossier or wiki
page title, a task's or a mail's subject with its prefix; authors: the persons who wrote the article, never a colleague
who saved, forwarded, entered, indexed or pasted it, a routing slip's persons nor a photographer; date: the article's
own publication day, never a receipt, routing, review, update, modification, entry, storing, indexing or mail moment,
another article's day, and none when the file states none; source: the publication the file names, never the tool, the
database, the mail server, the feed reader nor the desk). Half of the batch are ordinary desk clippings whose fields are
moved, combined or phrased as a desk really meets them (their printed parts in the article's language, the desk's own
stamps and notes in the desk's, with CRLF, byte-order marks and hard wraps where natural), half are containers or tools'
outputs a desk receives that BLIND_S24 to BLIND_S59 did not use (checked for each with keyword greps over all the batch
files, printing only file names). The sixteen development members: a CRLF clipping whose first paragraph opens with a
dateline holding the city, the long day and the publication (`PARIS, 3 mars 1987 (Le Monde) – …`), the writers in
parentheses alone at the foot; the desk's later receipt stamp (`Reçu le 05/03/1987`) over the headline and text, and the
desk's reference sentence at the foot in its own language (`Source : Le Monde, n° 22345, mardi 3 mars 1987, p. 12,
article de Peter Amende.`); a web copy with a kicker naming the publication and section (`LE MONDE · ÉCONOMIE`), a `long
day · writers` line under the headline and a `Lire aussi` link to another article with its earlier day; a routing slip
in the desk's language (`À :` the director, `De :` a colleague, a later `Date :`, `Objet :`) over the headline,
`Publication — long day`, the text and the writers in capitals at the foot; a press review header (`Pressespiegel Nr. 45
· Dossier: Energie · 5. März 1987`, a later day) over the headline, the byline and `(Le Monde, 3 mars 1987)`; unlabelled
foot lines each holding one field (every writer, the publication, the ISO day, the page); a publishing sentence in the
article's language with weekday, day, time and publication (`Publié le mardi 3 mars 1987 à 14h05 dans Le Monde`), the
correspondent's line after the first paragraph (`Von unserem Korrespondenten Peter Amende`) and a later update day at
the foot; a BOM and CRLF clipping with `Headline [Le Monde, 03/03/1987]` on its first line, the text hard-wrapped at 64
and `— Writer` at the foot; the publication's feed line as sfeed stores it (`grep -F URL "$HOME/.sfeed/feeds/Le Monde"`:
tab-separated UNIX time of publication or an empty field, headline, link, escaped HTML content, writers); a colleague's
forward read over JMAP (`Email/get` through `jq .`, later `receivedAt`/`sentAt`, the desk's forward prefix in `subject`,
`bodyValues` holding the article); `cbq` on the desk's Couchbase bucket (N1QL response, `byline` an array, `published`
or null, a later `savedAt`, the colleague's `savedBy`); the HBase shell's `get` (`COLUMN`/`CELL`, epoch-millisecond
timestamps of a later storing, values printed as HBase prints bytes, non-ASCII bytes and line breaks as hexadecimal
escapes, no `m:published` cell when undated); `mdb-export -D FMT` of the desk's Access table (columns in the desk's
language, the day as FMT prints it or empty, a later entry moment and its colleague); the colleague's Drafts note from
the app's JSON export through jq (`content` the pasted article, later `created_at`/`modified_at`/`accessed_at`);
`etcdctl get --prefix` of the desk's keys (each key then its value, no `published` key when undated, a later
`stored_at`, the colleague's `stored_by`); `quickwit index search` of the desk's index (`published_at` only when dated,
a later `indexed_at`, the colleague's `indexed_by`); ten more are held-out.

The layouts are numbered from 986 to 1011, the first range at or after 973 that text_eval.py's hash `sha1("held-out:" +
name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names `desk_s60_{i}` and
text_eval.py's own `held_out`: the starts 973 to 985 give 6 to 9 held-out, 985 gives 9, 986 gives 10), so that sixteen
fall in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 57 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s59.py (clipping_layouts_s59.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py's list of definitions and real_articles.py were read, as far as needed; the helpers of
_s31.py to _s57.py imported here were only called, their behaviour checked by calling them, never read; the keyword
greps for formats already used ran over all the batch files, printing file names only). One slip to declare: a `grep -n
"^def "` listing the helpers of _s30.py to _s59.py was not limited to the lines above each marker, so the names (only
the names, no code) of the functions defined in the held-out parts of those files were seen. Every layout was run over
every article with every desk, twice, without exception and with the same output (32,760 calls each time). Nobody tunes
on any of them when written; BLIND_S60's development members are only scored (text_eval.py prints their misses with
`--show-s60-development` alone). A container that leaves an undated article without a publication day (sfeed's empty
time, cbq's `null`, HBase's and etcd's missing cell or key, mdb-export's empty field, quickwit's missing `published_at`,
the undated clippings inside the JMAP mail and the Drafts note) is expected to state none, whatever later days it holds;
the articles' writers are the only authors, whatever colleagues or other persons a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s61/base.bin`; title exact / authors F1
/ date / source): development 0.469 / 0.321 / 0.626 / 0.340, 0 rejected (126 files stating no author given some);
held-out 0.464 / 0.540 / 0.582 / 0.493, 1 rejected (2 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR /work/scratch/s61/db, linking to the evaluation's inputs; every figure block of the other
layouts, development and held-out, was compared with that parser's earlier run, /work/scratch/s61's prev.figures:
identical, but the all-layouts development line, which now holds this batch's sixteen, 614 -> 630 layouts, 87802 ->
90090 clippings, and the speed line). Nothing was changed after the run but the docstrings' figures and line wrapping.
"""
import datetime
import json

from clipping_layouts import long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle
from clipping_layouts_s49 import earlier_day
from clipping_layouts_s55 import body, by_line, lang_of
from clipping_layouts_s56 import slug
from clipping_layouts_s57 import and_join, wrapped, CONJ
from clipping_layouts import LAYOUTS


def names_of(a, lg):
    return and_join(a["authors"], CONJ[lg])


def crlf_text(text):
    return "\r\n".join(text.split("\n"))


def clock(day, rng):
    h, m = hm(rng)
    return f"{day} {h:02d}:{m:02d}:{rng.randrange(60):02d}"


PAGE = {"en": "p. {p}", "fr": "p. {p}", "de": "S. {p}", "es": "pág. {p}", "it": "pag. {p}", "pt": "pág. {p}"}
CITY = {"en": "London", "fr": "Paris", "de": "Berlin", "es": "Madrid", "it": "Roma", "pt": "Lisboa"}


def para_html(a):
    return "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</p>" for p in a["body"])


# ---- development members of BLIND_S60 ----

# The article's first paragraph opened by a dateline holding the city, the long day and the publication in parentheses
# (`PARIS, 3 mars 1987 (Le Monde) – …`, the day left out when undated), the headline above, and the writers in
# parentheses alone at the foot (`(Peter Amende)`); CRLF.
def desk_s60_986(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head = sep_join(", ", CITY[lg].upper(), long_date(a["date"], lg) if a["date"] else "") + f" ({src}) – "
    paras = [head + a["body"][0]] + a["body"][1:]
    parts = [a["title"], "", "\n\n".join(paras)]
    if a["authors"]:
        parts += ["", f"({names_of(a, lg)})"]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


RECEIVED = {"en": "Received {d}", "fr": "Reçu le {d}", "de": "Eingang: {d}", "es": "Recibido el {d}",
            "it": "Ricevuto il {d}", "pt": "Recebido em {d}"}
REFERENCE = {"en": ("Source: {s}", "No. {n}", "p. {p}", "article by {a}"),
             "fr": ("Source : {s}", "n° {n}", "p. {p}", "article de {a}"),
             "de": ("Quelle: {s}", "Nr. {n}", "S. {p}", "Artikel von {a}"),
             "es": ("Fuente: {s}", "n.º {n}", "pág. {p}", "artículo de {a}"),
             "it": ("Fonte: {s}", "n. {n}", "pag. {p}", "articolo di {a}"),
             "pt": ("Fonte: {s}", "n.º {n}", "pág. {p}", "artigo de {a}")}


# The desk's receipt stamp at the top (`Reçu le 05/03/1987`, a later day, numeric in the desk's convention), the
# headline and the text, and at the foot the desk's reference sentence in its own language: publication, issue
# number, weekday and long day in the desk's language, page, writers (`Source : Le Monde, n° 22345, mardi 3 mars 1987,
# p. 12, article de Peter Amende.`; day and writers only when the article has them). The receipt day is no date.
def desk_s60_988(a, desk, rng):
    src = src_of(a, rng)
    s, n, p, by = REFERENCE[desk]
    ref = [s.format(s=src), n.format(n=rng.randrange(1000, 40000))]
    ref += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    ref += [p.format(p=rng.randrange(1, 40))]
    ref += [by.format(a=names_of(a, desk))] if a["authors"] else []
    parts = [RECEIVED[desk].format(d=numeric(later_day(a, rng, 1, 4), desk)), "", a["title"], "", body(a), "",
             ", ".join(ref) + "."]
    return "\n".join(parts) + "\n", e_with(a, source=src)


KICKER = {"en": "BUSINESS", "fr": "ÉCONOMIE", "de": "WIRTSCHAFT", "es": "ECONOMÍA", "it": "ECONOMIA", "pt": "ECONOMIA"}
READ_ALSO = {"en": ("Read also", "Markets close the week lower"),
             "fr": ("Lire aussi", "Les marchés terminent la semaine en baisse"),
             "de": ("Lesen Sie auch", "Märkte schließen die Woche mit Verlusten"),
             "es": ("Lea también", "Los mercados cierran la semana a la baja"),
             "it": ("Leggi anche", "I mercati chiudono la settimana in calo"),
             "pt": ("Leia também", "Mercados fecham a semana em baixa")}


# A web page copied as read: a kicker line naming the publication and the section in capitals (`LE MONDE · ÉCONOMIE`),
# the headline, a small-print line joining the long day and the writers by ` · ` (either alone, none when neither), the
# text, then a `Lire aussi` link to another article with its earlier day in parentheses. The kicker is no title, the
# related article's day no date (undated articles state none, whatever the link says).
def desk_s60_989(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    small = sep_join(" · ", dated(a, lg), names_of(a, lg) if a["authors"] else "")
    word, other = READ_ALSO[lg]
    parts = [f"{src.upper()} · {KICKER[lg]}", "", a["title"]] + ([small] if small else [])
    parts += ["", body(a), "", f"{word} : {other} ({long_date(earlier_day(a, rng, 1, 9), lg)})"
              if lg == "fr" else f"{word}: {other} ({long_date(earlier_day(a, rng, 1, 9), lg)})"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SLIP = {"en": ("To", "From", "Date", "Subject", "Communications Director", "press review"),
        "fr": ("À", "De", "Date", "Objet", "Direction de la communication", "revue de presse"),
        "de": ("An", "Von", "Datum", "Betreff", "Leitung Kommunikation", "Pressespiegel"),
        "es": ("Para", "De", "Fecha", "Asunto", "Dirección de Comunicación", "resumen de prensa"),
        "it": ("A", "Da", "Data", "Oggetto", "Direzione comunicazione", "rassegna stampa"),
        "pt": ("Para", "De", "Data", "Assunto", "Direção de Comunicação", "revista de imprensa")}


# A routing slip in the desk's language on top of the clipping (`À :` the director, `De :` the colleague, `Date :` a
# later numeric day, `Objet :`), a rule, then the headline, the publication and long day joined by ` — `, the text,
# and the writers' names in capitals alone at the foot. The slip's persons are no authors, its day no date.
def desk_s60_990(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    to, frm, day, subj, boss, review = SLIP[desk]
    c = " :" if desk == "fr" else ":"
    slip = [f"{to}{c} {boss}", f"{frm}{c} {crew(a, rng, 1)[0]}",
            f"{day}{c} {numeric(later_day(a, rng, 1, 6), desk)}", f"{subj}{c} {review}", "-" * 40, ""]
    parts = slip + [a["title"], sep_join(" — ", src, dated(a, lg)), "", body(a)]
    if a["authors"]:
        parts += ["", names_of(a, lg).upper()]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DOSSIER = {"en": "Press review no. {n} · Dossier: {t} · {d}", "fr": "Revue de presse n° {n} · Dossier : {t} · {d}",
           "de": "Pressespiegel Nr. {n} · Dossier: {t} · {d}", "es": "Resumen de prensa n.º {n} · Dosier: {t} · {d}",
           "it": "Rassegna stampa n. {n} · Dossier: {t} · {d}", "pt": "Revista de imprensa n.º {n} · Dossiê: {t} · {d}"}
THEME = {"en": "Energy", "fr": "Énergie", "de": "Energie", "es": "Energía", "it": "Energia", "pt": "Energia"}


# A press review page: the desk's header line (`Pressespiegel Nr. 45 · Dossier: Energie · 5. März 1987`, the review's
# later long day in the desk's language), the headline, the byline, the publication and long day in parentheses on a
# line of their own (`(Le Monde, 3 mars 1987)`), then the text. The review's number, theme and day are none of the
# article's fields.
def desk_s60_991(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head = DOSSIER[desk].format(n=rng.randrange(2, 250), t=THEME[desk], d=long_date(later_day(a, rng, 1, 5), desk))
    parts = [head, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    parts += [f"({sep_join(', ', src, dated(a, lg))})", "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The headline, the text, and at the foot unlabelled lines each holding one field: every writer on a line of his own,
# the publication, the ISO day (`1987-03-03`, no line when undated), the page (`S. 12`).
def desk_s60_994(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    foot = list(a["authors"]) + [src] + ([a["date"]] if a["date"] else []) + [PAGE[lg].format(p=rng.randrange(1, 40))]
    return "\n".join([a["title"], "", body(a), "", ""] + foot) + "\n", e_with(a, source=src)


PUBLISHED_IN = {"en": ("Published {d} at {t} in {s}", "Published in {s}", "Updated {d}",
                       "From our correspondent {a}"),
                "fr": ("Publié le {d} à {t} dans {s}", "Publié dans {s}", "Mis à jour le {d}",
                       "De notre correspondant {a}"),
                "de": ("Veröffentlicht am {d} um {t} Uhr in {s}", "Veröffentlicht in {s}", "Aktualisiert am {d}",
                       "Von unserem Korrespondenten {a}"),
                "es": ("Publicado el {d} a las {t} en {s}", "Publicado en {s}", "Actualizado el {d}",
                       "De nuestro corresponsal {a}"),
                "it": ("Pubblicato il {d} alle {t} su {s}", "Pubblicato su {s}", "Aggiornato il {d}",
                       "Dal nostro corrispondente {a}"),
                "pt": ("Publicado a {d} às {t} em {s}", "Publicado em {s}", "Atualizado a {d}",
                       "Do nosso correspondente {a}")}


# The publishing sentence in the article's language on the first line, with the weekday, long day, time and publication
# (`Publié le mardi 3 mars 1987 à 14h05 dans Le Monde`, `Publié dans Le Monde` when undated), the headline, the first
# paragraph, the byline as the correspondent's line after it (`Von unserem Korrespondenten Peter Amende`), the other
# paragraphs, and a later update day at the foot (`Mis à jour le 5 mars 1987`). The update day is no date.
def desk_s60_996(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    pub, undated, upd, corr = PUBLISHED_IN[lg]
    h, m = hm(rng)
    t = f"{h}h{m:02d}" if lg == "fr" else f"{h:02d}:{m:02d}"
    first = pub.format(d=long_date(a["date"], lg, weekday=True), t=t, s=src) if a["date"] else undated.format(s=src)
    parts = [first, "", a["title"], "", a["body"][0], ""]
    parts += [corr.format(a=names_of(a, lg)), ""] if a["authors"] else []
    parts += ["\n\n".join(a["body"][1:]), "", upd.format(d=long_date(later_day(a, rng, 1, 8), lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A byte-order-marked CRLF clipping whose first line carries the headline followed by the publication and the numeric
# day in square brackets (`Headline [Le Monde, 03/03/1987]`, `[Le Monde]` when undated), the text hard-wrapped at 64,
# and the writers after a dash at the foot (`— Peter Amende`).
def desk_s60_997(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    ref = sep_join(", ", src, numeric(a["date"], lg) if a["date"] else "")
    parts = [f"{a['title']} [{ref}]", "", wrapped(a["body"], 64)]
    if a["authors"]:
        parts += ["", "— " + names_of(a, lg)]
    return "\ufeff" + crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


def tsv_escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


# The publication's feed as stored by sfeed (`grep -F URL "$HOME/.sfeed/feeds/Le Monde"`): one tab-separated line,
# the UNIX time of publication (an empty field when the feed gave no day), the headline, the link, the content as
# escaped HTML (`\n` between paragraphs), `html`, the item id, the writers, an empty enclosure and the category. The
# feed's file is named after the publication; sfeed no source.
def desk_s60_1000(a, desk, rng):
    src = src_of(a, rng)
    url = url_of(a, src)
    stamp = str(epoch_of(a["date"], rng)) if a["date"] else ""
    content = "\n".join(f"<p>{p}</p>" for p in a["body"])
    cells = [stamp, a["title"], url, tsv_escape(content), "html", url, ", ".join(a["authors"]), "",
             KICKER[lang_of(a)].capitalize()]
    return f"$ grep -F '{url}' \"$HOME/.sfeed/feeds/{src}\"\n" + "\t".join(cells) + "\n", e_with(a, source=src)


FWD = {"en": ("Fwd: ", "For the review, see below.", "---------- Forwarded message ---------"),
       "fr": ("TR : ", "Pour la revue, voir ci-dessous.", "---------- Message transféré ---------"),
       "de": ("WG: ", "Für den Pressespiegel, siehe unten.", "---------- Weitergeleitete Nachricht ---------"),
       "es": ("RV: ", "Para el resumen, ver abajo.", "---------- Mensaje reenviado ---------"),
       "it": ("I: ", "Per la rassegna, vedi sotto.", "---------- Messaggio inoltrato ---------"),
       "pt": ("Enc: ", "Para a revista, ver abaixo.", "---------- Mensagem encaminhada ---------")}


# A colleague's forward fetched from the desk's mail server over JMAP (`curl … /jmap/api/ | jq .`, an `Email/get`
# response): `receivedAt`/`sentAt` later, `from` the colleague, `to` the desk, `subject` the desk's forward prefix and
# the headline, `bodyValues` holding the colleague's note, the forward marker, then the headline, the publication and
# long day, the byline, the paragraphs and the link. JMAP and the mail server no source, the mail's days no date, its
# sender no author.
def desk_s60_1001(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    prefix, note, marker = FWD[desk]
    secs = epoch_of(later_day(a, rng, 1, 5), rng)
    article = [a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    text = "\n\n".join([note, marker, "\n".join(article)] + a["body"] + [url_of(a, src)]) + "\n"
    email = {"id": "M" + ident(rng, 24, HEX), "threadId": "T" + ident(rng, 16, HEX),
             "mailboxIds": {"P" + ident(rng, 8, HEX): True}, "keywords": {"$seen": True},
             "receivedAt": utc_iso(secs + 4), "sentAt": utc_iso(secs).replace("Z", "+00:00"),
             "from": [{"name": who, "email": f"{handle(who)}@desk.example.org"}],
             "to": [{"name": None, "email": "revue@desk.example.org"}],
             "subject": prefix + a["title"], "textBody": [{"partId": "1", "blobId": "G" + ident(rng, 40, HEX),
                                                           "size": len(text.encode()), "type": "text/plain",
                                                           "charset": "utf-8"}],
             "bodyValues": {"1": {"value": text, "isEncodingProblem": False, "isTruncated": False}}}
    resp = {"methodResponses": [["Email/get", {"accountId": "u" + ident(rng, 8, HEX), "state": str(rng.randrange(1000,
                                                                                                         99999)),
                                               "list": [email], "notFound": []}, "0"]],
            "sessionState": ident(rng, 8, HEX)}
    cmd = "$ curl -s -H \"Authorization: Bearer $JMAP_TOKEN\" -H 'Content-Type: application/json' " \
          "-d @get-email.json https://mail.desk.example.org/jmap/api/ | jq ."
    return cmd + "\n" + json.dumps(resp, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


# The desk's Couchbase bucket queried in cbq (`SELECT * FROM revue._default.clips USE KEYS "clip::N";`): the shell's
# banner, then the N1QL response with 4-space indents: `requestID`, `signature`, `results` (the document under
# `clips`: `outlet`, `headline`, `byline` an array, `published` an ISO day or null, a later `savedAt`, the colleague's
# `savedBy`, `text`), `status`, `metrics`. Couchbase no source, `savedAt` no date.
def desk_s60_1002(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(100, 9000)
    doc = {"byline": list(a["authors"]), "headline": a["title"], "outlet": src, "published": a["date"],
           "savedAt": utc_iso(epoch_of(later_day(a, rng, 1, 6), rng)), "savedBy": crew(a, rng, 1)[0],
           "text": body(a), "type": "clip", "url": url_of(a, src)}
    size = len(json.dumps({"clips": doc}, ensure_ascii=False).encode())
    resp = {"requestID": uuid_of(rng), "signature": {"*": "*"}, "results": [{"clips": doc}], "status": "success",
            "metrics": {"elapsedTime": f"{rng.randrange(2, 40)}.{rng.randrange(100, 999)}ms",
                        "executionTime": f"{rng.randrange(1, 2)}.{rng.randrange(100, 999)}ms", "resultCount": 1,
                        "resultSize": size, "serviceLoad": 2}}
    lines = ["$ cbq -e couchbase://db.desk.example.org -u revue", "Enter Password: ",
             " Connected to : http://db.desk.example.org:8091/. Type Ctrl-D or \\QUIT to exit.", "",
             " Path to history file for the shell : /home/revue/.cbq_history ",
             f"cbq> SELECT * FROM revue._default.clips USE KEYS \"clip::{n}\";",
             json.dumps(resp, indent=4, ensure_ascii=False), "cbq> "]
    return "\n".join(lines) + "\n", e_with(a, source=src)


PRINTABLE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 `~!@#$%^&*()-_=+[]{}\\|;:'\",.<>/?")


def binary_string(text):
    return "".join(chr(b) if b in PRINTABLE else f"\\x{b:02X}" for b in text.encode("utf-8"))


# The desk's HBase table read in the HBase shell (`get 'revue:clips', 'ROW'`): `COLUMN` / `CELL`, one line per cell
# sorted by family and qualifier, `timestamp=` the later storing moment in epoch milliseconds, `value=` printed as HBase
# prints bytes (every byte outside printable ASCII as `\xC3\xA9`, line breaks as `\x0A`): `m:added_by` the colleague,
# `m:authors` (`A; B`, no cell when unsigned), `m:outlet`, `m:published` (ISO, no cell when undated), `t:body`,
# `t:headline`; then `1 row(s)` and `Took … seconds`. HBase no source, the timestamps no date.
def desk_s60_1003(a, desk, rng):
    src = src_of(a, rng)
    row = f"{(a['date'] or '0000-00-00').replace('-', '')}-{ident(rng, 6, HEX)}"
    ms = epoch_of(later_day(a, rng, 1, 7), rng) * 1000 + rng.randrange(1000)
    cells = [("m:added_by", crew(a, rng, 1)[0])]
    cells += [("m:authors", "; ".join(a["authors"]))] if a["authors"] else []
    cells += [("m:outlet", src)] + ([("m:published", a["date"])] if a["date"] else [])
    cells += [("t:body", body(a)), ("t:headline", a["title"])]
    lines = [f"hbase:00{rng.randrange(1, 9)}:0> get 'revue:clips', '{row}'", f"{'COLUMN':<39}CELL"]
    lines += [f" {k:<38}timestamp={ms}, value={binary_string(v)}" for k, v in cells]
    lines += ["1 row(s)", f"Took {rng.randrange(0, 2)}.{rng.randrange(10, 9999):04d} seconds"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


MDB = {"en": ("No", "Paper", "Headline", "Authors", "Published", "Entered", "EnteredBy", "Text", "%m/%d/%Y %H:%M:%S"),
       "fr": ("No", "Journal", "Titre", "Auteurs", "Parution", "Saisie", "SaisiPar", "Texte", "%d/%m/%Y %H:%M:%S"),
       "de": ("Nr", "Zeitung", "Titel", "Autoren", "Erschienen", "Erfasst", "ErfasstVon", "Text", "%d.%m.%Y %H:%M:%S"),
       "es": ("Num", "Medio", "Titular", "Autores", "Publicado", "Alta", "AltaPor", "Texto", "%d/%m/%Y %H:%M:%S"),
       "it": ("Num", "Testata", "Titolo", "Autori", "Pubblicato", "Inserito", "InseritoDa", "Testo",
              "%d/%m/%Y %H:%M:%S"),
       "pt": ("Num", "Jornal", "Titulo", "Autores", "Publicado", "Registo", "RegistadoPor", "Texto",
              "%d/%m/%Y %H:%M:%S")}


def csv_quote(v):
    return '"' + v.replace('"', '""') + '"'


# The desk's old Access database exported with mdb-tools (`mdb-export -D FMT revue.mdb Coupures`): the header row of
# column names in the desk's language and one row, text quoted, the publication day as FMT prints it with its
# `00:00:00` (empty when undated), a later entry moment and the colleague who entered it. mdb-tools no source, the
# entry moment no date.
def desk_s60_1005(a, desk, rng):
    src = src_of(a, rng)
    no, paper, head, auth, pub, entered, by, text, fmt = MDB[desk]
    d = datetime.datetime.fromisoformat(a["date"]).strftime(fmt) if a["date"] else ""
    h, m = hm(rng)
    later = datetime.datetime.fromisoformat(later_day(a, rng, 1, 6)).replace(hour=h, minute=m).strftime(fmt)
    header = ",".join([no, paper, head, auth, pub, entered, by, text])
    row = ",".join([str(rng.randrange(1, 5000)), csv_quote(src), csv_quote(a["title"]),
                    csv_quote("; ".join(a["authors"])) if a["authors"] else "", d, later,
                    csv_quote(crew(a, rng, 1)[0]), csv_quote(body(a))])
    table = {"en": "Clippings", "fr": "Coupures", "de": "Ausschnitte", "es": "Recortes", "it": "Ritagli",
             "pt": "Recortes"}[desk]
    return f"$ mdb-export -D '{fmt}' revue.mdb {table}\n{header}\n{row}\n", e_with(a, source=src)


DRAFTS_TAG = {"en": "review", "fr": "revue", "de": "pressespiegel", "es": "resumen", "it": "rassegna", "pt": "revista"}


# The colleague's note in the Drafts app, read from its JSON export with jq (`jq '.[] | select(.uuid == "…")'
# DraftsExport.json`): `content` the pasted article (headline, publication and long day joined by ` · `, byline, text,
# link), later `created_at`/`modified_at`/`accessed_at`, `tags`, `flagged`, the places where it was written. Drafts no
# source, its days no date.
def desk_s60_1007(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    content = [a["title"], sep_join(" · ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    content += ["", body(a), "", url_of(a, src)]
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    lat, lon = round(rng.uniform(40, 53), 6), round(rng.uniform(-4, 14), 6)
    draft = {"uuid": uuid_of(rng).upper(), "content": "\n".join(content), "flagged": rng.random() < 0.3,
             "tags": [DRAFTS_TAG[desk]], "created_at": utc_iso(secs), "modified_at": utc_iso(secs + 300),
             "accessed_at": utc_iso(secs + 900), "created_latitude": lat, "created_longitude": lon,
             "modified_latitude": lat, "modified_longitude": lon}
    cmd = f"$ jq '.[] | select(.uuid == \"{draft['uuid']}\")' DraftsExport.json"
    return cmd + "\n" + json.dumps(draft, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


# The desk's clippings kept in etcd, read with `etcdctl get --prefix /revue/clips/N/`: each key on a line and its
# value after it (values with their own line breaks), keys in byte order: `authors` (`A; B`, no key when unsigned),
# `body`, `headline`, `outlet`, `published` (ISO, no key when undated), a later `stored_at`, the colleague's
# `stored_by`, `url`. etcd no source, `stored_at` no date, `stored_by` no author.
def desk_s60_1008(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(100, 99999)
    pre = f"/revue/clips/{n}/"
    kv = ([("authors", "; ".join(a["authors"]))] if a["authors"] else []) + [("body", body(a)), ("headline", a["title"]),
                                                                             ("outlet", src)]
    kv += [("published", a["date"])] if a["date"] else []
    kv += [("stored_at", utc_iso(epoch_of(later_day(a, rng, 1, 5), rng))), ("stored_by", crew(a, rng, 1)[0]),
           ("url", url_of(a, src))]
    lines = [f"$ etcdctl --endpoints=https://etcd.desk.example.org:2379 get --prefix {pre}"]
    for k, v in kv:
        lines += [pre + k, v]
    return "\n".join(lines) + "\n", e_with(a, source=src)


# The publication's search index in Quickwit (`quickwit index search --index revue --query "clip_id:N"`): the JSON
# response, `num_hits`, `hits` (one document: `clip_id`, `outlet`, `headline`, `authors` an array, `published_at`
# RFC 3339 only when dated, a later `indexed_at`, the colleague's `indexed_by`, `body`), `elapsed_time_micros`,
# `errors`. Quickwit no source, `indexed_at` no date.
def desk_s60_1009(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(100, 99999)
    hit = {"authors": list(a["authors"]), "body": body(a), "clip_id": n, "headline": a["title"],
           "indexed_at": utc_iso(epoch_of(later_day(a, rng, 1, 5), rng)), "indexed_by": crew(a, rng, 1)[0],
           "outlet": src}
    if a["date"]:
        hit["published_at"] = utc_iso(epoch_of(a["date"], rng))
    hit["url"] = url_of(a, src)
    resp = {"num_hits": 1, "hits": [hit], "elapsed_time_micros": rng.randrange(300, 9000), "errors": []}
    return f"$ quickwit index search --index revue --query \"clip_id:{n}\"\n" + \
        json.dumps(resp, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s60_")}


# ---- held-out members of BLIND_S60 below: whoever tunes the reader never reads past this line ----

ROLE = {"en": "{a} is a correspondent for {s} in Berlin.", "fr": "{a} est correspondant de {s} à Berlin.",
        "de": "{a} ist Korrespondent von {s} in Paris.", "es": "{a} es corresponsal de {s} en París.",
        "it": "{a} è corrispondente di {s} a Parigi.", "pt": "{a} é correspondente de {s} em Paris."}
PHOTO = {"en": "Photo: {p} / {s}", "fr": "Photo : {p} / {s}", "de": "Foto: {p} / {s}", "es": "Foto: {p} / {s}",
         "it": "Foto: {p} / {s}", "pt": "Foto: {p} / {s}"}


# The publication on the left and the long day on the right of the first line (72 columns), the headline, the text,
# the photo credit naming a photographer, and the writers' biography sentence with their addresses at the foot.
def desk_s60_987(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    day = dated(a, lg)
    first = src + " " * max(2, 72 - len(src) - len(day)) + day if day else src
    parts = [first.rstrip(), "", a["title"], "", body(a), "",
             PHOTO[lg].format(p=crew(a, rng, 1)[0], s=src)]
    if a["authors"]:
        parts += ["", ROLE[lg].format(a=names_of(a, lg), s=src),
                  ", ".join(f"{handle(x)}@{site(src)}" for x in a["authors"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's BigQuery table queried with `bq query --nouse_legacy_sql --format=prettyjson`: a JSON array of one row,
# keys sorted, `added_at` a later timestamp, `added_by` the colleague, `authors` an array, `published` a DATE or null.
def desk_s60_992(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(1000, 99999)
    row = {"added_at": clock(later_day(a, rng, 1, 9), rng), "added_by": crew(a, rng, 1)[0],
           "authors": list(a["authors"]), "body": body(a), "headline": a["title"], "id": str(n), "outlet": src,
           "published": a["date"], "url": url_of(a, src)}
    cmd = f"$ bq query --nouse_legacy_sql --format=prettyjson 'SELECT * FROM `desk-revue.revue.clips` WHERE id = {n}'"
    return cmd + "\n" + json.dumps([row], indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


OUTLINE_TITLE = {"en": "Press review — {d}", "fr": "Revue de presse — {d}", "de": "Pressespiegel — {d}",
                 "es": "Resumen de prensa — {d}", "it": "Rassegna stampa — {d}", "pt": "Revista de imprensa — {d}"}


# The desk's Outline wiki document read through its API (`POST /api/documents.info`): `data` with the document's own
# title (the review and its later day), `text` in Markdown holding the article (`## Headline`, `*Publication*, long
# day`, byline, paragraphs), later `createdAt`/`updatedAt`/`publishedAt`, `createdBy` the colleague, then `policies`.
def desk_s60_993(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    secs = epoch_of(day, rng)
    md = [f"## {a['title']}", "", sep_join(", ", f"*{src}*", dated(a, lg))]
    md += [by_line(a, rng)] if a["authors"] else []
    md += [""] + ["\n\n".join(a["body"])]
    doc_id = uuid_of(rng)
    user = {"id": uuid_of(rng), "name": who, "avatarUrl": None, "color": "#" + ident(rng, 6, HEX),
            "isAdmin": False, "isSuspended": False, "lastActiveAt": utc_iso(secs + 3600, ms=True),
            "createdAt": "2024-01-15T09:12:44.120Z"}
    data = {"id": doc_id, "url": f"/doc/{slug(OUTLINE_TITLE[desk].format(d=long_date(day, desk)))}-"
                                 f"{ident(rng, 10, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
            "urlId": ident(rng, 10, "abcdefghijklmnopqrstuvwxyz0123456789"),
            "title": OUTLINE_TITLE[desk].format(d=long_date(day, desk)), "text": "\n".join(md) + "\n",
            "emoji": None, "tasks": {"completed": 0, "total": 0}, "createdAt": utc_iso(secs, ms=True),
            "createdBy": user, "updatedAt": utc_iso(secs + 600, ms=True), "updatedBy": user,
            "publishedAt": utc_iso(secs + 120, ms=True), "archivedAt": None, "deletedAt": None,
            "teamId": uuid_of(rng), "template": False, "templateId": None, "collaboratorIds": [user["id"]],
            "revision": rng.randrange(1, 9), "fullWidth": False, "collectionId": uuid_of(rng),
            "parentDocumentId": None, "lastViewedAt": utc_iso(secs + 900, ms=True), "isCollectionDeleted": False}
    resp = {"data": data, "policies": [{"id": doc_id, "abilities": {"read": True, "update": True, "delete": False}}],
            "status": 200, "ok": True}
    cmd = ("$ curl -s -X POST https://wiki.desk.example.org/api/documents.info -H \"Authorization: Bearer "
           f"$OUTLINE_KEY\" -H 'Content-Type: application/json' -d '{{\"id\": \"{doc_id}\"}}' | jq .")
    return cmd + "\n" + json.dumps(resp, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


CLIP_NO = {"en": "Clipping no. {n} — received {d}", "fr": "Coupure n° {n} — reçue le {d}",
           "de": "Ausschnitt Nr. {n} — eingegangen am {d}", "es": "Recorte n.º {n} — recibido el {d}",
           "it": "Ritaglio n. {n} — ricevuto il {d}", "pt": "Recorte n.º {n} — recebido em {d}"}
WORDS = {"en": "{n} words", "fr": "{n} mots", "de": "{n} Wörter", "es": "{n} palabras", "it": "{n} parole",
         "pt": "{n} palavras"}


# The desk's clipping number and later receipt day, then the publication, numeric day, page and word count joined by
# ` · `, the headline, the byline and the text.
def desk_s60_995(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    words = sum(len(p.split()) for p in a["body"])
    line = " · ".join(x for x in [src, numeric(a["date"], lg) if a["date"] else "",
                                  PAGE[lg].format(p=rng.randrange(1, 40)), WORDS[lg].format(n=words)] if x)
    parts = [CLIP_NO[desk].format(n=rng.randrange(10, 999), d=numeric(later_day(a, rng, 1, 4), desk)), "", line, "",
             a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MODIFIED = {"en": ("{n} comments", "Last modified: {d}"), "fr": ("{n} commentaires", "Dernière modification : {d}"),
            "de": ("{n} Kommentare", "Zuletzt geändert: {d}"), "es": ("{n} comentarios", "Última modificación: {d}"),
            "it": ("{n} commenti", "Ultima modifica: {d}"), "pt": ("{n} comentários", "Última modificação: {d}")}


# The long day and the headline joined by ` — ` on the first line, the publication alone, the byline, the text, then a
# comment count and a later modification day.
def desk_s60_998(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    comments, modified = MODIFIED[lg]
    parts = [sep_join(" — ", dated(a, lg), a["title"]), src] + ([by_line(a, rng)] if a["authors"] else [])
    parts += ["", body(a), "", comments.format(n=rng.randrange(2, 300)),
              modified.format(d=long_date(later_day(a, rng, 1, 12), lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


HEX_NOTE = {"en": "for the review", "fr": "pour la revue", "de": "für den Pressespiegel", "es": "para el resumen",
            "it": "per la rassegna", "pt": "para a revista"}
THANKS = {"en": "thanks", "fr": "merci", "de": "danke", "es": "gracias", "it": "grazie", "pt": "obrigado"}


# A HexChat log of the desk's IRC channel: the logging banner with its later moment, the colleague pasting the
# headline, the publication and day, the byline and the paragraphs one message each, another colleague thanking.
def desk_s60_999(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    nick, nick2 = handle(who), handle(other)
    if nick2 == nick:
        nick2 += "_"
    secs = epoch_of(later_day(a, rng, 1, 6), rng)
    dt = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)

    def at(s):
        return datetime.datetime.fromtimestamp(s, datetime.timezone.utc).strftime("%b %d %H:%M:%S")

    banner = dt.strftime("%a %b ") + f"{dt.day:2d}" + dt.strftime(" %H:%M:%S %Y")
    msgs = [HEX_NOTE[desk] + " :", a["title"], sep_join(", ", src, dated(a, lg))]
    msgs += [by_line(a, rng)] if a["authors"] else []
    msgs += a["body"]
    lines = [f"**** BEGINNING LOGGING AT {banner}", "", f"{at(secs)} *\tNow talking on #revue"]
    s = secs + 20
    for m in msgs:
        s += rng.randrange(1, 4)
        lines.append(f"{at(s)} <{nick}>\t{m}")
    lines.append(f"{at(s + 40)} <{nick2}>\t{nick}: {THANKS[desk]}")
    return "\n".join(lines) + "\n", e_with(a, source=src)


BIB = {"en": "{a}{q1}{t}{q2} {s}, {d}.", "fr": "{a}« {t} », {s}, {d}.", "de": "{a}„{t}“, in: {s}, {d}.",
       "es": "{a}«{t}», {s}, {d}.", "it": "{a}«{t}», in «{s}», {d}.", "pt": "{a}{t}. {s}, {d}."}
PT_MON = ["jan.", "fev.", "mar.", "abr.", "maio", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


# The desk's bibliographic reference in its own citation style on the first line (writers, headline quoted as the
# desk quotes, publication, long day in the desk's language; ABNT with the surname in capitals for pt), then the text.
def desk_s60_1004(a, desk, rng):
    src = src_of(a, rng)
    if desk == "pt":
        names = "; ".join(f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}" if len(x.split()) > 1 else x.upper()
                          for x in a["authors"])
        who = names + ". " if names else ""
        if a["date"]:
            d = datetime.date.fromisoformat(a["date"])
            day = f"{d.day} {PT_MON[d.month - 1]} {d.year}"
        else:
            day = "s.d."
        ref = BIB["pt"].format(a=who, t=a["title"], s=src, d=day)
        ref = ref[:-1] if ref.endswith("..") else ref
    else:
        who = names_of(a, desk) + (": " if desk == "de" else ", ") if a["authors"] else ""
        day = long_date(a["date"], desk) if a["date"] else {"en": "n.d.", "fr": "s.d.", "de": "o. D.", "es": "s. f.",
                                                               "it": "s.d."}[desk]
        ref = BIB[desk].format(a=who, t=a["title"], s=src, d=day, q1="\u201c", q2=",\u201d")
    return ref + "\n\n" + body(a) + "\n", e_with(a, source=src)


# The gopher hole of the desk: the menu (info lines with the review's later day, the article's item, an info line with
# the publication, day and writers), then the article's text document; CRLF and the closing `.` as gopher serves.
def desk_s60_1006(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    host = "gopher.desk.example.org"
    day = later_day(a, rng, 1, 5)
    path = f"/revue/{day[:4]}/{slug(a['title'])[:40].strip('-')}.txt"
    info = sep_join(" — ", sep_join(", ", src, dated(a, lg)), names_of(a, lg) if a["authors"] else "")
    menu = [f"i{OUTLINE_TITLE[desk].format(d=long_date(day, desk))}\tfake\t(NULL)\t0", "i\tfake\t(NULL)\t0",
            f"0{a['title']}\t{path}\t{host}\t70", f"i{info}\tfake\t(NULL)\t0", "."]
    doc = [a["title"], "", wrapped(a["body"], 70), "."]
    text = f"$ curl gopher://{host}/1/revue\n" + crlf_text("\n".join(menu) + "\n") + \
        f"$ curl gopher://{host}/0{path}\n" + crlf_text("\n".join(doc) + "\n")
    return text, e_with(a, source=src)


ARCHIVE = {"en": ("Keywords: {k}", "Archived {d} by {p}"), "fr": ("Mots-clés : {k}", "Archivé le {d} par {p}"),
           "de": ("Schlagwörter: {k}", "Archiviert am {d} von {p}"), "es": ("Palabras clave: {k}", "Archivado el {d} por {p}"),
           "it": ("Parole chiave: {k}", "Archiviato il {d} da {p}"), "pt": ("Palavras-chave: {k}", "Arquivado em {d} por {p}")}


# The headline, the text, a rule, the publication, the weekday long day and the writers joined by ` — ` on one line,
# the desk's keywords and its later archiving day with the colleague.
def desk_s60_1010(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    kw, arch = ARCHIVE[desk]
    line = " — ".join(x for x in [src, long_date(a["date"], lg, weekday=True) if a["date"] else "",
                                  names_of(a, lg) if a["authors"] else ""] if x)
    parts = [a["title"], "", body(a), "", "---", line, kw.format(k=", ".join([THEME[desk], KICKER[desk].lower()])),
             arch.format(d=numeric(later_day(a, rng, 1, 10), desk), p=crew(a, rng, 1)[0])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TASK = {"en": "Read: ", "fr": "À lire : ", "de": "Lesen: ", "es": "Leer: ", "it": "Da leggere: ", "pt": "Ler: "}


# A task on the desk's Todoist read through its REST API: `content` the desk's prefix and the headline, `description`
# the publication and day, the byline, the text, `due` a later day, `created_at` later.
def desk_s60_1011(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    n = rng.randrange(10 ** 9, 10 ** 10)
    desc = [sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + [""] + \
        ["\n\n".join(a["body"]), "", url_of(a, src)]
    due = later_day(a, rng, 2, 8)
    task = {"creator_id": str(rng.randrange(10 ** 7, 10 ** 8)),
            "created_at": utc_iso(epoch_of(later_day(a, rng, 1, 1), rng), ms=True).replace("Z", "000Z"),
            "assignee_id": None, "assigner_id": None, "comment_count": rng.randrange(0, 4), "is_completed": False,
            "content": TASK[desk] + a["title"], "description": "\n".join(desc),
            "due": {"date": due, "is_recurring": False, "datetime": None, "string": due, "timezone": None},
            "duration": None, "id": str(n), "labels": ["revue"], "order": rng.randrange(1, 40), "priority": 2,
            "project_id": str(rng.randrange(10 ** 9, 10 ** 10)), "section_id": None, "parent_id": None,
            "url": f"https://app.todoist.com/app/task/{n}"}
    cmd = f"$ curl -s https://api.todoist.com/rest/v2/tasks/{n} -H \"Authorization: Bearer $TODOIST_TOKEN\" | jq ."
    return cmd + "\n" + json.dumps(task, indent=2, ensure_ascii=False) + "\n", e_with(a, source=src)


BLIND_S60 = {f"desk_s60_{i}" for i in range(986, 1012)}
assert BLIND_S60 == {name for name in list(globals()) if name.startswith("desk_s60_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S60})
