#!/usr/bin/env python3
"""check.py DIR...: checks an annotated corpus folder without running the extractor.

For every <slug>.json beside a <slug>.txt: the fact file is valid against facts/schema/fact-file.schema.json,
source.file names the text, the text's front matter (url, title, publisher, published, taken) agrees with the
source, every evidence string occurs verbatim in the text, every relationship's ends are nodes of the file,
places and sectors listed without a name exist in the reference files, and no url appears twice.
Exit 0 when all pass; prints each problem otherwise."""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
schema = json.loads((ROOT / "facts/schema/fact-file.schema.json").read_text())
try:
    import jsonschema
    validator = jsonschema.Draft202012Validator(schema)
except ImportError:  # structural checks below still run
    validator = None
reference_ids = set()
for name in ("places.json", "places-curated.json", "sectors.json"):
    reference_ids |= {n["id"] for n in json.loads((ROOT / "facts/reference" / name).read_text())["nodes"]}

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
KEYS = {"url", "title", "publisher", "published", "taken"}


def front_matter(text):
    m = FRONT.match(text)
    if not m:
        return None, text
    fields = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, text[m.end():]


def check(folder, seen_urls):
    problems = []
    for fact_path in sorted(folder.glob("*.json")):
        where = fact_path.name
        try:
            facts = json.loads(fact_path.read_text(encoding="utf-8"))
        except ValueError as e:
            problems.append(f"{where}: not JSON: {e}")
            continue
        if validator:
            for error in validator.iter_errors(facts):
                problems.append(f"{where}: schema: {'/'.join(map(str, error.path))}: {error.message}")
        source = facts.get("source", {})
        text_path = folder / source.get("file", "")
        if not source.get("file") or not text_path.is_file():
            problems.append(f"{where}: source.file does not name a text beside it")
            continue
        fields, body = front_matter(text_path.read_text(encoding="utf-8"))
        if fields is None:
            problems.append(f"{text_path.name}: no front matter")
            continue
        for key in sorted(set(fields) - KEYS):
            problems.append(f"{text_path.name}: unknown front matter key {key}")
        for key in ("url", "title", "publisher", "published", "taken"):
            if not fields.get(key):
                problems.append(f"{text_path.name}: front matter lacks {key}")
        if fields.get("url") != source.get("url"):
            problems.append(f"{where}: source.url differs from the text's url")
        if fields.get("published") != source.get("publishedOn"):
            problems.append(f"{where}: source.publishedOn differs from the text's published")
        url = fields.get("url")
        if url in seen_urls:
            problems.append(f"{where}: url also in {seen_urls[url]}")
        seen_urls[url] = where
        full = text_path.read_text(encoding="utf-8")
        ids = set()
        for node in facts.get("nodes", []):
            ids.add(node["id"])
            if "name" not in node and node["id"] not in reference_ids:
                problems.append(f"{where}: {node['id']} has no name and is not a reference place or sector")
            for sentence in node.get("evidence", []):
                if sentence not in full:
                    problems.append(f"{where}: evidence of {node['id']} not in the text: {sentence[:80]}")
        for rel in facts.get("relationships", []):
            for end in (rel["from"], rel["to"]):
                if end not in ids:
                    problems.append(f"{where}: {rel['type']} end {end} is not a node of the file")
            for sentence in rel.get("evidence", []):
                if sentence not in full:
                    problems.append(f"{where}: evidence of {rel['type']} {rel['from']}->{rel['to']} not in the text: {sentence[:80]}")
    for text_path in sorted(folder.glob("*.txt")):
        if not text_path.with_suffix(".json").is_file():
            problems.append(f"{text_path.name}: no fact file beside it")
    return problems


if __name__ == "__main__":
    seen, all_problems = {}, []
    for arg in sys.argv[1:] or ["facts/corpus/en", "facts/corpus/zh"]:
        all_problems += check(Path(arg), seen)
    for p in all_problems:
        print(p)
    print(f"{len(seen)} annotated article(s), {len(all_problems)} problem(s)")
    sys.exit(1 if all_problems else 0)
