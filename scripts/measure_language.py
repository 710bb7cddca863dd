#!/usr/bin/env python3
"""Measures language identification on real text nobody here wrote: translated manual pages.

Debian's manpages-fr, manpages-de, manpages-es, manpages-it, manpages-pt-br (manpages-l10n) and
the English originals are rendered with `man`, cut into paragraphs of at least 20 words that are
mostly letters (option tables and code are skipped), and each paragraph is parsed by
`presswatch parse` as a small article ("Titre" + the paragraph). The figure is the share whose
`language` is the package's language. Translated pages can keep untranslated English
paragraphs: for the other languages, a paragraph whose words are 6% or more English function
words (the, and, of, is, are, with, to, for, this, that) is taken as untranslated and skipped
(the count is printed), so the label does not come from the classifier under test.

Usage: apt-get install manpages manpages-fr manpages-de manpages-es manpages-it manpages-pt-br
       swift build && python3 scripts/measure_language.py [--binary .build/debug/presswatch] [--per-language 300]
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile
from collections import Counter

DIRS = {"en": "/usr/share/man", "fr": "/usr/share/man/fr", "de": "/usr/share/man/de",
        "es": "/usr/share/man/es", "it": "/usr/share/man/it", "pt": "/usr/share/man/pt_BR"}


ENGLISH = {"the", "and", "of", "is", "are", "with", "to", "for", "this", "that"}
SKIPPED = Counter()


def untranslated(language, words):
    if language == "en":
        return False
    return sum(w.lower() in ENGLISH for w in words) >= 0.06 * len(words)


def paragraphs(language, limit):
    pages = sorted(p for s in ("man1", "man5", "man8") for p in glob.glob(f"{DIRS[language]}/{s}/*.gz"))
    found = []
    for page in pages:
        if len(found) >= limit:
            break
        env = dict(os.environ, MANWIDTH="10000", LANG="C.UTF-8")
        out = subprocess.run(["man", "-l", page], capture_output=True, text=True, env=env).stdout
        out = re.sub(r".\x08", "", out)
        for block in re.split(r"\n\s*\n", out):
            text = " ".join(block.split())
            words = text.split()
            letters = sum(c.isalpha() for c in text)
            if len(words) >= 20 and letters >= 0.75 * len(text.replace(" ", "")):
                if untranslated(language, words):
                    SKIPPED[language] += 1
                    continue
                found.append(text)
                if len(found) >= limit:
                    break
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/presswatch")
    parser.add_argument("--per-language", type=int, default=300)
    args = parser.parse_args()
    total_ok = total = 0
    print(f"{'lang':<5}{'paragraphs':>11}{'correct':>9}{'accuracy':>10}  wrong answers")
    for language in DIRS:
        texts = paragraphs(language, args.per_language)
        with tempfile.TemporaryDirectory() as tmp:
            files = []
            for i, text in enumerate(texts):
                path = os.path.join(tmp, f"{i:05d}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("Titre\n\n" + text + "\n")
                files.append(path)
            out = subprocess.run([args.binary, "parse", *files], capture_output=True, text=True).stdout
        answers = [json.loads(line).get("language") for line in out.splitlines() if line.strip()]
        ok = sum(a == language for a in answers)
        wrong = Counter(str(a) for a in answers if a != language)
        total_ok += ok
        total += len(answers)
        print(f"{language:<5}{len(answers):>11}{ok:>9}{ok / max(1, len(answers)):>10.1%}  {dict(wrong.most_common(4))}; skipped as English: {SKIPPED[language]}")
    print(f"{'all':<5}{total:>11}{total_ok:>9}{total_ok / max(1, total):>10.1%}")


if __name__ == "__main__":
    sys.exit(main())
