#!/usr/bin/env bash
# Reproduces the figures of the README's performance section in one run, on one machine:
#
#   bash bench/perf/run.sh [--1gb] [NEWS_JSONL_GZ]
#
#  1. lexer, extract and lint throughput, 1 and 2 threads, on the real news and on generated
#     news of 10 MB and 100 MB, as dense in figures as the real news and four times denser
#     (figlint bench, in one JVM after warm-up, with the JVM's default collector, G1; 10 MB of
#     news-density text again with the serial collector, which ./figlint uses);
#  2. whole-process lint of 100 MB of generated news at both densities (and of 1 GB with
#     --1gb, about 15 minutes more and 1 GB of disk): time and peak RSS, then the same in a
#     bounded heap (512 MB, and 2 GB for 1 GB of the denser news: what is kept for the
#     comparisons across documents grows with the corpus), which must give the same report; the
#     generator's count of planted inconsistencies comes before the findings;
#  3. wall time of ./figlint lint on one 4.5 KB article, with and without the class-data
#     archive, and of ./figlint --version.
#
# Generated corpora are written under target/benchmark/perf/ (not committed); the figures are
# printed and kept in target/benchmark/perf/results.txt. Run from any folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
big=0
if [ "${1:-}" = "--1gb" ]; then
  big=1
  shift
fi
news="${1:-../shared/data/news/orangesum-2016-2018.jsonl.gz}"
out=target/benchmark/perf
mkdir -p "$out"
./figlint --version >/dev/null # builds the jar and the class-data archive if needed
jar=target/figlint.jar
exec > >(tee "$out/results.txt") 2>&1

echo "== machine: $(nproc) processors, $(uname -srm), $(java -version 2>&1 | head -1)"
uptime
bench() { java -jar "$jar" bench --what lexer,extract,lint --threads 2 "$@"; }

echo "== bench: real news ($news)"
bench --news "$news" --iterations 7
echo "== bench: generated news as dense in figures as the real news, 10 MB"
bench --size 10MB --seed 42 --density news --iterations 5
echo "== bench: generated news as dense in figures as the real news, 100 MB"
bench --size 100MB --seed 42 --density news --iterations 3
echo "== bench: generated news as dense in figures as the real news, 10 MB, serial collector"
java -XX:+UseSerialGC -jar "$jar" bench --what lexer,extract,lint --threads 2 --size 10MB --seed 42 \
  --density news --iterations 7
echo "== bench: generated news, four times denser in figures, 10 MB"
bench --size 10MB --seed 42 --density normal --iterations 5
echo "== bench: generated news, four times denser in figures, 100 MB"
bench --size 100MB --seed 42 --density normal --iterations 3

whole() { # whole NAME SIZE HEAP DENSITY: generates SIZE of news, lints it with the default heap then HEAP
  local dir="$out/$1"
  rm -rf "$dir"
  java -jar "$jar" bench --size "$2" --seed 42 --density "$4" --save "$dir"
  echo "== whole-process lint of $2 of generated news, density $4"
  /usr/bin/time -f "%e s elapsed, %U s user, %M KB max RSS (default heap)" \
    ./figlint lint --format json --fail-on never --output "$out/$1.json" "$dir"
  FIGLINT_JAVA_OPTS=-Xmx$3 /usr/bin/time -f "%e s elapsed, %U s user, %M KB max RSS (-Xmx$3)" \
    ./figlint lint --format json --fail-on never --output "$out/$1-$3.json" "$dir"
  if cmp -s "$out/$1.json" "$out/$1-$3.json"; then
    echo "the same report in a $3 heap"
  else
    echo "THE REPORTS DIFFER"
  fi
  python3 - "$out/$1.json" <<'EOF'
import json, sys, collections
findings = json.load(open(sys.argv[1]))["findings"]
print(len(findings), "findings:", dict(sorted(collections.Counter(f["ruleId"] for f in findings).items())))
EOF
  rm -rf "$dir"
}
whole gen100-news 100MB 512m news
whole gen100 100MB 512m normal
if [ "$big" = 1 ]; then
  whole gen1g-news 1GB 512m news
  whole gen1g 1GB 2g normal
fi

echo "== ./figlint lint of one 4.5 KB article, 10 runs, with then without the class-data archive"
article=seeds/003_e4283a8d6b8c4fb6.txt
times() { # times RUNS COMMAND...: the sorted wall times
  local runs="$1"
  shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | tr '\n' ' '
  echo
}
times 10 ./figlint lint --fail-on never "$article"
times 10 java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData \
  -jar "$jar" lint --fail-on never "$article"
echo "== ./figlint --version, 10 runs"
times 10 ./figlint --version
uptime
