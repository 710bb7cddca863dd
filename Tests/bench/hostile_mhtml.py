"""hostile_mhtml.py OUTDIR: writes MHTML archives built to hurt the web-archive reader (`WebArchive`), each shape at
1 MiB and just under the 10 MiB file limit, as `NAME_1M.txt` / `NAME_10M.txt` in OUTDIR (which must exist). Time each
with `/usr/bin/time -f "%e s %M KiB" presswatch parse FILE`. Written in stop 52 by the reviewer of that stop's rules;
the figures are in Tests/eval/review_s53/README.md and the README's hostile-input section."""
import base64, os, quopri, sys
out = sys.argv[1]
HEAD = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.org/a\r\nSubject: Harbour fees rise\r\n"
        "Date: Tue, 3 Mar 2026 09:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n")
B = "------MultipartBoundary--abc"
ART = ("<html><head><title>Harbour fees rise</title></head><body><article><h1>Harbour fees rise</h1>"
       "<p class=byline>By Anna Reed</p><time datetime=2026-03-03>3 March 2026</time>"
       "<p>The port authority raised its fees by nine per cent on Monday, the first rise in six years.</p></article></body></html>")
def part(body, ctype="text/html; charset=utf-8", enc="quoted-printable", loc="https://news.example.org/a", b=B):
    ctype = f"Content-Type: {ctype}\r\n" if ctype else ""  # None: a part stating no type
    return f"{b}\r\n{ctype}Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: {enc}\r\nContent-Location: {loc}\r\n\r\n{body}\r\n"
def fill(n, unit):
    return (unit * (n // len(unit) + 1))[:n]
def shapes(size):
    s = {}
    s["headers"] = HEAD.replace("MIME-Version", fill(size, "X-Junk: aaaaaaaaaaaaaaaaaaaaaaaa\r\n") + "MIME-Version") + part(ART) + B + "--\r\n"
    n = size // 100
    s["manyparts"] = HEAD + "".join(part("iVBORw0KGgo=", "image/png", "base64", f"https://x/{i}.png") for i in range(max(1, size // 130))) + part(ART) + B + "--\r\n"
    para = "<p>The port authority raised its fees by nine per cent on Monday, the first rise in six years.</p>\n"
    s["noclose"] = HEAD + part(ART.replace("</article>", fill(size, para) + "</article>"))  # no closing delimiter, html runs to the end
    s["partheader"] = HEAD + B + "\r\nContent-Type: text/html\r\n" + fill(size, "X-Part: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\r\n") + "\r\n" + ART + "\r\n" + B + "--\r\n"
    big = ART.replace("</article>", fill(size * 3 // 4, para) + "</article>")
    b64 = base64.encodebytes(big.encode()).decode().replace("\n", "\r\n")
    s["base64"] = HEAD + part(b64, enc="base64") + B + "--\r\n"
    s["equals"] = HEAD + part(ART + fill(size, "=")) + B + "--\r\n"
    s["equals_lines"] = HEAD + part(ART + fill(size, "=\r\n")) + B + "--\r\n"
    # nested multipart: related > alternative > related ... 2000 levels, html at the bottom
    depth = 2000; body = part(ART).replace(B, "--inner%d" % depth)
    nest = ""
    for d in range(depth):
        nest += f"--inner{d}\r\nContent-Type: multipart/related; boundary=\"inner{d+1}\"\r\n\r\n"
    nest += f"--inner{depth}\r\nContent-Type: text/html\r\n\r\n" + ART + "\r\n"
    s["nested"] = HEAD.replace("----MultipartBoundary--abc", "inner0") + nest + fill(size - len(nest), "<!-- pad -->\r\n")
    s["delims"] = HEAD + fill(size, B + "x\r\n") + part(ART) + B + "--\r\n"   # lines that open with the delimiter's prefix
    s["longline"] = HEAD + part("<html><body><p>" + fill(size, "word ") + "</p></body></html>") + B + "--\r\n"  # one 10 MiB line
    s["nolf"] = HEAD.replace("\r\n\r\n", "\r\n") + fill(size, "Y")  # header block never ends, no line end
    # Stop 54's hunt (branch hostile54): the page in a multipart/alternative nested in the related archive (Word's and
    # Outlook's .mht), a root part stating no Content-Type (a Content-Location alone: RFC 2387's `type` is its type), a
    # part in UTF-16LE without a byte order mark, base64 with spaces and no padding, quoted-printable of `=ZZ` and a
    # lone `=` at the end, 100,000 parts (at 10 MiB as many as fit).
    # (The page in quoted-printable as Chrome writes it, `é` as `=C3=A9`, soft breaks: read as the file's own HTML, the
    # escapes and breaks stay in its text.)
    qp = quopri.encodestring(big.replace("six years", "six ann\u00e9es").encode()).decode().replace("\n", "\r\n")
    s["nestedalt"] = (HEAD + B + "\r\nContent-Type: multipart/alternative; boundary=\"alt1\"\r\n\r\n--alt1\r\nContent-Type: text/plain\r\n\r\nHarbour fees rise\r\n"
        + part(qp, b="--alt1") + "--alt1--\r\n" + B + "--\r\n")
    s["rootnotype"] = HEAD + part(qp, ctype=None) + B + "--\r\n"
    s["utf16le"] = HEAD + part(base64.encodebytes(big[: size * 3 // 8].encode("utf-16-le")).decode().replace("\n", "\r\n"), "text/html; charset=utf-16le", "base64") + B + "--\r\n"
    raw = base64.b64encode(big.encode()).decode().rstrip("=")
    s["b64spaces"] = HEAD + part(" ".join(raw[i:i + 7] for i in range(0, len(raw), 7)), enc="base64") + B + "--\r\n"
    s["qpbad"] = HEAD + part(big.replace("nine", "=ZZnine=").replace("<p>", "<p>=") + "=", enc="quoted-printable") + B + "--\r\n"
    s["parts100k"] = HEAD + "".join(f"{B}\r\nContent-Type: image/png\r\n\r\nx\r\n" for i in range(min(100_000, size // 60))) + part(ART) + B + "--\r\n"
    return s
LIMIT = 10 << 20
for size, tag in [(1 << 20, "1M"), (LIMIT, "10M")]:
    names = list(shapes(4096).keys())
    for name in names:
        s = size
        while True:
            text = shapes(s)[name].encode()
            if tag == "1M" or len(text) <= LIMIT - 1024: break
            s = int(s * (LIMIT - 4096) / len(text))
        open(os.path.join(out, f"{name}_{tag}.txt"), "wb").write(text)
