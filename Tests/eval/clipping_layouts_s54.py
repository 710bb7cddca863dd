"""A thirty-second batch of 26 clipping layouts (BLIND_S54) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s53.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a curator's heading, a conversation's,
a document's, a page's or a record's own name, nor another publication's headline quoted in a box; authors: persons who
wrote the article, never a curator who recommends it, a colleague who contributed reporting, a page editor, an
interviewee, the clipper, the mail's sender, an archive's volunteer corrector, nor the persons a disclosure note names;
date: the article's publication day, never a curator's, an update's, a starring's, a mail's receipt, a document's
creation, an archive correction's, a capture's, a fetch's or a CMS's own publication day, nor another article's earlier
day, and none when the file states none; source: the publication the file names, never the reader app, the mail or
cloud service, the database, the archive's catalogue title with its place and years, the search engine, the browser,
the CMS, another publication quoted in a box, nor the group owning the publication).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them,
half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S53 did not use (checked for each with
keyword greps over all the batch files, printing only file names). The sixteen development members:
a colleague's recommendation heading the piece (`LESETIPP DER WOCHE`, `Empfohlen von C, 9. März 1987` with the
curator's line in quotation marks, then the headline, byline, publication and day); a NewsBlur starred story from its
API (`story_title`, `story_authors` joined by commas, `story_date` in UTC, `short_parsed_date`, a later `starred_date`
and `starred_timestamp`, the feed's `feed_title`; `story_date` left out when undated); a story with the agency-style
credit at its foot (`Carmen Ortiz in Paris contributed to this report.`, in the desk's language); an e-mail received
by Amazon SES and posted by SNS (the notification's JSON with `Message` a JSON string: `mail.commonHeaders` with the
later `date`, the colleague as `from`, the raw MIME mail in `content` holding the pasted article); a print page's story
with the folio and the page editor at its foot (`Le Figaro · mardi 3 mars 1987 · Page 7`, `Responsable de la page :
E`); a Cloud Firestore document read through its REST API (typed values: `stringValue`, `arrayValue`, `timestampValue`
or `nullValue`, `mapValue` for the clipper, later `createTime`/`updateTime`); a story with a postscript giving a later
day (`Nachtrag vom 6. März 1987: …`); a Trove newspaper article from the National Library of Australia's API
(`heading` the headline, `title.value` the catalogue title with place and years, `date`, `page`, `articleText` with the
byline in capitals, a volunteer's `lastCorrection` with a later day; `date` left out when undated); a box under the
story quoting other publications' earlier articles on the subject (`ZUR DEBATTE`, each with its headline, writer,
paper and day); a browser's HAR file (Chrome DevTools' `Save all as HAR`: `log.creator` WebInspector, later
`startedDateTime`, the site's article API answer as an escaped JSON string in `response.content.text` with
`firstPublished`, a later `lastModified`, the writers and the publication); an interview closing on the
interviewer's credit (`Mit Anders Holm sprach Hélène Roux.`, `Anders Holm a répondu aux questions d'Hélène Roux.`),
the interviewee also named in the standfirst; Bing News Search API v7's answer kept with the page text the desk's
script fetched (`value` with `name`, `provider` the publication, `datePublished`; then a `fetched` line with a later
day and the text with the byline); `psql`'s expanded display of the desk's clippings table (`-[ RECORD 1 ]`, `authors`
as a PostgreSQL array literal, an empty `published_on` when undated, the text's lines ending in `+`, `clipped_by`,
a later `clipped_at`); a Notepad file (BOM, CRLF, hard wraps) whose foot lists the writer's other pieces with their
earlier days (`Mehr von Hélène Roux:`; the section's when unsigned); a disclosure note at the foot naming the group
owning the publication, a sister paper and a board member (`Transparenzhinweis: …`); a Prismic document from its
API (`data` with `headline` as rich text, `outlet`, `authors`, `article_date` or null, the body as paragraphs, the
clipper; Prismic's own later `first_publication_date`/`last_publication_date`); ten more are held-out.

The layouts are numbered from 739 to 764, the first range at or after 739 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s54_{i}` and text_eval.py's own `held_out`: 739 as first number gives it), so that sixteen fall in development
(first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 51 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s53.py (clipping_layouts_s53.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py and real_articles.py were read whole; the helpers of _s31.py to _s53.py were listed
by a grep for definitions limited to the lines above each file's marker and only called, their behaviour checked by
calling them, never read; the keyword greps for formats already used ran over all the batch files, printing file
names only). Nobody tunes on any of them when written; BLIND_S54's development members are only scored
(text_eval.py prints their misses with `--show-s54-development` alone). A container that leaves an undated article
without a publication day (NewsBlur's, Trove's and Bing's left-out fields, Firestore's `nullValue`, psql's empty
cell, Prismic's null `article_date`) is expected to state none, whatever later days it holds; the articles' writers
are the only authors, whatever curators, contributors, editors, interviewees, clippers, senders or correctors a file
names.
Scored untuned once, by the release binary its writer was given (`base.bin`, main's parser at 54a06b8; title exact /
authors F1 / date / source): development 0.632 / 0.586 / 0.789 / 0.366, 152 rejected (3 files stating no author given
some); held-out 0.734 / 0.790 / 0.799 / 0.800, 1 rejected (117 files stating no author given some)
(`Tests/eval/text_eval.py --binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its
clippings; every figure block of the other layouts, development and held-out, was the same as that parser's earlier
run, /work/scratch/s53's t11.out). Nothing was changed after the run but this paragraph.
"""
import datetime
import json
import textwrap

from clipping_layouts import BY, LAYOUTS, MONTHS, WEEKDAYS, byline, long_date
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, lead, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s39 import slug
from clipping_layouts_s42 import named, numeric, url_of, ymd
from clipping_layouts_s44 import SECTION
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle
from clipping_layouts_s52 import pasted

CITY = {"en": "London", "fr": "Paris", "de": "Berlin", "es": "Madrid", "it": "Roma", "pt": "Lisboa"}
EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
NOTE = {"en": "For the review:", "fr": "Pour la revue de presse :", "de": "Für den Pressespiegel:",
        "es": "Para el resumen de prensa:", "it": "Per la rassegna stampa:", "pt": "Para a revista de imprensa:"}
FWD = {"en": "Fwd:", "fr": "TR :", "de": "WG:", "es": "RV:", "it": "I:", "pt": "Enc:"}
REVIEW = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
          "it": "Rassegna stampa", "pt": "Revista de imprensa"}
PAGE = {"en": "Page", "fr": "Page", "de": "Seite", "es": "Página", "it": "Pagina", "pt": "Página"}
OTHER_OUTLETS = ["Handelsblatt", "Les Echos", "Financial Times", "Il Sole 24 Ore", "Expansión", "Jornal de Negócios"]
OTHER_TITLES = {
    "en": ["Brussels weighs its options", "Steelmakers brace for a long spring", "The quota question returns"],
    "fr": ["Bruxelles pèse ses options", "Les sidérurgistes se préparent à un long printemps",
           "La question des quotas revient"],
    "de": ["Brüssel wägt ab", "Die Stahlbranche stellt sich auf einen langen Frühling ein", "Die Quotenfrage kehrt zurück"],
    "es": ["Bruselas sopesa sus opciones", "Las siderúrgicas se preparan para una larga primavera",
           "Vuelve la cuestión de las cuotas"],
    "it": ["Bruxelles valuta le opzioni", "Le acciaierie si preparano a una lunga primavera",
           "Torna la questione delle quote"],
    "pt": ["Bruxelas pondera as opções", "As siderurgias preparam-se para uma longa primavera",
           "A questão das quotas regressa"]}


