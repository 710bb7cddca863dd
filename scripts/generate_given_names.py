#!/usr/bin/env python3
"""Generates Sources/TextLayouts/GivenNames+Data.swift: people's given names, folded as the
parser folds words (lower case, no accents), that the text reader uses to tell a person's name
from a title or an organisation's name where nothing else tells (a bare line of names, a name
beside a date, a post's author above the title).

Sources:
- the 1990 US Census first-name lists (public domain, a work of the US Government), as shipped
  in the `names` package on PyPI (version 0.3.0, MIT; only its data files are read);
- the first-name lists of the Faker package's person providers (version 40.63.0, MIT) for the
  desk languages' countries (FAKER_LOCALES below: Germany, Austria, Switzerland, France, Belgium,
  Spain, Latin America, Italy, Portugal, Brazil, the British Isles), read from its wheel, without
  the names that are also a lower-case word in Debian's word lists of the desk languages;
- COMMON below: given names common in the desk languages' countries (France, Belgium,
  Switzerland, West Africa, Germany, Austria, Spain, Latin America, Italy, Portugal, Brazil),
  written for presswatch.
Words that are function words or news-copy words in a desk language (the stop-word lists of
Sources/ArticleEnrichment/Stopwords+Data.swift: `will`, `may`, `june`, …), the common words and
places of NOT_NAMES below (`Vancouver Sun`, `Daily Star`, `Young Europeans`) and names of two
letters or fewer are left out: they are too often something else.

Usage: python3 scripts/generate_given_names.py [path/to/names-0.3.0.tar.gz path/to/faker-40.63.0-py3-none-any.whl]
Without arguments it runs `pip download --no-deps` for both (the sources of `names`, Faker's
wheel) into a temporary folder.
"""
import glob, os, re, subprocess, sys, tarfile, tempfile, unicodedata

VERSION = "0.3.0"
FAKER_VERSION = "40.63.0"
FAKER_LOCALES = """de_DE de_AT de_CH de_LI de_LU fr_FR fr_BE fr_CH fr_CA es es_ES es_AR es_CL es_CO es_MX it_IT pt_PT
 pt_BR en_GB en_IE""".split()
# Debian's word lists (packages wamerican wbritish wngerman wfrench wspanish witalian wportuguese): a name
# from Faker that is also a lower-case word of a desk language (`press`, `media`, `ernst`, `stone`) is left out.
DICTIONARIES = """american-english british-english ngerman french spanish italian portuguese""".split()
ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT = os.path.join(ROOT, "Sources", "TextLayouts", "GivenNames+Data.swift")
STOPWORDS = os.path.join(ROOT, "Sources", "ArticleEnrichment", "Stopwords+Data.swift")
COMMON = """
fr: Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Eric Laurent Frédéric
 Thierry Stéphane Olivier Sébastien Julien Guillaume Mathieu Antoine Benoît Jérôme François Arnaud Cédric
 Yves Hervé Didier Gilles Thibault Baptiste Clément Maxime Romain Quentin Hugo Théo Lucas Louis Gabriel Raphaël
 Marie Nathalie Isabelle Sylvie Catherine Valérie Sandrine Sophie Céline Stéphanie Véronique Christine
 Aurélie Émilie Camille Chloé Léa Manon Pauline Mathilde Clémence Margaux Agnès Hélène Élisabeth Anne Françoise
 Monique Brigitte Delphine Géraldine Virginie Laure Claire Juliette Amélie Ségolène Solène Anaïs Élodie Lucie
 Mamadou Moussa Amadou Ousmane Ibrahima Abdoulaye Cheikh Souleymane Boubacar Aminata Fatou Awa Mariama Adama
 Mohamed Mohammed Ahmed Karim Rachid Mehdi Yacine Nadia Samira Leïla Fatima Kofi Kwame Koffi Yao Aya Adjoa
de: Hans Klaus Jürgen Wolfgang Helmut Dieter Uwe Jörg Jens Stefan Michael Thomas Andreas Markus Matthias Tobias
 Florian Sebastian Maximilian Moritz Lukas Jonas Felix Niklas Leon Finn Paul Ben Johannes Tim Jan Kai Lars Sven
 Torsten Rainer Reinhard Gerhard Günter Horst Manfred Karl Heinz Werner Ulrich Frank Ralf Bernd Volker Holger
 Ursula Ingrid Helga Renate Monika Gabriele Petra Sabine Claudia Susanne Andrea Birgit Anja Katrin Kerstin
 Simone Nicole Stefanie Julia Lena Laura Lea Hannah Anna Sophie Marie Johanna Katharina Franziska Theresa
 Annalena Jana Mareike Wiebke Heike Silke Ute Gudrun Brigitte Jutta Dörte Anke Britta
es: José Antonio Manuel Francisco Juan David Javier Jesús Carlos Miguel Rafael Pedro Ángel Alejandro Fernando
 Pablo Sergio Jorge Alberto Luis Álvaro Diego Adrián Raúl Enrique Ramón Vicente Ignacio Rubén Íñigo Iñaki
 Gonzalo Santiago Mateo Hugo Martín Jaime Andrés Emilio Joaquín Xavier Jordi Oriol Pau Marc
 María Carmen Josefa Isabel Dolores Pilar Teresa Rosa Ana Cristina Marta Lucía Laura Elena Sara Paula Raquel
 Beatriz Nuria Silvia Julia Irene Alba Noelia Sonia Rocío Inmaculada Montserrat Mercedes Concepción Begoña
 Ainhoa Itziar Leire Nerea Lorena Patricia Alicia Claudia Valeria Ximena Guadalupe Marisol Mireia Núria
it: Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico
 Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Stefano Alessandro Andrea Marco Matteo Lorenzo
 Davide Simone Federico Riccardo Gabriele Leonardo Tommaso Edoardo Emanuele Fabio Massimo Maurizio Claudio
 Enrico Gianluca Gianni Giancarlo Pierluigi Vittorio Umberto Raffaele Nicola Daniele Filippo Jacopo
 Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara Giulia Sofia
 Alessia Martina Giorgia Valentina Federica Elisa Silvia Sara Paola Roberta Simona Laura Ilaria Elena
 Beatrice Eleonora Arianna Serena Veronica Cristina Daniela Barbara Monica Stefania Antonella Rossella
pt: João José António Manuel Francisco Joaquim Rui Nuno Paulo Pedro Luís Carlos Jorge Miguel Ricardo Tiago
 Diogo Gonçalo Duarte Rodrigo Afonso Tomás Martim Bernardo Vasco Henrique Fernando Sérgio Vítor Hugo Bruno
 Filipe André Fábio Marcelo Leandro Thiago Gustavo Rafael Felipe Matheus Guilherme Vinícius Eduardo
 Maria Ana Margarida Beatriz Mariana Inês Leonor Matilde Carolina Francisca Rita Sofia Catarina Joana Sara
 Teresa Isabel Helena Filipa Cláudia Sónia Patrícia Susana Raquel Marta Vera Alexandra Fernanda Luísa
 Conceição Graça Fátima Lúcia Adriana Gabriela Juliana Larissa Camila Letícia Amanda Bárbara
en: Oliver Harry George Jack Charlie Jacob Thomas Oscar William James Alfie Henry Archie Freddie Theo Rory Callum
 Hamish Declan Ciaran Niall Siobhan Aoife Niamh Saoirse Sinead Olivia Amelia Isla Ava Emily Poppy Isabella
 Jessica Lily Sophie Grace Evie Imogen Harriet Phoebe Hannah Charlotte Eleanor Fiona Morag Kirsty Ruth
"""
NOT_NAMES = """sun star king young long major royal golden rich summer winter spring chance page lane sunny china
india paris america asia love gay german prince queen christian washington brooklyn"""


