#!/usr/bin/env python3
"""Fixed 1,000-article sample of the OrangeSum news set for regression tests.

The sample holds
  1. every article with at least one weekday mention that weekday_truth.py marks `wrong`;
  2. every article with a candidate conversion found by conversions.py;
  3. other articles, chosen so that the whole sample keeps the year shares of the full
     set (2016/2017/2018). Within a year, articles are taken in the order of
     sha256("<SEED>:<id>"), so the choice depends only on the ids and the seed.

Writes (paths relative to the repository root):
  src/test/resources/news/sample-1000.jsonl.gz     articles, same JSON shape and order
                                                    as the source file
  src/test/resources/news/weekday-truth-sample.tsv weekday_truth.py rows for the sample

Usage: python3 bench/news/make_sample.py [--data PATH] [--size N] [--seed S]
Python 3 standard library only.
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import conversions  # noqa: E402
import weekday_truth  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "src", "test", "resources", "news")
SEED = "figlint-news-2016-2018"


def rank(seed, article_id):
    return hashlib.sha256(f"{seed}:{article_id}".encode("ascii")).hexdigest()


def quotas(total, counts):
    """Split `total` over the keys of `counts` in proportion (largest remainder)."""
    whole = sum(counts.values())
    raw = {k: total * v / whole for k, v in counts.items()}
    q = {k: int(r) for k, r in raw.items()}
    for k in sorted(raw, key=lambda k: (-(raw[k] - q[k]), k))[: total - sum(q.values())]:
        q[k] += 1
    return q


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=weekday_truth.DEFAULT_DATA)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", default=SEED)
    args = ap.parse_args(argv)

    articles = list(weekday_truth.read_articles(args.data))
    truth = {}
    conv_ids = set()
    for rec in articles:
        truth[rec["id"]] = weekday_truth.check_article(rec)
        if conversions.find_conversions(rec):
            conv_ids.add(rec["id"])
    wrong_ids = {i for i, rows in truth.items() if any(r["status"] == "wrong" for r in rows)}
    forced = wrong_ids | conv_ids
    if len(forced) > args.size:
        sys.exit(f"{len(forced)} required articles do not fit in {args.size}")

    year_of = {rec["id"]: rec["date"][:4] for rec in articles}
    all_years = {}
    for y in year_of.values():
        all_years[y] = all_years.get(y, 0) + 1
    target = quotas(args.size, all_years)
    forced_years = {y: 0 for y in all_years}
    for i in forced:
        forced_years[year_of[i]] += 1
    # Free slots per year: the year quota minus the required articles of that year; if a
    # year's required articles exceed its quota, the other years share the free slots.
    free = {y: max(0, target[y] - forced_years[y]) for y in all_years}
    free = quotas(args.size - len(forced), free) if sum(free.values()) else free

    chosen = set(forced)
    for y in sorted(all_years):
        pool = sorted((i for i in year_of if year_of[i] == y and i not in forced),
                      key=lambda i: rank(args.seed, i))
        chosen.update(pool[: free[y]])
    assert len(chosen) == args.size, len(chosen)

    os.makedirs(OUT_DIR, exist_ok=True)
    sample_path = os.path.join(OUT_DIR, "sample-1000.jsonl.gz")
    buf = io.BytesIO()
    # mtime=0 and no file name in the header: the same input gives the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        for rec in articles:
            if rec["id"] in chosen:
                line = json.dumps({k: rec[k] for k in ("id", "date", "title", "heading",
                                                       "article")}, ensure_ascii=False)
                gz.write((line + "\n").encode("utf-8"))
    with open(sample_path, "wb") as f:
        f.write(buf.getvalue())

    truth_rows = [r for rec in articles if rec["id"] in chosen for r in truth[rec["id"]]]
    truth_path = os.path.join(OUT_DIR, "weekday-truth-sample.tsv")
    weekday_truth.write_tsv(truth_path, truth_rows)

    years = {}
    for i in chosen:
        years[year_of[i]] = years.get(year_of[i], 0) + 1
    wrong_rows = [r for r in truth_rows if r["status"] == "wrong"]
    print(f"sample: {len(chosen)} articles ({', '.join(f'{y}: {n}' for y, n in sorted(years.items()))})")
    print(f"  with a wrong weekday: {len(wrong_ids)}; with a conversion: {len(conv_ids)}; "
          f"both: {len(wrong_ids & conv_ids)}; others: {len(chosen) - len(forced)}")
    print(f"  weekday mentions: {len(truth_rows)}, wrong: {len(wrong_rows)}, unambiguous: "
          f"{sum(r['wrong_any_year_within_12_months'] == 'true' for r in wrong_rows)}")
    print(f"wrote {sample_path} ({len(buf.getvalue())} bytes)")
    print(f"wrote {truth_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
