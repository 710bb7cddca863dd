"""Real articles nobody here wrote, reduced to the fields a text clipping carries.

Sources (fetched by eval.py's `fetch` into the data folder):
  * Debian's r-cran-tm: the Reuters-21578 stories in texts/acq and texts/crude (TITLE, DATE,
    AUTHOR when the story has one, BODY) — English wire copy;
  * trafilatura==1.0.0's and htmldate==1.2.3's test pages (tests/cache): real pages in German,
    English and French. Title: trafilatura's expected title where its tests give one, else the
    page's og:title or <title>; authors: trafilatura's expected authors, else the page's
    <meta name="author"> when it is shaped like a person's name; date: htmldate's expected date
    (original_date where given) or none; source: the page's og:site_name or none; body: the
    page's <p> paragraphs of at least 80 characters (first 8).

Each article is a dict: key, lang, title, authors (list), date ('YYYY-MM-DD' or None),
source (or None), body (list of paragraphs). Articles with a title under 10 or over 200 characters
(a page description, not a headline) or starting with `#`, or fewer than 2 paragraphs, are
skipped. Nothing here is tuned to the parser: it only reads the pages.
"""
import html
import html.parser
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from expectations import htmldate_expectations, trafilatura_expectations  # noqa: E402
from eval import reuters_xml  # noqa: E402

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def reuters(data):
    articles = []
    for topic, name, field in reuters_xml(data, ("acq", "crude")):
        day, month, year = field("DATE").strip().split()[0].split("-")
        date = f"{year}-{MONTHS.index(month[:3].upper()) + 1:02d}-{int(day):02d}"
        author = re.sub(r"(?i)^\s*by\s+", "", field("AUTHOR")).split(",")[0].strip()
        if author.isupper():
            author = " ".join(w.capitalize() if not w.startswith("D'") else "D'" + w[2:].capitalize()
                              for w in author.split())
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s{2,}", field("BODY"))]
        paragraphs = [p for p in paragraphs if p and p not in ("Reuter", "REUTER")]
        if paragraphs and paragraphs[-1].endswith(" Reuter"):
            paragraphs[-1] = paragraphs[-1][: -len(" Reuter")]
        articles.append({"key": f"reuters-{topic}-{name[:-4]}", "lang": "en",
                         "title": " ".join(field("TITLE").split()), "authors": [author] if author else [],
                         "date": date, "source": "Reuters", "body": paragraphs})
    return articles


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.title, self.paragraphs = {}, "", []
        self._stack, self._text = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"])
        elif tag in ("title", "p") and self._text is None:
            self._stack.append(tag)
            self._text = []
        elif tag in ("script", "style"):
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
            if tag in ("title", "p") and self._text is not None:
                text = " ".join("".join(self._text).split())
                if tag == "title":
                    self.title = self.title or text
                elif len(text) >= 80:
                    self.paragraphs.append(text)
                self._text = None

    def handle_data(self, data):
        if self._text is not None and not (self._stack and self._stack[-1] in ("script", "style")):
            self._text.append(data)


def _person(name):
    words = name.split()
    corporate = {"gmbh", "ag", "inc", "ltd", "zeitung", "redaktion", "news", "online", "team", "staff", "verlag",
                 "media", "magazin", "group", "press", "foundation", "blog"}
    return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not re.search(r"[\d@|/:]", name) \
        and not any(w.lower().strip(".,") in corporate for w in words)


def pages(data, labels):
    """Articles from the HTML test pages; `labels`: file name -> language code (languages.tsv)."""
    tr_dir = os.path.join(data, "trafilatura-1.0.0", "tests")
    hd_dir = os.path.join(data, "htmldate-1.2.3", "tests")
    tr, hd = trafilatura_expectations(tr_dir), htmldate_expectations(hd_dir)
    articles, seen = [], set()
    for folder, expected_dates in ((tr_dir, {}), (hd_dir, hd)):
        for name in sorted(os.listdir(os.path.join(folder, "cache"))):
            if name in seen or labels.get(name) not in ("en", "de", "fr"):
                continue
            seen.add(name)
            raw = open(os.path.join(folder, "cache", name), "rb").read()
            page = _Page()
            try:
                page.feed(raw.decode("utf-8"))
            except (UnicodeDecodeError, AssertionError):
                continue
            known = tr.get(name, {})
            title = known["title"][1] if known.get("title", ("", ""))[0] == "eq" else \
                page.meta.get("og:title") or page.title
            title = " ".join(html.unescape(title or "").split())
            if known.get("author"):
                authors = known["author"][1]
            else:
                meta_author = " ".join(page.meta.get("author", "").split())
                authors = [meta_author] if _person(meta_author) else []
            site = " ".join(page.meta.get("og:site_name", "").split()) or None
            body = page.paragraphs[:8]
            # A "title" over 200 characters is a page description, not a headline; `# …` is a
            # Markdown heading in a text file.
            if len(title) < 10 or len(title) > 200 or title.startswith("#") or len(body) < 2:
                continue
            articles.append({"key": f"page-{name.rsplit('.', 1)[0]}", "lang": labels[name], "title": title,
                             "authors": authors, "date": expected_dates.get(name), "source": site,
                             "body": body})
    return articles
