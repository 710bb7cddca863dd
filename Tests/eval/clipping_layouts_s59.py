"""A thirty-seventh batch of 26 clipping layouts (BLIND_S59) by an engineer who does not tune the reader.

Same contract as clipping_layouts_s58.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a careful
desk editor would extract (title: the article's headline as printed, never a page title with the publication's name or
domain, a footnote marker, a thematic file's name, a file name or an excerpt; authors: the persons who wrote the
article, never a colleague who saved, filed, posted, pasted or committed it, nor persons a desk sheet lists as
mentioned; date: the article's own publication day, never a correction's, a saving, filing, keying, posting, backup,
commit or modification moment, another article's day, and none when the file states none; source: the publication the
file names, never the tool, the database, the forum, the intranet, the bucket nor the archive). Half of the batch are
ordinary desk clippings whose fields are moved, combined or phrased as a desk really meets them (their printed parts in
the article's language, the desk's own stamps and notes in the desk's, with CRLF, byte-order marks and hard wraps where
natural), half are containers or tools' outputs a desk receives that BLIND_S24 to BLIND_S58 did not use (checked for
each with keyword greps over all the batch files, printing only file names). The sixteen development members:
the desk's one-sentence introduction in its own language naming the writers, the publication and the long day
(`Article de Peter Amende paru dans Le Monde le 3 mars 1987 :`, each part only when the article has it) over the
headline and the text, the colleague's name at the foot after `-- `; `xsv slice -i N revue.csv | xsv flatten` of the
desk's CSV export (aligned `field  value` lines, a later `saved_on`, the colleague's `saved_by`, `authors` `A; B`,
`pub_date` ISO or empty); a clipping typed on a 72-column page (the headline and the byline in capitals centred,
paragraphs wrapped at 66 with a five-space indent, the publication and a two-digit-year day right-aligned at the foot:
`Le Monde, 03/03/87`, `FAZ, 3.3.87`, `Reuters, 3 Mar 87`); `gron` of the publication's schema.org NewsArticle JSON
(sorted `json.…` statements, `json.author[0].name`, `json.datePublished` only when dated, a later `json.dateModified`,
`json.publisher.name`); `Headline — Publication` on the first line and the writers and the long day combined by a
comma on the second (`Peter Amende, 3 mars 1987`); `recsel -e "Id = N" revue.rec` of the desk's GNU recutils file
(`Author:` repeated per writer, `Published:` only when dated, a later `Filed:` and the colleague's `FiledBy:`, the
text as `+` continuation lines); a tab-separated first line (publication, numeric day or an empty cell, page, writers
surname first: `Amende, Peter; Roux, Hélène`) over the headline and the text; cqlsh with `EXPAND ON` on the desk's
Cassandra table (`@ Row 1`, ` column | value` lines, `authors` a list or `null`, `published` a date or `null`, a
later `added_at`, the colleague's `added_by`, `(1 rows)`); a CRLF reprint with the correction note in the article's
language and its later long day at the foot (`Berichtigung vom 5. März 1987: …`); WP-CLI on the desk's WordPress
intranet (`wp option get blogname` the intranet's name, `wp post get … --format=yaml` with `post_title` the headline
and later `post_date`/`post_modified`, `wp user get … --field=display_name` the colleague, `wp post get …
--field=post_content` the block markup holding the publication in bold, the long day, the byline and the paragraphs);
every field on the first line as a desk keys a subject (`LE MONDE 03/03/1987 – Peter Amende – Headline`); `duckdb
revue.duckdb -line -c …` (right-aligned `column = value`, `authors` `[A, B]`, `published` `NULL` when undated, a later
`added`, the colleague's `added_by`); the headline underlined with `=`, the writers alone on a line after the text and
the reference in square brackets at the foot (`[Le Monde, 03/03/1987, p. 12]`); `restic snapshots --latest 1` (a
later snapshot time) then `restic dump latest FILE` printing the clipping; a byte-order-marked CRLF desk sheet with
labels in the desk's language (`Titre de presse :`, `Auteur(s) :` or `—`, `Parution :` numeric or `—`, `Personnes
citées :` two persons who are not the writers, a later `Saisie :`, `Texte :`); a colleague's post on the desk's
Discourse forum read through its API (`curl -s …/posts/N.json`: `name`/`username` the colleague, later
`created_at`/`updated_at`, `cooked` and `raw` quoting the article in HTML and Markdown); ten more are held-out.

The layouts are numbered from 947 to 972, the first range at or after 918 that text_eval.py's hash `sha1("held-out:" +
name) % 3 == 0` splits 16 development / 10 held-out (checked with `python3 -c` over the names `desk_s59_{i}` and
text_eval.py's own `held_out`: the starts 918 to 946 give 4 to 9 held-out, 946 gives 9, 947 gives 10), so that sixteen
fall in development (first) and ten held-out (after the marker line, which whoever tunes the reader never reads past).
Written in stop 56 without reading the reader (Sources/), its tests or its misses, nor the held-out part of
clipping_layouts_s25.py to _s58.py (clipping_layouts_s58.py was read above its marker, for its style and contract;
text_eval.py, clipping_layouts.py's list of definitions and real_articles.py's docstring and article reading were read,
as far as needed; the helpers of _s31.py to _s58.py imported here were only called, their behaviour checked by calling
them, never read; the keyword greps for formats already used ran over all the batch files, printing file names only).
Every layout was run over every article with every desk, twice, without exception and with the same output (32,760
calls each time).
Nobody tunes on any of them when written; BLIND_S59's development members are only scored (text_eval.py prints their
misses with `--show-s59-development` alone). A container that leaves an undated article without a publication day
(recutils without `Published`, cqlsh's and gron's missing or `null` day, DuckDB's `NULL`, xsv's empty `pub_date`, the
undated clippings inside WordPress, restic and Discourse) is expected to state none, whatever later days it holds; the
articles' writers are the only authors, whatever colleagues or other persons a file names.
Scored untuned once, by the release binary its writer was given (`/work/scratch/s60/base.bin`; title exact / authors F1
/ date / source): development 0.323 / 0.310 / 0.663 / 0.262, 0 rejected (128 files stating no author given some);
held-out 0.330 / 0.510 / 0.593 / 0.382, 0 rejected (3 files stating no author given some) (`Tests/eval/text_eval.py
--binary B --data DIR`, DIR a directory linking to the main tree's `.eval` inputs but its clippings; every figure block
of the other layouts, development and held-out, was compared with that parser's earlier run, /work/scratch/s60's
prev.figures: identical, but the all-layouts development line, which now holds this batch's sixteen, 598 -> 614 layouts,
85514 -> 87802 clippings, and the speed line). Nothing was changed after the run but the docstrings' figures and line
wrapping.
"""
import datetime
import html
import json
import textwrap

