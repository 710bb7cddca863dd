#!/usr/bin/env python3
"""Writes COUNT distinct, valid title-first articles into DIR: make_articles.py DIR FIRST COUNT [TAG [BYTES]].

Article n is named <tag>-<n>.txt and titled "<Tag> report <n>: ...", so a test knows every title.
Files are written in place (the caller moves or copies them into the inbox). With BYTES, each body
is padded with one repeated paragraph to about that size (a long parse).
"""
import os
import sys

directory, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
tag = sys.argv[4] if len(sys.argv) > 4 else "article"
size = int(sys.argv[5]) if len(sys.argv) > 5 else 0
os.makedirs(directory, exist_ok=True)
for n in range(first, first + count):
    title = f"{tag.capitalize()} report {n}: Kigali harbour opens a new container terminal"
    text = (
        f"{title}\n"
        "By Jane Otieno\n"
        "February 16, 2026\n\n"
        f"The port authority said on Monday that terminal number {n} would handle up to "
        f"{n * 7 + 1000} containers a week once it reaches full capacity next year.\n\n"
        "Officials said the project was financed by a consortium of regional banks and would "
        "create several hundred jobs in logistics, customs and maintenance.\n"
    )
    padding = "\nThe ministry said the works would go on for several more months in Kigali and Nairobi.\n"
    text += padding * max(0, (size - len(text)) // len(padding))
    with open(os.path.join(directory, f"{tag}-{n:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
