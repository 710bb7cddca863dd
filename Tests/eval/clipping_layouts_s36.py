"""Stop 35: a fourteenth batch of 26 clipping layouts (BLIND_S36) by an engineer who does not tune the reader.

Same contract as clipping_layouts.py: `f(article, desk, rng) -> (text, expected)`, `expected` holding what a
careful desk editor would extract (title: the article's headline only, as printed; authors: persons who wrote the
article, never a presenter, photographer, camera operator, sub-editor, referee, interviewee, quoted expert, the
deceased of an obituary, a study's authors or a colleague who commented; date: the article's publication date, never
a broadcast's or review's later day, a judgment's, a study's, a share quote's, an update's or a correction's day, and
none when the file does not state one (an update stamp without the original date is not taken); source: the
publication the file names, never the agency whose dateline or credit the copy carries, the council, university or
programme that passes it on).
Like BLIND_S35, these are the plain-text clippings a press desk really receives, not machine formats: print pages
copied from PDF (two columns merged, a front page continued inside), agency copy printed by a paper with its
dateline, a TV channel's and a radio programme's web pages, an op-ed signed with the author's function, an
obituary, a sports report with its score box, a business brief with a share quote, a court report, a Q&A explainer,
a science news item citing a study, a weekend supplement dated over two days, a photo essay's captions, a council's
press-review page and a university's `In the media` page. None is a tool's own format.

The layouts are numbered from 03 to 28 so that text_eval.py's hash puts sixteen in development (first) and ten
held-out (after the marker line, which whoever tunes the reader never reads past). Written without reading the
reader (Sources/) or its misses, nor the held-out part of clipping_layouts_s25.py to _s35.py: nobody tunes on any of
them in stop 35 when written (the development members of BLIND_S35 and BLIND_S36 were tuned on later in stop 35;
BLIND_S37's are only scored: text_eval.py prints their misses with `--show-s37-development` alone).
"""
import datetime
import hashlib
import itertools
import textwrap

from clipping_layouts import (ABBR, AGENCY, BY, CITY, LAYOUTS, MONTHS, OUTLETS, byline, clock, columns, joined,
                              long_date, numeric_date, short_date, wrap)
from clipping_layouts_s29 import other_titles
from clipping_layouts_s31 import colleague, e_with, family_first
from clipping_layouts_s33 import others
from clipping_layouts_s35 import CAPTION, LOCAL, PAGE, PAGE_ABBR, REGION, dated, lead, sep_join, thousands

TOWN = {"en": "Leeds", "fr": "Besançon", "de": "Freiburg", "es": "Valladolid", "it": "Bergamo", "pt": "Coimbra"}


def src_of(a, rng):
    """The publication the file names: the article's, or one of the desk's outlets when the article names none."""
    return a["source"] or rng.choice(OUTLETS)


def crlf(parts):
    """The lines of `parts` (which may hold line breaks) joined and ended with CRLF, as a word processor saves them."""
    return "\r\n".join("\n".join(parts).split("\n")) + "\r\n"


def us_numeric(iso, desk):
    """The desk's numeric date as its readers write it: month first on the English desk, day first elsewhere."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.month:02d}/{d.day:02d}/{d.year}" if desk == "en" else numeric_date(iso, desk)


def before(iso, rng, low, high):
    """A day `low`..`high` days before `iso`, ISO form."""
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=rng.randrange(low, high + 1))).isoformat()


def after(iso, rng, low, high):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=rng.randrange(low, high + 1))).isoformat()


# ---- development members of BLIND_S36 ----

SECTION = {"en": "WORLD", "fr": "INTERNATIONAL", "de": "POLITIK", "es": "INTERNACIONAL", "it": "ESTERI", "pt": "MUNDO"}


def merged(lines, width):
    """Two print columns copied from a PDF viewer that merges them: each line holds a left and a right line."""
    half = (len(lines) + 1) // 2
    pairs = itertools.zip_longest(lines[:half], lines[half:], fillvalue="")
    return [f"{left:<{width}}   {right}".rstrip() for left, right in pairs]


# A national paper's print edition (PDF) copied as text by a viewer that merges the two columns line by line: the
# section in capitals, the headline, the standfirst (the first sentence), then the byline at the top of the left
# column and the text, each line holding a left-column line and, after a gap, the right-column line; the folio at the
# foot `7  PUBLICATION  WEEKDAY, DATE` in capitals. The byline shares its line with the right column's text.
def desk_s36_05(a, desk, rng):
    src = src_of(a, rng)
    width = rng.choice([32, 34, 36])
    lines = [byline(a["authors"], desk, rng), ""] if a["authors"] else []
    lines += columns(a["body"], width).split("\n")
    foot = "  ".join(x for x in [str(rng.randrange(2, 30)), src.upper(), dated(a, desk, weekday=True).upper()] if x)
    parts = [SECTION[desk], "", a["title"], "", lead(a["body"][0]), ""] + merged(lines, width) + ["", foot]
    return "\n".join(parts) + "\n", e_with(a, source=src)


DESK_SECTION = {"en": "Business", "fr": "Économie", "de": "Wirtschaft", "es": "Economía", "it": "Economia",
                "pt": "Economia"}
TRAILER = {  # the agency's house trailer: reporting and editing credits (the editor is no author)
    "en": ("(Reporting by {a}; Editing by {e})", "(Editing by {e})"),
    "fr": ("(Reportage {a} ; édité par {e})", "(Édité par {e})"),
    "de": ("(Bericht: {a}; redigiert von {e})", "(Redigiert von {e})"),
    "es": ("(Información de {a}; edición de {e})", "(Edición de {e})"),
    "it": ("(Servizio di {a}; a cura di {e})", "(A cura di {e})"),
    "pt": ("(Reportagem de {a}; edição de {e})", "(Edição de {e})"),
}


def agency_dateline(iso, desk):
    """The dateline each desk's agency opens its copy with (`BERLIN (dpa) - `, `Madrid, 3 mar (EFE).- `)."""
    ag, city = AGENCY[desk], CITY[desk]
    if not iso:
        return {"en": f"{city.upper()} ({ag}) - ", "fr": f"{city.upper()} ({ag}) - ", "de": f"{city} ({ag}) - ",
                "es": f"{city} ({ag}).- ", "it": f"({ag}) - {city.upper()} - ", "pt": f"{city} ({ag}) - "}[desk]
    d = datetime.date.fromisoformat(iso)
    month, abbr = MONTHS[desk].split()[d.month - 1], ABBR[desk].split()[d.month - 1]
    return {"en": f"{city.upper()}, {month} {d.day} ({ag}) - ", "fr": f"{city.upper()}, {d.day} {month} {d.year} "
            f"({ag}) - ", "de": f"{city} ({ag}) - ", "es": f"{city}, {d.day} {abbr} ({ag}).- ",
            "it": f"({ag}) - {city.upper()}, {d.day:02d} {abbr.upper()} - ",
            "pt": f"{city}, {d.day:02d} {abbr} {d.year} ({ag}) - "}[desk]


