#!/usr/bin/env python3
"""Recall of figlint on real news, by planting errors in the articles of the OrangeSum set.

Each planted error is one small change of one article, the kind a writer or an editor makes:

  weekday     the weekday of a date with its day of the month that figlint reads ("lundi 12
              mars 2018" becomes "jeudi 12 mars 2018", three days on, which the same date a
              year before or after cannot match): weekday-mismatch expected on it;
  conversion  the euro amount of a conversion in parentheses ("225 millions de livres
              (270 millions d'euros)") multiplied by 1.5: conversion-mismatch expected;
  parts       a part after "dont" made half as large again as its whole ("56 morts, dont 12
              enfants" becomes "56 morts, dont 84 enfants"): parts-exceed-whole expected;
  relative    the explicit date that a relative one restates moved off ("l'an dernier, en 2017"
              becomes "l'an dernier, en 2015"; "hier, le 8 mars", "hier, le 11 mars"):
              relative-date-mismatch expected;
  name        two letters swapped inside a name of figlint's lexicon ("Emmanuel Macron"
              becomes "Emmanuel Macorn"): name-variant expected.

One more kind measures the claims archive, the question a newsroom asks before it publishes
(does this draft contradict what was published?). The original articles are archived
(`figlint archive add`), and each draft is a copy of one article with one of its archived
figures changed, among those that figlint compares across documents (an amount or a count
bound to a predicate and to an organization, a product, a plan or an event, not a range nor
one of several figures of a kind in a sentence, with an explicit time when it measures
something that changes over time or counts people at an event); the drafts are linted
against the archive (`figlint lint --archive`), in a run of their own:

  archived-figure  the figure times 1.5 ("15 millions d'euros" becomes "22,5 millions
                   d'euros"): figure-mismatch expected.

The archive holds too few dates of one event (those that date-mismatch compares across
documents: the lexicon names few events) for a measure of dates.

The error counts as caught when the finding covers the change; the script also counts how many
of those cite the original article among their related locations. Side effects are the
findings of a draft, elsewhere than on the change, that its unchanged copy linted the same way
does not get.

The places come from figlint's own reading of the original articles (`figlint extract`), so
that what is measured is whether the checks catch an error where the grammar has found the
figure; a date or an amount the grammar does not read is not a site. A site already reported
in the original article is skipped. Each changed article is linted alone, in a copy that holds
that one change, and the error counts as caught when a finding of the expected rule overlaps
the changed words. Findings on the changed article that the original does not have, elsewhere
than on the change, are counted as side effects.

Usage (from the repository root, after the jar is built; about a minute):

    python3 bench/news/mutations.py [--data PATH] [--per-kind N] [--seed S] [--out DIR]

Writes DIR/original.jsonl, DIR/archive.db, DIR/mutated.jsonl, DIR/drafts-*.jsonl and
DIR/unchanged-*.jsonl (the drafts checked against the archive, and their unchanged copies),
DIR/results.tsv (one line per planted error), and prints the recall of each kind. Python 3
standard library only; runs ./figlint.
"""

import argparse
import collections
import gzip
import json
import os
import random
import re
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "news", "orangesum-2016-2018.jsonl.gz")
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EXPECTED = {"weekday": "weekday-mismatch", "conversion": "conversion-mismatch",
            "parts": "parts-exceed-whole", "relative": "relative-date-mismatch",
            "name": "name-variant", "archived-figure": "figure-mismatch"}
ARCHIVED = ("archived-figure",)
# Counts of people at an event, which figlint compares across documents only with an explicit
# time (as SameFactCheck.EVENT_UNITS).
EVENT_UNITS = {"personne", "gen", "habitant", "victime", "mort", "blessé", "manifestant",
               "participant", "spectateur", "visiteur", "migrant", "enfant", "homme", "femme",
               "adolescent", "policier", "gendarme", "militaire", "soldat", "pompier",
               "passager", "élève", "étudiant", "électeur"}
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


