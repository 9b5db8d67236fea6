#!/usr/bin/env bash
# JMH benchmarks of the lexer, extract and lint (src/jmh/java, Maven profile jmh). Run from any
# folder; arguments go to JMH, for example:
#
#   bash bench/jmh/run.sh                                   # 10 MB of generated news, as
#                                                           # dense in figures as real news
#   bash bench/jmh/run.sh -p corpus=generated:10MB:normal   # four times denser
#   bash bench/jmh/run.sh -p corpus=news:../shared/data/news/orangesum-2016-2018.jsonl.gz
#   bash bench/jmh/run.sh -p corpus=generated:100MB -wi 2 -i 3
#
# One operation is one pass over the corpus: the ratio of two scores is the ratio of throughput.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -Pjmh -DskipTests test-compile
mvn -q -B -Pjmh dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh-classpath.txt >/dev/null
classpath="$(cat target/jmh-classpath.txt)"
exec java -cp "target/test-classes:target/classes:$classpath" org.openjdk.jmh.Main \
  PipelineBenchmark "$@"
