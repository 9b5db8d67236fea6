#!/usr/bin/env python3
"""Recall of figlint on real news, by planting errors in the articles of the OrangeSum set.

Each planted error is one small change of one article, the kind a writer or an editor makes:

  weekday     the weekday of a date with its day of the month that figlint reads ("lundi 12 mars 2018" becomes
              "jeudi 12 mars 2018", three days on, which the same date a year before or after cannot
              match): weekday-mismatch expected on it;
  conversion  the euro amount of a conversion in parentheses ("225 millions de livres
              (270 millions d'euros)") multiplied by 1.5: conversion-mismatch expected;
  parts       a part after "dont" made half as large again as its whole ("56 morts, dont 12
              enfants" becomes "56 morts, dont 84 enfants"): parts-exceed-whole expected;
  relative    the explicit date that a relative one restates moved off ("l'an dernier, en 2017"
              becomes "l'an dernier, en 2015"; "hier, le 8 mars", "hier, le 11 mars"):
              relative-date-mismatch expected;
  name        two letters swapped inside a name of figlint's lexicon ("Emmanuel Macron"
              becomes "Emmanuel Macorn"): name-variant expected.

The places come from figlint's own reading of the original articles (`figlint extract`), so
that what is measured is whether the checks catch an error where the grammar has found the
figure; a date or an amount the grammar does not read is not a site. A site already reported
in the original article is skipped. Each changed article is linted alone, in a copy that holds
that one change, and the error counts as caught when a finding of the expected rule overlaps
the changed words. Findings on the changed article that the original does not have, elsewhere
than on the change, are counted as side effects.

Usage (from the repository root, after the jar is built; about 2 minutes):

    python3 bench/news/mutations.py [--data PATH] [--per-kind N] [--seed S] [--out DIR]

Writes DIR/original.jsonl, DIR/mutated.jsonl, DIR/results.tsv (one line per planted error)
and prints the recall of each kind. Python 3 standard library only; runs ./figlint.
"""

import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "news", "orangesum-2016-2018.jsonl.gz")
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EXPECTED = {"weekday": "weekday-mismatch", "conversion": "conversion-mismatch",
            "parts": "parts-exceed-whole", "relative": "relative-date-mismatch",
            "name": "name-variant"}
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+(?:,\d+)?")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Lines:
    """Offsets of a text (Python indexes) from 1-based lines and UTF-16 columns, and back."""

    def __init__(self, text):
        self.text = text
        self.starts = [0]
        for i, c in enumerate(text):
            if c == "\n":
                self.starts.append(i + 1)

    def offset(self, line, column):
        start = self.starts[line - 1]
        units = 0
        i = start
        while units < column - 1:
            units += 2 if ord(self.text[i]) > 0xFFFF else 1
            i += 1
        return i

    def position(self, offset):
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, utf16_len(self.text[self.starts[lo]:offset]) + 1


def figlint(*args):
    run = subprocess.run([os.path.join(ROOT, "figlint"), *args], capture_output=True,
                         text=True, encoding="utf-8")
    if run.returncode not in (0, 1):
        sys.exit("figlint " + " ".join(args) + " failed: " + run.stderr[-2000:])
    return run.stdout


