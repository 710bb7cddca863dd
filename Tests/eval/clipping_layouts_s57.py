"""A thirty-fifth batch of 26 clipping layouts (BLIND_S57) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s56.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a task's, a journal entry's or a related
link's headline, nor a publication prefix; authors: the persons who wrote the article, never an interviewee, a
photographer, the colleague who forwarded, clipped, stored or filed it; date: the article's own publication day, never
a correction's, an update's, a related link's earlier day, a book's, a reception stamp's, a mail's, a task's, a file's
or a bucket's moment, and none when the file states none; source: the publication the file names, never the tool, the
mail client, the database, the broker, the bucket nor a photo agency).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them
(their printed parts in the article's language, the desk's own stamps and notes in the desk's, with CRLF, byte-order
marks and hard wraps where natural), half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S56
did not use (checked for each with keyword greps over all the batch files, printing only file names). The sixteen
development members:
the source and day only in a reference line at the foot, combined with the page (`Quelle: Süddeutsche Zeitung vom
03.03.1987, S. 14`, `Source : Le Monde du 03/03/1987, p. 14`); `notmuch show --format=json` of a mail a colleague
forwarded (`Subject` `TR: <headline>`, the colleague as `From`, a later `Date` and `timestamp`, the article pasted in
the `text/plain` part); an interview with its interviewee named in the intro and the interviewer's credit at the foot
(`Das Gespräch führte …`, `Propos recueillis par …`); a Datasette JSON API row (`_shape=array`: `headline`, `outlet`,
`byline` or null, `published` or null, a later `clipped_at`, `clipped_by` the colleague); a CRLF web story with the
publication's correction note and its later day at the foot; macOS `mdls` of a saved PDF (`kMDItemAuthors` when signed,
`kMDItemPublishers`, `kMDItemTitle`, later `kMDItemContentCreationDate` and `kMDItemLastUsedDate`, `kMDItemCreator`
Safari) then `textutil -convert txt -stdout`; an OCRed page with a byte-order mark, hard wraps at 64 columns and a
photo caption credited to a photographer and an agency (`Foto: Carmen Ortiz/dpa`) between the paragraphs; `aws s3api
head-object` of the desk's archive bucket (`Metadata` with `headline`, `outlet`, `byline` and `published` when the
article has them, `clipped-by`, a later `LastModified`) then `aws s3 cp … -`; a related-link box (`MEHR ZUM THEMA`,
`LIRE AUSSI`) with another headline and an earlier day in the middle of the text; Taskwarrior's `task N export` (the
`description` `Résumer pour la revue : <headline>`, the link, byline line and paragraphs as `annotations`, later
`entry`, `modified` and `due` as `YYYYMMDDTHHMMSSZ`); the desk's reception stamp with a later numeric day on top
(`EINGANG 05.03.1987 — Dokumentation`), the publication and weekday long date, the headline, the writers' signature
`— Name` at the foot; `w3m -dump` of the page (logo and navigation links, share links, a cookie banner, `© YEAR
Publication` at the foot, the text wrapped at 78 columns); the byline on top and the writer's bio at the foot naming
the publication and a book with an earlier day; `mosquitto_sub -v` on the desk's MQTT topics (a JSON clip with
`headline`, `outlet`, `authors`, `published` or null, a later epoch `fetched`, the bot's name, then a status
heartbeat with a later moment); a page with a byte-order mark and CRLF, `Publié le mardi 3 mars 1987 14h02 CET` and a
later `Mis à jour le …` under the byline (neither when undated); `jrnl --export json` of a colleague's journal (the
entry's `title` `Publication: headline`, `body` the note, byline, long date and text, a later `date` and `time`); ten
more are held-out.

The layouts are numbered from 865 to 890, the first range at or after 855 that text_eval.py's hash `sha1("held-out:" +
name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names `desk_s57_{i}` and
text_eval.py's own `held_out`: the starts 855 to 864 give 8 or 9 held-out, 865 gives 10), so that sixteen fall in
development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 54 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s56.py (clipping_layouts_s56.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py and real_articles.py were read, as far as needed; the helpers of _s31.py to _s56.py
were listed by a grep for definitions limited to the lines above each file's marker and only called, their behaviour
checked by calling them, never read; the keyword greps for formats already used ran over all the batch files,
printing file names only). Every layout was run over every article with every desk, twice, without exception and
with the same output (32,760 calls).
Nobody tunes on any of them when written; BLIND_S57's development members are only scored (text_eval.py prints their
misses with `--show-s57-development` alone). A container that leaves an undated article without a publication day
(Datasette's and MQTT's null, the missing S3 metadata key, mdls's, Taskwarrior's and jrnl's missing day) is expected
to state none, whatever later days it holds; the articles' writers are the only authors, whatever interviewees,
photographers, senders, clippers or colleagues a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s58/base.bin`; title exact / authors F1
/ date / source): development 0.483 / 0.533 / 0.772 / 0.444, 0 rejected (2 files stating no author given some);
held-out 0.388 / 0.350 / 0.546 / 0.304, 0 rejected (51 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings; every figure block
of the other layouts, development and held-out, was compared with that parser's earlier run, /work/scratch/s58's
prev.figures: identical, but the all-layouts development line, which now holds this batch's sixteen, 566 -> 582 layouts,
80938 -> 83226 clippings, and the speed line). Nothing was changed after the run but the docstrings' figures and line
wrapping.
"""
import json
import textwrap