def fold(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stopwords():
    text = open(STOPWORDS, encoding="utf-8").read()
    words = set()
    for block in re.findall(r'"""\n(.*?)"""', text, re.S):
        words.update(block.split())
    return words


def dictionary_words():
    """The lower-case words of DICTIONARIES, folded; fails when one is missing (install the packages above)."""
    words = set()
    for name in DICTIONARIES:
        for line in open(os.path.join("/usr/share/dict", name), encoding="utf-8", errors="replace"):
            word = line.strip()
            if word and word[0].islower():
                words.add(fold(word))
    return words


def faker_names(wheel):
    """The folded first names of Faker's person providers for FAKER_LOCALES (its wheel is pure Python)."""
    sys.path.insert(0, wheel)
    import importlib
    names = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attribute, None)
            if not isinstance(listed, (list, tuple, dict)):
                continue  # absent, or computed from the other two (a property)
            names.update(fold(name) for name in listed)
    return names


def main():
    archive = sys.argv[1] if len(sys.argv) > 1 else None
    wheel = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                            f"faker=={FAKER_VERSION}", "-d", tmp], check=True)
            wheel = glob.glob(os.path.join(tmp, "faker-*.whl"))[0]
        faker = faker_names(wheel) - dictionary_words()
        if archive is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                            f"names=={VERSION}", "-d", tmp], check=True)
            archive = glob.glob(os.path.join(tmp, "names-*.tar.gz"))[0]
        census = set()
        with tarfile.open(archive) as tar:
            for kind in ("male", "female"):
                member = next(m for m in tar.getmembers() if m.name.endswith(f"names/dist.{kind}.first"))
                for line in tar.extractfile(member).read().decode("ascii").splitlines():
                    if line.split():
                        census.add(fold(line.split()[0]))
    common = {fold(w) for line in COMMON.strip().splitlines() for w in line.split(":")[-1].split()}
    names = sorted(n for n in (census | faker | common) - stopwords() - set(NOT_NAMES.split())
                   if len(n) > 2 and n.replace("-", "").isalpha())
    lines, line = [], ""
    for name in names:
        if len(line) + len(name) > 100:
            lines.append(line.rstrip())
            line = ""
        line += name + " "
    lines.append(line.rstrip())
    out = [f"// GENERATED by scripts/generate_given_names.py from the 1990 US Census first-name lists",
           f"// (public domain; as shipped in the `names` {VERSION} package on PyPI), the first names of",
           f"// Faker {FAKER_VERSION}'s person providers for the desk languages' countries (MIT) and the",
           "// script's own list of names common in those countries. Do not edit.", "",
           "extension GivenNames {",
           "    /// Folded given names separated by spaces and line breaks.",
           '    static let data = """']
    out += lines
    out += ['"""', "}", ""]
    open(OUT, "w", encoding="utf-8").write("\n".join(out))
    print(f"wrote {OUT}: {len(names)} names ({len(census)} from the census, {len(faker)} from Faker, {len(common)} common ones)")


if __name__ == "__main__":
    main()
