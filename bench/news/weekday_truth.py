#!/usr/bin/env python3
"""Calendar check of "weekday day month [year]" mentions in the OrangeSum news set.

Independent of figlint: plain regular expressions and Python's datetime. For every
mention such as "lundi 3 juin", "le samedi 1er juin 2017" or the two halves of
"du lundi 3 au mercredi 5 juin", it resolves the date, computes the true weekday and
writes one TSV row.

Year rule: the explicit 4-digit year if there is one; otherwise the year among
(pub year - 1, pub year, pub year + 1) that puts the date nearest to the
publication date (ties go to the earlier year).

Usage: python3 bench/news/weekday_truth.py [--data PATH] [--out PATH]
Python 3 standard library only.
"""

import argparse
import datetime as dt
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = "/work/shared/data/news/orangesum-2016-2018.jsonl.gz"
DEFAULT_OUT = os.path.join(HERE, "weekday-truth.tsv")

FIELDS = ("title", "heading", "article")

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "decembre": 12, "décembre": 12,
}

WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# Day: "1er", "premier" or 1..31, not glued to other digits or letters ("1h30" is not a day).
DAY = r"(?:1er|premier|3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-zÀ-ÿ])"
MONTH = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
         r"|novembre|d[ée]cembre)")
# Optional year: 4 digits (1800-2099) not followed by more digits or by a digit group
# ("juin 2 000 personnes" has no year). An optional comma is allowed before it.
YEAR = r"(?:,?\s+(?P<year>(?:18|19|20)[0-9]{2})(?![0-9])(?!\s[0-9]{3}(?![0-9])))?"
# Separators inside a series sharing one month: "du lundi 3 au mercredi 5 juin",
# "samedi 3 et dimanche 4 juin", "vendredi 3 à samedi 4", "lundi 3, mardi 4 et mercredi 5".
SEP = r"(?:\s*,\s*(?:et\s+|au\s+|à\s+)?|\s+(?:et|au|à|a)\s+)(?:(?:le|du)\s+)?"

ITEM = r"\b" + WD + r"\s+" + DAY
SERIES_RE = re.compile(
    r"(?P<items>" + ITEM + r"(?:" + SEP + ITEM + r")*)"
    r"\s+(?P<month>" + MONTH + r")\b" + YEAR,
    re.IGNORECASE,
)
ITEM_RE = re.compile(r"\b(?P<wd>" + WD + r")\s+(?P<day>" + DAY + r")", re.IGNORECASE)

COLUMNS = [
    "id", "field", "offset", "offset_utf16", "mention", "pub_date", "resolved_date",
    "written_weekday", "true_weekday", "status", "wrong_any_year_within_12_months",
    "year_source", "month_source", "expression",
]


def utf16_offset(text, index):
    """UTF-16 code-unit offset of Python str index `index` in `text`."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def parse_day(s):
    s = s.lower()
    return 1 if s in ("1er", "premier") else int(s)


def safe_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def shift_years(d, n):
    """Same calendar day n years later (29 February -> 28 February)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def resolve(pub, month, day, year):
    """Resolved date (or None if the day does not exist) and the year source."""
    if year is not None:
        return safe_date(year, month, day), "explicit"
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        d = safe_date(y, month, day)
        if d is None:
            continue
        key = (abs((d - pub).days), y)
        if best is None or key < best[0]:
            best = (key, d)
    return (best[1] if best else None), "nearest"


def any_year_matches(pub, month, day, weekday_index):
    """True if some date day/month less than 12 months from pub falls on weekday_index (the
    same day a year before or after is not a reading of a year-less date)."""
    lo, hi = shift_years(pub, -1), shift_years(pub, 1)
    for y in range(pub.year - 1, pub.year + 2):
        d = safe_date(y, month, day)
        if d is not None and lo < d < hi and d.weekday() == weekday_index:
            return True
    return False


