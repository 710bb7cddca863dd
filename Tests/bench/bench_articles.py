"""Varied seed-like articles for the benchmarks: lengths 1-20 KB, French (the seed's OSIRIS
layout: body, author, source line, site, title last) and English, German and Spanish wire copy
(title first). Every article has its own title, so its own id and story."""
import os

PARAGRAPHS = {
    "en": ["The government announced a new road programme on Monday, with works starting in the capital before the end of the year.",
           "Officials said the plan would be financed by the national budget and by loans from regional development banks.",
           "Business groups welcomed the announcement but asked for clearer timetables and for local firms to be involved."],
    "de": ["Die Regierung hat am Montag ein neues Straßenbauprogramm angekündigt, die Arbeiten sollen noch in diesem Jahr beginnen.",
           "Nach Angaben des Ministeriums wird der Plan aus dem Staatshaushalt und mit Krediten regionaler Entwicklungsbanken finanziert.",
           "Wirtschaftsverbände begrüßten die Ankündigung, forderten aber klarere Zeitpläne und eine Beteiligung lokaler Unternehmen."],
    "es": ["El gobierno anunció el lunes un nuevo programa de carreteras, cuyas obras comenzarán en la capital antes de fin de año.",
           "Según el ministerio, el plan se financiará con el presupuesto nacional y con préstamos de bancos regionales de desarrollo.",
           "Las asociaciones empresariales celebraron el anuncio, pero pidieron calendarios más claros y la participación de empresas locales."],
}
SOURCES = {"en": ("Reuters", "16 February 2026"), "de": ("dpa", "16. Februar 2026"), "es": ("EFE", "16 de febrero de 2026")}


def article(seed_lines, i, min_bytes=1000, max_bytes=20000):
    """The text of article `i`: language by i % 4, length spread over [min_bytes, max_bytes]."""
    target = min_bytes + (i * 7919) % (max_bytes - min_bytes + 1)
    language = ["fr", "en", "de", "es"][i % 4]
    if language == "fr":
        body, tail = seed_lines[:-4], seed_lines[-4:-1]
        extra = [f"Paragraphe de suivi numéro {i} : {line}" for line in body if line.strip()]
        paragraphs = [p for p in body if p.strip()]
        while sum(len(p) for p in paragraphs) < target:
            paragraphs.append(extra[len(paragraphs) % len(extra)])
        return "\n\n".join(paragraphs) + "\n" + "\n".join(tail) + f"\n{seed_lines[-1]} ({i})"
    source, day = SOURCES[language]
    paragraphs = [f"{PARAGRAPHS[language][0]} ({i})"]
    n = 0
    while sum(len(p) for p in paragraphs) < target:
        paragraphs.append(PARAGRAPHS[language][n % 3] + f" [{n}]")
        n += 1
    title = {"en": "Road programme number", "de": "Straßenbauprogramm Nummer", "es": "Programa de carreteras número"}[language]
    return f"{title} {i}\n\n" + "\n\n".join(paragraphs) + f"\n\n({'Source' if language != 'es' else 'Fuente'} : {source}, {day})\n"


def make_articles(seed_path, folder, start, count, **lengths):
    """Writes articles start..start+count-1 into `folder`; returns their paths in order."""
    seed_lines = open(seed_path, encoding="utf-8").read().split("\n")
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = os.path.join(folder, f"article-{i:06d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(article(seed_lines, i, **lengths))
        paths.append(path)
    return paths