def day_of(iso):
    return ymd(iso)


def shift(iso, days):
    return (day_of(iso) + datetime.timedelta(days=days)).isoformat()


def rfc_date(iso, h, m, offset="+0100"):
    d = day_of(iso)
    return f"{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} {h:02d}:{m:02d}:{(h * m) % 60:02d} {offset}"


def utc_of(iso, h, m, ms=False):
    """The moment `iso` h:m in Central European time, in UTC (h >= 6, so the day stays)."""
    return f"{iso}T{h - 1:02d}:{m:02d}:00" + (".000" if ms else "") + "Z"


def others(a, desk, rng, n):
    """`n` other articles: (headline, writer, paper, earlier ISO day) — another paper than the article's."""
    base = a["date"] or later_day(a, rng, 1, 3)
    titles = rng.sample(OTHER_TITLES[desk], n)
    writers = crew(a, rng, n)
    papers = rng.sample(OTHER_OUTLETS, n)
    return [(titles[i], writers[i], papers[i], shift(base, -rng.randrange(2, 40))) for i in range(n)]


# ---- development members of BLIND_S54 ----

PICK = {  # heading, `recommended by` line, the curator's line
    "en": ("OUR PICK OF THE WEEK", "Recommended by {c}, {d}", "“Worth reading in full before Thursday's meeting.”"),
    "fr": ("LE CHOIX DE LA SEMAINE", "Recommandé par {c}, le {d}", "« À lire en entier avant la réunion de jeudi. »"),
    "de": ("LESETIPP DER WOCHE", "Empfohlen von {c}, {d}", "„Lohnt sich vor der Sitzung am Donnerstag ganz zu lesen.“"),
    "es": ("LA RECOMENDACIÓN DE LA SEMANA", "Recomendado por {c}, {d}", "«Merece la pena leerlo entero antes de la "
                                                                         "reunión del jueves.»"),
    "it": ("IL CONSIGLIO DELLA SETTIMANA", "Consigliato da {c}, {d}", "«Da leggere per intero prima della riunione di "
                                                                      "giovedì.»"),
    "pt": ("A SUGESTÃO DA SEMANA", "Recomendado por {c}, {d}", "«Vale a pena ler na íntegra antes da reunião de "
                                                                "quinta-feira.»")}


# A colleague's recommendation heading the piece, as the desk's weekly reading list sends it: the list's heading
# (`LESETIPP DER WOCHE`), `Empfohlen von C, 9. März 1987` (the curator and the later day of the list), the curator's
# line in quotation marks, a rule, then the article: headline, byline, the publication and long date (whichever the
# article has), the text. The curator is no author, the list's day no date.
def desk_s54_739(a, desk, rng):
    src = src_of(a, rng)
    head, rec, line = PICK[desk]
    who = crew(a, rng, 1)[0]
    parts = [head, rec.format(c=who, d=long_date(later_day(a, rng, 3, 8), desk)), line, "", "———", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, desk)), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def nb_long(secs):
    d = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    h = d.hour % 12 or 12
    return (f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}{suffix}, {d.year} {h}:{d.minute:02d}"
            f"{'am' if d.hour < 12 else 'pm'}")


def nb_short(secs):
    d = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
    h = d.hour % 12 or 12
    return f"{d.day:02d} {EN_MON[d.month - 1]} {d.year}, {h}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


# A story the colleague starred in NewsBlur, as its API gives it (`GET /reader/starred_stories`), the answer kept
# whole: `stories` with one story (`story_hash`, `story_tags`, `story_date` the publication moment in UTC,
# `story_timestamp`, `story_authors` the writers joined by `, ` (empty when unsigned), `story_title`, `story_content`
# the HTML, `story_permalink`, `story_feed_id`, `short_parsed_date`/`long_parsed_date`, `read_status`, `starred`,
# `starred_date`/`starred_timestamp` the later starring, `user_tags`, `intelligence`, `score`; the dates left out when
# undated), `feeds` with the feed's `feed_title` (the publication), `authenticated`, `result`. NewsBlur no source, the
# starring no date.
def desk_s54_740(a, desk, rng):
    src = src_of(a, rng)
    feed = rng.randrange(1000, 9_000_000)
    starred = epoch_of(later_day(a, rng, 1, 6), rng)
    story = {"story_hash": f"{feed}:{ident(rng, 6, HEX)}", "story_tags": [SECTION[desk]]}
    if a["date"]:
        secs = epoch_of(a["date"], rng)
        story.update({"story_date": utc_iso(secs).replace("T", " ").replace("Z", ""), "story_timestamp": str(secs)})
    story.update({"story_authors": ", ".join(a["authors"]), "story_title": a["title"],
                  "story_content": "".join(f"<p>{p}</p>" for p in a["body"]), "story_permalink": url_of(a, src),
                  "story_feed_id": feed, "id": url_of(a, src), "guid_hash": ident(rng, 6, HEX), "image_urls": []})
    if a["date"]:
        story.update({"short_parsed_date": nb_short(secs), "long_parsed_date": nb_long(secs)})
    story.update({"read_status": 1, "starred": True, "starred_date": nb_short(starred),
                  "starred_timestamp": str(starred), "user_tags": [REVIEW[desk].lower()], "highlights": [],
                  "intelligence": {"feed": 0, "author": 0, "tags": 0, "title": 0}, "score": 0})
    feeds = {str(feed): {"id": feed, "feed_title": src, "feed_address": f"https://www.{site(src)}/rss",
                         "feed_link": f"https://www.{site(src)}/", "num_subscribers": rng.randrange(10, 4000)}}
    doc = {"stories": [story], "feeds": feeds, "authenticated": True, "user_id": rng.randrange(10000, 999999),
           "result": "ok"}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 1])) + "\n", e_with(a, source=src)


CONTRIB = {"en": "{n} in {c} contributed to this report.", "fr": "{n}, à {c}, a contribué à cet article.",
           "de": "An diesem Bericht hat {n} in {c} mitgewirkt.", "es": "{n}, en {c}, contribuyó a esta información.",
           "it": "Ha collaborato {n} da {c}.", "pt": "{n}, em {c}, contribuiu para esta reportagem."}


