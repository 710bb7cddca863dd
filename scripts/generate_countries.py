#!/usr/bin/env python3
"""Generates Sources/ArticleEnrichment/CountryNames+Data.swift from Debian's iso-codes package.

Source of truth: /usr/share/iso-codes/json/iso_3166-1.json (ISO 3166-1 alpha-2 codes with their
English `name`, `common_name`, `official_name`) and the gettext translations of those strings in
/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo (`apt-get install iso-codes`).

For each language (fr, en, de, es, pt, it) and each country it writes one line
`CODE<TAB>display name<TAB>alias<TAB>alias...`:
- display name: the translated common name if there is one, else the translated short name with
  any inverted part dropped (`Iran, République islamique d'` -> `Iran`);
- `=Name` in EXTRA replaces the display name (`Turquie`, not the untranslated `Türkiye`);
- aliases: short, common and official names, and the part of an inverted name before its comma
  when no other country shares it (`Congo, La République démocratique du` -> `Congo` is shared
  with CG, so it is not an alias of CD); plus the few everyday forms in EXTRA below, which
  iso-codes does not carry (`Russia`, `USA`, `RDC`...).
Names that are also everyday words in that language (AMBIGUOUS) are left out.

Run: python3 scripts/generate_countries.py  (rewrites the Swift file; commit both).
"""
import gettext, json, os, sys

LANGS = ["fr", "en", "de", "es", "pt", "it"]
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "ArticleEnrichment", "CountryNames+Data.swift")

EXTRA = {
    "en": {"RU": ["=Russia"], "US": ["USA", "U.S.", "America"], "GB": ["UK", "Britain", "Great Britain"],
           "CD": ["DRC", "DR Congo", "Democratic Republic of Congo"], "CI": ["Ivory Coast"],
           "CZ": ["Czech Republic"], "NL": ["Holland"], "AE": ["UAE"], "KR": ["South Korea"],
           "KP": ["North Korea"], "TR": ["Turkey"], "VA": ["Vatican"]},
    "fr": {"US": ["USA", "Amérique"], "GB": ["Grande-Bretagne", "Angleterre"], "CD": ["RDC", "RD Congo"],
           "KR": ["Corée du Sud"], "KP": ["Corée du Nord"], "AE": ["Émirats arabes unis", "EAU"],
           "RU": ["Russie"], "CZ": ["République tchèque"], "VA": ["Vatican"], "TR": ["=Turquie"]},
    "de": {"US": ["USA", "Amerika"], "GB": ["Großbritannien", "England"], "CD": ["Demokratische Republik Kongo"],
           "KR": ["Südkorea"], "KP": ["Nordkorea"], "RU": ["Russland"], "VA": ["Vatikan"]},
    "es": {"US": ["EE. UU.", "EEUU", "Estados Unidos"], "GB": ["Gran Bretaña", "Inglaterra"], "CD": ["RDC"],
           "KR": ["Corea del Sur"], "KP": ["Corea del Norte"], "RU": ["Rusia"], "TR": ["=Turquía"]},
    "pt": {"US": ["EUA", "Estados Unidos"], "GB": ["Grã-Bretanha", "Inglaterra"], "CD": ["RDC"],
           "KR": ["Coreia do Sul"], "KP": ["Coreia do Norte"], "RU": ["Rússia"], "TR": ["Turquia"]},
    "it": {"US": ["USA", "Stati Uniti"], "GB": ["Gran Bretagna", "Inghilterra"], "CD": ["RDC"],
           "KR": ["Corea del Sud"], "KP": ["Corea del Nord"], "RU": ["Russia"], "TR": ["=Turchia"]},
}
# Country names that are also frequent capitalised words or first names in that language.
AMBIGUOUS = {
    "en": {"Chad", "Jersey", "Georgia", "Jordan", "Man", "Niue"},
    "fr": {"Maurice", "Jersey", "Géorgie", "Man"},
    "de": {"Island", "Jersey", "Georgien", "Man"},
    "es": {"Jersey", "Georgia", "Man"},
    "pt": {"Jersey", "Geórgia", "Man"},
    "it": {"Jersey", "Georgia", "Man"},
}


def main():
    countries = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    lines = []
    for lang in LANGS:
        if lang == "en":
            tr = lambda s: s
        else:
            mo = f"/usr/share/locale/{lang}/LC_MESSAGES/iso_3166-1.mo"
            tr = gettext.GNUTranslations(open(mo, "rb")).gettext
        heads = {}
        for c in countries:
            short = tr(c["name"])
            if ", " in short:
                heads.setdefault(short.split(", ")[0], set()).add(c["alpha_2"])
        rows = []
        for c in sorted(countries, key=lambda c: c["alpha_2"]):
            code = c["alpha_2"]
            short = tr(c["name"])
            common = tr(c["common_name"]) if "common_name" in c else None
            head = short.split(", ")[0] if ", " in short else None
            inverted = None
            if head:
                inverted = short.split(", ", 1)[1] + " " + head
                for article in ("The ", "La ", "Le ", "Die ", "El ", "A ", "O ", "Il "):
                    if inverted.startswith(article):
                        inverted = inverted[len(article):]
            unique_head = head if head and heads[head] == {code} else None
            display = common or unique_head or inverted or short
            names = [display, short, inverted] + ([tr(c["official_name"])] if "official_name" in c else [])
            if unique_head:
                names.append(unique_head)
            extra = EXTRA.get(lang, {}).get(code, [])
            for n in extra:
                if n.startswith("="):  # `=Name`: the everyday name is also the display name
                    display = n[1:]
            names = [display] + names + [n.lstrip("=") for n in extra]
            seen, aliases = set(), []
            for n in names:
                if n and n not in seen and ", " not in n and n not in AMBIGUOUS[lang]:
                    seen.add(n)
                    aliases.append(n)
            if aliases:
                rows.append("\t".join([code, display] + aliases))
        # An alias two countries share (`Congo`) names neither.
        owners = {}
        for row in rows:
            for alias in set(row.split("\t")[2:]):
                owners.setdefault(alias, set()).add(row.split("\t")[0])
        def keep(row):
            code, display, *aliases = row.split("\t")
            aliases = [a for a in aliases if len(owners[a]) == 1]
            if len(owners.get(display, ())) > 1 and aliases:
                display = aliases[0]
            return "\t".join([code, display] + aliases)
        rows = [keep(r) for r in rows]
        lines.append((lang, rows))

    out = ["// GENERATED by scripts/generate_countries.py from Debian iso-codes "
           f"({os.path.basename(ISO)} + iso_3166-1.mo). Do not edit.", "",
           "extension CountryNames {",
           "    /// Per language: `CODE<TAB>display<TAB>alias...` lines (see the generator).",
           "    static let data: [String: String] = ["]
    for lang, rows in lines:
        body = "\n".join(rows).replace("\\", "\\\\").replace('"""', '\\"""')
        out.append(f'        "{lang}": """\n{body}\n""",')
    out += ["    ]", "}", ""]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"wrote {OUT}: " + ", ".join(f"{l} {len(r)}" for l, r in lines))


if __name__ == "__main__":
    sys.exit(main())
