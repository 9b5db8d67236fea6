#!/usr/bin/env python3
"""Candidate list of amounts converted in parentheses in the OrangeSum news set.

Finds a money amount in one currency directly followed by a parenthesis that opens
with an amount in another currency, for example

    1,7 million de livres (1 892 160 €)
    5 milliards de dollars (4,5 milliards d'euros)
    4 millions de livres (environ 4,6 millions d'euros)

and writes bench/news/conversions.tsv. This is a list for manual review, built with
plain regular expressions; it is not how figlint reads amounts, and it neither parses
the values nor checks the arithmetic.

Usage: python3 bench/news/conversions.py [--data PATH] [--out PATH]
Python 3 standard library only.
"""

import argparse
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = "/work/shared/data/news/orangesum-2016-2018.jsonl.gz"
DEFAULT_OUT = os.path.join(HERE, "conversions.tsv")

FIELDS = ("title", "heading", "article")

SP = r"[ \u00a0\u202f]"  # space, no-break space, narrow no-break space

# A number as written: grouped thousands ("1 892 160", "75.000", "1,250,000"),
# decimals with a comma or a point, or a French number word.
DIGITS = (r"(?<![\d,.])(?:\d{1,3}(?:" + SP + r"\d{3})+(?:,\d+)?"
          r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
          r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
          r"|\d+(?:[.,]\d+)?)(?![\d])")
WORDNUM = (r"\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
           r"|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents"
           r"|mille)")
NUMBER = r"(?:" + DIGITS + r"|" + WORDNUM + r")"
SCALE = (r"(?:" + SP + r"?(?:millions?|milliards?|mille|billions?|mds?|md|mns?|M|k|K)"
         r"(?![A-Za-zÀ-ÿ]))")
# Amount range written with one currency: "125 000 à 175 000", "1,2 à 1,5 million".
QUANTITY = (r"(?:" + NUMBER + SCALE + r"?(?:" + SP + r"*(?:à|-|–|et)" + SP + r"*)" +
            NUMBER + SCALE + r"?|" + NUMBER + SCALE + r"?)")