# A story with the agency-style credit at its foot for a colleague's reporting (`Carmen Ortiz in Paris contributed to
# this report.`, `An diesem Bericht hat Carmen Ortiz in Berlin mitgewirkt.`): the publication and section on top, the
# headline, the byline, the long date with the weekday (whichever the article has), the text, the credit line (one or
# two colleagues). Who contributed is no author.
def desk_s54_741(a, desk, rng):
    src = src_of(a, rng)
    helpers = crew(a, rng, rng.randrange(1, 3))
    parts = [f"{src} | {SECTION[desk]}", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), ""]
    parts += [CONTRIB[desk].format(n=named(helpers, desk), c=CITY[desk])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def mime_mail(who, addr, sent, h, m, subject, text, mid):
    return "\r\n".join([
        "Return-Path: <" + addr + ">",
        "Received: from mail.example.org (mail.example.org [192.0.2.15]) by inbound-smtp.eu-west-1.amazonaws.com "
        "with SMTP id " + mid.strip("<>").split("@")[0],
        f"Date: {rfc_date(sent, h, m)}", f"From: {who} <{addr}>", "To: review@press.example.org",
        f"Message-ID: {mid}", f"Subject: {subject}", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", text.replace("\n", "\r\n")])


# An e-mail the review's address received through Amazon SES, posted by SNS to the desk's endpoint and kept whole: the
# SNS notification (`Type`, `MessageId`, `TopicArn`, `Subject` `Amazon SES Email Receipt Notification`, `Message`,
# `Timestamp`, `SignatureVersion`, `Signature`, `SigningCertURL`, `UnsubscribeURL`) whose `Message` is a JSON string:
# `notificationType` `Received`, `mail` (`timestamp`, `source`, `messageId`, `destination`, `headersTruncated`,
# `headers`, `commonHeaders` with the colleague as `from`, the later `date` and the colleague's subject), `receipt`
# (verdicts, the SNS action) and `content` the raw MIME mail: the colleague's note and the article pasted (headline,
# publication and long date, byline, text) and signature. The mail's days are no date, the colleague no author, SES no
# source.
def desk_s54_743(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    sent = later_day(a, rng, 0, 4)
    h, m = hm(rng)
    addr = f"{handle(who)}@example.org"
    mid = f"<{ident(rng, 20, HEX)}@example.org>"
    subject = rng.choice([f"{FWD[desk]} {a['title']}", f"{REVIEW[desk]} – {src}"])
    text = "\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", "-- ", who]) + "\n"
    moment = utc_of(sent, h, m, ms=True)
    ses_id = ident(rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    common = {"returnPath": addr, "from": [f"{who} <{addr}>"], "date": rfc_date(sent, h, m),
              "to": ["review@press.example.org"], "messageId": mid, "subject": subject}
    message = {"notificationType": "Received",
               "mail": {"timestamp": moment, "source": addr, "messageId": ses_id,
                        "destination": ["review@press.example.org"], "headersTruncated": False,
                        "headers": [{"name": "From", "value": f"{who} <{addr}>"},
                                    {"name": "Date", "value": rfc_date(sent, h, m)},
                                    {"name": "Subject", "value": subject}],
                        "commonHeaders": common},
               "receipt": {"timestamp": moment, "processingTimeMillis": rng.randrange(200, 900),
                           "recipients": ["review@press.example.org"], "spamVerdict": {"status": "PASS"},
                           "virusVerdict": {"status": "PASS"}, "spfVerdict": {"status": "PASS"},
                           "dkimVerdict": {"status": "PASS"}, "dmarcVerdict": {"status": "PASS"},
                           "action": {"type": "SNS", "topicArn": "arn:aws:sns:eu-west-1:123456789012:press-inbound",
                                      "encoding": "UTF8"}},
               "content": mime_mail(who, addr, sent, h, m, subject, text, mid)}
    note = {"Type": "Notification", "MessageId": uuid_of(rng),
            "TopicArn": "arn:aws:sns:eu-west-1:123456789012:press-inbound",
            "Subject": "Amazon SES Email Receipt Notification", "Message": json.dumps(message, ensure_ascii=False),
            "Timestamp": moment, "SignatureVersion": "1", "Signature": ident(rng, 88, HEX) + "==",
            "SigningCertURL": "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-" + ident(rng, 32, HEX)
                              + ".pem",
            "UnsubscribeURL": "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:"
                              "eu-west-1:123456789012:press-inbound:" + uuid_of(rng)}
    return json.dumps(note, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


PAGE_EDITOR = {"en": "Page editor: {e}", "fr": "Responsable de la page : {e}", "de": "Verantwortlich für diese Seite: {e}",
               "es": "Responsable de la página: {e}", "it": "Responsabile della pagina: {e}",
               "pt": "Editor da página: {e}"}


# A print page's story copied with the page's foot: the headline, the byline, the text, then under a rule the folio
# (`Le Figaro · mardi 3 mars 1987 · Page 7`, the publication and page alone when undated) and the page editor
# (`Verantwortlich für diese Seite: E`, `Page editor: E`). The page editor is no author.
def desk_s54_744(a, desk, rng):
    src = src_of(a, rng)
    editor = crew(a, rng, 1)[0]
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "_" * rng.randrange(30, 60)]
    parts += [sep_join(" · ", src, dated(a, desk, weekday=True), f"{PAGE[desk]} {rng.randrange(2, 30)}"),
              PAGE_EDITOR[desk].format(e=editor)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def fs_string(v):
    return {"stringValue": v}


# A clipping in the desk's Cloud Firestore collection, read through the REST API (`GET https://firestore.googleapis.com
# /v1/projects/press-desk/databases/(default)/documents/clippings/{id}`), the answer kept whole: `name` the document's
# path, `fields` with typed values in Firestore's order (`headline`, `outlet` as `stringValue`, `authors` as
# `arrayValue` (empty when unsigned), `publishedAt` as `timestampValue` or `nullValue` when undated, `text`,
# `wordCount` as `integerValue`, `reviewed` as `booleanValue`, `clippedBy` as `mapValue` with the colleague's name and
# uid), `createTime`/`updateTime` the later moments. The colleague is no author, Firestore's times no date, Firestore
# no source.
def desk_s54_746(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    h, m = hm(rng)
    made = epoch_of(later_day(a, rng, 1, 6), rng)
    authors = {"arrayValue": {"values": [fs_string(n) for n in a["authors"]]}} if a["authors"] else {"arrayValue": {}}
    fields = {"authors": authors, "clippedBy": {"mapValue": {"fields": {"name": fs_string(who),
                                                                         "uid": fs_string(ident(rng, 28))}}},
              "headline": fs_string(a["title"]), "outlet": fs_string(src),
              "publishedAt": {"timestampValue": utc_of(a["date"], h, m)} if a["date"] else {"nullValue": None},
              "reviewed": {"booleanValue": rng.random() < 0.5}, "section": fs_string(SECTION[desk]),
              "text": fs_string("\n\n".join(a["body"])),
              "wordCount": {"integerValue": str(sum(len(p.split()) for p in a["body"]))}}
    doc = {"name": f"projects/press-desk/databases/(default)/documents/clippings/{ident(rng, 20)}",
           "fields": fields, "createTime": utc_iso(made, True)[:-1] + "123456Z",
           "updateTime": utc_iso(made + rng.randrange(30, 9000), True)[:-1] + "654321Z"}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


POSTSCRIPT = {
    "en": ("Update, {d}:", "The Commission has since confirmed the figures quoted above."),
    "fr": ("Mise à jour du {d} :", "La Commission a depuis confirmé les chiffres cités plus haut."),
    "de": ("Nachtrag vom {d}:", "Die Kommission hat die oben genannten Zahlen inzwischen bestätigt."),
    "es": ("Actualización del {d}:", "La Comisión ha confirmado desde entonces las cifras citadas."),
    "it": ("Aggiornamento del {d}:", "La Commissione ha nel frattempo confermato le cifre citate."),
    "pt": ("Atualização de {d}:", "A Comissão confirmou entretanto os números citados acima.")}


# A story kept with the postscript the site added to it days later (`Nachtrag vom 6. März 1987: Die Kommission hat …`,
# `Update, March 6, 1987: …`) after the last paragraph: the publication and long date on top (whichever the article
# has), the headline, the byline, the text, the postscript. The postscript's day is no date.
def desk_s54_748(a, desk, rng):
    src = src_of(a, rng)
    head, line = POSTSCRIPT[desk]
    parts = [sep_join(" – ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", f"{head.format(d=long_date(later_day(a, rng, 1, 6), desk))} {line}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


TROVE_PLACE = {"Le Figaro": "Paris, France : 1826 - ", "Süddeutsche Zeitung": "Munich, Germany : 1945 - ",
               "El País": "Madrid, Spain : 1976 - ", "Corriere della Sera": "Milan, Italy : 1876 - ",
               "Público": "Lisbon, Portugal : 1990 - ", "The Guardian": "London, England : 1821 - ",
               "Reuters": "London, England : 1851 - "}


# A newspaper article from the National Library of Australia's Trove API (`GET /v2/newspaper/{id}?encoding=json&
# reclevel=full&include=articletext`), the answer kept whole: `article` with `id`, `url`, `heading` the headline,
# `category`, `title` the catalogue's title of the paper with its place and years (`Le Figaro (Paris, France : 1826
# - )`), `date` (left out when undated), `page`, `pageSequence`, `edition`, `troveUrl`, `illustrated`, `wordCount`,
# `correctionCount`, `lastCorrection` (a volunteer corrector and the later day), `articleText` the OCR'd text in
# `<p>` with the byline in capitals, `identifier`. The corrector is no author, the correction no date, the catalogue's
# title no part of the source's name, Trove no source.
def desk_s54_749(a, desk, rng):
    src = src_of(a, rng)
    aid = str(rng.randrange(10 ** 8, 3 * 10 ** 8))
    place = TROVE_PLACE.get(src, f"{CITY[desk]} : {rng.randrange(1850, 1990)} - ")
    paras = ([byline(a["authors"], "en", rng).upper()] if a["authors"] else []) + list(a["body"])
    art = {"id": aid, "url": f"/newspaper/{aid}", "heading": a["title"], "category": "Article",
           "title": {"id": str(rng.randrange(10, 1800)), "value": f"{src} ({place})"}}
    if a["date"]:
        art["date"] = a["date"]
    corrector = f"{handle(crew(a, rng, 1)[0])}{rng.randrange(10, 99)}"
    art.update({"page": str(rng.randrange(1, 30)), "pageSequence": str(rng.randrange(1, 30)), "edition": "",
                "troveUrl": f"https://trove.nla.gov.au/ndp/del/article/{aid}", "illustrated": "N",
                "wordCount": sum(len(p.split()) for p in a["body"]), "correctionCount": rng.randrange(1, 40),
                "listCount": 0, "tagCount": 0, "commentCount": 0,
                "lastCorrection": {"by": corrector,
                                   "lastupdated": utc_iso(epoch_of(later_day(a, rng, 30, 900), rng))},
                "identifier": f"https://nla.gov.au/nla.news-article{aid}",
                "articleText": "".join(f"<p>{p}</p> " for p in paras)})
    return json.dumps({"article": art}, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", \
        e_with(a, source=src)


DEBATE = {"en": ("THE DEBATE ELSEWHERE", "“{t}” – {w} in {p}, {d}"),
          "fr": ("LE DÉBAT AILLEURS", "« {t} » – {w} dans {p}, {d}"),
          "de": ("ZUR DEBATTE", "„{t}“ – {w} in {p}, {d}"),
          "es": ("EL DEBATE EN OTROS MEDIOS", "«{t}» – {w} en {p}, {d}"),
          "it": ("IL DIBATTITO ALTROVE", "«{t}» – {w} su {p}, {d}"),
          "pt": ("O DEBATE NOUTROS JORNAIS", "«{t}» – {w} no {p}, {d}")}


# A story copied with the box the page runs under it quoting other publications' earlier articles on the subject
# (`ZUR DEBATTE`, each line `„Headline“ – writer in paper, earlier long date`): the headline, the byline, the
# publication and long date (whichever the article has), the text, the box with two or three entries. The other
# papers, writers, headlines and days are not the article's.
def desk_s54_750(a, desk, rng):
    src = src_of(a, rng)
    head, fmt = DEBATE[desk]
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, desk)), "", "\n\n".join(a["body"]), "", head]
    parts += [fmt.format(t=t, w=w, p=p, d=long_date(d, desk)) for t, w, p, d in others(a, desk, rng, rng.randrange(2, 4))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A browser's HAR file, saved from Chrome's DevTools (`Save all as HAR with content`) while the desk's reader opened
# the article on the publication's site, kept whole: `log` with `version` 1.2, `creator` WebInspector, `pages` (the
# later `startedDateTime`, the page's URL as title), `entries` with one request to the site's article API and its
# response: the headers (`date` the later day), `content` with `mimeType` application/json and `text` the API's answer
# as an escaped JSON string (`headline`, `publication`, `byline` with the writers, `firstPublished` with its offset
# or null when undated, `lastModified` later, `body` as paragraph objects), `timings`. The capture's days and the
# later modification are no date, the browser no source.
def desk_s54_752(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    cap = epoch_of(later_day(a, rng, 1, 5), rng)
    cap_iso = utc_iso(cap, True)
    api = f"https://www.{site(src)}/api/v2/articles/{slug(a['title'], 6)}"
    inner = {"id": rng.randrange(10 ** 5, 10 ** 7), "headline": a["title"], "publication": src,
             "section": SECTION[desk], "byline": [{"name": n, "url": f"/auteur/{handle(n)}"} for n in a["authors"]],
             "firstPublished": f"{a['date']}T{h:02d}:{m:02d}:00+01:00" if a["date"] else None,
             "lastModified": utc_iso(cap - rng.randrange(3600, 40000)),
             "body": [{"type": "paragraph", "text": p} for p in a["body"]], "paywall": False}
    text = json.dumps(inner, ensure_ascii=False)
    d = datetime.datetime.fromtimestamp(cap, datetime.timezone.utc)
    http_date = f"{EN_WD[d.weekday()]}, {d.day:02d} {EN_MON[d.month - 1]} {d.year} {d.strftime('%H:%M:%S')} GMT"
    entry = {"_initiator": {"type": "script"}, "_priority": "High", "_resourceType": "fetch", "cache": {},
             "connection": str(rng.randrange(1000, 99999)), "pageref": "page_1",
             "request": {"method": "GET", "url": api, "httpVersion": "http/2.0",
                         "headers": [{"name": ":authority", "value": f"www.{site(src)}"},
                                     {"name": "accept", "value": "application/json"},
                                     {"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                                                                     "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"}],
                         "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "", "httpVersion": "http/2.0",
                          "headers": [{"name": "content-type", "value": "application/json; charset=utf-8"},
                                      {"name": "date", "value": http_date},
                                      {"name": "cache-control", "value": "max-age=60"}],
                          "cookies": [], "content": {"size": len(text.encode("utf-8")), "mimeType": "application/json",
                                                     "text": text},
                          "redirectURL": "", "headersSize": -1, "bodySize": len(text.encode("utf-8")) // 3,
                          "_transferSize": len(text.encode("utf-8")) // 3 + 400, "_error": None},
             "serverIPAddress": f"151.101.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}",
             "startedDateTime": cap_iso, "time": round(rng.uniform(20, 400), 3),
             "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 80.5,
                         "receive": 2.3, "_blocked_queueing": 0.8}}
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": cap_iso, "id": "page_1", "title": url_of(a, src),
                              "pageTimings": {"onContentLoad": 812.4, "onLoad": 1630.9}}],
                   "entries": [entry]}}
    return json.dumps(har, ensure_ascii=False, indent=2) + "\n", e_with(a, source=src)


INTERVIEWEES = [("Anders Holm", {"en": "chairman of the European Steel Association",
                                 "fr": "président de l'Association européenne de l'acier",
                                 "de": "Präsident des Europäischen Stahlverbands",
                                 "es": "presidente de la Asociación Europea del Acero",
                                 "it": "presidente dell'Associazione europea dell'acciaio",
                                 "pt": "presidente da Associação Europeia do Aço"}),
                ("Ingrid Dahl", {"en": "economist at the Kiel Institute", "fr": "économiste à l'Institut de Kiel",
                                 "de": "Ökonomin am Kieler Institut", "es": "economista del Instituto de Kiel",
                                 "it": "economista dell'Istituto di Kiel", "pt": "economista do Instituto de Kiel"})]
INTRO = {"en": "{x}, {r}, on what comes next.", "fr": "{x}, {r}, sur la suite.", "de": "{x}, {r}, über das, was kommt.",
         "es": "{x}, {r}, sobre lo que viene.", "it": "{x}, {r}, su quello che verrà.", "pt": "{x}, {r}, sobre o que vem a seguir."}
SPOKE = {"en": "{a} spoke with {x}.", "fr": "{x} a répondu aux questions de {a}.", "de": "Mit {x} sprach {a}.",
         "es": "{x} respondió a las preguntas de {a}.", "it": "{x} ha risposto alle domande di {a}.",
         "pt": "{x} respondeu às perguntas de {a}."}


# An interview closing on the interviewer's credit line (`Mit Anders Holm sprach Hélène Roux.`, `Anders Holm a répondu
# aux questions d'Hélène Roux et Stefan Krüger.`, `Hélène Roux spoke with Anders Holm.`; no line when unsigned): the
# publication, section and long date on top (whichever the article has), the headline, a standfirst naming the
# interviewee and his role, the text, the credit. The interviewee is no author.
def desk_s54_753(a, desk, rng):
    src = src_of(a, rng)
    x, role = rng.choice(INTERVIEWEES)
    parts = [sep_join(" · ", src, SECTION[desk], dated(a, desk)), "", a["title"], "",
             INTRO[desk].format(x=x, r=role[desk]), "", "\n\n".join(a["body"])]
    if a["authors"]:
        names = named(a["authors"], desk)
        line = SPOKE[desk].format(x=x, a=names)
        if desk == "fr" and names[:1] in "AEIOUHÉÈÂÎ":
            line = line.replace(f"de {names}", f"d'{names}")
        parts += ["", line]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FETCHED = {"en": "fetched", "fr": "récupéré", "de": "abgerufen", "es": "descargado", "it": "scaricato",
           "pt": "obtido"}


# Bing News Search API v7's answer (`GET https://api.bing.microsoft.com/v7.0/news/search?q=…&mkt=…`) kept by the desk's
# watch script with the page text it fetched: the JSON (`_type` News, `readLink`, `queryContext`,
# `totalEstimatedMatches`, `sort`, `value` with one hit: `name` the headline, `url`, `image`, `description` the lead,
# `about`, `provider` the publication as an `Organization`, `datePublished` in UTC (left out when undated),
# `category`), then a line `== text (fetched 1987-03-05 09:12) ==` with the later day and the page text: headline,
# byline, text. Bing no source, the fetch no date.
def desk_s54_754(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    q = slug(a["title"], 2).replace("-", " ") or "steel"
    hit = {"name": a["title"], "url": url_of(a, src),
           "image": {"thumbnail": {"contentUrl": f"https://www.bing.com/th?id=OVFT.{ident(rng, 22)}&pid=News",
                                   "width": 700, "height": 466}},
           "description": lead(a["body"][0])[:240], "about": [{"readLink": "https://api.bing.microsoft.com/api/v7/"
                                                                 f"entities/{uuid_of(rng)}", "name": "European Union"}],
           "provider": [{"_type": "Organization", "name": src,
                         "image": {"thumbnail": {"contentUrl": f"https://www.bing.com/th?id=ODF.{ident(rng, 22)}"}}}]}
    if a["date"]:
        hit["datePublished"] = f"{a['date']}T{h - 1:02d}:{m:02d}:00.0000000Z"
    hit["category"] = "Business"
    doc = {"_type": "News", "readLink": f"https://api.bing.microsoft.com/api/v7/news/search?q={q.replace(' ', '+')}",
           "queryContext": {"originalQuery": q, "adultIntent": False},
           "totalEstimatedMatches": rng.randrange(5, 900),
           "sort": [{"name": "Best match", "id": "relevance", "isSelected": True,
                     "url": "https://api.bing.microsoft.com/api/v7/news/search?q=" + q.replace(" ", "+")},
                    {"name": "Most recent", "id": "date", "isSelected": False,
                     "url": "https://api.bing.microsoft.com/api/v7/news/search?q=" + q.replace(" ", "+") +
                            "&sortby=date"}],
           "value": [hit]}
    fh, fm = hm(rng)
    text = [a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else []) + ["", "\n\n".join(a["body"])]
    out = json.dumps(doc, ensure_ascii=False, indent=2) + "\n\n" + \
        f"== text ({FETCHED[desk]} {later_day(a, rng, 1, 4)} {fh:02d}:{fm:02d}) ==\n" + "\n".join(text) + "\n"
    return out, e_with(a, source=src)


def pg_array(names):
    return "{" + ",".join(f'"{n}"' if (" " in n or "," in n) else n for n in names) + "}"


# The desk's clippings table shown by `psql` in expanded display (`\x`, then `SELECT * FROM clippings WHERE id = …;`),
# the terminal copied with the prompts: `-[ RECORD 1 ]+----`, one `column | value` line each (`id`, `headline`,
# `outlet`, `authors` as a PostgreSQL array literal, `{}` when unsigned, `published_on` the day, empty when NULL,
# `section`, `body` over several lines each ending in `+` but the last, `clipped_by` the colleague, `clipped_at` the
# later moment with its offset). The colleague is no author, `clipped_at` no date, PostgreSQL no source.
def desk_s54_756(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    cid = rng.randrange(100, 9999)
    at = later_day(a, rng, 1, 6)
    h, m = hm(rng)
    rows = [("id", str(cid)), ("headline", a["title"]), ("outlet", src), ("authors", pg_array(a["authors"])),
            ("published_on", a["date"] or ""), ("section", SECTION[desk]), ("body", "\n\n".join(a["body"])),
            ("clipped_by", who), ("clipped_at", f"{at} {h:02d}:{m:02d}:{rng.randrange(60):02d}."
                                                 f"{rng.randrange(10 ** 6):06d}+01")]
    kw = max(len(k) for k, _ in rows)
    vw = max(len(line) for _, v in rows for line in v.split("\n"))
    out = ["press=> \\x", "Expanded display is on.", f"press=> SELECT * FROM clippings WHERE id = {cid};",
           f"-[ RECORD 1 ]{'-' * (kw - 12)}+{'-' * (vw + 1)}"]
    for k, v in rows:
        lines = v.split("\n")
        for i, line in enumerate(lines):
            name = k if i == 0 else ""
            if i < len(lines) - 1:
                out.append(f"{name:<{kw}} | {line:<{vw}}+")
            else:
                out.append(f"{name:<{kw}} | {line}".rstrip() if not line else f"{name:<{kw}} | {line}")
    out += ["", "press=> "]
    return "\n".join(out) + "\n", e_with(a, source=src)


MORE_FROM = {"en": ("More from {n}:", "More from {s}:"), "fr": ("Du même auteur :", "Dans la rubrique {s} :"),
             "de": ("Mehr von {n}:", "Mehr aus dem Ressort {s}:"), "es": ("Más de {n}:", "Más en {s}:"),
             "it": ("Altri articoli di {n}:", "Altro da {s}:"), "pt": ("Mais de {n}:", "Mais em {s}:")}


# A Notepad file (BOM, CRLF, the text hard-wrapped at 70 columns) of a web story whose foot lists the writer's other
# pieces with their earlier days (`Mehr von Hélène Roux:` then `• Headline (12.02.1987)`; `Mehr aus dem Ressort
# Wirtschaft:` when unsigned): the headline, the byline, the publication and long date (whichever the article has),
# the text, the list. The other headlines and days are not the article's.
def desk_s54_755(a, desk, rng):
    src = src_of(a, rng)
    mine, section = MORE_FROM[desk]
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, desk)), ""]
    parts += ["\n\n".join(textwrap.fill(p, 70) for p in a["body"]), ""]
    parts += [mine.format(n=a["authors"][0]) if a["authors"] else section.format(s=SECTION[desk])]
    parts += [f"• {t} ({numeric(d, desk)})" for t, _, _, d in others(a, desk, rng, rng.randrange(2, 4))]
    text = "\n".join(parts) + "\n"
    return "\ufeff" + text.replace("\n", "\r\n"), e_with(a, source=src)


DISCLOSURE = {
    "en": "Disclosure: {s}, like {o}, belongs to the Meridian Media Group. {p}, a member of the group's supervisory "
          "board, chairs the association mentioned in this article.",
    "fr": "Transparence : {s} appartient, comme {o}, au groupe Meridian Media. {p}, membre du conseil de surveillance "
          "du groupe, préside l'association citée dans cet article.",
    "de": "Transparenzhinweis: {s} gehört wie {o} zur Meridian Media Gruppe. {p}, Mitglied des Aufsichtsrats der "
          "Gruppe, ist Präsident des im Artikel genannten Verbands.",
    "es": "Nota de transparencia: {s}, como {o}, pertenece al grupo Meridian Media. {p}, miembro del consejo de "
          "administración del grupo, preside la asociación citada en este artículo.",
    "it": "Trasparenza: {s}, come {o}, fa parte del gruppo Meridian Media. {p}, membro del consiglio di "
          "sorveglianza del gruppo, presiede l'associazione citata in questo articolo.",
    "pt": "Nota de transparência: {s}, tal como {o}, pertence ao grupo Meridian Media. {p}, membro do conselho de "
          "administração do grupo, preside à associação citada neste artigo."}


# A story with the disclosure note the publication adds at its foot (`Transparenzhinweis: Le Figaro gehört wie
# Handelsblatt zur Meridian Media Gruppe. Anders Holm, Mitglied des Aufsichtsrats …`): the headline, the byline and
# long date on one line joined by ` · ` (whichever the article has), the text, the note naming the publication, a
# sister paper, the owning group and a board member. The group and the sister paper are no source, the board member
# no author.
def desk_s54_761(a, desk, rng):
    src = src_of(a, rng)
    other = rng.choice([o for o in OTHER_OUTLETS if o != src])
    person = rng.choice(["Anders Holm", "Mikael Strand", "Pieter Janssens"])
    top = sep_join(" · ", byline(a["authors"], desk, rng) if a["authors"] else "", dated(a, desk))
    parts = [a["title"]] + ([top] if top else []) + ["", "\n\n".join(a["body"]), "",
                                                     DISCLOSURE[desk].format(s=src, o=other, p=person)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def rich(text, kind="paragraph"):
    return {"type": kind, "text": text, "spans": []}


# A clipping stored as a document of the press office's Prismic repository, read through the Document API
# (`GET https://press-office.cdn.prismic.io/api/v2/documents/search?ref=…&q=[[at(document.id,"…")]]`), the answer kept
# whole: `page`, `results_per_page`, `total_results_size`, `results` with one document (`id`, `uid`, `type`
# `press_clipping`, `href`, `tags`, `first_publication_date`/`last_publication_date` Prismic's own later moments,
# `slugs`, `lang`, `data` with `headline` as rich text (`heading1`), `outlet`, `authors` as a group of names (empty
# when unsigned), `article_date` the day or null, `body` as `paragraph` blocks, `clipped_by` the colleague),
# `version`, `license`. Prismic's publication is no date, the colleague no author, Prismic no source.
def desk_s54_762(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 7), rng)
    did = ident(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    lang = {"en": "en-gb", "fr": "fr-fr", "de": "de-de", "es": "es-es", "it": "it-it", "pt": "pt-pt"}[desk]
    res = {"id": did, "uid": slug(a["title"], 6), "url": None, "type": "press_clipping",
           "href": f"https://press-office.cdn.prismic.io/api/v2/documents/search?ref={ident(rng, 16)}&q=%5B%5B%3Ad+%3D+"
                   f"at%28document.id%2C+%22{did}%22%29+%5D%5D",
           "tags": [REVIEW[desk]], "first_publication_date": utc_iso(made).replace("Z", "+0000"),
           "last_publication_date": utc_iso(made + rng.randrange(60, 90000)).replace("Z", "+0000"),
           "slugs": [slug(a["title"], 6)], "linked_documents": [], "lang": lang, "alternate_languages": [],
           "data": {"headline": [rich(a["title"], "heading1")], "outlet": src,
                    "authors": [{"name": n} for n in a["authors"]], "article_date": a["date"],
                    "section": SECTION[desk], "body": [rich(p) for p in a["body"]], "clipped_by": who}}
    doc = {"page": 1, "results_per_page": 20, "results_size": 1, "total_results_size": 1, "total_pages": 1,
           "next_page": None, "prev_page": None, "results": [res], "version": ident(rng, 7, HEX),
           "license": "All Rights Reserved"}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s54_")}

# ---- held-out members of BLIND_S54 below: whoever tunes the reader never reads past this line ----

# The desk's SQLite database queried with the `sqlite3` shell in line mode (`sqlite3 -line clippings.db "SELECT *
# FROM clips WHERE rowid = …;"`), the terminal copied with its command: one `column = value` line each, the names
# right-aligned to the longest (`id`, `headline`, `outlet`, `authors` joined by `; `, `published` empty when undated,
# `body` over several raw lines, `clipped_by` the colleague, `clipped_at` the later moment). The colleague is no
# author, `clipped_at` no date, SQLite no source.
def desk_s54_742(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    cid = rng.randrange(10, 5000)
    h, m = hm(rng)
    rows = [("id", str(cid)), ("headline", a["title"]), ("outlet", src), ("authors", "; ".join(a["authors"])),
            ("published", a["date"] or ""), ("body", "\n\n".join(a["body"])), ("clipped_by", who),
            ("clipped_at", f"{later_day(a, rng, 1, 5)} {h:02d}:{m:02d}:{rng.randrange(60):02d}")]
    kw = max(len(k) for k, _ in rows)
    out = [f'$ sqlite3 -line clippings.db "SELECT * FROM clips WHERE rowid = {cid};"']
    out += [f"{k:>{kw}} = {v}" for k, v in rows]
    return "\n".join(out) + "\n", e_with(a, source=src)


PRESS_VOICES = {"en": ("WHAT THE PAPERS SAY", "{p} ({d}): “{q}”"), "fr": ("CE QU'EN DIT LA PRESSE", "{p} ({d}) : « {q} »"),
                "de": ("PRESSESTIMMEN", "{p} ({d}): „{q}“"), "es": ("LO QUE DICE LA PRENSA", "{p} ({d}): «{q}»"),
                "it": ("DICONO I GIORNALI", "{p} ({d}): «{q}»"), "pt": ("O QUE DIZ A IMPRENSA", "{p} ({d}): «{q}»")}


# A story followed by the press voices the page prints beside it (`PRESSESTIMMEN`, each line another paper with its
# earlier short day and a quoted headline-like sentence): the publication on top, the headline, the byline and long
# date (whichever the article has), the text, the voices. The other papers are no source, their days no date.
def desk_s54_745(a, desk, rng):
    src = src_of(a, rng)
    head, fmt = PRESS_VOICES[desk]
    parts = [src, "", a["title"]]
    parts += [sep_join(", ", byline(a["authors"], desk, rng) if a["authors"] else "", dated(a, desk))]
    parts += ["", "\n\n".join(a["body"]), "", head]
    parts += [fmt.format(p=p, d=numeric(d, desk), q=t) for t, _, p, d in others(a, desk, rng, rng.randrange(2, 4))]
    return "\n".join(p for p in parts if p is not None) + "\n", e_with(a, source=src)


# A mail the review's domain received at Mailgun, fetched from its stored-message API (`GET https://api.eu.mailgun.net/
# v3/domains/mg.example.org/messages/{key}`) as JSON, kept whole: the mail's headers as keys (`Date` the later sending,
# `From` the colleague, `Subject`, `Message-Id`, `X-Mailgun-Incoming`), `body-plain` (the colleague's note, the article
# pasted: headline, publication and long date, byline, text; the signature), `stripped-text`, `stripped-signature`,
# `message-headers` as pairs, `recipients`, `sender`, `attachments`, `content-id-map`. The colleague is no author, the
# mail's day no date, Mailgun no source.
def desk_s54_747(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    sent = later_day(a, rng, 0, 3)
    h, m = hm(rng)
    addr = f"{handle(who)}@example.org"
    subject = rng.choice([f"{FWD[desk]} {a['title']}", REVIEW[desk]])
    pasted_lines = pasted(a, desk, rng, src)
    body = "\n".join([NOTE[desk], ""] + pasted_lines + ["", "-- ", who]) + "\n"
    stripped = "\n".join([NOTE[desk], ""] + pasted_lines)
    mid = f"<{ident(rng, 18, HEX)}@example.org>"
    headers = [["Received", "from mail.example.org by mxa.eu.mailgun.org with ESMTP"], ["Date", rfc_date(sent, h, m)],
               ["From", f"{who} <{addr}>"], ["To", "review@mg.example.org"], ["Subject", subject],
               ["Message-Id", mid], ["Mime-Version", "1.0"], ["Content-Type", "text/plain; charset=\"UTF-8\""],
               ["X-Mailgun-Incoming", "Yes"]]
    doc = {k: v for k, v in headers}
    doc.update({"body-plain": body, "stripped-text": stripped, "stripped-signature": who, "stripped-html": "",
                "message-headers": headers, "recipients": "review@mg.example.org", "sender": addr, "from": f"{who} <{addr}>",
                "subject": subject, "attachments": [], "content-id-map": {}})
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


NUMBER = {"en": ("NUMBER OF THE DAY", "tonnes of steel left unsold in the Community last year",
                 "Source: Eurostat, as of {d}"),
          "fr": ("LE CHIFFRE DU JOUR", "tonnes d'acier invendues dans la Communauté l'an dernier",
                 "Source : Eurostat, données au {d}"),
          "de": ("DIE ZAHL DES TAGES", "Tonnen Stahl blieben im vergangenen Jahr in der Gemeinschaft unverkauft",
                 "Quelle: Eurostat, Stand: {d}"),
          "es": ("LA CIFRA DEL DÍA", "toneladas de acero quedaron sin vender en la Comunidad el año pasado",
                 "Fuente: Eurostat, datos a {d}"),
          "it": ("IL NUMERO DEL GIORNO", "tonnellate di acciaio invendute nella Comunità l'anno scorso",
                 "Fonte: Eurostat, dati al {d}"),
          "pt": ("O NÚMERO DO DIA", "toneladas de aço ficaram por vender na Comunidade no ano passado",
                 "Fonte: Eurostat, dados de {d}")}


# A story under the box the page runs above it (`DIE ZAHL DES TAGES`, a figure, its line, `Quelle: Eurostat, Stand:
# 31. Dezember 1986` with an earlier day): the box, then the headline, the byline, the publication and numeric day
# (whichever the article has), the text. The box's data source is no source, its day no date.
def desk_s54_751(a, desk, rng):
    src = src_of(a, rng)
    head, what, cite = NUMBER[desk]
    base = a["date"] or later_day(a, rng, 1, 3)
    box = [head, f"{rng.randrange(100, 999)}{'.' if desk in ('de', 'es', 'it', 'pt') else ',' if desk == 'en' else ' '}"
                 f"{rng.randrange(100, 999)}", what, cite.format(d=long_date(shift(base, -rng.randrange(30, 90)), desk))]
    parts = box + ["", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(" | ", src, numeric(a["date"], desk) if a["date"] else ""), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


PELICAN_INTRO = {"en": "Today's pick for the review, shared with permission.",
                 "fr": "La sélection du jour pour la revue de presse.",
                 "de": "Heute im Pressespiegel:", "es": "La selección de hoy para el resumen de prensa.",
                 "it": "La scelta di oggi per la rassegna stampa.", "pt": "A escolha de hoje para a revista de imprensa."}


# A post of the press office's internal Pelican blog, its Markdown source file (`content/review/…md`) kept whole: the
# metadata block (`Title` the post's own title, `Date` the later posting moment, `Modified`, `Category`, `Tags`,
# `Slug`, `Authors` the colleague, `Summary`), a blank line, the colleague's intro line, then the article quoted as a
# Markdown block quote: the headline in bold, the publication and long date, the byline, the text. The post's title,
# day and author are not the article's.
def desk_s54_757(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 4)
    h, m = hm(rng)
    quote = [f"**{a['title']}**  ", f"{sep_join(', ', src, dated(a, desk))}  "]
    quote += [byline(a["authors"], desk, rng)] if a["authors"] else []
    quote += [""] + [x for p in a["body"] for x in (p, "")][:-1]
    meta = [f"Title: {REVIEW[desk]} {numeric(day, desk)}", f"Date: {day} {h:02d}:{m:02d}",
            f"Modified: {day} {min(h + 1, 23):02d}:{m:02d}", f"Category: {REVIEW[desk]}",
            f"Tags: {SECTION[desk].lower()}, {slug(src, 2)}", f"Slug: {slug(REVIEW[desk], 3)}-{day}",
            f"Authors: {who}", f"Summary: {lead(a['body'][0])[:150]}"]
    out = meta + ["", PELICAN_INTRO[desk], ""] + [f"> {q}".rstrip() for q in quote]
    return "\n".join(out) + "\n", e_with(a, source=src)


CORRECTION = {
    "en": "Correction ({d}): An earlier version of this article named {w} as a co-author. We apologise for the error.",
    "fr": "Rectificatif ({d}) : une version précédente de cet article citait {w} comme coautrice ou coauteur. Nous "
          "présentons nos excuses.",
    "de": "Korrektur ({d}): In einer früheren Fassung dieses Artikels wurde {w} fälschlich als Mitautor genannt. Wir "
          "bitten, den Fehler zu entschuldigen.",
    "es": "Fe de errores ({d}): una versión anterior de este artículo citaba a {w} como coautor. Pedimos disculpas.",
    "it": "Rettifica ({d}): una versione precedente di questo articolo indicava {w} come coautore. Ci scusiamo "
          "per l'errore.",
    "pt": "Correção ({d}): uma versão anterior deste artigo indicava {w} como coautor. Pedimos desculpa pelo erro."}


# A story with the correction note the site added at its foot about its own byline (`Korrektur (6. März 1987): In
# einer früheren Fassung dieses Artikels wurde Carmen Ortiz fälschlich als Mitautor genannt.`): the publication and
# section on top, the headline, the byline, the stamp (whichever the article has), the text, the note with its later
# day. The person wrongly named is no author, the note's day no date.
def desk_s54_758(a, desk, rng):
    src = src_of(a, rng)
    wrong = crew(a, rng, 1)[0]
    parts = [sep_join(" › ", src, SECTION[desk]), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [dated(a, desk, weekday=True)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "",
              CORRECTION[desk].format(d=long_date(later_day(a, rng, 1, 5), desk), w=wrong)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A clipping in the desk's CouchDB database, fetched with `curl -s http://127.0.0.1:5984/clippings/{id}` and kept as
# printed (one line): `_id` built from the day and a slug (`clip:1987-03-03:…`, `clip:undated:…`), `_rev`, `type`,
# `headline`, `publication`, `byline` the printed byline (null when unsigned), `date` (null when undated), `body` the
# paragraphs, `clipped` with the colleague and the later moment, `_attachments` with the scan's stub. The colleague is
# no author, the clipping's day no date, CouchDB no source.
def desk_s54_759(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 6), rng)
    doc = {"_id": f"clip:{a['date'] or 'undated'}:{slug(a['title'], 4)}",
           "_rev": f"{rng.randrange(1, 6)}-{ident(rng, 32, HEX)}", "type": "clipping", "headline": a["title"],
           "publication": src, "byline": byline(a["authors"], desk, rng) if a["authors"] else None, "date": a["date"],
           "body": list(a["body"]), "clipped": {"by": who, "at": utc_iso(made)},
           "_attachments": {"scan.pdf": {"content_type": "application/pdf", "revpos": 2,
                                         "digest": "md5-" + ident(rng, 22) + "==",
                                         "length": rng.randrange(90000, 900000), "stub": True}}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


PROFILE = {  # heading, founded, seat, chief, staff
    "en": ("COMPANY PROFILE", "Founded", "Headquarters", "Chief executive", "Employees"),
    "fr": ("FICHE ENTREPRISE", "Fondée le", "Siège", "PDG", "Salariés"),
    "de": ("DAS UNTERNEHMEN", "Gegründet", "Sitz", "Vorstandschef", "Beschäftigte"),
    "es": ("FICHA DE LA EMPRESA", "Fundada", "Sede", "Consejero delegado", "Empleados"),
    "it": ("SCHEDA AZIENDA", "Fondata", "Sede", "Amministratore delegato", "Dipendenti"),
    "pt": ("FICHA DA EMPRESA", "Fundada", "Sede", "Presidente executivo", "Trabalhadores")}


# A business story with the company profile box the page prints after it (`DAS UNTERNEHMEN`: `Gegründet: 12. Mai
# 1901`, `Sitz`, `Vorstandschef` a person, `Beschäftigte`): the headline, the byline, the publication and long date
# (whichever the article has), the text, the box. The founding day is no date, the chief executive no author.
def desk_s54_760(a, desk, rng):
    src = src_of(a, rng)
    head, founded, seat, chief, staff = PROFILE[desk]
    colon = " :" if desk == "fr" else ":"
    fdate = f"{rng.randrange(1870, 1960)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(" – ", src, dated(a, desk)), "", "\n\n".join(a["body"]), "", head,
              f"{founded}{colon} {long_date(fdate, desk)}", f"{seat}{colon} Duisburg",
              f"{chief}{colon} {rng.choice(['Anders Holm', 'Ingrid Dahl', 'Mikael Strand'])}",
              f"{staff}{colon} {rng.randrange(2, 60)}{'.' if desk in ('de', 'es', 'it', 'pt') else ','}"
              f"{rng.randrange(100, 999)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A cutting the city archive delivered as a DjVu file, printed with DjVuLibre's tools and kept as the terminal showed
# it: `djvused -e print-meta` (the archive's `Title` of the scan, `Author` the archive and its digitiser, `CreationDate`
# the later scanning day, `Producer`), then `djvutxt` (the running head with the publication, day and folio when the
# article has them, the headline, the byline, the text hard-wrapped at 60 columns). The archive's title, digitiser and
# day are not the article's, DjVuLibre no source.
def desk_s54_763(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    scan = later_day(a, rng, 200, 4000)
    h, m = hm(rng)
    name = f"cutting_{rng.randrange(1000, 99999)}.djvu"
    d = day_of(scan)
    meta = [f"$ djvused -e print-meta {name}",
            f'Title\t"{src} {numeric(a["date"], desk) if a["date"] else ""} S. {rng.randrange(1, 30)}"'.replace("  ", " "),
            f'Author\t"Stadtarchiv - Digitalisierung: {who}"',
            f'CreationDate\t"D:{d.year}{d.month:02d}{d.day:02d}{h:02d}{m:02d}00+01\'00\'"',
            'Producer\t"DjVuLibre 3.5.28 / c44"']
    page = [sep_join("  ·  ", src.upper(), dated(a, desk, weekday=True).upper() if a["date"] else "",
                     str(rng.randrange(2, 30))), "", a["title"], ""]
    page += [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    page += ["\n\n".join(textwrap.fill(p, 60) for p in a["body"])]
    out = meta + ["", f"$ djvutxt {name}"] + page
    return "\n".join(out) + "\n\f", e_with(a, source=src)


FACSIMILE = {"en": "Facsimile: the front page of {p} of {d}, which first reported the plan.",
             "fr": "Fac-similé : la une de {p} du {d}, qui avait révélé le projet.",
             "de": "Faksimile: Die Titelseite von {p} vom {d}, die als Erste über den Plan berichtete.",
             "es": "Facsímil: la portada de {p} del {d}, que adelantó el plan.",
             "it": "Facsimile: la prima pagina di {p} del {d}, che per primo rivelò il piano.",
             "pt": "Fac-símile: a primeira página do {p} de {d}, que noticiou primeiro o plano."}


# A story copied with the caption of the facsimile it shows (`Faksimile: Die Titelseite von Handelsblatt vom 20.
# Februar 1987, die als Erste über den Plan berichtete.`) between its head and its text: the headline, the byline, the
# publication and long date (whichever the article has), the caption with another paper and an earlier day, the
# text. The other paper is no source, its day no date.
def desk_s54_764(a, desk, rng):
    src = src_of(a, rng)
    (_, _, other, day), = others(a, desk, rng, 1)
    parts = [a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [sep_join(" | ", src, dated(a, desk)), "", FACSIMILE[desk].format(p=other, d=long_date(day, desk)), "",
              "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The stop-51 batch, all twenty-six; text_eval.py scores its held-out members in a block of their own.
BLIND_S54 = {f"desk_s54_{i}" for i in range(739, 765)}
assert BLIND_S54 == {name for name in globals() if name.startswith("desk_s54_")}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S54)})