from clipping_layouts import long_date, MONTHS, WEEKDAYS
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
from clipping_layouts_s55 import body, by_line, lang_of, shift
from clipping_layouts_s56 import ALNUM, first_sentence, iso_at, slug
from clipping_layouts import LAYOUTS


def wrapped(paragraphs, width):
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) or p for p in paragraphs)


def and_join(names, conj):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}"


CONJ = {"en": "and", "fr": "et", "de": "und", "es": "y", "it": "e", "pt": "e"}


# ---- development members of BLIND_S57 ----

SOURCE_FOOT = {  # the label, the joining word before the day, the page
    "en": ("Source: {s}, {d}, page {p}", "Source: {s}, page {p}"),
    "fr": ("Source : {s} du {d}, p. {p}", "Source : {s}, p. {p}"),
    "de": ("Quelle: {s} vom {d}, S. {p}", "Quelle: {s}, S. {p}"),
    "es": ("Fuente: {s}, {d}, pág. {p}", "Fuente: {s}, pág. {p}"),
    "it": ("Fonte: {s} del {d}, pag. {p}", "Fonte: {s}, pag. {p}"),
    "pt": ("Fonte: {s}, {d}, pág. {p}", "Fonte: {s}, pág. {p}")}


# A clipping whose only source and day are a reference line at its foot, in the article's language, the day and the
# page combined with the publication (`Quelle: Süddeutsche Zeitung vom 03.03.1987, S. 14`, `Source : Le Monde du
# 03/03/1987, p. 14`, the long date in English; no day when undated): the headline, the byline, the text, the line.
def desk_s57_865(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    with_day, bare = SOURCE_FOOT[lg]
    page = rng.randrange(2, 40)
    if a["date"]:
        d = long_date(a["date"], lg) if lg == "en" else numeric(a["date"], lg)
        foot = with_day.format(s=src, d=d, p=page)
    else:
        foot = bare.format(s=src, p=page)
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a), "", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FWD_NOTE = {"en": "Worth a look for tomorrow's review.", "fr": "À voir pour la revue de demain.",
            "de": "Lohnt sich für den Pressespiegel morgen.", "es": "Para el resumen de mañana.",
            "it": "Da vedere per la rassegna di domani.", "pt": "Para a revista de amanhã."}
FWD_SUBJ = {"en": "Fwd: {t}", "fr": "TR: {t}", "de": "WG: {t}", "es": "RV: {t}", "it": "I: {t}", "pt": "ENC: {t}"}


def rfc2822(day, rng):
    y, m, d = (int(x) for x in day.split("-"))
    import datetime
    wd = datetime.date(y, m, d).strftime("%a")
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    h, mi = hm(rng)
    return f"{wd}, {d:02d} {mon} {y} {h:02d}:{mi:02d}:{rng.randrange(60):02d} +0100"


# A mail a colleague forwarded, printed by `notmuch show --format=json --entire-thread=false id:…`: notmuch's nested
# thread list with one message (`id`, `match`, `excluded`, `filename`, `timestamp` and `date_relative` the later
# moment, `tags`, `headers` with `Subject` the desk's forward prefix and the headline, `From` the colleague, `To` the
# desk, `Date` the later RFC 2822 moment; `body` a `text/plain` part whose `content` is the colleague's note, the link
# and the article pasted: headline, byline, publication and long date, text). The colleague is no author, the mail's
# moment no date, notmuch no source.
def desk_s57_867(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 4)
    secs = epoch_of(day, rng)
    mid = f"{ident(rng, 12, HEX)}@mail.desk.example.org"
    pasted = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), ""]
    content = FWD_NOTE[desk] + "\n\n" + url_of(a, src) + "\n\n" + "\n".join(pasted) + "\n" + body(a) + "\n\n-- \n" + \
        who + "\n"
    msg = {"id": mid, "match": True, "excluded": False,
           "filename": [f"/home/desk/Mail/INBOX/cur/{secs}.M{rng.randrange(10**5, 10**6)}P{rng.randrange(1000, 9999)}"
                        f".mx:2,S"],
           "timestamp": secs, "date_relative": day, "tags": ["inbox", "revue"],
           "headers": {"Subject": FWD_SUBJ[desk].format(t=a["title"]),
                       "From": f"{who} <{handle(who)}@desk.example.org>", "To": "desk@desk.example.org",
                       "Date": rfc2822(day, rng)},
           "body": [{"id": 1, "content-type": "text/plain", "content": content}],
           "crypto": {}}
    doc = [[[msg, []]]]
    cmd = f"$ notmuch show --format=json --entire-thread=false id:{mid}"
    return cmd + "\n" + json.dumps(doc, ensure_ascii=False) + "\n", e_with(a, source=src)


INTERVIEW = {  # the intro naming the interviewee, the interviewer's credit
    "en": ("{p}, the group's finance director, answers our questions.", "Interview by {n}"),
    "fr": ("{p}, directeur financier du groupe, répond à nos questions.", "Propos recueillis par {n}"),
    "de": ("{p}, Finanzvorstand des Konzerns, im Gespräch.", "Das Gespräch führte {n}."),
    "es": ("{p}, director financiero del grupo, responde a nuestras preguntas.", "Entrevista de {n}"),
    "it": ("{p}, direttore finanziario del gruppo, risponde alle nostre domande.", "Intervista a cura di {n}"),
    "pt": ("{p}, diretor financeiro do grupo, responde às nossas perguntas.", "Entrevista de {n}")}


