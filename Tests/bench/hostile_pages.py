#!/usr/bin/env python3
"""Worst cases for the HTML parser: pages built to be slow, just under the 10 MiB file limit.
Prints each page's wall time and peak RSS of one `presswatch parse` (asserts nothing).

Usage: Tests/bench/hostile_pages.py [--binary PATH] [--size BYTES]

The ingest loop parses one file at a time and must keep answering systemd's watchdog
(WatchdogSec=20s): these figures show how far from that the worst pages are.
"""
import argparse, os, resource, subprocess, tempfile, time


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
    yield "250 nested headings", page("<h1>" * 250 + "x" * (room - 10_000) + "</h1>" * 250)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/presswatch")
    parser.add_argument("--size", type=int, default=10 * 1024 * 1024 - 1024)
    args = parser.parse_args()
    print(f"hostile HTML pages of {args.size / 1048576:.1f} MiB, one `presswatch parse` each:")
    worst = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in pages(args.size):
            path = os.path.join(scratch, "page.html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            started = time.monotonic()
            child = subprocess.Popen([args.binary, "parse", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            out, _ = child.communicate()
            seconds = time.monotonic() - started
            worst = max(worst, seconds)
            verdict = "rejected" if b'"error"' in out[:200] and b'"title"' not in out else "parsed"
            print(f"  {name:<28} {seconds:5.2f} s  {verdict}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  worst {worst:.2f} s; largest peak RSS of any of them {peak:.0f} MiB")


if __name__ == "__main__":
    main()