def lexicon_names():
    """The names and aliases of rules/entities.yaml of at least 7 letters (flow mappings)."""
    names = set()
    with open(os.path.join(ROOT, "rules", "entities.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.search(r'name: "([^"]+)"', line)
            if not m:
                continue
            names.add(m.group(1))
            a = re.search(r"aliases: \[([^\]]*)\]", line)
            if a:
                names.update(re.findall(r'"([^"]+)"', a.group(1)))
    return sorted(n for n in names if len(n.replace(" ", "")) >= 7 and n[0].isupper())


def swapped(name, rng):
    """The name with two neighbouring letters of its last word swapped, or None."""
    last = name.rfind(" ") + 1
    spots = [i for i in range(last + 1, len(name) - 2)
             if name[i].isalpha() and name[i + 1].isalpha() and name[i] != name[i + 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def amount(mention):
    """The value of a money or count mention as a number, or None (a range, a bound)."""
    v = mention["value"]
    if not isinstance(v, dict) or v.get("qualifier", "exact") != "exact":
        return None
    try:
        return float(v.get("amount") if mention["kind"] == "money" else v.get("value"))
    except (TypeError, ValueError):
        return None


def scaled(number, factor):
    """A number as written ("270", "4,5", "27 740 500", "30.000") times factor, written alike."""
    group = re.search(r"\d([ \u00a0\u202f.])\d{3}", number)
    if group:
        value = round(int(re.sub(r"\D", "", number)) * factor)
        return "{:,}".format(value).replace(",", group.group(1))
    if "," not in number:
        return str(round(int(number) * factor))
    value = float(number.replace(",", ".")) * factor
    return ("%.1f" % value).rstrip("0").rstrip(".").replace(".", ",")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--per-kind", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "benchmark", "mutations"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    # One generator per kind, so that the sites of one kind do not move the choices of another.
    rng = random.Random("%d-name" % args.seed)

    docs = {}
    order = []
    with gzip.open(args.data, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            text = "\n\n".join([a.get("title") or "", a.get("heading") or "",
                                a.get("article") or ""]) + "\n"
            a["id"] = str(a["id"])
            docs[a["id"]] = {"id": a["id"], "date": a["date"], "text": text}
            order.append(a["id"])
    original = os.path.join(args.out, "original.jsonl")
    with open(original, "w", encoding="utf-8") as f:
        for i in order:
            f.write(json.dumps(docs[i], ensure_ascii=False) + "\n")

    mentions = collections.defaultdict(list)
    for line in figlint("extract", original).splitlines():
        m = json.loads(line)
        mentions[m["file"].rsplit("#", 1)[1]].append(m)
    reported = collections.defaultdict(list)
    for f in json.loads(figlint("lint", "--format", "json", "--fail-on", "never", original))[
            "findings"]:
        reported[f["file"].rsplit("#", 1)[1]].append(f)

    def spans(doc_id):
        lines = Lines(docs[doc_id]["text"])
        for m in mentions[doc_id]:
            yield m, lines.offset(m["line"], m["column"]), lines.offset(m["endLine"],
                                                                       m["endColumn"])

    def flagged(doc_id, start, end):
        lines = Lines(docs[doc_id]["text"])
        for f in reported[doc_id]:
            s = lines.offset(f["line"], f["column"])
            e = lines.offset(f["endLine"], f["endColumn"])
            if s < end and start < e:
                return True
        return False

    sites = {"weekday": [], "conversion": [], "parts": [], "relative": [], "name": []}
    for doc_id in order:
        text = docs[doc_id]["text"]
        listed = list(spans(doc_id))
        for k, (m, s, e) in enumerate(listed):
            v = m["value"]
            if m["kind"] == "date" and isinstance(v, dict) and v.get("weekday") \
                    and v.get("grain") == "day" and not flagged(doc_id, s, e):
                word = text[s:e].split(" ", 1)[0]
                # "ce lundi" names a day by its weekday alone: another weekday is another day.
                if word.lower() in WEEKDAYS and re.search(r"\d|premier", text[s:e]):
                    nxt = WEEKDAYS[(WEEKDAYS.index(word.lower()) + 3) % 7]
                    if word[0].isupper():
                        nxt = nxt.capitalize()
                    sites["weekday"].append((doc_id, s, s + len(word), nxt))
            if m["kind"] == "money" and k + 1 < len(listed) and isinstance(v, dict) \
                    and v.get("currency") not in (None, "EUR"):
                m2, s2, e2 = listed[k + 1]
                between = text[e:s2]
                number = NUMBER.match(text[s2:e2])
                if m2["kind"] == "money" and m2["value"].get("currency") == "EUR" \
                        and "(" in between and ")" not in between and len(between) <= 16 \
                        and number and not flagged(doc_id, s, e2):
                    new = scaled(number.group(0), 1.5)
                    sites["conversion"].append((doc_id, s2, s2 + len(number.group(0)), new))
            if m["kind"] == "date" and k + 1 < len(listed) and text[s:e][:1].isalpha():
                m2, s2, e2 = listed[k + 1]
                written = text[s2:e2]
                if m2["kind"] == "date" and m2["value"] == v \
                        and re.fullmatch(r",? (en|le) ", text[e:s2]) \
                        and not flagged(doc_id, s, e2):
                    year = re.fullmatch(r"(19|20)\d\d", written)
                    day = re.match(r"(\d{1,2}) ", written)
                    if year:
                        sites["relative"].append((doc_id, s2, e2, str(int(written) - 2)))
                    elif day:
                        d = int(day.group(1))
                        sites["relative"].append((doc_id, s2, s2 + len(day.group(1)),
                                                  str(d + 3 if d <= 25 else d - 3)))
            if m["kind"] in ("money", "count") and k + 1 < len(listed):
                m2, s2, e2 = listed[k + 1]
                number = NUMBER.match(text[s2:e2])
                whole, part = amount(m), amount(m2)
                if m2["kind"] == m["kind"] and re.fullmatch(r",? dont ", text[e:s2]) \
                        and number and whole and part and 0 < part < whole \
                        and (m["kind"] == "count"
                             or m["value"].get("currency") == m2["value"].get("currency")) \
                        and not flagged(doc_id, s, e2):
                    new = scaled(number.group(0), whole / part * 1.5)
                    sites["parts"].append((doc_id, s2, s2 + len(number.group(0)), new))
    names = lexicon_names()
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in
                                                     sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    known = set(n.lower() for n in names)
    for doc_id in order:
        text = docs[doc_id]["text"]
        found = [m for m in pattern.finditer(text) if not flagged(doc_id, m.start(), m.end())]
        if found:
            m = rng.choice(found)
            new = swapped(m.group(1), rng)
            if new and new.lower() not in known:
                sites["name"].append((doc_id, m.start(), m.end(), new))

    chosen = []
    for kind, found in sites.items():
        random.Random("%d-%s" % (args.seed, kind)).shuffle(found)
        seen = set()
        for site in found:
            if site[0] in seen:
                continue  # one change of a kind per article
            seen.add(site[0])
            chosen.append((kind,) + site)
            if len(seen) >= args.per_kind:
                break
    mutated = os.path.join(args.out, "mutated.jsonl")
    with open(mutated, "w", encoding="utf-8") as f:
        for n, (kind, doc_id, s, e, new) in enumerate(chosen):
            text = docs[doc_id]["text"]
            f.write(json.dumps({"id": "%s~%s~%d" % (doc_id, kind, n), "date":
                                docs[doc_id]["date"], "text": text[:s] + new + text[e:]},
                               ensure_ascii=False) + "\n")
    after = collections.defaultdict(list)
    for f in json.loads(figlint("lint", "--format", "json", "--fail-on", "never", mutated))[
            "findings"]:
        after[f["file"].rsplit("#", 1)[1]].append(f)

    caught = collections.Counter()
    total = collections.Counter()
    side = collections.Counter()
    with open(os.path.join(args.out, "results.tsv"), "w", encoding="utf-8") as out:
        out.write("kind\tid\tline\tcolumn\twas\tnow\tcaught\tside_effects\tcontext\n")
        for n, (kind, doc_id, s, e, new) in enumerate(chosen):
            key = "%s~%s~%d" % (doc_id, kind, n)
            text = docs[doc_id]["text"]
            changed = text[:s] + new + text[e:]
            lines = Lines(changed)
            ns, ne = s, s + len(new)
            hit = False
            before = set((f["ruleId"], f["snippet"]) for f in reported[doc_id])
            others = 0
            for f in after[key]:
                fs = lines.offset(f["line"], f["column"])
                fe = lines.offset(f["endLine"], f["endColumn"])
                on_change = fs < ne and ns < fe or any(
                    lines.offset(r["line"], r["column"]) < ne
                    and ns < lines.offset(r["endLine"], r["endColumn"])
                    for r in f.get("related", []) if r.get("file") == f["file"])
                if on_change and f["ruleId"] == EXPECTED[kind]:
                    hit = True
                elif not on_change and (f["ruleId"], f["snippet"]) not in before:
                    others += 1
            total[kind] += 1
            caught[kind] += hit
            side[kind] += others
            line, column = lines.position(ns)
            context = changed[max(0, ns - 60):ne + 60].replace("\n", " ").replace("\t", " ")
            out.write("\t".join([kind, doc_id, str(line), str(column), text[s:e], new,
                                 str(hit).lower(), str(others), context]) + "\n")
    for kind in sites:
        if total[kind]:
            print("%-10s %5d sites in the set, %4d planted, %4d caught (%.1f %%), %d side effects"
                  % (kind, len(sites[kind]), total[kind], caught[kind],
                     100.0 * caught[kind] / total[kind], side[kind]))
    print("details: " + os.path.join(args.out, "results.tsv"))


if __name__ == "__main__":
    main()