# An interview as printed, in the article's language: the publication and long date joined by ` · ` (whichever the
# article has), the headline, an intro naming the interviewee (`Stefan Krüger, Finanzvorstand des Konzerns, im
# Gespräch.`), the text, the interviewer's credit at the foot (`Das Gespräch führte Hélène Roux.`, `Propos recueillis
# par …`; left out when unsigned). The interviewee is no author.
def desk_s57_868(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    intro, credit = INTERVIEW[lg]
    guest = crew(a, rng, 1)[0]
    parts = [sep_join(" · ", src, dated(a, lg)), "", a["title"], "", intro.format(p=guest), "", body(a)]
    if a["authors"]:
        parts += ["", credit.format(n=and_join(a["authors"], CONJ[lg]))]
    return "\n".join(parts).lstrip("\n") + "\n", e_with(a, source=src)


DATASETTE_COLS = ["id", "headline", "outlet", "byline", "published", "url", "clipped_by", "clipped_at", "text"]


# A row of the desk's clippings database served by Datasette, asked for with `curl -s
# "https://data.desk.example.org/clips/articles.json?_shape=array&headline__contains=…"`: a JSON array of one object
# with the desk's columns (`headline`, `outlet`, `byline` the writers joined by `; ` or null, `published` the day or
# null, `url`, `clipped_by` the colleague, `clipped_at` the later moment, `text`). The colleague is no author, the
# clipping's moment no date, Datasette no source.
def desk_s57_871(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    row = {"id": rng.randrange(1, 20000), "headline": a["title"], "outlet": src,
           "byline": "; ".join(a["authors"]) or None, "published": a["date"], "url": url_of(a, src),
           "clipped_by": who, "clipped_at": iso_at(later_day(a, rng, 1, 6), rng).replace("Z", ""),
           "text": body(a)}
    word = ([w for w in a["title"].split() if len(w) > 4] or a["title"].split())[0].strip(".,:;!?«»“”\"'<>()")
    cmd = f"$ curl -s \"https://data.desk.example.org/clips/articles.json?_shape=array&headline__contains={word}\""
    return cmd + "\n" + json.dumps([row], ensure_ascii=False) + "\n", e_with(a, source=src)


CORRECTION = {
    "en": "Correction: This article was amended on {d}. An earlier version misstated a figure in the fourth paragraph.",
    "fr": "Rectificatif : cet article a été modifié le {d}. Une version précédente comportait une erreur de chiffre.",
    "de": "Korrektur: Dieser Artikel wurde am {d} geändert. In einer früheren Fassung war eine Zahl falsch angegeben.",
    "es": "Fe de errores: este artículo se modificó el {d}. Una versión anterior contenía una cifra errónea.",
    "it": "Rettifica: questo articolo è stato modificato il {d}. Una versione precedente riportava una cifra errata.",
    "pt": "Correção: este artigo foi alterado em {d}. Uma versão anterior continha um número errado."}


# A web story saved with Windows line ends (CRLF), in the article's language: the headline, the byline, the
# publication and long date joined by `, ` (whichever the article has), the text, then the publication's correction
# note with a later day (`Correction: This article was amended on March 9, 1987. …`). The correction's day is not the
# article's.
def desk_s57_872(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), "",
                                                                          body(a), "",
                                                                          CORRECTION[lg].format(
                                                                              d=long_date(later_day(a, rng, 2, 9),
                                                                                          lg))]
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


def mdls_date(day, rng):
    h, m = hm(rng)
    return f"{day} {h:02d}:{m:02d}:{rng.randrange(60):02d} +0000"


# A PDF of the article saved on the desk's Mac, described with `mdls` then converted with `textutil -convert txt
# -stdout`: Spotlight's attributes (`kMDItemAuthors` the writers in a parenthesised list, or absent when unsigned;
# `kMDItemContentCreationDate`, `kMDItemContentModificationDate`, `kMDItemDateAdded` and `kMDItemLastUsedDate` the
# later moments the file was made and used; `kMDItemCreator` the browser; `kMDItemPublishers` the publication;
# `kMDItemTitle` the headline; `kMDItemWhereFroms` the page and the desk's search), then the text: headline,
# publication and long date, byline, text. The file's moments are no date, Safari no source.
def desk_s57_873(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    made = later_day(a, rng, 1, 5)
    name = slug(a["title"])[:40] + ".pdf"
    attrs = []
    if a["authors"]:
        attrs.append(("kMDItemAuthors", "(\n" + ",\n".join(f'    "{n}"' for n in a["authors"]) + "\n)"))
    saved = mdls_date(made, rng)
    attrs += [("kMDItemContentCreationDate", saved),
              ("kMDItemContentModificationDate", saved),
              ("kMDItemContentType", '"com.adobe.pdf"'),
              ("kMDItemCreator", '"Safari"'),
              ("kMDItemDateAdded", saved),
              ("kMDItemDisplayName", f'"{name}"'),
              ("kMDItemEncodingApplications", '"Mac OS X 10.15.7 Quartz PDFContext"'),
              ("kMDItemFSSize", str(rng.randrange(80000, 900000))),
              ("kMDItemLastUsedDate", mdls_date(shift(made, 1), rng)),
              ("kMDItemNumberOfPages", str(rng.randrange(1, 5))),
              ("kMDItemPublishers", f'(\n    "{src}"\n)'),
              ("kMDItemTitle", json.dumps(a["title"], ensure_ascii=False)),
              ("kMDItemWhereFroms", f'(\n    "{url_of(a, src)}",\n    "https://www.google.com/"\n)')]
    width = max(len(k) for k, _ in attrs)
    lines = [f"$ mdls ~/Downloads/{name}"] + [f"{k.ljust(width)} = {v}" for k, v in attrs]
    text = [a["title"], sep_join(" – ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
    lines += [f"$ textutil -convert txt -stdout ~/Downloads/{name}", "\n".join(text), "", body(a)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


CAPTION = {"en": "Photo: {p}/{g}", "fr": "Photo : {p} / {g}", "de": "Foto: {p}/{g}", "es": "Foto: {p} / {g}",
           "it": "Foto di {p} / {g}", "pt": "Foto: {p} / {g}"}
CAPTION_TEXT = {"en": "The group's headquarters.", "fr": "Le siège du groupe.", "de": "Die Konzernzentrale.",
                "es": "La sede del grupo.", "it": "La sede del gruppo.", "pt": "A sede do grupo."}


# A printed page scanned and OCRed, with a byte-order mark and hard wraps at 64 columns, in the article's language:
# the publication and long date joined by ` — ` (whichever the article has), the headline, the byline, the photo's
# caption with the photographer and an agency (`Foto: Carmen Ortiz/dpa`) set between the first and second paragraphs,
# the rest of the text. The photographer is no author, the photo agency no source.
def desk_s57_876(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    photo = crew(a, rng, 1)[0]
    agency = rng.choice(["dpa", "AFP", "Reuters", "AP", "EPA"])
    if agency == src:
        agency = "Getty Images"
    cap = CAPTION_TEXT[lg] + " " + CAPTION[lg].format(p=photo, g=agency)
    paras = a["body"][:1] + [cap] + a["body"][1:]
    head = [sep_join(" — ", src, dated(a, lg)), "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    text = "\n".join(head).lstrip("\n") + "\n\n" + wrapped(paras, 64) + "\n"
    return "\ufeff" + text, e_with(a, source=src)


# The desk's archive bucket on S3, read with `aws s3api head-object` (the object's JSON: `AcceptRanges`,
# `LastModified` the later moment it was stored, `ContentLength`, `ETag`, `ContentType`, `Metadata` the desk's
# `x-amz-meta-*` keys: `headline`, `outlet`, `byline` or absent when unsigned, `published` or absent when undated,
# `clipped-by` the colleague) then `aws s3 cp … -` printing the stored text (headline, publication and day, byline,
# text). The storing moment is no date, the colleague no author, S3 no source.
def desk_s57_878(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    key = f"clips/{(a['date'] or later_day(a, rng, 0, 0))[:4]}/{slug(a['title'])}.txt"
    text = "\n".join([a["title"], sep_join(", ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else [])
                     + ["", body(a)]) + "\n"
    meta = {"headline": a["title"], "outlet": src}
    if a["authors"]:
        meta["byline"] = ", ".join(a["authors"])
    if a["date"]:
        meta["published"] = a["date"]
    meta["clipped-by"] = handle(who)
    stored = utc_iso(epoch_of(later_day(a, rng, 1, 8), rng)).replace("Z", "+00:00")
    doc = {"AcceptRanges": "bytes", "LastModified": stored, "ContentLength": len(text.encode()),
           "ETag": f"\"{ident(rng, 32, HEX)}\"", "ContentType": "text/plain; charset=utf-8",
           "ServerSideEncryption": "AES256", "Metadata": meta}
    bucket = "desk-press-archive"
    lines = [f"$ aws s3api head-object --bucket {bucket} --key {key}", json.dumps(doc, ensure_ascii=False, indent=4),
             f"$ aws s3 cp s3://{bucket}/{key} -"]
    return "\n".join(lines) + "\n" + text, e_with(a, source=src)


READ_ALSO = {"en": "READ ALSO", "fr": "LIRE AUSSI", "de": "MEHR ZUM THEMA", "es": "LEA TAMBIÉN",
             "it": "LEGGI ANCHE", "pt": "LEIA TAMBÉM"}
RELATED = {"en": "Talks stall as regulators ask for more time", "fr": "Les négociations marquent le pas",
           "de": "Gespräche geraten ins Stocken", "es": "Las negociaciones se estancan",
           "it": "I negoziati segnano il passo", "pt": "As negociações estagnam"}


# A web story copied with a related-link box in the middle of its text, in the article's language: the headline, the
# byline, the publication and long date joined by `, ` (whichever the article has), the first paragraph, the box
# (`MEHR ZUM THEMA` over another headline and its earlier long date), the rest. The box's headline and day are not
# the article's.
def desk_s57_879(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    back = earlier_day(a, rng, 3, 40) if a["date"] else shift(later_day(a, rng, 1, 2), -rng.randrange(3, 40))
    box = [READ_ALSO[lg], f"» {RELATED[lg]} ({long_date(back, lg)})"]
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), "",
                                                                          a["body"][0], ""] + box
    parts += ["", "\n\n".join(a["body"][1:])] if a["body"][1:] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


TASK_DESC = {"en": "Summarise for the review: {t}", "fr": "Résumer pour la revue : {t}",
             "de": "Für den Pressespiegel zusammenfassen: {t}", "es": "Resumir para el resumen: {t}",
             "it": "Riassumere per la rassegna: {t}", "pt": "Resumir para a revista: {t}"}


def tw_date(day, rng):
    h, m = hm(rng)
    return f"{day.replace('-', '')}T{h:02d}{m:02d}{rng.randrange(60):02d}Z"


# A colleague's task in the desk's Taskwarrior, printed with `task <id> export` (a JSON array of one task: `id`,
# `description` the desk's `Résumer pour la revue : <headline>`, `entry`, `modified`, `due` and the annotations'
# `entry` the later moments in Taskwarrior's `YYYYMMDDTHHMMSSZ`, `project`, `tags`, `status`, `uuid`, `urgency`;
# `annotations` the link, the byline with the publication and long date, then the article's paragraphs). The task's
# description is no title (the headline inside it is), its moments no date, Taskwarrior no source.
def desk_s57_880(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    day = later_day(a, rng, 1, 4)
    stamp = tw_date(day, rng)
    notes = [url_of(a, src), sep_join(" — ", by_line(a, rng) if a["authors"] else "", src, dated(a, lg))]
    notes += a["body"]
    task = {"id": rng.randrange(1, 60), "description": TASK_DESC[desk].format(t=a["title"]), "due": tw_date(
        shift(day, rng.randrange(1, 4)), rng), "entry": stamp, "modified": stamp, "project": "revue",
            "status": "pending", "tags": ["presse", rng.choice(["eco", "industrie", "tech"])],
            "uuid": uuid_of(rng), "annotations": [{"entry": stamp, "description": n} for n in notes],
            "urgency": round(rng.uniform(2, 12), 6)}
    return f"$ task {task['id']} export\n" + json.dumps([task], ensure_ascii=False) + "\n", e_with(a, source=src)


RECEIVED = {"en": "RECEIVED {d} — documentation desk", "fr": "REÇU LE {d} — service documentation",
            "de": "EINGANG {d} — Dokumentation", "es": "RECIBIDO EL {d} — documentación",
            "it": "RICEVUTO IL {d} — documentazione", "pt": "RECEBIDO EM {d} — documentação"}


# A clipping under the desk's reception stamp with a later day, in the desk's language (`EINGANG 05.03.1987 —
# Dokumentation`), the article in its own: the publication and the long date with its weekday joined by `, `
# (whichever the article has), the headline, the text, the writers' signature at the foot after a dash (`— Hélène
# Roux`, the names joined). The stamp's day is not the article's.
def desk_s57_881(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    stamp = RECEIVED[desk].format(d=numeric(later_day(a, rng, 1, 6), desk))
    top = sep_join(", ", src, long_date(a["date"], lg, weekday=True) if a["date"] else "")
    parts = [stamp, "", top, "", a["title"], "", body(a)]
    if a["authors"]:
        parts += ["", "— " + and_join(a["authors"], CONJ[lg])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


NAV = {"en": ["Home", "World", "Business", "Markets", "Tech", "Subscribe"],
       "fr": ["Accueil", "International", "Économie", "Marchés", "Tech", "S'abonner"],
       "de": ["Startseite", "Politik", "Wirtschaft", "Finanzen", "Digital", "Abo"],
       "es": ["Portada", "Internacional", "Economía", "Mercados", "Tecnología", "Suscríbete"],
       "it": ["Home", "Mondo", "Economia", "Mercati", "Tech", "Abbonati"],
       "pt": ["Início", "Mundo", "Economia", "Mercados", "Tecnologia", "Assinar"]}
SHARE = {"en": "Share", "fr": "Partager", "de": "Teilen", "es": "Compartir", "it": "Condividi", "pt": "Partilhar"}
COOKIE = {"en": "We use cookies to improve your experience. [Accept]",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. [Accepter]",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. [Akzeptieren]",
          "es": "Utilizamos cookies para mejorar su experiencia. [Aceptar]",
          "it": "Utilizziamo i cookie per migliorare la tua esperienza. [Accetta]",
          "pt": "Utilizamos cookies para melhorar a sua experiência. [Aceitar]"}


# The page rendered by `w3m -dump URL` in a terminal: the site's name and navigation as w3m prints links (`[logo]`,
# `• Home • World …`), the headline, the byline, the long date, the share links, the text hard-wrapped at 78 columns
# with w3m's indentation, a cookie banner, the footer `© YEAR Publication`. w3m no source; the footer's year no date.
def desk_s57_882(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    url = url_of(a, src)
    year = (later_day(a, rng, 0, 2))[:4]
    lines = [f"$ w3m -dump {url}", f"[{slug(src)}-logo]", "", "  • " + " • ".join(NAV[lg]), "", a["title"], ""]
    if a["authors"]:
        lines.append(by_line(a, rng))
    if a["date"]:
        lines.append(long_date(a["date"], lg))
    lines += ["", f"[share] {SHARE[lg]}  [twitter] [facebook] [mail]", ""]
    for p in a["body"]:
        lines += textwrap.wrap(p, 78) + [""]
    lines += [COOKIE[lg], "", f"© {year} {src}"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


BIO = {  # the writer's bio with a book and its earlier day
    "en": "{n} covers industry for {s}. Her book “Steel and Salt” came out on {d}.",
    "fr": "{n} suit l'industrie pour {s}. Son livre « Acier et sel » est paru le {d}.",
    "de": "{n} berichtet für {s} über die Industrie. Ihr Buch „Stahl und Salz“ erschien am {d}.",
    "es": "{n} cubre la industria para {s}. Su libro «Acero y sal» salió el {d}.",
    "it": "{n} segue l'industria per {s}. Il suo libro «Acciaio e sale» è uscito il {d}.",
    "pt": "{n} acompanha a indústria para {s}. O seu livro «Aço e sal» saiu a {d}."}


# A story with its writer's bio box at the foot mentioning a book and its earlier day, in the article's language:
# the byline on top, the headline, the long date with its weekday (when dated), the text, then the bio of the first
# writer with the publication's name (`Hélène Roux suit l'industrie pour Le Monde. Son livre … est paru le 12 mai
# 1985.`; no bio when unsigned). The book's day is not the article's.
def desk_s57_884(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    parts = ([by_line(a, rng)] if a["authors"] else []) + [a["title"]]
    parts += [long_date(a["date"], lg, weekday=True)] if a["date"] else []
    parts += ["", body(a)]
    if a["authors"]:
        back = shift(a["date"] or later_day(a, rng, 1, 2), -rng.randrange(300, 3000))
        parts += ["", "―――", BIO[lg].format(n=a["authors"][0], s=src, d=long_date(back, lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's watch bot publishing to its MQTT broker, read with `mosquitto_sub -h mqtt.desk.example.org -t
# 'desk/clips/#' -v -C 2`: each line the topic then the payload; first a JSON clip on `desk/clips/<lang>/<id>`
# (`headline`, `outlet`, `authors` a list, `published` the day or null, `url`, `lead` the first sentence, `text`,
# `fetched` the later epoch seconds, `bot` the watch bot's name), then the bot's heartbeat on `desk/clips/status`
# with a later ISO moment. The bot and the broker are no source, their moments no date.
def desk_s57_886(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    secs = epoch_of(later_day(a, rng, 0, 3), rng)
    clip = {"headline": a["title"], "outlet": src, "authors": a["authors"], "published": a["date"],
            "url": url_of(a, src), "lead": first_sentence(a["body"][0]), "text": body(a), "fetched": secs,
            "bot": "presswatch-bot/1.4"}
    beat = {"status": "ok", "queue": rng.randrange(0, 30), "at": utc_iso(secs + rng.randrange(60, 600))}
    lines = ["$ mosquitto_sub -h mqtt.desk.example.org -t 'desk/clips/#' -v -C 2",
             f"desk/clips/{lg}/{ident(rng, 10, HEX)} " + json.dumps(clip, ensure_ascii=False, separators=(",", ":")),
             "desk/clips/status " + json.dumps(beat, separators=(",", ":"))]
    return "\n".join(lines) + "\n", e_with(a, source=src)


PUBLISHED = {"en": ("Published on {d}", "Last modified on {d}"), "fr": ("Publié le {d}", "Mis à jour le {d}"),
             "de": ("Veröffentlicht am {d}", "Zuletzt aktualisiert am {d}"),
             "es": ("Publicado el {d}", "Actualizado el {d}"), "it": ("Pubblicato il {d}", "Aggiornato il {d}"),
             "pt": ("Publicado em {d}", "Atualizado em {d}")}
ZONE = {"en": "GMT", "fr": "CET", "de": "MEZ", "es": "CET", "it": "CET", "pt": "WET"}


def day_time(iso, lg, rng):
    h, m = hm(rng)
    clock = f"{h:02d}.{m:02d}" if lg == "en" else f"{h:02d}:{m:02d}" if lg != "fr" else f"{h:02d}h{m:02d}"
    return f"{long_date(iso, lg, weekday=True)} {clock} {ZONE[lg]}"


# A web story with publication and update lines under the headline, saved with a byte-order mark and CRLF, in the
# article's language: the publication's name, the headline, the byline, `Publié le mardi 3 mars 1987 14h02 CET` and
# `Mis à jour le mercredi 4 mars 1987 …` (both only when dated; undated pages print neither), the text. The update's
# day is not the publication day.
def desk_s57_887(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    pub, upd = PUBLISHED[lg]
    parts = [src.upper(), "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    if a["date"]:
        parts += [pub.format(d=day_time(a["date"], lg, rng)),
                  upd.format(d=day_time(later_day(a, rng, 1, 5), lg, rng))]
    parts += ["", body(a)]
    return "\ufeff" + "\r\n".join("\n".join(parts).split("\n")) + "\r\n", e_with(a, source=src)


JRNL_NOTE = {"en": "To read again before the review.", "fr": "À relire avant la revue.",
             "de": "Vor dem Pressespiegel noch einmal lesen.", "es": "Releer antes del resumen.",
             "it": "Da rileggere prima della rassegna.", "pt": "Reler antes da revista."}


# A colleague's journal kept with jrnl, exported with `jrnl clips --export json -n 1`: jrnl's JSON (`tags` with
# counts, `entries` with one entry: `title` the entry's first line, the publication and the headline joined by `: `,
# `body` the note, the byline, the publication's long date line when dated, then the text, `date` and `time` the later
# moment the entry was written, `tags`, `starred`). The entry's title is no title (the headline after the publication
# is), its moment no date, jrnl no source, the colleague no author.
def desk_s57_888(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    h, m = hm(rng)
    lines = [JRNL_NOTE[desk] + " @revue", ""]
    lines += [by_line(a, rng)] if a["authors"] else []
    lines += [dated(a, lg)] if a["date"] else []
    lines += ["", body(a)]
    entry = {"title": f"{src}: {a['title']}", "body": "\n".join(lines).replace("\n\n\n", "\n\n") + "\n",
             "date": later_day(a, rng, 1, 5), "time": f"{h:02d}:{m:02d}", "tags": ["@revue"], "starred": False}
    doc = {"tags": {"@revue": 1}, "entries": [entry]}
    return "$ jrnl clips --export json -n 1\n" + json.dumps(doc, ensure_ascii=False, indent=4) + "\n", \
        e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s57_")}

# ---- held-out members of BLIND_S57 below: whoever tunes the reader never reads past this line ----

EDITION = {"en": ("{d} edition", "Page {p}"), "fr": ("Édition du {d}", "Page {p}"),
           "de": ("Ausgabe vom {d}", "Seite {p}"), "es": ("Edición del {d}", "Página {p}"),
           "it": ("Edizione del {d}", "Pagina {p}"), "pt": ("Edição de {d}", "Página {p}")}
ROLE = {"en": "{n}, correspondent in {c}", "fr": "{n}, correspondant à {c}", "de": "{n}, Korrespondent in {c}",
        "es": "{n}, corresponsal en {c}", "it": "{n}, corrispondente da {c}", "pt": "{n}, correspondente em {c}"}


# Held-out: a print page's edition line on top, the writers with their posts at the foot.
def desk_s57_866(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    ed, pg = EDITION[lg]
    top = [src]
    if a["date"]:
        top.append(ed.format(d=long_date(a["date"], lg, weekday=True)))
    top.append(pg.format(p=rng.randrange(2, 30)))
    parts = ["  |  ".join(top), "", a["title"], "", body(a)]
    city = rng.choice(["Berlin", "Bruxelles", "Londres" if lg == "fr" else "London", "Genève" if lg == "fr" else "Genf"])
    for n in a["authors"]:
        parts += ["", ROLE[lg].format(n=n, c=city)] if n == a["authors"][0] else [ROLE[lg].format(n=n, c=city)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Held-out: a file saved by wget with its extended attributes, shown with getfattr, then printed.
def desk_s57_869(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    name = slug(a["title"])[:36] + ".txt"
    url = url_of(a, src)
    lines = [f"$ getfattr -d {name}", f"# file: {name}", f'user.xdg.origin.url="{url}"',
             f'user.xdg.referrer.url="https://news.google.com/search?q={slug(a["title"]).replace("-", "+")[:30]}"',
             "", f"$ stat -c '%y' {name}",
             f"{later_day(a, rng, 1, 6)} {hm(rng)[0]:02d}:{hm(rng)[1]:02d}:{rng.randrange(60):02d}."
             f"{rng.randrange(10**8, 10**9)} +0100", f"$ cat {name}", a["title"]]
    lines += [by_line(a, rng)] if a["authors"] else []
    lines += [sep_join(" | ", src, dated(a, lg)), "", body(a)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


# Held-out: one header line joining every field, hard-wrapped text, CRLF.
def desk_s57_870(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head = sep_join(" — ", src.upper(), long_date(a["date"], lg, weekday=True) if a["date"] else "",
                    and_join(a["authors"], CONJ[lg]) if a["authors"] else "")
    text = head + "\n\n" + a["title"] + "\n\n" + wrapped(a["body"], rng.choice([60, 68, 72])) + "\n"
    return "\r\n".join(text.split("\n")), e_with(a, source=src)


COMMIT_MSG = {"en": "Add clipping: {t}", "fr": "Ajout coupure : {t}", "de": "Ausschnitt hinzugefügt: {t}",
              "es": "Añadido recorte: {t}", "it": "Aggiunto ritaglio: {t}", "pt": "Adicionado recorte: {t}"}


# Held-out: the desk's clippings repository, a commit shown with git log -p.
def desk_s57_874(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 5)
    import datetime
    y, m, d = (int(x) for x in day.split("-"))
    h, mi = hm(rng)
    gdate = datetime.datetime(y, m, d, h, mi, rng.randrange(60)).strftime("%a %b %-d %H:%M:%S %Y") + " +0100"
    path = f"clips/{day[:7]}/{slug(a['title'])[:40]}.txt"
    content = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), ""]
    for i, p in enumerate(a["body"]):
        content += [p] + ([""] if i < len(a["body"]) - 1 else [])
    lines = ["$ git log -p -1", f"commit {ident(rng, 40, HEX)}", f"Author: {who} <{handle(who)}@desk.example.org>",
             f"Date:   {gdate}", "", "    " + COMMIT_MSG[desk].format(t=a["title"][:50]), "",
             f"diff --git a/{path} b/{path}", "new file mode 100644", f"index 0000000..{ident(rng, 7, HEX)}",
             "--- /dev/null", f"+++ b/{path}", f"@@ -0,0 +1,{len(content)} @@"] + ["+" + c for c in content]
    return "\n".join(lines) + "\n", e_with(a, source=src)


SUMMARY = {"en": "Desk note of {d}: worth quoting in the review, see the second paragraph.",
           "fr": "Note du {d} : à citer dans la revue, voir le deuxième paragraphe.",
           "de": "Notiz vom {d}: für den Pressespiegel zitieren, siehe zweiter Absatz.",
           "es": "Nota del {d}: citar en el resumen, ver el segundo párrafo.",
           "it": "Nota del {d}: da citare nella rassegna, vedi il secondo paragrafo.",
           "pt": "Nota de {d}: citar na revista, ver o segundo parágrafo."}


# Held-out: a desk note with a later day above the article.
def desk_s57_875(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    note = SUMMARY[desk].format(d=long_date(later_day(a, rng, 1, 4), desk)) + f" ({who})"
    parts = [note, "", "* * *", "", a["title"], sep_join(". ", src, dated(a, lg))]
    parts += [by_line(a, rng)] if a["authors"] else []
    parts += ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Held-out: a Gemini capsule's page fetched with gmni -i.
def desk_s57_877(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    host = site(src)
    path = f"/{(a['date'] or '').replace('-', '/')}/{slug(a['title'])}.gmi".replace("//", "/")
    lines = [f"$ gmni -i gemini://gemini.{host}{path}", f"20 text/gemini; lang={lg}", f"# {src}", "",
             f"## {a['title']}", ""]
    lines += [by_line(a, rng)] if a["authors"] else []
    lines += [dated(a, lg)] if a["date"] else []
    lines += [""]
    for p in a["body"]:
        lines += [p, ""]
    lines += [f"=> gemini://gemini.{host}/ {src}", f"=> {url_of(a, src)} Web", "",
              f"Capsule mise à jour le {later_day(a, rng, 1, 9)}" if lg == "fr" else
              f"Capsule updated {later_day(a, rng, 1, 9)}"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


DISTRIB = {"en": "© {s} {y}. All rights reserved. Distributed by {x} on {d}.",
           "fr": "© {s} {y}. Tous droits réservés. Diffusé par {x} le {d}.",
           "de": "© {s} {y}. Alle Rechte vorbehalten. Verbreitet durch {x} am {d}.",
           "es": "© {s} {y}. Todos los derechos reservados. Distribuido por {x} el {d}.",
           "it": "© {s} {y}. Tutti i diritti riservati. Distribuito da {x} il {d}.",
           "pt": "© {s} {y}. Todos os direitos reservados. Distribuído por {x} em {d}."}


# Held-out: a syndicated copy with the publication's copyright and the distributor's day at the foot.
def desk_s57_883(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    x = rng.choice(["PressSyndic", "NewsBank Syndication", "Globe Content Services"])
    later = later_day(a, rng, 2, 12)
    parts = [a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], lg)] if a["date"] else []
    parts += ["", body(a), "", DISTRIB[lg].format(s=src, y=(a["date"] or later)[:4], x=x, d=long_date(later, lg))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Held-out: an iCalendar VJOURNAL entry exported from the desk's calendar server.
def desk_s57_885(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 4)
    h, m = hm(rng)
    stamp = f"{day.replace('-', '')}T{h:02d}{m:02d}00Z"

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    desc = "\n".join(([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg)), ""]) + \
        "\n" + body(a)
    props = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nextcloud calendar v4.6.4", "BEGIN:VJOURNAL",
             f"UID:{uuid_of(rng)}", f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{day.replace('-', '')}",
             f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", f"ORGANIZER;CN={who}:mailto:{handle(who)}@desk.example.org",
             f"SUMMARY:{esc(a['title'])}", f"DESCRIPTION:{esc(desc)}", f"URL:{url_of(a, src)}",
             "CATEGORIES:Revue", "STATUS:FINAL", "END:VJOURNAL", "END:VCALENDAR"]
    out = []
    for p in props:  # fold at 75 octets, roughly by characters
        while len(p) > 74:
            out.append(p[:74])
            p = " " + p[74:]
        out.append(p)
    return "\r\n".join(out) + "\r\n", e_with(a, source=src)


CREDIT_PAIR = {"en": ("text", "photos"), "fr": ("texte", "photos"), "de": ("Text", "Fotos"),
               "es": ("texto", "fotos"), "it": ("testo", "foto"), "pt": ("texto", "fotos")}


# Held-out: a byline naming the writers and the photographer with their parts in brackets.
def desk_s57_889(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    t, f = CREDIT_PAIR[lg]
    photo = crew(a, rng, 1)[0]
    word = {"en": "By", "fr": "Par", "de": "Von", "es": "Por", "it": "Di", "pt": "Por"}[lg]
    if a["authors"]:
        line = f"{word} {and_join(a['authors'], CONJ[lg])} ({t}) {CONJ[lg]} {photo} ({f})"
    else:
        line = f"{photo} ({f})"
    parts = [a["title"], line, sep_join(" – ", src, dated(a, lg)), "", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# Held-out: the Wayback Machine's TimeMap for the page, then the archived copy's text.
def desk_s57_890(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    url = url_of(a, src)
    import datetime
    first = later_day(a, rng, 0, 2)
    stamps = []
    for k in range(3):
        d = shift(first, k * rng.randrange(3, 200))
        h, m = hm(rng)
        stamps.append((d.replace("-", "") + f"{h:02d}{m:02d}{rng.randrange(60):02d}", d, h, m))

    def http_date(d, h, m):
        y, mo, dd = (int(x) for x in d.split("-"))
        return datetime.datetime(y, mo, dd, h, m, 0).strftime("%a, %d %b %Y %H:%M:%S GMT")

    lines = [f"$ curl -s http://web.archive.org/web/timemap/link/{url}", f'<{url}>; rel="original",',
             f'<http://web.archive.org/web/timemap/link/{url}>; rel="self"; type="application/link-format"; '
             f'from="{http_date(*stamps[0][1:])}",', f'<http://web.archive.org>; rel="timegate",']
    for i, (s, d, h, m) in enumerate(stamps):
        rel = "first memento" if i == 0 else "last memento" if i == 2 else "memento"
        lines.append(f'<http://web.archive.org/web/{s}/{url}>; rel="{rel}"; datetime="{http_date(d, h, m)}",')
    lines[-1] = lines[-1].rstrip(",")
    lines += [f"$ curl -s http://web.archive.org/web/{stamps[0][0]}/{url} | html2text", "", f"# {a['title']}", ""]
    lines += [by_line(a, rng)] if a["authors"] else []
    lines += [sep_join(", ", src, dated(a, lg)), "", body(a)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


BLIND_S57 = {name for name in list(globals()) if name.startswith("desk_s57_")}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S57)})