from clipping_layouts import long_date, MONTHS, WEEKDAYS
from clipping_layouts_s31 import e_with
from clipping_layouts_s35 import dated, sep_join
from clipping_layouts_s36 import src_of
from clipping_layouts_s37 import colon, crew, later_day
from clipping_layouts_s38 import site
from clipping_layouts_s42 import numeric, url_of
from clipping_layouts_s45 import hm
from clipping_layouts_s46 import ident, uuid_of
from clipping_layouts_s47 import epoch_of, utc_iso
from clipping_layouts_s48 import HEX, handle
from clipping_layouts_s49 import earlier_day
from clipping_layouts_s55 import body, by_line, lang_of
from clipping_layouts_s56 import first_sentence, slug
from clipping_layouts_s57 import and_join, wrapped, CONJ
from clipping_layouts import LAYOUTS

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def names_of(a, lg):
    return and_join(a["authors"], CONJ[lg])


def crlf_text(text):
    return "\r\n".join(text.split("\n"))


def clock(day, rng):
    h, m = hm(rng)
    return f"{day} {h:02d}:{m:02d}:{rng.randrange(60):02d}"


def surname_first(name):
    parts = name.split()
    return f"{parts[-1]}, {' '.join(parts[:-1])}" if len(parts) > 1 else name


PAGE = {"en": "p. {p}", "fr": "p. {p}", "de": "S. {p}", "es": "pág. {p}", "it": "pag. {p}", "pt": "pág. {p}"}


# ---- development members of BLIND_S59 ----

INTRO = {"en": ("Article", " by {a}", " published in {s}", " on {d}", ":"),
         "fr": ("Article", " de {a}", " paru dans {s}", " le {d}", " :"),
         "de": ("Artikel", " von {a}", ", erschienen in {s}", " am {d}", ":"),
         "es": ("Artículo", " de {a}", " publicado en {s}", " el {d}", ":"),
         "it": ("Articolo", " di {a}", " uscito su {s}", " il {d}", ":"),
         "pt": ("Artigo", " de {a}", " publicado em {s}", " a {d}", ":")}


# The desk's one-sentence introduction in its own language naming the writers, the publication and the long day
# (`Article de Peter Amende paru dans Le Monde le 3 mars 1987 :`, each part only when the article has it), then the
# headline, the text, and the colleague's name at the foot after `--`. The colleague is no author.
def desk_s59_947(a, desk, rng):
    src = src_of(a, rng)
    word, by, where, when, end = INTRO[desk]
    line = word + (by.format(a=and_join(a["authors"], CONJ[desk])) if a["authors"] else "") + where.format(s=src)
    line += (when.format(d=long_date(a["date"], desk)) if a["date"] else "") + end
    who = crew(a, rng, 1)[0]
    return "\n".join([line, "", a["title"], "", body(a), "", "-- ", who]) + "\n", e_with(a, source=src)


def aligned(rows, pad=2):
    width = max(len(k) for k, _ in rows) + pad
    return "\n".join(f"{k.ljust(width)}{v}" for k, v in rows)


