#!/usr/bin/env python3
"""Finishes the man pages that swift-argument-parser's generate-manual wrote (`make generated`).

Usage: man_sections.py MANDIR SECTIONS.mdoc VERSION

- Names the subcommand pages the way Debian names them, presswatch-run.1 rather than
  presswatch.run.1 (file, .Dt title and .Xr cross-references), and drops the page of the
  built-in `help` subcommand.
- A subcommand page's NAME is its file's name (presswatch-run), its SYNOPSIS the command as
  typed (presswatch run).
- Each subcommand page gets a SEE ALSO section naming presswatch(1).
- Into presswatch.1 it puts the operator sections of SECTIONS.mdoc (ENVIRONMENT, FILES, SIGNALS,
  EXIT STATUS, EXAMPLES) in place of the generic EXIT STATUS generate-manual writes, before SEE
  ALSO; "VERSION" in them becomes the version, and .Os names presswatch and the version.
Fails (exit 1, naming the file) if a page or a section it expects is not there, so a change
in generate-manual's output cannot silently ship a page without them.
"""
import os, re, sys


def fail(message):
    sys.exit(f"man_sections.py: {message}")


def main():
    if len(sys.argv) != 4:
        fail("usage: man_sections.py MANDIR SECTIONS.mdoc VERSION")
    mandir, sections_file, version = sys.argv[1:]
    pages = sorted(f for f in os.listdir(mandir) if f.endswith(".1"))
    if "presswatch.1" not in pages:
        fail(f"no presswatch.1 in {mandir} (found: {pages})")
    renames = {p[: -len(".1")]: p[: -len(".1")].replace(".", "-") for p in pages}
    for page in pages:
        path = os.path.join(mandir, page)
        name = page[: -len(".1")]
        if name == "presswatch.help":
            os.remove(path)
            continue
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"^\.Dt (\S+)", lambda m: ".Dt " + m.group(1).replace(".", "-"), text, count=1, flags=re.M)
        text = re.sub(r"^\.Xr (\S+)", lambda m: ".Xr " + renames.get(m.group(1), m.group(1)), text, flags=re.M)
        text = re.sub(r"^\.Xr presswatch-help 1 ?,?\n", "", text, flags=re.M)
        text = re.sub(r"^\.Os.*$", f".Os presswatch {version}", text, count=1, flags=re.M)
        if name == "presswatch":
            text = add_sections(text, sections_file, version)
        else:
            text = see_main_page(name_as_file(text, renames[name]))
        os.remove(path)
        with open(os.path.join(mandir, renames[name] + ".1"), "w", encoding="utf-8") as out:
            out.write(text)


def name_as_file(text, name):
    """NAME says `presswatch-run`, as the file is named (what whatis and lexgrog read), and the
    SYNOPSIS keeps the command as it is typed, `presswatch run`."""
    head = re.search(r'^\.Sh "?NAME"?\n\.Nm (.+)\n', text, flags=re.M)
    synopsis = re.search(r'^\.Sh "?SYNOPSIS"?\n\.Nm\n', text, flags=re.M)
    if not head or not synopsis:
        fail(f"the page of {name} from generate-manual has no NAME or SYNOPSIS .Nm line")
    typed = head.group(1)
    text = text[: synopsis.end() - len(".Nm\n")] + f".Nm {typed}\n" + text[synopsis.end():]
    return text[: head.start(1)] + name + text[head.end(1):]


def see_main_page(text):
    """A subcommand's page points back at presswatch(1), where FILES, SIGNALS... are."""
    authors = re.search(r'^\.Sh "?AUTHORS"?\n', text, flags=re.M)
    if not authors:
        fail("a subcommand page from generate-manual has no AUTHORS section")
    return text[: authors.start()] + ".Sh SEE ALSO\n.Xr presswatch 1\n" + text[authors.start():]


def add_sections(text, sections_file, version):
    extra = "".join(l for l in open(sections_file, encoding="utf-8") if not l.startswith('.\\"'))
    for section in ("ENVIRONMENT", "FILES", "SIGNALS", "EXIT STATUS", "EXAMPLES"):
        if f".Sh {section}\n" not in extra:
            fail(f"{sections_file} has no .Sh {section}")
    extra = extra.replace("VERSION", version)
    exit_status = re.search(r'^\.Sh "?EXIT STATUS"?\n(?:(?!\.Sh ).*\n)*', text, flags=re.M)
    if not exit_status:
        fail("presswatch.1 from generate-manual has no EXIT STATUS section to replace")
    text = text[: exit_status.start()] + text[exit_status.end():]
    see_also = re.search(r'^\.Sh "?SEE ALSO"?\n', text, flags=re.M)
    if not see_also:
        fail("presswatch.1 from generate-manual has no SEE ALSO section")
    return text[: see_also.start()] + extra + text[see_also.start():]


main()
