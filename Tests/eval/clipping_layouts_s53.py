"""A thirty-first batch of 26 clipping layouts (BLIND_S53) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s52.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline as printed, never a note's, a wiki page's, a mail's
or a document's own title or subject, a catchline, a tab title's `Headline | Publication`, nor a search engine's
highlighting; authors: persons who wrote the article, never the colleague who clipped, mailed, filed or reviewed it,
a copytaker, the editors in a contact line, photographers and graphic artists, a replier, a press contact, nor a
staff phrase before the names; date: the article's publication day, never the day of a right of reply, a poll's
count, a markets box, a gallery's pictures, a mail's sending, a note's or a wiki page's saving, an index's crawl, a
licence, a plate's making or a release's sending, and none when the file states none; source: the publication the
file names, never the tool, the API, the search engine, the repository, the wiki, the mail service or the licensing
society).
Half of the batch are ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets
them, half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S52 did not use (checked for each
with keyword greps over all the batch files, printing only file names). The sixteen development members:
a cutting kept with the right of reply the paper had to print about it (`GEGENDARSTELLUNG` / `DROIT DE RÉPONSE`
quoting the headline and the edition's day, the replier's statement, place and later day, name and function, the
paper's legal note); Postlight's Mercury Parser JSON (`title` sometimes the tab title `Headline | Le Figaro`,
`content` HTML ending with the page's credit `© 1987 Le Figaro`, `author`, `date_published` in UTC or null,
`domain`, `excerpt`, `word_count`); a correspondent's story phoned in and typed by the copytaker (the copytaker and
clock, the caller, `For: Le Figaro, edition of Tuesday the third of March nineteen eighty-seven` with the day spoken
in the desk's language, catchline, head, the copy with the spoken `new par`, `ENDS`); a hit of the office's Apache
Solr archive (`responseHeader`, `response.docs` with dynamic fields `headline_t`, `publication_s`, `byline_ss`,
`pubdate_dt` (left out when undated), `body_txt_xx`, `clipped_by_s`, a later `indexed_dt`); a story in a news
terminal's Bloomberg house form (headline, a GMT stamp, byline, `March 3 (Le Figaro) --` dateline, the `To contact
the reporter on this story:` and `To contact the editors responsible for this story:` lines); a document of the
desk's MongoDB collection from `mongoexport` (relaxed Extended JSON: `$oid`, `publishedAt` with `$date` or null, a
later `clippedAt`, `clippedBy` the colleague); a web story with the readers' poll under it (question, shares and
votes, `Stand: 5. März 1987, 10:12 Uhr`, not representative); a colleague's mail as SendGrid's Inbound Parse webhook
posted it (the HTTP request and its `multipart/form-data` fields `headers`, `text`, `subject`, `envelope`,
`charsets`, `SPF`; the mail's later `Date`, the colleague's `Fwd: Headline` or note as subject); a byline giving each
person's part in parentheses (`Par Hélène Roux (texte), Paul Martin (photos) et Katrin Vogel (infographie)`; an
unsigned story credits the photographer alone); a hit of the site's search on Algolia (`hits` with `title`,
`authors`, `publication`, `publishedAt` with offset and `published_at_ts` or null, a later `updatedAt`,
`_highlightResult` with `<em>`, `_snippetResult`, `nbHits`, `processingTimeMS`); a story opening with a photo
gallery's captions (`Bild 1 von 3`, each with its city, earlier day, photographer and agency) before the byline and
day; a note in Standard Notes' decrypted backup (`version` `004`, the `Note` with its own title `Revue 05/03`, the
colleague's line and the article pasted in `text`, later `created_at`/`updated_at` and microsecond timestamps, a
`Tag`); a print story with the paper's old staff phrase before the names (`Von unserem Redaktionsmitglied Hélène
Roux`, `De nos collaborateurs A et B`) and the city opening the text (`BRÜSSEL. –`); a Wiki.js page through its
GraphQL API (`data.pages.single`, the wiki's page name `03/03/1987 – Le Figaro`, the Markdown with `## Headline`
and a meta line, the colleague as `authorName`/`creatorName`, later `createdAt`/`updatedAt`); a business story with
the markets box beside it (`MÄRKTE · Schlusskurse vom 2. März 1987`, the previous trading day, four indices); a
cutting in an Alfresco repository (the node's `entry` from the public REST API: `name` the file's name, `cm:title`,
`cm:author` (left out when unsigned), `cm:publisher`, `cm:dateOfPublication` (left out when undated), the colleague
as `createdByUser`, later `createdAt`/`modifiedAt`, then the stored text); ten more are held-out.

The layouts are numbered from 713 to 738, the first range at or after 695 that text_eval.py's hash
`sha1("held-out:" + name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names
`desk_s53_{i}` and text_eval.py's own `held_out`: 695 to 712 as first numbers gave other splits), so that sixteen fall
in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 50 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s52.py (clipping_layouts_s52.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py and real_articles.py were read whole; the helpers of _s31.py to _s52.py were listed
by a grep for definitions limited to the lines above each file's marker and only called, their behaviour checked by
calling them, never read; the keyword greps for formats already used ran over all the batch files, printing file
names only). Nobody tunes on any of them when written; BLIND_S53's development members are only scored
(text_eval.py prints their misses with `--show-s53-development` alone). A container that leaves an undated article
without a publication day (Mercury's null `date_published`, Solr's and Alfresco's left-out fields, MongoDB's null
`publishedAt`, Algolia's null `publishedAt`) is expected to state none, whatever later days it holds; the articles'
writers are the only authors, whatever colleagues, copytakers, editors, photographers or repliers a file names.
Scored untuned once, by the release binary its writer was given (`base.bin`, main's parser; title exact / authors F1
/ date / source): development 0.714 / 0.664 / 0.865 / 0.779, 0 rejected (245 files stating no author given some);
held-out 0.503 / 0.510 / 0.694 / 0.461, 30 rejected (117 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings; every figure
line of the other layouts, development and held-out, was the same as that parser's earlier run, /work/scratch/s52's
t14.out). Nothing was changed after the run.
"""
import datetime
import json
import textwrap

from clipping_layouts import BY, LAYOUTS, MONTHS, PUBLISHED, WEEKDAYS, byline, long_date
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

NOTE = {"en": "For tomorrow's review:", "fr": "Pour la revue de demain :", "de": "Für den Pressespiegel morgen:",
        "es": "Para el resumen de mañana:", "it": "Per la rassegna di domani:", "pt": "Para a revista de amanhã:"}
REVIEW = {"en": "Press review", "fr": "Revue de presse", "de": "Pressespiegel", "es": "Resumen de prensa",
          "it": "Rassegna stampa", "pt": "Revista de imprensa"}
CITY = {"en": "Brussels", "fr": "Bruxelles", "de": "Brüssel", "es": "Bruselas", "it": "Bruxelles", "pt": "Bruxelas"}
EN_WD = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def day_of(iso):
    return ymd(iso)


def shift(iso, days):
    return (day_of(iso) + datetime.timedelta(days=days)).isoformat()


def rfc_date(iso, h, m, offset="+0100"):
    d = day_of(iso)
    return f"{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} {h:02d}:{m:02d}:{(h * m) % 60:02d} {offset}"


def local_iso(iso, h, m, offset="+01:00"):
    return f"{iso}T{h:02d}:{m:02d}:00{offset}"


def utc_of(iso, h, m, ms=False):
    """The moment `iso` h:m in Central European time, in UTC (h >= 6, so the day stays)."""
    return f"{iso}T{h - 1:02d}:{m:02d}:00" + (".000" if ms else "") + "Z"


# ---- spoken numbers, for the copytaker's sheet ----

EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
           "seventeen eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
          "fifteenth sixteenth seventeenth eighteenth nineteenth").split()


def en_words(n):
    return EN_ONES[n] if n < 20 else EN_TENS[n // 10] + (f"-{EN_ONES[n % 10]}" if n % 10 else "")


def en_ordinal(n):
    if n < 20:
        return EN_ORD[n]
    if n % 10 == 0:
        return EN_TENS[n // 10][:-1] + "ieth"
    return f"{EN_TENS[n // 10]}-{EN_ORD[n % 10]}"


def en_year(y):
    r = y % 100
    if y // 100 == 19:
        return "nineteen " + ("hundred" if r == 0 else f"oh-{EN_ONES[r]}" if r < 10 else en_words(r))
    return "two thousand" + (f" and {EN_ONES[r]}" if 0 < r < 10 else "") if r < 10 else "twenty " + en_words(r)


FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
            "seize").split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n):
    if n <= 16:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        t, r = divmod(n, 10)
        return FR_TENS[t] + ("" if r == 0 else " et un" if r == 1 else "-" + FR_UNITS[r])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + fr_words(n - 60)
    return "quatre-vingts" if n == 80 else "quatre-vingt-" + fr_words(n - 80)