# Currency names after the number (with optional "de"/"d'"), longest first where it
# matters; each maps to a normalised code so that "dollars (… euros)" differs from
# "dollars (… dollars)".
NAMED = [
    (r"livres?\s+sterling", "GBP"),
    (r"livres?\s+(?:britanniques?|anglaises?)", "GBP"),
    (r"livres?\s+(?:égyptiennes?|egyptiennes?)", "EGP"),
    (r"livres?\s+libanaises?", "LBP"),
    (r"livres?\s+turques?|lires?\s+turques?|livres?\s+turcs?", "TRY"),
    (r"livres?\s+syriennes?", "SYP"),
    (r"livres?\s+soudanaises?", "SDG"),
    (r"livres?", "GBP"),
    (r"dollars?\s+(?:canadiens?|CAD)", "CAD"),
    (r"dollars?\s+(?:australiens?|AUD)", "AUD"),
    (r"dollars?\s+(?:néo-zélandais|neo-zelandais)", "NZD"),
    (r"dollars?\s+(?:de\s+Hong\s*Kong|hongkongais|HK)", "HKD"),
    (r"dollars?\s+(?:de\s+Singapour|singapouriens?)", "SGD"),
    (r"dollars?\s+(?:taïwanais|taiwanais)", "TWD"),
    (r"dollars?\s+zimbabwéens?", "ZWD"),
    (r"dollars?\s+(?:américains?|US|états-uniens?)", "USD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"francs?\s+suisses?", "CHF"),
    (r"francs?\s+CFA", "XOF"),
    (r"francs?\s+(?:pacifiques?|CFP)", "XPF"),
    (r"francs?\s+congolais", "CDF"),
    (r"(?:anciens\s+|nouveaux\s+)?francs?", "FRF"),
    (r"yens?", "JPY"),
    (r"yuans?|renminbis?", "CNY"),
    (r"roubles?", "RUB"),
    (r"couronnes?\s+(?:suédoises?|suedoises?)", "SEK"),
    (r"couronnes?\s+danoises?", "DKK"),
    (r"couronnes?\s+(?:norvégiennes?|norvegiennes?)", "NOK"),
    (r"couronnes?\s+tchèques?", "CZK"),
    (r"couronnes?\s+islandaises?", "ISK"),
    (r"couronnes?", "couronne"),
    (r"dinars?\s+(?:algériens?|algeriens?)", "DZD"),
    (r"dinars?\s+tunisiens?", "TND"),
    (r"dinars?\s+koweïtiens?", "KWD"),
    (r"dinars?", "dinar"),
    (r"dirhams?\s+marocains?", "MAD"),
    (r"dirhams?", "dirham"),
    (r"pesos?\s+argentins?", "ARS"),
    (r"pesos?\s+mexicains?", "MXN"),
    (r"pesos?\s+colombiens?", "COP"),
    (r"pesos?\s+chiliens?", "CLP"),
    (r"pesos?\s+philippins?", "PHP"),
    (r"pesos?", "peso"),
    (r"réals?|reals?|réais|reais|réaux", "BRL"),
    (r"roupies?\s+indonésiennes?|rupiahs?", "IDR"),
    (r"roupies?", "INR"),
    (r"wons?", "KRW"),
    (r"shekels?|sheqels?", "ILS"),
    (r"zlotys?|zlotis?", "PLN"),
    (r"forints?", "HUF"),
    (r"rands?", "ZAR"),
    (r"nairas?", "NGN"),
    (r"bolivars?|bolívars?", "VES"),
    (r"hryvnias?|hryvnas?|grivnas?", "UAH"),
    (r"lei|leus?", "RON"),
    (r"levas?|lev", "BGN"),
    (r"kunas?", "HRK"),
    (r"bahts?", "THB"),
    (r"ringgits?", "MYR"),
    (r"riyals?|rials?", "rial"),
    (r"shillings?", "shilling"),
    (r"cedis?", "GHS"),
    (r"ariarys?", "MGA"),
    (r"kwachas?", "kwacha"),
    (r"bitcoins?", "BTC"),
]
CODES = {
    "€": "EUR", "EUR": "EUR", "M€": "EUR", "Md€": "EUR", "Mds€": "EUR", "k€": "EUR",
    "$": "USD", "US$": "USD", "USD": "USD", "M$": "USD", "Md$": "USD", "$US": "USD",
    "$CA": "CAD", "CAD": "CAD", "£": "GBP", "GBP": "GBP", "M£": "GBP", "¥": "JPY",
    "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "CHF": "CHF", "FCFA": "XOF", "XOF": "XOF",
    "XAF": "XAF", "RUB": "RUB", "INR": "INR", "BRL": "BRL", "SEK": "SEK", "DKK": "DKK",
    "NOK": "NOK", "AUD": "AUD", "TRY": "TRY", "MAD": "MAD", "DZD": "DZD", "TND": "TND",
    "ILS": "ILS", "KRW": "KRW", "PLN": "PLN", "HKD": "HKD", "BTC": "BTC",
}
NAMED_RE = [(re.compile(p, re.IGNORECASE), c) for p, c in NAMED]
NAMED_ALT = r"(?:" + r"|".join(p for p, _ in NAMED) + r")(?![A-Za-zÀ-ÿ])"
CODE_ALT = (r"(?:" + r"|".join(re.escape(k) for k in sorted(CODES, key=len, reverse=True))
            + r")")

# Currency after the quantity: "€", "$", "M€", " euros", " de dollars", " d'euros",
# " millions de livres sterling", " USD".
CUR_AFTER = (r"(?:" + SP + r"*(?P<{g}sym>" + CODE_ALT + r")(?![A-Za-zÀ-ÿ])"
             r"|" + SP + r"+(?:(?:de|d['’])" + SP + r"*)?(?P<{g}name>" + NAMED_ALT + r"))")
# Currency symbol before the number: "$5 millions", "£ 20 000", "US$ 3 milliards".
CUR_BEFORE = r"(?P<{g}pre>US\$|\$|£|€|¥)" + SP + r"?"

# What may open the parenthesis before the converted amount.
LEAD = (r"(?:(?:soit|entre|environ|env\.|près\s+de|presque|quasiment|plus\s+de|moins\s+de"
        r"|quelque|quelques|autour\s+de|au\s+moins|jusqu['’]à|pas\s+loin\s+de|à\s+peine"
        r"|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de|approximativement|grosso\s+modo"
        r"|l['’]équivalent\s+de|équivalent\s+à|~|≈|=|ou|en\s+euros\s*:|en\s+dollars\s*:)"
        r"\s*,?\s*)*")


def amount(g):
    return (r"(?P<" + g + r">(?:" + CUR_BEFORE.format(g=g) + QUANTITY + r")"
            r"|(?:" + QUANTITY + CUR_AFTER.format(g=g) + r"))")


# A few words may sit between the amount and the parenthesis: "par épisode", "TTC",
# "l'unité", "de transactions". No digits, no punctuation other than apostrophes.
GAP = r"(?P<gap>(?:" + SP + r"+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*){0,3}?)"
# The parenthesis: "(" + optional lead words + the converted amount + anything up to ")".
PAREN_RE = re.compile(
    r"\(\s*(?P<lead>" + LEAD + r")" + amount("b") + r"(?P<rest>[^()]{0,120}?)\)",
    re.IGNORECASE,
)
# The amount before it, ending right at the parenthesis (searched backwards from it).
BEFORE_RE = re.compile(amount("a") + GAP + r"\s*$", re.IGNORECASE)
# Fallback: a scaled number with no currency right before the parenthesis, the currency
# being given earlier in the text ("trouvé preneur pour 38,5 millions (35,2 millions
# d'euros)"). Its currency is reported as "?".
BARE_RE = re.compile(r"(?P<a>" + QUANTITY + r")(?<![0-9])(?<=[A-Za-z])\s*$", re.IGNORECASE)
WINDOW = 160


def currency_code(m, g):
    for key in (g + "pre", g + "sym"):
        s = m.group(key)
        if s:
            for k, v in CODES.items():
                if k.lower() == s.lower():
                    return v
    s = m.group(g + "name")
    if s:
        s = re.sub(r"\s+", " ", s)
        for rx, code in NAMED_RE:
            if rx.fullmatch(s):
                return code
    return "?"


def utf16_offset(text, index):
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _sentence_end(text, i):
    """True if text[i] ends a sentence: . ! or ? followed by a space, a newline, an
    upper-case letter (glued paragraphs: "Paris.Cette") or the end, and not a decimal or
    thousands point between digits."""
    if text[i] not in ".!?":
        return False
    if i + 1 >= len(text):
        return True
    nxt = text[i + 1]
    if text[i] == "." and i > 0 and text[i - 1].isdigit() and nxt.isdigit():
        return False
    return nxt.isspace() or nxt.isupper()


def excerpt(text, start, end, limit=300):
    """The sentence holding [start, end), cut to `limit` characters on each side (cuts
    marked with "…")."""
    left = start
    while left > 0 and start - left < limit:
        if text[left - 1] == "\n" or _sentence_end(text, left - 1):
            break
        left -= 1
    right = end
    while right < len(text) and right - end < limit:
        if text[right] == "\n":
            break
        right += 1
        if _sentence_end(text, right - 1):
            break
    s = text[left:right].strip()
    if left > 0 and start - left >= limit:
        s = "…" + s
    if right < len(text) and right - end >= limit:
        s = s + "…"
    return re.sub(r"[\t\r\n]+", " ", s)


# A few words may sit between the amount and the parenthesis: "par épisode", "TTC",
# "l'unité", "de transactions". No digits, no punctuation other than apostrophes.
GAP = r"(?P<gap>(?:" + SP + r"+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*){0,3}?)"
# The parenthesis: "(" + optional lead words + the converted amount + anything up to ")".
PAREN_RE = re.compile(
    r"\(\s*(?P<lead>" + LEAD + r")" + amount("b") + r"(?P<rest>[^()]{0,120}?)\)",
    re.IGNORECASE,
)
# The amount before it, ending right at the parenthesis (searched backwards from it).
BEFORE_RE = re.compile(amount("a") + GAP + r"\s*$", re.IGNORECASE)
# Fallback: a scaled number with no currency right before the parenthesis, the currency
# being given earlier in the text ("trouvé preneur pour 38,5 millions (35,2 millions
# d'euros)"). Its currency is reported as "?".
BARE_RE = re.compile(r"(?P<a>" + QUANTITY + r")(?<![0-9])(?<=[A-Za-z])\s*$", re.IGNORECASE)
WINDOW = 160


def currency_code(m, g):
    for key in (g + "pre", g + "sym"):
        s = m.group(key)
        if s:
            for k, v in CODES.items():
                if k.lower() == s.lower():
                    return v
    s = m.group(g + "name")
    if s:
        s = re.sub(r"\s+", " ", s)
        for rx, code in NAMED_RE:
            if rx.fullmatch(s):
                return code
    return "?"


def utf16_offset(text, index):
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def excerpt(text, start, end, limit=300):
    """The sentence around [start, end): from the previous sentence end (". " or a glued
    ".X") to the next one, trimmed to about `limit` characters."""
    left = start
    while left > 0 and start - left < limit:
        ch = text[left - 1]
        if ch in ".!?" and (left >= len(text) or not text[left].isdigit()) \
                and not (left >= 2 and text[left - 2].isdigit() and text[left:left + 1].isdigit()):
            if left < len(text) and (text[left] == " " or text[left].isupper()):
                break
        if ch == "\n":
            break
        left -= 1
    right = end
    while right < len(text) and right - end < limit:
        ch = text[right]
        right += 1
        if ch in ".!?" and (right >= len(text) or text[right] == " " or text[right].isupper()):
            break
        if ch == "\n":
            right -= 1
            break
    s = text[left:right].strip()
    return re.sub(r"[\t\r\n]+", " ", s)


COLUMNS = ["id", "pub_date", "field", "offset", "offset_utf16", "amount", "currency",
           "between", "converted", "converted_currency", "parenthesis", "excerpt"]


def find_conversions(rec):
    out = []
    for field in FIELDS:
        text = rec.get(field) or ""
        for pm in PAREN_RE.finditer(text):
            am = BEFORE_RE.search(text, max(0, pm.start() - WINDOW), pm.start())
            if am is not None:
                ca, gap = currency_code(am, "a"), am.group("gap").strip()
            else:
                am = BARE_RE.search(text, max(0, pm.start() - WINDOW), pm.start())
                if am is None:
                    continue
                ca, gap = "?", ""
            cb = currency_code(pm, "b")
            if ca == cb:
                continue
            out.append({
                "id": str(rec["id"]), "pub_date": rec["date"], "field": field,
                "offset": str(am.start()),
                "offset_utf16": str(utf16_offset(text, am.start())),
                "amount": am.group("a").strip(), "currency": ca,
                "between": gap,
                "converted": pm.group("b").strip(), "converted_currency": cb,
                "parenthesis": re.sub(r"[\t\r\n]+", " ", text[pm.start():pm.end()]),
                "excerpt": excerpt(text, am.start(), pm.end()),
            })
    return out


def read_articles(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    rows = []
    for rec in read_articles(args.data):
        rows.extend(find_conversions(rec))
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    pairs = {}
    for r in rows:
        k = r["currency"] + "->" + r["converted_currency"]
        pairs[k] = pairs.get(k, 0) + 1
    print(f"conversions: {len(rows)} (in {len({r['id'] for r in rows})} articles)")
    print("by currency pair: " + ", ".join(
        f"{k} {v}" for k, v in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