# The desk's CSV export read with `xsv slice -i N revue.csv | xsv flatten`: one `field  value` line per column,
# aligned, the text's own lines printed as they are: `id`, `saved_on` the later day, `saved_by` the colleague,
# `outlet`, `headline`, `authors` (`A; B`, empty when unsigned), `pub_date` ISO or empty, `page`, `url`, `text`. xsv
# no source, `saved_on` no date, `saved_by` no author.
def desk_s59_948(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    n = rng.randrange(20, 900)
    rows = [("id", str(rng.randrange(1000, 9999))), ("saved_on", later_day(a, rng, 1, 7)), ("saved_by", who),
            ("outlet", src), ("headline", a["title"]), ("authors", "; ".join(a["authors"])),
            ("pub_date", a["date"] or ""), ("page", str(rng.randrange(1, 40))), ("url", url_of(a, src)),
            ("text", body(a))]
    cmd = f"$ xsv slice -i {n} revue-{later_day(a, rng, 1, 7)[:4]}.csv | xsv flatten"
    return cmd + "\n" + aligned(rows) + "\n", e_with(a, source=src)


BY_WORD = {"en": "by", "fr": "par", "de": "von", "es": "por", "it": "di", "pt": "por"}


def short_day(iso, lg):
    d = datetime.date.fromisoformat(iso)
    yy = f"{d.year % 100:02d}"
    if lg == "de":
        return f"{d.day}.{d.month}.{yy}"
    if lg == "en":
        return f"{d.day} {MON[d.month - 1]} {yy}"
    return f"{d.day:02d}/{d.month:02d}/{yy}"


# A clipping typed on a 72-column page: the headline centred (wrapped at 60), the byline centred in capitals (`BY PETER
# AMENDE`), the paragraphs hard-wrapped at 66 with a five-space first-line indent, and at the foot, right-aligned, the
# publication and the day with a two-digit year in the article's convention (`Le Monde, 03/03/87`, `FAZ, 3.3.87`,
# `Reuters, 3 Mar 87`).
def desk_s59_950(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    lines = [ln.center(72).rstrip() for ln in textwrap.wrap(a["title"], 60)]
    if a["authors"]:
        lines += ["", f"{BY_WORD[lg]} {names_of(a, lg)}".upper().center(72).rstrip()]
    lines += [""]
    for p in a["body"]:
        lines += [textwrap.fill(p, 66, initial_indent="     "), ""]
    foot = sep_join(", ", src, short_day(a["date"], lg) if a["date"] else "")
    lines += [foot.rjust(72)]
    return "\n".join(lines) + "\n", e_with(a, source=src)


def gron(value, path="json"):
    out = []
    if isinstance(value, dict):
        out.append(f"{path} = {{}};")
        for k in sorted(value):
            sub = f"{path}.{k}" if k.isidentifier() else f"{path}[{json.dumps(k)}]"
            out += gron(value[k], sub)
    elif isinstance(value, list):
        out.append(f"{path} = [];")
        for i, v in enumerate(value):
            out += gron(v, f"{path}[{i}]")
    else:
        out.append(f"{path} = {json.dumps(value, ensure_ascii=False)};")
    return out


# The publication's schema.org NewsArticle JSON flattened by gron (`gron URL`): sorted `json.key = value;` lines,
# `json["@type"]`, `json.author[0].name` per writer, `json.datePublished` only when dated, `json.dateModified` a later
# day always, `json.publisher.name` the publication, `json.articleBody` the text with `\n\n`. gron no source, the
# modification day no date.
def desk_s59_951(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    url = url_of(a, src)
    h, m = hm(rng)
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
           "author": [{"@type": "Person", "name": x} for x in a["authors"]],
           "dateModified": f"{later_day(a, rng, 1, 30)}T{h:02d}:{m:02d}:00+01:00",
           "publisher": {"@type": "Organization", "name": src, "url": f"https://www.{site(src)}/"},
           "inLanguage": lg, "mainEntityOfPage": url, "articleBody": "\n\n".join(a["body"])}
    if a["date"]:
        doc["datePublished"] = f"{a['date']}T{(h + 23) % 24:02d}:{m:02d}:00+01:00"
    return f"$ gron {url}.json\n" + "\n".join(gron(doc)) + "\n", e_with(a, source=src)


# A web page's article copied as the page shows it: `Headline — Publication` on the first line (the page's title), the
# writers and the long day combined by a comma on the second (`Peter Amende, 3 mars 1987`; either alone), the text.
# The first line's publication is not part of the title.
def desk_s59_952(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    second = sep_join(", ", names_of(a, lg) if a["authors"] else "", dated(a, lg))
    parts = [f"{a['title']} — {src}"] + ([second] if second else []) + ["", body(a)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def rec_value(text):
    lines = text.split("\n")
    return lines[0] + "".join("\n+" + (" " + ln if ln else "") for ln in lines[1:])


# The desk's clippings kept in a GNU recutils file, read with `recsel -e "Id = N" revue.rec`: one `Field: value` line
# per field, a field repeated per writer (`Author: A`, `Author: B`), `Published` only when dated, a later `Filed` and
# the colleague's `FiledBy`, the text as a multi-line value (`+ ` continuation lines). recutils no source, `Filed` no
# date, `FiledBy` no author.
def desk_s59_953(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(100, 3000)
    rows = [f"Id: {n}", f"Outlet: {src}", f"Headline: {a['title']}"] + [f"Author: {x}" for x in a["authors"]]
    rows += [f"Published: {a['date']}"] if a["date"] else []
    rows += [f"Filed: {clock(later_day(a, rng, 1, 5), rng)}", f"FiledBy: {crew(a, rng, 1)[0]}",
             f"Url: {url_of(a, src)}", "Text: " + rec_value(body(a))]
    return f"$ recsel -e \"Id = {n}\" revue.rec\n" + "\n".join(rows) + "\n", e_with(a, source=src)


# A desk clipping whose first line is tab-separated: the publication, the numeric day (article's convention, the cell
# empty when undated), the page, and the writers surname first (`Amende, Peter; Roux, Hélène`, no cell when unsigned);
# then the headline and the text. The writers are the names, in their usual order.
def desk_s59_955(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    cells = [src, numeric(a["date"], lg) if a["date"] else "", PAGE[lg].format(p=rng.randrange(1, 40))]
    if a["authors"]:
        cells.append("; ".join(surname_first(x) for x in a["authors"]))
    return "\t".join(cells) + "\n\n" + a["title"] + "\n\n" + body(a) + "\n", e_with(a, source=src)


def cql_row(rows):
    width = max(len(k) for k, _ in rows) + 1
    vwidth = max(len(ln) for _, v in rows for ln in str(v).split("\n")) + 1
    out = ["@ Row 1", "-" * (width + 1) + "+" + "-" * (vwidth + 1)]
    for k, v in rows:
        out.append(f" {k.ljust(width)}| {v}")
    return "\n".join(out)


# The desk's Cassandra keyspace read in cqlsh with `EXPAND ON`: `@ Row 1`, its rule, then ` column | value` lines
# (`authors` a list<text> `['A', 'B']` or `null`, `published` a date or `null`, a later `added_at` timestamp with its
# `+0000`, `added_by` the colleague's handle, `outlet`, `headline`, `body` with its own lines), then `(1 rows)`.
# Cassandra no source, `added_at` no date.
def desk_s59_958(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    cid = uuid_of(rng)
    authors = "[" + ", ".join("'" + x.replace("'", "''") + "'" for x in a["authors"]) + "]" if a["authors"] \
        else "null"
    h, m = hm(rng)
    rows = [("id", cid), ("added_at", f"{later_day(a, rng, 1, 9)} {h:02d}:{m:02d}:{rng.randrange(60):02d}.000000+0000"),
            ("added_by", handle(who)), ("authors", authors), ("body", body(a)), ("headline", a["title"]),
            ("outlet", src), ("published", a["date"] or "null")]
    cmd = ["$ cqlsh cassandra.desk.example.org", "cqlsh> EXPAND ON", "Now Expanded output is enabled",
           f"cqlsh> SELECT * FROM revue.clips WHERE id = {cid};", ""]
    return "\n".join(cmd) + "\n" + cql_row(rows) + "\n\n(1 rows)\n", e_with(a, source=src)


CORRECTION = {"en": "Correction, {d}: An earlier version of this article misstated a figure.",
              "fr": "Rectificatif, {d} : une version précédente de cet article comportait une erreur de chiffre.",
              "de": "Berichtigung vom {d}: In einer früheren Fassung dieses Artikels war eine Zahl falsch.",
              "es": "Fe de errores, {d}: una versión anterior de este artículo contenía una cifra errónea.",
              "it": "Rettifica del {d}: una versione precedente di questo articolo riportava una cifra errata.",
              "pt": "Correção, {d}: uma versão anterior deste artigo continha um número errado."}


# A CRLF clipping of the article as reprinted with its correction: the publication and long day joined by `, `, the
# headline, the byline, the text, then a rule and the correction note in the article's language with its later long
# day (`Berichtigung vom 5. März 1987: …`). The correction's day is no date.
def desk_s59_959(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    parts = [sep_join(", ", src, dated(a, lg)), "", a["title"]] + ([by_line(a, rng)] if a["authors"] else [])
    parts += ["", body(a), "", "---", CORRECTION[lg].format(d=long_date(later_day(a, rng, 1, 6), lg))]
    return crlf_text("\n".join(parts) + "\n"), e_with(a, source=src)


INTRANET = {"en": "Desk intranet — press review", "fr": "Intranet du service — revue de presse",
            "de": "Redaktionsintranet — Pressespiegel", "es": "Intranet de la redacción — resumen de prensa",
            "it": "Intranet della redazione — rassegna stampa", "pt": "Intranet da redação — revista de imprensa"}


def yaml_scalar(v):
    v = str(v)
    if any(c in v for c in ":#'\"{}[]&*!|>%@`") or v != v.strip():
        return json.dumps(v, ensure_ascii=False)
    return v


# A clipping the colleague posted on the desk's WordPress intranet, read with WP-CLI: `wp option get blogname` (the
# intranet's name), `wp post get N --fields=… --format=yaml` (`post_title` the headline, `post_author` the colleague's
# id, `post_date` and `post_modified` the later posting moments), `wp user get ID --field=display_name` (the
# colleague), then `wp post get N --field=post_content` (block markup: the publication in bold with the long day and
# byline, then the paragraphs). WordPress and the intranet no source, the post's days no date, the poster no author.
def desk_s59_961(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    n, uid = rng.randrange(200, 9000), rng.randrange(2, 40)
    posted = clock(later_day(a, rng, 1, 6), rng)
    head = sep_join(", ", f"<strong>{html.escape(src)}</strong>", dated(a, lg))
    if a["authors"]:
        head += " — " + html.escape(by_line(a, rng))
    blocks = [head] + [html.escape(p, quote=False) for p in a["body"]]
    content = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{b}</p>\n<!-- /wp:paragraph -->" for b in blocks)
    yaml = ["---", f"ID: {n}", f"post_title: {yaml_scalar(a['title'])}", f"post_author: \"{uid}\"",
            f"post_date: \"{posted}\"", f"post_modified: \"{posted}\"", "post_status: publish"]
    url = "--url=intranet.desk.example.org"
    lines = [f"$ wp option get blogname {url}", INTRANET[desk],
             f"$ wp post get {n} --fields=ID,post_title,post_author,post_date,post_modified,post_status "
             f"--format=yaml {url}"] + yaml + [f"$ wp user get {uid} --field=display_name {url}", who,
                                               f"$ wp post get {n} --field=post_content {url}", content]
    return "\n".join(lines) + "\n", e_with(a, source=src)


# Every field on the clipping's first line, as a desk keys a subject line: the publication in capitals, the numeric
# day (article's convention), the writers and the headline, joined by ` – ` (`LE MONDE 03/03/1987 – Peter Amende –
# Headline`, missing parts left out), a blank line, then the text.
def desk_s59_963(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    first = sep_join(" ", src.upper(), numeric(a["date"], lg) if a["date"] else "")
    line = sep_join(" – ", first, names_of(a, lg) if a["authors"] else "", a["title"])
    return line + "\n\n" + body(a) + "\n", e_with(a, source=src)


def duck_value(v):
    return "NULL" if v is None else str(v)


# The desk's DuckDB file queried in line mode (`duckdb revue.duckdb -line -c "SELECT * FROM clips WHERE id = N"`):
# column names right-aligned, ` = `, the value (`authors` a LIST printed `[A, B]`, `published` a DATE or `NULL`, a
# later `added` TIMESTAMP, `added_by` the colleague, the text with its own lines). DuckDB no source, `added` no date.
def desk_s59_964(a, desk, rng):
    src = src_of(a, rng)
    n = rng.randrange(1, 5000)
    rows = [("id", n), ("outlet", src), ("title", a["title"]), ("authors", "[" + ", ".join(a["authors"]) + "]"),
            ("published", a["date"]), ("added", clock(later_day(a, rng, 1, 8), rng)),
            ("added_by", crew(a, rng, 1)[0]), ("url", url_of(a, src)), ("body", body(a))]
    width = max(len(k) for k, _ in rows)
    text = "\n".join(f"{k.rjust(width)} = {duck_value(v)}" for k, v in rows)
    return f"$ duckdb revue.duckdb -line -c \"SELECT * FROM clips WHERE id = {n}\"\n" + text + "\n", \
        e_with(a, source=src)


# A typed clipping whose headline is underlined with `=` of its length, the text, the writers' names alone on a line,
# and the reference in square brackets at the foot (`[Le Monde, 03/03/1987, p. 12]`, no day when undated).
def desk_s59_965(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    ref = sep_join(", ", src, numeric(a["date"], lg) if a["date"] else "", PAGE[lg].format(p=rng.randrange(1, 40)))
    parts = [a["title"], "=" * len(a["title"]), "", body(a), ""]
    parts += [names_of(a, lg), ""] if a["authors"] else []
    parts += [f"[{ref}]"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# The desk's clippings folder backed up with restic: `restic -r REPO snapshots --latest 1` (the repository line, the
# table of the latest snapshot with its later time, host and path, `1 snapshots`), then `restic -r REPO dump latest
# FILE` printing the clipping (headline, publication and long day joined by ` · `, byline, text). restic no source, the
# snapshot's time no date.
def desk_s59_968(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    repo = "sftp:backup@nas.desk.example.org:/srv/restic/revue"
    day = later_day(a, rng, 1, 10)
    path = f"/srv/revue/{day[:7]}/{slug(a['title'])[:48].strip('-')}.txt"
    rule = "-" * 72
    snap = [f"$ restic -r {repo} snapshots --latest 1",
            f"repository {ident(rng, 8, HEX)} opened (version 2, compression level auto)",
            "ID        Time                 Host        Tags        Paths", rule,
            f"{ident(rng, 8, HEX)}  {clock(day, rng)}  desk-nas    revue       /srv/revue", rule, "1 snapshots",
            f"$ restic -r {repo} dump latest {path}"]
    text = [a["title"], sep_join(" · ", src, dated(a, lg))] + ([by_line(a, rng)] if a["authors"] else []) + \
        ["", body(a)]
    return "\n".join(snap) + "\n" + "\n".join(text) + "\n", e_with(a, source=src)


SHEET = {"en": ("Outlet", "Headline", "Author(s)", "Published", "Persons mentioned", "Keyed", "Text"),
         "fr": ("Titre de presse", "Titre", "Auteur(s)", "Parution", "Personnes citées", "Saisie", "Texte"),
         "de": ("Medium", "Überschrift", "Autor(en)", "Erschienen", "Erwähnte Personen", "Erfasst", "Text"),
         "es": ("Medio", "Titular", "Autor(es)", "Publicado", "Personas citadas", "Registrado", "Texto"),
         "it": ("Testata", "Titolo", "Autore/i", "Pubblicato", "Persone citate", "Registrato", "Testo"),
         "pt": ("Órgão", "Título", "Autor(es)", "Publicado", "Pessoas citadas", "Registado", "Texto")}


# A byte-order-marked, CRLF desk sheet with labels in the desk's language (`Titre de presse :`, `Titre :`, `Auteur(s)
# :`, `Parution :` the numeric day or `—`, `Personnes citées :` two persons who are not the writers, `Saisie :` the
# later keying day, `Texte :` over the text). The persons listed are no authors, the keying day no date.
def desk_s59_969(a, desk, rng):
    src = src_of(a, rng)
    c = colon(desk)
    outlet, head, auth, pub, cited, keyed, text = SHEET[desk]
    mentioned = crew(a, rng, 2)
    rows = [f"{outlet}{c} {src}", f"{head}{c} {a['title']}", f"{auth}{c} {', '.join(a['authors']) or '—'}",
            f"{pub}{c} {numeric(a['date'], desk) if a['date'] else '—'}", f"{cited}{c} {', '.join(mentioned)}",
            f"{keyed}{c} {numeric(later_day(a, rng, 1, 5), desk)}", "", f"{text}{c}", body(a)]
    return "\ufeff" + crlf_text("\n".join(rows) + "\n"), e_with(a, source=src)


FORUM_NOTE = {"en": "For tomorrow's review:", "fr": "Pour la revue de demain :", "de": "Für den Pressespiegel morgen:",
              "es": "Para el resumen de mañana:", "it": "Per la rassegna di domani:",
              "pt": "Para a revista de amanhã:"}


# A post on the desk's Discourse forum fetched from its API (`curl -s https://forum.desk.example.org/posts/N.json`):
# the colleague's `name`, `username`, later `created_at`/`updated_at`, `cooked` (the rendered HTML) and `raw` (the
# colleague's note in the desk's language, then the article quoted in Markdown: `> **Headline**`, byline, publication
# and long day, paragraphs, then the URL), `topic_slug`. Discourse no source, the post's days no date, the poster no
# author.
def desk_s59_970(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    url = url_of(a, src)
    created = utc_iso(epoch_of(later_day(a, rng, 1, 4), rng), ms=True)
    head = [f"**{a['title']}**"] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg))]
    quoted = ["> " + "  \n> ".join(head)] + ["> " + p for p in a["body"]]
    raw = FORUM_NOTE[desk] + "\n\n" + "\n>\n".join(quoted) + "\n\n" + url
    cooked = f"<p>{html.escape(FORUM_NOTE[desk])}</p>\n<blockquote>\n<p>" + "<br>\n".join(
        [f"<strong>{html.escape(a['title'])}</strong>"] + [html.escape(x) for x in head[1:]]) + "</p>\n" + \
        "".join(f"<p>{html.escape(p)}</p>\n" for p in a["body"]) + f"</blockquote>\n<p><a href=\"{url}\">{url}</a></p>"
    n = rng.randrange(1000, 90000)
    post = {"id": n, "name": who, "username": handle(who),
            "avatar_template":
                f"/user_avatar/forum.desk.example.org/{handle(who)}/{{size}}/{rng.randrange(10, 99)}_2.png",
            "created_at": created, "cooked": cooked, "post_number": 1, "post_type": 1, "updated_at": created,
            "reply_count": 0, "reply_to_post_number": None, "quote_count": 0, "incoming_link_count": 0,
            "reads": rng.randrange(2, 12), "readers_count": rng.randrange(1, 10), "score": 0.4,
            "yours": False, "topic_id": rng.randrange(100, 999), "topic_slug": slug(a["title"])[:60].strip("-"),
            "display_username": who, "primary_group_name": None, "flair_name": None, "version": 1,
            "can_edit": False, "can_delete": False, "can_recover": False, "can_wiki": False,
            "user_id": rng.randrange(2, 60), "hidden": False, "trust_level": 2, "deleted_at": None,
            "user_deleted": False, "edit_reason": None, "can_view_edit_history": True, "wiki": False, "raw": raw}
    return f"$ curl -s https://forum.desk.example.org/posts/{n}.json\n" + json.dumps(post, ensure_ascii=False) + "\n", \
        e_with(a, source=src)


DEVELOPMENT = {name for name in list(globals()) if name.startswith("desk_s59_")}

# ---- held-out members of BLIND_S59 below: whoever tunes the reader never reads past this line ----

READ_ALSO = {"en": "Read also: “{t}” ({s}, {d})", "fr": "Lire aussi : « {t} » ({s} du {d})",
             "de": "Lesen Sie auch: „{t}“ ({s} vom {d})", "es": "Lea también: «{t}» ({s}, {d})",
             "it": "Leggi anche: «{t}» ({s} del {d})", "pt": "Leia também: «{t}» ({s}, {d})"}
OTHER_HEAD = {"en": "Markets wait for the central bank", "fr": "Les marchés attendent la banque centrale",
              "de": "Die Märkte warten auf die Zentralbank", "es": "Los mercados esperan al banco central",
              "it": "I mercati attendono la banca centrale", "pt": "Os mercados esperam pelo banco central"}


def mail_of(name, src):
    parts = name.lower().replace("'", "").split()
    return f"{parts[0][0]}.{parts[-1]}@{site(src)}" if parts else f"redaction@{site(src)}"


# The publication and the long day with its weekday joined by ` · ` on top, the headline, the text, a `Read also`
# line in the article's language naming another of the publication's articles with its earlier day (a later one when
# the article is undated), and each writer in square brackets with an e-mail address at the foot.
def desk_s59_949(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    top = sep_join(" · ", src, long_date(a["date"], lg, weekday=True) if a["date"] else "")
    other = earlier_day(a, rng, 2, 20) if a["date"] else later_day(a, rng, 2, 20)
    parts = [top, "", a["title"], "", body(a), "",
             READ_ALSO[lg].format(t=OTHER_HEAD[lg], s=src, d=long_date(other, lg))]
    if a["authors"]:
        parts += [""] + [f"[{x}, {mail_of(x, src)}]" for x in a["authors"]]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def cypher_str(v):
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""


# The desk's Neo4j graph queried with `cypher-shell --format plain` (article, its outlet, writers and the colleague who
# filed it): a header line of the returned expressions, then one comma-separated row (strings in double quotes, the
# writers a list, `published` a date or NULL, the filing's later datetime, the colleague).
def desk_s59_954(a, desk, rng):
    src = src_of(a, rng)
    who = crew(a, rng, 1)[0]
    n = rng.randrange(100, 9000)
    h, m = hm(rng)
    query = (f"MATCH (a:Article {{id: {n}}})-[:PUBLISHED_IN]->(o:Outlet) OPTIONAL MATCH (a)-[:WRITTEN_BY]->(p:Person) "
             "OPTIONAL MATCH (a)<-[:FILED]-(f:Person) RETURN a.headline, o.name, a.published, "
             "collect(p.name) AS authors, f.name, a.filedAt, a.text")
    row = [cypher_str(a["title"]), cypher_str(src), a["date"] or "NULL",
           "[" + ", ".join(cypher_str(x) for x in a["authors"]) + "]", cypher_str(who),
           f"{later_day(a, rng, 1, 9)}T{h:02d}:{m:02d}:{rng.randrange(60):02d}Z", cypher_str(body(a))]
    cmd = f"$ cypher-shell -a neo4j://graph.desk.example.org:7687 -u revue --format plain \"{query}\""
    head = "a.headline, o.name, a.published, authors, f.name, a.filedAt, a.text"
    return cmd + "\n" + head + "\n" + ", ".join(row) + "\n", e_with(a, source=src)


VOWELS = set("aeiouyäöüéèêàâîôûíóúáãõAEIOUÄÖÜÉ")


def hyphenated(text, width, rng):
    lines, cur = [], ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            room = width - len(cur) - 2
            cuts = [c for c in range(min(room, len(word) - 3), 2, -1)
                    if word[c - 1] in VOWELS and word[c] not in VOWELS and word[c + 1] in VOWELS] \
                if len(word) >= 8 and word.isalpha() else []
            if cuts:
                lines.append(cur + " " + word[:cuts[0]] + "-")
                cur = word[cuts[0]:]
            else:
                lines.append(cur)
                cur = word
    if cur:
        lines.append(cur)
    return "\n".join(lines)


# A narrow printed column scanned to text: the publication in capitals and the numeric day on top, the headline
# wrapped at 32, the byline in capitals, the paragraphs wrapped at 34 with long words hyphenated at the line ends.
def desk_s59_956(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    parts = [sep_join(" · ", src.upper(), numeric(a["date"], lg) if a["date"] else ""), "",
             "\n".join(textwrap.wrap(a["title"], 32)) or a["title"]]
    parts += [by_line(a, rng).upper()] if a["authors"] else []
    parts += [""] + ["\n".join([hyphenated(p, 34, rng), ""]) for p in a["body"]]
    return "\n".join(parts).rstrip("\n") + "\n", e_with(a, source=src)


IRC_NOTE = {"en": "for the review, from {s}:", "fr": "pour la revue, dans {s} :", "de": "für den Spiegel, aus {s}:",
            "es": "para el resumen, de {s}:", "it": "per la rassegna, da {s}:", "pt": "para a revista, do {s}:"}
IRC_THANKS = {"en": "thanks, filed", "fr": "merci, classé", "de": "danke, abgelegt", "es": "gracias, archivado",
              "it": "grazie, archiviato", "pt": "obrigado, arquivado"}


# The desk's IRC channel log written by WeeChat (`cat ~/.local/share/weechat/logs/irc.libera.#desk-revue.weechatlog`):
# `YYYY-MM-DD HH:MM:SS<TAB>nick<TAB>message` lines of a later day: a join, the colleague's note, the article pasted
# line by line (headline, byline, publication and long day, paragraphs), a second colleague's thanks.
def desk_s59_957(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who, other = crew(a, rng, 2)
    day = later_day(a, rng, 1, 7)
    h, m = hm(rng)
    t = h * 3600 + m * 60
    lines = []

    def say(nick, msg):
        nonlocal t
        t += rng.randrange(1, 20)
        lines.append(f"{day} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}\t{nick}\t{msg}")

    say("-->", f"{handle(who)} (~{handle(who)}@desk.example.org) has joined #desk-revue")
    say(handle(who), IRC_NOTE[desk].format(s=src))
    pasted = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(", ", src, dated(a, lg))]
    for x in pasted + a["body"]:
        say(handle(who), x)
    say(handle(other), IRC_THANKS[desk])
    return "$ cat ~/.local/share/weechat/logs/irc.libera.#desk-revue.weechatlog\n" + "\n".join(lines) + "\n", \
        e_with(a, source=src)


DOSSIER = {"en": ("FILE: {t} — opened on {d} by {n}", "Item {i} of {k}", "— end of item {i} —"),
           "fr": ("DOSSIER : {t} — constitué le {d} par {n}", "Pièce {i} sur {k}", "— fin de la pièce {i} —"),
           "de": ("MAPPE: {t} — angelegt am {d} von {n}", "Stück {i} von {k}", "— Ende von Stück {i} —"),
           "es": ("CARPETA: {t} — abierta el {d} por {n}", "Documento {i} de {k}", "— fin del documento {i} —"),
           "it": ("FASCICOLO: {t} — aperto il {d} da {n}", "Documento {i} di {k}", "— fine del documento {i} —"),
           "pt": ("PASTA: {t} — aberta em {d} por {n}", "Documento {i} de {k}", "— fim do documento {i} —")}
THEME = {"en": "Mergers and acquisitions", "fr": "Fusions et acquisitions", "de": "Fusionen und Übernahmen",
         "es": "Fusiones y adquisiciones", "it": "Fusioni e acquisizioni", "pt": "Fusões e aquisições"}


# An item of a thematic file the desk put together: the file's heading in the desk's language (its theme, its later
# opening day, the colleague), `Pièce 3 sur 7`, the clipping (publication and numeric day, headline, byline, text),
# then `— fin de la pièce 3 —`. The file's theme is no title, its day no date, its maker no author.
def desk_s59_960(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    head, item, end = DOSSIER[desk]
    k = rng.randrange(3, 12)
    i = rng.randrange(1, k + 1)
    parts = [head.format(t=THEME[desk], d=long_date(later_day(a, rng, 3, 30), desk), n=crew(a, rng, 1)[0]), "",
             item.format(i=i, k=k), "", sep_join(", ", src, numeric(a["date"], lg) if a["date"] else ""),
             a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a), "", end.format(i=i)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A clipping kept in the desk's Google Cloud Storage bucket: `gcloud storage objects describe gs://…` (YAML: bucket,
# content type, hashes, the later `creation_time` and `update_time`, `custom_fields` with the outlet and the colleague,
# name, size, storage class, URL), then `gcloud storage cat gs://…` printing the clipping (the publication, the
# headline, the byline, the long day, the text). gcloud no source, its times no date.
def desk_s59_962(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = later_day(a, rng, 1, 8)
    name = f"{day[:7]}/{slug(a['title'])[:48].strip('-')}.txt"
    text = [src, "", a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + \
        ([dated(a, lg)] if a["date"] else []) + ["", body(a)]
    text = "\n".join(text) + "\n"
    h, m = hm(rng)
    stamp = f"{day}T{h:02d}:{m:02d}:{rng.randrange(60):02d}+0000"
    gen = str(epoch_of(day, rng) * 1000000 + rng.randrange(10 ** 6))
    desc = ["bucket: desk-revue", "content_type: text/plain; charset=utf-8",
            f"crc32c_hash: {ident(rng, 6)}==", f"creation_time: {stamp}", "custom_fields:",
            f"  outlet: {yaml_scalar(src)}", f"  saved-by: {handle(who)}", f"etag: {ident(rng, 14)}",
            f"generation: '{gen}'", f"md5_hash: {ident(rng, 22)}==", "metageneration: 1", f"name: {name}",
            f"size: {len(text.encode())}", "storage_class: STANDARD",
            f"storage_url: gs://desk-revue/{name}#{gen}", f"update_time: {stamp}"]
    cmd = [f"$ gcloud storage objects describe gs://desk-revue/{name}"] + desc + \
        [f"$ gcloud storage cat gs://desk-revue/{name}"]
    return "\n".join(cmd) + "\n" + text, e_with(a, source=src)


# The reference given as a footnote: the headline with a `¹` marker, the byline, the text, a short rule, and `¹
# Publication, long day, p. 12.` at the foot (no day when undated). The marker is not part of the title.
def desk_s59_966(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    note = sep_join(", ", src, dated(a, lg), PAGE[lg].format(p=rng.randrange(1, 40))) + "."
    parts = [a["title"] + "¹"] + ([by_line(a, rng)] if a["authors"] else []) + ["", body(a), "", "______", "",
                                                                                 "¹ " + note]
    return "\n".join(parts) + "\n", e_with(a, source=src)


HG_MSG = {"en": "review: add {s} clipping", "fr": "revue : ajout d'un article de {s}",
          "de": "Pressespiegel: Artikel aus {s}", "es": "resumen: añade artículo de {s}",
          "it": "rassegna: aggiunto articolo da {s}", "pt": "revista: adiciona artigo de {s}"}


# The desk's archive kept in Mercurial: `hg log -v -l 1 FILE` (`changeset:`, `user:` the colleague with an address,
# `date:` the later commit moment, `files:`, `description:` naming the publication), then `hg cat FILE` printing the
# clipping (headline, byline, publication and long day joined by ` — `, text). Mercurial no source, the commit no
# date, the committer no author.
def desk_s59_967(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    who = crew(a, rng, 1)[0]
    day = datetime.date.fromisoformat(later_day(a, rng, 1, 8))
    h, m = hm(rng)
    path = f"clips/{day.year}/{slug(a['title'])[:48].strip('-')}.txt"
    log = [f"$ hg log -v -l 1 {path}", f"changeset:   {rng.randrange(100, 5000)}:{ident(rng, 12, HEX)}",
           f"user:        {who} <{handle(who)}@desk.example.org>",
           f"date:        {day.strftime('%a')} {MON[day.month - 1]} {day.day:02d} {h:02d}:{m:02d}:"
           f"{rng.randrange(60):02d} {day.year} +0100", f"files:       {path}", "description:",
           HG_MSG[desk].format(s=src), "", "", f"$ hg cat {path}"]
    text = [a["title"]] + ([by_line(a, rng)] if a["authors"] else []) + [sep_join(" — ", src, dated(a, lg)), "",
                                                                         body(a)]
    return "\n".join(log) + "\n" + "\n".join(text) + "\n", e_with(a, source=src)


OPINION = {"en": "OPINION", "fr": "TRIBUNE", "de": "GASTBEITRAG", "es": "TRIBUNA", "it": "OPINIONE",
           "pt": "OPINIÃO"}
EDITORIAL = {"en": "EDITORIAL", "fr": "ÉDITORIAL", "de": "LEITARTIKEL", "es": "EDITORIAL", "it": "EDITORIALE",
             "pt": "EDITORIAL"}
BIO = {"en": ("{n} is a correspondent for {s}.", "{n} are correspondents for {s}."),
       "fr": ("{n} est correspondant(e) de {s}.", "{n} sont correspondants de {s}."),
       "de": ("{n} ist Korrespondent(in) von {s}.", "{n} sind Korrespondenten von {s}."),
       "es": ("{n} es corresponsal de {s}.", "{n} son corresponsales de {s}."),
       "it": ("{n} è corrispondente di {s}.", "{n} sono corrispondenti di {s}."),
       "pt": ("{n} é correspondente do {s}.", "{n} são correspondentes do {s}.")}


# An opinion piece: a kicker in the article's language (`TRIBUNE`, `EDITORIAL` when unsigned), the publication and
# long day joined by `, `, the headline, the text, and the writers named only in the italic biography line at the foot
# (`*Peter Amende est correspondant(e) de Le Monde.*`).
def desk_s59_971(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    parts = [OPINION[lg] if a["authors"] else EDITORIAL[lg], sep_join(", ", src, dated(a, lg)), "", a["title"], "",
             body(a)]
    if a["authors"]:
        one, many = BIO[lg]
        parts += ["", "*" + (one if len(a["authors"]) == 1 else many).format(n=names_of(a, lg), s=src) + "*"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# A bookmark kept with the `nb` note-taking CLI, printed with `nb show revue:N --print`: `# <page title> (<domain>)`,
# the URL in angle brackets, `## Description` (the first sentence), `## Tags`, then `## Content` with the page as
# pandoc converted it (the headline underlined with `=`, the byline, the publication and long day, the paragraphs).
# The domain and nb are no source, the description no title.
def desk_s59_972(a, desk, rng):
    src = src_of(a, rng)
    lg = lang_of(a)
    url = url_of(a, src)
    n = rng.randrange(2, 300)
    content = [a["title"], "=" * len(a["title"]), ""] + ([by_line(a, rng), ""] if a["authors"] else []) + \
        [sep_join(" | ", src, dated(a, lg)), "", wrapped(a["body"], 80)]
    lines = [f"$ nb show revue:{n} --print", f"# {a['title']} ({site(src)})", "", f"<{url}>", "", "## Description", "",
             first_sentence(a["body"][0]), "", "## Tags", "", "#revue #presse", "", "## Content", ""] + content
    return "\n".join(lines) + "\n", e_with(a, source=src)


BLIND_S59 = {name for name in list(globals()) if name.startswith("desk_s59_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S59})