def fr_year(y):
    r = y % 100
    head = "mille neuf cent" if y // 100 == 19 else "deux mille"
    return head + (f" {fr_words(r)}" if r else "")


DE_UNITS = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
            "sechzehn siebzehn achtzehn neunzehn").split()
DE_TENS = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()


def de_words(n):
    if n < 20:
        return DE_UNITS[n]
    t, r = divmod(n, 10)
    return (("ein" if r == 1 else DE_UNITS[r]) + "und" if r else "") + DE_TENS[t]


def de_ordinal(n):  # dative, after `dem`
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if n in special:
        return special[n]
    return DE_UNITS[n] + "ten" if n < 20 else de_words(n) + "sten"


def de_year(y):
    r = y % 100
    return ("neunzehnhundert" if y // 100 == 19 else "zweitausend") + (de_words(r) if r else "")


ES_UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
            "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
            "veintisiete veintiocho veintinueve").split()
ES_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()


def es_words(n):
    if n < 30:
        return ES_UNITS[n]
    t, r = divmod(n, 10)
    return ES_TENS[t] + (f" y {ES_UNITS[r]}" if r else "")


def es_year(y):
    r = y % 100
    return ("mil novecientos" if y // 100 == 19 else "dos mil") + (f" {es_words(r)}" if r else "")


IT_UNITS = ("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
            "sedici diciassette diciotto diciannove").split()
IT_TENS = "_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()


def it_words(n):
    if n < 20:
        return IT_UNITS[n]
    t, r = divmod(n, 10)
    tens = IT_TENS[t][:-1] if r in (1, 8) else IT_TENS[t]
    return tens + ("tré" if r == 3 else IT_UNITS[r] if r else "")


def it_year(y):
    r = y % 100
    if y // 100 == 19:
        return ("millenovecent" if r // 10 == 8 else "millenovecento") + (it_words(r) if r else "")
    return "duemila" + (it_words(r) if r else "")


PT_UNITS = ("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis "
            "dezassete dezoito dezanove").split()
PT_TENS = "_ _ vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()


def pt_words(n):
    if n < 20:
        return PT_UNITS[n]
    t, r = divmod(n, 10)
    return PT_TENS[t] + (f" e {PT_UNITS[r]}" if r else "")


def pt_year(y):
    r = y % 100
    return ("mil novecentos" if y // 100 == 19 else "dois mil") + (f" e {pt_words(r)}" if r else "")


def spoken_date(iso, desk):
    """The day as a copytaker types what the caller says: `Tuesday the third of March nineteen eighty-seven`."""
    d = day_of(iso)
    wd = WEEKDAYS[desk].split()[d.weekday()]
    mo = MONTHS[desk].split()[d.month - 1]
    if desk == "en":
        return f"{wd} the {en_ordinal(d.day)} of {mo} {en_year(d.year)}"
    if desk == "fr":
        return f"{wd} {'premier' if d.day == 1 else fr_words(d.day)} {mo} {fr_year(d.year)}"
    if desk == "de":
        return f"{wd}, dem {de_ordinal(d.day)} {mo} {de_year(d.year)}"
    if desk == "es":
        return f"{wd} {'primero' if d.day == 1 else es_words(d.day)} de {mo} de {es_year(d.year)}"
    if desk == "it":
        return f"{wd} {'primo' if d.day == 1 else it_words(d.day)} {mo} {it_year(d.year)}"
    return f"{wd}, {'primeiro' if d.day == 1 else pt_words(d.day)} de {mo} de {pt_year(d.year)}"


# ---- development members of BLIND_S53 ----

REPLY = {  # heading, opening (dated, undated), the replier's statement, the place-and-day line, the paper's note
    "en": ("RIGHT OF REPLY", "In its edition of {d}, {s} published an article headed “{t}”.",
           "In its edition, {s} published an article headed “{t}”.",
           "I wish to state that I was not consulted before publication and that the figures quoted in the third "
           "paragraph do not reflect the position of my organisation.", "{c}, {d}",
           "We publish this reply as the law requires, without regard to its accuracy. The editors."),
    "fr": ("DROIT DE RÉPONSE", "Dans son édition du {d}, {s} a publié un article intitulé « {t} ».",
           "{s} a publié un article intitulé « {t} ».",
           "Je tiens à préciser que je n'ai pas été consulté avant la publication et que les chiffres cités au "
           "troisième paragraphe ne reflètent pas la position de mon organisation.", "{c}, le {d}",
           "Nous publions ce droit de réponse conformément à l'article 13 de la loi du 29 juillet 1881. La rédaction."),
    "de": ("GEGENDARSTELLUNG", "In der Ausgabe vom {d} schreibt {s} unter der Überschrift „{t}“ über meine "
           "Organisation.", "{s} schreibt unter der Überschrift „{t}“ über meine Organisation.",
           "Hierzu stelle ich fest: Ich wurde vor der Veröffentlichung nicht befragt, und die im dritten Absatz "
           "genannten Zahlen geben nicht die Position meiner Organisation wieder.", "{c}, den {d}",
           "Die Redaktion ist nach dem Landespressegesetz zum Abdruck verpflichtet, unabhängig vom Wahrheitsgehalt."),
    "es": ("DERECHO DE RECTIFICACIÓN", "En su edición del {d}, {s} publicó un artículo titulado «{t}».",
           "{s} publicó un artículo titulado «{t}».",
           "Deseo precisar que no fui consultado antes de la publicación y que las cifras citadas en el tercer "
           "párrafo no reflejan la posición de mi organización.", "{c}, {d}",
           "Publicamos esta rectificación conforme a la Ley Orgánica 2/1984. La redacción."),
    "it": ("RETTIFICA", "Nell'edizione del {d}, {s} ha pubblicato un articolo dal titolo «{t}».",
           "{s} ha pubblicato un articolo dal titolo «{t}».",
           "Tengo a precisare che non sono stato consultato prima della pubblicazione e che le cifre citate nel terzo "
           "paragrafo non riflettono la posizione della mia organizzazione.", "{c}, {d}",
           "Pubblichiamo la rettifica ai sensi dell'articolo 8 della legge sulla stampa. La redazione."),
    "pt": ("DIREITO DE RESPOSTA", "Na sua edição de {d}, o {s} publicou um artigo intitulado «{t}».",
           "O {s} publicou um artigo intitulado «{t}».",
           "Quero esclarecer que não fui consultado antes da publicação e que os números citados no terceiro "
           "parágrafo não refletem a posição da minha organização.", "{c}, {d}",
           "Publicamos este direito de resposta nos termos da Lei de Imprensa. A redação.")}
REPLIERS = ["Anders Holm", "Mikael Strand", "Ingrid Dahl", "Pieter Janssens"]
REPLIER_ROLE = {"en": "Chairman, European Steel Association", "fr": "Président de l'Association européenne de l'acier",
                "de": "Vorsitzender des Europäischen Stahlverbands", "es": "Presidente de la Asociación Europea del Acero",
                "it": "Presidente dell'Associazione europea dell'acciaio",
                "pt": "Presidente da Associação Europeia do Aço"}


# A cutting kept with the right of reply the paper had to print about it days later: the publication and long date
# on top (whichever the article has), the headline, the byline, the text; under a rule the reply as printed
# (`GEGENDARSTELLUNG` / `DROIT DE RÉPONSE`), which quotes the headline and the edition's day, the replier's
# statement, the place and the reply's later day, the replier's name and function, and the paper's legal note. The
# replier is no author, the reply's day no date, the quoted headline in quotation marks no second title.
def desk_s53_713(a, desk, rng):
    src = src_of(a, rng)
    head, opening, bare, statement, signed, note = REPLY[desk]
    who = rng.choice(REPLIERS)
    parts = [sep_join(" — ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "* * *", "", head, ""]
    parts += [opening.format(d=long_date(a["date"], desk), s=src, t=a["title"]) if a["date"]
              else bare.format(s=src, t=a["title"]), "", statement, ""]
    parts += [signed.format(c=CITY[desk], d=long_date(later_day(a, rng, 6, 20), desk)), who, REPLIER_ROLE[desk], "",
              note]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A page read by Postlight's Mercury Parser (`mercury-parser URL`, the JSON it prints kept whole): `title` (the
# headline, or the tab title `Headline | Le Figaro` as some sites give it), `content` the HTML of the text with the
# page's credit line at its end (`© 1987 Le Figaro`, the publication alone when undated), `author` the writers as the
# page names them (`Hélène Roux and Stefan Krüger`, null when unsigned), `date_published` the publication moment in
# UTC or null, `lead_image_url`, `dek` null, `next_page_url` null, `url`, `domain`, `excerpt`, `word_count`,
# `direction`, `total_pages`, `rendered_pages`. Mercury no source, the copyright year no date.
def desk_s53_714(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    title = a["title"] if rng.random() < 0.6 else a["title"] + rng.choice([" | ", " - "]) + src
    credit = f"© {a['date'][:4]} {src}" if a["date"] else f"© {src}"
    content = "<div>" + "".join(f"<p>{p}</p>" for p in a["body"]) + f"<p><em>{credit}</em></p></div>"
    doc = {"title": title, "content": content, "author": named(a["authors"], "en") if a["authors"] else None,
           "date_published": utc_of(a["date"], h, m, ms=True) if a["date"] else None,
           "lead_image_url": f"https://img.{site(src)}/{ident(rng, 16, HEX)}.jpg", "dek": None,
           "next_page_url": None, "url": url_of(a, src), "domain": f"www.{site(src)}", "excerpt": lead(a["body"][0]),
           "word_count": sum(len(p.split()) for p in a["body"]), "direction": "ltr", "total_pages": 1,
           "rendered_pages": 1}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


COPY = {  # heading, taken by, from, for (edition), catchline, head, text, end, unsigned sender
    "en": ("COPY TAKEN BY TELEPHONE", "Taken by", "From", "For", "Catchline", "Head", "Copy", "ENDS",
           "Foreign desk"),
    "fr": ("COPIE DICTÉE PAR TÉLÉPHONE", "Prise par", "De", "Pour", "Mot-clé", "Titre", "Texte", "FIN",
           "Service étranger"),
    "de": ("TELEFONISCH DURCHGEGEBEN", "Aufgenommen von", "Von", "Für", "Stichwort", "Überschrift", "Text", "ENDE",
           "Auslandsredaktion"),
    "es": ("CRÓNICA DICTADA POR TELÉFONO", "Tomada por", "De", "Para", "Clave", "Título", "Texto", "FIN",
           "Sección de Internacional"),
    "it": ("PEZZO DETTATO AL TELEFONO", "Raccolto da", "Da", "Per", "Chiave", "Titolo", "Testo", "FINE",
           "Redazione esteri"),
    "pt": ("TEXTO DITADO POR TELEFONE", "Recebido por", "De", "Para", "Chave", "Título", "Texto", "FIM",
           "Editoria de Internacional")}
EDITION_OF = {"en": "edition of {d}", "fr": "édition du {d}", "de": "Ausgabe vom {d}", "es": "edición del {d}",
              "it": "edizione di {d}", "pt": "edição de {d}"}
NEW_PAR = {"en": "new par", "fr": "à la ligne", "de": "neuer Absatz", "es": "punto y aparte", "it": "a capo",
           "pt": "parágrafo"}


# A correspondent's story phoned in and typed by the paper's copytaker as it was dictated: the sheet's heading, the
# copytaker's name and the clock, the caller (the writers and their city; the foreign desk when unsigned), the edition
# it is for with its day spoken as the caller said it (`For: Le Figaro, edition of Tuesday the third of March
# nineteen eighty-seven`, `Für: Le Figaro, Ausgabe vom Dienstag, dem dritten März neunzehnhundertsiebenundachtzig`;
# the publication alone when undated), the catchline, the head, then the copy with the spoken `new par` left where
# the caller said it, and `ENDS`. The copytaker is no author, the catchline no title.
def desk_s53_715(a, desk, rng):
    src = src_of(a, rng)
    heading, taken, frm, for_, catch, head, copy, ends, unsigned = COPY[desk]
    taker = crew(a, rng, 1)[0]
    h, m = hm(rng, 15, 21)
    caller = f"{named(a['authors'], desk)}, {CITY[desk]}" if a["authors"] else unsigned
    edition = src + (", " + EDITION_OF[desk].format(d=spoken_date(a["date"], desk)) if a["date"] else "")
    parts = [heading, f"{taken}: {taker}, {h:02d}.{m:02d}", f"{frm}: {caller}", f"{for_}: {edition}",
             f"{catch}: {slug(a['title'], 1).upper() or 'STORY'}", f"{head}: {a['title']}", "", f"{copy}:"]
    body = []
    for i, p in enumerate(a["body"]):
        body.append(p + (f" {NEW_PAR[desk]}" if i < len(a["body"]) - 1 else ""))
    parts += ["\n\n".join(body), "", ends]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SOLR_BODY = {"en": "body_txt_en", "fr": "body_txt_fr", "de": "body_txt_de", "es": "body_txt_es", "it": "body_txt_it",
             "pt": "body_txt_pt"}


# A hit of the press office's clippings archive on Apache Solr (`GET /solr/clippings/select?q=…&wt=json`), the answer
# kept whole: `responseHeader` (`status`, `QTime`, `params` with the query), `response` with `numFound`, `start`,
# `maxScore`, `numFoundExact` and one doc of dynamic fields: `id`, `headline_t`, `publication_s`, `byline_ss` the
# writers (left out when unsigned, as Solr leaves out empty fields), `pubdate_dt` the publication day at midnight UTC
# (left out when undated), `section_s`, `body_txt_xx` the text, `clipped_by_s` the colleague, `indexed_dt` later,
# `_version_`, `score`. The colleague is no author, the indexing no date, Solr no source.
def desk_s53_717(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    term = slug(a["title"], 1) or "steel"
    doc = {"id": f"clip-{rng.randrange(10000, 99999)}", "headline_t": a["title"], "publication_s": src}
    if a["authors"]:
        doc["byline_ss"] = list(a["authors"])
    if a["date"]:
        doc["pubdate_dt"] = f"{a['date']}T00:00:00Z"
    doc.update({"section_s": SECTION[desk], SOLR_BODY[desk]: "\n\n".join(a["body"]), "clipped_by_s": who,
                "indexed_dt": utc_iso(epoch_of(later_day(a, rng, 1, 9), rng)),
                "_version_": rng.randrange(10 ** 18, 2 * 10 ** 18), "score": round(rng.uniform(4, 18), 6)})
    answer = {"responseHeader": {"status": 0, "QTime": rng.randrange(1, 40), "params": {
        "q": f"headline_t:{term}", "fl": "*,score", "wt": "json", "rows": "1"}},
        "response": {"numFound": 1, "start": 0, "maxScore": doc["score"], "numFoundExact": True, "docs": [doc]}}
    return json.dumps(answer, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


CONTACT = ("To contact the {r} on this story:", "To contact the {e} responsible for this story:")


# A story as a news terminal shows it, in the Bloomberg house form (the same in every desk language): the headline,
# the stamp of the story in GMT (`1987-03-03 17:04:12.481 GMT`, none when undated), the byline, the text opening with
# the day and the publication in the dateline (`March 3 (Le Figaro) --`), and at the foot the contact lines: `To
# contact the reporter(s) on this story:` with each writer, city and address, `To contact the editor(s) responsible for
# this story:` with one or two editors (colleagues, no authors). An unsigned story has the editors' lines only.
def desk_s53_719(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    editors = crew(a, rng, rng.randrange(1, 3))
    parts = [a["title"]]
    parts += [f"{a['date']} {h - 1:02d}:{m:02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d} GMT"] \
        if a["date"] else []
    parts += [""]
    parts += [byline(a["authors"], "en", rng), ""] if a["authors"] else []
    when = f"{MONTHS['en'].split()[day_of(a['date']).month - 1]} {day_of(a['date']).day} " if a["date"] else ""
    body = list(a["body"])
    body[0] = f"     {when}({src}) -- {body[0]}"
    parts += ["\n\n".join(body), ""]
    if a["authors"]:
        parts += [CONTACT[0].format(r="reporter" if len(a["authors"]) == 1 else "reporters")]
        parts += [f"{n} in {CITY['en']} at {handle(n)}@{site(src)}" for n in a["authors"]]
    parts += [CONTACT[1].format(e="editor" if len(editors) == 1 else "editors")]
    parts += [f"{n} at {handle(n)}@{site(src)}" for n in editors]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A document of the desk's clippings collection dumped by `mongoexport --collection=clippings --query '{"_id": …}'`
# (relaxed Extended JSON, one document on one line): `_id` with `$oid`, `headline`, `outlet`, `authors` (an array,
# empty when unsigned),
# `publishedAt` with `$date` (null when undated), `section`, `text`, `clippedBy` the colleague, `clippedAt` with
# `$date` later, `tags` in the desk's language, `__v`. The colleague is no author, `clippedAt` no date, MongoDB no
# source.
def desk_s53_720(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    h, m = hm(rng)
    doc = {"_id": {"$oid": ident(rng, 24, HEX)}, "headline": a["title"], "outlet": src, "authors": list(a["authors"]),
           "publishedAt": {"$date": utc_of(a["date"], h, m, ms=True)} if a["date"] else None,
           "section": SECTION[desk], "text": "\n\n".join(a["body"]),
           "clippedBy": {"name": who, "email": f"{handle(who)}@example.org"},
           "clippedAt": {"$date": utc_iso(epoch_of(later_day(a, rng, 1, 7), rng), True)},
           "tags": [REVIEW[desk].lower(), SECTION[desk].lower()], "__v": 0}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", e_with(a, source=src)


POLL = {  # heading, question, yes, no, votes word, `as of` line, not representative
    "en": ("POLL", "Should the quotas be extended?", "Yes", "No", "votes", "As of {d}, {t}",
           "This poll is not representative."),
    "fr": ("SONDAGE", "Faut-il prolonger les quotas ?", "Oui", "Non", "votes", "Résultats au {d}, {t}",
           "Ce sondage n'est pas représentatif."),
    "de": ("UMFRAGE", "Sollten die Quoten verlängert werden?", "Ja", "Nein", "Stimmen", "Stand: {d}, {t} Uhr",
           "Die Umfrage ist nicht repräsentativ."),
    "es": ("ENCUESTA", "¿Deben prorrogarse las cuotas?", "Sí", "No", "votos", "Resultados a {d}, {t}",
           "Esta encuesta no es representativa."),
    "it": ("SONDAGGIO", "Le quote vanno prorogate?", "Sì", "No", "voti", "Aggiornato al {d}, {t}",
           "Il sondaggio non ha valore statistico."),
    "pt": ("SONDAGEM", "As quotas devem ser prolongadas?", "Sim", "Não", "votos", "Resultados a {d}, {t}",
           "Esta sondagem não é representativa.")}


def thousands(n, desk):
    return f"{n:,}".replace(",", "." if desk in ("de", "es", "it", "pt") else " " if desk == "fr" else ",")


# A web story copied down to the readers' poll under it: the publication and section on top, the headline, the byline,
# the labelled publication day (whichever the article has), the text, then the poll (`UMFRAGE`, the question, the
# shares and votes, `Stand: 5. März 1987, 10:12 Uhr`, the later day of the count, `Die Umfrage ist nicht
# repräsentativ.`). The count's day is no date.
def desk_s53_721(a, desk, rng):
    src = src_of(a, rng)
    head, question, yes, no, votes, as_of, note = POLL[desk]
    h, m = hm(rng)
    y = rng.randrange(30, 80)
    total = rng.randrange(300, 9000)
    parts = [f"{src} › {SECTION[desk]}", "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [f"{PUBLISHED[desk]} {long_date(a['date'], desk)}"] if a["date"] else []
    parts += ["", "\n\n".join(a["body"]), "", head, question,
              f"{yes} {y} % ({thousands(total * y // 100, desk)} {votes})",
              f"{no} {100 - y} % ({thousands(total - total * y // 100, desk)} {votes})",
              as_of.format(d=long_date(later_day(a, rng, 1, 5), desk), t=f"{h:02d}:{m:02d}"), note]
    return "\n".join(parts) + "\n", e_with(a, source=src)


FWD_SUBJECT = {"en": "Fwd:", "fr": "TR :", "de": "WG:", "es": "RV:", "it": "I:", "pt": "Enc:"}


# A colleague's mail to the review's inbound address as SendGrid's Inbound Parse webhook posted it, the request kept
# whole by the desk's logger: the request line and headers, then the `multipart/form-data` body (boundary `xYzZY`)
# with the fields `headers` (the mail's own headers: `Date` the later sending day, `From` the colleague, `Subject` the
# colleague's `Fwd: Headline` or note), `dkim`, `content-ids`, `to`, `text` (the colleague's note and the article
# pasted: headline, publication and long date, byline, text), `from`, `sender_ip`, `envelope`, `attachments`,
# `subject`, `charsets`, `SPF`. The mail's day is no date, the colleague no author, SendGrid no source.
def desk_s53_723(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    sent = later_day(a, rng, 0, 3)
    h, m = hm(rng)
    subject = rng.choice([f"{FWD_SUBJECT[desk]} {a['title']}", REVIEW[desk] + f" ({src})"])
    addr = f"{handle(who)}@example.org"
    mid = f"<{ident(rng, 16, HEX)}@example.org>"
    text = "\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", "--", who]) + "\n"
    headers = "\n".join([f"Received: from mail.example.org (mail.example.org [192.0.2.{rng.randrange(2, 250)}]) by "
                         f"mx.sendgrid.net with ESMTPS id {ident(rng, 12)}", f"Date: {rfc_date(sent, h, m)}",
                         f"From: {who} <{addr}>", "To: review@inbound.example.org", f"Message-ID: {mid}",
                         f"Subject: {subject}", "MIME-Version: 1.0",
                         "Content-Type: text/plain; charset=\"UTF-8\""])
    fields = [("headers", headers), ("dkim", "{@example.org : pass}"), ("content-ids", "{}"),
              ("to", "review@inbound.example.org"), ("text", text), ("from", f"{who} <{addr}>"),
              ("sender_ip", f"192.0.2.{rng.randrange(2, 250)}"),
              ("envelope", json.dumps({"to": ["review@inbound.example.org"], "from": addr})), ("attachments", "0"),
              ("subject", subject),
              ("charsets", json.dumps({"to": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"})),
              ("SPF", "pass")]
    body = "".join(f"--xYzZY\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields)
    body += "--xYzZY--\r\n"
    head = ["POST /hooks/inbound-review HTTP/1.1", "Host: hooks.example.org", "User-Agent: Sendlib/1.0 mx.sendgrid.net",
            f"Content-Length: {len(body.encode('utf-8'))}", "Content-Type: multipart/form-data; boundary=xYzZY",
            "Accept-Encoding: gzip", ""]
    return "\r\n".join(head) + "\r\n" + body, e_with(a, source=src)


ROLE_WORDS = {  # text, photos, graphics
    "en": ("words", "photos", "graphics"), "fr": ("texte", "photos", "infographie"),
    "de": ("Text", "Fotos", "Infografik"), "es": ("texto", "fotos", "infografía"), "it": ("testo", "foto", "grafica"),
    "pt": ("texto", "fotos", "infografia")}
PHOTOGRAPHERS = ["Paul Martin", "Katrin Vogel", "Diego Ramos", "Elena Conti"]


# A story whose byline gives each person's part in parentheses (`Par Hélène Roux (texte), Paul Martin (photos) et
# Katrin Vogel (infographie)`, several writers sharing one `(texte)`; an unsigned story credits the photographer
# alone, `Photos : Paul Martin`), over the publication, section and long date line (whichever the article has), the
# headline above, the text. The photographer and the graphic artist are no authors.
def desk_s53_725(a, desk, rng):
    src = src_of(a, rng)
    by, conj = BY[desk]
    w, p, g = ROLE_WORDS[desk]
    photo, graphic = rng.sample(PHOTOGRAPHERS, 2)
    if a["authors"]:
        names = a["authors"]
        writers = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {conj} {names[-1]}"
        extra = [f"{photo} ({p})"] + ([f"{graphic} ({g})"] if rng.random() < 0.5 else [])
        credit = f"{by} {writers} ({w}), {extra[0]}" if len(extra) == 1 else \
            f"{by} {writers} ({w}), {extra[0]} {conj} {extra[1]}"
    else:
        credit = f"{p.capitalize()}{' :' if desk == 'fr' else ':'} {photo}"
    parts = [a["title"], "", credit, sep_join(" · ", src, SECTION[desk], dated(a, desk)), "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A hit of the publication site's search on Algolia (`POST /1/indexes/articles_prod/query`), the answer kept whole:
# `hits` with one hit (`title`, `authors` an array, `publication`, `publishedAt` with its offset and
# `published_at_ts` in seconds (both null when undated), `updatedAt` later, `section`, `content` the text, `url`,
# `objectID`, `_tags`, `_highlightResult` with the query's words in `<em>` and `matchLevel`, `_snippetResult` of the
# content), `nbHits`, `page`, `nbPages`, `hitsPerPage`, `exhaustiveNbHits`, `exhaustiveTypo`, `query`, `params`,
# `processingTimeMS`. The highlighting is no part of the headline, Algolia no source.
def desk_s53_727(a, desk, rng):
    src = src_of(a, rng)
    h, m = hm(rng)
    word = (a["title"].split() or ["x"])[0].strip(",.:;!?«»\"'")
    hl_title = a["title"].replace(word, f"<em>{word}</em>", 1)
    secs = epoch_of(a["date"], rng) if a["date"] else None
    hit = {"title": a["title"], "authors": list(a["authors"]), "publication": src,
           "publishedAt": local_iso(a["date"], h, m) if a["date"] else None, "published_at_ts": secs,
           "updatedAt": utc_iso(epoch_of(later_day(a, rng, 1, 30), rng)), "section": SECTION[desk],
           "content": "\n\n".join(a["body"]), "url": url_of(a, src), "objectID": str(rng.randrange(10 ** 6, 10 ** 7)),
           "_tags": [SECTION[desk].lower(), desk],
           "_highlightResult": {
               "title": {"value": hl_title, "matchLevel": "partial", "fullyHighlighted": False,
                         "matchedWords": [word.lower()]},
               "authors": [{"value": n, "matchLevel": "none", "matchedWords": []} for n in a["authors"]]},
           "_snippetResult": {"content": {"value": lead(a["body"][0])[:120] + " …", "matchLevel": "none"}}}
    doc = {"hits": [hit], "nbHits": 1, "page": 0, "nbPages": 1, "hitsPerPage": 20, "exhaustiveNbHits": True,
           "exhaustiveTypo": True, "exhaustive": {"nbHits": True, "typo": True}, "query": word.lower(),
           "params": f"query={word.lower()}&hitsPerPage=20", "processingTimeMS": rng.randrange(1, 9)}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


GALLERY = {"en": ("Image {i} of {n}", "Photo"), "fr": ("Image {i} sur {n}", "Photo"),
           "de": ("Bild {i} von {n}", "Foto"), "es": ("Imagen {i} de {n}", "Foto"),
           "it": ("Immagine {i} di {n}", "Foto"), "pt": ("Imagem {i} de {n}", "Foto")}
SCENES = {"en": ["Ministers arrive for the talks", "Workers outside the plant", "The harbour at dawn"],
          "fr": ["L'arrivée des ministres", "Des ouvriers devant l'usine", "Le port à l'aube"],
          "de": ["Die Minister treffen ein", "Arbeiter vor dem Werk", "Der Hafen im Morgengrauen"],
          "es": ["Llegada de los ministros", "Obreros ante la fábrica", "El puerto al amanecer"],
          "it": ["L'arrivo dei ministri", "Operai davanti allo stabilimento", "Il porto all'alba"],
          "pt": ["A chegada dos ministros", "Operários à porta da fábrica", "O porto ao amanhecer"]}
PHOTO_AGENCIES = ["AFP", "Reuters", "dpa", "EFE", "ANSA", "Lusa"]


# A story copied from a page that opens with a photo gallery: the publication on top, the headline, then the
# gallery's captions as the page lists them (`Bild 1 von 3`, the scene with its city and its own earlier day, the
# photographer and agency), then the byline, the long date (whichever the article has), the text. The photographers
# are no authors, the pictures' days no date.
def desk_s53_730(a, desk, rng):
    src = src_of(a, rng)
    count, photo = GALLERY[desk]
    n = rng.randrange(2, 4)
    base = a["date"] or later_day(a, rng, 1, 3)
    shooters = rng.sample(PHOTOGRAPHERS, n)
    parts = [src, "", a["title"], ""]
    for i in range(n):
        when = long_date(shift(base, -rng.randrange(1, 12)), desk)
        parts += [count.format(i=i + 1, n=n),
                  f"{CITY[desk]}, {when}: {SCENES[desk][i]}. {photo}: {shooters[i]}/{rng.choice(PHOTO_AGENCIES)}", ""]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += [long_date(a["date"], desk)] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


SN_TITLE = {"en": "Review {d}", "fr": "Revue {d}", "de": "Spiegel {d}", "es": "Resumen {d}", "it": "Rassegna {d}",
            "pt": "Revista {d}"}


def sn_stamp(secs):
    return utc_iso(secs, True), int(secs * 1_000_000)


# A note the colleague kept in Standard Notes, in the app's decrypted backup file (`Standard Notes Backup and Import
# File.txt`): `version` `004`, `items` with the `Note` (`uuid`, `content_type`, `created_at`/`updated_at` the later
# moments and their microsecond timestamps, `content` with the note's own `title` (`Revue 05/03`), `text` the
# colleague's line and the article pasted (headline, publication and long date, byline, text), `references`,
# `appData`, `preview_plain`, `noteType`) and a `Tag` naming the review. The note's title is no headline, its days no
# date, the colleague (in the text's signature) no author.
def desk_s53_731(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    saved = epoch_of(later_day(a, rng, 1, 6), rng)
    made, made_ts = sn_stamp(saved)
    upd, upd_ts = sn_stamp(saved + rng.randrange(60, 7200))
    note_id, tag_id = uuid_of(rng), uuid_of(rng)
    text = "\n".join([NOTE[desk], ""] + pasted(a, desk, rng, src) + ["", f"— {who}"])
    title = SN_TITLE[desk].format(d=numeric(later_day(a, rng, 1, 6), desk)[:5])
    note = {"uuid": note_id, "content_type": "Note", "created_at": made, "updated_at": upd,
            "created_at_timestamp": made_ts, "updated_at_timestamp": upd_ts, "duplicate_of": None,
            "content": {"title": title, "text": text, "references": [], "appData": {
                "org.standardnotes.sn": {"client_updated_at": upd, "prefersPlainEditor": True}},
                "preview_plain": lead(a["body"][0])[:80], "noteType": "plain-text", "spellcheck": True}}
    tag = {"uuid": tag_id, "content_type": "Tag", "created_at": "2023-01-09T08:12:44.120Z",
           "updated_at": upd, "created_at_timestamp": 1673251964120000, "updated_at_timestamp": upd_ts,
           "duplicate_of": None, "content": {"title": REVIEW[desk], "references": [
               {"uuid": note_id, "content_type": "Note"}], "appData": {}}}
    doc = {"version": "004", "items": [note, tag]}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


STAFF = {  # one writer, several (the staff phrase before the names)
    "en": ("From our staff reporter {n}", "From our staff reporters {n}"),
    "fr": ("De notre collaborateur {n}", "De nos collaborateurs {n}"),
    "de": ("Von unserem Redaktionsmitglied {n}", "Von unseren Redaktionsmitgliedern {n}"),
    "es": ("De nuestro redactor {n}", "De nuestros redactores {n}"),
    "it": ("Dal nostro redattore {n}", "Dai nostri redattori {n}"),
    "pt": ("Do nosso redator {n}", "Dos nossos redatores {n}")}


# A print story whose byline names the writers with the paper's old staff phrase (`Von unserem Redaktionsmitglied
# Hélène Roux`, `De nos collaborateurs Hélène Roux et Stefan Krüger`), the city in capitals opening the text
# (`BRÜSSEL. –`), the publication and the day with its weekday on the page's top line (whichever the article has),
# the headline. The staff phrase is no part of the names.
def desk_s53_732(a, desk, rng):
    src = src_of(a, rng)
    one, several = STAFF[desk]
    parts = [sep_join(", ", src, dated(a, desk, weekday=True)), "", a["title"], ""]
    if a["authors"]:
        parts += [(one if len(a["authors"]) == 1 else several).format(n=named(a["authors"], desk)), ""]
    body = list(a["body"])
    body[0] = f"{CITY[desk].upper()}. – {body[0]}"
    parts += ["\n\n".join(body)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# An entry of the desk's wiki on Wiki.js, read through its GraphQL API (`pages { single(id: …) { … } }`), the answer
# kept whole: `data.pages.single` with `id`, `path`, `hash`, `title` the wiki's own page name (`03/03/1987 – Le
# Figaro`, the outlet alone when undated), `description` the lead, `isPrivate`, `isPublished`, `publishStartDate`,
# `publishEndDate` (empty), `content` the Markdown (`## Headline`, a line with the publication, long date and byline,
# the text), `contentType`, `createdAt`/`updatedAt` the later moments, `editor`, `locale`, `authorId`/`authorName`/
# `authorEmail` and `creatorId`/`creatorName`/`creatorEmail` the colleague, `tags`. The page name is no headline, the
# wiki's author no writer, Wiki.js no source.
def desk_s53_733(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 5), rng)
    name = sep_join(" – ", numeric(a["date"], desk) if a["date"] else "", src)
    meta = sep_join(" · ", src, dated(a, desk), byline(a["authors"], desk, rng) if a["authors"] else "")
    content = "\n".join([f"## {a['title']}", "", f"*{meta}*", "", "\n\n".join(a["body"])])
    uid = rng.randrange(2, 30)
    page = {"id": rng.randrange(40, 900), "path": f"{slug(REVIEW[desk], 3)}/{slug(a['title'], 5)}",
            "hash": ident(rng, 40, HEX), "title": name, "description": lead(a["body"][0])[:160],
            "isPrivate": False, "isPublished": True, "publishStartDate": "", "publishEndDate": "",
            "content": content, "contentType": "markdown", "createdAt": utc_iso(made, True),
            "updatedAt": utc_iso(made + rng.randrange(60, 5000), True), "editor": "markdown", "locale": desk,
            "authorId": uid, "authorName": who, "authorEmail": f"{handle(who)}@example.org", "creatorId": uid,
            "creatorName": who, "creatorEmail": f"{handle(who)}@example.org",
            "tags": [{"tag": slug(REVIEW[desk], 3), "title": REVIEW[desk]}]}
    doc = {"data": {"pages": {"single": page}}}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])) + "\n", e_with(a, source=src)


MARKETS = {  # heading with the previous trading day, the index names
    "en": ("MARKETS · Closing prices, {d}", ["FTSE 100", "Dow Jones", "Brent", "EUR/USD"]),
    "fr": ("MARCHÉS · Clôture du {d}", ["CAC 40", "Dow Jones", "Brent", "EUR/USD"]),
    "de": ("MÄRKTE · Schlusskurse vom {d}", ["DAX", "Dow Jones", "Brent", "EUR/USD"]),
    "es": ("MERCADOS · Cierre del {d}", ["Ibex 35", "Dow Jones", "Brent", "EUR/USD"]),
    "it": ("MERCATI · Chiusura del {d}", ["FTSE MIB", "Dow Jones", "Brent", "EUR/USD"]),
    "pt": ("MERCADOS · Fecho de {d}", ["PSI", "Dow Jones", "Brent", "EUR/USD"])}


def previous_trading_day(iso):
    d = day_of(iso) - datetime.timedelta(days=1)
    while d.weekday() > 4:
        d -= datetime.timedelta(days=1)
    return d.isoformat()


# A business page's story copied with the markets box beside it: the publication, section and long date on top
# (whichever the article has), the headline, the byline, the text, then the box with the previous trading day's
# closing prices (`MÄRKTE · Schlusskurse vom 2. März 1987`, four indices with their figures and changes; the box's day
# a day or two before the undated page's reading when the article has none). The box's day is no date.
def desk_s53_735(a, desk, rng):
    src = src_of(a, rng)
    head, names = MARKETS[desk]
    base = a["date"] or later_day(a, rng, 1, 3)
    comma = desk != "en"
    rows = []
    for n in names:
        v = rng.uniform(0.9, 1.3) if n == "EUR/USD" else rng.uniform(60, 110) if n == "Brent" else \
            rng.uniform(1500, 25000)
        ch = rng.uniform(-2.5, 2.5)
        val = f"{v:.4f}" if n == "EUR/USD" else f"{v:.2f}"
        chs = f"{ch:+.2f} %"
        if comma:
            val, chs = val.replace(".", ","), chs.replace(".", ",")
        rows.append(f"{n:<10} {val:>10}  {chs}")
    parts = [sep_join(" | ", src, SECTION[desk], dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", head.format(d=long_date(previous_trading_day(base), desk))] + rows
    return "\n".join(parts) + "\n", e_with(a, source=src)


ALF_PROPS = {"en": "Press cutting", "fr": "Coupure de presse", "de": "Presseausschnitt", "es": "Recorte de prensa",
             "it": "Ritaglio stampa", "pt": "Recorte de imprensa"}


# A cutting stored in the office's Alfresco repository, as the desk's script saves it: the node read through the
# public REST API (`GET …/alfresco/versions/1/nodes/{id}?include=properties,path`: `entry` with `id`, `name` the file's
# name (`1987-03-03_lefigaro_headline-words.txt`), `nodeType` `cm:content`, `isFile`, `createdAt`/`modifiedAt` the
# later moments, `createdByUser`/`modifiedByUser` the colleague, `content`, `parentId`, `aspectNames`, `properties`:
# `cm:title` the headline, `cm:description` the document kind, `cm:author` the writers joined by `, ` (left out when
# unsigned), `cm:publisher` the publication, `cm:versionLabel`, `path`), a blank line, then the stored text as the
# repository serves it (`GET …/content`). The colleague is no author, the repository's days no date, Alfresco no source.
def desk_s53_737(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 8), rng)
    fname = "_".join(p for p in [a["date"] or "", site(src).split(".")[0], slug(a["title"], 3)] if p) + ".txt"
    text = "\n".join([a["title"], ""] + (["\n\n".join(a["body"])])) + "\n"
    user = {"id": handle(who), "displayName": who}
    props = {"cm:title": a["title"], "cm:description": ALF_PROPS[desk]}
    if a["authors"]:
        props["cm:author"] = ", ".join(a["authors"])
    props.update({"cm:publisher": src, "cm:versionLabel": "1.0", "cm:versionType": "MAJOR"})
    if a["date"]:
        props["cm:dateOfPublication"] = f"{a['date']}T00:00:00.000+0000"
    entry = {"isFile": True, "createdByUser": user, "modifiedAt": utc_iso(made + 40, True).replace("Z", "+0000"),
             "nodeType": "cm:content", "content": {"mimeType": "text/plain", "mimeTypeName": "Plain Text",
                                                   "sizeInBytes": len(text.encode("utf-8")), "encoding": "UTF-8"},
             "parentId": uuid_of(rng), "aspectNames": ["rn:renditioned", "cm:versionable", "cm:titled",
                                                       "cm:auditable", "cm:author", "cm:dublincore"],
             "createdAt": utc_iso(made, True).replace("Z", "+0000"), "isFolder": False, "modifiedByUser": user,
             "name": fname, "id": uuid_of(rng), "properties": props,
             "path": {"name": f"/Company Home/Sites/press-office/documentLibrary/{REVIEW[desk]}", "isComplete": True}}
    doc = json.dumps({"entry": entry}, ensure_ascii=False, indent=rng.choice([None, 2]))
    return doc + "\n\n" + text, e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s53_")}

# ---- held-out members of BLIND_S53 below: whoever tunes the reader never reads past this line ----

OWN_REPORT = {"en": "(From our correspondent)", "fr": "(De notre correspondant)", "de": "(Eig. Ber.)",
              "es": "(Crónica de nuestro corresponsal)", "it": "(Nostro servizio)", "pt": "(Do nosso correspondente)"}


def short_numeric(iso, desk):
    d = day_of(iso)
    yy = f"{d.year % 100:02d}"
    return f"{d.month}/{d.day}/{yy}" if desk == "en" else f"{d.day}. {d.month}. {yy}" if desk == "de" else \
        f"{d.day}-{d.month}-{yy}" if desk == "fr" else f"{d.day}/{d.month}/{yy}"


# A print story whose only day is in the dateline opening the text, set compactly with a two-digit year and the
# paper's own-report mark (`BRÜSSEL, 3. 3. 87 (Eig. Ber.) –`, `BRUXELLES, 3-3-87 (De notre correspondant) –`, the
# city alone when undated); the publication and page on top, the headline, the writers' names alone at the foot.
def desk_s53_716(a, desk, rng):
    src = src_of(a, rng)
    page = {"en": "p.", "fr": "p.", "de": "S.", "es": "pág.", "it": "pag.", "pt": "p."}[desk]
    line = CITY[desk].upper() + (f", {short_numeric(a['date'], desk)}" if a["date"] else "") + f" {OWN_REPORT[desk]} – "
    body = list(a["body"])
    body[0] = line + body[0]
    parts = [f"{src}, {page} {rng.randrange(2, 30)}", "", a["title"], "", "\n\n".join(body)]
    parts += ["", named(a["authors"], desk)] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


def xwiki_text(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# A page of the office's XWiki read through its REST API (`GET /xwiki/rest/wikis/xwiki/spaces/Revue/pages/{name}`),
# the XML kept whole: `link` elements, `id`, `fullName`, `wiki`, `space`, `name`, `title` the wiki's page title
# (`Revue de presse – semaine 10`), `parent`, `version`, `author`/`authorName` and `creator` the colleague, `created`
# and `modified` the later moments, `syntax` `xwiki/2.1`, `content` in XWiki syntax (`== Headline ==`, a line with the
# publication, long date and byline in `//…//`, the text). The page title is no headline, the page's author no writer.
def desk_s53_718(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 6), rng)
    week = day_of(a["date"] or later_day(a, rng, 1, 6)).isocalendar()[1]
    name = slug(a["title"], 4).replace("-", "") or "Clip"
    meta = sep_join(" – ", src, dated(a, desk), byline(a["authors"], desk, rng) if a["authors"] else "")
    content = "\n".join([f"== {a['title']} ==", "", f"//{meta}//", "", "\n\n".join(a["body"])])
    user = "XWiki." + handle(who).capitalize()
    title = f"{REVIEW[desk]} – {week}"
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<page xmlns="http://www.xwiki.org">',
             f'  <link href="https://wiki.example.org/xwiki/rest/wikis/xwiki/spaces/Revue/pages/{name}" rel="self"/>',
             f"  <id>xwiki:Revue.{name}</id>", f"  <fullName>Revue.{name}</fullName>", "  <wiki>xwiki</wiki>",
             "  <space>Revue</space>", f"  <name>{name}</name>", f"  <title>{xwiki_text(title)}</title>",
             "  <parent>Revue.WebHome</parent>", "  <parentId>xwiki:Revue.WebHome</parentId>",
             f"  <version>1.{rng.randrange(1, 5)}</version>", "  <majorVersion>1</majorVersion>",
             f"  <minorVersion>{rng.randrange(1, 5)}</minorVersion>", "  <hidden>false</hidden>",
             f"  <created>{utc_iso(made, True).replace('Z', '+01:00')}</created>", f"  <creator>{user}</creator>",
             f"  <creatorName>{xwiki_text(who)}</creatorName>",
             f"  <modified>{utc_iso(made + 600, True).replace('Z', '+01:00')}</modified>",
             f"  <modifier>{user}</modifier>", f"  <modifierName>{xwiki_text(who)}</modifierName>",
             f"  <originalMetadataAuthor>{user}</originalMetadataAuthor>",
             f"  <originalMetadataAuthorName>{xwiki_text(who)}</originalMetadataAuthorName>",
             "  <comment></comment>", "  <syntax>xwiki/2.1</syntax>",
             f"  <content>{xwiki_text(content)}</content>", "</page>"]
    return "\n".join(lines) + "\n", e_with(a, source=src)


WORD_COMMENTS = {"en": "Comments", "fr": "Commentaires", "de": "Kommentare", "es": "Comentarios",
                 "it": "Commenti", "pt": "Comentários"}
REMARKS = {"en": ["Check this figure against the ministry's release.", "Shorten for the review?"],
           "fr": ["Vérifier ce chiffre avec le communiqué du ministère.", "À raccourcir pour la revue ?"],
           "de": ["Zahl mit der Mitteilung des Ministeriums abgleichen.", "Für den Spiegel kürzen?"],
           "es": ["Contrastar esta cifra con el comunicado del ministerio.", "¿Acortar para el resumen?"],
           "it": ["Verificare la cifra con il comunicato del ministero.", "Accorciare per la rassegna?"],
           "pt": ["Confirmar este número com o comunicado do ministério.", "Encurtar para a revista?"]}


def initials_of(name):
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()[:3]


# A cutting copied out of a Word document the desk reviewed, with the reviewers' comments kept: anchors after the
# commented passages (`[HK1]`, `[SM2]`, the reviewers' initials and the comment's number) and at the foot under
# `Kommentare` each comment with the reviewer's name and its later day and clock (`[HK1] Hanna Kurz, 05.03.1987 09:12:
# Zahl mit der Mitteilung … abgleichen.`); the publication and long date on top (whichever the article has), the
# headline, the byline. The reviewers are no authors, their days no date.
def desk_s53_722(a, desk, rng):
    src = src_of(a, rng)
    reviewers = crew(a, rng, 2)
    body = list(a["body"])
    notes = []
    for k, who in enumerate(reviewers[:rng.randrange(1, 3)]):
        tag = f"[{initials_of(who)}{k + 1}]"
        i = min(len(body) - 1, k + rng.randrange(0, 2))
        body[i] = body[i] + tag
        h, m = hm(rng)
        notes.append(f"{tag} {who}, {numeric(later_day(a, rng, 1, 4), desk)} {h:02d}:{m:02d}: {REMARKS[desk][k]}")
    parts = [sep_join(", ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(body), "", "_" * 20, WORD_COMMENTS[desk]] + notes
    return "\n".join(parts) + "\n", e_with(a, source=src)


MAYAN_TYPE = {"en": "Press cutting", "fr": "Coupure de presse", "de": "Zeitungsausschnitt", "es": "Recorte de prensa",
              "it": "Ritaglio", "pt": "Recorte"}


# A scanned cutting filed in the office's Mayan EDMS, as the desk's script saves it: the document read through the
# REST API (`GET /api/v4/documents/{id}/`: `id`, `label` the scan's file name, `description` empty, `datetime_created`
# the filing's later moment, `language`, `uuid`, `document_type` with its `label`, `file_latest` with `filename`,
# `mimetype`, `size`, `timestamp`), a blank line, then the first page's OCR content (`GET …/pages/{id}/ocr/`:
# `content`), the cutting line by line: the page's head (publication in capitals, long date with weekday, page), the
# headline, the byline, the text in a narrow column. Mayan no source, the filing no date.
def desk_s53_724(a, desk, rng):
    src = src_of(a, rng)
    made = epoch_of(later_day(a, rng, 1, 10), rng)
    fname = f"scan_{ident(rng, 6, '0123456789')}.pdf"
    lines = ["   ".join(p for p in [src.upper(), dated(a, desk, weekday=True), str(rng.randrange(2, 40))] if p), "",
             a["title"]]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += [""]
    for p in a["body"]:
        lines += textwrap.wrap(p, 46) + [""]
    ocr = "\n".join(lines).rstrip() + "\n"
    did = rng.randrange(100, 9000)
    doc = {"id": did, "label": fname, "description": "", "datetime_created": utc_iso(made, True),
           "language": {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por"}[desk],
           "uuid": uuid_of(rng), "url": f"https://edms.example.org/api/v4/documents/{did}/",
           "document_type": {"id": 3, "label": MAYAN_TYPE[desk], "delete_time_period": None,
                             "trash_time_period": None},
           "file_latest": {"id": did * 2, "filename": fname, "mimetype": "application/pdf",
                           "encoding": "binary", "size": rng.randrange(80000, 900000),
                           "timestamp": utc_iso(made + 3, True), "comment": ""}}
    page = {"content": ocr}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n\n" + json.dumps(page, ensure_ascii=False, indent=2) + \
        "\n", e_with(a, source=src)


LICENCE = {  # licence footer (the licence's later day), the licence number's label
    "en": "Reproduced under licence from NLA media access. Licence {n}, issued {d}. Not for onward distribution.",
    "fr": "Reproduit avec l'autorisation du CFC (Centre français d'exploitation du droit de copie). Licence {n} "
          "accordée le {d}. Diffusion interne uniquement.",
    "de": "Lizenziert durch PMG Presse-Monitor GmbH & Co. KG. Lizenz {n} vom {d}. Nutzung nur für interne Zwecke.",
    "es": "Reproducido con licencia de CEDRO. Licencia {n} concedida el {d}. Solo para uso interno.",
    "it": "Riprodotto su licenza di Repertorio Promopress. Licenza {n} del {d}. Uso esclusivamente interno.",
    "pt": "Reproduzido com licença da Visapress. Licença {n} concedida a {d}. Apenas para uso interno."}


# A cutting from the desk's licensed press-review service: the publication and long date on top (whichever the
# article has), the headline, the byline, the text, and at the foot the collecting society's licence line with the
# licence's number and later day (`Lizenziert durch PMG Presse-Monitor GmbH & Co. KG. Lizenz 4711-87 vom 5. März
# 1987. Nutzung nur für interne Zwecke.`). The licensing society is no source, the licence's day no date.
def desk_s53_726(a, desk, rng):
    src = src_of(a, rng)
    parts = [sep_join(" – ", src, dated(a, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    number = f"{rng.randrange(1000, 9999)}-{(a['date'] or later_day(a, rng))[2:4]}"
    parts += ["", "\n\n".join(a["body"]), "", LICENCE[desk].format(n=number, d=long_date(later_day(a, rng, 1, 5), desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BOOK_TAGS = {"en": ("Outlet", "Published", "Writers"), "fr": ("Média", "Date de parution", "Auteurs"),
             "de": ("Medium", "Erscheinungsdatum", "Autoren"), "es": ("Medio", "Fecha de publicación", "Autores"),
             "it": ("Testata", "Data di pubblicazione", "Autori"), "pt": ("Meio", "Data de publicação", "Autores")}


# A page of the office's BookStack, read through its API (`GET /api/pages/{id}`), the answer kept whole: `id`,
# `book_id`, `chapter_id`, `name` the page's name (the headline), `slug`, `html`, `priority`, `created_at`/
# `updated_at` the later moments, `created_by`/`updated_by`/`owned_by` the colleague (`id`, `name`, `slug`), `draft`,
# `markdown` the text (the headline as `#` heading), `revision_count`, `template`, `editor`, `tags` with the outlet,
# the publication day (left out when undated) and the writers (left out when unsigned) as `name`/`value` pairs named
# in the desk's language. The colleague is no author, BookStack no source.
def desk_s53_728(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    made = epoch_of(later_day(a, rng, 1, 6), rng)
    t_outlet, t_day, t_by = BOOK_TAGS[desk]
    user = {"id": rng.randrange(2, 30), "name": who, "slug": slug(who, 3)}
    tags = [{"name": t_outlet, "value": src, "order": 0}]
    if a["date"]:
        tags.append({"name": t_day, "value": a["date"], "order": 1})
    if a["authors"]:
        tags.append({"name": t_by, "value": ", ".join(a["authors"]), "order": 2})
    md = "\n".join([f"# {a['title']}", "", "\n\n".join(a["body"])])
    html = f"<h1 id=\"bkmrk-{slug(a['title'], 3)}\">{xwiki_text(a['title'])}</h1>" + \
        "".join(f"<p id=\"bkmrk-{i}\">{xwiki_text(p)}</p>" for i, p in enumerate(a["body"]))
    doc = {"id": rng.randrange(100, 4000), "book_id": rng.randrange(2, 20), "chapter_id": rng.randrange(0, 40),
           "name": a["title"], "slug": slug(a["title"], 6), "html": html, "priority": rng.randrange(0, 30),
           "created_at": utc_iso(made, True).replace("Z", "000Z"), "updated_at":
               utc_iso(made + rng.randrange(60, 4000), True).replace("Z", "000Z"), "created_by": user,
           "updated_by": user, "owned_by": user, "draft": False, "markdown": md,
           "revision_count": rng.randrange(1, 4), "template": False, "editor": "markdown", "tags": tags}
    return json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 4])) + "\n", e_with(a, source=src)


# A page printed from the paper's print PDF and copied as text with the printer's plate slug in the margin: the file
# name with the edition's day and page (`LEFIGARO_19870303_ECO_07.pdf`, the day left out when undated) and the
# moment the plate was made the evening before (`02.03.1987 22:41:13`), the colour marks (`Cyan Magenta Yellow
# Black`), then the page's head (publication, section, page), the headline, the byline, the text in a narrow column.
# The plate's moment is no date.
def desk_s53_729(a, desk, rng):
    src = src_of(a, rng)
    page = rng.randrange(2, 30)
    code = site(src).split(".")[0].upper()
    fname = "_".join(p for p in [code, a["date"].replace("-", "") if a["date"] else "",
                                 slug(SECTION[desk], 1)[:3].upper(), f"{page:02d}"] if p) + ".pdf"
    made = shift(a["date"], -1) if a["date"] else later_day(a, rng, 1, 5)
    h, m = hm(rng, 20, 23)
    slug_line = f"{fname}   {numeric(made, desk)} {h:02d}:{m:02d}:{rng.randrange(60):02d}   Cyan Magenta Yellow Black"
    lines = [slug_line, "", sep_join("   ", src.upper(), dated(a, desk, weekday=True), SECTION[desk].upper(),
                                     str(page)), "", a["title"]]
    lines += [byline(a["authors"], desk, rng)] if a["authors"] else []
    lines += [""]
    for p in a["body"]:
        lines += textwrap.wrap(p, 50) + [""]
    return "\n".join(lines).rstrip() + "\n", e_with(a, source=src)


# A note of the desk's HedgeDoc, downloaded as Markdown (`/{note}/download`): HedgeDoc's YAML metadata on top
# (`title` the note's own title, `tags`, `description`, `lang`), the colleague's line, then the article pasted as a
# quote (the headline as `### ` heading, a line with the publication, long date and byline, the text), the
# colleague's initials. The note's title is no headline, HedgeDoc no source.
def desk_s53_734(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 4)
    meta = sep_join(" · ", src, dated(a, desk), byline(a["authors"], desk, rng) if a["authors"] else "")
    quoted = [f"> ### {a['title']}", ">", f"> *{meta}*", ">"]
    for i, p in enumerate(a["body"]):
        quoted += [f"> {p}"] + ([">"] if i < len(a["body"]) - 1 else [])
    parts = ["---", f"title: {REVIEW[desk]} {numeric(day, desk)}", f"tags: {slug(REVIEW[desk], 3)}",
             f"description: {NOTE[desk]}", f"lang: {desk}", "---", "", f"# {REVIEW[desk]} {numeric(day, desk)}", "",
             NOTE[desk], ""] + quoted + ["", f"— {initials_of(who)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A Dropbox Paper doc of the desk downloaded through the API (`POST /2/paper/docs/download`, `export_format`
# `markdown`) and saved with its `Dropbox-Api-Result` header: the JSON result (`owner` the colleague's address,
# `title` the doc's own title, `revision`, `mime_type`), a blank line, then the Markdown: the doc's title as `#`
# heading, the colleague's mention and line, the article (headline as `##`, publication and long date, byline, text),
# a checklist. The doc's title is no headline, the colleague no author, Dropbox no source.
def desk_s53_736(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    title = f"{REVIEW[desk]} – {numeric(later_day(a, rng, 1, 4), desk)}"
    result = {"owner": f"{handle(who)}@example.org", "title": title, "revision": rng.randrange(2, 60),
              "mime_type": "text/x-markdown"}
    parts = [f"Dropbox-Api-Result: {json.dumps(result, ensure_ascii=False)}", "", f"# {title}", "",
             f"@{who.split()[0]} — {NOTE[desk]}", "", f"## {a['title']}", ""]
    parts += [sep_join(", ", src, dated(a, desk))]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", "[ ] " + {"en": "summarise", "fr": "résumer", "de": "zusammenfassen",
                                                         "es": "resumir", "it": "riassumere", "pt": "resumir"}[desk]]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ADVANCE = {  # heading (dated, undated), sent line, contact
    "en": ("Advance text from {s}, in the issue published on {d}", "Advance text from {s}, in the next issue",
           "Issued {d}", "Press office: {p}"),
    "fr": ("À paraître dans {s} du {d}", "À paraître dans le prochain numéro de {s}", "Diffusé le {d}",
           "Contact presse : {p}"),
    "de": ("Vorab aus {s}, erscheint am {d}", "Vorab aus der nächsten Ausgabe von {s}", "Versandt am {d}",
           "Pressekontakt: {p}"),
    "es": ("Avance de {s}, que sale a la venta el {d}", "Avance del próximo número de {s}", "Enviado el {d}",
           "Contacto de prensa: {p}"),
    "it": ("Anticipazione da {s}, in edicola il {d}", "Anticipazione dal prossimo numero di {s}", "Inviato il {d}",
           "Ufficio stampa: {p}"),
    "pt": ("Antecipação de {s}, nas bancas a {d}", "Antecipação do próximo número de {s}", "Enviado a {d}",
           "Contacto de imprensa: {p}")}


# A magazine's advance release of one of its pieces, sent to the desks a few days before the issue: the heading
# naming the magazine and the day (`Vorab aus Le Figaro, erscheint am 3. März 1987`; the next issue without a
# day when undated), the release's earlier sending day (`Versandt am 1. März 1987`), the headline, the byline, the
# text, the magazine's press contact. The sending day is no date, the press contact no author.
def desk_s53_738(a, desk, rng):
    src = src_of(a, rng)
    dated_h, bare_h, sent, contact = ADVANCE[desk]
    press = crew(a, rng, 1)[0]
    sent_day = shift(a["date"], -rng.randrange(1, 4)) if a["date"] else later_day(a, rng, 1, 4)
    parts = [dated_h.format(s=src, d=long_date(a["date"], desk)) if a["date"] else bare_h.format(s=src),
             sent.format(d=long_date(sent_day, desk)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", contact.format(p=f"{press}, {handle(press)}@{site(src)}")]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The stop-50 batch, all twenty-six; text_eval.py scores its held-out members in a block of their own.
BLIND_S53 = {f"desk_s53_{i}" for i in range(713, 739)}
LAYOUTS.update({name: globals()[name] for name in sorted(BLIND_S53)})