# Agency copy as a paper prints it on its site: `Publication · Business · 03.03.2026` on top, the headline, the text
# opening with the desk's agency dateline (`BERLIN (dpa) - `, `Madrid, 3 mar (EFE).- `, `(ANSA) - ROMA, 03 MAR - `),
# and the agency's house trailer naming the reporter and the sub-editor who edited the copy (`(Reporting by A;
# Editing by P)`). The sub-editor is not an author; the agency is not the source (the paper is).
def desk_s36_07(a, desk, rng):
    src = src_of(a, rng)
    signed, unsigned = TRAILER[desk]
    editor = colleague(a, rng)
    parts = [sep_join(" · ", src, DESK_SECTION[desk], dated(a, desk, numeric_date)), "", a["title"], ""]
    body = [agency_dateline(a["date"], desk) + a["body"][0]] + a["body"][1:]
    trailer = signed.format(a=joined(a["authors"], desk), e=editor) if a["authors"] else unsigned.format(e=editor)
    parts += ["\n\n".join(body), "", trailer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


VIDEO = {  # section, the video badge, `Updated` and `First published` labels, `Video:` link, tags
    "en": ("News", "▶ Video | {m}:{s:02d} min", "Updated {u}", "First published {d}", "▶ Video: {t} ({m}:{s:02d})",
           "Topics"),
    "fr": ("Info", "▶ Vidéo | {m}:{s:02d} min", "Mis à jour le {u}", "Publié le {d}", "▶ Vidéo : {t} ({m}:{s:02d})",
           "Thèmes"),
    "de": ("Nachrichten", "▶ Video | {m}:{s:02d} Min.", "Aktualisiert: {u}", "Erstellt: {d}",
           "▶ Video: {t} ({m}:{s:02d})", "Themen"),
    "es": ("Noticias", "▶ Vídeo | {m}:{s:02d} min", "Actualizado: {u}", "Publicado: {d}",
           "▶ Vídeo: {t} ({m}:{s:02d})", "Temas"),
    "it": ("Notizie", "▶ Video | {m}:{s:02d} min", "Aggiornato il {u}", "Pubblicato il {d}",
           "▶ Video: {t} ({m}:{s:02d})", "Argomenti"),
    "pt": ("Notícias", "▶ Vídeo | {m}:{s:02d} min", "Atualizado a {u}", "Publicado a {d}",
           "▶ Vídeo: {t} ({m}:{s:02d})", "Temas"),
}


def at_time(iso, desk, rng):
    """The desk's numeric date with a clock time (`03/03/2026 18:42`, `03.03.2026, 18:42 Uhr`)."""
    t = clock(rng)
    return {"de": f"{numeric_date(iso, desk)}, {t} Uhr"}.get(desk, f"{us_numeric(iso, desk)} {t}")


# A TV channel's web article with its video furniture: `Publication › News`, the headline, the video badge with its
# length, one line carrying the update stamp BEFORE the original date (`Updated 04/03/2026 09:12 | First published
# 03/03/2026 18:42`), the byline, the text with a `▶ Video: other headline (1:48)` link between paragraphs, and the
# topics. The update is not the publication date; an undated piece shows neither stamp.
def desk_s36_08(a, desk, rng):
    section, badge, updated, first, link, topics = VIDEO[desk]
    src = src_of(a, rng)
    parts = [f"{src} › {section}", "", a["title"], "", badge.format(m=rng.randrange(1, 6), s=rng.randrange(60))]
    if a["date"]:
        parts.append(updated.format(u=at_time(after(a["date"], rng, 1, 2), desk, rng)) + " | " +
                     first.format(d=at_time(a["date"], desk, rng)))
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    body = list(a["body"])
    body.insert(min(1, len(body)), link.format(t=other_titles(desk, rng, 1)[0], m=rng.randrange(1, 4),
                                               s=rng.randrange(60)))
    words = sorted({w.strip(",.:;\"'«»„“”()").lower() for w in a["title"].split() if len(w) > 5})[:3]
    parts += ["", "\n\n".join(body), "", f"{topics}: {', '.join(words) or '—'}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RADIO = {  # programme, `Broadcast on`, presenter label, reporter label, listen, part of the programme
    "en": ("Morning Edition", "Broadcast on {d}, {t}", "Presented by {p}", "Report by {a}", "▶ Listen  {m}:{s:02d}",
           "This report was part of {g}."),
    "fr": ("La Matinale", "Diffusion : {d} à {t}", "Présentation : {p}", "Reportage de {a}", "▶ Écouter  {m}:{s:02d}",
           "Ce reportage a été diffusé dans {g}."),
    "de": ("Morgenecho", "Sendung vom {d}, {t} Uhr", "Moderation: {p}", "Ein Beitrag von {a}",
           "▶ Anhören  {m}:{s:02d} Min.", "Dieser Beitrag lief in der Sendung {g}."),
    "es": ("Hoy por hoy", "Emitido el {d}, a las {t}", "Presenta: {p}", "Información de {a}",
           "▶ Escuchar  {m}:{s:02d}", "Esta información se emitió en {g}."),
    "it": ("Radio anch'io", "Puntata del {d}, ore {t}", "Conduce: {p}", "Servizio di {a}", "▶ Ascolta  {m}:{s:02d}",
           "Il servizio è andato in onda in {g}."),
    "pt": ("Antena Aberta", "Emitido a {d}, às {t}", "Apresentação: {p}", "Reportagem de {a}",
           "▶ Ouvir  {m}:{s:02d}", "Esta reportagem foi emitida no {g}."),
}


# A radio programme's web page for one report: `Publication | Programme`, the broadcast line with the weekday date and
# time (the publication date), `Presented by P` (the programme's presenter), the headline, `Report by A` (the
# reporter, when signed), the text, the audio player and a line naming the programme. The presenter is not an
# author; the programme is not the source.
def desk_s36_09(a, desk, rng):
    programme, broadcast, presenter, reporter, listen, part = RADIO[desk]
    src = src_of(a, rng)
    parts = [f"{src} | {programme}"]
    parts += [broadcast.format(d=long_date(a["date"], desk, weekday=True), t=clock(rng))] if a["date"] else []
    parts += [presenter.format(p=colleague(a, rng)), "", a["title"]]
    parts += [reporter.format(a=joined(a["authors"], desk))] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"]), "", listen.format(m=rng.randrange(2, 7), s=rng.randrange(60)),
              part.format(g=programme)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OPED = {  # the label, the functions of the signatories, the disclaimer
    "en": ("OPINION", ["professor of economics at the University of Leeds", "a former finance minister",
                       "senior fellow at a Brussels think tank"],
           "The views expressed in this article are the author's own."),
    "fr": ("TRIBUNE", ["économiste à l'université de Franche-Comté", "ancienne ministre des finances",
                       "maire de Besançon"], "Les opinions exprimées n'engagent que leur auteur."),
    "de": ("GASTBEITRAG", ["Professorin für Volkswirtschaft in Freiburg", "ehemaliger Finanzminister",
                           "Oberbürgermeisterin von Lörrach"], "Gastbeiträge geben nicht die Meinung der Redaktion "
                                                              "wieder."),
    "es": ("TRIBUNA", ["catedrática de Economía en la Universidad de Valladolid", "exministro de Hacienda",
                       "alcaldesa de Ponferrada"], "Las opiniones expresadas son responsabilidad de su autor."),
    "it": ("L'INTERVENTO", ["docente di economia all'Università di Bergamo", "ex ministro delle Finanze",
                            "sindaca di Cantù"], "Le opinioni espresse sono dell'autore."),
    "pt": ("OPINIÃO", ["professora de Economia na Universidade de Coimbra", "antigo ministro das Finanças",
                       "presidente da Câmara de Guimarães"], "As opiniões expressas são da responsabilidade do autor."),
}
EDITORIAL = {"en": "EDITORIAL", "fr": "ÉDITORIAL", "de": "LEITARTIKEL", "es": "EDITORIAL", "it": "EDITORIALE",
             "pt": "EDITORIAL"}


# An op-ed: `OPINION · Publication` (the editorial label when unsigned), the weekday date, the headline, then the
# byline carrying each signatory's function after the name (`By A, professor of economics at …`, `Par A, économiste
# …`; two names joined with their functions), the text and the disclaimer. The functions are not part of the names.
def desk_s36_11(a, desk, rng):
    label, roles, disclaimer = OPED[desk]
    src = src_of(a, rng)
    by, conj = BY[desk]
    parts = [f"{label if a['authors'] else EDITORIAL[desk]} · {src}"]
    parts += [long_date(a["date"], desk, weekday=True)] if a["date"] else []
    parts += ["", a["title"], ""]
    if a["authors"]:
        signed = [f"{n}, {r}" for n, r in zip(a["authors"], rng.sample(roles, len(roles)))]
        parts += [f"{by} " + (signed[0] if len(signed) == 1 else ", ".join(signed[:-1]) + f", {conj} {signed[-1]}"),
                  ""]
    parts += ["\n\n".join(a["body"]), "", disclaimer]
    return "\n".join(parts) + "\n", e_with(a, source=src)


OBIT = {  # the label, the deceased, the life dates, the foot's date form
    "en": ("OBITUARY", "Margaret Ellison", "born {b}; died {d}"),
    "fr": ("NÉCROLOGIE", "Jacques Morel", "né le {b}, mort le {d}"),
    "de": ("NACHRUF", "Ingrid Hartmann", "* {b}   † {d}"),
    "es": ("OBITUARIO", "Ramón Vidal", "nació el {b}; murió el {d}"),
    "it": ("NECROLOGIO", "Franco Lodi", "nato il {b}, morto il {d}"),
    "pt": ("OBITUÁRIO", "Manuel Sequeira", "nasceu a {b}; morreu a {d}"),
}


# An obituary saved from a word processor (BOM, CRLF): the label in capitals, the headline, the deceased's name with
# the days of birth and death (a few days before the piece; the years only when the piece is undated), the text,
# `— A` and `Publication, date` at the foot. The deceased is not an author; the death day is not the date.
def desk_s36_12(a, desk, rng):
    label, name, life = OBIT[desk]
    src = src_of(a, rng)
    if a["date"]:
        died = before(a["date"], rng, 2, 6)
        born = datetime.date(rng.randrange(1928, 1952), rng.randrange(1, 13), rng.randrange(1, 29)).isoformat()
        life_line = f"{name}, " + life.format(b=long_date(born, desk), d=long_date(died, desk))
    else:
        life_line = f"{name} ({rng.randrange(1928, 1952)}–{rng.randrange(2019, 2026)})"
    parts = [label, "", a["title"], "", life_line, "", "\n\n".join(a["body"]), ""]
    parts += [f"— {joined(a['authors'], desk)}"] if a["authors"] else []
    parts += [sep_join(", ", src, dated(a, desk))]
    return "\ufeff" + crlf(parts), e_with(a, source=src)


SPORT = {  # section, teams, goals, attendance, referee
    "en": ("SPORT · Football", ("Leeds United", "Hull City"), "Goals", "Attendance", "Referee"),
    "fr": ("SPORTS · Football", ("AS Nancy", "FC Metz"), "Buts", "Spectateurs", "Arbitre"),
    "de": ("SPORT · Fußball", ("SC Freiburg", "FC Augsburg"), "Tore", "Zuschauer", "Schiedsrichter"),
    "es": ("DEPORTES · Fútbol", ("Real Valladolid", "SD Ponferradina"), "Goles", "Espectadores", "Árbitro"),
    "it": ("SPORT · Calcio", ("Como 1907", "Atalanta"), "Reti", "Spettatori", "Arbitro"),
    "pt": ("DESPORTO · Futebol", ("Vitória SC", "SC Braga"), "Golos", "Espectadores", "Árbitro"),
}
SCORERS = ["Almeida", "Nkemelu", "Vidal", "Kowalczyk", "Sorensen", "Haddad", "Okafor", "Lindqvist"]


# A sports report with its score box: the section, the headline, `Home – Away 2:1 (1:0)`, the goals with their
# minutes (`1:0 Vidal (23.)`), attendance and the referee (a person, with his town), then the byline with the match
# day and kick-off time in the desk's abbreviated form (`3 Mar 2026, 20:45`), the text, the publication. The referee
# and scorers are not authors; the score's `2:1` is no time.
def desk_s36_14(a, desk, rng):
    section, teams, goals, attendance, referee = SPORT[desk]
    src = src_of(a, rng)
    home, away = rng.sample(range(0, 4), 2)
    scorers, score, scored = rng.sample(SCORERS, 3), [0, 0], []
    for i in range(home + away):
        side = 0 if i < home else 1
        score[side] += 1
        scored.append((rng.randrange(3, 90), side))
    scored.sort()
    score, goal_list = [0, 0], []
    for minute, side in scored:
        score[side] += 1
        goal_list.append(f"{score[0]}:{score[1]} {scorers[side + (minute % 2)]} ({minute}.)")
    half = [sum(1 for m, s in scored if m <= 45 and s == k) for k in (0, 1)]
    box = [f"{teams[0]} – {teams[1]}  {home}:{away} ({half[0]}:{half[1]})",
           f"{goals}: {', '.join(goal_list) or '—'}",
           f"{attendance}: {thousands(rng.randrange(80, 600) * 100, desk)} · {referee}: {colleague(a, rng)} "
           f"({TOWN[desk]})"]
    kick_off = f"{rng.randrange(18, 22)}:{rng.choice(['00', '30', '45'])}"
    meta = sep_join(" · ", a["authors"] and byline(a["authors"], desk, rng),
                    a["date"] and f"{short_date(a['date'], desk)}, {kick_off}")
    parts = [section, "", a["title"], ""] + box + ([""] + [meta] if meta else []) + ["", "\n\n".join(a["body"]), "",
                                                                                    src]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BRIEF = {  # the box's heading, the quote line
    "en": ("IN BRIEF", "ACME plc (LSE: ACM)  {p} p  {arrow} {c} %  · quote of {d}"),
    "fr": ("EN BREF", "ACME SA (Euronext : ACM)  {p} €  {arrow} {c} %  · cours du {d}"),
    "de": ("KURZ NOTIERT", "ACME SE (Xetra: ACM)  {p} €  {arrow} {c} %  · Kurs vom {d}"),
    "es": ("BREVES", "ACME SA (BME: ACM)  {p} €  {arrow} {c} %  · cotización del {d}"),
    "it": ("IN BREVE", "ACME SpA (Borsa Italiana: ACM)  {p} €  {arrow} {c} %  · quotazione del {d}"),
    "pt": ("EM BREVE", "ACME SA (Euronext Lisboa: ACM)  {p} €  {arrow} {c} %  · cotação de {d}"),
}


# A business brief with the company's share quote under the headline: `Publication | Business | weekday, date`, the
# box's heading, the headline, the ticker line (`ACME SE (Xetra: ACM)  42,18 €  ▲ +1,2 %  · Kurs vom 04.03.2026
# 09:12`, the quote a day or two later, present also when the piece is undated), the text and `— A`. The quote's day
# is not the date.
def desk_s36_15(a, desk, rng):
    heading, quote = BRIEF[desk]
    src = src_of(a, rng)
    price = f"{rng.randrange(5, 400)}.{rng.randrange(100):02d}"
    price = price if desk == "en" else price.replace(".", ",")
    change = f"{rng.choice(['+', '-'])}{rng.randrange(0, 6)}{'.' if desk == 'en' else ','}{rng.randrange(10)}"
    day = after(a["date"], rng, 1, 2) if a["date"] else after("2026-02-01", rng, 0, 60)
    parts = [sep_join(" | ", src, DESK_SECTION[desk], dated(a, desk, weekday=True)), "", heading, a["title"], "",
             quote.format(p=price, arrow="▲" if change[0] == "+" else "▼", c=change,
                          d=f"{us_numeric(day, desk)} {clock(rng)}"), "", "\n\n".join(a["body"])]
    parts += ["", f"— {joined(a['authors'], desk)}"] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


COURT = {  # kicker, the court, the case label, the judgment label, the reporter's foot
    "en": ("COURTS", "Leeds Crown Court", "Case no.", "Verdict of", "{a} covers the courts for {s}."),
    "fr": ("JUSTICE", "Tribunal correctionnel de Besançon", "Affaire n°", "Jugement du",
           "{a} suit les affaires judiciaires pour {s}."),
    "de": ("JUSTIZ", "Landgericht Freiburg", "Az.", "Urteil vom", "{a} berichtet für {s} aus den Gerichten."),
    "es": ("TRIBUNALES", "Audiencia Provincial de Valladolid", "Sumario", "Sentencia del",
           "{a} cubre la información judicial para {s}."),
    "it": ("GIUDIZIARIA", "Tribunale di Bergamo", "R.G. n.", "Sentenza del",
           "{a} segue la cronaca giudiziaria per {s}."),
    "pt": ("JUSTIÇA", "Tribunal Judicial de Coimbra", "Processo n.º", "Acórdão de",
           "{a} acompanha os tribunais para o {s}."),
}


# A court report: the kicker, the headline, `Publication, 03.03.2026`, a fact line separated by tabs (the court, the
# case number `2 StR 123/25`, the day of the judgment a few days earlier, when the piece is dated), the text opening
# with the court's town in capitals, and the reporter's role sentence at the foot. The judgment's day is not the date.
def desk_s36_16(a, desk, rng):
    kicker, court, case, judgment, foot = COURT[desk]
    src = src_of(a, rng)
    facts = [court, f"{case} {rng.randrange(1, 9)} {rng.choice(['StR', 'KLs', 'Ns'])} {rng.randrange(10, 400)}/"
                    f"{rng.randrange(20, 26)}"]
    facts += [f"{judgment} {long_date(before(a['date'], rng, 1, 4), desk)}"] if a["date"] else []
    body = [f"{TOWN[desk].upper()}. {a['body'][0]}"] + a["body"][1:]
    parts = [kicker, "", a["title"], sep_join(", ", src, dated(a, desk, numeric_date)), "", "\t".join(facts), "",
             "\n\n".join(body)]
    parts += ["", foot.format(a=joined(a["authors"], desk), s=src)] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


STUDY = {  # section, `By`, the reference label
    "en": ("Science", "The study:"), "fr": ("Sciences", "L'étude :"), "de": ("Wissenschaft", "Die Studie:"),
    "es": ("Ciencia", "El estudio:"), "it": ("Scienza", "Lo studio:"), "pt": ("Ciência", "O estudo:"),
}


# A science magazine's news item citing a study: `Publication · Science`, the headline, the standfirst (the first
# sentence), the byline and the date on one line, the text, then the study's reference (its authors family name first
# with `et al.`, its title, the journal, the day it was published online weeks earlier, the DOI). The study's authors
# are not the item's; the study's day is not the date.
def desk_s36_18(a, desk, rng):
    section, label = STUDY[desk]
    src = src_of(a, rng)
    meta = sep_join("  ·  ", a["authors"] and byline(a["authors"], desk, rng), dated(a, desk))
    cited = "; ".join(family_first(p) for p in others(a, rng, 2))
    when = long_date(before(a["date"], rng, 10, 40), desk) if a["date"] else str(rng.randrange(2019, 2026))
    parts = [f"{src} · {section}", "", a["title"], lead(a["body"][0])] + ([meta] if meta else []) + [
        "", "\n\n".join(a["body"]), "",
        f"{label} {cited} et al. “Long-term regional trends in household exposure”. Nature Climate Change "
        f"{rng.randrange(10, 17)}, {when}. DOI: 10.1038/s41558-0{rng.randrange(10, 99)}-0{rng.randrange(1000, 9999)}-"
        f"{rng.randrange(1, 9)}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


EXPLAINER = {  # kicker, standfirst, as-of label, questions
    "en": ("EXPLAINER", "What you need to know", "As of {d}", ["What has happened?", "Who is affected?",
                                                              "Why does it matter?", "What happens next?",
                                                              "What do the critics say?"]),
    "fr": ("DÉCRYPTAGE", "Ce qu'il faut savoir", "Situation au {d}", ["Que s'est-il passé ?", "Qui est concerné ?",
                                                                       "Pourquoi est-ce important ?",
                                                                       "Et maintenant ?",
                                                                       "Que disent les critiques ?"]),
    "de": ("FRAGEN & ANTWORTEN", "Das Wichtigste im Überblick", "Stand: {d}", ["Was ist passiert?",
                                                                              "Wer ist betroffen?",
                                                                              "Warum ist das wichtig?",
                                                                              "Wie geht es weiter?",
                                                                              "Was sagen Kritiker?"]),
    "es": ("PREGUNTAS Y RESPUESTAS", "Las claves", "Situación a {d}", ["¿Qué ha pasado?", "¿A quién afecta?",
                                                                       "¿Por qué es importante?", "¿Y ahora qué?",
                                                                       "¿Qué dicen los críticos?"]),
    "it": ("DOMANDE E RISPOSTE", "Le cose da sapere", "Situazione al {d}", ["Che cosa è successo?",
                                                                           "Chi è coinvolto?",
                                                                           "Perché è importante?",
                                                                           "Che cosa succede ora?",
                                                                           "Che cosa dicono i critici?"]),
    "pt": ("PERGUNTAS E RESPOSTAS", "O essencial", "Situação a {d}", ["O que aconteceu?", "Quem é afetado?",
                                                                      "Porque é importante?", "E agora?",
                                                                      "O que dizem os críticos?"]),
}


# A Q&A explainer hard-wrapped at 66: the kicker, the headline, the standfirst (`What you need to know`), `As of
# March 3, 2026` / `Stand: 3. März 2026` (the date), the byline, then each paragraph under a question of its own
# ending in `?`. The questions are not the title.
def desk_s36_19(a, desk, rng):
    kicker, standfirst, as_of, questions = EXPLAINER[desk]
    src = src_of(a, rng)
    parts = [f"{kicker} | {src}", "", a["title"], standfirst]
    parts += [as_of.format(d=long_date(a["date"], desk))] if a["date"] else []
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    for q, p in zip(itertools.cycle(questions), a["body"]):
        parts += ["", q, textwrap.fill(p, 66)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


WEEKEND = {"en": "WEEKEND", "fr": "WEEK-END", "de": "WOCHENENDE", "es": "FIN DE SEMANA", "it": "WEEKEND",
           "pt": "FIM DE SEMANA"}
CREDIT = {"en": ("Words: {a}", "Photographs: {p}"), "fr": ("Texte : {a}", "Photos : {p}"),
          "de": ("Text: {a}", "Fotos: {p}"), "es": ("Texto: {a}", "Fotos: {p}"), "it": ("Testo di {a}", "Foto di {p}"),
          "pt": ("Texto: {a}", "Fotografia: {p}")}


def weekend_dates(iso, desk):
    """A weekend edition's two days, the first the article's (`7./8. März 2026`, `7-8 de marzo de 2026`)."""
    d = datetime.date.fromisoformat(iso)
    e = d + datetime.timedelta(days=1)
    m = MONTHS[desk].split()
    if d.month == e.month:
        return {"en": f"{m[d.month - 1]} {d.day}-{e.day}, {d.year}", "fr": f"{d.day}-{e.day} {m[d.month - 1]} {d.year}",
                "de": f"{d.day}./{e.day}. {m[d.month - 1]} {d.year}",
                "es": f"{d.day}-{e.day} de {m[d.month - 1]} de {d.year}",
                "it": f"{d.day}-{e.day} {m[d.month - 1]} {d.year}",
                "pt": f"{d.day} e {e.day} de {m[d.month - 1]} de {d.year}"}[desk]
    first = long_date(iso, desk)
    if d.year == e.year:
        first = first.replace(f" {d.year}", "").replace(",", "").removesuffix(" de")
    sep = {"en": " – ", "de": "/"}.get(desk, " - ")
    return f"{first}{sep}{long_date(e.isoformat(), desk)}"


# A regional paper's weekend supplement: `WEEKEND · Publication` and the edition's two days on one line (`7./8. März
# 2026`, `March 7-8, 2026`; the first day is the date), the region's overline in capitals, the headline, the credits
# `Text: A · Fotos: P` (the photographer alone when unsigned), the text. The photographer is not an author.
def desk_s36_20(a, desk, rng):
    src = src_of(a, rng)
    words, photos = CREDIT[desk]
    region, _ = REGION[desk]
    head = sep_join(" · ", f"{WEEKEND[desk]} · {src}", a["date"] and weekend_dates(a["date"], desk))
    credit = sep_join(" · ", a["authors"] and words.format(a=joined(a["authors"], desk)),
                      photos.format(p=colleague(a, rng)))
    parts = [head, "", region, a["title"], credit, "", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


ESSAY = {  # label, captions
    "en": ("PHOTO ESSAY", ["Early morning at the harbour.", "A worker checks the gauges.", "The square after the rain.",
                           "Waiting for the last bus.", "The market closes at noon."]),
    "fr": ("PORTFOLIO", ["Le port au petit matin.", "Un ouvrier vérifie les jauges.", "La place après la pluie.",
                         "En attendant le dernier bus.", "Le marché ferme à midi."]),
    "de": ("FOTOSTRECKE", ["Früher Morgen am Hafen.", "Ein Arbeiter prüft die Anzeigen.", "Der Platz nach dem Regen.",
                           "Warten auf den letzten Bus.", "Der Markt schließt um zwölf."]),
    "es": ("FOTORREPORTAJE", ["Primera hora en el puerto.", "Un operario revisa los indicadores.",
                              "La plaza después de la lluvia.", "Esperando el último autobús.",
                              "El mercado cierra a mediodía."]),
    "it": ("FOTOGALLERY", ["Il porto all'alba.", "Un operaio controlla gli indicatori.", "La piazza dopo la pioggia.",
                           "In attesa dell'ultimo autobus.", "Il mercato chiude a mezzogiorno."]),
    "pt": ("FOTORREPORTAGEM", ["O porto de manhã cedo.", "Um trabalhador verifica os indicadores.",
                               "A praça depois da chuva.", "À espera do último autocarro.",
                               "O mercado fecha ao meio-dia."]),
}


# A photo essay copied from the site: `Publication — PHOTO ESSAY`, the headline, the credits `Photographs: P` and
# `Words: A` on one line, the date, then numbered captions `[2/5] The square after the rain. (Photo: P)` between the
# paragraphs. The photographer is not an author; the captions are not the title.
def desk_s36_22(a, desk, rng):
    label, captions = ESSAY[desk]
    words, photos = CREDIT[desk]
    src = src_of(a, rng)
    p = colleague(a, rng)
    credit = sep_join(" / ", photos.format(p=p), a["authors"] and words.format(a=joined(a["authors"], desk)))
    parts = [f"{src} — {label}", "", a["title"], credit] + ([long_date(a["date"], desk)] if a["date"] else [])
    n = len(captions)
    for i, (c, para) in enumerate(zip(itertools.cycle(captions), a["body"])):
        parts += ["", f"[{i % n + 1}/{n}] {c} ({CAPTION[desk][1]} {p})", "", para]
    return "\n".join(parts) + "\n", e_with(a, source=src)


COUNCIL = {  # council, office and review heading, labels (publication, published, page, section), section
    "en": ("Harrogate Borough Council", "Communications — Press cuttings of {d}",
           ("Publication:", "Published:", "Page:", "Section:"), "Local"),
    "fr": ("Ville d'Annecy", "Direction de la communication — Revue de presse du {d}",
           ("Support :", "Parution :", "Page :", "Rubrique :"), "Région"),
    "de": ("Stadt Lörrach", "Pressestelle — Pressespiegel vom {d}",
           ("Medium:", "Erscheinungsdatum:", "Seite:", "Ressort:"), "Lokales"),
    "es": ("Ayuntamiento de Ponferrada", "Gabinete de Comunicación — Resumen de prensa del {d}",
           ("Medio:", "Fecha de publicación:", "Página:", "Sección:"), "Local"),
    "it": ("Comune di Cantù", "Ufficio Stampa — Rassegna stampa del {d}",
           ("Testata:", "Data di uscita:", "Pagina:", "Sezione:"), "Cronaca"),
    "pt": ("Câmara Municipal de Guimarães", "Gabinete de Comunicação — Clipping de {d}",
           ("Meio:", "Data de publicação:", "Página:", "Secção:"), "Região"),
}


# A town council's press-review page from its PDF (CRLF): the council and `3/12` on the first line, the office's
# heading with the review's own day (a day or two later), a rule, the labelled reference on two lines (`Support :
# Publication    Parution : 03/03/2026    Page : 5`, then the section), the headline, the text wrapped at 90, and the
# author's name in capitals at the foot. The council is not the source; the review's day is not the date.
def desk_s36_23(a, desk, rng):
    council, heading, (pub, published, page, section), sect = COUNCIL[desk]
    src = src_of(a, rng)
    n = rng.randrange(4, 20)
    review = after(a["date"], rng, 1, 2) if a["date"] else after("2026-02-01", rng, 0, 60)
    ref = "    ".join(x for x in [f"{pub} {src}", a["date"] and f"{published} {us_numeric(a['date'], desk)}",
                                  f"{page} {rng.randrange(2, 40)}"] if x)
    parts = [f"{council}{' ' * 8}{rng.randrange(1, n)}/{n}", heading.format(d=long_date(review, desk)), "-" * 72, ref,
             f"{section} {sect}", "", a["title"], "", wrap(a["body"], 90)]
    parts += ["", " / ".join(n.upper() for n in a["authors"])] if a["authors"] else []
    return crlf(parts), e_with(a, source=src)


MEDIA = {  # university, crumbs, the sentence (dated / undated), back link
    "en": ("University of Leeds", "Newsroom › In the media", "{p}, professor of political science, was quoted in {s} "
           "on {d}:", "{p}, professor of political science, was quoted in {s}:", "← All media coverage"),
    "fr": ("Université de Franche-Comté", "Actualités › L'université dans les médias",
           "{p}, professeure de science politique, a été citée par {s} le {d} :",
           "{p}, professeure de science politique, a été citée par {s} :", "← Toutes les retombées"),
    "de": ("Universität Freiburg", "Presse › Die Universität in den Medien",
           "{p}, Professorin für Politikwissenschaft, äußert sich in {s} vom {d}:",
           "{p}, Professorin für Politikwissenschaft, äußert sich in {s}:", "← Alle Medienberichte"),
    "es": ("Universidad de Valladolid", "Noticias › La UVa en los medios",
           "{p}, catedrática de Ciencia Política, citada en {s} el {d}:",
           "{p}, catedrática de Ciencia Política, citada en {s}:", "← Todas las apariciones"),
    "it": ("Università di Bergamo", "Notizie › UniBg sui media",
           "{p}, docente di Scienza politica, intervistata da {s} il {d}:",
           "{p}, docente di Scienza politica, intervistata da {s}:", "← Tutte le uscite"),
    "pt": ("Universidade de Coimbra", "Notícias › A UC nos media",
           "{p}, professora de Ciência Política, citada pelo {s} a {d}:",
           "{p}, professora de Ciência Política, citada pelo {s}:", "← Todas as notícias"),
}


# A university's `In the media` page: the university and its crumbs, one sentence naming the professor quoted, the
# publication and the day (`P, professor of political science, was quoted in X on March 3, 2026:`), the headline,
# the byline, the text wrapped at 80 and the back link. The professor is not an author; the university is not the
# source.
def desk_s36_25(a, desk, rng):
    university, crumbs, with_day, without, back = MEDIA[desk]
    src = src_of(a, rng)
    p = colleague(a, rng)
    line = with_day.format(p=p, s=src, d=long_date(a["date"], desk)) if a["date"] else without.format(p=p, s=src)
    parts = [university, crumbs, "", line, "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", wrap(a["body"], 80), "", back]
    return "\n".join(parts) + "\n", e_with(a, source=src)


JUMP = {"en": ("Continued on page {n}", "Continued from page 1"), "fr": ("Suite page {n}", "Suite de la page 1"),
        "de": ("Fortsetzung auf Seite {n}", "Fortsetzung von Seite 1"), "es": ("Sigue en la página {n}",
                                                                           "Viene de la página 1"),
        "it": ("Continua a pagina {n}", "Segue da pagina 1"),
        "pt": ("Continua na página {n}", "Continuação da página 1")}


# A front-page story continued inside, copied from the print edition's PDF: the masthead line `PUBLICATION · weekday,
# date · Page 1`, the headline, the byline, the text up to the middle (cut mid-sentence), `Continued on page 6`, a form
# feed, the inner page's running head `6 · Publication · date`, the jump head (the headline's first words in
# capitals) with `Continued from page 1`, and the rest. The jump head is not the title.
def desk_s36_28(a, desk, rng):
    src = src_of(a, rng)
    cont, came = JUMP[desk]
    inner = rng.randrange(2, 12)
    words = "\n\n".join(a["body"]).split(" ")
    cut = max(1, len(words) // 2)
    first, rest = " ".join(words[:cut]), " ".join(words[cut:])
    parts = [sep_join(" · ", src.upper(), dated(a, desk, weekday=True), f"{PAGE[desk]} 1"), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", first, "", f"→ {cont.format(n=inner)}", "\f" + sep_join(" · ", str(inner), src, dated(a, desk)), "",
              f"{' '.join(a['title'].split()[:3]).upper()} | {came}", "", rest]
    return "\n".join(parts) + "\n", e_with(a, source=src)


# ---- held-out members of BLIND_S36 below: whoever tunes the reader never reads past this line ----

CRONICA = {  # section, the envoy's role
    "en": ("World", "special correspondent"), "fr": ("International", "envoyée spéciale"),
    "de": ("Ausland", "Sonderberichterstatterin"), "es": ("Internacional", "enviada especial"),
    "it": ("Esteri", "inviata speciale"), "pt": ("Mundo", "enviada especial"),
}


# An agency's crónica as a paper runs it: `Publication | World` and the weekday date, the headline, the byline with
# the envoy's role and the agency (`A, special correspondent (EFE)`), the text opening with the crónica's dateline in
# the agency's form with the desk's abbreviated month and no year (`Kyiv, 3 Mar (EFE).- `), the desk initials. The
# agency is not the source; the role is not part of the name.
def desk_s36_03(a, desk, rng):
    section, role = CRONICA[desk]
    src = src_of(a, rng)
    ag = AGENCY[desk]
    place = rng.choice([c for c in CITY.values() if c != CITY[desk]])
    parts = [f"{src} | {section}"] + ([long_date(a["date"], desk, weekday=True)] if a["date"] else [])
    parts += ["", a["title"]]
    parts += [f"{joined(a['authors'], desk)}, {role} ({ag})"] if a["authors"] else []
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        opener = f"{place}, {d.day} {ABBR[desk].split()[d.month - 1]} ({ag}).- "
    else:
        opener = f"{place} ({ag}).- "
    body = [opener + a["body"][0]] + a["body"][1:]
    parts += ["", "\n\n".join(body), "", f"{ag} {rng.choice(['hr', 'cm', 'sk'])}/{rng.choice(['ab', 'jl', 'rv'])}"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


RIGHTS = {"en": "ALL RIGHTS RESERVED © Copyright {g}", "fr": "TOUS DROITS RÉSERVÉS © Copyright {g}",
          "de": "ALLE RECHTE VORBEHALTEN © Copyright {g}", "es": "TODOS LOS DERECHOS RESERVADOS © Copyright {g}",
          "it": "RIPRODUZIONE RISERVATA © Copyright {g}", "pt": "TODOS OS DIREITOS RESERVADOS © Copyright {g}"}


# An agency flash (lancio) as a regional portal republishes it: `Publication › Local`, the headline, the author (or
# nothing) and the day in the desk's abbreviated form with a time (`3 mar 2026, 18:42`), the text opening `(ANSA) -
# ROMA, 03 MAR - ` and closing `(ANSA).`, and the agency's rights line. The agency is not the source.
def desk_s36_04(a, desk, rng):
    src = src_of(a, rng)
    ag = AGENCY[desk]
    meta = sep_join(" · ", a["authors"] and joined(a["authors"], desk),
                    a["date"] and f"{short_date(a['date'], desk)}, {clock(rng)}")
    if a["date"]:
        d = datetime.date.fromisoformat(a["date"])
        opener = f"({ag}) - {CITY[desk].upper()}, {d.day:02d} {ABBR[desk].split()[d.month - 1].upper()} - "
    else:
        opener = f"({ag}) - {CITY[desk].upper()} - "
    body = [opener + a["body"][0]] + a["body"][1:]
    body[-1] += f" ({ag})."
    parts = [f"{src} › {LOCAL[desk]}", "", a["title"]] + ([meta] if meta else []) + ["", "\n\n".join(body), "",
                                                                                    RIGHTS[desk].format(g=ag)]
    return "\n".join(parts) + "\n", e_with(a, source=src)


MAGAZINE = {"en": "MAGAZINE", "fr": "LE MAG", "de": "MAGAZIN", "es": "REVISTA", "it": "MAGAZINE", "pt": "REVISTA"}


# A magazine feature copied from its PDF, hard-wrapped at 58: `PUBLICATION MAGAZINE | No. 10`, the headline, the
# standfirst, `Text: A | Photos: P`, the text with a pull quote (a sentence of the text between guillemets, indented)
# after the second paragraph and a photo caption with its credit, then `Publication · date` at the foot. The pull quote
# and the caption are not the title; the photographer is not an author.
def desk_s36_06(a, desk, rng):
    src = src_of(a, rng)
    words, photos = CREDIT[desk]
    caption, credit = CAPTION[desk]
    p = colleague(a, rng)
    parts = [f"{src.upper()} {MAGAZINE[desk]} | No. {rng.randrange(2, 52)}", "", a["title"],
             textwrap.fill(lead(a["body"][-1]), 58),
             sep_join(" | ", a["authors"] and words.format(a=joined(a["authors"], desk)), photos.format(p=p)), ""]
    body = [textwrap.fill(x, 58) for x in a["body"]]
    body.insert(min(2, len(body)), textwrap.indent(textwrap.fill(f"« {lead(a['body'][0])} »", 40), "        "))
    body.insert(min(1, len(body)), f"{caption} {credit} {p}")
    parts += ["\n\n".join(body), "", sep_join(" · ", src, dated(a, desk))]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CORRECTED = {  # published / updated line, correction note
    "en": ("Published {d} · Updated {u}", "Correction, {c}: An earlier version of this article misstated a figure "
                                          "in the third paragraph."),
    "fr": ("Publié le {d} · Mis à jour le {u}", "Rectificatif, {c} : une version précédente de cet article "
                                                "comportait une erreur de chiffre."),
    "de": ("Veröffentlicht am {d} · Aktualisiert am {u}", "Korrektur, {c}: In einer früheren Fassung dieses Artikels "
                                                         "stand eine falsche Zahl."),
    "es": ("Publicado el {d} · Actualizado el {u}", "Corrección, {c}: una versión anterior de este artículo "
                                                    "contenía una cifra errónea."),
    "it": ("Pubblicato il {d} · Aggiornato il {u}", "Rettifica, {c}: una versione precedente di questo articolo "
                                                    "riportava un dato errato."),
    "pt": ("Publicado a {d} · Atualizado a {u}", "Correção, {c}: uma versão anterior deste artigo continha um número "
                                                 "errado."),
}


# A site's article that was corrected: the masthead, the headline, the byline, one line `Published 3 March 2026 ·
# Updated 5 March 2026` (the original date first), the text, and the correction note with its own later day at the
# foot. Undated pieces carry neither line nor note. The update and correction days are not the date.
def desk_s36_10(a, desk, rng):
    stamps, note = CORRECTED[desk]
    src = src_of(a, rng)
    parts = [src, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    fix = after(a["date"], rng, 1, 5) if a["date"] else None
    parts += [stamps.format(d=long_date(a["date"], desk), u=long_date(fix, desk))] if a["date"] else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", note.format(c=long_date(fix, desk))] if a["date"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


COMMENT = {  # the box's label, its text
    "en": ("COMMENT", "It is time for a decision. Nobody is served by another year of hesitation."),
    "fr": ("COMMENTAIRE", "Il est temps de trancher. Une année d'hésitation de plus ne servirait personne."),
    "de": ("KOMMENTAR", "Es ist Zeit für eine Entscheidung. Ein weiteres Jahr des Zögerns hilft niemandem."),
    "es": ("COMENTARIO", "Es hora de decidir. Otro año de dudas no beneficia a nadie."),
    "it": ("COMMENTO", "È il momento di decidere. Un altro anno di esitazioni non serve a nessuno."),
    "pt": ("COMENTÁRIO", "É tempo de decidir. Mais um ano de hesitação não serve ninguém."),
}


# A print page cut with the comment box beside the story: `Publication · date · Page 4`, the story's headline, byline
# and text, then the box (its label, its own headline, its author `By P` and its few sentences). The box's headline and
# author are not the story's.
def desk_s36_13(a, desk, rng):
    label, text = COMMENT[desk]
    src = src_of(a, rng)
    parts = [sep_join(" · ", src, dated(a, desk), f"{PAGE[desk]} {rng.randrange(2, 20)}"), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", wrap(a["body"], 64), "", "+" + "-" * 40 + "+", label, other_titles(desk, rng, 1)[0],
              byline([colleague(a, rng)], desk, rng), textwrap.fill(text, 40), "+" + "-" * 40 + "+"]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CREW = {  # programme, report, camera, editing
    "en": ("Evening News", "Report", "Camera", "Editing"), "fr": ("Le 20 heures", "Reportage", "Image", "Montage"),
    "de": ("Abendschau", "Bericht", "Kamera", "Schnitt"), "es": ("Telediario", "Información", "Cámara", "Edición"),
    "it": ("Telegiornale", "Servizio", "Riprese", "Montaggio"), "pt": ("Jornal da Noite", "Reportagem", "Imagem",
                                                                      "Montagem"),
}


# A TV news item's web text with its crew credits: `Publication | Programme, weekday date, 19:30`, the headline, the
# text, then one line `Report: A | Camera: P | Editing: Q` (the camera operator and editor alone when unsigned). The
# crew other than the reporter are not authors; the broadcast day is the date.
def desk_s36_17(a, desk, rng):
    programme, report, camera, editing = CREW[desk]
    src = src_of(a, rng)
    p, q = others(a, rng, 2)
    head = f"{src} | {programme}" + (f", {long_date(a['date'], desk, weekday=True)}, {clock(rng)}" if a["date"]
                                     else "")
    crew = sep_join(" | ", a["authors"] and f"{report}: {joined(a['authors'], desk)}", f"{camera}: {p}",
                    f"{editing}: {q}")
    parts = [head, "", a["title"], "", "\n\n".join(a["body"]), "", crew]
    return "\n".join(parts) + "\n", e_with(a, source=src)


CONTENTS = {"en": "IN THIS ISSUE", "fr": "DANS CE NUMÉRO", "de": "IN DIESER AUSGABE", "es": "EN ESTE NÚMERO",
            "it": "IN QUESTO NUMERO", "pt": "NESTA EDIÇÃO"}


# A magazine's contents page copied with the article behind it: `IN THIS ISSUE`, four headlines with their pages
# (the article's among three others), a form feed, then the article's page: `34 | Publication | date`, the headline,
# the byline, the text. The other headlines are not the title.
def desk_s36_21(a, desk, rng):
    src = src_of(a, rng)
    pages = sorted(rng.sample(range(4, 90), 4))
    titles = other_titles(desk, rng, 3)
    mine = rng.randrange(4)
    titles.insert(mine, a["title"])
    parts = [CONTENTS[desk], ""] + [f"{n:>3}  {t}" for n, t in zip(pages, titles)]
    parts += ["\f" + sep_join(" | ", str(pages[mine]), src, dated(a, desk, numeric_date)), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    return "\n".join(parts) + "\n", e_with(a, source=src)


def later_year(rng):
    """A year for an undated piece's issue line (a year alone is no date)."""
    return str(rng.randrange(2019, 2026))


ISSUE = {  # the issue line, `Published on`
    "en": ("{s} Magazine · No. {n}/{y}", "Published on {d}"), "fr": ("{s} Magazine · n° {n}/{y}", "Paru le {d}"),
    "de": ("{s} Magazin · Nr. {n}/{y}", "Erschienen am {d}"), "es": ("{s} Magazine · n.º {n}/{y}", "Publicado el {d}"),
    "it": ("{s} Magazine · n. {n}/{y}", "Uscito il {d}"), "pt": ("{s} Magazine · n.º {n}/{y}", "Publicado a {d}"),
}


# A Sunday magazine's piece: the issue line `Publication Magazin · Nr. 10/2026` (an issue number over the year, which
# reads like a month), the headline, the byline, the text, and `Erschienen am 7. März 2026` at the foot (when dated).
# The issue number is no date.
def desk_s36_24(a, desk, rng):
    line, published = ISSUE[desk]
    src = src_of(a, rng)
    year = (a["date"] or later_year(rng))[:4]
    parts = [line.format(s=src, n=rng.randrange(1, 13), y=year), "", a["title"]]
    parts += [byline(a["authors"], desk, rng)] if a["authors"] else []
    parts += ["", "\n\n".join(a["body"])]
    parts += ["", published.format(d=long_date(a["date"], desk))] if a["date"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


def two_digit(iso, desk):
    """A typist's short date with a two-digit year (`3/4/26` month first on the English desk, `3.4.26`, `3/4/26`)."""
    d = datetime.date.fromisoformat(iso)
    return f"{d.month}/{d.day}/{d.year % 100:02d}" if desk == "en" else \
        f"{d.day}.{d.month}.{d.year % 100:02d}" if desk == "de" else f"{d.day}/{d.month}/{d.year % 100:02d}"


# A typed clipping note (tabs): the headline, then the reference in parentheses on the next line (`(Publication,
# 3/4/26, p. 5)`: the date in the typist's short form with a two-digit year), the paragraphs indented by a tab, the
# author's name alone on the last line. The page is no date.
def desk_s36_26(a, desk, rng):
    src = src_of(a, rng)
    ref = sep_join(", ", src, a["date"] and two_digit(a["date"], desk), f"{PAGE_ABBR[desk]} {rng.randrange(2, 40)}")
    parts = [a["title"], f"({ref})", ""] + ["\t" + p for p in a["body"]]
    parts += ["", joined(a["authors"], desk)] if a["authors"] else []
    return "\n".join(parts) + "\n", e_with(a, source=src)


PRINT_NOTE = {  # dated, undated
    "en": ("A version of this article appears in print on {d}, Page {p} of the {c} edition with the headline: {t}.",
           "A version of this article appears in print on Page {p} of the {c} edition with the headline: {t}."),
    "fr": ("Cet article est paru dans l'édition du {d} ({c}, page {p}) sous le titre : « {t} ».",
           "Cet article est paru dans l'édition imprimée ({c}, page {p}) sous le titre : « {t} »."),
    "de": ("Dieser Artikel erschien in der Ausgabe vom {d} ({c}, Seite {p}) unter der Überschrift „{t}“.",
           "Dieser Artikel erschien in der gedruckten Ausgabe ({c}, Seite {p}) unter der Überschrift „{t}“."),
    "es": ("Este artículo se publicó en la edición impresa del {d} ({c}, página {p}) con el título «{t}».",
           "Este artículo se publicó en la edición impresa ({c}, página {p}) con el título «{t}»."),
    "it": ("Questo articolo è uscito nell'edizione cartacea del {d} ({c}, pagina {p}) con il titolo «{t}».",
           "Questo articolo è uscito nell'edizione cartacea ({c}, pagina {p}) con il titolo «{t}»."),
    "pt": ("Este artigo foi publicado na edição impressa de {d} ({c}, página {p}) com o título «{t}».",
           "Este artigo foi publicado na edição impressa ({c}, página {p}) com o título «{t}»."),
}


# A site's article with the print-edition note at its foot: the masthead, the headline, the byline, the web date,
# the text, then `A version of this article appears in print on <the next day>, Page 12 of the London edition with the
# headline: <another headline>.` The print day and print headline are not the web article's date and title.
def desk_s36_27(a, desk, rng):
    dated_note, undated_note = PRINT_NOTE[desk]
    src = src_of(a, rng)
    parts = [src, "", a["title"]] + ([byline(a["authors"], desk, rng)] if a["authors"] else [])
    parts += [long_date(a["date"], desk)] if a["date"] else []
    p, c, t = rng.randrange(2, 30), CITY[desk], other_titles(desk, rng, 1)[0]
    note = dated_note.format(d=long_date(after(a["date"], rng, 1, 1), desk), p=p, c=c, t=t) if a["date"] else \
        undated_note.format(p=p, c=c, t=t)
    parts += ["", "\n\n".join(a["body"]), "", note]
    return "\n".join(parts) + "\n", e_with(a, source=src)


BLIND_S36 = {name for name in dict(globals()) if name.startswith("desk_s36_")}
LAYOUTS.update({name: globals()[name] for name in BLIND_S36})

# The stop-36 fourteenth batch, all twenty-six; text_eval.py scores its development and its held-out members in blocks
# of their own. The held-out members are those whose names hash to held-out (text_eval.held_out).
assert len(BLIND_S36) == 26 and sum(
    int(hashlib.sha1(f"held-out:{name}".encode()).hexdigest(), 16) % 3 == 0 for name in BLIND_S36) == 10
