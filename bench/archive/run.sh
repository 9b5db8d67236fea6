#!/usr/bin/env bash
# Reproduces the figures of docs/archive.md. Run from the repository root:
#   bash bench/archive/run.sh [NEWS_JSONL_GZ]
# Writes its archives under target/benchmark/ and prints the timings.
set -euo pipefail
news="${1:-../shared/data/news/orangesum-2016-2018.jsonl.gz}"
out=target/benchmark
mkdir -p "$out"
./figlint --version >/dev/null   # builds the jar if needed
t() { /usr/bin/time -f "%e s elapsed, %M KB max RSS" "$@"; }

echo "== news: add $news"
rm -f "$out/news.db" "$out/news.db-wal" "$out/news.db-shm"
t ./figlint archive add --db "$out/news.db" "$news"
echo "== news: add again (every article unchanged)"
t ./figlint archive add --db "$out/news.db" "$news"
./figlint archive stats --db "$out/news.db"
echo "== news: lint bench/archive/news-draft.txt, 5 runs (then without the archive)"
for i in 1 2 3 4 5; do
  FIGLINT_JAVA_OPTS=-Dfiglint.archive.timing=true \
    t ./figlint lint --fail-on never --archive "$out/news.db" bench/archive/news-draft.txt >/dev/null
done
for i in 1 2 3; do t ./figlint lint --fail-on never bench/archive/news-draft.txt >/dev/null; done

echo "== synthetic: 100,000 documents, 1,000,000 claims (mvn -Pbenchmark test)"
mvn -q -o -Pbenchmark test -Dbenchmark.regenerate=true
cat "$out/results.txt"
./figlint archive stats --db "$out/archive.db"
echo "== synthetic: lint target/benchmark/draft.txt, 5 runs (then without the archive)"
for i in 1 2 3 4 5; do
  FIGLINT_JAVA_OPTS=-Dfiglint.archive.timing=true \
    t ./figlint lint --fail-on never --archive "$out/archive.db" "$out/draft.txt" >/dev/null
done
for i in 1 2 3; do t ./figlint lint --fail-on never "$out/draft.txt" >/dev/null; done
uptime
