# usage: nasty.py DIR BIN...  -- writes deliberately nasty inputs around stop 39's rules into DIR, parses each with
# every BIN under /usr/bin/time, prints name, exit code, seconds, whether stdout was JSON, and the title read.
import os, subprocess, sys, json
d, bins = sys.argv[1], sys.argv[2:]
os.makedirs(d, exist_ok=True)
N = {}
N["long_line_titled"] = "Hi all, below is the piece A wrote in X, headline “" + "word " * 200000 + "”.\n\ntext\n"
N["long_line_plain"] = "Headline\n\n" + ("lorem ipsum dolor sit amet " * 40000) + "\n"
N["long_line_quotes"] = "Headline\n\n" + ("titled “a” " * 30000) + "\n"
N["long_line_open_quotes"] = ("«" * 100000) + "\n\nbody\n"
N["stamps_5000"] = "Reuters › Latest news\n\n" + "16:02  x\n" * 5000
N["stamps_5000_one_line"] = "Reuters › Latest news\n\n" + "16:02  x " * 5000 + "\n"
N["stamps_opened_last"] = "Reuters › Latest news\n\n" + "16:02  x\n" * 5000 + "\ntext of the item\n"
N["stamps_alternating"] = "Ticker\n\n" + "16:02  Title\n\ntext\n\n" * 5000
N["stamps_bare"] = "16:02  \n16:03  \n16:04  \n16:05  \n"
N["stamps_tab_only"] = "9:41\t\n9:42\t\n9:43\t\nx\n"
N["panel_10000"] = "Headline\n\ntext\n\n" + "".join(f"Title  value {i}\n" for i in range(10000))
N["panel_10000_mixed"] = "Headline\n\ntext\n\n" + "".join(("Title  v\n" if i % 2 else "Site name  Reuters\n") for i in range(10000))
N["panel_empty_values"] = "Headline\n\ntext\n\nTitle  \nAuthor  \nSite name  \nPublished  \n"
N["panel_colon_values"] = "Headline\n\ntext\n\nTitle  :\nAuthor  :\nSite name  :\nPublished  :\n"
N["panel_only"] = "Title  T\nAuthor  A B\nSite name  Reuters\nPublished  Mar 2, 1987\n"
N["panel_long_value"] = "Headline\n\ntext\n\nTitle  " + "x" * 290 + "\nAuthor  A B\nSite name  Reuters\nPublished  Mar 2, 1987\n"
N["unclosed_quote_note"] = "Hi all, below is the piece Jon Porter wrote in The Verge, headline “Unclosed title and more text here\n\ntext\n"
N["unclosed_quote_ref"] = "«Title never closes. Reuters, 26 de febrero de 1987.\n\ntext\n"
N["quote_at_very_end_ref"] = "DOCTOROW, Cory. «Title»\n\ntext\n"
N["quote_at_very_end_note"] = "Hi all, below is the piece Jon Porter wrote in The Verge, headline “Title”"
N["quote_end_no_newline_ref"] = "«TITLE». Reuters."
N["empty_quote_ref"] = "«». Reuters, 26 de febrero de 1987.\n\ntext\n"
N["empty_quote_note"] = "Hi all, the piece Jon Porter wrote in The Verge, headline “”.\n\ntext\n"
N["straight_quote_single"] = "Hi all, the piece Jon Porter wrote in The Verge, headline \".\n\ntext\n"
N["note_date_after_comma"] = "There is a piece published in Reuters, in its review, on March 2, 1987, headline “T”, by A B.\n\ntext\n"
N["note_date_tail_by"] = "With reference to the article “T” on March 2, 1987, by\n\ntext\n"
N["note_date_tail_signed"] = "With reference to the article “T” signed by on March 2, 1987\n\ntext\n"
N["note_tail_only_by"] = "With reference to the article published in X “T” by\n"
N["note_combining"] = "Hi all, below is the piece Jon Porter wrote in The Verge, headline “Cafe\u0301 s\u0308”, by A\u0301 B.\n\ntext\n"
N["note_crlf"] = "Hi all, below is the piece Jon Porter wrote in The Verge on March 2, 1987,\r\nheadline “T”.\r\n\r\ntext\r\n"
N["runin_no_text"] = "BREVES\n\nNUEVO HOSPITAL EN LEÓN – \n"
N["runin_dash_end"] = "BREVES\n\nNUEVO HOSPITAL EN LEÓN –"
N["runin_only_heading"] = "BREVES\n\n"
N["runin_long_caps"] = "KURZ NOTIERT\n\n" + "A" * 5000 + " – Text\n"
N["runin_crlf"] = "KURZ NOTIERT\r\n\r\nBAHNSTREIK IN NRW – Die GDL streikt.\r\n"
N["marker_only"] = "Original article:\n"
N["marker_then_blank"] = "Original article:\n\n\n   \n"
N["licensed_text_only"] = "Licensed text:\n"
N["issue_only"] = "/2026"
N["issue_from"] = "From , 12/2026\n"
N["issue_slash_end"] = "From Reuters, issue 12/\n"
N["numbered_only"] = ", no. 1\n"
N["numbered_name_empty"] = " , no. 123456\n\ntext\n"
N["alert_prefix_only"] = "From: Reuters Breaking News <a@b.c>\nSubject: BREAKING:\n\ntext\n"
N["alert_prefix_dash"] = "From: Breaking News <a@b.c>\nSubject: URGENT –\n\n"
N["alert_sender_only"] = "From:  Alerts <a@b.c>\nSubject: ÚLTIMA HORA: ß\n\ntext\n"
N["empty_file"] = ""
N["only_newlines"] = "\n" * 10000
for k, v in N.items():
    open(os.path.join(d, k + ".txt"), "w").write(v)
for k in N:
    p = os.path.join(d, k + ".txt")
    for b in bins:
        r = subprocess.run(["/usr/bin/time", "-f", "%e", b, "parse", p], capture_output=True, text=True)
        secs = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "?"
        try:
            js = json.loads(r.stdout); ok = "json"; title = js.get("title")
        except Exception:
            ok = "NOT-JSON"; title = None
        err = [l for l in r.stderr.splitlines()[:-1] if l.strip()][:2]
        print(f"{k:26} {os.path.basename(b):9} rc={r.returncode:<4} {secs:>6}s {ok:8} title={str(title)[:50]!r} {err if r.returncode else ''}")
