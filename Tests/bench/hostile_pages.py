#!/usr/bin/env python3
"""Worst cases for the HTML parser: pages built to be slow, just under the 10 MiB file limit.
Prints each page's wall time, peak RSS and verdict of one `presswatch parse` (asserts nothing).

Usage: Tests/bench/hostile_pages.py [--binary PATH] [--size BYTES] [--only SUBSTRING] [--timeout SECONDS]

The ingest loop parses one file at a time and must keep answering systemd's watchdog
(WatchdogSec=20s): these figures show how far from that the worst pages are.
"""
import argparse, os, resource, subprocess, tempfile, threading, time


def pages(size):
    def page(body, head=""):
        return "<html><head><title>T</title>" + head + "</head><body>" + body + "</body></html>"

    def fill(unit, room):
        return unit * (room // len(unit))

    room = size - 200
    yield "tiny paragraphs with digits", page(fill("<p>1 1 1 1 x</p>", room))
    yield "dated spans", page(fill("<span>12 mars 2019 zz</span>", room))
    yield "one text of ISO dates", page(fill("2019-01-01 ", room))
    yield "numbers and separators", page(fill("2019-01-0 12/13/201 ", room))
    yield "list items with dates", page("<ul>" + fill("<li>12 mai 2019</li>", room) + "</ul>")
    yield "abbr elements", page(fill('<abbr class="published">zz 1</abbr>', room))
    yield "date-named elements", page(fill('<span class="date">1.1.</span>', room))
    yield "time elements", page(fill('<time datetime="x">a</time>', room))
    yield "meta tags", page("<p>x</p>", fill('<meta name="date" content="zz">', room))
    yield "dated links", page(fill('<a href="/2019/05/06/x">x</a>', room))
    yield "unclosed embeds", page(fill("<embed src=v>", room))
    yield "places and amounts", page("<p>" + fill("Paris France Allemagne 820 millions $ ", room) + "</p>")
    yield "250 nested bylines", page('<span class="author">' * 250 + "x" * (room - 10_000) + "</span>" * 250)
    # Stop 28: a tag of a million distinct attributes kept libxml2's duplicate check busy for
    # hours (now rejected before libxml2 reads it); a 10 MiB JSON-LD array took 835 MiB (only
    # the first MiB of JSON-LD is read now).
    yield "a million attributes", page("<p " + " ".join(f"a{i}=1" for i in range(room // 9)) + ">x</p>")
    yield "JSON-LD array of articles", page("<p>x</p>", '<script type="application/ld+json">['
                                            + fill('{"@type":"NewsArticle","headline":"x"},', room - 60) + "{}]</script>")
    yield "JSON-LD nested arrays", page("<p>x</p>", '<script type="application/ld+json">'
                                        + "[" * (room // 2 - 40) + "]" * (room // 2 - 40) + "</script>")
    yield "unclosed paragraphs", page(fill("<p>y", room))
    yield "250 nested headings", page("<h1>" * 250 + "x" * (room - 10_000) + "</h1>" * 250)
    # Stop 40: a logo `<h1>` naming the site, then many more: each later one is looked for in the
    # `og:title` (`HTMLTitle.headline(among:titles:context:)`, Foundation's search copying the whole
    # `og:title` for each; 100 KB: 5.9 s, 250 KB: 31.9 s, 1 MiB more than 60 s), or in a `<title>` of
    # 4 KB (read up to `headlineLimit`: linear, but 4 KB copied per `<h1>`; 1 MiB: 8.1 s, 4 MiB: 33.1 s).
    # Fixed in stop 40: 64 headings and titles of 2 KiB at most are compared (10 MiB: 0.74 s and 1.27 s).
    yield "logo h1, many h1, long og:title", page("<h1>Reuters</h1>" + fill("<h1>aab</h1>", room // 2) + "<p>x</p>",
                                                  '<meta property="og:site_name" content="Reuters"><meta property="og:title" content="'
                                                  + "a" * (room // 2 - 100) + '">')
    yield "logo h1, many h1, 4 KB title", ("<html><head><title>" + "a" * 4000 + '</title><meta property="og:site_name" content="Reuters">'
                                           + "</head><body><h1>Reuters</h1>" + fill("<h1>aab</h1>", room - 4200) + "<p>x</p></body></html>")
    # Stop 40: Hangul syllables in one word, folded whole for the keywords (quadratic; 1 MiB: 2.0 s, 4 MiB: 26.6 s).
    yield "Hangul syllables in one word", page("<p>" + "\ud55c\uad6d\uc5b4" * (room // 9) + "</p>")
    # Stop 40: a long `og:title` of Greek words, folded whole (`HTMLTitle.isSiteName`, `HTMLMainText.paragraphs(title:)`:
    # Foundation's NFD, quadratic; 1 MiB: 6.9 s, 4 MiB: more than 60 s).
    yield "og:title of Greek words", page("<p>x</p>", '<meta property="og:title" content="' + "\u03ac " * (room // 3 - 100) + '">')
    # The same with a JSON-LD headline of Greek words (its first MiB read; `HTMLTitle.jsonLDDisagrees`, `isSiteName`:
    # 10.2 s at 10 MiB, the same from 1 MiB up). Fixed in stop 40: every title candidate is cut to 4 KiB and long
    # texts fold in pieces (10 MiB: Hangul 1.56 s, og:title 0.98 s, JSON-LD 0.26 s).
    yield "JSON-LD headline of Greek words", page("<p>x</p><p>" + fill("word ", room - min(room, 1 << 20)) + "</p>",
                                                  '<meta property="og:title" content="Other"><script type="application/ld+json">'
                                                  + '{"@type":"NewsArticle","headline":"' + "\u03ac " * (min(room, 1 << 20) // 3 - 300) + '"}</script>')
    # Stop 41, SUPERLINEAR at 7483be1: a tag of many distinct attribute names (under the crowded-tag
    # budget, which counts a name seen in the tag once) then one of them repeated: libxml2's HTML parser compares
    # each attribute with every one kept so far (htmlParseStartTag's xmlStrEqual), names × repeats
    # (20,000 names: 1 MiB 7.2 s, 4 MiB 30.0 s; 2,000 names: 1 MiB 0.99 s, 10 MiB 8.7 s).
    # Fixed in stop 41: a repeated name's bytes count against the budget (names × all name bytes): 20,000 names
    # rejected at 1 MiB (0.01 s) and 10 MiB (0.09 s; 49.9 s before); 2,000 names parsed at 1 MiB (0.66 s), rejected at
    # 10 MiB (0.08 s; 6.3 s before).
    def repeated_attribute(distinct):
        names = " ".join(f"a{i:05d}=1" for i in range(distinct))
        return page("<p " + names + fill(f" a{distinct - 1:05d}=1", room - len(names) - 400) + ">x</p>")
    yield "20,000 attributes, the last repeated", repeated_attribute(20_000)
    yield "2,000 attributes, the last repeated", repeated_attribute(2_000)
    # Stop 42, SUPERLINEAR at e85f107: a page URL (canonical, `og:url`) or a JSON-LD article's `url` ending in a run of `/`:
    # each `/` cut by Substring's dropLast(), which measures the rest each time (`HTMLJSONLD.comparableURL`, when the
    # JSON-LD holds two articles or more; 64 KiB more than 20 s, 1 MiB and 10 MiB more than 60 s). The JSON-LD is read up to
    # 1 MiB. Fixed in stop 42 (index(before:); 1 MiB / 10 MiB: canonical 0.33 / 2.35 s, og:url 0.26 / 2.37 s, JSON-LD 0.24 / 0.26 s).
    two_articles = '<script type="application/ld+json">[{"@type":"NewsArticle","headline":"x"},{"@type":"NewsArticle","headline":"y"}]</script>'
    yield "canonical URL of slashes, two articles", page("<p>x</p>", '<link rel="canonical" href="https://x.org/a' + fill("/", room - 400) + '">' + two_articles)
    yield "og:url of slashes, two articles", page("<p>x</p>", '<meta property="og:url" content="https://x.org/a' + fill("/", room - 400) + '">' + two_articles)
    yield "JSON-LD url of slashes", page("<p>x</p>", '<link rel="canonical" href="https://x.org/a"><script type="application/ld+json">'
                                         + '[{"@type":"NewsArticle","headline":"x","url":"https://x.org/a' + fill("/", min(room, 1 << 20) - 400)
                                         + '"},{"@type":"NewsArticle","headline":"y"}]</script>')
    # A page URL whose host or path is a run of flags (regional indicators): the part after `://` is a Substring from
    # Foundation's index, not known to start a Character, and each step in it rounds down by walking back, which over
    # flags counts the whole run (`HTMLTitle.host(of:)`, `HTMLJSONLD.comparableURL`; 64 KiB 5.7 s, 4.5 s and 1.5 s, 1 MiB and
    # 10 MiB more than 60 s). Fixed in stop 42 (a String of its own; 1 MiB / 10 MiB: 0.26 / 2.18 s, 0.32 / 2.72 s, 0.22 / 1.88 s).
    flags = "\U0001F1EB\U0001F1F7"
    yield "canonical URL host of flags", page("<p>x</p>", '<link rel="canonical" href="https://' + flags * ((room - 400) // 8) + '/a">')
    yield "og:url host of flags", page("<p>x</p>", '<meta property="og:url" content="https://' + flags * ((room - 400) // 8) + '/a">')
    yield "og:url path of flags", page("<p>x</p>", '<meta property="og:url" content="https://x.org/' + flags * ((room - 400) // 8) + '">')
    # Stop 41, linear at 7483be1 (under 1 s at 4 MiB): page structures no shape had reached yet.
    yield "256 attributes, the last repeated", repeated_attribute(256)
    yield "250 nested divs over paragraphs", page("<div>" * 250 + fill("<p>word word word</p>", room - 3000) + "</div>" * 250)
    yield "unclosed divs of paragraphs", page(fill("<div><p>a b c d e f g h</p>", room))
    yield "many articles", page(fill("<article><h2>T</h2><p>text of it</p></article>", room))
    yield "line breaks", page("<p>" + fill("a<br>", room) + "</p>")
    yield "navigation links", page("<nav>" + fill('<a href="/x">x</a>', room) + "</nav><p>x</p>")
    yield "comments between paragraphs", page(fill("<!-- c --><p>x</p>", room))
    yield "table cells", page("<table>" + fill("<tr><td>a</td><td>b</td></tr>", room) + "</table>")
    yield "byline spans", page(fill('<span class="byline">By Jane Doe</span>', room))
    yield "one long title", "<html><head><title>" + fill("word ", room) + "</title></head><body><p>x</p></body></html>"
    yield "script blocks", page(fill("<script>var a=1;</script>", room) + "<p>x</p>")
    yield "one long class attribute", page('<p class="' + fill("a ", room) + '">x</p>')
    yield "h2 headings", page(fill("<h2>a b</h2>", room))
    yield "entities", page("<p>" + fill("&amp;", room) + "</p>")
    yield "author meta tags", page("<p>x</p>", fill('<meta name="author" content="Jane Doe">', room))
    yield "date meta tags", page("<p>x</p>", fill('<meta property="article:published_time" content="2026-03-03">', room))
    yield "JSON-LD scripts", page("<p>x</p>", fill('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>', room))
    yield "paragraphs of words", page(fill("<p>A sentence of some words in it here.</p>", room))
    yield "unclosed bold", page("<p>" + fill("<b>a", room // 2) + "</p>")
    # Stop 43 (branch hostile-s43), SUPERLINEAR at ff8f687: a Word document saved as a page (`WordDocuments.boldParagraphs`,
    # its bold paragraphs naming the publication): Foundation's `range(of:)` copied the rest of the page at each `<b>` (bold
    # runs: 64 KiB 0.04 s, 1 MiB 3.92 s, 10 MiB more than 60 s), each of many `<b>` searched on to one far `</b>` (64 KiB
    # 7.97 s, 1 MiB and 10 MiB more than 60 s), and the walk back to the `>` before a `<b>` stepped over a run of flags
    # counting it at each step (64 KiB 2.66 s, 1 MiB and 10 MiB more than 60 s). Fixed in stop 43 (tags found on the
    # bytes, each `</b>` once for the `<b>` before it; 1 MiB / 10 MiB: 0.22 / 2.39 s, 0.13 / 1.32 s, 0.24 / 2.30 s).
    # A `<title>` and an `og:title` of CJK characters joined by hyphens (`HTMLTitle.beforeCJKHyphen`): linear at ff8f687
    # (titles are cut to 4 KiB first; 10 MiB 0.19 s and 0.30 s).
    word = '<meta name="generator" content="Microsoft Word 15">'
    article = "<p>The council sold the old tram depot to a housing cooperative on Monday, ending years of debate.</p>" * 4
    yield "Word page of bold openers, one closer", page("<h1>A plan unveiled today</h1>" + article + "<p>" + fill("<b>a", room - 2000) + "</b></p>", word)
    yield "Word page of bold runs", page("<h1>A plan unveiled today</h1>" + article + fill("<p>a <b>b</b> c</p>", room - 2000), word)
    yield "Word page of flags before bold", page("<h1>A plan unveiled today</h1>" + article + "<p>" + flags * ((room - 2000) // 8) + "<b>x</b></p>", word)
    yield "title of CJK hyphens", "<html><head><title>" + "\u4e2d-" * (room // 4) + "</title></head><body><p>x</p></body></html>"
    yield "og:title of CJK hyphens", page("<p>x</p>", '<meta property="og:title" content="' + "\u4e2d-" * ((room - 400) // 4) + '">')
    # Stop 44: a scan's hOCR page (`<meta name="ocr-system">`, read by `OCRPages` as a text clipping; the page is parsed
    # as XML only up to 2 MiB): many paragraphs, one paragraph of many hyphenated lines, a line of flags. Linear at 784f17f
    # (1 MiB / 10 MiB: 0.23 / 0.56 s, 0.14 / 0.50 s, 0.47 / 1.37 s; the line of flags 1.02 s at 2 MiB, the largest page read
    # as hOCR).
    hocr = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
            '<meta name="ocr-system" content="tesseract 5.3.0"/></head><body><div class="ocr_page" id="page_1">')
    yield "hOCR paragraphs", hocr + '<p class="ocr_par"><span class="ocr_line">A title</span></p>' \
        + fill('<p class="ocr_par"><span class="ocr_line">a b</span></p>', room - 400) + "</div></body></html>"
    yield "hOCR paragraph of hyphenated lines", hocr + '<p class="ocr_par">' + fill('<span class="ocr_line">a-</span>', room - 400) + "</p></div></body></html>"
    yield "hOCR line of flags", hocr + '<p class="ocr_par"><span class="ocr_line">' + flags * ((room - 400) // 8) + "</span></p></div></body></html>"
    # Stop 44, SUPERLINEAR at 784f17f: an hOCR line of `&#769;` references, read as one `Character` of a hundred thousand
    # marks (128 KiB 0.44 s, 1 MiB more than 60 s; fixed in stop 44, `OCRPages` bounds its text's clusters: 0.06 s at 1 MiB).
    yield "hOCR line of references to a combining mark", hocr + '<p class="ocr_par"><span class="ocr_line">A title</span></p><p class="ocr_par"><span class="ocr_line">' \
        + "The council sold the old tram depot to a housing cooperative on Monday, ending years of debate. " * 4 \
        + '</span></p><p class="ocr_par"><span class="ocr_line">a' + fill("&#769;", room - 1500) + "</span></p></div></body></html>"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/presswatch")
    parser.add_argument("--size", type=int, default=10 * 1024 * 1024 - 1024)
    parser.add_argument("--only", default="")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a run is killed (a superlinear shape)")
    args = parser.parse_args()
    print(f"hostile HTML pages of {args.size / 1048576:.1f} MiB, one `presswatch parse` each:")
    worst = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in pages(args.size):
            if args.only and args.only not in name:
                continue
            path = os.path.join(scratch, "page.html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            started = time.monotonic()
            child = subprocess.Popen([args.binary, "parse", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            timer = threading.Timer(args.timeout, child.kill)  # the run it started, by its pid
            timer.start()
            out = child.stdout.read()
            _, status, usage = os.wait4(child.pid, 0)
            timer.cancel()
            seconds = time.monotonic() - started
            rss = usage.ru_maxrss / 1024
            worst = max(worst, seconds)
            verdict = "rejected" if b'"error"' in out[:200] and b'"title"' not in out else "parsed"
            if os.WIFSIGNALED(status) and seconds >= args.timeout:
                verdict = f"TIMEOUT (killed after {args.timeout:.0f} s)"
            elif os.WIFSIGNALED(status):  # a crash prints nothing: never "parsed"
                verdict = f"CRASHED (signal {os.WTERMSIG(status)})"
            elif os.WEXITSTATUS(status) != 0:
                verdict = f"FAILED (exit {os.WEXITSTATUS(status)})"
            print(f"  {name:<36} {seconds:6.2f} s {rss:5.0f} MiB  {verdict}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  worst {worst:.2f} s; largest peak RSS of any of them {peak:.0f} MiB")


if __name__ == "__main__":
    main()
