#!/usr/bin/env python3
"""split.py [CORPUS]: writes CORPUS/split.tsv, each annotated article's half, fixed by a hash of its url.

The half of an article is the parity of the first byte of the SHA-256 of its normalised url (host in lower case
without "www.", path without a trailing "/", no scheme, query or fragment): even -> dev, odd -> test. An article
keeps its half for ever, so adding articles never moves one. Run it after adding articles; it refuses to change the
half of an article already listed."""
import hashlib
import re
import sys
import urllib.parse
from pathlib import Path


def normalised(url):
    parts = urllib.parse.urlsplit(url.strip() if "://" in url else "http://" + url.strip())
    host = parts.netloc.lower()
    return (host[4:] if host.startswith("www.") else host) + parts.path.rstrip("/")


def half(url):
    return "dev" if hashlib.sha256(normalised(url).encode()).digest()[0] % 2 == 0 else "test"


def url_of(text_file):
    match = re.search(r"^url:\s*(\S+)\s*$", text_file.read_text(encoding="utf-8"), re.M)
    return match.group(1) if match else None


def main(corpus):
    split_file = corpus / "split.tsv"
    listed = {}
    if split_file.exists():
        for line in split_file.read_text(encoding="utf-8").splitlines()[1:]:
            path, url, which = line.split("\t")
            listed[path] = (url, which)
    rows = []
    for text_file in sorted(corpus.glob("*/*.txt")):
        path = text_file.relative_to(corpus).as_posix()
        url = url_of(text_file)
        if url is None:
            sys.exit(f"{path}: no url in its front matter")
        which = half(url)
        if path in listed and listed[path][1] != which:
            sys.exit(f"{path}: listed as {listed[path][1]}, its url now hashes to {which}; halves never change")
        rows.append((path, url, which))
    split_file.write_text("path\turl\thalf\n" + "".join(f"{p}\t{u}\t{h}\n" for p, u, h in rows), encoding="utf-8")
    for language in sorted({p.split("/")[0] for p, _, _ in rows}):
        dev = sum(1 for p, _, h in rows if p.startswith(language + "/") and h == "dev")
        test = sum(1 for p, _, h in rows if p.startswith(language + "/") and h == "test")
        print(f"{language}: {dev} dev, {test} test")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "facts/corpus")