def periodic_predicates():
    """The ids of rules/predicates.yaml whose timing is periodic."""
    found, current = set(), None
    with open(os.path.join(ROOT, "rules", "predicates.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                current = m.group(1)
            elif re.match(r"\s*timing: periodic", line) and current:
                found.add(current)
    return found


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

    # The figures archived from the original articles that figlint compares across documents.
    db = os.path.join(args.out, "archive.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    figlint("archive", "add", "--db", db, original)
    con = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    rows = con.execute("SELECT d.path, c.kind, c.text, c.value, c.line, c.col, c.end_line,"
                       " c.end_col, c.predicate, c.subject_kinds, c.grouping_key,"
                       " c.time_start FROM claim c JOIN document d ON d.id = c.document"
                       " WHERE c.kind IN ('money', 'count') AND c.predicate IS NOT NULL"
                       " AND c.listed = 0 ORDER BY c.id").fetchall()
    con.close()
    periodic = periodic_predicates()
    sites["archived-figure"] = []
    for path, kind, written, value, line, column, end_line, end_column, predicate, \
            subject_kinds, key, time in rows:
        doc_id = path.rsplit("#", 1)[1]
        v = json.loads(value)
        # As figlint compares claims across documents: about an organization, a product, a
        # plan or an event (a person's figures change from day to day), with an explicit time
        # when the figure measures something that changes over time or counts people at an
        # event.
        timely = time is not None or predicate not in periodic and not (
            kind == "count" and key.split("|")[2] in EVENT_UNITS)
        about = set(subject_kinds.split(",")) & {"organization", "product", "plan", "event"}
        if doc_id not in docs or not timely or not about \
                or v.get("qualifier", "exact") != "exact" or v.get("min") or v.get("max"):
            continue
        lines = Lines(docs[doc_id]["text"])
        s, e = lines.offset(line, column), lines.offset(end_line, end_column)
        number = NUMBER.search(written)
        if docs[doc_id]["text"][s:e] == written and number and not flagged(doc_id, s, e):
            sites["archived-figure"].append((doc_id, s + number.start(), s + number.end(),
                                             scaled(number.group(0), 1.5)))

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
    def write(path, kinds, changed):
        with open(path, "w", encoding="utf-8") as f:
            for n, (kind, doc_id, s, e, new) in enumerate(chosen):
                if kind in kinds:
                    text = docs[doc_id]["text"]
                    f.write(json.dumps({"id": "%s~%s~%d" % (doc_id, kind, n), "date":
                                        docs[doc_id]["date"],
                                        "text": text[:s] + new + text[e:] if changed else text},
                                       ensure_ascii=False) + "\n")

    def lint(path, *options):
        found = collections.defaultdict(list)
        for f in json.loads(figlint("lint", "--format", "json", "--fail-on", "never", *options,
                                    path))["findings"]:
            found[f["file"].rsplit("#", 1)[1]].append(f)
        return found

    mutated = os.path.join(args.out, "mutated.jsonl")
    write(mutated, [k for k in sites if k not in ARCHIVED], True)
    after = lint(mutated)
    # The drafts in a run of their own, against the archive, and so are their unchanged copies:
    # what those get is not a side effect of the change.
    unchanged = collections.defaultdict(list)
    for kind in ARCHIVED:
        drafts = os.path.join(args.out, "drafts-%s.jsonl" % kind)
        write(drafts, [kind], True)
        after.update(lint(drafts, "--archive", db))
        copies = os.path.join(args.out, "unchanged-%s.jsonl" % kind)
        write(copies, [kind], False)
        unchanged.update(lint(copies, "--archive", db))

    caught = collections.Counter()
    total = collections.Counter()
    side = collections.Counter()
    cited = collections.Counter()
    with open(os.path.join(args.out, "results.tsv"), "w", encoding="utf-8") as out:
        out.write("kind\tid\tline\tcolumn\twas\tnow\tcaught\tside_effects\tcontext\n")
        for n, (kind, doc_id, s, e, new) in enumerate(chosen):
            key = "%s~%s~%d" % (doc_id, kind, n)
            text = docs[doc_id]["text"]
            changed = text[:s] + new + text[e:]
            lines = Lines(changed)
            ns, ne = s, s + len(new)
            hit = False
            before = set((f["ruleId"], f["snippet"]) for f in
                         (unchanged[key] if kind in ARCHIVED else reported[doc_id]))
            others = 0
            cites = False
            for f in after[key]:
                fs = lines.offset(f["line"], f["column"])
                fe = lines.offset(f["endLine"], f["endColumn"])
                on_change = fs < ne and ns < fe or any(
                    lines.offset(r["line"], r["column"]) < ne
                    and ns < lines.offset(r["endLine"], r["endColumn"])
                    for r in f.get("related", []) if r.get("file") == f["file"])
                if on_change and f["ruleId"] == EXPECTED[kind]:
                    hit = True
                    cites = cites or any(r.get("file", "").endswith("original.jsonl#" + doc_id)
                                         for r in f.get("related", []))
                elif not on_change and (f["ruleId"], f["snippet"]) not in before:
                    others += 1
            total[kind] += 1
            caught[kind] += hit
            side[kind] += others
            cited[kind] += cites
            line, column = lines.position(ns)
            context = changed[max(0, ns - 60):ne + 60].replace("\n", " ").replace("\t", " ")
            out.write("\t".join([kind, doc_id, str(line), str(column), text[s:e], new,
                                 str(hit).lower(), str(others), context]) + "\n")
    for kind in sites:
        if total[kind]:
            print("%-15s %5d sites in the set, %4d planted, %4d caught (%.1f %%), %d side effects%s"
                  % (kind, len(sites[kind]), total[kind], caught[kind],
                     100.0 * caught[kind] / total[kind], side[kind],
                     ", %d citing the original article" % cited[kind] if kind in ARCHIVED
                     else ""))
    print("details: " + os.path.join(args.out, "results.tsv"))


if __name__ == "__main__":
    main()