def find_series(text):
    """Yield one list per match of SERIES_RE: the items of the series in text order, each
    a dict with start, end (str indices), text, weekday, day, month, year (explicit or
    None), month_source and expression. The last item carries the month (and year)."""
    for sm in SERIES_RE.finditer(text):
        month = MONTHS[sm.group("month").lower()]
        year = int(sm.group("year")) if sm.group("year") else None
        items = list(ITEM_RE.finditer(text, sm.start("items"), sm.end("items")))
        days = [parse_day(im.group("day")) for im in items]
        expression = text[sm.start():sm.end()]
        out = []
        for k, im in enumerate(items):
            last = k == len(items) - 1
            source = "own" if last else "shared"
            # "du samedi 30 au dimanche 1er juillet": an earlier day greater than the
            # last one belongs to the month before.
            if not last and days[k] > days[-1]:
                source = "shared-previous"
            end = sm.end() if last else im.end()
            out.append({
                "start": im.start(), "end": end, "text": text[im.start():end],
                "weekday": WEEKDAYS.index(im.group("wd").lower()), "day": days[k],
                "month": month, "year": year, "month_source": source,
                "expression": expression,
            })
        yield out


def clean(s):
    return re.sub(r"[\t\r\n]+", " ", s)


def check_article(rec):
    """Truth rows (dicts keyed by COLUMNS) for one article record, in text order."""
    pub = dt.date.fromisoformat(rec["date"])
    rows = []
    for field in FIELDS:
        text = rec.get(field) or ""
        for series in find_series(text):
            last = series[-1]
            end_date, ysrc = resolve(pub, last["month"], last["day"], last["year"])
            for mt in series:
                month = mt["month"]
                if mt is last:
                    resolved = end_date
                else:
                    # Earlier items take the year of the series end (same as the
                    # nearest-year rule except at a year boundary).
                    year = end_date.year if end_date else (mt["year"] or pub.year)
                    if mt["month_source"] == "shared-previous":
                        month -= 1
                        if month == 0:
                            month, year = 12, year - 1
                    resolved = safe_date(year, month, mt["day"])
                written = WEEKDAYS[mt["weekday"]]
                if resolved is None:
                    true_wd, status, unamb = "", "invalid", ""
                else:
                    true_wd = WEEKDAYS[resolved.weekday()]
                    status = "ok" if resolved.weekday() == mt["weekday"] else "wrong"
                    if status == "ok":
                        unamb = "false"
                    else:
                        unamb = "false" if any_year_matches(
                            pub, month, mt["day"], mt["weekday"]) else "true"
                rows.append({
                    "id": str(rec["id"]), "field": field, "offset": str(mt["start"]),
                    "offset_utf16": str(utf16_offset(text, mt["start"])),
                    "mention": clean(mt["text"]), "pub_date": rec["date"],
                    "resolved_date": resolved.isoformat() if resolved else "",
                    "written_weekday": written, "true_weekday": true_wd, "status": status,
                    "wrong_any_year_within_12_months": unamb, "year_source": ysrc,
                    "month_source": mt["month_source"], "expression": clean(mt["expression"]),
                })
    return rows


def read_articles(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    rows = []
    n_articles = 0
    for rec in read_articles(args.data):
        n_articles += 1
        rows.extend(check_article(rec))
    write_tsv(args.out, rows)

    wrong = [r for r in rows if r["status"] == "wrong"]
    unamb = [r for r in wrong if r["wrong_any_year_within_12_months"] == "true"]
    print(f"articles: {n_articles}")
    print(f"mentions: {len(rows)}")
    print(f"  with explicit year: {sum(r['year_source'] == 'explicit' for r in rows)}")
    print(f"  sharing a later month (series): "
          f"{sum(r['month_source'] != 'own' for r in rows)}")
    print(f"ok: {sum(r['status'] == 'ok' for r in rows)}")
    print(f"wrong: {len(wrong)} (in {len({r['id'] for r in wrong})} articles)")
    print(f"  without explicit year: {sum(r['year_source'] == 'nearest' for r in wrong)}")
    print(f"  unambiguous (no year within 12 months fits): {len(unamb)}")
    print(f"invalid dates (day not in month): {sum(r['status'] == 'invalid' for r in rows)}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
